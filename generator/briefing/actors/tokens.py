"""Word tokens with character offsets, and zones (photo credits, URLs) that never hold actors."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

# Words keep inner hyphens, apostrophes and dots of abbreviations out; "US-Präsident" is one token,
# its parts are looked at separately by the matcher.
_TOKEN = re.compile(r"\w+(?:[-‐‑'’]\w+)*", re.UNICODE)
HYPHENS = re.compile(r"[-‐‑]")
# "Spar- und Renteneinlagen", "Nord- bzw. Südkorea": the word before the hyphen is half a compound.
_FRAGMENT = re.compile(r"(?<=\w)[-‐‑][ \t\n]+(?=(?:und|oder|bzw|sowie|als|wie|and|or)\b)")

# Photo credits and agency bylines: "AP Photo/Rebecca Blackwell", "© IMAGO/Anadolu Agency/IMAGO/Kiyoshi Ota / POOL",
# "Foto: dpa/Max Muster", "(Tsp/Reuters/dpa)". The name after the last slash is a photographer, not an actor.
_AGENCY = (
    r"(?:AP|AFP|dpa|DPA|Reuters|REUTERS|IMAGO|imago|Imago|Getty\s+Images|picture[- ]alliance|EPA|KEYSTONE|Keystone"
    r"|APA|KNA|epd|ddp|SIPA|Xinhua|Shutterstock|iStock|Tsp|AA|Anadolu(?:\s+Agency)?|POOL|Pool)"
)
_CREDIT_PATTERNS = (
    # © ... to the end of the line (or 120 characters when the text was reflowed)
    r"©[^\n]{0,120}",
    # "Foto: ...", "Bild: ...", "Photo: ..." up to the end of the line or the next sentence end
    r"\b(?:Foto|Fotos|Bild|Photo|Bildquelle|Quelle)\s*:\s*[^\n.;]{0,80}",
    # AGENCY [Photo|Foto]/Name[/Name] ... Name: slash-chains starting with an agency
    _AGENCY + r"(?:\s+(?:Photo|Foto|Images))?\s*/\s*(?:[\w.\- ]{1,40}?\s*/\s*){0,4}"
    r"(?:[A-ZÄÖÜ][\w.\-]*(?:\s+[A-ZÄÖÜ]\.)?(?:\s+[A-ZÄÖÜ][\w\-]*)?)",
    # "(Tsp/Reuters/dpa)" source tags at the end of an article
    r"\(\s*" + _AGENCY + r"(?:\s*/\s*[\w]+){0,4}\s*\)",
    r"https?://\S+|www\.\S+",
)
_CREDIT = re.compile("|".join(f"(?:{p})" for p in _CREDIT_PATTERNS))
# A dateline opens a report with its place and the agency that wrote it: "Hamburg (dpa) Der Senat ...",
# "Berlin (ots) - ...". The agency there is named as the report's source, unlike a photo credit.
_DATELINE_AGENCY = (r"(?:dpa|DPA|dpa-AFX|AP|AFP|Reuters|ots|sid|SID|APA|apa|ddp|dapd|epd|KNA|kna|dts|SDA|sda|AWP"
                    r"|ANSA|EFE)")
_DATELINE = re.compile(r"(?m)^[ \t]*(?:[A-ZÄÖÜ][\w.\-]*[ \t]*/[ \t]*)?[A-ZÄÖÜ][\w.\-]*"
                       r"(?:[ \t]+[A-ZÄÖÜ][\w.\-]*)?"
                       r"[ \t]*\([ \t]*(" + _DATELINE_AGENCY + r")[ \t]*\)[ \t]*[-–—:]?[ \t]*(?=\w)")


class Token(NamedTuple):
    """A word and its character offsets; a named tuple because an article has thousands and a frozen dataclass
    is several times slower to build."""

    start: int
    end: int
    text: str

    @property
    def is_upper_initial(self) -> bool:
        """The word starts with a capital letter."""
        return self.text[:1].isupper()


# A headline glued to the next sentence by lost line breaks: "Kurse fielen kräftigDer Index", "NachrichtenMit".
# Only function words that open a sentence count: brands glue capitals too ("ThyssenKrupp", "LinkedIn").
_GLUE_WORDS = frozenset("""Der Die Das Den Dem Des Ein Eine Einer Mit Nach Bei Von Vom Zum Zur Auf Aus Für Über
Unter Wie Wenn Seit Nachdem Während Trotz Laut""".split())
# a fast first filter (one capital after three small letters, then a word's tail); the word is checked after
_GLUED = re.compile(r"[DEMNBVZAFÜUWSLT](?<=[a-zäöüß]{3}.)(?:er|ie|as|en|em|es|in|ine|iner|it|ach|ei|on|om|um|ur|uf"
                    r"|us|ür|ber|nter|enn|eit|achdem|ährend|rotz|aut)\b")


def tokenize(text: str) -> tuple[Token, ...]:
    """Split `text` into word tokens with offsets; a word glued to a sentence's first word is two."""
    tokens = tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))
    cuts = [m.start() for m in _GLUED.finditer(text) if m.group() in _GLUE_WORDS]
    return _split_at(tokens, text, cuts) if cuts else tokens


