"""Indirect (reported) speech: a reporting cue plus a clause in Konjunktiv, "dass" form or after "laut"/"zufolge"."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Quote, QuoteKind, Sentence, Span
from .attribution import (Context, Spans, as_speaker, cue_speaker, impersonal_source, inverted_subject,
                          opening_subject, subject_speaker)
from .complements import SUBORDINATE_START, infinitive_clause, that_clause
from .acts import speech_act
from .sources import make_quote, source_quote, with_named_source
from .cues import (KONJUNKTIV, KONJUNKTIV_I, KONJUNKTIV_II, LAUT_CUE, SO_CUE, ZU_INFINITIVE, reads_like_reported, trailing_so,
                   verb_cues)
from .speakers import PRONOUN_SUBJECT, apposition, np_at, subject_after

# Reporting verbs tried per sentence. Real sentences have one or two; each try looks at the whole
# sentence, so a run-on "line" with thousands of verbs would otherwise take quadratic time.
_MAX_CUES = 8
_GAP = 1  # indicative sentences allowed between a quote and a Konjunktiv sentence still continuing it


def find_indirect(ctx: Context, direct: list[Quote]) -> list[Quote]:
    """Indirect (reported) speech: cue + clause in Konjunktiv / 'dass' form, at most one per sentence."""
    quotes: list[Quote] = []
    previous: Quote | None = None  # the last attributed quote, for Konjunktiv continuations
    spans = Spans([q.span for q in direct])
    by_sentence = {ctx.sentence_at(q.span.start).index: q for q in direct}
    for sentence in ctx.sentences:
        s0, body = sentence.span.start, sentence.span.of(ctx.text)
        if any(sentence.span.contains(d) and d.end - d.start > 0.5 * len(body) for d in spans.near(sentence.span)):
            # The sentence is a direct quote; reported speech after it usually continues its speaker.
            own = by_sentence.get(sentence.index)
            # "Hartmann erklärte, ihr lägen „…“": a reported clause that merely carries the quoted words
            framed = _indirect_in(ctx, sentence, s0, body, False)
            if framed and all(framed.span.contains(d) for d in spans.near(framed.span)):
                quotes.append(framed)
            previous = own if own and own.speaker_span else _stance(ctx, sentence, s0, body)
            if previous:
                previous = replace(previous, sentence=sentence.index)
            continue
        anaphoric = _anaphoric(ctx, sentence, s0, body, quotes, spans)
        if anaphoric:
            quotes.append(anaphoric)
            previous = anaphoric
            continue
        quote = _indirect_in(ctx, sentence, s0, body, not spans.near(sentence.span))
        quote = with_named_source(ctx, s0, body, LAUT_CUE.search(body), quote)
        if quote and _cross_reference(ctx.text, quote.cue_span):
            quote = None  # "(Wikinews berichtete)" points to an older article; nobody is reported here
        if quote is None and previous is not None:
            quote = _continuation(ctx, sentence, s0, body, previous)
            if quote and quotes and _extends(ctx, quotes[-1], quote):
                # A run of cue-less reported sentences is one free-indirect passage, like one long quote.
                quotes[-1] = replace(quotes[-1], span=Span(quotes[-1].span.start, quote.span.end))
                previous = quote
                continue
        if quote and not any(not quote.span.contains(d) for d in spans.near(quote.span)):
            quotes.append(quote)
            previous = quote if quote.speaker_span or quote.cue_span else None  # passive reports run on too
        elif quote is None:
            # "Er bezeichnete die Pläne als „Wortbruch“." / "Der Iran streitet dies ab.": the sentence's
            # subject is who the following Konjunktiv sentences report, not an older speaker.
            own = by_sentence.get(sentence.index)
            anchor = replace(own, sentence=sentence.index) if own and own.speaker_span else _stance(ctx, sentence, s0, body)
            previous = anchor or previous
    return quotes


# "(Wikinews berichtete)", "(wir berichteten)": a short parenthesis around the cue.
_CROSS_REFERENCE = re.compile(r"\((?:[^()\n]{0,30}\s)?$")


def _named_after_so(body: str, so: re.Match) -> bool:
    """ "Zwei Drittel der Mittel sind unwirksam, so das Ergebnis einer Studie": a source phrase after "so" marks even
    an indicative statement before it as reported."""
    content = body[:so.start()]  # quoted words before "so X" are a direct quote of X, not a report
    return len(content.split()) >= 4 and not re.search(r"[„“”\"»«]", content) and np_at(body, so.end(1)) is not None


def _cross_reference(text: str, cue: Span | None) -> bool:
    """True when the cue sits in a short parenthesis that refers readers to earlier reporting."""
    if cue is None or not _CROSS_REFERENCE.search(text, max(0, cue.start - 32), cue.start):
        return False
    return bool(re.match(r"[^()\n]{0,20}\)", text[cue.end:cue.end + 22]))


def _stance(ctx: Context, sentence: Sentence, s0: int, body: str) -> Quote | None:
    """A sentence opened by a named actor (or er/sie before a reporting verb) as its subject: a speaker for what follows."""
    found = opening_subject(ctx, s0, s0 + len(body))
    if found is None and ctx.mentions_in(s0, s0 + min(len(body), 250)):
        # "Besorgt äußerte sich Kofi Annan über …": a named subject after a fronted word and a verb of saying
        found = inverted_subject(ctx, s0, body[:250])
        found = found if found and verb_cues(body[:120]) else None
    if found is None:
        # "Er geht davon aus, …" yes, "Sie liegt am Rhein." no: an unresolved pronoun needs a verb of saying.
        pronoun = re.match(r"(?:Er|Sie)\s+(?=[a-zäöü])", body)
        cues = verb_cues(body[:80]) if pronoun else []
        if not cues or cues[0][0] != pronoun.end():
            return None
        found = None, Span(s0, s0 + len(pronoun.group().rstrip()))
    return Quote(QuoteKind.INDIRECT, sentence.span, sentence.index, found[0], found[1], None)


def content_end(body: str) -> int:
    """End of a sentence's content without final punctuation; a closing mark stays when its opening one is inside."""
    end = len(body.rstrip(".!?“”\"» "))
    tail = body[end:].rstrip(".!? ")
    if body.count("„", 0, end) > body.count("“", 0, end) and tail[:1] in ("“", "\""):
        end += 1  # "ihr lägen „… vor“." keeps its "“"
    return end


