"""A quote's speaker on the page: the actor's link, the phrase as written, or "unbekannt" — always escaped."""

from __future__ import annotations

import pytest

from briefing.corpus import build_corpus
from briefing.model import ActorKind, Quote, QuoteKind, Span
from briefing.render import PageHelpers
from tests.builders import build_article

TEXT = "Ein *Sprecher* sagte, man sei zufrieden. Er sagte, es gehe voran. Donald Trump sagte, es sei gut."


def _speaker(surface: str | None, actor_id: str | None = None) -> str:
    article = build_article(TEXT, actors={"Donald Trump": ("trump", ActorKind.PERSON)})
    corpus = build_corpus((article,), ())
    span = None
    if surface is not None:
        start = article.text.index(surface)
        span = Span(start, start + len(surface))
    quote = Quote(QuoteKind.INDIRECT, Span(0, 5), 0, speaker_id=actor_id, speaker_span=span)
    return str(PageHelpers(corpus, "artikel/test.md", "de").speaker(quote, article))


@pytest.mark.parametrize(("surface", "actor_id", "expected"), [
    ("Donald Trump", "trump", "[Donald Trump](../akteure/trump.md)"),
    ("Ein *Sprecher*", None, r"Ein \*Sprecher\*"),  # as written, and escaped
    ("Er", None, "unbekannt"),  # a bare pronoun says nothing
    (None, None, "unbekannt"),
])
def test_speaker(surface: str | None, actor_id: str | None, expected: str) -> None:
    assert _speaker(surface, actor_id) == expected
