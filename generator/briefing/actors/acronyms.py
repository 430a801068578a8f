"""Acronyms that the text itself defines as short for an ordinary phrase: "ausländischen Direktinvestitionen (ADI)"."""

from __future__ import annotations

import re

from .lexicon import attributive, word_class
from .ordinary import COUNTING, english_word
from .tokens import Token, tokenize

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
    "club", "klub", "bahn", "anstalt", "orden",
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


# Last parts of words that name a law, a programme or a system, not who runs it: "Erneuerbare-Energien-Gesetz".
_THING_HEADS = ("gesetz", "gesetzbuch", "verordnung", "richtlinie", "ordnung", "abkommen", "vertrag", "system",
                "programm", "politik", "plan", "strategie", "jahr", "produkt", "einkommen", "steuer", "abgabe",
                "umlage", "register", "mechanismus", "verfahren", "index", "standard", "norm", "entwicklung",
                "förderung", "modell", "konzept", "initiative", "prinzip")


def _head_word(word: str, heads: tuple[str, ...]) -> bool:
    """The (inflected) last part of `word` is one of `heads`: "Gesetzes", "Instituts", "Asylsystems"."""
    low = word.rpartition("-")[2].lower()
    return any(low.endswith((h, h + "s", h + "es", h + "en", h + "e")) for h in heads)


def _ordinary(words: list[str], quoted: bool) -> bool:
    """A phrase that names no organisation: it has a lower-case content word ("ausländischen
    Direktinvestitionen"), is one common compound ("Bruttoinlandsprodukt"), ends in a common noun
    ("Gemeinsame Europäische Asylsystem"), is English common words ("Open Educational Resources") or a quoted title
    of mostly common words ("„Industrial Transformation Mexiko“"); an organisation head word ("Administration")
    vetoes."""
    content = [w for w in words if w not in _LINKS]
    if not content or any(w.rpartition("-")[2].lower().endswith(_HEADS) for w in content):
        return False
    if any(w[:1].islower() for w in content):
        return True
    common = sum(word_class(w) == "common" for w in content)
    if len(content) == 1:
        return common == 1
    # a law, a programme, a system: "Allgemeine Gleichbehandlungsgesetz (AGG)", "Carbon Capture and Storage (CCS)"
    if _head_word(content[-1], _THING_HEADS) or all(english_word(w) for w in content):
        return True
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
        # "des Instituts für Corporate Governance (ICG)": the phrase names an organisation's field, not a thing
        ahead = [t.text for t in tokenize(_CLAUSE_END.split(before)[-1])][: -len(words)][-3:] if words else []
        if words is not None and _ordinary(words, before.endswith(_CLOSING_QUOTES)) \
                and not any(_head_word(w, _HEADS) for w in ahead):
            out.add(acronym)
    return frozenset(out)


# Words that introduce a definite noun phrase: an adjective after them is weak ("der nordirischen DUP").
_DEFINITE = frozenset("der die das den dem des im am zum zur beim vom ins".split())
_STATE = ("Bundes", "Landes", "Staats")


def _common_neighbour(tokens: tuple[Token, ...], text: str, k: int) -> bool:
    """Token k is a list item next to a capitalised common noun ("Industrie, KMU, Dienstleistungen")."""
    if not 0 <= k < len(tokens):
        return False
    w = tokens[k].text
    return w[:1].isupper() and not w.isupper() and not w.startswith(_STATE) and word_class(w) == "common" \
        and not w.lower().endswith(_HEADS)


def noun_acronyms(tokens: tuple[Token, ...], text: str, candidates: list[int]) -> frozenset[str]:
    """Acronyms that the text uses somewhere as common nouns ("einen kostenfreien ÖPNV", "guter ÖPNV",
    "Industrie, KMU, Dienstleistungen und Handwerk"); an organisation is unique and needs no "ein"."""
    out = set()
    for k in candidates:
        w, prev = tokens[k].text, tokens[k - 1].text if k else ""
        before = tokens[k - 2].text.lower() if k > 1 else ""
        if prev.lower() in COUNTING or attributive(prev) and (
                before in COUNTING or prev.endswith(("er", "es")) and before not in _DEFINITE):
            out.add(w)
            continue
        left = text[tokens[k - 1].end : tokens[k].start].strip() if k else ""
        right = text[tokens[k].end : tokens[k + 1].start].strip() if k + 1 < len(tokens) else ""
        if left == "," and right in (",", "") and _common_neighbour(tokens, text, k - 1) \
                and (right == "," and _common_neighbour(tokens, text, k + 1)
                     or right == "" and k + 2 < len(tokens) and tokens[k + 1].text in ("und", "oder")
                     and _common_neighbour(tokens, text, k + 2)):
            out.add(w)
    return frozenset(out)
