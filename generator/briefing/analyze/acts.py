"""Speech acts reported by their verb alone: "Die Brauer warnen vor Fracking", "X forderte den Rücktritt"."""

from __future__ import annotations

import re

from ..model import Quote, Sentence
from .attribution import Context, cue_speaker
from .complements import SUBORDINATE_START
from .sources import make_quote
from .speakers import passive_without_agent

# Verbs that report a speech act by themselves, without a clause: "Die Brauer warnen vor Fracking."
_SPEECH_ACT = re.compile(r"(?:ge)?(?:forder|warn|kritisier|bericht|bezeichn|beschuldig|befürcht|appellier|droh|"
                         r"dementier|beklag|mahn|verlang|protestier|kündig|lob|würdig)\w*|(?:an)?gekündigt|aufgefordert|"
                         r"ankündig\w*|warf|warfen|wirft|vorgeworfen|vorwarf|bestritt|bestritten|bestreitet|"
                         r"wies|weist|zurückgewiesen|sprach|sprachen|spricht|sprechen|geht|gehen|ging|gingen|"
                         r"nannte|nannten|nennt|rief|riefen|ruft|riet|rät|verwies|verweist|gab|gaben|schätzte?n?",
                         re.IGNORECASE)


def speech_act(ctx: Context, sentence: Sentence, s0: int, body: str, end: int,
               cues: list[tuple[int, int]]) -> Quote | None:
    """A main clause whose verb is a speech act ("X forderte den Rücktritt"): the clause is the report."""
    if SUBORDINATE_START.match(body):
        return None  # "Obwohl AMLO … ankündigte, hat sich …": the speech act is only background
    stances = stance_cues(body)
    for cs, ce in sorted(set(cues) | set(stances)):
        if (cs, ce) not in stances and not _SPEECH_ACT.fullmatch(body[cs:ce]) or re.search(r"\bzu\s*$", body[:cs]):
            continue  # "… zu kritisieren" is an infinitive, not the act itself
        if _NEEDS_VON.fullmatch(body[cs:ce]) and not re.match(r"[^,;:]{0,60}?\bvon\b", body[ce:]):
            continue  # "sprach von einem Erfolg", "geht von Suizid aus" report; "sprach mit Journalisten" does not
        clause = max(body.rfind(",", 0, cs), body.rfind(";", 0, cs), body.rfind(":", 0, cs)) + 1
        if clause and _RELATIVE_START.match(body, clause):
            continue  # relative or adverbial clause: "…, die Biden angekündigt hat, …"
        speaker = cue_speaker(ctx, s0, s0 + cs, s0 + ce, s0 + end)
        if speaker is None and not passive_without_agent(body[clause:cs], body[cs:ce]):
            continue  # a passive act ("Ihm wird vorgeworfen, …") is a report even with its speaker unnamed
        start = min(clause, speaker[1].start - s0) if speaker and speaker[1].start >= s0 else clause
        start += len(body[start:]) - len(body[start:].lstrip())
        if len(body[start:end].split()) >= 4:
            return make_quote(sentence, s0, start, end, speaker, (cs, ce))
    return None


# Speech acts only with "von": "sprach von einem Erfolg", "geht von Suizid aus" (not "sprach mit", "geht nach Hause").
_NEEDS_VON = re.compile(r"(?i:sprach|sprachen|spricht|sprechen|geht|gehen|ging|gingen)")


_RELATIVE_START = re.compile(rf"{SUBORDINATE_START.pattern}|\s*(?:die|der|das|dem|den|deren|dessen|welche[rsmn]?)\b",
                             re.I)


# Verbs of judging that report a stance through their frame: "sieht in dem Gesetz eine Gefahr", "sieht X als Beweis",
# "hält X für verfassungswidrig", "betrachtet X als Eskalation", "werfen X Betrug vor"; without the frame they
# report nothing ("sah Gelb", "hält die Rede", "Die Pläne sehen … vor").
_STANCE = re.compile(r"\b(?:(?:sieht|sehen|sah|sahen)(?=[^,;:.]{0,80}\b(?:als|in\s+(?:dem|der|den|diesem|dieser|diesen|"
                     r"seinem|seiner|ihrem|ihrer|einem|einer))\s)(?![^,;:.]*\bvor\s*(?:[,.;:]|$))"
                     r"|(?:hält|halten|hielt|hielten)(?=[^,;:.]{1,80}\bfür\s)"
                     r"|(?:betrachtet|betrachten|betrachtete|betrachteten)(?=[^,;:.]{1,80}\bals\s)"
                     r"|(?:werfen|werfe)(?=[^,;:.]{1,120}\bvor\s*(?:[,.;:]|$))"
                     r"|(?:begrüßt|begrüßte|begrüßten|begrüßen|empfahl|empfahlen|empfiehlt))\b")


def stance_cues(body: str) -> list[tuple[int, int]]:
    """Spans of verbs of judging or welcoming whose frame ("in", "als", "für", "vor") follows in the clause."""
    return [m.span() for m in _STANCE.finditer(body)]
