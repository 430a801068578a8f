"""Speaker lookups shared by direct and indirect quotes: the subject of a cue, appositions, pronoun antecedents."""

from __future__ import annotations

import bisect
import itertools
import re

from ..model import ActorKind, Mention, Quote, Sentence, Span
from .cues import PRONOUN
from .pronouns import antecedent
from .speakers import VERB_FINAL, apposition, np_at, passive_without_agent, source_before, subject_after, subject_of

KIND_RANK = {ActorKind.PERSON: 0, ActorKind.ORGANISATION: 1, ActorKind.LAND: 2}


class Spans:
    """Spans sorted by start, for "is this inside / next to one of them" without scanning them all."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [s.start for s in self.spans]
        self.reach = list(itertools.accumulate((s.end for s in self.spans), max))  # furthest end so far

    def cover(self, span: Span) -> bool:
        """True if one of the spans contains `span`."""
        i = bisect.bisect_right(self.starts, span.start) - 1
        return i >= 0 and self.reach[i] >= span.end

    def near(self, span: Span) -> list[Span]:
        """The spans that overlap `span` (for spans that do not overlap each other, like direct quotes)."""
        lo = bisect.bisect_right(self.reach, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        return self.spans[lo:hi]


class Context:
    """Read-only lookups shared by the helpers of one find_quotes call."""

    def __init__(self, text, sentences, mentions, actors):
        self.text = text
        self.sentences = sentences
        self.starts = [s.span.start for s in sentences]
        self.mentions = sorted(mentions, key=lambda m: m.span)
        self.mention_starts = [m.span.start for m in self.mentions]
        self.kinds = {a.id: a.kind for a in actors}
        self.actors = {a.id: a for a in actors}

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence containing (or nearest before) `pos`."""
        return self.sentences[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions of speaking actors (person, organisation, country) inside [start, end)."""
        i = bisect.bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            m = self.mentions[i]
            if m.span.end <= end and self.kinds.get(m.actor_id) in KIND_RANK:
                out.append(m)
            i += 1
        return out


# "heißt es in dem Bericht" / "hieß es vom Sprecher Mark Toner": with the impersonal "es" the place or
# person after the preposition is the source.
_IMPERSONAL_PP = re.compile(r"\s*es\s+(?:(?:auch|zudem|weiter|dazu|nun|jetzt|außerdem|ferner|darin|dort|"
                            r"wörtlich|ausdrücklich)\s+)*((?i:in|im|auf|bei|beim|vom|von|aus|seitens)\s+)")


def impersonal_source(ctx: Context, start: int, window: str) -> tuple[str | None, Span] | None:
    """The source phrase after an impersonal "es" ("heißt es in einer Erklärung der Regierung")."""
    m = _IMPERSONAL_PP.match(window)
    if m is None:
        return None
    found = np_at(window, m.end(1), oblique=True)
    if found is None:  # lower-case attributes ("einer gestern verbreiteten Erklärung"): up to the clause end
        stop = re.search(r"[,.;:!?(–]|$", window[m.end(1):m.end(1) + 80])
        found = (m.end(1), m.end(1) + stop.start()) if stop.start() > 2 else None
    return as_speaker(ctx, start + m.start(1), start + found[1]) if found else None


def subject_speaker(ctx: Context, start: int, window: str) -> tuple[str | None, Span] | None:
    """Speaker from the subject right after an inverted cue."""
    source = impersonal_source(ctx, start, window[:200])
    if source:
        return source
    found = subject_after(window[:200])
    return as_speaker(ctx, start + found[0], start + found[1]) if found else None


_DETERMINER = re.compile(r"(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s")
_BOUNDARY = re.compile(r"[,;:–(]|[“”\"»«](?=\s*[,–]?\s*[a-zäöü])")


def _clause_cut(head: str, m: re.Match) -> bool:
    """Whether a boundary in the text before a cue opens the cue's clause: not a comma inside a closed parenthesis
    ("Schimon Peres (Awoda, dt. Arbeiterpartei) bekräftigt"), not a closing mark far from the verb
    ("nannte … das „faschistische Regime“ in Tripolis und rief")."""
    mark = m.group()
    if mark == ",":
        opened = head.rfind("(", 0, m.start())
        return not (opened > head.rfind(")", 0, m.start()) and ")" in head[m.end():])
    if mark in "“”\"»«":
        return len(head[m.end():].split()) <= 2
    return mark != "(" or ")" not in head[m.end():]


def cue_speaker(ctx: Context, lo: int, cs: int, ce: int, hi: int) -> tuple[str | None, Span] | None:
    """Speaker of the reporting verb at [cs, ce): the subject of its clause, looking past appositions."""
    head_start = max(lo, cs - 300)  # bounded look-back keeps long sentences linear
    head = ctx.text[head_start:cs]
    cuts = [head_start + m.end() for m in _BOUNDARY.finditer(head) if _clause_cut(head, m)]
    start = cuts[-1] if cuts else head_start
    impersonal = re.match(r"(?:heißt|hieß)$", ctx.text[cs:ce]) and re.match(r"\s+es\b", ctx.text[ce:ce + 4])
    if impersonal or passive_without_agent(ctx.text[head_start:cs], ctx.text[cs:ce], ctx.text[ce:ce + 8]):
        # "Klien wurde vorgeworfen, …" names no speaker (the subject is the accused); "In einer Erklärung wurde
        # verkündet" / "Nun heißt es im Bericht" name the document that speaks.
        found = (impersonal_source(ctx, ce, ctx.text[ce:min(hi, ce + 200)]) if impersonal else None) \
            or document_source(ctx, start, min(hi, ce + 120)) or document_source(ctx, head_start, start)
        if found or not impersonal:
            return found
    relative = relative_speaker(ctx, lo, start, cs, ce)
    if relative:
        return relative
    # "Die Sprecherin, Heike van Laak, sagte" / "X, der Polizeichef, dankte … und ergänzte": when the clause
    # has no subject of its own, the noun phrases before the commas (appositions) are the subject.
    if cuts and not re.match(r"\s*[A-ZÄÖÜ„]", ctx.text[start:cs]) and ctx.text[cuts[-1] - 1] == ",":
        found = _apposition_before(ctx, head_start, cuts)
        if found:
            return found
    window = ctx.text[start:min(hi, ce + 200)]
    found = subject_of(window, cs - start, ce - start)
    if found and found[1] <= cs - start and not ctx.mentions_in(start + found[0], start + found[1]) \
            and not PRONOUN.fullmatch(window[found[0]:found[1]]):
        # Object first ("Eine Verschiebung bezeichnete Conze als fatal"): a bare name after the verb is the subject;
        # "Die Regierung beschuldigt die Rebellen" keeps the usual order, and "er"/"sie" is always the subject.
        after = subject_after(window[ce - start:])
        # a plural verb agrees with no single name after it: "Kritiker werfen Obama vor, …"
        plural = ctx.text[cs:ce].endswith("en") and re.fullmatch(r"[a-zäöüß]+", ctx.text[cs:ce])
        bare = after and not plural and not _DETERMINER.match(window, ce - start + after[0])
        named = ctx.mentions_in(ce + after[0], ce + after[1]) if bare else []
        if any(ctx.kinds[m.actor_id] is ActorKind.PERSON for m in named):
            found = (ce - start + after[0], ce - start + after[1])
    if found:
        return as_speaker(ctx, start + found[0], start + found[1])
    return _apposition_before(ctx, head_start, cuts) or speaker_before(ctx, lo, cs)


# A relative clause opened after a comma: ", der die Entscheidung als „…“ bezeichnet", ", das vorschlug".
_RELATIVE_OPEN = re.compile(r"\s*(?:der|die|das|welche|welcher|welches)\s")
_SPACES = re.compile(r"\s*")


def relative_speaker(ctx: Context, lo: int, start: int, cs: int, ce: int) -> tuple[str | None, Span] | None:
    """Speaker of a verb-final cue in a relative clause: the noun before the comma with its relative pronoun."""
    opener = _RELATIVE_OPEN.match(ctx.text, start, cs)
    if opener is None or ctx.text[start - 1:start] != "," or not VERB_FINAL.match(ctx.text, ce):
        return None
    look = max(lo, start - 150)
    found = source_before(ctx.text[look:start - 1])  # "ein Kommentar, der …": the antecedent ends at the comma
    # The span keeps the pronoun too: readers (and the corpus) take either as the speaker.
    begin = look + found[0] if found else _SPACES.match(ctx.text, start).end()
    return as_speaker(ctx, begin, opener.end() - 1)


# A relative clause between a subject and its verb: "X, der als Beobachter dort war, sagte", "X, dessen Behörde …".
_RELATIVE_CLAUSE_OPEN = re.compile(r"\s*(?:der|die|das|welche|welcher|welches|dessen|deren)\s")


def _apposition_before(ctx: Context, head_start: int, cuts: list[int]) -> tuple[str | None, Span] | None:
    """Noun phrases separated by commas right before the clause, back to the sentence or clause start."""
    found = pronoun = None
    bounds = [head_start] + cuts
    for i, (a, b) in enumerate(zip(reversed(bounds[:-1]), reversed(bounds[1:]))):
        segment = ctx.text[a:b - 1]
        if ctx.text[b - 1] != "," or not segment.strip():
            break
        opener = _RELATIVE_CLAUSE_OPEN.match(segment) if i == 0 and a > head_start and ctx.text[a - 1] == "," else None
        if opener and not apposition(segment):  # "die Sprecherin" is an apposition, "die dort war" a clause
            # "X, der als Beobachter im Land war, sagte": the relative clause's antecedent is the subject;
            pronoun = a + opener.end() - 1  # the span keeps the pronoun too (readers take either as the speaker)
            continue
        phrase = apposition(segment)
        if not phrase:
            break
        found = (a + phrase[0], found[1] if found else pronoun or a + phrase[1])
    return as_speaker(ctx, *found) if found else None


_SUBORDINATOR = re.compile(r"dass|daß|ob|weil|wenn|da|als|wie|nachdem|obwohl|damit|sodass|um|ohne|indem|während|"
                          r"der|die|das|den|dem|deren|dessen|welche[rsmn]?|wo|was|wer|warum")


def intro_speaker(ctx: Context, lo: int, before: str) -> tuple[str | None, Span] | None:
    """Speaker of a colon intro: the noun phrase opening its clause, else a named subject after its verb."""
    cut = max(before.rfind(",", 0, len(before) - 1), before.rfind(";"), before.rfind("“"))
    verb = re.match(r"\s*([a-zäöüß]+)\b", before[cut + 1:])
    if cut > 0 and before[cut] == "," and (verb and _SUBORDINATOR.fullmatch(verb.group(1))
                                           or _INFINITIVE_END.search(before, cut + 1)):
        # "Der Minister zeigte sich besorgt, dass die Fehden … getragen würden:", "X hat wenig Hemmungen, seine
        # Sympathien … zu zeigen:": the main clause before speaks
        return intro_speaker(ctx, lo, before[:cut + 1])
    found = np_at(before, cut + 1)
    if found:
        verb = re.match(r"\s+([a-zäöüß]+)\s+", before[found[1]:])
        if verb and not ctx.mentions_in(lo + found[0], lo + found[1]):
            # "Die Anwendung der Regel stellte der SPD-Vorsitzende X in Frage:": the object comes first, the named
            # subject after the verb ("der" marks the nominative)
            at = found[1] + verb.end()
            after = np_at(before, at) if re.match(r"(?:der|ein)\s", before[at:at + 4]) else None
            named = ctx.mentions_in(lo + after[0], lo + after[1]) if after else []
            if any(ctx.kinds[m.actor_id] is ActorKind.PERSON for m in named):
                return as_speaker(ctx, lo + after[0], lo + after[1])
        return as_speaker(ctx, lo + found[0], lo + found[1])
    if cut >= 0 and before[cut] == "," and verb and verb.group(1) not in ("und", "oder", "aber", "sondern", "denn"):
        # "Der Ermittler, der als Zeuge gilt, will … einstellen:": the clause goes on after a relative clause
        vs = lo + cut + 1 + verb.start(1)
        found = cue_speaker(ctx, lo, vs, vs + len(verb.group(1)), lo + len(before))
        if found:
            return found
    return inverted_subject(ctx, lo + cut + 1, before[cut + 1:], named=False)


# A zu-infinitive closing a colon intro: "…, seine Sympathien öffentlich zu zeigen:", "…, vorzulegen:".
_INFINITIVE_END = re.compile(r"(?:\bzu\s+[a-zäöü]\w*|\b[a-zäöü]+zu[a-zäöü]+en)\s*:?\s*$")


# A fronted adverbial or clause, then the finite verb: "Hier sparte", "Um Zeit zu gewinnen, will".
_FRONTED = re.compile(r"\s*(?:(?:Um|Als|Nachdem|Während|Weil|Wenn|Obwohl|Bevor|Seit|Seitdem|Sobald)\s[^„“\"]{3,150}?,"
                      # a prepositional phrase: "In einer Nachricht würdigte er", "Im selben Schreiben fordert X"
                      r"|(?:In|Im|Bei|Beim|Auf|Am|An|Nach|Vor|Mit|Zu|Zum|Zur|Für|Seit|Wegen|Trotz|Unter|Über|Aus|Vom|Von)"
                      r"(?:\s+[a-zäöüß][\w-]*){0,3}\s+[A-ZÄÖÜ][\w-]*"
                      r"|[A-ZÄÖÜ][\w-]*)\s+([a-zäöüß]+)(?=\s)")


def inverted_subject(ctx: Context, lo: int, clause: str, named: bool = True) -> tuple[str | None, Span] | None:
    """The subject right after the finite verb of a clause with a fronted adverbial (naming an actor if `named`)."""
    m = _FRONTED.match(clause)
    found = subject_after(clause[m.end(1):m.end(1) + 200]) if m else None
    if found is None:
        return None
    start, end = lo + m.end(1) + found[0], lo + m.end(1) + found[1]
    return as_speaker(ctx, start, end) if ctx.mentions_in(start, end) or not named else None


# "in/im/auf" + a document noun (compounds too: "Abschlussbericht", "Pressemitteilung", "Internetseite").
_DOCUMENT = re.compile(r"\b(?i:in|im|auf)\s+((?:(?:der|dem|einer|einem|seiner|seinem|ihrer|ihrem)\s+)?(?:[a-zäöü]\w*(?:e|en|er)\s+)?"
                       r"(?=[A-ZÄÖÜ])[\w-]*(?i:bericht|erklärung|mitteilung|schreiben|brief|studie|meldung|stellungnahme|"
                       r"gutachten|urteil|artikel|interview|resolution|dokument|papier|entwurf|beschluss|seite|homepage|"
                       r"zeitung|kommuniqué|aufruf|protokoll|begründung|konferenz|versammlung|sitzung|tagung)\b)")


def document_source(ctx: Context, start: int, end: int) -> tuple[str | None, Span] | None:
    """A document named as the place of a statement ("in einer Pressemitteilung"), the speaker of a passive report."""
    m = _DOCUMENT.search(ctx.text, start, end)
    if not m:
        return None
    found = np_at(ctx.text[m.start(1):end], 0, oblique=True)
    stop = m.start(1) + found[1] if found else m.end(1)
    return as_speaker(ctx, m.start(1), max(stop, m.end(1)))


def opening_subject(ctx: Context, lo: int, end: int) -> tuple[str | None, Span] | None:
    """The named noun phrase opening a clause before its finite verb ("X würdigte Y als „…“"): the V2 subject."""
    head = ctx.text[lo:end]
    start = len(head) - len(head.lstrip(" „“\"»«"))
    found = np_at(head, start)
    if not found or not re.match(r"\s+[a-zäöü]", head[found[1]:]):
        return None
    # Only a phrase naming an actor: an unnamed "Die Zahl stieg auf „…“" has no speaker.
    named = ctx.mentions_in(lo + found[0], lo + found[1])
    return as_speaker(ctx, lo + found[0], lo + found[1]) if named else None


def as_speaker(ctx: Context, start: int, end: int) -> tuple[str | None, Span]:
    """A speaker phrase: the best actor mentioned inside it (if any) and the phrase's span."""
    best = best_mention(ctx, ctx.mentions_in(start, end))
    return (best.actor_id if best else None), Span(start, end)


def speaker_before(ctx: Context, start: int, end: int) -> tuple[str | None, Span] | None:
    """Fallback without a usable cue: the nearest person mention before, else a pronoun."""
    start = max(start, end - 300)
    window = ctx.text[start:end]
    mentions = ctx.mentions_in(start, end)
    persons = [m for m in mentions if ctx.kinds[m.actor_id] is ActorKind.PERSON]
    if persons:
        return persons[-1].actor_id, persons[-1].span
    pronouns = list(PRONOUN.finditer(window))
    if pronouns:
        p = pronouns[-1]
        return None, Span(start + p.start(1), start + p.end(1))
    if mentions:
        best = min(mentions, key=lambda m: (KIND_RANK[ctx.kinds[m.actor_id]], -m.span.start))
        return best.actor_id, best.span
    return None


def best_mention(ctx: Context, mentions: list[Mention]) -> Mention | None:
    """Prefer persons, then organisations, then countries; first in text order."""
    return min(mentions, key=lambda m: (KIND_RANK[ctx.kinds[m.actor_id]], m.span.start)) if mentions else None


def resolve_pronoun(ctx: Context, quote: Quote, quoted: Spans) -> Quote:
    """Give a pronoun or nominal speaker an actor: the mention inside it, or the pronoun's antecedent."""
    if quote.speaker_id is not None or quote.speaker_span is None:
        return quote
    spoken = quote.speaker_span.of(ctx.text)
    if spoken not in ("er", "sie", "Er", "Sie"):
        inside = best_mention(ctx, ctx.mentions_in(quote.speaker_span.start, quote.speaker_span.end))
        return _with_speaker(quote, inside.actor_id) if inside else quote
    found = antecedent(ctx, quote.speaker_span.start, spoken, lambda span: not quoted.cover(span))
    return _with_speaker(quote, found) if found else quote


def _with_speaker(quote: Quote, actor_id: str) -> Quote:
    """Copy of `quote` attributed to `actor_id`."""
    return Quote(quote.kind, quote.span, quote.sentence, actor_id, quote.speaker_span, quote.cue_span)
