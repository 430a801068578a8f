"""Direct and indirect quotations with their speakers, resolved to actors through the mentions.

Direct quotes are text in quotation marks („…“, "…", “…”, «…», »…«; inner ‚…‘ stay part of the
content). Indirect quotes need a reporting cue: "X sagte, er hoffe …", "Es habe …, sagte X",
"…, so X", "Laut X …". A pronoun speaker ("sagte er") resolves to the nearest Person mentioned
before it outside quoted text (recency; no gender data is available).
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..model import Actor, ActorKind, Mention, Quote, QuoteKind, Sentence, Span
from .sentences import stopwords
from .cues import KONJUNKTIV_I, LAUT_CUE, PRONOUN, SO_CUE, reads_like_reported, verb_cues

_PAIRS = (
    re.compile(r"„([^„“”\"\n]{1,3000}?)[“”\"]"),
    re.compile(r"(?<![\w])“([^“”„\n]{1,3000}?)”"),
    re.compile(r"»([^»«\n]{1,3000}?)«"),
    re.compile(r"«([^«»\n]{1,3000}?)»"),
    re.compile(r"(?<![\w\"])\"(?=\S)([^\"\n]{1,3000}?)(?<=\S)\"(?!\w)"),
)
_NP_AFTER = re.compile(  # subject after an inverted cue: "sagte Kanadas Regierungschef Justin Trudeau"
    r"\s*(?:(?:der|die|das|ein|eine|dessen|deren)\s+)?(?:[A-ZÄÖÜ][\w-]*s\s+)?(?:[a-zäöü][\w-]*e[nrs]?\s+){0,2}"
    r"[A-ZÄÖÜ][\w-]+(?:\s+(?:von\s+|de\s+|van\s+)?[A-ZÄÖÜ][\w-]+){0,3}"
)
_NP_BEFORE = re.compile(
    r"(?:(?:der|die|das|ein|eine|Der|Die|Das|Ein|Eine)\s+)?(?:[a-zäöü][\w-]*e[nrs]?\s+){0,2}"
    r"[A-ZÄÖÜ][\w-]+(?:\s+(?:von\s+|de\s+)?[A-ZÄÖÜ][\w-]+){0,3}\s*(?:hat\s+|habe\s+|hatte\s+)?$"
)
_KIND_RANK = {ActorKind.PERSON: 0, ActorKind.ORGANISATION: 1, ActorKind.LAND: 2}
# Reporting verbs tried per sentence. Real sentences have one or two; each try looks at the whole
# sentence, so a run-on "line" with thousands of verbs would otherwise take quadratic time.
_MAX_CUES = 8
_SHORT = 4  # quotes of at most this many words need a speaker or cue, else they are scare quotes/titles


def find_quotes(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Direct and indirect quotes in text order, each with speaker and cue when found."""
    if not sentences:
        return ()
    context = _Context(text, sentences, mentions, actors)
    direct = [q for q in (_attribute_direct(context, span) for span in _direct_spans(text, sentences)) if q]
    indirect = _indirect(context, [q.span for q in direct])
    quoted = _Spans([q.span for q in direct + indirect])
    resolved = [_resolve_pronoun(context, q, quoted) for q in direct + indirect]
    return tuple(sorted(resolved, key=lambda q: (q.span.start, q.span.end)))


class _Spans:
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


class _Context:
    """Read-only lookups shared by the helpers of one find_quotes call."""

    def __init__(self, text, sentences, mentions, actors):
        self.text = text
        self.sentences = sentences
        self.starts = [s.span.start for s in sentences]
        self.mentions = sorted(mentions, key=lambda m: m.span)
        self.mention_starts = [m.span.start for m in self.mentions]
        self.kinds = {a.id: a.kind for a in actors}

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence containing (or nearest before) `pos`."""
        return self.sentences[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions of speaking actors (person, organisation, country) inside [start, end)."""
        i = bisect.bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            m = self.mentions[i]
            if m.span.end <= end and self.kinds.get(m.actor_id) in _KIND_RANK:
                out.append(m)
            i += 1
        return out


