"""Speaker noun phrases around a reporting cue, found from German word order (no parser).

Main clauses are verb-second: exactly one constituent precedes the finite verb. When that
constituent is the subject ("Die Polizei teilte mit") the speaker stands before the verb; when it
is an adverbial ("Nach der Sitzung sagte der Minister", "Weiter erklärte sie") the subject follows
the finite verb. Subordinate clauses ("wie der Verband mitteilte") put the subject right after the
conjunction. All functions return spans relative to the window they are given.
"""

from __future__ import annotations

import re

# Determiners that open a nominative (or at least subject-capable) noun phrase.
_DET = r"(?i:der|die|das|ein|eine|dessen|deren|sein|seine|ihr|ihre|unser|unsere|mehrere|viele|einige|andere|alle|beide|zwei|drei)"
# Any determiner, for phrases after "laut", "nach Angaben", before "zufolge" (dative/genitive too).
_ANY_DET = r"(?i:der|die|das|dem|den|des|ein|eine|einem|einer|eines|einen|dessen|deren|seinem|seiner|seinen|ihrem|ihrer|ihren)"
_ADJ = r"(?:[a-zäöüß][\w-]*(?:e|en|er|es|sten|ten)\s+)"  # inflected attributive adjective
_DOMAIN = r"[a-z][\w-]*\.(?:de|com|net|org|at|ch|eu|info)\b"  # web sources are written lower-case: "laut faz.net"
# A capitalised word ("CDU/CSU-Fraktion" too) or a quoted name.
# Lower-case prefixes before a capitalised part ("ai-Bericht") and age nouns ("der 81-Jährige", "der 81-jährige").
_PREFIXED = r"[a-zäöü]{1,5}-[A-ZÄÖÜ][\w-]*|\d{1,3}-[Jj]ährige[nr]?"
_WORD = rf"(?:[A-ZÄÖÜ][\w.&'-]*(?:/[A-ZÄÖÜ][\w.&'-]*)?[\w.]|[A-ZÄÖÜ]|„[^“„\n]{{1,60}}“|\"[^\"\n]{{1,60}}\"|{_DOMAIN}|{_PREFIXED})"
# Name particles: "Heike van Laak", "Karl-Theodor zu Guttenberg", "Mohammed el-Baradei".
_NAMEPART = rf"(?:\s+(?:von\s+|van\s+|de\s+|zu\s+|(?:al|el|as|ad|ar|bin|ibn|abu)-)?{_WORD}|\s+(?:al|el|as|ad|ar|abu)-[\wäöü]+)"
_HEAD = rf"{_ADJ}{{0,3}}(?:{_WORD}|(?:al|el|as|ad|ar|abu)-[\wäöü]+){_NAMEPART}{{0,4}}"  # "New Yorks Bürgermeister Michael Bloomberg"
_GEN = rf"(?:\s+(?:des|der|von|vom|für|beim|im|aus|in)\s+(?:(?:des|der|dem|den|einer|eines)\s+)?{_HEAD})"
_PAREN = r"(?:\s*\([^()\n]{1,40}\))"
_APPOS = rf"(?:,\s+(?:{_DET}\s+)?{_HEAD}{_GEN}{{0,2}}{_PAREN}?(?=\s*(?:,|$)))"  # "Die Sprecherin, Heike van Laak,"
NP = re.compile(rf"(?:{_DET}\s+)?{_HEAD}{_GEN}{{0,2}}{_PAREN}?{_APPOS}?")
NP_OBLIQUE = re.compile(rf"(?:{_ANY_DET}\s+)?{_HEAD}{_GEN}{{0,2}}{_PAREN}?")
PRONOUN_SUBJECT = re.compile(r"(?:er|sie|Er|Sie)\b")
# Finite auxiliaries / modals: with "hat … gesagt" the verb-second slot is the auxiliary.
_AUX = re.compile(r"\b(?:hat|hatte|habe|haben|hatten|ist|war|sind|waren|wurde|wurden|will|wollte|wollten|"
                  r"soll|sollte|kann|konnte|konnten|muss|musste|mussten|wird|werden|ließ|ließen)\b")
# Words allowed between a fronted verb and its subject ("sagte dazu der Sprecher", "äußerte sich jedoch").
_MIDFIELD = re.compile(r"(?:\s+(?:sich|dazu|jedoch|aber|auch|dabei|daraufhin|zudem|außerdem|weiter|nun|jetzt|"
                       r"heute|gestern|bereits|erneut|damals|noch|dann|später|zuletzt|ebenfalls|allerdings|"
                       r"dagegen|hingegen|darüber|daher|deshalb|zwar|schon|wiederum|selbst|"
                       r"offenbar|inzwischen|mittlerweile|zunächst|schließlich|indes|indessen|ferner|"
                       r"am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Abend|Morgen)))*\s*")
