"""Validate metadata dicts (sidecar YAML, Markdown front matter) into Metadata; errors name file and key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..errors import ContentError
from ..model import Metadata, Problem, Severity
from .dates import parse_date

KEYS = ("title", "date", "source", "url", "authors", "language", "tags", "teaser")
SIDECAR_SUFFIXES = (".yml", ".yaml")
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _MetaLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: parse_date checks them and names the key when one is wrong."""


# PyYAML turns `date: 2025-13-45` into a ValueError before we see the key; keep the text instead.
_MetaLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_MetaLoader.add_constructor(_TIMESTAMP, yaml.SafeLoader.construct_scalar)


def load_yaml_mapping(text: str, where: str) -> dict:
    """Parse untrusted YAML (safe_load) that must be a mapping; {} for an empty document."""
    try:
        data = yaml.load(text, Loader=_MetaLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError(where, f"ungültiges YAML: {problem}", line=line) from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # Explicit tags (`!!int x`, `!!float 1e999x`) fail inside PyYAML's constructors.
        raise ContentError(where, f"ungültiger YAML-Wert: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ContentError(where, f"Metadaten müssen eine Zuordnung 'schlüssel: wert' sein, nicht {type(data).__name__}")
    return data


def metadata_from_mapping(data: dict, where: str) -> tuple[Metadata, tuple[Problem, ...]]:
    """Metadata from a mapping, plus warnings; ContentError names the key and what was expected."""
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        raise ContentError(where, f"unbekannter Schlüssel '{unknown[0]}' (erlaubt: {', '.join(KEYS)})", key=unknown[0])
    values, warnings = {}, []
    for key, value in data.items():
        if value is None:
            continue
        if key == "url":
            # A wrong link is not worth losing the article over: drop it and say so in the report.
            reason = url_problem(value)
            if reason:
                warnings.append(Problem(where, f"url ignoriert: {reason}", Severity.WARNING, key="url"))
                continue
        values[key] = _CONVERTERS[key](value, key, where)
    return Metadata(**values), tuple(warnings)


def url_problem(value: object) -> str | None:
    """Why `value` is no usable link (http/https, a host, no spaces), or None if it is one."""
    shown = f"'{value}'" if isinstance(value, str) else repr(value)
    text = value.strip() if isinstance(value, str) else ""
    if not text.startswith(("http://", "https://")):
        return f"erwartet eine Adresse, die mit http:// oder https:// beginnt, gefunden {shown}"
    try:
        host = urlsplit(text).hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket
        host = None
    if not host or any(c.isspace() or not c.isprintable() for c in text):
        return f"keine gültige Adresse (Rechnername fehlt oder Leer-/Steuerzeichen darin), gefunden {shown}"
    return None


def find_sidecar(path: Path) -> Path | None:
    """The sidecar `<stem>.yml`/`.yaml` next to an article, if there is one."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path, articles_dir: Path) -> tuple[Metadata, tuple[Problem, ...]]:
    """Metadata from the article's sidecar file (empty when there is none), plus warnings about it."""
    sidecar = find_sidecar(path)
    if sidecar is None:
        return Metadata(), ()
    where = _rel(sidecar, articles_dir)
    try:
        text = sidecar.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(where, f"Metadatendatei nicht lesbar: {exc}") from exc
    return metadata_from_mapping(load_yaml_mapping(text, where), where)


def _rel(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def _error(where: str, key: str, expected: str, value: object) -> ContentError:
    shown = repr(value) if not isinstance(value, str) else f"'{value}'"
    return ContentError(where, f"Fehler beim Lesen von Metadatum '{key}': erwartet {expected}, gefunden {shown}", key=key)


def _text(value: object, key: str, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _error(where, key, "einen Text", value)
    text = " ".join(str(value).split())
    if not text:
        raise _error(where, key, "einen nicht leeren Text", value)
    return text


def _date(value: object, key: str, where: str):
    date = parse_date(value)
    if date is None:
        raise _error(where, key, "ein Datum wie 2021-01-20 (oder 2021-01, 2021, 20.01.2021)", value)
    return date


def _names(value: object, key: str, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise _error(where, key, "einen Text oder eine Liste von Texten", value)
    return tuple(dict.fromkeys(" ".join(i.split()) for i in items))


def _language(value: object, key: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip().isalpha() or len(value.strip()) != 2:
        raise _error(where, key, "einen Sprachcode wie 'de' oder 'en'", value)
    return value.strip().lower()


def _url(value: object, key: str, where: str) -> str:
    return value.strip()  # checked by url_problem before


_CONVERTERS: dict[str, Callable[[object, str, str], object]] = {
    "title": _text, "date": _date, "source": _text, "url": _url, "authors": _names,
    "language": _language, "tags": _names, "teaser": _text,
}