def _split_at(tokens: tuple[Token, ...], text: str, cuts: list[int]) -> tuple[Token, ...]:
    """The tokens, each cut in two at the character offsets in `cuts` that fall inside it."""
    out: list[Token] = []
    for tok in tokens:
        inner = [c for c in cuts if tok.start < c < tok.end]
        start = tok.start
        for c in [*inner, tok.end]:
            out.append(Token(start, c, text[start:c]))
            start = c
    return tuple(out)


def hyphen_parts(token: Token) -> tuple[Token, ...]:
    """The parts of a hyphenated token ("US-Präsident" -> "US", "Präsident"), each with its own offsets."""
    parts: list[Token] = []
    start = token.start
    for piece in HYPHENS.split(token.text):
        if piece:
            parts.append(Token(start, start + len(piece), piece))
        start += len(piece) + 1
    return tuple(parts)


def compound_fragments(tokens: tuple[Token, ...], text: str) -> list[int]:
    """Indexes of truncated compound parts ("Spar-" in "Spar- und Renteneinlagen"): never names."""
    out = []
    for m in _FRAGMENT.finditer(text):
        i = bisect.bisect_left(tokens, m.start(), key=lambda t: t.end)
        if i < len(tokens) and tokens[i].end == m.start():
            out.append(i)
    return out


def dateline_agencies(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the agency in a dateline at a line start ("dpa" in "Berlin (dpa) - ...") or after its
    own name ("der Deutschen Presse-Agentur (dpa)"): named as a source, not credited."""
    spans = [m.span(1) for m in _DATELINE.finditer(text)]
    if "gentur" in text:
        spans += [m.span(1) for m in _NAMED_AGENCY.finditer(text)]
    return tuple(spans)


_NAMED_AGENCY = re.compile(r"[Aa]gentur[ \t]*\([ \t]*(" + _DATELINE_AGENCY + r")[ \t]*\)")


def excluded_zones(text: str, keep: tuple[tuple[int, int], ...] = ()) -> tuple[tuple[int, int], ...]:
    """Character ranges of photo credits, source tags and URLs; mentions there are dropped. A zone holding one of
    the `keep` spans (a dateline's agency) is no zone."""
    zones = ((m.start(), m.end()) for m in _CREDIT.finditer(text))
    return tuple(z for z in zones if not any(z[0] <= s and e <= z[1] for s, e in keep))


def in_zones(start: int, end: int, zones: tuple[tuple[int, int], ...]) -> bool:
    """True if [start, end) overlaps one of the zones."""
    return any(s < end and start < e for s, e in zones)