# Subordinating conjunctions / relative words after which the subject comes first.
_SUBORDINATE = re.compile(r"^\s*(?:wie|als|nachdem|während|weil|da|wenn|ob|dass|daß|obwohl|sodass|so\s+dass|"
                          r"indem|bevor|sobald|seit|seitdem|obgleich|zumal|wobei|falls)\s+", re.I)
# "als"/"wie" also open a prefield phrase ("Als Begründung nannte die NASA"); they are conjunctions only
# when the clause is verb-final: nothing but auxiliaries may follow the reporting verb.
VERB_FINAL = re.compile(r"(?:\s+(?:hat|hatte|habe|haben|hatten|ist|war|sind|waren|wurde|wurden|wird|werden|worden|"
                        r"sei|seien|soll|sollte|will|wollte|kann|konnte|muss|musste|hätte|habe))*\s*(?:[,.;:!?–)(\"“”„]|$)")
_PASSIVE_AUX = ("wurde", "wurden", "wird", "werden")
# The agent of a passive: "wurde von X kritisiert", or fronted: "Von X wurde … kritisiert".
_AGENT = re.compile(r"\b(?:von|vom)\s+")
_FRONTED_AGENT = re.compile(r"\s*(?:Von|Vom|von|vom)\s+")
_COORD = re.compile(r"^\s*(?:und|aber|doch|sondern|denn|oder|so)\s+", re.I)
# Words that may be capitalised at a clause start but never head a speaker phrase.
_NOT_HEAD = frozenset(
    "nach in im am an auf aus bei beim mit von vom vor zu zum zur für gegen gegenüber über unter während seit "
    "wegen laut trotz durch ohne um bis ab dazu dabei daher darauf danach damit dann doch so auch noch nun "
    "weiter zudem außerdem jedoch aber und oder denn sondern wie als wenn ob dass es man was wer wo hier "
    "dort heute gestern morgen bereits schon dies diese dieser dieses das der die den dem des ein eine einem "
    "einer eines einen sich ich wir ihr sie er ihm ihn ihnen uns euch mir mich dir dich kein keine nicht "
    "zuvor später damals zuletzt demnach zufolge ebenfalls allerdings dagegen hingegen schließlich zunächst "
    "inzwischen offenbar gleichzeitig zugleich insgesamt jetzt immer nie zwar erst sogar vielmehr unterdessen "
    "bislang bisher insbesondere indem sinngemäß ebenso trotzdem dennoch stattdessen daraufhin anschließend "
    "derzeit künftig weiterhin erneut kürzlich vorher zuerst überdies jedenfalls immerhin ausdrücklich "
    "gemeinsam einst seither seitdem deswegen folglich somit ebenfalls "
    # prepositions, pronominal adverbs and adverbs opening a fronted adverbial ("Bezüglich des Ortes meldet X")
    "bezüglich hinsichtlich außer hierzu hierbei hierfür hiermit angesichts aufgrund infolge innerhalb außerhalb "
    "anlässlich zwecks entgegen gemäß dank statt anstatt mittels neben hinter zwischen jenseits seitens binnen "
    "ungeachtet dafür davon darin darüber darunter deshalb offiziell inoffiziell".split()
)

# Temporal nouns heading an adverbial, never a speaker: "hatte Anfang Juli berichtet".
_TIME = frozenset(
    "anfang ende mitte beginn montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz "
    "april mai juni juli august september oktober november dezember woche wochen jahr jahres tag tage tages "
    "abend morgen nacht monat monate vormittag nachmittag wochenende".split()
)


def _first_word(text: str) -> str:
    """Lower-cased first word (quotes stripped), '' for none."""
    m = re.search(r"[\wäöüÄÖÜß-]+", text)
    return m.group().lower() if m else ""


def _trim(window: str, m: re.Match) -> tuple[int, int]:
    """Match offsets without surrounding whitespace and trailing commas."""
    text = m.group()
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip(" ,"))
    if re.search(r"[a-zäöüß]{3}\.$", text[:right]):
        right -= 1  # a sentence's full stop, not an abbreviation ("Dr.", "U.S.")
    return m.start() + left, m.start() + right


_SPACES = re.compile(r"\s*")  # \s is what str.lstrip() strips
_NP_WORD = re.compile(r"[\wäöüÄÖÜß-]+")
_DOMAIN_RE = re.compile(_DOMAIN)
_PREFIXED_RE = re.compile(_PREFIXED)
_OPENS_DET = re.compile(_DET + r"\b")
_OPENS_ANY_DET = re.compile(_ANY_DET + r"\b")
_ADVERB_END = re.compile(r"(?:end|weise|lich|mals|dessen|falls|gemäß|..lang)$")
_NOT_HEAD_OR_TIME = _NOT_HEAD | _TIME