# "Dies gab die Polizei bekannt." / "Das bestätigte X.": the demonstrative points back to the report.
_ANAPHOR = re.compile(r"\s*(?:Dies|Das|Dieses|Dies alles|Das alles)\s+(?=[a-zäöü])")


def _anaphoric(ctx: Context, sentence: Sentence, s0: int, body: str, quotes: list[Quote],
               spans: Spans) -> Quote | None:
    """The previous sentence as an indirect quote when this one is only "Dies sagte X" (no content of its own)."""
    head = _ANAPHOR.match(body)
    if head is None or sentence.index == 0:
        return None
    cues = verb_cues(body[:head.end() + 160])  # the particle may come late: "Dies geht aus … hervor"
    if not cues or cues[0][0] != head.end():
        return None
    before = ctx.sentences[sentence.index - 1]
    if before.block < sentence.block - 1 or spans.near(before.span) or (quotes and quotes[-1].sentence == before.index):
        return None  # already a quote, or across a heading
    cs, ce = cues[0]
    speaker = subject_speaker(ctx, s0 + ce, body[ce:]) or _source_aus(ctx, s0, body, ce)
    content = before.span.of(ctx.text)
    end = len(content.rstrip(".!?“”\"» "))
    if speaker is None or len(content[:end].split()) < 4:
        return None
    return Quote(QuoteKind.INDIRECT, Span(before.span.start, before.span.start + end), before.index,
                 speaker[0], speaker[1], Span(s0 + cs, s0 + ce))


# Nouns of documents and findings a following "Danach …" can point back to.
_DOCUMENT_NOUN = re.compile(r"(?:[Bb]ericht|[Ss]tudie|[Uu]mfrage|[Gg]esetz|[Aa]ct|[Uu]rteil|[Mm]itteilung|[Ss]tatistik|"
                            r"[Zz]ahlen|[Ee]rklärung|[Aa]nalyse|[Uu]ntersuchung|[Gg]utachten|[Pp]rognose|[Ee]ntwurf|"
                            r"[Vv]orlage|[Ee]rgebnisse?|[Vv]ertrag|[Dd]ekret|[Vv]erordnung)\w*\b")


