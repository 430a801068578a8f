"""One small error hierarchy; the CLI turns any BriefingError into one clean message."""

from __future__ import annotations


class BriefingError(Exception):
    """Base of every error the tool reports to the user."""


class ConfigError(BriefingError):
    """mkdocs.yml / briefing settings are invalid."""


class ContentError(BriefingError):
    """An input file (article, sidecar, registry) cannot be used."""

    def __init__(self, path: str, message: str, *, line: int | None = None, key: str | None = None):
        self.path = str(path)
        self.message = message
        self.line = line
        self.key = key
        where = self.path if line is None else f"{self.path}:{line}"
        key_part = f" [{key}]" if key else ""
        super().__init__(f"{where}{key_part}: {message}")


class ReaderUnavailable(ContentError):
    """The reader for this format needs an optional dependency that is not installed."""


class RenderError(BriefingError):
    """A template failed or the site could not be written."""


class BuildFailed(BriefingError):
    """MkDocs failed, or --strict found problems; the previous site/ was kept."""


def mkdocs_failed(output: str) -> BuildFailed:
    """The error for a failed MkDocs run, with the last lines of its own output."""
    tail = "\n".join(output.strip().splitlines()[-15:])
    return BuildFailed(f"mkdocs build failed (the previous site was kept):\n{tail}")
