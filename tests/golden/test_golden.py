"""The generated Markdown of the sample content equals the reviewed golden files.

If a change is intended: run `make golden`, review `git diff tests/golden/expected`, commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden.pages import GOLDEN_PAGES

EXPECTED = Path(__file__).resolve().parent / "expected"


@pytest.mark.parametrize("page", GOLDEN_PAGES)
def test_page_matches_golden(generated_sample, page: str) -> None:
    actual = (generated_sample.docs_dir / page).read_text(encoding="utf-8")
    expected_file = EXPECTED / page
    assert expected_file.exists(), f"no golden file for {page}: run `make golden`"
    expected = expected_file.read_text(encoding="utf-8")
    assert actual == expected, f"{page} differs from its golden file; if intended run `make golden` and review"
