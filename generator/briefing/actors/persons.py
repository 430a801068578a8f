"""Persons that no registry knows: a first name or a title in front of capitalised name words."""

from __future__ import annotations

from dataclasses import dataclass

from .cues import APPOSITION, DETERMINERS, ORG_HEADS
from .lexicon import (HONORIFICS, STOP, compound_noun, finite_verb, is_particle, maybe_surname, name_reading,
                      role_base, word_class)
from .ordinary import lowercase_reading, named_elsewhere
from .scan import initial
from .tokens import Token

MAX_NAME_WORDS = 5
# "San Luis Potosí", "Santa Clara", "St. Petersburg": a first name after these words is a place.
_PLACE_PREFIXES = frozenset("San Santa Santo São Sao Saint St Sankt Fort Port Puerto Porto Bad".split())
# Titles written with a dot, which does not end the name: "Dr. Meier", "Mr. Krugman".
_DOTTED_TITLES = frozenset("Dr Prof Mr Mrs Ms".split())
_ROMAN = frozenset("I V X".split())
# Particles that are ordinary German words only count after another particle: "van der Vaart", "von und zu",
# not "Jan Ohm den Test", "Luca Rossi zu United".
_BOUND_PARTICLES = frozenset("der den das zu".split())
# Kin, companions and rivals name the person after them but are no role: "seinen Sohn Tobias", "Tante Resi",
# "Erna geborene Huber", "sein Vorgänger Obama".
_KIN = frozenset("""Sohn Sohnes Söhne Tochter Töchter Bruder Bruders Brüder Schwester Schwestern Vater Vaters Mutter
Onkel Onkels Tante Neffe Neffen Nichte Enkel Enkelin Cousin Cousine Ehefrau Ehemann Gattin Gatte Witwe Witwer
Freund Freundin Lebensgefährte Lebensgefährtin Verlobte Verlobten geborene geborener geb Nachfolger Nachfolgerin
Nachfolgers Vorgänger Vorgängerin Vorgängers Kollege Kollegen Kollegin Parteikollege Parteikollegen Parteikollegin
Parteifreund Parteifreundin Kontrahent Kontrahenten Kontrahentin Herausforderer Herausforderin""".split())


# Buildings and bodies named after a person: "Sinan Moschee", "Johannes Kirche", "Stephan Loge".
_INSTITUTIONS = ("moschee", "kirche", "synagoge", "kapelle", "kathedrale", "loge", "schule", "halle", "haus",
                 "preis", "straße", "platz", "brücke", "turm", "werk", "werke", "orden")
# Conjunctions and relative pronouns that open a clause with the verb at its end (not "als", "da", "der": also
# prepositions, adverbs and articles).
_SUBORDINATORS = frozenset("weil dass daß ob wenn obwohl nachdem bevor damit sobald falls wo denen dessen deren".split())
# Words that close an idiom of "von" and a noun, which is no surname: "von Haus aus", "von Amts wegen".
_IDIOM_TAILS = frozenset("aus an wegen her bis auf ab".split())


@dataclass(frozen=True, slots=True)
class NameSpan:
    """Token range [start, end) of a person's name found by evidence, with the words of the name."""

    start: int
    end: int
    words: tuple[str, ...]
    evidence: str  # "first-name", "role", "honorific", "initial"


def is_name_word(word: str) -> bool:
    """A capitalised word that may be part of a name (not a function word, not a known common noun)."""
    if not word[:1].isupper() or word in STOP or len(word) < 2:
        return False
    if word.isupper() and len(word) > 4:  # shouting acronyms are organisations, not surnames
        return False
    return word_class(word) != "common" and role_base(word) is None


def _noun_surname(word: str) -> bool:
    """Right after a first name, a noun that is also a surname: "Joschka Fischer", "Roland Koch"."""
    return word[:1].isupper() and len(word) > 2 and not word.isupper() and word not in STOP \
        and role_base(word) is None and maybe_surname(word)


def _particle_surname(tokens: tuple[Token, ...], k: int) -> bool:
    """After a name and a particle a capitalised word is the surname, nouns too: "Joseph Victor von Scheffel",
    "Giacomo della Porta"; not a role, a function word or an idiom ("Maria von Hause aus", "von Amts wegen")."""
    word = tokens[k].text
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    # the name ends there ("von Scheffel zu Gast"), not "Toplak von Wikinger Museum", "von Platz 3"
    return word[:1].isupper() and len(word) > 2 and not word.isupper() and word not in STOP \
        and role_base(word) is None and after not in _IDIOM_TAILS and (not after or after[:1].islower())


