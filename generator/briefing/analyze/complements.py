"""Complement clauses of unlisted verbs as reported speech: "X räumte ein, dass …", "X beschloss, … zu …"."""

from __future__ import annotations

import re

from ..model import Quote, Sentence
from .attribution import Context, as_speaker, cue_speaker
from .cues import KONJUNKTIV, KONJUNKTIV_I
from .sentences import stopwords
from .sources import make_quote
from .speakers import PRONOUN_SUBJECT, np_at

# A subordinate clause opening the sentence: its verb is background, not the report ("Obwohl X ankündigte, …").
SUBORDINATE_START = re.compile(r"\s*(?:obwohl|als|nachdem|während|weil|da|wenn|falls|ob|dass|bevor|seit|seitdem|"
                               r"sobald|wo|wie|was|um)\b", re.I)


# A "dass"/"ob" clause after the main clause: "Anonymous bekundete, dass die Daten zugänglich gewesen seien".
_THAT = re.compile(r",\s*(?:dass|daß|ob)\s")
_WORD_RE = re.compile(r"\b[a-zäöüß]+\b")


def that_clause(ctx: Context, sentence: Sentence, s0: int, body: str, end: int) -> Quote | None:
    """The "dass" clause of a main clause whose subject names an actor (or is er/sie), whatever the verb."""
    # Konjunktiv I marks the clause as the subject's reported words or thoughts; an indicative one needs a main
    # clause opened by its named subject (see _indicative_report).
    m = _THAT.search(body, 0, min(end, 250))
    if m is None or SUBORDINATE_START.match(body):
        return None
    konjunktiv = KONJUNKTIV_I.search(body, m.end(), min(end, m.end() + 300))
    verb = next((w for w in _WORD_RE.finditer(body, 0, m.start()) if w.group() not in stopwords()
                 and w.start() > 0), None)  # the finite verb: first lower-case content word (verb-second)
    verb = verb or _OPINION.search(body, 0, m.start())  # "X ist der Meinung, dass …": the copula carries the stance
    if verb is None:
        return None
    speaker = cue_speaker(ctx, s0, s0 + verb.start(), s0 + verb.end(), s0 + m.start())
    if speaker is None or not (speaker[0] or PRONOUN_SUBJECT.fullmatch(speaker[1].of(ctx.text))):
        return None  # only a named actor (or er/sie) reports; "Die Lage zeigt, dass …" is the author's
    if not konjunktiv and not _indicative_report(body, m.start(), verb, speaker[0], speaker[1].start - s0):
        return None
    start = m.start() + 1 + len(body[m.start() + 1:]) - len(body[m.start() + 1:].lstrip())
    return make_quote(sentence, s0, start, end, speaker, verb.span())


# A copula before a noun of opinion: "ist der Ansicht", "sind der gegenteiligen Auffassung" (no content verb).
_OPINION = re.compile(r"\b(?:ist|sind|war|waren)\b(?=[^,]{0,60}\b(?:der|die)\s+(?:\w+\s+)?(?:Meinung|Ansicht|Auffassung|"
                      r"Überzeugung)\s*$)")


# Before an indicative "dass": a result clause ("so schnell, dass", "dadurch, dass") or a pronominal adverb
# of a verb that reports no speech ("setzt sich dafür ein, dass").
_NOT_REPORT_BEFORE = re.compile(r"\b(?:so|dermaßen|derart|solch\w*|dadurch|dafür|daran|darauf|davon|damit|Vorteil|"
                                r"Gesichtspunkt|Grund|Umstand|Tatsache)\b[^,]{0,40}$")


def _indicative_report(body: str, at: int, verb: re.Match, speaker_id: str | None, start: int) -> bool:
    """ "Ryanair hat ausgerechnet, dass …": an indicative "dass" clause is reported only after a main clause opened
    by a named subject (or by one word and the verb before it) whose verb is no adjective."""
    if speaker_id is None or start < 0 or KONJUNKTIV.search(body, 0, at) or _NOT_REPORT_BEFORE.search(body, 0, at):
        return False
    if re.search(r"\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer)\s+$", body[:verb.start()]):
        return False  # "Der stellvertretende Direktor …": an attributive adjective, not the finite verb
    return bool(re.fullmatch(r"\s*(?:[\wäöüÄÖÜß-]+\s+){0,2}", body[:start]))


