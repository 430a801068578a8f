"""The whole per-article analysis (cleanup, actors, analyzers, footnotes) on the three seeds against gold.

Unlike test_analyze_seeds.py this goes through the real cleanup and actor finder, so it checks what
the pages show: footnote items included, authors left out.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from briefing.actors import load_registry
from briefing.analysis import Resources, analyze_document
from briefing.clean import clean_document
from briefing.ingest import read_document
from briefing.model import Analysis, CleanDocument

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "content" / "articles"
SEEDS = ("trump-trudeau-usmca.txt", "kas-laenderbericht-mexiko-usa.txt", "japan-usa-allianz.txt")
GOLD = yaml.safe_load((ROOT / "tests" / "data" / "seeds_gold.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def analysed(name: str) -> tuple[CleanDocument, Analysis]:
    raw = read_document(ARTICLES / name, ARTICLES)
    document = clean_document(raw)
    metadata = document.detected.overridden_by(raw.metadata)
    return document, analyze_document(document, metadata, Resources(load_registry(None), ()))


def names(analysis: Analysis) -> dict[str, str]:
    return {a.id: a.name for a in analysis.actors}


@pytest.mark.parametrize("name", SEEDS)
def test_gold_quotes_with_speakers(name):
    document, analysis = analysed(name)
    found = {(q.kind.value, q.span.of(document.text), names(analysis).get(q.speaker_id)) for q in analysis.quotes}
    for expected in GOLD[name].get("quotes", []):
        assert (expected["type"], expected["text"], expected["speaker"]) in found, expected


@pytest.mark.parametrize("name", SEEDS)
def test_gold_figures_in_body_or_footnotes(name):
    document, analysis = analysed(name)
    notes = {i: f.text for i, f in enumerate(document.footnotes)}
    found = [(f.span.of(document.text), f.value, f.unit) for f in analysis.figures]
    found += [(f.span.of(notes[n.index]), f.value, f.unit) for n in analysis.notes for f in n.figures]
    for expected in GOLD[name].get("figures", []):
        # Gold may name what the number measures too ("zwei Prozent des Bruttoinlandsprodukts").
        assert any(expected["text"].startswith(text) and value == pytest.approx(float(expected["value"])) and
                   unit == expected["unit"] for text, value, unit in found), expected


def test_kas_gold_actors_include_footnote_actors_but_not_authors():
    _, analysis = analysed("kas-laenderbericht-mexiko-usa.txt")
    present = set(names(analysis).values())
    gold = GOLD["kas-laenderbericht-mexiko-usa.txt"]
    for name in ("Marta Barcena", "Esteban Moctezuma", "Konrad-Adenauer-Stiftung"):
        assert name in gold["actors"]["Person"] + gold["actors"]["Organisation"]
        assert name in present
    assert not set(gold["authors"]) & present
