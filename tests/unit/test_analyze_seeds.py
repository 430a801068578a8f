"""Seed gold checks for the analyzers on the three sample articles (content/articles/).

The seeds are PDF/web text with hard-wrapped lines; a minimal self-contained reflow (blank line =
paragraph, wrapped lines joined) keeps these tests independent of the cleanup stage.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from briefing.analyze.dates import find_dates
from briefing.analyze.figures import find_figures
from briefing.analyze.sentences import split_sentences
from briefing.model import Block, BlockKind, Sentence, Span

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "content" / "articles"
SEEDS = ("trump-trudeau-usmca.txt", "kas-laenderbericht-mexiko-usa.txt", "japan-usa-allianz.txt")


def reflow(raw: str) -> tuple[str, tuple[Block, ...]]:
    """Blank-line separated paragraphs, wrapped lines joined ("Social-\\nMedia" keeps its hyphen)."""
    paragraphs = []
    for part in re.split(r"\n\s*\n", raw):
        lines = [line.strip() for line in part.splitlines() if line.strip()]
        text = ""
        for line in lines:
            text = text + line if text.endswith("-") or not text else f"{text} {line}"
        if text:
            paragraphs.append(re.sub(r"\s{2,}", " ", text))
    blocks, pos = [], 0
    for paragraph in paragraphs:
        blocks.append(Block(BlockKind.PARAGRAPH, Span(pos, pos + len(paragraph))))
        pos += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(blocks)


@lru_cache(maxsize=None)
def seed(name: str) -> tuple[str, tuple[Block, ...], tuple[Sentence, ...]]:
    """Reflowed text, blocks and sentences of one sample article."""
    text, blocks = reflow((ARTICLES / name).read_text(encoding="utf-8"))
    return text, blocks, split_sentences(text, blocks)


@lru_cache(maxsize=None)
def gold(filename: str) -> dict:
    """A gold file from tests/data/."""
    return yaml.safe_load((ROOT / "tests" / "data" / filename).read_text(encoding="utf-8"))


def occurrences(text: str, needle: str) -> list[Span]:
    """Every span where `needle` occurs."""
    return [Span(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


@pytest.mark.parametrize("name", SEEDS)
def test_seed_sentences_cover_blocks_without_crossing(name):
    text, blocks, sentences = seed(name)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert blocks[s.block].span.contains(s.span)
        assert s.span.of(text) == s.span.of(text).strip()


def test_seed_kas_keeps_dates_and_ordinals_inside_sentences():
    text, _, sentences = seed("kas-laenderbericht-mexiko-usa.txt")
    bodies = [s.span.of(text) for s in sentences]
    assert any(b.startswith("Am 20. Januar 2021 wurde Joe Biden als 46. Präsident") for b in bodies)
    assert any("u.a. warum z.B. der US-Kongress" in b and "seit dem 1. Juli 2020" in b for b in bodies)


@pytest.mark.parametrize("name", SEEDS)
def test_seed_figures_match_gold(name):
    text, _, sentences = seed(name)
    found = find_figures(text, sentences)
    written = [(f.span.of(text), f) for f in found]
    for expected in gold("figures_gold.yml")[name]["figures"]:
        matches = [f for w, f in written if expected["text"].startswith(w) and w.split()[-1] in expected["text"]
                   and w == expected["text"][: len(w)]]
        matches = [f for f in matches if abs(f.value - float(expected["value"])) < 1e-6 * max(1, f.value)]
        assert matches, f"{expected['text']} not found in {[w for w, _ in written]}"
        figure = matches[0]
        assert figure.unit == expected["unit"]
        assert figure.qualifier == expected.get("qualifier")
        if "refers_to" in expected:
            assert figure.refers_to == expected["refers_to"]


@pytest.mark.parametrize("name", SEEDS)
def test_seed_no_figures_for_years_dates_ordinals(name):
    text, _, sentences = seed(name)
    found = find_figures(text, sentences)
    for phrase in gold("figures_gold.yml")[name]["not_figures"]:
        for span in occurrences(text, phrase):
            assert not [f.span.of(text) for f in found if f.span.overlaps(span)], phrase


@pytest.mark.parametrize("name", SEEDS)
def test_seed_seeds_gold_figures_found(name):
    text, _, sentences = seed(name)
    written = {f.span.of(text) for f in find_figures(text, sentences)}
    for expected in gold("seeds_gold.yml")[name].get("figures", []):
        assert any(expected["text"].startswith(w) for w in written), expected["text"]


# --------------------------------------------------------------------------- quotes and dates

# Hand-built actors for the seeds (the actor finder is another stage): surface -> (actor id, kind).
SEED_ACTORS = {
    "Donald Trump": "donald-trump", "Trumps": "donald-trump", "Trump": "donald-trump",
    "Justin Trudeau": "justin-trudeau", "Trudeau": "justin-trudeau", "Nancy Pelosi": "nancy-pelosi",
    "Pelosi": "nancy-pelosi", "Andrés Manuel López Obrador": "andres-manuel-lopez-obrador",
    "López Obrador": "andres-manuel-lopez-obrador", "AMLO": "andres-manuel-lopez-obrador",
    "Marcelo Ebrard": "marcelo-ebrard", "Bill Clintons": "bill-clinton", "Joe Bidens": "joe-biden",
    "Joe Biden": "joe-biden", "Bidens": "joe-biden", "Biden": "joe-biden", "Sanae Takaichi": "sanae-takaichi",
    "Takaichi": "sanae-takaichi", "Kanadas": "kanada", "Kanada": "kanada", "Mexiko": "mexiko", "USA": "usa",
}
NAMES = {"donald-trump": "Donald Trump", "justin-trudeau": "Justin Trudeau", "nancy-pelosi": "Nancy Pelosi",
         "andres-manuel-lopez-obrador": "Andrés Manuel López Obrador", "marcelo-ebrard": "Marcelo Ebrard",
         "bill-clinton": "Bill Clinton", "joe-biden": "Joe Biden", "sanae-takaichi": "Sanae Takaichi"}


def seed_mentions(text, sentences):
    """Mentions of SEED_ACTORS (longest surface first, no overlaps) and the Actor objects."""
    from briefing.model import Actor, ActorKind, Mention

    taken, mentions = [], []
    for surface in sorted(SEED_ACTORS, key=len, reverse=True):
        for span in occurrences(text, surface):
            if any(t.overlaps(span) for t in taken) or text[span.end:span.end + 1].isalpha():
                continue
            sentence = next((s.index for s in sentences if s.span.contains(span)), None)
            if sentence is not None:
                taken.append(span)
                mentions.append(Mention(SEED_ACTORS[surface], span, sentence))
    actors = tuple(Actor(i, NAMES.get(i, i), ActorKind.PERSON if i in NAMES else ActorKind.LAND)
                   for i in sorted(set(SEED_ACTORS.values())))
    return tuple(sorted(mentions, key=lambda m: m.span)), actors


@pytest.mark.parametrize("name", SEEDS)
def test_seed_quotes_match_gold(name):
    from briefing.analyze.quotes import find_quotes

    text, _, sentences = seed(name)
    mentions, actors = seed_mentions(text, sentences)
    found = [(q.kind.value, q.span.of(text), NAMES.get(q.speaker_id)) for q in find_quotes(text, sentences, mentions,
                                                                                         actors)]
    for expected in gold("seeds_gold.yml")[name].get("quotes", []):
        wanted = expected["text"].replace("´", "´")
        assert (expected["type"], wanted, expected["speaker"]) in found, (expected, found)


def test_seed_kas_dates_match_gold():
    text, _, sentences = seed("kas-laenderbericht-mexiko-usa.txt")
    found = {(d.span.of(text), d.date.iso()) for d in find_dates(text, sentences)}
    for expected in gold("seeds_gold.yml")["kas-laenderbericht-mexiko-usa.txt"]["dates"]:
        assert (expected["text"], str(expected["date"])) in found, expected


@pytest.mark.parametrize("name", SEEDS)
def test_seed_dates_never_invented(name):
    text, _, sentences = seed(name)
    for d in find_dates(text, sentences):
        assert str(d.date.year) in d.span.of(text)  # no reference given: every date has its year written


def test_seed_topics_keyphrases_summary():
    from briefing.analyze.keyphrases import find_keyphrases
    from briefing.analyze.summary import summarize
    from briefing.analyze.topics import assign_topics, load_taxonomy

    taxonomy = load_taxonomy(None)
    expected = {"trump-trudeau-usmca.txt": "handel", "japan-usa-allianz.txt": "verteidigung",
                "kas-laenderbericht-mexiko-usa.txt": "diplomatie"}
    for name in SEEDS:
        text, blocks, sentences = seed(name)
        topics = [h.topic_id for h in assign_topics(text, sentences, taxonomy)]
        assert expected[name] in topics[:2]
        assert "gesundheit" not in topics[:3]
        assert 1 <= len(find_keyphrases(text, sentences)) <= 8
        picked = summarize(text, sentences, blocks, 4)
        assert len(picked) == 4 and list(picked) == sorted(picked)