def _after_document(ctx: Context, sentence: Sentence) -> bool:
    """True when the sentence before (same paragraph) names a document or finding."""
    if sentence.index == 0:
        return False
    before = ctx.sentences[sentence.index - 1]
    return before.block == sentence.block and bool(_DOCUMENT_NOUN.search(before.span.of(ctx.text)))


def _source_aus(ctx: Context, s0: int, body: str, ce: int) -> tuple | None:
    """The source after "aus" in "Dies geht aus einer Mitteilung des Konzerns hervor"."""
    aus = re.match(r"\s+aus\s+", body[ce:])
    found = np_at(body, ce + aus.end(), oblique=True) if aus else None
    return as_speaker(ctx, s0 + found[0], s0 + found[1]) if found else None


def _continuation(ctx: Context, sentence: Sentence, s0: int, body: str, previous: Quote) -> Quote | None:
    """A cue-less sentence in Konjunktiv I shortly after a quote continues it (same speaker)."""
    if not _continues(ctx, previous, sentence):
        return None
    right_after = sentence.index == previous.sentence + 1 and sentence.block == ctx.sentences[previous.sentence].block
    # Konjunktiv II only in the main clause (before the first comma): "…, die X getroffen hätten" is the
    # author's own counterfactual.
    main = body.split(",", 1)[0]
    if not (KONJUNKTIV_I.search(body) or right_after and KONJUNKTIV_II.search(main)):
        return None
    end = content_end(body)
    # A Konjunktiv main clause is itself reported: a verb of saying inside it ("Im Brief habe sich X beschwert")
    # belongs to the content, the earlier speaker still speaks.
    own = _own_speaker(ctx, s0, body, main) if not KONJUNKTIV.search(main) else None
    if own:  # "Journalisten beschweren sich …, nur X seien zugelassen": the clause names its own speaker
        return Quote(QuoteKind.INDIRECT, Span(s0, s0 + end), sentence.index, own[0][0], own[0][1], own[1])
    subject = np_at(body, 0) if "," in body and not KONJUNKTIV.search(main) else None
    if subject and re.match(r"\s+[a-zäöü]", body[subject[1]:]):
        # "X hatte sich erhofft, dass … würden": an indicative main clause opened by its own subject reports that
        # subject's words or thoughts, whatever the verb
        speaker = as_speaker(ctx, s0 + subject[0], s0 + subject[1])
        return Quote(QuoteKind.INDIRECT, Span(s0, s0 + end), sentence.index, speaker[0], speaker[1], None)
    return Quote(QuoteKind.INDIRECT, Span(s0, s0 + end), sentence.index, previous.speaker_id,
                 previous.speaker_span, None)


def _own_speaker(ctx: Context, s0: int, body: str, main: str) -> tuple | None:
    """Speaker and cue of a reporting verb in the sentence's main clause, if it has a subject of its own."""
    cues = verb_cues(main)
    if not cues:
        return None
    cs, ce = cues[0]
    speaker = cue_speaker(ctx, s0, s0 + cs, s0 + ce, s0 + len(main))
    return (speaker, Span(s0 + cs, s0 + ce)) if speaker else None


def _extends(ctx: Context, last: Quote, quote: Quote) -> bool:
    """True when `quote` is a continuation right after the continuation `last`, in the same paragraph."""
    end = ctx.sentence_at(max(last.span.start, last.span.end - 1))
    return (last.cue_span is None and quote.cue_span is None and last.speaker_span == quote.speaker_span
            and end.index + 1 == quote.sentence and end.block == ctx.sentences[quote.sentence].block)


def _continues(ctx: Context, previous: Quote, sentence: Sentence) -> bool:
    """Reported speech runs on for a while: at most _GAP sentences later, in the same or the next paragraph."""
    before = ctx.sentences[previous.sentence]
    return sentence.index - before.index <= _GAP + 1 and sentence.block - before.block <= 1


