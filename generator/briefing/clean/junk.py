"""Web-page leftovers in copied text: navigation links, paywall scripts, date stubs, photo credits, captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..ingest.dates import find_date
from ..model import PartialDate, Removal
from .lines import Line

NAVIGATION = frozenset({
    "zum hauptinhalt", "zum inhalt", "direkt zum inhalt", "zur navigation", "zur suche", "springe zum inhalt",
    "zur startseite", "zurück zur startseite", "startseite", "nach oben", "zum seitenanfang", "menü",
    "navigation", "skip to content", "skip to main content", "artikel teilen", "teilen", "drucken",
    "kommentare", "jetzt teilen", "seite teilen", "mehr zum thema", "lesen sie auch", "weiterlesen",
    "artikel anhören", "link kopieren", "auf facebook teilen", "auf x teilen", "per e-mail teilen",
})
ADVERTISING = frozenset({"anzeige", "werbung", "advertisement", "sponsored"})
_SCRIPT = re.compile(
    r"^(?:(?:showPaywall|isSubscriber|isPaid|isPremium|isLoggedIn|paywall\w*|userId|verifiedBot|botCategory)\s*:.*"
    r"|console\.\w+\(.*|window\.\w+.*=.*|dataLayer\.push\(.*|googletag\..*|(?:var|let|const) \w+ ?=.*"
    r"|function ?\(.*|\}\)?;?|\{|true|false|null|undefined)$"
)
_PAYWALL = re.compile(r"paywall|subscriber|ispaid|userid|verifiedbot|botcategory", re.IGNORECASE)
_DATELINE = re.compile(r"^(?:Stand|Aktualisiert|Veröffentlicht|Erstellt|Zuletzt aktualisiert)(?: am)?\s*:?\s*(.*)$")
_CREDIT = re.compile(r"^(?:©|\(c\)|Copyright\b|Foto:|Fotos:|Bild:|Bildquelle:|Photo:|Credit:)\s*(.+)$", re.IGNORECASE)
# Agency photo credits that run straight into the caption: "AP Photo/Rebecca Blackwell Mexikanischer ..."
_AGENCY_PHOTO = re.compile(
    r"^((?:AP|AFP|dpa|Reuters|REUTERS|EPA|Getty Images|imago|IMAGO|picture alliance|picture-alliance|KEYSTONE|APA)"
    r"(?: Photo| Images| images| Foto)?/(?:[A-ZÄÖÜ][\w.\-]*\s?){1,2})(.*)$"
)
_SENTENCE_END = re.compile(r"[.!?…][\"“”»«')]*$")


@dataclass(frozen=True, slots=True)
class Junk:
    """What the junk pass found: lines to keep (junk lines blanked), removals and side information."""

    lines: list[Line]
    removals: list[Removal]
    credits: list[str]
    captions: list[str]
    date: PartialDate | None


def strip_junk(lines: list[Line]) -> Junk:
    """Blank out junk lines and record why; credits and captions are kept aside, not in the body."""
    kept = list(lines)
    removals: list[Removal] = []
    credits: list[str] = []
    captions: list[str] = []
    date = None
    for i, line in enumerate(lines):
        verdict = classify(line.text)
        if verdict is None:
            continue
        reason, credit, caption, found_date = verdict
        kept[i] = replace(line, text="")
        if credit:
            credits.append(credit)
            removals.append(Removal(credit if caption else line.text, "Bildnachweis", line.number))
            if caption:
                captions.append(caption)
                removals.append(Removal(caption, "Bildunterschrift", line.number))
            elif (j := _caption_before(kept, i)) is not None:
                captions.append(kept[j].text)
                removals.append(Removal(kept[j].text, "Bildunterschrift", kept[j].number))
                kept[j] = replace(kept[j], text="")
        else:
            removals.append(Removal(line.text, reason, line.number))
        date = date or found_date
    removals.sort(key=lambda r: (r.line or 0, r.reason))
    return Junk(kept, removals, credits, captions, date)


def classify(text: str) -> tuple[str, str | None, str | None, PartialDate | None] | None:
    """(reason, credit, caption, date) if the whole line is junk, else None."""
    if not text or len(text) > 300:
        return None
    lowered = text.lower().rstrip(" :»›>")
    if lowered in NAVIGATION:
        return "Navigationslink", None, None, None
    if lowered in ADVERTISING:
        return "Werbung", None, None, None
    if _SCRIPT.match(text):
        return ("Paywall-Skript" if _PAYWALL.search(text) or text in ("true", "false") else "Skript"), None, None, None
    if match := _DATELINE.match(text):
        rest = match.group(1).strip()
        if not rest:
            return "leere Datumszeile", None, None, None
        found = find_date(rest)
        if found and len(rest) < 60:
            return "Datumszeile", None, None, found[0]
        return None
    if (match := _CREDIT.match(text)) and len(text) < 160:
        return "Bildnachweis", " ".join(match.group(1).split()), None, None
    if match := _AGENCY_PHOTO.match(text):
        caption = match.group(2).strip() or None
        return "Bildnachweis", match.group(1).strip(), caption, None
    return None


def _caption_before(lines: list[Line], index: int) -> int | None:
    """Index of an image caption just above a credit line (alt text of the photo), if there is one."""
    j = index - 1
    if j >= 0 and not lines[j].text:
        j -= 1
    if j < 0 or not lines[j].text:
        return None
    text = lines[j].text
    if len(text.split()) > 15 or _SENTENCE_END.search(text) or text.endswith((":", ",")):
        return None
    return j
