"""Key figures: money, percentages and counted quantities with normalised values (German number format).

Ranges ("20 bis 30 Prozent", "10-15%") are one Figure whose value is the lower bound; the upper bound
is kept, as written, in the qualifier: "bis 30" (after any other qualifier: "rund, bis 30").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Figure, FigureKind, Mention, Sentence, Span
from .sentences import stopwords
from .numbers import (
    MAGNITUDE_PATTERN, MAGNITUDES, NUMBER_PATTERN, NUMBER_WORD_PATTERN, NUMBER_WORDS, magnitude, parse_number,
)

_QUALIFIERS = (
    r"mehr als|weniger als|bis zu|knapp|fast|nahezu|beinahe|über|unter|ca\.|circa|zirka|rund|etwa|gut|"
    r"mindestens|höchstens|maximal|annähernd|um die|an die|insgesamt|nur|lediglich|"
    r"more than|less than|about|almost|nearly|around|over|up to|some"
)
_QUAL = rf"(?:(?P<qual>(?i:{_QUALIFIERS}))\s+)?"
_NUM = rf"(?<![\w.,/])(?<!\d[-–])(?P<num>{NUMBER_PATTERN}|(?i:\b(?:{NUMBER_WORD_PATTERN})\b))"
_RANGE = rf"(?:\s*(?:-|–|bis)\s*(?P<num2>{NUMBER_PATTERN})(?![.,]?\d))?"
_MAG = rf"(?:\s*(?P<mag>{MAGNITUDE_PATTERN}))?"
_CURRENCY = r"US-Dollar|US\$|Dollar|USD|Euro|EUR|€|\$|Schweizer Franken|Franken|CHF|Pfund|GBP|£|Yen|JPY|Yuan|CNY|Rubel|Peso|Pesos"
_PERCENT = r"%|Prozentpunkten|Prozentpunkte|Prozentpunkt|Prozent|percent|per cent"
_UNITS = r"km²|km|kg|ha|m²|qm|MW|GW|GWh|TWh|kWh|Mbit/s"
_NOUN = r"[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ\w][\wäöüß]*)*"

_COMPOUND = re.compile(  # "30-Millionen-Dollar-Projekt", "10-Prozent-Hürde"
    rf"{_QUAL}(?<![\w.,])(?P<num>{NUMBER_PATTERN})-(?:(?P<mag>{MAGNITUDE_PATTERN})-)?"
    rf"(?:(?P<cur>{_CURRENCY})|(?P<pct>Prozent))-(?P<head>{_NOUN})"
)
# Ends at (?!\w), not \b: "US$ 3 Mrd." keeps the abbreviation's dot ("Mrd\b" would drop it).
_PREFIX_MONEY = re.compile(rf"{_QUAL}(?P<cur>US\$|\$|€|£|EUR|USD)\s?(?<![\w.,])(?P<num>{NUMBER_PATTERN})(?![.,]\d){_RANGE}{_MAG}(?!\w)")
_AMOUNT = re.compile(rf"{_QUAL}{_NUM}{_RANGE}{_MAG}\s*(?:(?P<cur>{_CURRENCY})|(?P<pct>{_PERCENT}))(?![\w$€-])")
_QUANTITY = re.compile(rf"{_QUAL}{_NUM}{_RANGE}{_MAG}\s+(?:(?P<unit>{_UNITS})\b|(?P<noun>{_NOUN}))")
_MAYBE_NUMBER = re.compile(r"\d|(?i:prozent|million|milliard|billion|percent|tausend)")
_PATTERNS = (_COMPOUND, _PREFIX_MONEY, _AMOUNT, _QUANTITY)  # earlier wins on overlap
# Text each pattern cannot match without (digit then hyphen; a currency sign; a currency or percent word):
# a sentence lacking it skips that pattern's scan. None: no such shortcut (_QUANTITY ends in any noun).
_NEEDS = (
    re.compile(r"\d-"),
    re.compile(r"[$€£]|EUR|USD"),
    re.compile(r"Dollar|USD|Euro|EUR|[€$£%]|Franken|CHF|Pfund|GBP|Yen|JPY|Yuan|CNY|Rubel|Peso|Prozent|percent|per cent"),
    None,
)

_ISO = {
    "us-dollar": "USD", "us$": "USD", "dollar": "USD", "usd": "USD", "$": "USD", "euro": "EUR", "eur": "EUR",
    "€": "EUR", "franken": "CHF", "schweizer franken": "CHF", "chf": "CHF", "pfund": "GBP", "gbp": "GBP",
    "£": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "cny": "CNY", "rubel": "RUB",
}
_UNIT_NAMES = {
    "kilometer": "km", "kilometern": "km", "meter": "m", "metern": "m", "kilogramm": "kg", "tonnen": "t",
    "liter": "l", "litern": "l", "hektar": "ha", "quadratkilometer": "km²", "quadratkilometern": "km²",
    "quadratmeter": "m²", "quadratmetern": "m²", "megawatt": "MW", "gigawatt": "GW", "qm": "m²",
}
# Counted nouns that are really times, identifiers or sentence openers, not key figures.
_NOT_COUNTED = frozenset(
    "uhr jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen stunde stunden minute "
    "minuten sekunde sekunden mal jahrhundert jahrhunderts jahrhunderten prozentpunkte januar februar märz "
    "april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag und oder seite seiten".split()
)
# Words before a number that make it an identifier or a year, not an amount.
_ID_BEFORE = re.compile(
    r"(?:\b(?:Nr\.|Nummer|Artikel|Art\.|Absatz|Abs\.|Seite|S\.|Kapitel|Platz|Rang|Punkt|Tabelle|Abbildung|"
    r"Paragraf|Paragraph|Jahr|Jahre|Jahres|Jahrgang|Band|Heft|Ausgabe|Folge|Staffel|Linie|Gleis|Zimmer|"
    r"Haus|Block|Saison|Version)|§)\s*$"
)
# Characters of context either side of a number that the rules below look at. Looking at the
# whole sentence made one very long sentence full of numbers quadratic.
_CONTEXT = 160
_GENERIC_HEADS = frozenset("volumen wert umfang höhe summe betrag gesamtwert gesamtvolumen".split())
_LEFT_HEAD = re.compile(
    rf"(?P<np>{_NOUN}(?:\s+[A-ZÄÖÜ]{{2,}}(?:-[A-ZÄÖÜ][\w]*)?)?)\s*"
    r"(?:(?:im|in|mit einem|mit)\s+(?:Volumen|Wert|Umfang|Höhe)\s+)?"
    r"(?::|von|auf|um|bei|beträgt|betrug|betragen|belief sich auf|beläuft sich auf|in Höhe von)\s*$"
)
_RIGHT_HEAD = re.compile(
    rf"^\s+(?:\w+\s+)?(?:dotiert|schwer|lang|teuer|umfassend|hoh|breit|stark|groß|tief|weit|alt|wert)"
    rf"e[nrsm]?\s+(?P<np>{_NOUN})"
)
_GENITIVE = re.compile(rf"^\s+(?:des|der)\s+(?:[a-zäöü]\w*e[nrs]?\s+)?(?P<np>{_NOUN})")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    priority: int
    match: re.Match


def find_figures(text: str, sentences: tuple[Sentence, ...]) -> tuple[Figure, ...]:
    """All money amounts, percentages and counted quantities, in text order."""
    figures: list[Figure] = []
    for sentence in sentences:
        body = sentence.span.of(text)
        if not _MAYBE_NUMBER.search(body):
            continue  # most sentences hold no number: skip the costly patterns
        for hit in _select(body):
            figure = _to_figure(hit.match, body, sentence)
            if figure is not None:
                figures.append(figure)
    return tuple(figures)


def _select(body: str) -> list[_Hit]:
    """Non-overlapping matches; on overlap the earlier pattern (more specific) and longer match win."""
    hits = [
        _Hit(m.start(), m.end(), priority, m)
        for priority, (pattern, needs) in enumerate(zip(_PATTERNS, _NEEDS))
        if needs is None or needs.search(body)
        for m in pattern.finditer(body)
    ]
    hits.sort(key=lambda h: (h.priority, h.start, -(h.end - h.start)))
    # Chosen hits never overlap, so sorted by start they are sorted by end too: a new hit can only
    # collide with its neighbours (bisect), which keeps a sentence full of numbers near-linear.
    starts: list[int] = []
    chosen: list[_Hit] = []
    for hit in hits:
        i = bisect.bisect_left(starts, hit.start)
        if (i > 0 and chosen[i - 1].end > hit.start) or (i < len(chosen) and chosen[i].start < hit.end):
            continue
        starts.insert(i, hit.start)
        chosen.insert(i, hit)
    return chosen


def _to_figure(m: re.Match, body: str, sentence: Sentence) -> Figure | None:
    """Build a Figure from a match, or None when the number is a year, identifier or time."""
    groups = m.groupdict()
    num_text = groups["num"]
    is_word = num_text.lower() in NUMBER_WORDS
    mag = groups.get("mag")
    if _ID_BEFORE.search(_left(body, m.start("num"))):
        return None
    value = parse_number(num_text) * magnitude(mag)
    kind, unit = _kind_and_unit(groups)
    if kind is None:
        return None
    if kind is FigureKind.QUANTITY and not _plausible_quantity(num_text, is_word, mag, groups, body, m):
        return None
    qualifier = groups.get("qual")
    start = m.start()
    if qualifier and _is_preposition(qualifier, _left(body, m.start())):
        # "Investition der AG über 72 Millionen": not "more than"; a prefix currency stays ("über US$ 3 Mrd.").
        qualifier, start = None, min(m.start("num"), m.start("cur") if groups.get("cur") else m.start("num"))
    if groups.get("num2"):
        qualifier = f"{qualifier}, bis {groups['num2']}" if qualifier else f"bis {groups['num2']}"
    return Figure(
        kind=kind, span=Span(sentence.span.start + start, sentence.span.start + m.end()), value=value, unit=unit,
        sentence=sentence.index, qualifier=qualifier, refers_to=_refers_to(m, body, kind),
    )


def _left(body: str, end: int) -> str:
    """The words just before `end` that the context rules look at (never the whole sentence)."""
    return body[max(0, end - _CONTEXT):end]


def _is_preposition(qualifier: str, left: str) -> bool:
    """'über'/'unter' right after a noun is a preposition ("Investition über 72 Mio."), not a qualifier."""
    if qualifier.lower() not in ("über", "unter", "um"):
        return False
    previous = left.split()[-1:]
    if not previous or previous[0].lower() in stopwords():
        return False
    return previous[0][:1].isupper() and left.rstrip()[-1:] not in ".:!?"


def _kind_and_unit(groups: dict) -> tuple[FigureKind | None, str]:
    """Figure kind and normalised unit from the matched groups."""
    if groups.get("pct"):
        return FigureKind.PERCENT, "Prozentpunkte" if "punkt" in groups["pct"].lower() else "%"
    if groups.get("cur"):
        currency = groups["cur"]
        return FigureKind.MONEY, _ISO.get(currency.lower(), currency)
    if groups.get("unit"):
        return FigureKind.QUANTITY, _UNIT_NAMES.get(groups["unit"].lower(), groups["unit"])
    noun = groups.get("noun")
    if noun:
        return FigureKind.QUANTITY, _UNIT_NAMES.get(noun.lower(), noun)
    return None, ""


def _plausible_quantity(num_text: str, is_word: bool, mag: str | None, groups: dict, body: str, m: re.Match) -> bool:
    """Counted nouns only: no years, times, spelled-out small numbers or identifiers."""
    noun = (groups.get("noun") or "").lower()
    if noun in _NOT_COUNTED or noun in NUMBER_WORDS or noun in stopwords() or noun.rstrip(".") in ("vgl", "siehe"):
        return False
    if noun in MAGNITUDES or f"{noun}." in MAGNITUDES:
        return False  # "560 Mrd." with no unit after it: an amount of unknown unit, not 560 "Mrd"
    if is_word and not mag:
        return False  # "zwei Länder" is prose, not a key figure
    if re.fullmatch(r"\d{4}", num_text) and 1800 <= int(num_text) <= 2100 and not mag and not groups.get("unit"):
        return noun in _UNIT_NAMES  # "2018 Mexiko" / "1994 NAFTA": a year, not a count
    if m.start("num") == 0 and not mag and len(num_text) <= 2:
        return False  # footnote number at the start of a footnote line
    return True


def _refers_to(m: re.Match, body: str, kind: FigureKind) -> str | None:
    """What the number measures, when the sentence says so in a simple pattern."""
    head = m.groupdict().get("head")
    if head:
        return head
    right = body[m.end():m.end() + _CONTEXT]
    found = _RIGHT_HEAD.match(right)
    if found:
        return found.group("np")
    left = _left(body, m.start()).rstrip()
    found = _LEFT_HEAD.search(left)
    if found:
        np = found.group("np")
        if np.lower() in _GENERIC_HEADS:
            before = _LEFT_HEAD.search(left[: found.start()].rstrip() + " von") if found.start() else None
            earlier = re.search(rf"({_NOUN})\s+(?:im|in|mit einem|mit)\s*$", left[: found.start()])
            np = earlier.group(1) if earlier else (before.group("np") if before else np)
        return np
    if kind is FigureKind.PERCENT:
        found = _GENITIVE.match(right)
        if found:
            return found.group("np")
    return None


def outside_amounts(mentions: tuple[Mention, ...], figures: tuple[Figure, ...]) -> tuple[Mention, ...]:
    """Mentions that are not part of a money amount: "US" in "560 Mrd. US$" is a currency, not the USA."""
    amounts = sorted(f.span for f in figures if f.kind is FigureKind.MONEY)
    starts = [span.start for span in amounts]
    kept = []
    for mention in mentions:
        i = bisect.bisect_right(starts, mention.span.start) - 1
        if i < 0 or not amounts[i].contains(mention.span):
            kept.append(mention)
    return tuple(kept)


def sentence_of(position: int, sentences: tuple[Sentence, ...]) -> int | None:
    """Index of the sentence containing `position`, or None (helper for callers and tests)."""
    starts = [s.span.start for s in sentences]
    i = bisect.bisect_right(starts, position) - 1
    if i >= 0 and sentences[i].span.start <= position < sentences[i].span.end:
        return sentences[i].index
    return None
