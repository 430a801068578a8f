"""Direct and indirect quotations with their speakers, resolved to actors through the mentions.

Direct quotes are text in quotation marks („…“, "…", “…”, «…», »…«; inner ‚…‘ stay part of the
content). Indirect quotes need a reporting cue: "X sagte, er hoffe …", "Es habe …, sagte X",
"…, so X", "Laut X …" (see indirect.py). Speakers come from attribution.py; a pronoun speaker
("sagte er") resolves to a gender-compatible person, preferring earlier sentence subjects (pronouns.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..model import Actor, ActorKind, Mention, Quote, QuoteKind, Sentence, Span
from .attribution import (Context, Spans, as_speaker, cue_speaker, intro_speaker, inverted_subject, opening_subject,
                          relative_speaker, resolve_pronoun, speaker_before, subject_speaker)
from .cues import KONJUNKTIV_I, SO_CUE, trailing_so, verb_cues
from .indirect import find_indirect
from .sentences import stopwords
from .speakers import np_at

_PAIRS = (
    re.compile(r"„([^„“”\"\n]{1,3000}?)[“”\"]"),
    re.compile(r"(?<![\w])“([^“”„\n]{1,3000}?)”"),
    re.compile(r"»([^»«\n]{1,3000}?)«"),
    re.compile(r"«([^«»\n]{1,3000}?)»"),
    re.compile(r"(?<![\w\"])\"(?=\S)([^\"\n]{1,3000}?)(?<=\S)\"(?!\w)"),
)


_SHORT = 4  # quotes of at most this many words need a speaker or cue, else they are scare quotes/titles


def find_quotes(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Direct and indirect quotes in text order, each with speaker and cue when found."""
    if not sentences:
        return ()
    context = Context(text, sentences, mentions, actors)
    raw = _direct_spans(text, sentences)
    direct = [q for q in (_attribute_direct(context, span) for span in raw) if q]
    indirect = find_indirect(context, direct)
    direct = _nested_direct(context, raw, direct, indirect)
    quoted = Spans([q.span for q in direct])  # reported clauses may contain their own speaker
    inherited = _inherit_speakers(context, direct + indirect)
    inherited += _framing_clauses(context, inherited)
    resolved = [resolve_pronoun(context, q, quoted) for q in inherited]
    return tuple(sorted(resolved, key=lambda q: (q.span.start, q.span.end)))