def np_at(window: str, pos: int = 0, oblique: bool = False) -> tuple[int, int] | None:
    """A speaker-like noun phrase starting at `pos` (after spaces), or None."""
    # the spaces by regex, not window[pos:].lstrip(): that copied the rest of a long window twice per call
    start = (_SPACES.match(window, pos).end() if 0 <= pos < len(window)
             else pos + len(window[pos:]) - len(window[pos:].lstrip()))
    m = (NP_OBLIQUE if oblique else NP).match(window, start)
    if not m or not m.group().strip():
        return _participial_np(window, start, oblique)
    words = _NP_WORD.findall(m.group())
    heads = [w for w in words if w[0].isupper() or w.startswith(("al-", "el-")) or _PREFIXED_RE.fullmatch(w)]
    if "„" not in m.group() and not _DOMAIN_RE.search(m.group()) and (not heads or all(w.lower() in _NOT_HEAD_OR_TIME for w in heads)):
        return None
    if _first_word(m.group()) in _NOT_HEAD and not (_OPENS_ANY_DET if oblique else _OPENS_DET).match(m.group().strip()):
        return None
    if len(words) == 1 and _ADVERB_END.search(words[0]):
        return None  # adverbs fronted at a clause start: "Relativierend fügt Gall hinzu"
    return _trim(window, m)


# A determiner, then a participle phrase before the noun: "die in Berlin geborene Sängerin", "die zur Universität
# gehörende Hoover Institution", "der seit Jahren amtierende Bürgermeister".
_PARTICIPIAL = re.compile(rf"{_ANY_DET}\s+(?:[^\s,;:.!?„“\"()]+\s+){{1,5}}?[a-zäöü]\w*(?:end|en|t)e[nrs]?\s+(?=[A-ZÄÖÜ])")


def _participial_np(window: str, start: int, oblique: bool) -> tuple[int, int] | None:
    """A noun phrase whose determiner and noun are split by a participle phrase, or None."""
    m = _PARTICIPIAL.match(window, start)
    if m is None or not (_OPENS_ANY_DET if oblique else _OPENS_DET).match(window, start):
        return None
    head = np_at(window, m.end(), oblique)
    return (start, head[1]) if head and head[0] == m.end() else None


def subject_after(window: str) -> tuple[int, int] | None:
    """Subject right after a fronted finite verb: a pronoun or a noun phrase (skipping adverbs)."""
    skip = _MIDFIELD.match(window)
    pos = skip.end() if skip else 0
    pronoun = PRONOUN_SUBJECT.match(window, pos)
    if pronoun:
        return pronoun.start(), pronoun.end()
    return np_at(window, pos)


_COORDINATED = re.compile(r"\s*(?:(?i:sowohl)\s+)?(.+?)\s+(?:und|sowie|als\s+auch)\s+(.+)")


def _is_prefield_subject(prefield: str) -> tuple[int, int] | None:
    """The whole prefield as one noun phrase (then it is the subject), else None."""
    stripped = prefield.rstrip()
    found = np_at(stripped)
    if found and found[1] >= len(stripped) - 1:
        return found
    # "SPD und PDS haben …", "Sowohl die Behörde als auch das Militär kündigten …": coordinated subjects
    pair = _COORDINATED.fullmatch(stripped)
    if pair and all((np := np_at(part)) and np[1] >= len(part) - 1 for part in pair.groups()):
        return len(stripped) - len(stripped.lstrip()), len(stripped)
    pronoun = re.fullmatch(r"\s*(er|sie|Er|Sie|Dieser|Diese|Letzterer|Letztere)\s*", stripped)
    if pronoun:
        return pronoun.start(1), pronoun.end(1)
    return None