def _closing_noun(tokens: tuple[Token, ...], text: str, k: int) -> bool:
    """Right after a plain first name, a noun that ends the phrase is the surname: "Rolf Stein gründete",
    "Joachim Fest, ...", not "Anna Geld gab" nor a noun phrase going on ("Peter Bank Filiale")."""
    word = tokens[k].text
    low = word.lower()
    # not an institution named after a person ("Amadeu Antonio Stiftung", "Sinan Moschee") nor an abstract noun
    if not (word[:1].isupper() and len(word) > 2 and not word.isupper() and word not in STOP
            and role_base(word) is None) or "-" in word or low.endswith(ORG_HEADS + _INSTITUTIONS) \
            or low.endswith(("ung", "heit", "keit", "schaft", "tion", "ismus", "tät")):
        return False
    # "Verlag Paul Haupt", "Firma Otto Bock": an organisation named after its founder
    before = tokens[k - 2].text.lower() if k > 1 else ""
    if before.endswith(ORG_HEADS + APPOSITION):
        return False
    if k + 1 >= len(tokens):
        return True
    between = text[tokens[k].end : tokens[k + 1].start]
    if between.strip() != "":
        return True
    # a finite verb right after: the subject of a main clause ("Rolf Stein gründete"); in a subordinate clause the
    # verb comes last and the noun is an object ("weil Anna Angst hatte")
    subordinate = any(tokens[m].text.lower() in _SUBORDINATORS for m in range(max(0, k - 4), k - 1))
    return not subordinate and tokens[k + 1].text[:1].islower() and finite_verb(tokens[k + 1].text)


def _plain_name(word: str) -> bool:
    """An initial, or a first name that is no ordinary word as well ("Allen Unkenrufen zum Trotz")."""
    return len(word) == 1 or name_reading(word)


def _is_first_name(word: str, first_names: frozenset[str]) -> bool:
    if word in first_names:
        return True
    parts = word.split("-")
    return len(parts) == 2 and parts[0] in first_names and parts[1][:1].isupper()


def _initial(tokens: tuple[Token, ...], text: str, k: int) -> bool:
    """Token k is one capital letter with a dot: "W." in "George W. Bush"."""
    tok = tokens[k]
    return len(tok.text) == 1 and tok.text.isupper() and text[tok.end : tok.end + 1] == "."


def _extend(tokens: tuple[Token, ...], text: str, i: int, free: list[bool], first_names: frozenset[str]) -> int:
    """End of a name that starts at token i (already accepted): more first names and initials, then surnames."""
    j = i + 1
    n = len(tokens)
    while j < n and j - i < MAX_NAME_WORDS and free[j] \
            and (_is_first_name(tokens[j].text, first_names) or _initial(tokens, text, j)):
        j += 1
    surnames = 0
    while j < n and j - i < MAX_NAME_WORDS and free[j]:
        word = tokens[j].text
        if is_particle(word) and j + 1 < n and free[j + 1] \
                and (is_name_word(tokens[j + 1].text) or surnames <= 1 and _particle_surname(tokens, j + 1)) \
                and (word not in _BOUND_PARTICLES or is_particle(tokens[j - 1].text) or tokens[j - 1].text == "und"):
            j += 2
            surnames += 1
            continue
        if not is_name_word(word) and not (surnames == 0 and _plain_name(tokens[i].text) and (
                _noun_surname(word) or j == i + 1 and _closing_noun(tokens, text, j))):
            break
        # A second surname must look like a name, not an ordinary word HanTa happens to know as NE, nor a compound
        # noun it only guesses ("Jonas Berger Heimweh").
        if surnames >= 1 and (word_class(word) != "unknown" or compound_noun(word)):
            break
        j += 1
        surnames += 1
    return j


