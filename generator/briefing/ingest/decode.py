"""Bytes -> str for text-like inputs: UTF-8 (with/without BOM), UTF-16, Windows-1252, Latin-1, detected."""

from __future__ import annotations

import codecs
import re

from ..errors import ContentError
from ..model import Problem, Severity

# Typical signs of UTF-8 read as Windows-1252/Latin-1 ("Ã¤" for "ä", "â€“" for "–").
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]|â€")
REPLACEMENT = "\ufffd"  # what undecodable bytes become
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, relpath: str) -> tuple[str, str]:
    """Decode file content to text; return (text, encoding). Raises ContentError, never mojibake."""
    if not data.strip():
        raise ContentError(relpath, "leere Datei")
    text, encoding = _decode(data, relpath)
    text = repair_mojibake(text)
    if not text.strip():
        raise ContentError(relpath, "leere Datei")
    if len(_CONTROL.findall(text[:20000])) > max(2, len(text[:20000]) // 200):
        raise ContentError(relpath, "Binärdatei, kein lesbarer Text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def unreadable_warnings(relpath: str, text: str) -> tuple[Problem, ...]:
    """A report warning if the text holds replacement characters: something there could not be read."""
    count = text.count(REPLACEMENT)
    if not count:
        return ()
    return (Problem(relpath, f"{count} Zeichen nicht lesbar (ungültige Bytes, im Text als „{REPLACEMENT}“)",
                    Severity.WARNING),)


def _decode(data: bytes, relpath: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ContentError(relpath, f"ungültige Zeichen für {encoding} bei Byte {exc.start}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        guessed = _detect(data)
        if guessed and guessed[1].startswith("utf_16"):
            return guessed
        raise ContentError(relpath, "Binärdatei, kein lesbarer Text")
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count(REPLACEMENT)
    if len(damaged) - len(damaged.encode("ascii", "ignore")) - bad > bad:
        # More valid UTF-8 letters than broken bytes: a damaged UTF-8 file, not Windows-1252.
        # Keep its umlauts; the reader reports the replaced bytes (see unreadable_warnings).
        return damaged, "utf-8"
    # German text outside UTF-8 is nearly always Windows-1252 (a superset of Latin-1's printable range).
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        guessed = _detect(data)
        return guessed if guessed else (data.decode("latin-1"), "latin-1")
    return text, "cp1252"


def _detect(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer; None if it has no plausible answer or is not installed."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: the fixed fallbacks above still work
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was once decoded as Windows-1252 ("GrÃ¼n" -> "Grün"); leave clean text alone."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)):
            return fixed
    return _repair_piecewise(text)


_PIECE = re.compile("(?:[ÃÂÅâ][\u0080-\u00bf\u2013-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac]{1,2})+")


def _repair_piecewise(text: str) -> str:
    """Fix mojibake runs one by one when the text mixes clean and double-encoded parts."""
    def fix(match: re.Match[str]) -> str:
        try:
            return match.group().encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group()
    return _PIECE.sub(fix, text)
