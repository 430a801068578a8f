"""Shared fixtures: a throw-away copy of the sample project, generated and built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.config import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


def copy_project(target: Path, *, with_articles: bool = True) -> Path:
    """Copy mkdocs.yml, templates/ and content/ into `target`; return its mkdocs.yml."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", target / "templates")
    if with_articles:
        shutil.copytree(ROOT / "content", target / "content")
    else:
        (target / "content" / "articles").mkdir(parents=True)
    return target / "mkdocs.yml"


@pytest.fixture
def empty_project(tmp_path: Path) -> Settings:
    """A project with templates and config but no articles."""
    return load_settings(copy_project(tmp_path / "project", with_articles=False))


@pytest.fixture(scope="session")
def generated_sample(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The sample content analysed and rendered to Markdown (no MkDocs run)."""
    from briefing.pipeline import generate

    settings = load_settings(copy_project(tmp_path_factory.mktemp("generated")))
    generate(settings)
    return settings


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The sample content built into a full static site."""
    from briefing.pipeline import build

    settings = load_settings(copy_project(tmp_path_factory.mktemp("built")))
    build(settings)
    return settings
