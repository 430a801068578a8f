"""Parse dates as people write them (ISO, German numeric day-first, German month names) to PartialDate."""

from __future__ import annotations

import datetime as dt
import re

from ..model import PartialDate

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "december": 12, "oct": 10, "dec": 12, "mar": 3,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.+\-Z]*)?")
# Numeric dates are read day-first, as German writers mean them: 01.02.2021 is 1 February.
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})")
_NAMED = re.compile(rf"(?:(\d{{1,2}})\.?\s*)?({_MONTH_NAMES})\.?\s+(\d{{4}})", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")


def parse_date(value: object) -> PartialDate | None:
    """PartialDate from a YAML value or a written date; None if it is not a valid date."""
    if isinstance(value, dt.datetime):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return PartialDate(value) if 1000 <= value <= 9999 else None
    if not isinstance(value, str):
        return None
    return parse_date_text(value.strip())


def parse_date_text(text: str) -> PartialDate | None:
    """Parse a whole string as one date (ISO, 20.01.2021, 20. Januar 2021, Januar 2021, 2021)."""
    if match := _ISO.fullmatch(text):
        return _checked(int(match[1]), match[2], match[3])
    if match := _NUMERIC.fullmatch(text):
        return _checked(_year(match[3]), match[2], match[1])
    if match := _NAMED.fullmatch(text):
        return _checked(int(match[3]), str(MONTHS[match[2].lower()]), match[1])
    if match := _MONTH_YEAR.fullmatch(text):
        return _checked(int(match[2]), match[1], None)
    return None


def find_date(text: str) -> tuple[PartialDate, re.Match[str]] | None:
    """The first date written inside `text` (numeric day-first or with a month name), with its match."""
    for pattern in (_NUMERIC, _NAMED):
        for match in pattern.finditer(text):
            if pattern is _NUMERIC:
                date = _checked(_year(match[3]), match[2], match[1])
            else:
                date = _checked(int(match[3]), str(MONTHS[match[2].lower()]), match[1])
            if date is not None:
                return date, match
    return None


def _year(text: str) -> int:
    year = int(text)
    # Two-digit years: "21" is 2021, "98" is 1998 (a news archive spans about a century).
    return year if year >= 100 else (2000 + year if year < 70 else 1900 + year)


def _checked(year: int, month: str | None, day: str | None) -> PartialDate | None:
    if not 1000 <= year <= 9999:
        return None
    if month is None:
        return PartialDate(year)
    try:
        if day is None:
            dt.date(year, int(month), 1)
            return PartialDate(year, int(month))
        dt.date(year, int(month), int(day))
    except ValueError:
        return None
    return PartialDate(year, int(month), int(day))
