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
    "erläuter bezweifel verteidig leugn führ bericht meld vermeld schilder begründ bemängel monier rüg "
    "informier spekulier prophezei kritisier beharr verlang skandier protestier erzähl beschuldig bezichtig "
    "plädier zweifel bezeug versicher klarstell würdig konstatier"
).split()
_WEAK_ENDINGS = r"(?:e|t|te|ten|tet|en|et|ete|eten|st|n)"  # "n": stems in -er/-el ("fordern", "bezweifeln")
_STRONG = (
    "unterstrich unterstrichen unterstreicht schrieb schrieben schreibt geschrieben sprach sprachen spricht "
    "nannte nannten nennt genannt versprach versprachen verspricht rief riefen ruft hieß heißt "
    "verwies verweist gestand gestehen gesteht wusste weiß meinte befand befindet stellte stellt "
    "gab gaben gibt geben hob hebt wies weist ließ lässt warf warfen wirft werfen sagte beschrieb beschreibt widersprach widerspricht bestritt bestreitet empfahl empfiehlt riet rät "
    "beschloss beschlossen entschied entschieden bat baten schlug schlugen ging gingen geht gehen gebeten "
    "bot boten bietet bieten beschreiben sprechen ergab ergaben ergibt machte machten macht "
    "stellten schlägt nehmen nimmt nahm nahmen legte legt legten"
).split()
# Particle verbs whose finite part alone is no reporting verb: require the particle later in the clause.
_PARTICLE = {
    "teilte": "mit", "teilt": "mit", "teilten": "mit", "gab": "zu|bekannt|an", "gibt": "zu|bekannt|an",
    "gaben": "zu|bekannt|an", "geben": "zu|bekannt|an",
    "stellte": "klar|fest", "stellt": "klar|fest", "hob": "hervor", "hebt": "hervor", "wies": "hin|zurück",
    "weist": "hin|zurück", "ließ": "wissen|verlauten", "lässt": "wissen|verlauten", "warf": "vor", "wirft": "vor", "warfen": "vor", "werfen": "vor",
    "räumte": "ein", "räumt": "ein", "schlug": "vor", "schlugen": "vor", "ging": "davon aus|aus|hervor",
    "gingen": "davon aus|aus|hervor", "geht": "davon aus|aus|hervor", "gehen": "davon aus|aus|hervor", "beschloss": "", "beschlossen": "",
    "entschied": "", "entschieden": "",
    # "kündigen" alone is to cancel or dismiss ("kündigte den Vertrag"); only "kündigte … an" announces
    "kündigte": "an", "kündigt": "an", "kündigten": "an", "kündigen": "an", "bat": "", "baten": "", "bot": "an", "boten": "an", "bietet": "an", "bieten": "an", "fügte": "hinzu|an", "fügt": "hinzu|an", "befand": "", "befindet": "", "führte": "aus", "führt": "aus", "führten": "aus",
    # "machte deutlich, dass …" reports; "machte Urlaub" does not
    "stellten": "klar|fest", "schlägt": "vor",
    # "nahm an, dass …" (to assume) and "legte dar" (to explain) report; "nahm teil", "legte ab" do not
    "nehmen": "an", "nimmt": "an", "nahm": "an", "nahmen": "an", "legte": "dar", "legt": "dar", "legten": "dar",
    "machte": "klar|deutlich", "machten": "klar|deutlich", "macht": "klar|deutlich",
}
_ALWAYS_BLOCKED = frozenset({"gekündigt", "führen", "führe", "geführt", "führet", "befand", "befindet", "meinen", "meine", "meinet", "teilen", "teile"})  # "befand sich", "meinen" = my (plural)

