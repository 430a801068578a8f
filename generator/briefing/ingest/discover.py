"""Find candidate article files below the articles folder; everything else becomes a Problem."""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Problem, Severity

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"})
SIDECAR_SUFFIXES = frozenset({".yml", ".yaml"})
BACKUP_SUFFIXES = (".swp", ".swo", ".swx", ".bak", ".orig")  # plus "name~" and emacs' "#name#"


def find_inputs(articles_dir: Path) -> tuple[tuple[Path, ...], tuple[Problem, ...]]:
    """Every article file under the folder (recursive, sorted) and a Problem for each file that is not one."""
    if not articles_dir.is_dir():
        return (), (Problem(articles_dir.as_posix(), "Artikelordner nicht gefunden"),)
    paths: list[Path] = []
    problems: list[Problem] = []
    sidecars: list[Path] = []
    for entry in _walk(articles_dir, articles_dir, set(), problems):
        if entry.suffix.lower() in SIDECAR_SUFFIXES:
            sidecars.append(entry)
        else:
            _classify(entry, articles_dir, paths, problems)
    stems = {p.with_suffix("") for p in paths}
    problems.extend(_orphan_sidecars(articles_dir, sidecars, stems))
    return tuple(sorted(paths)), tuple(sorted(problems, key=lambda p: (p.path, p.message)))


def _walk(folder: Path, root: Path, seen: set[tuple[int, int]], problems: list[Problem]):
    """Files below `folder` in sorted order; symlink loops and unreadable folders become problems."""
    try:
        info = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append(Problem(_rel(folder, root), f"Ordner nicht lesbar: {exc.strerror or exc}"))
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        problems.append(Problem(_rel(folder, root), "Symlink-Schleife: Ordner wird schon gelesen"))
        return
    seen.add(key)
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            problems.append(Problem(_rel(path, root), f"nicht lesbar: {exc.strerror or exc}"))
            continue
        reason = skip_reason(entry.name, is_dir)
        if reason:
            # Not read, but named: a file that silently vanished would look like a lost article.
            problems.append(Problem(_rel(path, root), reason, Severity.WARNING))
        elif is_dir:
            yield from _walk(path, root, seen, problems)
        else:
            yield path
    seen.discard(key)


def skip_reason(name: str, is_dir: bool = False) -> str | None:
    """Why a file or folder is skipped unread (hidden, editor backup), or None for a normal one."""
    if name.startswith("."):
        # .DS_Store, .git, vim's .x.txt.swp, emacs' .#x.txt lock files, and "..txt".
        return "versteckter Ordner übersprungen" if is_dir else "versteckte Datei übersprungen"
    if not is_dir and (name.endswith("~") or name.lower().endswith(BACKUP_SUFFIXES)
                       or (name.startswith("#") and name.endswith("#"))):
        return "Sicherungskopie eines Editors übersprungen"
    return None


def _classify(path: Path, root: Path, paths: list[Path], problems: list[Problem]) -> None:
    relpath = _rel(path, root)
    suffix = path.suffix.lower()
    if not path.exists():
        problems.append(Problem(relpath, "defekter Symlink oder Symlink-Schleife"))
    elif suffix not in ARTICLE_SUFFIXES:
        allowed = ", ".join(sorted(ARTICLE_SUFFIXES))
        problems.append(Problem(relpath, f"kein Artikelformat (erwartet: {allowed})", Severity.WARNING))
    elif not os.access(path, os.R_OK):
        problems.append(Problem(relpath, "Datei nicht lesbar (keine Leserechte)"))
    else:
        paths.append(path)


def _orphan_sidecars(root: Path, sidecars: list[Path], stems: set[Path]) -> list[Problem]:
    """Sidecars without an article are probably renamed leftovers: warn."""
    return [Problem(_rel(s, root), "Metadatendatei ohne zugehörigen Artikel", Severity.WARNING)
            for s in sidecars if s.with_suffix("") not in stems]


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