def _inherit_speakers(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """A speakerless direct quote standing as its own sentence continues the quote just before it."""
    out: list[Quote] = []
    last: Quote | None = None
    for q in sorted(quotes, key=lambda q: (q.span.start, q.span.end)):
        if q.kind is QuoteKind.DIRECT and q.speaker_span is None and last is not None and (
                _opens_sentence(ctx, q) or q.cue_span is None and _reported_frame(ctx, q.span)):
            here, there = ctx.sentences[q.sentence], ctx.sentences[last.sentence]
            if here.index - there.index <= 3 and here.block - there.block <= 1:
                q = replace(q, speaker_id=last.speaker_id, speaker_span=last.speaker_span)
        if q.kind is QuoteKind.DIRECT and q.speaker_span is None and q.cue_span is None and _opens_sentence(ctx, q):
            # "Sadiq Khan verurteilte die Haltung der Regierung. „Diese Regierung hat …“": the named subject
            # of the sentence just before speaks on, when no quote of another speaker came in between.
            found = _previous_subject(ctx, q, last)
            if found:
                q = replace(q, speaker_id=found[0], speaker_span=found[1])
        out.append(q)
        if q.speaker_span is not None:
            last = q
    return out


def _framing_clauses(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Reported clauses around quoted words ("Damit seien „…“."): the clause is the speaker's indirect quote too."""
    # Readers (and the corpus) take both the quoted words and the Konjunktiv or "dass" clause carrying them as
    # the speaker's statement; a quote opening its sentence or following a colon stands alone.
    taken = Spans([q.span for q in quotes if q.kind is QuoteKind.INDIRECT])
    out = []
    for q in quotes:
        sentence = ctx.sentences[q.sentence]
        if q.kind is not QuoteKind.DIRECT or taken.near(sentence.span) or _opens_sentence(ctx, q):
            continue
        s0, body = sentence.span.start, sentence.span.of(ctx.text)
        before = ctx.text[s0:q.span.start - 1]
        frame = before + " " + ctx.text[q.span.end + 1:sentence.span.end]
        if before.rstrip().endswith(":") or not (KONJUNKTIV_I.search(frame) or re.search(r"\b(?:dass|daß)\b", before)):
            continue
        end = max(s0 + len(body.rstrip(".!?“”\"» ")), q.span.end)
        out.append(Quote(QuoteKind.INDIRECT, Span(s0, end), sentence.index, q.speaker_id, q.speaker_span, q.cue_span))
    return out


def _previous_subject(ctx: Context, q: Quote, last: Quote | None) -> tuple | None:
    """The actor-naming subject opening the sentence before `q`, if that sentence holds no other quote."""
    here = ctx.sentences[q.sentence]
    if here.index == 0:
        return None
    before = ctx.sentences[here.index - 1]
    if before.block < here.block - 1 or last is not None and last.span.end > before.span.start:
        return None
    found = opening_subject(ctx, before.span.start, before.span.end)
    if found is None:  # "Sadiq Khan, eines der Parlamentsmitglieder, …, verurteilte …": subject with apposition
        head = ctx.text[before.span.start:before.span.end]
        np = np_at(head, 0)
        rest = re.match(r"(?:,[^„“\"]{1,150}?)?,\s+[a-zäöü]+\b", head[np[1]:]) if np else None
        named = ctx.mentions_in(before.span.start + np[0], before.span.start + np[1]) if rest else []
        if any(ctx.kinds[m.actor_id] is ActorKind.PERSON for m in named):
            found = as_speaker(ctx, before.span.start + np[0], before.span.start + np[1])
    if found is None:  # "Um die Zeit zu gewinnen, will Oettinger …": the subject after the verb
        found = inverted_subject(ctx, before.span.start, ctx.text[before.span.start:before.span.end])
    return found


def _reported_frame(ctx: Context, span: Span) -> bool:
    """True when the words around a quote are in Konjunktiv I ("Damit seien „…“"): someone's reported speech."""
    sentence = ctx.sentence_at(span.start)
    lo, hi = max(sentence.span.start, span.start - 300), min(sentence.span.end, span.end + 300)  # bounded look
    frame = ctx.text[lo:max(lo, span.start - 1)] + " " + ctx.text[span.end + 1:hi]
    return bool(KONJUNKTIV_I.search(frame))


def _opens_sentence(ctx: Context, quote: Quote) -> bool:
    """True when only the opening quotation mark precedes the quote in its sentence."""
    sentence = ctx.sentences[quote.sentence]
    return not ctx.text[sentence.span.start:quote.span.start].strip(" „“”\"»«")


def _nested_direct(ctx: Context, raw: list[Span], direct: list[Quote], indirect: list[Quote]) -> list[Quote]:
    """Quoted words inside reported speech are the reporter's exact words: direct quotes of the same speaker."""
    hosts = sorted(indirect, key=lambda q: q.span.start)
    starts = [q.span.start for q in hosts]
    kept = {q.span: q for q in direct}
    out = []
    for span in raw:
        i = bisect.bisect_right(starts, span.start) - 1
        host = hosts[i] if i >= 0 and hosts[i].span.contains(span) and hosts[i].span != span else None
        quote = kept.get(span)
        if host is None or host.speaker_span is None:
            if quote:
                out.append(quote)
            continue
        if quote is None and not _looks_like_name(ctx.text, span):  # „kaputt“ inside "sei das System „kaputt“"
            quote = Quote(QuoteKind.DIRECT, span, host.sentence, host.speaker_id, host.speaker_span, host.cue_span)
        elif quote is not None and quote.speaker_span is None:
            quote = replace(quote, speaker_id=host.speaker_id, speaker_span=host.speaker_span)
        if quote:
            out.append(quote)
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


def _attribute_direct(ctx: Context, span: Span) -> Quote | None:
    """A direct quote with cue and speaker from its sentence; names, titles and speakerless scare quotes are dropped."""
    first, last = ctx.sentence_at(span.start), ctx.sentence_at(max(span.start, span.end - 1))
    limit = _after_limit(ctx, span, last)
    after = ctx.text[span.end + 1: limit]
    lo = first.span.start
    if not ctx.text[lo:max(lo, span.start - 1)].strip() and first.index > 0:
        previous = ctx.sentences[first.index - 1]  # "Er sagte:" as its own sentence before the quote
        if ctx.text[previous.span.start:previous.span.end].rstrip().endswith(":"):
            lo = previous.span.start
    before = ctx.text[lo: max(lo, span.start - 1)]
    cue, speaker = _post_cue(ctx, span.end + 1, after)
    if cue is not None and speaker is None:  # verb-final clause: "die er als „drakonisch“ bezeichnete"
        agent = _PASSIVE_AGENT.search(before)  # "Seine Werke werden von Kennern als „…“ bezeichnet"
        if agent is None and cue.start > span.end and not re.search(r"[,;:–]", ctx.text[span.end:cue.start]):
            speaker = _verb_final_subject(ctx, lo, before, cue)
        pre = verb_cues(before) if not speaker else None
        speaker = speaker or (cue_speaker(ctx, lo, lo + pre[-1][0], lo + pre[-1][1], span.start) if pre else None)
        found = np_at(before, agent.end(), oblique=True) if agent and not speaker else None
        speaker = speaker or (as_speaker(ctx, lo + found[0], lo + found[1]) if found else None)
        speaker = speaker or speaker_before(ctx, lo, max(lo, span.start - 1))
    elif cue is None:
        pre = _main_clause_cues(before, verb_cues(before))
        if pre:
            cue = Span(lo + pre[-1][0], lo + pre[-1][1])
            speaker = cue_speaker(ctx, lo, cue.start, cue.end, span.start)
        elif before.rstrip().endswith(":"):  # "Ein Hauptkommissar nach der Festnahme: „…“"
            speaker = intro_speaker(ctx, lo, before)
        elif (so := trailing_so(after)) is not None:  # "Der Iran müsse „…“ beenden, so Rice."
            cue = Span(span.end + 1 + so.start(1), span.end + 1 + so.end(1))
            speaker = subject_speaker(ctx, cue.end, after[so.end(1):])
        if speaker is None and cue is None and _reported_frame(ctx, span):
            pass  # "Es drohe „…“": reported speech continuing the previous speaker (see _inherit_speakers)
        else:
            speaker = speaker or opening_subject(ctx, lo, span.start) or speaker_before(ctx, lo, max(lo, span.start - 1))
    content = span.of(ctx.text)
    if _looks_like_name(ctx.text, span) and (_NAMED_BY_NOUN.search(before) or not _spoken_name(ctx, span, cue, before)):
        return None  # titles and names: „Die Zeit“, „Bild“-Zeitung, „Neue Rechte“
    if cue and cue.start > span.end and _ARTICLE_BEFORE.search(before) \
            and not re.search(r"[,:;.!?–]", ctx.text[span.end:cue.start]):
        return None  # "Wie die „Aktion X“ heute mitteilte": the quoted words name the subject, they are no speech
    if cue is None and len(content.split()) <= _SHORT and not _sentence_like(content):
        return None  # scare quotes: „Schockzustand“
    if cue is None and _long_title(content):
        return None  # „Erinnerungen und Bilder zu Dresdens Verkehrsgeschichte“: a book or law title
    if cue is None and _TITLE_BEFORE.search(before):
        return None  # "unter dem Motto „…“", "sein Buch mit dem Titel „…“": a title, whatever its words
    speaker_id, speaker_span = speaker if speaker else (None, None)
    return Quote(QuoteKind.DIRECT, span, first.index, speaker_id, speaker_span, cue)


# Subordinating conjunctions opening a verb-final clause whose subject comes right after them.
_CONJUNCTION = re.compile(r"\s*(?:weil|da|dass|daß|wenn|nachdem|obwohl|als|wie|ob|während|indem|zumal)\s+", re.I)


def _verb_final_subject(ctx: Context, lo: int, before: str, cue: Span) -> tuple | None:
    """Subject of the clause whose verb closes after the quote: "weil die Regierung X als „…“ bezeichnet hat",
    "ein Kommentar, der die Entscheidung als „…“ bezeichnet", "Die Regierung hatte den Bericht als „…“ zurückgewiesen"."""
    cut = max(before.rfind(c) for c in ",;:(–") + 1
    clause = before[cut:]
    own = re.match(r"\s*(?:die|das|den|dem|denen|deren|dessen)\s+(er|sie)\s", clause) if cut else None
    if own:  # "Reformen, die er als „drakonisch“ bezeichnete": the relative pronoun is the object
        return as_speaker(ctx, lo + cut + own.start(1), lo + cut + own.end(1))
    relative = relative_speaker(ctx, lo, lo + cut, cue.start, cue.end) if cut and before[cut - 1] == "," else None
    if relative:
        return relative
    conj = _CONJUNCTION.match(clause)
    start = conj.end() if conj else len(clause) - len(clause.lstrip())
    pronoun = re.match(r"(er|sie|Er|Sie)\s", clause[start:])
    if pronoun:
        return as_speaker(ctx, lo + cut + start, lo + cut + start + len(pronoun.group(1)))
    found = np_at(clause, start)
    if found is None or not (conj or re.match(r"\s+[a-zäöü]", clause[found[1]:])):
        return None
    return as_speaker(ctx, lo + cut + found[0], lo + cut + found[1])


# "die Zeitung „Yemen Observer“", "der russischen Nachrichtenagentur „Interfax“": a common noun right before
# a capitalised quote introduces its name, whatever verb follows.
_NAMED_BY_NOUN = re.compile(r"\b(?i:der|die|das|den|dem|des)\s+(?:[a-zäöü][\w-]*\s+){0,2}[A-ZÄÖÜ][a-zäöüß-]+\s*$")


# The agent of a passive clause whose participle follows the quote: "wird von X als „…“ bezeichnet".
_PASSIVE_AGENT = re.compile(r"\b(?:wird|werden|wurde|wurden)\s+(?:[^,;:„“\"]{0,60}?\s)?(?:von|vom)\s+"
                            r"(?=[^,;:„“\"]{1,80}$)")


# An article right before the opening mark: the quoted words are a noun phrase's head ("von der „Aktion X“").
_ARTICLE_BEFORE = re.compile(r"\b(?i:der|die|das|des|dem|den)\s+(?:[a-zäöü]\w*\s+)?$")


def _spoken_name(ctx: Context, span: Span, cue: Span | None, before: str) -> bool:
    """True when capitalised quoted words are still someone's words, not a title or name."""
    if cue is None:
        return False
    # After the quote only ", so X" or a sentence-like quote ("„It's the Economy, Stupid“, trifft …") is speech;
    # "Wohlrab von der „Aktion Hilfe“ sagte" names the speaker's organisation.
    after = cue.start > span.end and (ctx.text[cue.start:cue.end] == "so" or _sentence_like(span.of(ctx.text)))
    return bool(after or _INDEFINITE.search(before)
                or re.search(r"\bals\s*\W?$|[“”\"»«]\s*(?:und|oder|sowie)\s*\W?$", before))


# A noun that introduces a title or name right before the opening mark: "unter dem Motto „…“", "das Album „…“".
_TITLE_BEFORE = re.compile(r"\b(?:Motto|Titel|Namen?|Thema|Themen wie|Lied|Song|Album|Buch|Film|Musical|Roman|Stück|"
                           r"Organisation|Initiative|Gruppe|Unternehmensgruppe|Slogan|Parole|Aufschrift|Schlagzeile|"
                           r"Überschrift|Projekt(?:es|s)?|Kampagne|Aktion|Programm|Gesetz(?:es)?|Ausstellung|Auszeichnung|"
                           r"Preis(?:es)?|Bezeichnung|Magazin(?:e?s)?|Zeitung|Zeitschrift|Sendung|Serie|Studie|Bewegung|"
                           r"Partei|Verein(?:s)?|Kollektion|Losung)\s*[,:]?\s*$")


# Titles and names take the definite article ("die „Bild“"); an indefinite one marks a coined common noun that
# the cue's speaker used: "nannte die Absage einen „Vertrauensbruch“", "sprach von einer „Gefahr für Leib und Leben“".
_INDEFINITE = re.compile(r"\b(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner)\s*\W?$")


# A clause opened by a relative pronoun: "…, der zum Sturm aufgerufen haben soll, als „…“".
_RELATIVE = re.compile(r"[,;]\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s+[^,;:]*$")


def _main_clause_cues(before: str, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cues outside relative clauses; a relative clause's verb has its own subject, not the quote's speaker."""
    kept = [c for c in cues if not _RELATIVE.search(before, max(0, c[0] - 200), c[0])]  # bounded: stays linear
    return kept or cues


def _after_limit(ctx: Context, span: Span, last: Sentence) -> int:
    """End of the text that may hold a post-quote cue; the splitter may cut „…!“, sagte er into two sentences."""
    limit = last.span.end
    if not ctx.text[span.end + 1: limit].strip(" “”\"»«") and last.index + 1 < len(ctx.sentences):
        nxt = ctx.sentences[last.index + 1]
        if re.match(r"[,–-]|[a-zäöü]", ctx.text[nxt.span.start: nxt.span.start + 1]):
            limit = nxt.span.end
    return max(limit, span.end + 1)


_POST_AUX = re.compile(r"(?:wird|wurde|werden|wurden|hat|hatte|haben|hatten)\b")


_NOT_CUE = frozenset("und oder aber die der das den dem des was wie wo wer so doch sondern denn als dass weil wenn "
                     "ob da heißt also dann noch nicht ein eine er sie es man wir ich".split())


def _post_cue(ctx: Context, start: int, after: str) -> tuple[Span | None, tuple | None]:
    """Cue and speaker right after a closing quotation mark: „…“, sagte er / „…“, so X / „…“, strich X heraus."""
    head = re.match(r"[\s“”\"»«]*([,–-])?\s*", after)
    post = verb_cues(after)
    aux = _POST_AUX.match(after, head.end()) if head.group(1) else None
    if post and post[0][0] <= head.end() + 12:
        cs, ce = post[0]
    elif aux and post and post[0][0] <= aux.end() + 60 and not re.search(r"[,.;:!?]", after[aux.end():post[0][0]]):
        # "„…“, wird Panetta zitiert" / "„…“, hatte der Minister gesagt": the subject follows the auxiliary
        cue = Span(start + post[0][0], start + post[0][1])
        return cue, subject_speaker(ctx, start + aux.end(), after[aux.end():post[0][0]])
    elif (so := SO_CUE.match(ctx.text, start, start + len(after))) is not None:
        # matched in the full text: its look-behind sees the closing mark ("…lästig.“ so das Fazit")
        cue = Span(so.start(1), so.end(1))
        return cue, subject_speaker(ctx, cue.end, ctx.text[cue.end:start + len(after)])
    elif head.group(1) and (word := re.match(r"[a-zäöüß]{3,}\b", after[head.end():])) \
            and word.group() not in _NOT_CUE and word.group() not in stopwords():
        cs, ce = head.end(), head.end() + word.end()  # an unlisted verb right after „…“,: it is the cue
    else:
        return None, None
    cue = Span(start + cs, start + ce)
    return cue, subject_speaker(ctx, cue.end, after[ce:])


def _looks_like_name(text: str, span: Span) -> bool:
    """Capitalised words without closing punctuation read as a title or name, not speech."""
    content = span.of(text)
    words = content.split()
    if len(words) > 8 or re.search(r"[.!?,:;…]$", content):
        return False
    if text[span.end + 1: span.end + 2] == "-":
        return True  # „Bild“-Zeitung
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS for w in words)


def _long_title(content: str) -> bool:
    """A cue-less title of five to 14 words: capitalised opening, then function words, adjectives before nouns and
    capitalised words ("Gesetz zur Bekämpfung finanzieller Unterstützung des Terrors")."""
    words = content.split()
    if not 5 <= len(words) <= 14 or re.search(r"[.!?,;…]$", content) or words[0].lower() in _PERSONAL:
        return False
    return words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS
        or i + 1 < len(words) and _ATTRIBUTIVE.fullmatch(w) and words[i + 1][0].isupper() for i, w in enumerate(words))


# Lower-case words inside a quoted name („Bündnis für Arbeit“); titles also take prepositions and articles.
_NAME_SMALL_WORDS = frozenset({"für", "und", "der", "die", "das", "des", "von", "im", "in", "am", "an", "of", "the",
                               "and", "–", "-", "zur", "zum", "mit", "dem", "den", "ein", "eine", "auf", "gegen", "a",
                               "de", "la", "le"})
_TITLE_SMALL_WORDS = _NAME_SMALL_WORDS | {"zu", "ohne", "über", "unter", "bei", "nach", "vor", "aus", "um", "eines",
                                          "einer", "einem", "&", "to"}
_PERSONAL = frozenset("ich wir du ihr sie er es man mir mich uns euch".split())
_ATTRIBUTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")


def _sentence_like(content: str) -> bool:
    """Short quotes still count as speech when they read like an utterance ("It's the Economy, Stupid")."""
    return len(content.split()) >= 3 and bool(re.search(r"[,.!?]", content))