# Separable particle verbs written as one word: "wie X mitteilte", "hat angekündigt", "vorzuwerfen".
_SEPARATED = {  # particle -> verb stems that report speech with it ("mitteilen", not "vorstellen")
    "mit": "teil", "an": "kündig|geb|gab|gegeben|biet|bot|geboten", "auf": "forder|ruf|rief|gerufen", "ein": "räum",
    "zu": "geb|gab|gegeben|sag", "bekannt": "geb|gab|gegeben", "hinzu": "füg", "klar": "stell", "fest": "stell",
    "aus": "führ", "hin": "weis|wies|gewiesen", "zurück": "weis|wies|gewiesen", "vor": "werf|wirf|warf|worfen|schlag|schlug|geschlagen",
    "hervor": "heb|hob|gehoben|geh|ging|gegangen",
}
# _verb_openings below lists the words of every alternative of _VERB: a new alternative must go there too.
_PARTICLE_VERB = "|".join(rf"\b{p}(?:zu|ge)?(?:{stems})(?:e|t|te|ten|en|et|st|ge|gt)?\b" for p, stems in _SEPARATED.items())
_VERB = re.compile(
    rf"\b(?:ge)?(?:{'|'.join(_WEAK)}){_WEAK_ENDINGS}\b|\b(?:{'|'.join(_STRONG)})\b|\bkündigte\b|\bkündigt\b|"
    rf"{_PARTICLE_VERB}|"
    # Passive reports without an agent: "Am Montag wurde bekannt, dass …", "wie bekannt wurde"
    r"\b(?:wurde|wird|ist|war)\s+(?:(?:inzwischen|nun|jetzt|dann|auch|zudem|außerdem|erst|bereits|heute|gestern|"
    r"weiter|später|schließlich)\s+){0,3}bekannt(?:gegeben|geworden)?\b|\bbekannt\s+(?:geworden|wurde)\b|\bverlautete\b|\bverlautet\b",
    re.IGNORECASE,
)
_ENDINGS = ("e", "t", "te", "ten", "tet", "en", "et", "ete", "eten", "st", "n")  # the parts of _WEAK_ENDINGS
_PARTICLE_ENDINGS = ("e", "t", "te", "ten", "en", "et", "st", "ge", "gt", "")


def _verb_openings() -> frozenset[str]:
    """The first three letters of every word _VERB can match: words opening otherwise need no regex run."""
    words = [pre + stem + end for stem in _WEAK for pre in ("", "ge") for end in _ENDINGS]
    words += [*_STRONG, "kündigte", "kündigt", "wurde", "wird", "ist", "war", "bekannt", "verlautete"]
    words += [p + mid + stem + end for p, stems in _SEPARATED.items() for mid in ("zu", "ge", "")
              for stem in stems.split("|") for end in _PARTICLE_ENDINGS]
    return frozenset(w[:3] for w in words)


_OPENINGS = _verb_openings()
# A word's first three characters; group 1 when they are plain letters, the only openings the filter judges
# (any other word, "İst" or "3D-", is left to the regex).
_WORD_START = re.compile(r"(?<!\w)(?:([a-zA-ZäöüÄÖÜß]{3})|\w{3})")


def _verb_matches(sentence: str) -> list[re.Match]:
    """_VERB.finditer(sentence), trying the regex only at word starts whose opening a cue verb can have.

    Every alternative of _VERB starts at a word start with three letters, so the other positions
    cannot start a match; trying the rest in order, past the last match, is what finditer does.
    """
    found: list[re.Match] = []
    end = 0
    for w in _WORD_START.finditer(sentence):
        start = w.start()
        if start < end:
            continue
        plain = w.group(1)
        if plain is not None and plain.lower() not in _OPENINGS:
            continue
        m = _VERB.match(sentence, start)
        if m:
            found.append(m)
            end = m.end()
    return found


# Non-verbal cues: "…, so Trump." / "laut Trump" / "Trump zufolge" / "nach Angaben von".
SO_CUE = re.compile(r"(?:,|–|-|(?<=[.!?][“”\"»«]))\s*(so)\s+(?=[A-ZÄÖÜ]|[a-zäöü]{1,5}-[A-ZÄÖÜ]|der\b|die\b|das\b|ein|er\b|sie\b)")


def trailing_so(text: str) -> re.Match | None:
    """A ", so X." closing the sentence (at most a few words after "so"): X is the speaker of all before it."""
    m = SO_CUE.search(text)
    return m if m and len(text[m.end(1):].split()) <= 8 and not re.search(r"[,;:]\s+\S+\s+\S", text[m.end(1):]) else None


