"""The three sample articles against the hand-checked gold (tests/data/seeds_gold.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing.clean import clean_document
from briefing.ingest import read_document
from briefing.model import BlockKind

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "content" / "articles"
GOLD = yaml.safe_load((ROOT / "tests" / "data" / "seeds_gold.yml").read_text(encoding="utf-8"))
SEEDS = sorted(GOLD)
# The gold lists no headings for the web article; its one subheading is stated in the issue.
HEADINGS = {"japan-usa-allianz.txt": ["Friedensnobelpreis und 250 Kirschbäume"]}


@pytest.fixture(scope="module", params=SEEDS)
def seed(request):
    path = ARTICLES / request.param
    return request.param, clean_document(read_document(path, ARTICLES))


def _headings(document):
    return [b.span.of(document.text) for b in document.blocks if b.kind == BlockKind.HEADING]


def test_headings_match_gold(seed):
    name, document = seed
    expected = [" ".join(h.split()) for h in GOLD[name].get("headings", HEADINGS.get(name, []))]
    assert _headings(document) == expected


def test_kas_headings_are_sections_and_news_subheadings_level_3():
    kas = clean_document(read_document(ARTICLES / "kas-laenderbericht-mexiko-usa.txt", ARTICLES))
    trump = clean_document(read_document(ARTICLES / "trump-trudeau-usmca.txt", ARTICLES))
    assert {b.level for b in kas.blocks if b.kind == BlockKind.HEADING} == {2}
    assert {b.level for b in trump.blocks if b.kind == BlockKind.HEADING} == {3}


def test_junk_removed_and_recorded(seed):
    name, document = seed
    for junk in GOLD[name].get("junk", []):
        assert junk not in document.text
        assert any(junk in r.text for r in document.removals), junk


def test_keep_hyphens(seed):
    name, document = seed
    for word in GOLD[name].get("keep_hyphens", []):
        assert word in document.text


def test_no_soft_hyphen_leftovers_in_kas():
    document = clean_document(read_document(ARTICLES / "kas-laenderbericht-mexiko-usa.txt", ARTICLES))
    for word in ("Regierung wird sich", "Automobil-, Elektronik- und", "Spar- und", "US-amerikanische Politik"):
        assert word in document.text


def test_authors_sources_credit_title_teaser(seed):
    name, document = seed
    gold = GOLD[name]
    assert list(document.detected.authors) == gold.get("authors", [])
    assert list(document.detected.sources) == gold.get("sources", [])
    if "image_credit" in gold:
        assert gold["image_credit"] in document.detected.image_credits
    assert document.detected.title == gold.get("title")
    if "teaser" in gold:
        assert document.detected.teaser == gold["teaser"]
        assert document.text.startswith(gold["teaser"])  # the teaser stays in the body
    assert document.detected.language == "de"
    assert document.detected.date is None  # none of the seeds states a date


def test_caption_not_in_body(seed):
    name, document = seed
    caption = GOLD[name].get("caption")
    if caption:
        assert "Kontrollposten" not in document.text and "Blackwell" not in document.text
        assert {"Bildnachweis", "Bildunterschrift"} <= {r.reason for r in document.removals}


def test_kas_footnotes_with_refs():
    document = clean_document(read_document(ARTICLES / "kas-laenderbericht-mexiko-usa.txt", ARTICLES))
    assert [f.number for f in document.footnotes] == list(range(1, 16))
    assert all(f.refs for f in document.footnotes[1:])
    assert document.footnotes[0].refs == ()  # the author note has no marker in the body
    ref = document.footnotes[1].refs[0]
    assert document.text[ref.start - len("gratulierten."):ref.start] == "gratulierten."
    assert document.footnotes[7].refs == document.footnotes[8].refs  # "verringern.8 9"
    assert "verringern. Diese" in document.text and "verstärkt. AMLOs" in document.text
    for kept in ("im Jahr 2020", "46. Präsident", "3000 Kilometer", "22,2 Billionen", "36,4%"):
        assert kept in document.text
    urls = " ".join(f.text for f in document.footnotes)
    assert "https://www.milenio.com/negocios/mexico-socio-comercial-eu-2020-pese-superavit" in urls
    assert "https://www.nytimes.com/es/2019/07/08/espanol/opinion/lopez-obrador-neoliberalismo.html" in urls
    assert "Patricio Garza Girón" not in document.text and "https://" not in document.text


def test_kas_paragraph_continues_after_footnote_block():
    document = clean_document(read_document(ARTICLES / "kas-laenderbericht-mexiko-usa.txt", ARTICLES))
    assert "die Biden nach seinem Wahlsieg über Donald Trump gratulierten." in document.text
    assert "Handelspartner der Vereinigten Staaten, übertroffen nur von China" in document.text
    assert "entscheidende Unterschiede zeigen, beispielsweise bei der Energie- und" in document.text


def test_blocks_are_single_lines_and_tile_the_text(seed):
    _, document = seed
    assert "\n\n".join(b.span.of(document.text) for b in document.blocks) == document.text
    for block in document.blocks:
        chunk = block.span.of(document.text)
        assert "\n" not in chunk and chunk == chunk.strip() and "  " not in chunk


def test_no_mojibake(seed):
    _, document = seed
    assert "Ã" not in document.text and "â€" not in document.text


def test_idempotent_on_seeds(seed):
    _, document = seed
    again = clean_document(type(document.raw)(document.raw.path, "again.txt", document.raw.format, document.text))
    assert again.text == document.text
