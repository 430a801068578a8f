"""Settings schema: read once from the `extra.briefing` section of mkdocs.yml, validated, frozen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

LANGUAGES = ("de", "en")


class _TolerantLoader(yaml.SafeLoader):
    """Safe loader that skips the `!!python/name:` tags Material's docs put in mkdocs.yml."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    # Such tags name Python objects; we never import them (config must not execute code).
    return None


_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)
_TolerantLoader.add_multi_constructor("!", _ignore_tag)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a build needs to know; paths are absolute."""

    root: Path  # folder holding mkdocs.yml
    mkdocs_file: Path
    content_dir: Path  # content/: articles/, actors.yml, topics.yml
    templates_dir: Path  # Jinja2 templates for the Markdown pages
    build_dir: Path  # generated Markdown (docs) and scratch space; not committed
    site_dir: Path  # final HTML; swapped in atomically
    site_name: str = "Briefing"
    language: str = "de"  # default language of analysis and UI
    summary_sentences: int = 4  # sentences in the Kurzfassung (3-5 recommended)
    strict: bool = False  # any problem in the build report fails the build
    jobs: int = 0  # analysis worker processes; 0 = one per CPU
    cache: bool = True  # reuse per-article analysis from build/cache when nothing changed

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def actors_file(self) -> Path:
        return self.content_dir / "actors.yml"

    @property
    def topics_file(self) -> Path:
        return self.content_dir / "topics.yml"

    @property
    def docs_dir(self) -> Path:
        return self.build_dir / "docs"


# key in mkdocs.yml extra.briefing -> (type, description). Unknown keys are errors, not silence.
SCHEMA: dict[str, tuple[type, str]] = {
    "content_dir": (str, "folder with articles/, actors.yml and topics.yml (relative to mkdocs.yml)"),
    "templates_dir": (str, "folder with the Jinja2 page templates"),
    "build_dir": (str, "folder for the generated Markdown; must match docs_dir's parent"),
    "language": (str, "default language of analysis and UI: de or en"),
    "summary_sentences": (int, "number of sentences in each article's Kurzfassung (1-10)"),
}


def load_yaml_config(path: Path) -> dict[str, Any]:
    """Parse mkdocs.yml safely (Python tags are ignored, never executed)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506 - safe subclass
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: configuration file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def load_settings(mkdocs_file: Path, *, strict: bool = False, jobs: int = 0, cache: bool = True) -> Settings:
    """Read and validate the briefing settings from mkdocs.yml."""
    mkdocs_file = mkdocs_file.resolve()
    root = mkdocs_file.parent
    data = load_yaml_config(mkdocs_file)
    extra = data.get("extra") or {}
    section = extra.get("briefing") or {} if isinstance(extra, dict) else {}
    if not isinstance(section, dict):
        raise ConfigError(f"{mkdocs_file}: extra.briefing must be a mapping")
    for key, value in section.items():
        if key not in SCHEMA:
            known = ", ".join(sorted(SCHEMA))
            raise ConfigError(f"{mkdocs_file}: unknown key extra.briefing.{key} (known: {known})")
        expected, description = SCHEMA[key]
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(
                f"{mkdocs_file}: extra.briefing.{key} must be {expected.__name__} ({description}), got {value!r}"
            )
    language = section.get("language", data.get("theme", {}).get("language", "de") if isinstance(data.get("theme"), dict) else "de")
    if language not in LANGUAGES:
        raise ConfigError(f"{mkdocs_file}: extra.briefing.language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    summary_sentences = section.get("summary_sentences", 4)
    if not 1 <= summary_sentences <= 10:
        raise ConfigError(f"{mkdocs_file}: extra.briefing.summary_sentences must be between 1 and 10")
    build_dir = root / section.get("build_dir", "build")
    docs_dir = (root / str(data.get("docs_dir", "build/docs"))).resolve()
    if docs_dir != (build_dir / "docs").resolve():
        raise ConfigError(f"{mkdocs_file}: docs_dir must be {build_dir.relative_to(root) / 'docs'} (the generated pages)")
    return Settings(
        root=root,
        mkdocs_file=mkdocs_file,
        content_dir=(root / section.get("content_dir", "content")).resolve(),
        templates_dir=(root / section.get("templates_dir", "templates")).resolve(),
        build_dir=build_dir.resolve(),
        site_dir=(root / str(data.get("site_dir", "site"))).resolve(),
        site_name=str(data.get("site_name", "Briefing")),
        language=language,
        summary_sentences=summary_sentences,
        strict=strict,
        jobs=jobs,
        cache=cache,
    )


def describe_schema() -> str:
    """Human-readable list of the settings (used by `briefing check --help` and README)."""
    return "\n".join(f"  {name}: {desc}" for name, (_, desc) in SCHEMA.items())


__all__ = ["Settings", "load_settings", "describe_schema", "load_yaml_config"]
