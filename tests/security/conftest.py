"""Session fixtures: the hostile project, built once, shared by the static and the browser checks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.config import Settings, load_settings
from briefing.pipeline import BuildResult, build
from tests.security.hostile import HostileProject, write_hostile_project


@dataclass(frozen=True)
class HostileBuild:
    project: HostileProject
    settings: Settings
    result: BuildResult


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> HostileBuild:
    """The hostile corpus built into a full static site (MkDocs, feed, exports, charts)."""
    project = write_hostile_project(tmp_path_factory.mktemp("hostile") / "project")
    settings = load_settings(project.mkdocs_file)
    return HostileBuild(project, settings, build(settings))


@pytest.fixture(scope="session")
def hostile_site(hostile_build: HostileBuild) -> Path:
    return hostile_build.settings.site_dir
