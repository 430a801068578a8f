"""Ingest (interim minimal version, to be replaced by the full readers): find and decode inputs."""

from __future__ import annotations

from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from ..errors import ContentError
from ..model import Metadata, PartialDate, Problem, RawDocument, Severity, SourceFormat

FORMATS = {".txt": SourceFormat.TEXT, ".md": SourceFormat.MARKDOWN}


def find_inputs(articles_dir: Path) -> tuple[tuple[Path, ...], tuple[Problem, ...]]:
    """Article files below the folder, and problems for files that are not articles."""
    paths, problems = [], []
    for path in sorted(articles_dir.rglob("*")):
        if path.name.startswith(".") or path.is_dir() or path.suffix in (".yml", ".yaml"):
            continue
        if path.suffix.lower() in FORMATS:
            paths.append(path)
        else:
            problems.append(Problem(path.relative_to(articles_dir).as_posix(), "unbekanntes Format"))
    return tuple(paths), tuple(problems)


def _sidecar(path: Path, relpath: str) -> Metadata:
    side = path.with_suffix(".yml")
    if not side.exists():
        return Metadata()
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ContentError(relpath, f"invalid sidecar {side.name}: {exc}") from exc
    date = data.get("date")
    return Metadata(title=data.get("title"), source=data.get("source"),
                    date=PartialDate(date.year, date.month, date.day) if hasattr(date, "year") else None)


def read_document(path: Path, articles_dir: Path) -> RawDocument:
    """Decode one file into a RawDocument."""
    relpath = path.relative_to(articles_dir).as_posix()
    data = path.read_bytes()
    if not data.strip():
        raise ContentError(relpath, "leere Datei")
    if b"\0" in data:
        raise ContentError(relpath, "Binärdatei, kein Text")
    best = from_bytes(data).best()
    if best is None:
        raise ContentError(relpath, "Zeichenkodierung nicht erkennbar")
    return RawDocument(path, relpath, FORMATS[path.suffix.lower()], str(best), _sidecar(path, relpath),
                       encoding=best.encoding)
