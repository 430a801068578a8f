"""Regenerate the golden Markdown files from the sample content: `make golden`, then review `git diff`."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from briefing.config import load_settings
from briefing.pipeline import generate

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
sys.path.insert(0, str(HERE.parent.parent))

from tests.conftest import copy_project  # noqa: E402
from tests.golden.pages import GOLDEN_PAGES  # noqa: E402


def main() -> int:
    """Write tests/golden/expected/<page> for every golden page."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(copy_project(Path(tmp) / "project"))
        generate(settings)
        if EXPECTED.exists():
            shutil.rmtree(EXPECTED)
        for page in GOLDEN_PAGES:
            target = EXPECTED / page
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(settings.docs_dir / page, target)
            print(f"wrote {target.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