def _direct_spans(text: str, sentences: tuple[Sentence, ...]) -> list[Span]:
    """Content spans of outermost quotation-mark pairs, trimmed of whitespace and never crossing a paragraph."""
    found: list[Span] = []
    lo, hi = sentences[0].span.start, sentences[-1].span.end
    for pattern in _PAIRS:
        for m in pattern.finditer(text, lo, hi):
            raw = m.group(1)
            start = m.start(1) + len(raw) - len(raw.lstrip())
            end = m.end(1) - (len(raw) - len(raw.rstrip()))
            if end > start:
                found.append(Span(start, end))
    found.sort(key=lambda s: (s.start, -s.end))
    outer: list[Span] = []
    for span in found:
        # Sorted by start, so only the last kept span can reach into this one.
        if not outer or outer[-1].end <= span.start:
            outer.append(span)
    return outer


def _attribute_direct(ctx: _Context, span: Span) -> Quote | None:
    """A direct quote with cue and speaker from its sentence; short speakerless quotes are dropped."""
    first, last = ctx.sentence_at(span.start), ctx.sentence_at(max(span.start, span.end - 1))
    after = ctx.text[span.end + 1: last.span.end]
    before = ctx.text[first.span.start: max(first.span.start, span.start - 1)]
    cue = speaker = None
    # "„…“, sagte er" / "„…“, so Trump": cue right after the closing mark, subject follows it.
    head = re.match(r"^\s*[,–-]?\s*", after)
    post = verb_cues(after)
    if post and post[0][0] <= head.end() + 12:
        cue = Span(span.end + 1 + post[0][0], span.end + 1 + post[0][1])
        speaker = _speaker_after(ctx, cue.end, last.span.end)
        if speaker is None:  # verb-final clause: "die er als „drakonisch“ bezeichnete"
            speaker = _speaker_before(ctx, first.span.start, max(first.span.start, span.start - 1))
    elif (so := SO_CUE.match(after)) is not None:
        cue = Span(span.end + 1 + so.start(1), span.end + 1 + so.end(1))
        speaker = _speaker_after(ctx, cue.end, last.span.end)
    else:
        pre = verb_cues(before)
        if pre:
            cue = Span(first.span.start + pre[-1][0], first.span.start + pre[-1][1])
            speaker = _speaker_before(ctx, first.span.start, cue.start) or _speaker_after(ctx, cue.end, span.start)
        elif post:
            cue = Span(span.end + 1 + post[0][0], span.end + 1 + post[0][1])
        if speaker is None:
            speaker = _speaker_before(ctx, first.span.start, max(first.span.start, span.start - 1))
        if speaker is None and cue is not None:
            speaker = _speaker_after(ctx, cue.end, last.span.end)
    content = span.of(ctx.text)
    if cue is None and len(content.split()) <= _SHORT and not _sentence_like(content):
        return None  # names, titles and scare quotes: „Nature“, „Power8“
    speaker_id, speaker_span = speaker if speaker else (None, None)
    return Quote(QuoteKind.DIRECT, span, first.index, speaker_id, speaker_span, cue)


def _sentence_like(content: str) -> bool:
    """Short quotes still count as speech when they read like an utterance ("It's the Economy, Stupid")."""
    return len(content.split()) >= 3 and bool(re.search(r"[,.!?]", content))


def _speaker_after(ctx: _Context, start: int, limit: int) -> tuple[str | None, Span] | None:
    """Subject right after an inverted cue: a pronoun, a mention, or a noun phrase."""
    window = ctx.text[start:limit]
    pronoun = re.match(r"\s*(er|sie|Er|Sie)\b", window)
    if pronoun:
        return None, Span(start + pronoun.start(1), start + pronoun.end(1))
    np = _NP_AFTER.match(window)
    if np and np.group().split()[-1].lower() in stopwords():
        np = None
    end = start + (np.end() if np else min(len(window), 60))
    best = _best_mention(ctx, ctx.mentions_in(start, end))
    if best:
        return best.actor_id, best.span
    if np:
        left = np.start() + len(np.group()) - len(np.group().lstrip())
        return None, Span(start + left, start + np.end())
    return None


