"""German (and English) display formats for dates, numbers and amounts; no locale is read."""

from __future__ import annotations

from .model import PartialDate

MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
MONTHS_SHORT = {
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
# Long-scale names: German "Billion" is 10^12, not the English billion (10^9).
MAGNITUDES = {
    "de": ((1e12, "Bio."), (1e9, "Mrd."), (1e6, "Mio.")),
    "en": ((1e12, "trn"), (1e9, "bn"), (1e6, "m")),
}


def format_date(date: PartialDate | None, language: str = "de", *, short: bool = False, unknown: str = "") -> str:
    """'20. Januar 2021', 'Januar 2021' or '2021' — only as precise as known."""
    if date is None:
        return unknown
    names = (MONTHS_SHORT if short else MONTHS)[language]
    if date.month is None:
        return str(date.year)
    month = names[date.month - 1]
    if date.day is None:
        return f"{month} {date.year}"
    if language == "en":
        return f"{month} {date.day}, {date.year}"
    return f"{date.day}. {month} {date.year}"


def format_number(value: float, language: str = "de", decimals: int | None = None) -> str:
    """German grouping: 1.000,5; English: 1,000.5. Trailing zeros are dropped."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    if language == "de":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def format_amount(value: float, unit: str, language: str = "de") -> str:
    """Readable normalised amount: 5.5e11, 'USD' -> '550 Mrd. USD'; 36.4, '%' -> '36,4 %'."""
    if unit == "%":
        return f"{format_number(value, language)} %"
    for factor, name in MAGNITUDES[language]:
        if abs(value) >= factor:
            return f"{format_number(value / factor, language)} {name} {unit}".strip()
    return f"{format_number(value, language)} {unit}".strip()
