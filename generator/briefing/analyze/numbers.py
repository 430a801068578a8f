"""German number parsing: "1.000.000", "36,4", number words and magnitude words ("Mrd.", "Billionen")."""

from __future__ import annotations

import re

# Digits as German writes them: thousands with "." (or thin/normal space), decimals with ",".
# Plain digit runs and English "1,000.5" are accepted too; `parse_number` decides which is which.
NUMBER_PATTERN = r"\d{1,3}(?:[.\u202f\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+"

# Small cardinals written out; enough for "zwei Prozent", "drei Milliarden".
NUMBER_WORDS: dict[str, float] = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100, "einhundert": 100, "zweihundert": 200, "dreihundert": 300,
    "tausend": 1000, "eintausend": 1000, "halbe": 0.5, "halben": 0.5, "anderthalb": 1.5, "eineinhalb": 1.5,
    "zweieinhalb": 2.5, "dutzend": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
NUMBER_WORD_PATTERN = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

# German "Billion" is 10^12; the lower-case English "billion" is 10^9 (case decides, on purpose).
MAGNITUDES: dict[str, float] = {
    "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "thousand": 1e3,
    "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6, "mill.": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "md.": 1e9,
    "billion": 1e12, "billionen": 1e12, "bio.": 1e12, "bn": 1e9, "trillion": 1e12,
}
MAGNITUDE_PATTERN = (
    r"Tausend|Tsd\.|Millionen|Million|Mio\.|Mio\b|Mill\.|Milliarden|Milliarde|Mrd\.|Mrd\b|Md\.|"
    r"Billionen|Billion|Bio\.|thousand|million|billion|trillion|bn\b|[mb]n\b"
)

_GERMAN_THOUSANDS = re.compile(r"\d{1,3}(?:[.\u202f\u00a0]\d{3})+(?:,\d+)?")
_ENGLISH_DECIMAL = re.compile(r"\d+\.\d+")


def parse_number(text: str) -> float:
    """Value of a German-formatted number or number word: "1.000" -> 1000, "36,4" -> 36.4, "zwei" -> 2."""
    raw = text.strip()
    word = NUMBER_WORDS.get(raw.lower())
    if word is not None:
        return float(word)
    if _GERMAN_THOUSANDS.fullmatch(raw):
        return float(re.sub(r"[.\u202f\u00a0]", "", raw).replace(",", "."))
    if _ENGLISH_DECIMAL.fullmatch(raw):
        return float(raw)  # "3.5" only reaches here when not a thousands group (e.g. "3.5 million")
    if re.fullmatch(r"\d+(?:,\d+)?", raw):
        return float(raw.replace(",", "."))
    raise ValueError(f"not a number: {text!r}")


def magnitude(word: str | None) -> float:
    """Multiplier of a magnitude word; 1 when absent. Capital "Billion" is German (10^12)."""
    if not word:
        return 1.0
    if word in ("billion", "bn", "bn.", "b"):
        return 1e9
    if word in ("m", "mn"):
        return 1e6
    return MAGNITUDES.get(word.lower(), 1.0)


def format_german(value: float, decimals: int = 0) -> str:
    """German spelling of a number ("1.234.567,5"); used by tests to round-trip `parse_number`."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