def _speaker_before(ctx: _Context, start: int, end: int) -> tuple[str | None, Span] | None:
    """Subject before a cue or quote in the same sentence: nearest mention, pronoun or noun phrase."""
    window = ctx.text[start:end]
    clause_start = max(window.rfind(","), window.rfind(":"), window.rfind(";"))
    mentions = ctx.mentions_in(start, end)
    persons = [m for m in mentions if ctx.kinds[m.actor_id] is ActorKind.PERSON]
    if persons:
        return persons[-1].actor_id, persons[-1].span
    pronouns = list(PRONOUN.finditer(window))
    if pronouns:  # a pronoun subject beats a country named in passing ("er … in die USA …")
        p = pronouns[-1]
        return None, Span(start + p.start(1), start + p.end(1))
    if mentions:
        best = min(mentions, key=lambda m: (_KIND_RANK[ctx.kinds[m.actor_id]], -m.span.start))
        return best.actor_id, best.span
    np = _NP_BEFORE.search(window[clause_start + 1:].rstrip())
    if np and np.group().strip() and np.group().split()[-1].lower() not in stopwords():
        offset = start + clause_start + 1
        text = np.group()
        left = len(text) - len(text.lstrip())
        right = len(re.sub(r"\s*(?:hat|habe|hatte)\s*$", "", text.rstrip()))
        return None, Span(offset + np.start() + left, offset + np.start() + right)
    return None


def _best_mention(ctx: _Context, mentions: list[Mention]) -> Mention | None:
    """Prefer persons, then organisations, then countries; first in text order."""
    return min(mentions, key=lambda m: (_KIND_RANK[ctx.kinds[m.actor_id]], m.span.start)) if mentions else None


def _indirect(ctx: _Context, direct: list[Span]) -> list[Quote]:
    """Indirect (reported) speech: cue + clause in Konjunktiv / 'dass' form, at most one per sentence."""
    quotes: list[Quote] = []
    previous: Quote | None = None  # the last attributed quote, for Konjunktiv continuations
    spans = _Spans(direct)
    direct_sentences = {ctx.sentence_at(d.start).index for d in direct}
    for sentence in ctx.sentences:
        s0, body = sentence.span.start, sentence.span.of(ctx.text)
        if any(sentence.span.contains(d) and d.end - d.start > 0.5 * len(body) for d in spans.near(sentence.span)):
            previous = None
            continue  # the sentence is a direct quote
        quote = _indirect_in(ctx, sentence, s0, body)
        if quote is None and previous is not None and sentence.index == previous.sentence + 1:
            quote = _continuation(sentence, s0, body, previous)
        if quote and not any(not quote.span.contains(d) for d in spans.near(quote.span)):
            quotes.append(quote)
            previous = quote if quote.speaker_span else None
        elif sentence.index not in direct_sentences:
            previous = None
    return quotes


def _continuation(sentence: Sentence, s0: int, body: str, previous: Quote) -> Quote | None:
    """A cue-less sentence in Konjunktiv I right after a reported quote continues it (same speaker)."""
    if sentence.block != previous_block(previous, sentence) or not KONJUNKTIV_I.search(body):
        return None
    end = len(body.rstrip(".!?“”\"» "))
    return Quote(QuoteKind.INDIRECT, Span(s0, s0 + end), sentence.index, previous.speaker_id,
                 previous.speaker_span, None)


def previous_block(previous: Quote, sentence: Sentence) -> int:
    """Block of the previous quote; continuations stay inside one paragraph."""
    return sentence.block if previous.sentence == sentence.index - 1 else -1


