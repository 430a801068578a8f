"""Evidence that a capitalised word is an ordinary word, not a name: a German reading of its lower-case form,
English common words, common-noun compounds, numbering and common-noun acronyms."""

from __future__ import annotations

import functools
import re
from importlib import resources

from .builtin import first_names
from .lexicon import _NAME_HEADS, _stems, _tagger, _tags, joins_words, known_noun, word_class
from .lexicon import compound_noun as _compound
from .tokens import HYPHENS, Token

# Articles and quantifiers that count what follows: a name or an organisation is unique, so it seldom
# follows them ("einen ÖPNV", "jeden Industriearbeitsplatz"). Possessives do not count: "seiner UMP" is one party.
COUNTING = frozenset("""ein eine einer einem eines einen kein keine keinen keinem keiner keines jeder jede jedes
jeden jedem mancher manche manches viele vielen einige einigen mehrere mehreren solche solchen""".split())
# Indefinite, quantifying and possessive determiners: a name seldom follows them ("jeden Industriearbeitsplatz",
# "einen Kita-Platz", "unsere Airlines"); definite articles do ("in der Friedrichstraße") and are left out.
INDEFINITE = COUNTING | frozenset("""mein meine meinen meinem meiner meines dein deine sein seine seinen seinem
seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure alle allen
welche welcher welches a an every""".split())
# Readings of a lower-case word: an adjective, adverb, pronoun, article, verb... ("jung", "anders", "allen").
_NOT_NOUN = ("ADJ", "ADV", "PI", "PD", "PP", "PW", "PR", "ART", "AP", "KO", "VV", "VA", "VM", "CARD", "PTK")
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
# "SDGs", "PKWs", "NGOs": an acronym with a plural -s is a common noun.
_ACRONYM_PLURAL = re.compile(r"[A-ZÄÖÜ]{2,}s")
# Last parts of English place names: "Downsview", "Springfield", "Newport", "Bridgewater".
_PLACE_TAILS = ("view", "field", "fields", "port", "town", "land", "side", "bridge", "water", "gate", "way", "point",
                "city", "bay", "ville", "wood", "hill", "stone", "ford", "ton", "mouth", "dale", "park")


