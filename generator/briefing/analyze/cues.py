"""Reporting cues for quotation attribution: speech verbs, "so"/"laut"/"zufolge", Konjunktiv markers."""

from __future__ import annotations

import re

# Weak verbs: stem + the finite/participle endings news text uses ("sagte", "sagten", "sagt", "gesagt").
_WEAK = (
    "sag erklär beton warn forder mein bekräftig versicher ergänz behaupt bestätig dementier verkünd "
    "bezeichn antwort entgegn erwider argumentier kritisier mahn appellier droh zitier twitter kommentier "
    "glaub hoff vermut befürcht fürcht klag beklag beteuer präzisier insistier frag äußer erinner bilanzier "
    "resümier lob bemerk notier schätz urteil folger prognostizier berichte unterstell beschwer bedauer "
    "versprech kündig verlang signalisier wiederhol erklär räum füg teil stempel beschimpf titulier begrüß "
    "erläuter bezweifel verteidig leugn führ"
).split()
_WEAK_ENDINGS = r"(?:e|t|te|ten|tet|en|et|ete|eten|st)"
_STRONG = (
    "unterstrich unterstrichen unterstreicht schrieb schrieben schreibt geschrieben sprach sprachen spricht "
    "nannte nannten nennt genannt versprach versprachen verspricht rief riefen ruft hieß heißt "
    "verwies verweist gestand gestehen gesteht wusste weiß meinte befand befindet stellte stellt "
    "gab gibt hob hebt wies weist ließ lässt warf wirft sagte beschrieb beschreibt widersprach widerspricht bestritt bestreitet empfahl empfiehlt riet rät"
).split()
# Particle verbs whose finite part alone is no reporting verb: require the particle later in the clause.
_PARTICLE = {
    "teilte": "mit", "teilt": "mit", "teilten": "mit", "gab": "zu|bekannt|an", "gibt": "zu|bekannt|an",
    "stellte": "klar|fest", "stellt": "klar|fest", "hob": "hervor", "hebt": "hervor", "wies": "hin|zurück",
    "weist": "hin|zurück", "ließ": "wissen|verlauten", "lässt": "wissen|verlauten", "warf": "vor", "wirft": "vor",
    "räumte": "ein", "räumt": "ein", "fügte": "hinzu|an", "fügt": "hinzu|an", "befand": "", "befindet": "", "führte": "aus", "führt": "aus", "führten": "aus",
}
_ALWAYS_BLOCKED = frozenset({"führen", "führe", "führt", "geführt", "führten", "führet", "befand", "befindet", "meinen", "meine", "meinet", "teilen", "teile", "teilt", "teilten"})  # "befand sich", "meinen" = my (plural)

_VERB = re.compile(
    rf"\b(?:ge)?(?:{'|'.join(_WEAK)}){_WEAK_ENDINGS}\b|\b(?:{'|'.join(_STRONG)})\b|\bkündigte\b|\bkündigt\b",
    re.IGNORECASE,
)
# Non-verbal cues: "…, so Trump." / "laut Trump" / "Trump zufolge" / "nach Angaben von".
SO_CUE = re.compile(r"(?:,|–|-|(?<=[.!?][“”\"»«]))\s*(so)\s+(?=[A-ZÄÖÜ]|der\b|die\b|das\b|ein|er\b|sie\b)")
LAUT_CUE = re.compile(r"\b(laut|Laut|zufolge|nach Angaben|Nach Angaben|nach Ansicht|Nach Ansicht|"
                      r"nach Worten|Nach Worten|nach Einschätzung|Nach Einschätzung|nach Auffassung|Nach Auffassung)\b")
# Words that mark reported speech (Konjunktiv I/II) in an indirect quote.
KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|seiest|habe|hätte|hätten|werde|würde|würden|wäre|wären|könne|könnte|könnten|müsse|müsste|"
    r"müssten|solle|sollte|sollten|wolle|wollte|dürfe|dürfte|möge|gebe|gäbe|gehe|stehe|komme|liege|brauche|hoffe|"
    r"wisse|bleibe|lasse|halte|sehe|gelte|trage|plane|arbeite|erwarte|führe|mache|nehme|verfüge|handle|befinde|"
    r"unterstütze|lehne|begrüße|glaube|fordere|bedeute|zeige|diene|fehle|treffe|spiele|setze|gewinne|verliere)\b"
)
CLAUSE_OPENER = re.compile(r"^\s*(?:dass|daß|ob|wie|warum|weshalb|wann|wo|wer|was|man|er|sie|es|die|der|das|"
                           r"sein|ihr|diese|dieser|dieses|dies|damit|denn|auch|nicht|keine|ein|eine|in|im|um|zu)\b",
                           re.IGNORECASE)
PRONOUN = re.compile(r"\b(er|sie|Er|Sie)\b")


def verb_cues(sentence: str) -> list[tuple[int, int]]:
    """Spans of reporting verbs in one sentence (relative offsets)."""
    found = []
    for m in _VERB.finditer(sentence):
        word = m.group().lower()
        if word in _ALWAYS_BLOCKED or m.group()[0].isupper() and m.start() > 0 and word not in ("sagte",):
            continue  # capitalised mid-sentence: a noun ("Sagte" is fine only at the start)
        particle = _PARTICLE.get(word)
        if particle is not None:
            clause = sentence[m.end():m.end() + 160]
            if not particle or not re.search(rf"\b(?:{particle})\b(?=\s*(?:[,.;:!?–]|$))", clause):
                continue
        found.append((m.start(), m.end()))
    return found


def reads_like_reported(content: str) -> bool:
    """Heuristic: a clause in reported speech (Konjunktiv, 'dass'/'ob' clause or pronoun subject)."""
    words = content.split()
    if len(words) < 3:
        return False
    return bool(KONJUNKTIV.search(content) or CLAUSE_OPENER.match(content))

# Konjunktiv I only (not II: "wäre/würde" are common outside reported speech): marks a sentence that
# continues a quote without a new cue ("Außerdem seien wichtige Unterlagen vernichtet worden.").
KONJUNKTIV_I = re.compile(
    r"(?<!\bich )\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|stehe|gehe|komme|liege|"
    r"bestehe|handle|fehle|bleibe|lasse|wisse|brauche|erwarte|plane|arbeite|verfüge|gelte|trage|zeige)\b"
)
