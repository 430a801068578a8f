"""Calendar dates in German (and English) text, at the precision written: day, month or year.

Relative references ("am Mittwoch", "gestern") resolve only against a given reference date of day
precision; without one they are skipped, never guessed. Bare years count as dates only in temporal
context (preposition, "Jahr", month before), so amounts like "2018 Menschen" stay out.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import DateRef, PartialDate, Sentence, Span

_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "febr": 2, "märz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12,
    "dez": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "oct": 10, "december": 12, "dec": 12,
}
_MONTH = (
    r"(?P<month>(?i:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"January|February|March|May|June|July|October|December)|"
    r"(?:Jan|Jän|Feb|Febr|Mär|Mrz|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec)\.?)"
)
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2}|2100)(?!\d)"
_TEMPORAL = (
    r"(?:im\s+(?:Jahr|Jahre)|des\s+Jahres|dem\s+Jahr|das\s+Jahr|Jahr|Jahres|Anfang|Ende|Mitte|Frühjahr|"
    r"Sommer|Herbst|Winter|Quartal|Halbjahr|seit|bis|ab|vor|nach|von|zwischen|um|in|im|bereits|Stand|"
    r"since|in|until|by|from)"
)
_PATTERNS = (
    # 20. Januar 2021 / 20 January 2021 / 20.1. 2021
    ("day", re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.?\s*{_MONTH}\s+{_YEAR}")),
    # January 20, 2021
    ("day", re.compile(rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,\s*{_YEAR}")),
    # 20.01.2021 (day first), 2021-01-20
    ("day", re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.{_YEAR}")),
    ("iso", re.compile(rf"(?<![\d.-]){_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?![\d])")),
    # Juli 2020 / Jan. 2021
    ("month", re.compile(rf"(?<![\w.]){_MONTH}\s+{_YEAR}")),
    # 20. Januar (year from the reference)
    ("daymonth", re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.\s*{_MONTH}(?!\s+\d)")),
    # im Jahr 2016, seit 1994, 2019 und 2020
    ("year", re.compile(rf"(?<![\w.-])(?P<cue>{_TEMPORAL})\s+(?:dem\s+|den\s+|Jahr\s+)?{_YEAR}"
                        rf"(?![\w.,]\d|\s*(?:%|Prozent|Euro|Dollar))")),
    ("yearlist", re.compile(rf"(?<![\w.-]){_YEAR}\s+(?:und|bis|oder)\s+(?P<year2>1[0-9]{{3}}|20[0-9]{{2}})(?!\d)")),
)
# Prepositions that also take amounts ("vor 1000 Gästen", "bis 1000 Teilnehmer"): after them a number is
# a year only when nothing marks it as a count (see _counted); "im Jahr", "Anfang", "Ende" … always date.
_WEAK_CUES = frozenset("seit bis ab vor nach von zwischen um in im bereits since until by from".split())
# What follows a counted number: a noun ("Gästen", "Metern"), a unit ("1000 m Tiefe") or an ordinal dot.
_COUNT_AFTER = re.compile(r"(?:\.(?!\s*$)|\s+(?:[a-zäöü]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]|(?:m|km|qm|kg|t|ha|cm|mm|l|MW|GW|kW)\b))")
_DURATION = re.compile(r"\s+(?:Jahre|Jahren|Jahrzehnte|Jahrzehnten|Monate|Monaten|Tage|Tagen)\b")
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*(?:-|–|bis|und|oder)?\s*$")
# Every pattern above needs a digit: most sentences have none and skip all eight scans.
_DIGIT = re.compile(r"\d")
_WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6}
_WEEKDAY = re.compile(r"\b(?:am|vom|seit|bis|ab)\s+(?:vergangenen\s+|letzten\s+|kommenden\s+|nächsten\s+)?"
                      r"(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen|nachmittag)?\b")
_RELATIVE = re.compile(r"\b(?P<rel>gestern|heute|vorgestern)\b", re.I)
_RELATIVE_OFFSET = {"heute": 0, "gestern": -1, "vorgestern": -2}


def find_dates(text: str, sentences: tuple[Sentence, ...], reference: PartialDate | None = None) -> tuple[DateRef, ...]:
    """Every date reference, in text order, at the precision written (no invented days or years)."""
    found: list[DateRef] = []
    for sentence in sentences:
        body = sentence.span.of(text)
        taken: list[tuple[int, int]] = []
        for start, end, date in _absolute(body, reference) + _relative(body, reference):
            if any(start < e and s < end for s, e in taken):
                continue  # a more precise pattern already covered this text
            taken.append((start, end))
            base = sentence.span.start
            found.append(DateRef(Span(base + start, base + end), date, sentence.index))
    return tuple(sorted(found, key=lambda d: (d.span.start, d.span.end)))


def _absolute(body: str, reference: PartialDate | None) -> list[tuple[int, int, PartialDate]]:
    """Dates written with a year (or a day and month, when the reference gives the year)."""
    out: list[tuple[int, int, PartialDate]] = []
    if not _DIGIT.search(body):
        return out
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(body):
            for item in _dates_of(kind, m, reference):
                if item is not None:
                    out.append(item)
    return out


def _dates_of(kind: str, m: re.Match, reference: PartialDate | None) -> list[tuple[int, int, PartialDate] | None]:
    """PartialDates of one match with their spans relative to the sentence."""
    g = m.groupdict()
    if kind == "yearlist":
        return [(m.start("year"), m.end("year"), PartialDate(int(g["year"]))),
                (m.start("year2"), m.end("year2"), PartialDate(int(g["year2"])))]
    if kind == "year":
        if _counted(m):
            return [None]
        return [(m.start("year"), m.end("year"), PartialDate(int(g["year"])))]
    month = int(g["mnum"]) if g.get("mnum") else _MONTHS.get(g["month"].rstrip(".").lower())
    if not month or not 1 <= month <= 12:
        return [None]
    if kind == "month":
        return [(m.start(), m.end(), PartialDate(int(g["year"]), month))]
    day = int(g["day"])
    year = int(g["year"]) if g.get("year") else (reference.year if reference else None)
    if year is None or not _valid(year, month, day):
        return [None]
    return [(m.start(), m.end(), PartialDate(year, month, day))]


def _counted(m: re.Match) -> bool:
    """A number after a preposition that counts something: "vor 1000 Gästen", "800 bis 1000 Metern", "vor 2000 Jahren".

    Years from 1900 on are kept before a noun ("seit 2016 Präsident"): there a year is the likely reading.
    """
    body, end = m.string, m.end("year")
    if _DURATION.match(body, end):
        return True  # "vor 2000 Jahren": a span of time, not the year 2000
    if m.group("cue").lower() not in _WEAK_CUES:
        return False
    if body[end:end + 1] == "." and re.search(r"\bde[mn]\s+$", body[:m.start("year")]):
        return True  # "nach dem 1000. Einsatz": an ordinal (a sentence split may cut after its dot)
    if _NUMBER_BEFORE.search(body, 0, m.start("cue")):
        return True  # "500 bis 1000 Teilnehmer", "zwischen 10 und 1500": a range of amounts
    return int(m.group("year")) < 1900 and bool(_COUNT_AFTER.match(body, end))


def _relative(body: str, reference: PartialDate | None) -> list[tuple[int, int, PartialDate]]:
    """'am Mittwoch', 'gestern' resolved against a day-precise reference date; nothing otherwise."""
    if reference is None or reference.day is None or reference.month is None:
        return []
    ref = dt.date(reference.year, reference.month, reference.day)
    out = []
    for m in _WEEKDAY.finditer(body):
        target = _WEEKDAYS[m.group("wd").lower()]
        upcoming = re.search(r"kommenden|nächsten", m.group())
        delta = (target - ref.weekday()) % 7 if upcoming else -((ref.weekday() - target) % 7)
        if upcoming and delta == 0:
            delta = 7
        out.append((m.start("wd"), m.end(), PartialDate.from_date(ref + dt.timedelta(days=delta))))
    for m in _RELATIVE.finditer(body):
        offset = _RELATIVE_OFFSET[m.group("rel").lower()]
        out.append((m.start(), m.end(), PartialDate.from_date(ref + dt.timedelta(days=offset))))
    return out


def _valid(year: int, month: int, day: int) -> bool:
    """True for a real calendar day."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