def subject_of(window: str, verb_start: int, verb_end: int) -> tuple[int, int] | None:
    """Subject of the clause whose reporting verb is window[verb_start:verb_end]; window starts at the clause."""
    field = window[:verb_start]
    coord = _COORD.match(field)
    offset = coord.end() if coord else 0
    sub = _SUBORDINATE.match(field, offset) if offset else _SUBORDINATE.match(field)
    if sub and sub.group().strip().lower() in ("als", "wie") and not VERB_FINAL.match(window, verb_end):
        sub = None  # "Als Antwort sagte ein Sprecher": "als" heads a prefield phrase, the subject follows the verb
    if sub:  # verb-final clause: "wie der Verband am Montag mitteilte"
        found = np_at(field, sub.end()) or _pronoun_in(field, sub.end())
        return found
    aux = _AUX.search(field, offset)
    if aux and aux.group() in _PASSIVE_AUX:  # passive: the agent is "von X", after the verb or fronted
        agent = _AGENT.search(field, aux.end()) or _FRONTED_AGENT.match(field, offset)
        found = np_at(field, agent.end(), oblique=True) if agent else None
        if found:
            return found
    finite_start, finite_end = (aux.start(), aux.end()) if aux else (verb_start, verb_end)
    prefield = field[offset:finite_start]
    # "X dankte … und ergänzte": subject opens the clause (not "Die Bürgerinnen und Bürger forderte er auf")
    if re.search(r"\b(?:und|sowie)\s+(?:[a-zäöüß]\w*\s+)?$", field):
        return np_at(field, offset) or _pronoun_at_start(field, offset)
    if not prefield.strip():  # ", sagte der Minister" / "Sagte er"
        return _shift(subject_after(window[finite_end:]), finite_end)
    pronoun = PRONOUN_SUBJECT.match(window, finite_end + 1) if window[finite_end:finite_end + 1] == " " else None
    if pronoun:  # "Die Arbeit … lobte er": a pronoun right after the verb is the subject
        return pronoun.start(), pronoun.end()
    focus = _FOCUS_PARTICLE.match(prefield)  # "Auch die Ministerin X (SPD) äußerte …": the particle is no part of it
    own = _is_prefield_subject(prefield[focus.end():]) if focus else _is_prefield_subject(prefield)
    if own:
        shift = offset + (focus.end() if focus else 0)
        return own[0] + shift, own[1] + shift
    after = _shift(subject_after(window[finite_end:]), finite_end)
    if after:
        return after
    return _last_np(prefield, offset)


_FOCUS_PARTICLE = re.compile(r"\s*(?:Auch|Selbst|Sogar|Nur|Gerade|Besonders|Vor allem)\s+(?=[A-ZÄÖÜ„]|(?i:der|die|das|ein|eine)\s)")


def _pronoun_at_start(field: str, pos: int) -> tuple[int, int] | None:
    """A subject pronoun opening the clause at `pos`."""
    m = re.compile(r"\s*(er|sie|Er|Sie)\b").match(field, pos)
    return (m.start(1), m.end(1)) if m else None


def _pronoun_in(field: str, pos: int) -> tuple[int, int] | None:
    """First subject pronoun from `pos` on."""
    m = re.compile(r"\b(er|sie|Er|Sie)\b").search(field, pos)
    return (m.start(1), m.end(1)) if m else None


def _shift(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    """Span moved right by `by` characters."""
    return (span[0] + by, span[1] + by) if span else None


def _last_np(field: str, offset: int) -> tuple[int, int] | None:
    """The last noun phrase in a prefield that is no subject by itself (a fallback)."""
    best = None
    for m in re.finditer(r"(?<![\w„-])(?=[A-ZÄÖÜ„])", field):
        if m.start() < offset or best and m.start() < best[1]:
            continue  # inside the phrase already found
        found = np_at(field, m.start())
        if found:
            best = found
    return best


def source_after(window: str) -> tuple[int, int] | None:
    """The source named after "laut" / "nach Angaben": "laut einem Bericht des Spiegel"."""
    return np_at(window, 0, oblique=True)


def source_before(window: str) -> tuple[int, int] | None:
    """The source before "zufolge": the last noun phrase that ends where the window ends."""
    stripped = window.rstrip()
    for m in re.finditer(r"(?<![\w„-])(?=[\wÄÖÜ„])", stripped):
        found = np_at(stripped, m.start(), oblique=True)
        if found and found[1] >= len(stripped) - 1:
            return found
    return None


def apposition(segment: str) -> tuple[int, int] | None:
    """A clause segment that is only a noun phrase (an apposition subject before a comma), else None."""
    return _is_prefield_subject(segment) if segment.strip() else None


def passive_without_agent(field: str, verb: str, after: str = "") -> bool:
    """True for "X wurde vorgeworfen, …" / "Die Männer werden beschuldigt": a passive cue with no "von" agent."""
    if re.match(r"\s+worden\b", after) and re.search(r"\b(?:ist|sind|war|waren)\b", field) \
            and not _AGENT.search(field):
        return True  # "1997 war auf einer Konferenz vorgeschlagen worden, …": the perfect passive
    if verb.lower() in ("zitiert", "wiedergegeben"):
        return False  # "wird X zitiert": the subject is the one quoted
    participle = verb.endswith("t") or bool(re.fullmatch(r"\w{0,7}ge\w+en", verb))  # not "wird erklären" (future)
    clause = re.split(r"[,;:–]", field)[-1]
    aux = re.search(rf"\b(?:{'|'.join(_PASSIVE_AUX)})\b", clause)
    fronted_agent = _FRONTED_AGENT.match(clause, 0, aux.start()) if aux else None  # "Von X wurde …"
    return participle and aux is not None and not fronted_agent and not _AGENT.search(clause, aux.end())