def _indirect_in(ctx: Context, sentence: Sentence, s0: int, body: str, plain: bool = True) -> Quote | None:
    """The reported-speech pattern of one sentence, if any."""
    end = content_end(body)
    cues = verb_cues(body)[:_MAX_CUES]
    laut = LAUT_CUE.search(body)
    if laut and laut.group(1) == "Danach" and not _after_document(ctx, sentence):
        laut = None  # "Danach" is "afterwards" unless the sentence before presents a report, study or law
    if laut and laut.group(1).lower() not in ("demnach", "wonach", "danach") and (not cues or laut.start() < cues[0][0]):  # "Nach Angaben der Polizei habe der Mann … verlangt"
        found = source_quote(ctx, sentence, s0, body, end, laut)
        if found:
            return found
    so = trailing_so(body[:end])
    if so and so.start() > 0 and cues and cues[0][0] < so.start() and reads_like_reported(body[:so.start()]):
        cues = []  # "X werde aufgefordert, …, so Y": the closing "so Y" names the speaker of the whole sentence
    for cs, ce in cues:
        left = body[:cs].rstrip()
        look = max(0, cs - 120)
        wie = _WIE.search(body[:cs], look)
        if wie:  # "…, wie der Verband mitteilte" / "Wie X berichtet, …"
            found = _wie_clause(ctx, sentence, s0, body, end, wie, (cs, ce))
            if found:
                return found
        # "Es habe Fortschritte gegeben, sagte X"; a comma right after the verb ("X, sein Stellvertreter, glaubt,
        # dass …") leaves it no subject of its own: the part before is the subject, not reported content.
        # Appositions before the verb ("X, sein Stellvertreter, sagte vor der Presse, dass …") are its subject:
        # the clause after the verb may still be the report.
        content = body[:len(left) - 1]
        if left.endswith(",") and cs > 0 and not re.match(r"\s*,", body[ce:]) and not _only_noun_phrases(content) \
                and not _subject_with_relative(content) and not _fronted_clause(content):
            speaker = subject_speaker(ctx, s0 + ce, body[ce:])
            if reads_like_reported(content) or _closing_report(body, content, ce, end, speaker):
                return make_quote(sentence, s0, 0, len(content), speaker, (cs, ce))
        pointer = re.search(r",\s*(?:das|dies)$", left)
        if pointer and len(left[:pointer.start()].split()) >= 4:  # "… ausgefallen, das teilte die NASA mit"
            speaker = subject_speaker(ctx, s0 + ce, body[ce:])
            if speaker:
                return make_quote(sentence, s0, 0, pointer.start(), speaker, (cs, ce))
        comma = _subject_apposition(body, ce) or _COMMA_AFTER.match(body, ce)
        if comma:  # "Trump sagte, er hoffe, dass …"
            start = comma.end() if comma.re is _COMMA_AFTER else ce + comma.end()
            content = body[start:end]
            quoted = re.match(r"\s*[„\"“»]", content) and not _quoted_subject(content)
            if reads_like_reported(content) and not quoted and not _not_reported(content):
                speaker = cue_speaker(ctx, s0, s0 + cs, s0 + ce, s0 + start)
                return make_quote(sentence, s0, start, end, speaker, (cs, ce))
    so = SO_CUE.search(body)
    if so and so.start() > 0 and (reads_like_reported(body[:so.start()]) or _named_after_so(body, so)):
        speaker = subject_speaker(ctx, s0 + so.end(1), body[so.end(1):])
        return make_quote(sentence, s0, 0, so.start(), speaker, (so.start(1), so.end(1)))
    act = speech_act(ctx, sentence, s0, body, end, cues) if plain else None  # a direct quote carries the act
    if act:
        return act
    that = that_clause(ctx, sentence, s0, body, end) or infinitive_clause(ctx, sentence, s0, body, end)
    if that:  # quoted words inside the "dass" clause do not stop it
        return that
    if laut:  # "laut X" / "nach Angaben von X" / "X zufolge" mark a source even in the indicative
        return source_quote(ctx, sentence, s0, body, end, laut)
    return None