@functools.lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    text = resources.files("briefing.data").joinpath("english_common.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _english_simple(low: str) -> bool:
    words = _english()
    if low in words:
        return True
    if low.endswith("ies") and low[:-3] + "y" in words:
        return True
    return low.endswith("s") and (low[:-1] in words or low.endswith("es") and low[:-2] in words)


@functools.lru_cache(maxsize=20_000)
def english_word(word: str) -> bool:
    """An English common noun or adjective, maybe plural, hyphenated or closed up ("Goals", "Long-Range",
    "Homeoffice", "Softdrinks")."""
    low = word.lower()
    if not low.isalpha():
        parts = [p for p in HYPHENS.split(low) if p]
        return bool(parts) and len(parts) > 1 and all(p.isalpha() and _english_simple(p) for p in parts)
    if _english_simple(low):
        return True
    # two English words closed up: "homeoffice", "startups", "knowhow"; not a word HanTa knows ("Facebook") nor a
    # place name made the same way ("Downsview", "Springfield")
    if len(low) < 7 or low.endswith(_PLACE_TAILS) or word_class(word) != "unknown":
        return False
    return any(_english_simple(low[:k]) and _english_simple(low[k:]) for k in range(3, len(low) - 3))


@functools.lru_cache(maxsize=1)
def _wiktionary_nouns() -> frozenset[str]:
    text = resources.files("briefing.data").joinpath("nouns_de.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# Endings a listed noun takes in running text ("Soße" -> "Soßen", "Gimmick" -> "Gimmicks").
_NOUN_ENDINGS = ("s", "es", "n", "en", "e", "er", "ern", "nen", "ns", "ens")


@functools.lru_cache(maxsize=20_000)
def dictionary_noun(word: str) -> bool:
    """A common noun of the German Wiktionary that HanTa lacks, maybe inflected ("Soßen", "Chlorid", "Gimmick"),
    and no name there."""
    nouns, names = _wiktionary_nouns(), first_names()
    if word in names:
        return False
    # a first name's genitive is no inflected noun ("Tonis", though Wiktionary lists a noun "Toni")
    return word in nouns or any(word.endswith(e) and len(word) - len(e) >= 4 and word[: -len(e)] in nouns
                                and word[: -len(e)] not in names for e in _NOUN_ENDINGS)


@functools.lru_cache(maxsize=20_000)
def dictionary_compound(word: str) -> bool:
    """A lexicon word or stem joined to a common noun ("Industrieventilator"): a common noun; slow, HanTa may be
    asked about every tail."""
    low, stems = word.lower(), _stems()
    for k in range(3, len(low) - 3):
        head, tail = low[:k], word[k:].capitalize()
        if (head in stems or head[-1] in "sn" and head[:-1] in stems) \
                and (dictionary_noun(tail) or word_class(tail) == "common"):
            return True
    return False


@functools.lru_cache(maxsize=20_000)
def unseen_name(word: str) -> bool:
    """A word neither HanTa nor the noun list knows and no compound of known words ("Borkowitz", "Ilvane"; not
    "Hartpappe", "Industrieventilator"): HanTa's NN or NE guess for it says nothing, it may well be a name."""
    return word_class(word) == "unknown" and not dictionary_noun(word) and not _compound(word) \
        and not joins_words(word) and not dictionary_compound(word) and not _noun_tail(word)


def _noun_tail(word: str) -> bool:
    """The word ends in a noun of HanTa's lexicon that is no name stem ("Hartpappe", "Stützpfählen"; not
    "Rosenbaum"): a compound noun, whatever its first part."""
    low = word.lower()
    if low.endswith(_NAME_HEADS):
        return False
    return any(known_noun(word[k:].capitalize()) for k in range(3, len(word) - 3))


def english_phrase(words: list[str]) -> bool:
    """A capitalised run that is an English common phrase: all words English ("Fake News"), or the head (last
    word) is and so are most others ("Sustainable Development Goals", "Long Covid" is not)."""
    if not words:
        return False
    english = [english_word(w) for w in words]
    if all(english):
        return True
    return len(words) > 1 and english[-1] and 2 * sum(english) >= len(words)


@functools.lru_cache(maxsize=20_000)
def lowercase_reading(word: str) -> bool:
    """HanTa's lexicon knows the word with a reading that is no noun or name ("Allen", "Anders", "Jung", "Total"):
    a capital at a sentence start is no evidence of a name."""
    tagger = _tagger()
    if tagger is None or tagger.normalize(word) not in tagger.cache:
        return False  # guesses for unseen words are no reading of the lexicon
    return any(tag.startswith(_NOT_NOUN) for tag, _ in _tags(word))


def named_elsewhere(tokens: tuple[Token, ...], text: str, i: int, initial) -> bool:
    """The word of token i stands capitalised inside a sentence elsewhere in the text: evidence it is a name."""
    word = tokens[i].text
    return any(k != i and t.text == word and not initial(tokens, text, k) for k, t in enumerate(tokens))


def roman_numbering(text: str, token: Token) -> bool:
    """A Roman numeral with a dot ("XIX. Medien"): a chapter number, not an acronym."""
    return bool(_ROMAN.fullmatch(token.text)) and text[token.end : token.end + 1] == "."


def acronym_plural(word: str) -> bool:
    """An acronym with a plural -s ("SDGs"): a common noun."""
    return bool(_ACRONYM_PLURAL.fullmatch(word))


# Heads that also end ordinary compounds ("Fußballplatz", "Lebensmittelmarkt"); "-straße", "-gasse" do not.
_GENERIC_HEADS = ("platz", "plätze", "markt", "märkte")


@functools.lru_cache(maxsize=20_000)
def common_compound(word: str) -> bool:
    """A compound of an ordinary compound and a generic head ("Industriearbeitsplatz", "Fußballplatz"): a common
    noun; a name before the head makes a street or square ("Alexanderplatz")."""
    low = word.lower()
    head = next((h for h in _GENERIC_HEADS if low.endswith(h)), None)
    if head is None:
        return False
    modifier = low[: -len(head)].rstrip("-‐‑")
    if len(modifier) < 3:
        return False
    if HYPHENS.search(modifier) or not modifier.isalpha():
        return english_word(modifier)
    # the modifier must itself be a compound ("Fußball-", "Lebensmittel-"): a plain noun makes many squares and
    # markets ("Gendarmenmarkt", "Schlossplatz")
    stems = (modifier, modifier[:-1] if modifier.endswith("s") else "")  # "Industriearbeit-s-platz"
    return any(len(stem) >= 6 and joins_words(stem) for stem in stems)