# The first clause after the main clause, ending in a zu-infinitive: ", in dem Zeitraum das Licht zu reduzieren".
_INFINITIVE = re.compile(r",\s+(?!(?:um|ohne|statt|anstatt|als|die|der|das|den|dem|deren|dessen|welche\w*|wo|was|wie|"
                         r"wenn|weil|da|dass)\b)"
                         r"([^,;:]{3,200}?(?:\bzu\s+[a-zäöü]\w*"
                         r"(?:\s+(?:können|wollen|müssen|sollen|dürfen|haben|sein|werden|lassen))?"
                         r"|\b[a-zäöü]+zu[a-zäöü]+en))\s*(?=[,.;:!?]|$)")
_AUXILIARIES = frozenset("ist war sind waren hat hatte haben hatten".split())  # "Die Regierung ist zuversichtlich, …"


# Verbs and adjectives of deciding, promising and urging that take a zu-infinitive; most verbs that do ("es gelang
# ihm, …", "hat gute Chancen, …") report nothing.
_INTENT = re.compile(r"\b(?:beschloss\w*|beschlossen|beschließ\w*|entschied\w*|entscheidet|vereinbar\w*|versprochen|"
                     r"versprach\w*|versprich\w*|zugesagt|sagt\w* zu|zusagen|drängt\w*|beauftragt\w*|bat|baten|gebeten|"
                     r"überlegt\w*|erwägt|erwog\w*|plant\w*|geplant|beabsichtig\w*|zuversichtlich|bereit|entschlossen|"
                     r"geeinigt|einigten|angeboten|aufgerufen|ermahnt\w*|gemahnt|verpflichtet\w*)\b")


# A passive main clause of deciding or advising that ends right before the infinitive: "wurde beschlossen,",
# "wurde den Bürgern geraten,".
_PASSIVE_INTENT = re.compile(r"\b(?:wurde|wurden|wird|werden|ist|war)\s+(?:[^,;:]{0,80}\s)?(beschlossen|vereinbart|"
                             r"geraten|empfohlen|angeordnet|entschieden|vorgeschlagen|gefordert)\s*$")


def infinitive_clause(ctx: Context, sentence: Sentence, s0: int, body: str, end: int) -> Quote | None:
    """The zu-infinitive clause after a main clause of deciding or promising: "Die Bahn beschloss, … zu dimmen"."""
    # The clause is the subject's announced intention or demand; the subject must open the main clause.
    m = _INFINITIVE.search(body, 0, end)
    if m is None or SUBORDINATE_START.match(body) or "," in body[:m.start()] \
            or KONJUNKTIV.search(body, 0, m.start()) \
            or not (_INTENT.search(body, 0, m.start()) or _PASSIVE_INTENT.search(body, 0, m.start())):
        return None
    passive = _PASSIVE_INTENT.search(body, 0, m.start())
    if passive:  # "Darüber hinaus wurde beschlossen, eine Delegation zu entsenden": a decision nobody is named for
        return make_quote(sentence, s0, m.start(1), end, None, passive.span(1))
    np = np_at(body, 0)
    if np is None or not re.match(r"\s+[a-zäöü]", body[np[1]:]):
        pronoun = PRONOUN_SUBJECT.match(body)
        np = pronoun.span() if pronoun else None
    if np is None:
        return None
    verb = re.match(r"\s+([a-zäöüß]+)", body[np[1]:])
    if verb is None or verb.group(1) in stopwords() and verb.group(1) not in _AUXILIARIES:
        return None  # the subject must be followed by its finite verb
    speaker = as_speaker(ctx, s0 + np[0], s0 + np[1])
    cue = (np[1] + verb.start(1), np[1] + verb.end(1))
    return make_quote(sentence, s0, m.start(1), end, speaker, cue)
