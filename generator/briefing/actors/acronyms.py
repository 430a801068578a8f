"""Acronyms that the text itself defines as short for an ordinary phrase: "ausländischen Direktinvestitionen (ADI)"."""

from __future__ import annotations

import re

from .lexicon import word_class
from .tokens import tokenize

_DEFINED = re.compile(r"\(\s*([A-ZÄÖÜ][A-ZÄÖÜa-z0-9]{1,7})\s*\)")
# Clause boundaries: the expansion never reaches back over these.
_CLAUSE_END = re.compile(r"[.;:!?,()\[\]]")
_CLOSING_QUOTES = ("“", "”", '"', "«", "»", "’", "'")
_LINKS = frozenset("für der des die das den dem und & of de del la las los y and von vom zur zum for the on in".split())
# Last parts of words that make a phrase an organisation's name: "Drug Enforcement Administration (DEA)".
_HEADS = (
    "amt", "rat", "fonds", "fund", "partei", "partido", "comisión", "commission", "kommission", "administration",
    "agency", "agentur", "organisation", "organization", "office", "bureau", "büro", "gesellschaft", "stiftung",
    "fundación", "foundation", "union", "bund", "liga", "league", "fraktion", "front", "bewegung", "movement",
    "armee", "army", "force", "forces", "service", "dienst", "department", "ministerium", "ministry", "secretaría",
    "instituto", "institut", "institute", "banco", "bank", "board", "committee", "komitee", "zentrum", "center",
    "centre", "netzwerk", "network", "alliance", "allianz", "gruppe", "group", "werk", "werke", "kasse", "polizei",
    "police", "gericht", "gerichtshof", "court", "tribunal", "parlament", "parliament", "senat", "kongress",
    "congress", "regierung", "government", "sekretariat", "forum", "verband", "vereinigung", "verein", "gewerkschaft",
    "universität", "university", "hochschule", "akademie", "academy", "council", "behörde", "authority", "corporation",
    "company", "konzern", "association", "federation", "föderation", "koalition", "coalition", "kammer", "chamber",
)


def _expansion(before: str, acronym: str) -> list[str] | None:
    """The words right before "(ACR)" that the acronym abbreviates, found by its first letter."""
    clause = _CLAUSE_END.split(before)[-1]
    words = [t.text for t in tokenize(clause)][-(len(acronym) + 3):]
    for n in range(1, len(words) + 1):
        first = words[-n]
        if first[:1].lower() == acronym[:1].lower() and first not in _LINKS:
            return words[-n:]
    return None


def _ordinary(words: list[str], quoted: bool) -> bool:
    """A phrase that names no organisation: it has a lower-case content word ("ausländischen
    Direktinvestitionen"), is one common compound ("Bruttoinlandsprodukt") or a quoted title of mostly common
    words ("„Industrial Transformation Mexiko“"); an organisation head word ("Administration") vetoes."""
    content = [w for w in words if w not in _LINKS]
    if not content or any(w.rpartition("-")[2].lower().endswith(_HEADS) for w in content):
        return False
    if any(w[:1].islower() for w in content):
        return True
    common = sum(word_class(w) == "common" for w in content)
    if len(content) == 1:
        return common == 1
    return quoted and 2 * common >= len(content)


def common_acronyms(text: str) -> frozenset[str]:
    """Acronyms defined in `text` as short for an ordinary phrase; they name no organisation."""
    out = set()
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        before = text[max(0, m.start() - 200) : m.start()].rstrip()
        words = _expansion(before, acronym)
        if words is not None and _ordinary(words, before.endswith(_CLOSING_QUOTES)):
            out.add(acronym)
    return frozenset(out)