def _indirect_in(ctx: _Context, sentence: Sentence, s0: int, body: str) -> Quote | None:
    """The reported-speech pattern of one sentence, if any."""
    end = len(body.rstrip(".!?“”\"» "))
    for cs, ce in verb_cues(body)[:_MAX_CUES]:
        left = body[:cs].rstrip()
        if left.endswith(",") and cs > 0:  # "Es habe Fortschritte gegeben, sagte X"
            content = body[:len(left) - 1]
            if reads_like_reported(content):
                speaker = _speaker_after(ctx, s0 + ce, s0 + len(body))
                return _make(sentence, s0, 0, len(content), speaker, (cs, ce))
        comma = re.match(r"[^,:„\"“]{0,40}?[,:]\s*", body[ce:])
        if comma:  # "Trump sagte, er hoffe, dass …"
            start = ce + comma.end()
            content = body[start:end]
            if reads_like_reported(content) and not re.match(r"\s*[„\"“»]", content):
                speaker = _speaker_before(ctx, s0, s0 + cs) or _speaker_after(ctx, s0 + ce, s0 + start)
                return _make(sentence, s0, start, end, speaker, (cs, ce))
    so = SO_CUE.search(body)
    if so and so.start() > 0 and reads_like_reported(body[:so.start()]):
        speaker = _speaker_after(ctx, s0 + so.end(1), s0 + len(body))
        return _make(sentence, s0, 0, so.start(), speaker, (so.start(1), so.end(1)))
    laut = LAUT_CUE.search(body)
    if laut and len(body[laut.end():].split()) >= 4:  # "laut X" marks a source even in the indicative
        if laut.group(1) == "zufolge":
            speaker = _speaker_before(ctx, s0, s0 + laut.start())
            return _make(sentence, s0, laut.end() + 1, end, speaker, laut.span(1))
        speaker = _speaker_after(ctx, s0 + laut.end(), s0 + len(body))
        start = (speaker[1].end - s0) if speaker else laut.end()
        start += len(body[start:]) - len(body[start:].lstrip(" ,"))
        return _make(sentence, s0, start, end, speaker, laut.span(1))
    return None


def _make(sentence: Sentence, s0: int, start: int, end: int, speaker, cue) -> Quote | None:
    """An indirect Quote from sentence-relative offsets (None when empty)."""
    if end <= start:
        return None
    speaker_id, speaker_span = speaker if speaker else (None, None)
    return Quote(QuoteKind.INDIRECT, Span(s0 + start, s0 + end), sentence.index, speaker_id, speaker_span,
                 Span(s0 + cue[0], s0 + cue[1]))


def _resolve_pronoun(ctx: _Context, quote: Quote, quoted: _Spans) -> Quote:
    """Give a pronoun or nominal speaker the nearest Person mentioned before it, outside quoted text."""
    if quote.speaker_id is not None or quote.speaker_span is None:
        return quote
    spoken = quote.speaker_span.of(ctx.text)
    if spoken not in ("er", "sie", "Er", "Sie"):
        inside = _best_mention(ctx, ctx.mentions_in(quote.speaker_span.start, quote.speaker_span.end))
        return _with_speaker(quote, inside.actor_id) if inside else quote
    i = bisect.bisect_left(ctx.mention_starts, quote.speaker_span.start) - 1
    fallback = None
    while i >= 0 and quote.speaker_span.start - ctx.mentions[i].span.start < 3000:
        m = ctx.mentions[i]
        if ctx.kinds.get(m.actor_id) is ActorKind.PERSON:
            if not quoted.cover(m.span):
                return _with_speaker(quote, m.actor_id)
            fallback = fallback or m.actor_id
        i -= 1
    return _with_speaker(quote, fallback) if fallback else quote


def _with_speaker(quote: Quote, actor_id: str) -> Quote:
    """Copy of `quote` attributed to `actor_id`."""
    return Quote(quote.kind, quote.span, quote.sentence, actor_id, quote.speaker_span, quote.cue_span)