# Quoted words opening a reported clause that goes on in Konjunktiv: "Er sagte, „No-Go-Areas“ dürfe es nicht geben."
_QUOTED_OPENING = re.compile(r"\s*„[^“„]{1,60}“\s+(?:[^\s„“]+\s+){0,3}")


def _quoted_subject(content: str) -> bool:
    """True when short quoted words open a clause whose verb (within a few words) is in Konjunktiv I."""
    m = _QUOTED_OPENING.match(content)
    return bool(m and KONJUNKTIV_I.search(content, m.start() + content[m.start():].index("“") + 1, m.end() + 12))


# The rest of a reporting clause up to its comma or colon; a quoted name may sit in it ("sagte der „Zeit“,").
_COMMA_AFTER = re.compile(r"(?:[^,:„\"“.;]|„[^“„\n]{1,40}“){0,60}?[,:]\s*")


def _closing_report(body: str, content: str, ce: int, end: int, speaker) -> bool:
    """ "Zwei Lehrer wurden gerettet, berichtete die Zeitung X.": an indicative main clause closed by an
    inverted reporting clause (verb, named subject, nothing but particles and adverbials after it)."""
    if speaker is None or len(content.split()) < 4 or not re.match(r"\s*[A-ZÄÖÜ]", content):
        return False
    if re.search(r"[„“\"»«]", content) or re.match(r"[^,]{1,60},\s*(?:der|die|das|den|dem|deren|dessen|welche[rsmn]?)\s",
                                                    content):
        return False  # quoted words are a direct quote; "X, die …, nennt": X is the subject, not reported
    tail = body[ce:end]
    return len(tail.split()) <= 16 and not re.search(r",\s*(?:dass|daß|ob|der|die|das|weil|wenn)\b", tail)


# Clauses after a comma that read like reported speech but are not: relative clauses ("…, die dort
# verstarb") and purpose clauses ("…, um sein Abo zu kündigen").
_RELATIVE_CLAUSE = re.compile(r"\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s+[a-zäöü]|\s*um\b")


def _not_reported(content: str) -> bool:
    """True for a verb-final relative, purpose or "indem" clause in the indicative: no reported content."""
    if re.match(r"\s*indem\b", content):
        return True  # "bestritt dies, indem er sagte, …": a manner clause; its own cue carries the report
    clause = content.split(",")[0].rstrip(" .")
    verb_final = bool(re.search(r"\s[a-zäöüß]+$", clause))  # "die gestern verstarb", not "die Lage sei …"
    return (bool(_RELATIVE_CLAUSE.match(content)) and verb_final and not KONJUNKTIV.search(content[:120])
            and not ZU_INFINITIVE.search(clause))


# A focus particle before a subject ("Auch die Fraktionschefin, X, äußerte …") and the number in a party name
# ("Bündnis 90/Die Grünen"): the noun-phrase grammar takes neither.
_FOCUS = re.compile(r"^\s*(?:Auch|Selbst|Sogar|Nur|Und|Aber|Doch)\s+")
_NUMBERED_NAME = re.compile(r"(?<=\w) \d+/(?=[A-ZÄÖÜ])")


def _only_noun_phrases(content: str) -> bool:
    """True for "Die Sprecherin der Stiftung, Heike Laak": appositions before a cue, not reported content."""
    content = _NUMBERED_NAME.sub(" ", _FOCUS.sub("", content))
    return all(apposition(part) for part in content.split(","))


# A fronted adverbial clause or phrase filling the prefield before the cue: "Obwohl X zutrifft, bestritt er",
# "Warum die Wahl auf X fiel, begründete das Tribunal …", "In einer Videobotschaft, die … wurde, sagte X, …".
_FRONTED_OPENER = re.compile(r"\s*(?:((?i:obwohl|obgleich|nachdem|während|weil|wenn|falls|bevor|seitdem|sobald|als|"
                             r"um|warum|weshalb|wieso|wann|wo|indem|zumal))"
                             r"|In|Im|Bei|Beim|Auf|Am|An|Nach|Vor|Mit|Zum|Zur|Für|Wegen|Trotz|Unter|Über|Aus|Vom|Von)\s")