def _words(tokens: tuple[Token, ...], text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of a name, initials with their dot ("A. Wiegemann")."""
    return tuple(t.text + "." if _initial(tokens, text, k) else t.text for k, t in enumerate(tokens[start:end], start))


def find_names(tokens: tuple[Token, ...], text: str, free: list[bool], first_names: frozenset[str],
               language: str = "de") -> list[NameSpan]:
    """Names with evidence: first name + surname, initial + surname, or title/honorific + name words."""
    found: list[NameSpan] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        # Only capitalised words (and "ex-Präsident") open a name; the test is cheap and skips most tokens.
        if not free[i] or not (tok.text[:1].isupper() or "-" in tok.text or tok.text in _KIN):
            i += 1
            continue
        after_place_word = i > 0 and tokens[i - 1].text in _PLACE_PREFIXES
        first = not after_place_word and _is_first_name(tok.text, first_names)
        if i + 1 >= n or not free[i + 1]:  # only a lone first name ends here: "... zwei Jahre später als Claire."
            if first and _alone(tokens, text, i, first_names):
                found.append(NameSpan(i, i + 1, (tok.text,), "first-name-alone"))
            i += 1
            continue
        # "A. Wiegemann", "H. G. Wells"; not "z. B. Astaxanthin", "U. S. Army", "I. Klasse"
        initial = not first and _initial(tokens, text, i) and tok.text not in _ROMAN \
            and not (i and len(tokens[i - 1].text) == 1 and text[tokens[i - 1].end : tokens[i - 1].end + 1] == ".")
        if (first or initial) and _adjacent(text, tokens, i):
            end = _trim(tokens, text, i, _extend(tokens, text, i, free, first_names))
            if end > i + 1 and (first or len(tokens[end - 1].text) > 1):
                found.append(NameSpan(i, end, _words(tokens, text, i, end), "first-name" if first else "initial"))
                i = end
                continue
        if first and _alone(tokens, text, i, first_names):
            found.append(NameSpan(i, i + 1, (tok.text,), "first-name-alone"))
            i += 1
            continue
        evidence = "honorific" if tok.text in HONORIFICS or tok.text in _KIN else (
            "role" if role_base(tok.text, language) else None)
        # a noun that is also a name opens a name after a role only with a name word after it ("Rapper Alpa Brix")
        if evidence and _adjacent(text, tokens, i) and (
                is_name_word(tokens[i + 1].text) or _noun_surname(tokens[i + 1].text) and i + 2 < n
                and _adjacent(text, tokens, i + 1) and is_name_word(tokens[i + 2].text)):
            start = i + 1
            end = _trim(tokens, text, start, _extend(tokens, text, start, free, first_names))
            found.append(NameSpan(start, end, _words(tokens, text, start, end), evidence))
            i = end
            continue
        i += 1
    return found


def _alone(tokens: tuple[Token, ...], text: str, i: int, first_names: frozenset[str]) -> bool:
    """A first name on its own ("Auf seinen Sohn Tobias kann ..."): no ordinary word ("Roman", "Anders", "Allen" at a
    sentence start), not after an article ("einer Tom") and no part of a longer name that no rule took ("Hugo Boss",
    "Jodie Miller")."""
    word = tokens[i].text
    if word_class(word) == "common" or not all(p in first_names for p in word.split("-")):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and text[tokens[i].end : tokens[i + 1].start] == " ":
        return False
    # "Allen jungen Menschen", "Anders als ...": at a sentence start the capital may belong to an ordinary word
    if initial(tokens, text, i) and lowercase_reading(word) and not named_elsewhere(tokens, text, i, initial):
        return False
    if i == 0:
        return True
    prev = tokens[i - 1].text
    joined = text[tokens[i - 1].end : tokens[i].start] == " "
    return prev.lower() not in DETERMINERS and not (joined and prev[:1].isupper() and word_class(prev) != "common")


def _adjacent(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """Tokens i and i+1 are separated by white space within a paragraph (no comma, colon, slash, quote), or by
    the dot of an initial or a title ("W. Bush", "Dr. Meier")."""
    between = text[tokens[i].end : tokens[i + 1].start]
    # "Dr . Meier": pre-tokenised text spaces the dot off a title
    if between.lstrip(" ").startswith(".") and (tokens[i].text in _DOTTED_TITLES or _initial(tokens, text, i)):
        between = between.lstrip(" ")[1:]
    return between.strip() == "" and len(between) <= 3 and between.count("\n") < 2


def _trim(tokens: tuple[Token, ...], text: str, start: int, end: int) -> int:
    """Cut the name where punctuation separates two words."""
    for k in range(start, end - 1):
        if not _adjacent(text, tokens, k):
            return k + 1
    return end
