"""Metadata found in the text itself: language, agency sources, authors from an author footnote."""

from __future__ import annotations

import re

_GERMAN = frozenset("der die das und ist nicht mit von den dem des ein eine einen zu auf für sich auch im sie es "
                    "wird wurde haben hat werden bei nach über aus noch wie oder aber als wenn dass".split())
_ENGLISH = frozenset("the and is are was were of to in that for on with as by this from have has not be it "
                     "which their they an or at but would will said".split())
_TOKEN = re.compile(r"[a-zäöüß]+")

AGENCIES = frozenset({
    "dpa", "afp", "ap", "reuters", "rtr", "kna", "epd", "dts", "sid", "apa", "sda", "ddp", "dapd", "ots",
    "tsp", "taz", "ntv", "n-tv", "rnd", "red", "ots", "efe", "ansa", "bloomberg", "dow jones", "awp", "idea",
})
_AGENCY_TAIL = re.compile(r"\s*\(([A-Za-zäöü\-]{2,12}(?:\s*[/,]\s*[A-Za-zäöü\-]{2,12}){0,5})\)\s*$")
_AUTHOR_NAME = re.compile(
    r"(?:^|\bund\s+|;\s*|,\s+)((?:Dr\.\s+|Prof\.\s+)?[A-ZÄÖÜ][\wáéíóúñäöüß'\-]+(?:\s+(?:de|del|la|van|von|der|zu)?\s*"
    r"[A-ZÄÖÜ][\wáéíóúñäöüß'\-]+){1,3}),\s+[A-ZÄÖÜ]?[a-zäöüß]"
)
_ROLE_WORDS = re.compile(r"\b(?:Leiter\w*|Projektmanager\w*|Referent\w*|Direktor\w*|Mitarbeiter\w*|Korrespondent\w*|"
                         r"Professor\w*|Autor\w*|Büro\w*|Landesbeauftragt\w*|Politikwissenschaftler\w*|Analyst\w*)")


def detect_language(text: str) -> str | None:
    """'de' or 'en' from stop-word counts; None when the text is too short or unclear."""
    tokens = _TOKEN.findall(text[:20000].lower())
    german = sum(1 for t in tokens if t in _GERMAN)
    english = sum(1 for t in tokens if t in _ENGLISH)
    if german + english < 5:
        return None
    if german >= 2 * english:
        return "de"
    if english >= 2 * german:
        return "en"
    return None


def split_agency_tail(text: str) -> tuple[str, tuple[str, ...]]:
    """Strip a closing agency line "(Tsp/Reuters/dpa)" from a paragraph; return (text, agencies)."""
    match = _AGENCY_TAIL.search(text)
    if match is None:
        return text, ()
    names = tuple(n.strip() for n in re.split(r"[/,]", match.group(1)) if n.strip())
    if not names or not all(n.lower() in AGENCIES for n in names):
        return text, ()
    return text[:match.start()].rstrip(), names


def authors_from_note(text: str) -> tuple[str, ...]:
    """Names from an author footnote like "Patricio Garza Girón, Projektmanager der KAS Mexiko und ..."."""
    if "http" in text or not _ROLE_WORDS.search(text):
        return ()
    names = [m.group(1).strip() for m in _AUTHOR_NAME.finditer(text)]
    return tuple(dict.fromkeys(n for n in names if not _ROLE_WORDS.fullmatch(n.split()[0])))