# "nach" + a noun of saying or knowing names a source: "nach Angaben der Polizei", "Nach Polizeiangaben".
_SOURCE_NOUNS = (r"[\w-]*(?:[Aa]ngaben|[Ii]nformationen|[Bb]erichten|[Aa]ussagen?|[Ss]chätzung(?:en)?|[Ee]rkenntnissen|"
                 r"[Mm]itteilung(?:en)?|[Uu]mfragen?|[Pp]rognosen?|[Rr]echerchen|[Bb]erechnung(?:en)?|[Dd]arstellung|"
                 r"[Ee]inschätzung|[Aa]nsicht|[Mm]einung|[Aa]uffassung|[Ww]orten|[Üü]berzeugung|[Aa]uskunft|"
                 r"[Ee]rmittlungen|[Dd]aten|[Zz]ahlen|[Qq]uellen|[Vv]orstellung(?:en)?|[Bb]ericht|[Ss]tudie|"
                 r"[Uu]ntersuchung|[Gg]utachten|[Dd]okument(?:en)?|[Vv]eröffentlichung|[Mm]eldung(?:en)?|"
                 r"[Ee]rkenntnisstand|[Pp]rotokoll|[Ss]childerung(?:en)?|[Aa]ngabe|[Ss]tellungnahme|[Nn]achrichten?|"
                 r"[Ee]rklärung|[Ss]prechers?|[Ss]precherin|[Pp]lanung(?:en)?|[Ee]rfahrung(?:en)?|[Aa]nalysen?|[Hh]inweis(?:en)?|"
                 r"[Qq]uellenlage|[Bb]eobachtung(?:en)?|[Ee]rgebnissen|[Aa]uswertung(?:en)?|[Ss]tatistik(?:en)?|[Vv]erfassung|"
                 r"[Ee]rkenntnis|[Ee]rhebung(?:en)?|[Hh]ochrechnung(?:en)?|[Vv]ermutung(?:en)?|[Gg]erüchten|[Ee]rgebnis(?:sen)?|[Bb]ekunden|"
                 r"[Mm]edien|[Vv]orhersagen?|[Pp]lan|[Pp]länen|[\w-]*[Gg]esetz(?:es|entwurf|esentwurf)?|[Ww]unsch|[Ss]tand)")
LAUT_CUE = re.compile(rf"\b((?:laut|Laut)(?=\s+[\w„\"“])|zufolge\b|(?:gemäß|Gemäß)(?=\s)|(?:[Nn]ach|[Uu]nter Berufung auf)(?=\s+(?:(?:den|dem|der|des|einem|"
                      rf"eine[mr]|seine[mnr]?|ihre[mnr]?|deren|dessen|[a-zäöü]\w*(?:en|em|er)|[A-ZÄÖÜ]\w+s)\s+){{0,3}}{_SOURCE_NOUNS}\b)|"
                      rf"(?:Meinung|Ansicht|Auffassung|Einschätzung|Überzeugung|Vernehmen|Darstellung|Worten|Aussage|"
                      rf"Angaben)\s+nach\b|[Dd]emnach|[Ww]onach|^Danach(?=\s)|"
                      # a relative pronoun standing for the source: "Gerüchte, nach denen …", "ein Gutachten, laut welchem …"
                      rf"(?<=,\s)(?:nach|laut|gemäß)(?=\s+(?:denen|welche[mnr])\s))")
# Words that mark reported speech (Konjunktiv I/II) in an indirect quote.
KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|seiest|habe|hätte|hätten|werde|würde|würden|wäre|wären|könne|könnte|könnten|müsse|müsste|"
    r"müssten|solle|sollte|sollten|wolle|wollte|dürfe|dürfte|möge|gebe|gäbe|gehe|stehe|komme|liege|brauche|hoffe|"
    r"wisse|bleibe|lasse|halte|sehe|gelte|trage|plane|arbeite|erwarte|führe|mache|nehme|verfüge|handle|handele|befinde|"
    r"unterstütze|lehne|begrüße|glaube|fordere|bedeute|zeige|diene|fehle|treffe|spiele|setze|gewinne|verliere|"
    r"bestehe|gehöre|läge|gäbe|ginge|stünde|bekäme|kenne|wolle|rechne|suche|biete|reiche|sitze|wachse)\b"
)
CLAUSE_OPENER = re.compile(r"^\s*(?:dass|daß|ob|wie|warum|weshalb|wann|wo|wer|was|man|er|sie|es|die|der|das|"
                           r"sein|ihr|diese|dieser|dieses|dies|damit|denn|auch|nicht|keine|ein|eine|in|im|um|zu)\b",
                           re.IGNORECASE)
PRONOUN = re.compile(r"\b(er|sie|Er|Sie)\b")


_THREAT = re.compile(r"[^.;:,]{0,80}?\b(?:da)?mit\b|\s*(?:er|sie|man)?\s*[,:]")


