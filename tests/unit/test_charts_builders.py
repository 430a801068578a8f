"""Tiny builders for hand-made Articles and Corpora (sumy-style), shared by the chart/export/related tests."""

from __future__ import annotations

from pathlib import Path

from briefing.corpus import Corpus, build_corpus
from briefing.model import (
    Actor, ActorKind, Analysis, Article, Block, BlockKind, CleanDocument, DateRef, Figure, FigureKind, Mention,
    Metadata, PartialDate, Quote, QuoteKind, RawDocument, Sentence, SourceFormat, Span, Topic, TopicHit,
)

ACTORS = {
    "Trump": Actor("donald-trump", "Donald Trump", ActorKind.PERSON),
    "Trudeau": Actor("justin-trudeau", "Justin Trudeau", ActorKind.PERSON),
    "Mexiko": Actor("mexiko", "Mexiko", ActorKind.LAND),
    "USA": Actor("usa", "USA", ActorKind.LAND),
    "Japan": Actor("japan", "Japan", ActorKind.LAND),
    "WTO": Actor("wto", "WTO", ActorKind.ORGANISATION),
    "USMCA": Actor("usmca", "USMCA", ActorKind.VEREINBARUNG),
    "<script>": Actor("evil", "<script>alert(1)</script>", ActorKind.PERSON, registered=False),
}
TAXONOMY = (Topic("handel", "Handel"), Topic("sicherheit", "Sicherheit"), Topic("leer", "Leer"))


def _find(text: str, needle: str, start: int = 0) -> Span:
    at = text.index(needle, start)
    return Span(at, at + len(needle))


def make_article(slug: str, sentences: list[str], *, title: str | None = None, date: tuple | None = None,
                 figures: tuple = (), dates: tuple = (), topics: tuple = (), quotes: tuple = ()) -> Article:
    """An article of one paragraph; every ACTORS key found in a sentence becomes a mention.

    figures: (text, value, unit[, kind]); dates: (text, (y, m, d)); quotes: (text, speaker key).
    """
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append(_find(text, s, pos))
        pos = spans[-1].end
    sents = tuple(Sentence(i, sp, 0) for i, sp in enumerate(spans))

    def sentence_of(span: Span) -> int:
        return next(s.index for s in sents if s.span.contains(span))

    mentions = []
    for key, actor in ACTORS.items():
        start = 0
        while (at := text.find(key, start)) >= 0:
            span = Span(at, at + len(key))
            mentions.append(Mention(actor.id, span, sentence_of(span)))
            start = span.end
    mentions.sort(key=lambda m: m.span)
    used = {m.actor_id for m in mentions}
    figs = []
    for spec in figures:
        needle, value, unit, *kind = spec
        span = _find(text, needle)
        figs.append(Figure(kind[0] if kind else FigureKind.MONEY, span, value, unit, sentence_of(span)))
    drefs = tuple(DateRef(_find(text, needle), PartialDate(*ymd), sentence_of(_find(text, needle)))
                  for needle, ymd in dates)
    quote_objs = tuple(Quote(QuoteKind.DIRECT, _find(text, needle), sentence_of(_find(text, needle)),
                             speaker_id=ACTORS[speaker].id, speaker_span=_find(text, speaker))
                       for needle, speaker in quotes)
    analysis = Analysis(
        sentences=sents,
        actors=tuple(a for a in ACTORS.values() if a.id in used),
        mentions=tuple(mentions),
        quotes=quote_objs,
        figures=tuple(figs),
        dates=drefs,
        topics=tuple(TopicHit(t, 1.0) for t in topics),
    )
    raw = RawDocument(Path(f"{slug}.txt"), f"{slug}.txt", SourceFormat.TEXT, text)
    document = CleanDocument(raw, text, (Block(BlockKind.PARAGRAPH, Span(0, len(text))),))
    metadata = Metadata(title=title or slug.replace("-", " ").title(), date=PartialDate(*date) if date else None,
                        source="Testquelle", language="de")
    return Article(slug, metadata, document, analysis)


def sample_corpus() -> Corpus:
    """Three small articles about trade, with figures, dates, quotes and one hostile actor name."""
    a = make_article(
        "usmca", ["Trump und Trudeau einigen sich 2018 auf USMCA.", "Mexiko ist dabei.",
                  "Trump sagte: Das ist der beste Deal.", "Der Handel umfasst 1,2 Billionen Dollar."],
        title="Trump und Trudeau: USMCA", date=(2018, 10, 1),
        figures=(("1,2 Billionen Dollar", 1.2e12, "USD"),), dates=(("2018", (2018,)),),
        topics=("handel",), quotes=(("Das ist der beste Deal", "Trump"),))
    b = make_article(
        "mexiko", ["Mexiko und die USA streiten.", "Trump droht Mexiko mit Zöllen von 25 Prozent.",
                   "Betroffen sind 3.000 Firmen und 550 Milliarden Dollar.", "Am 20. Januar 2021 endet das."],
        title="Mexiko und die USA", date=(2021, 1, 20),
        figures=(("550 Milliarden Dollar", 5.5e11, "USD"), ("3.000 Firmen", 3000.0, "Firmen", FigureKind.QUANTITY),
                 ("25 Prozent", 25.0, "%", FigureKind.PERCENT)),
        dates=(("20. Januar 2021", (2021, 1, 20)),), topics=("handel",))
    c = make_article(
        "japan", ["Japan und die USA stärken ihre Allianz.", "Die WTO schaut zu.", "<script> war auch da."],
        title="Japan und USA", date=None, dates=(("Allianz", (2021, 3)),), topics=("sicherheit",))
    return build_corpus([a, b, c], TAXONOMY)


def test_builders_make_consistent_spans() -> None:
    corpus = sample_corpus()
    for article in corpus.articles:
        for m in article.analysis.mentions:
            sentence = article.analysis.sentences[m.sentence]
            assert sentence.span.contains(m.span)
    assert corpus.profile("donald-trump").mention_count == 3