_SUBORDINATE_SEGMENT = re.compile(r"\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|wo|wie|als|nachdem|weil|"
                                  r"wenn|da|bevor|seit|um|ohne|und|oder)\s")


def _fronted_clause(content: str) -> bool:
    """True when the text before ", sagte X" is a fronted adverbial (clause), not reported content."""
    opener = _FRONTED_OPENER.match(content)
    if not opener or KONJUNKTIV_I.search(content):
        return False
    parts = content.split(",")
    if opener.group(1) is None and len(parts) < 2:
        return False  # "Vor dem Absturz wurde kein Notsignal gesendet, sagte X": a main clause of its own
    return all(_SUBORDINATE_SEGMENT.match(part) for part in parts[1:])


# A noun phrase and its verb-final relative clause: "Der Politiker, der als Beobachter im Land war".
_SUBJECT_RELATIVE = re.compile(r"([^,]{1,80}),\s*(?:der|die|das|welche[rsmn]?)\s[^,]*\s[a-zäöüß]+\s*")


def _subject_with_relative(content: str) -> bool:
    """True when the text before ", sagte" is its subject with a relative clause, not reported content."""
    m = _SUBJECT_RELATIVE.fullmatch(content)
    return bool(m and apposition(m.group(1)) and not KONJUNKTIV_I.search(content))


# "wie" opening a verb-final reporting clause: "wie der Sprecher am Montag mitteilte", "Wie die Ministerin, X, erklärte".
_WIE = re.compile(r"(?:^|[,–(]\s*)[Ww]ie\s+(?:[^,;:„“\"]|„[^“„\n]{1,40}“){1,110}"
                  r"(?:,\s[^,;:„“\"]{1,80}(?:,[^,;:„“\"]{0,60})?)?\s$")  # a quoted name may sit in it: "wie die „Zeit“ schrieb"


def _wie_clause(ctx: Context, sentence: Sentence, s0: int, body: str, end: int, wie: re.Match,
                cue: tuple[int, int]) -> Quote | None:
    """Content around a "wie X mitteilte" clause: the rest of the sentence."""
    speaker = None
    intro = re.match(r"[,–(]?\s*[Ww]ie\s+", body[wie.start():])
    at = wie.start() + intro.end()
    found = np_at(body, at) or _pronoun_at(body, at) or _shift(subject_after(body[at - 1:]), at - 1)  # "Wie schon X sagte"
    aus = re.match(r"aus\s+", body[at:])  # "Wie aus einer Verlautbarung der ISAF hervorgeht"
    found = found or (_shift(np_at(body[at + aus.end():], 0, oblique=True), at + aus.end()) if aus else None)
    if found:
        speaker = as_speaker(ctx, s0 + found[0], s0 + found[1])
    elif re.match(r"es\s", body[at:at + 3]):  # "wie es in einer Erklärung hieß": the document is the source
        speaker = impersonal_source(ctx, s0 + at, body[at:cue[0]])
    tail = re.match(r"[^,;]{0,40}?(?:,\s*|$)", body[cue[1]:])
    if wie.start() == 0 and tail and tail.end() > 0:
        start = cue[1] + tail.end()
        return make_quote(sentence, s0, start, end, speaker, cue) if len(body[start:end].split()) >= 3 else None
    content = body[:wie.start()].rstrip(" ,–(")
    return make_quote(sentence, s0, 0, len(content), speaker, cue) if len(content.split()) >= 3 else None


def _shift(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    """Span moved right by `by` characters."""
    return (span[0] + by, span[1] + by) if span else None


def _pronoun_at(text: str, pos: int) -> tuple[int, int] | None:
    """A subject pronoun starting at `pos`."""
    m = PRONOUN_SUBJECT.match(text, pos)
    return (m.start(), m.end()) if m else None


def _subject_apposition(body: str, ce: int) -> re.Match | None:
    """ "erklärte der Direktor der Behörde (IAEO), Mohammed el-Baradei, …": the subject and its apposition."""
    m = re.match(r"([^,:„\"“.;]{0,140}?),\s*([^,:„\"“.;]{1,60}),\s*", body[ce:])
    return m if m and apposition(m.group(1)) and apposition(m.group(2)) else None
