"""Settings are validated once; unknown keys and bad values are errors naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import load_settings
from briefing.errors import ConfigError

BASE = "site_name: Test\ndocs_dir: build/docs\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, BASE))
    assert settings.language == "de" and settings.summary_sentences == 4
    assert settings.articles_dir == tmp_path / "content" / "articles"
    assert settings.site_dir == tmp_path / "site"


def test_python_tags_are_ignored_not_executed(tmp_path: Path) -> None:
    text = BASE + "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:os.system\n"
    assert load_settings(write(tmp_path, text)).site_name == "Test"


@pytest.mark.parametrize(
    ("section", "fragment"),
    [
        ("language: fr", "language"),
        ("summary_sentences: 0", "summary_sentences"),
        ("summary_sentences: drei", "summary_sentences"),
        ("colour: blue", "unknown key extra.briefing.colour"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, section: str, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        load_settings(write(tmp_path, BASE + f"extra:\n  briefing:\n    {section}\n"))


def test_docs_dir_must_be_the_generated_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="docs_dir"):
        load_settings(write(tmp_path, "site_name: T\ndocs_dir: docs\n"))
