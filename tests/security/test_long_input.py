"""Very long inputs (many lines, one huge line) are cleaned in about linear time, never minutes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
# Generous on purpose: this catches quadratic blow-ups (the old code needed ~1 min for 10,000
# lines and would need hours for 200,000), not small slowdowns.
SECONDS = 10

# name -> Python expression for the input; each shape once drove one join rule quadratic.
LINES = {
    "soft hyphens": "['Die Regie-', 'rung plant https://a.mx/x-'] * 100_000",
    "ever longer word": "['x-'] * 200_000",
    "ever longer url": "['https://a.mx/x-'] + ['abc/'] * 200_000",
    "plain lines": "['Wort'] * 200_000",
}


def _run(code: str) -> None:
    try:
        subprocess.run([sys.executable, "-c", code], check=True, timeout=SECONDS, capture_output=True, cwd=GENERATOR)
    except subprocess.TimeoutExpired:
        pytest.fail(f"took more than {SECONDS} s: {code[:120]}")


@pytest.mark.parametrize("shape", sorted(LINES))
def test_join_lines_is_linear_in_the_number_of_lines(shape: str) -> None:
    _run("from briefing.clean.hyphens import join_lines; "
         f"assert join_lines({LINES[shape]}, frozenset())")


def test_continues_url_reads_only_the_end_of_a_huge_line() -> None:
    _run("from briefing.clean.urls import continues_url\n"
         "line = 'http://' * 2_000_000\n"
         "for _ in range(2_000):\n"
         "    continues_url(line + ' x', 'abc/def'); continues_url(line, 'weiter/seite')\n")


def test_a_document_of_200000_lines_is_cleaned_quickly() -> None:
    _run("from pathlib import Path; from briefing.clean import clean_document\n"
         "from briefing.model import RawDocument, SourceFormat\n"
         "text = 'Die Regie-\\nrung plant https://a.mx/x-\\nabc/\\n' * 66_000\n"
         "for fmt in (SourceFormat.TEXT, SourceFormat.PDF):\n"
         "    assert clean_document(RawDocument(Path('x.txt'), 'x.txt', fmt, text)).text\n")


def test_join_lines_keeps_its_rules_below_the_caps() -> None:
    from briefing.clean.hyphens import MAX_URL, join_lines

    url = "https://example.org/" + "a" * (MAX_URL - 40) + "-"
    assert join_lines([url, "seite.html"], frozenset()) == url + "seite.html"
    assert join_lines(["die Regie-", "rung plant", "mehr"], frozenset()) == "die Regierung plant mehr"
