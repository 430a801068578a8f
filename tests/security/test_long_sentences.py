"""One very long sentence or very many short ones never make an analyzer quadratic.

Each shape below once took minutes at about 300 kB: keyphrases looked at the whole sentence before
every phrase, sentence splitting and figures at everything before every "Mrd.", quotes compared
every quote with every other one and tried every reporting verb of a run-on line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
SECONDS = 15  # catches quadratic blow-ups (minutes), not small slowdowns

SHAPES = {
    "capitalised words": "Wort ",
    "amounts": "3 Mrd. ",
    "ordinals": "auf 46. Auf ",
    "percentages": "Es sind 3 Prozent und ",
    "reporting verbs": "Trump sagte, ",
    "short quotes": "„Ja“, sagte er. ",
}


@pytest.mark.parametrize("piece", SHAPES.values(), ids=SHAPES.keys())
def test_analysis_of_a_long_repetitive_text_is_fast(piece: str) -> None:
    code = (
        "from pathlib import Path\n"
        "from briefing.actors import load_registry\n"
        "from briefing.analysis import Resources, analyze_document\n"
        "from briefing.model import Block, BlockKind, CleanDocument, Metadata, RawDocument, SourceFormat, Span\n"
        f"text = {piece!r} * 20_000\n"
        "raw = RawDocument(Path('x.txt'), 'x.txt', SourceFormat.TEXT, text)\n"
        "doc = CleanDocument(raw, text, (Block(BlockKind.PARAGRAPH, Span(0, len(text))),))\n"
        "analyze_document(doc, Metadata(), Resources(load_registry(None), ()))\n"
    )
    try:
        subprocess.run([sys.executable, "-c", code], check=True, timeout=SECONDS, capture_output=True, cwd=GENERATOR)
    except subprocess.TimeoutExpired:
        pytest.fail(f"analysis of {piece!r} x 20,000 took more than {SECONDS} s")