def verb_cues(sentence: str) -> list[tuple[int, int]]:
    """Spans of reporting verbs in one sentence (relative offsets)."""
    found = []
    for m in _verb_matches(sentence):
        word = m.group().lower()
        if word in _ALWAYS_BLOCKED or m.group()[0].isupper() and m.start() > 0 and word not in ("sagte",):
            continue  # capitalised mid-sentence: a noun ("Sagte" is fine only at the start)
        if _not_finite(sentence, m.start(), m.end()):
            continue
        if word.startswith(("droh", "gedroh")) and not _THREAT.match(sentence, m.end()):
            continue  # "ihm droht die Todesstrafe" is no speech; "drohte mit Klage" / "drohte er, …" is
        particle = _PARTICLE.get(word)
        if particle is not None:
            clause = sentence[m.end():m.end() + 160]
            if not particle or not re.search(rf"\b(?:{particle})\b(?=\s*(?:[,.;:!?–]|$))", clause) and not (
                    # verb-final with the particle written apart before it: "wie die Polizei bekannt gab,"
                    re.search(rf"\b(?:{particle})\s+$", sentence[max(0, m.start() - 20):m.start()])
                    and re.match(r"\s*(?:[,.;:!?–]|$)", clause)):
                continue
        found.append((m.start(), m.end()))
    return found


# "die von ihm betonte Strategie": a participle used as an adjective inside a noun phrase.
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:die|der|das|den|dem|des|eine[nmrs]?)\s+von\s+[^,.;:„“\"]{1,40}\s$")
# "Dabei ist hervorzuheben, dass …": the author's own modal passive, nobody is reported.
_MODAL_PASSIVE_BEFORE = re.compile(r"\b(?:ist|sind|war|waren|bleibt)\s+(?:\w+\s+){0,2}$")


def _not_finite(sentence: str, start: int, end: int) -> bool:
    """True when a cue word is an attributive participle or an impersonal "ist … zu" infinitive."""
    before = sentence[max(0, start - 60):start]
    if _ATTRIBUTIVE_BEFORE.search(before) and re.match(r"\s+[A-ZÄÖÜ]", sentence[end:end + 3]):
        return True
    return "zu" in sentence[start + 2:end - 2] and bool(_MODAL_PASSIVE_BEFORE.search(before))


# A zu-infinitive complement: "kündigte an, weitere Schritte prüfen zu wollen", "vorzulegen".
ZU_INFINITIVE = re.compile(r"\bzu\s+(?!(?:den|einen|seinen|ihren|diesen|allen|vielen|wenigen|keinen|unseren)\b)"
                           r"(?:[a-zäöü]\w*(?:en|ern|eln)|sein|tun)\b|\b(?:an|auf|aus|ein|mit|vor|zurück|ab|bei|fest|her|hin)zu[a-zäöü]+en\b")


def reads_like_reported(content: str) -> bool:
    """Heuristic: a clause in reported speech (Konjunktiv, 'dass'/'ob' clause, pronoun subject, zu-infinitive)."""
    words = content.split()
    if len(words) < 3:
        return False
    return bool(KONJUNKTIV.search(content) or CLAUSE_OPENER.match(content) or ZU_INFINITIVE.search(content[:200]))

# Konjunktiv I only (not II: "wäre/würde" are common outside reported speech): marks a sentence that
# continues a quote without a new cue ("Außerdem seien wichtige Unterlagen vernichtet worden.").
KONJUNKTIV_I = re.compile(
    r"(?<!\bich )\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|stehe|gehe|komme|liege|"
    r"bestehe|handle|handele|fehle|bleibe|lasse|wisse|brauche|erwarte|plane|arbeite|verfüge|gelte|trage|zeige|gehöre|"
    r"seiest|habest|halte|sehe|nehme|rate|biete|kenne|rechne|setze|spreche|treffe|mache|diene|reiche|sitze|"
    r"bedeute|fordere|lehne|glaube|hoffe|warne|befürchte|begrüße|kritisiere|unterstütze|befinde|bekomme|"
    r"beginne|entstehe|erhalte|finde|folge|führe|hänge|kämpfe|leide|liefere|schaffe|spiele|sorge|steige|"
    r"sinke|stamme|wachse|wirke|ziele|zähle)\b"
)
# Konjunktiv II: also the author's own conditional ("wäre sinnvoll"), so it marks reported speech only in
# the sentence right after a quote ("Diese könnten täglich nur 24 Tonnen transportieren.").
KONJUNKTIV_II = re.compile(r"\b(?:hätte|hätten|wäre|wären|würde|würden|könnte|könnten|müsste|müssten|dürfte|"
                           r"dürften|gäbe|gäben|ließe|ließen|käme|kämen|stünde|stünden|läge|lägen|ginge|gingen)\b")
