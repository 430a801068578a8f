"""Output paths: slugs from titles, file names and registry ids stay inside the site and never collide."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from briefing.config import load_settings
from briefing.errors import RenderError
from briefing.pipeline import generate
from briefing.site import safe_target
from briefing.slugs import MAX_LENGTH, SlugAllocator, slugify
from tests.conftest import copy_project

HOSTILE_NAMES = [
    "../../etc/passwd", "/etc/passwd", "..", ".", "C:\\Windows\\system32", "CON", "con.txt", "index", "assets",
    "ｅｖｉｌ．．／ｐａｓｓｗｄ", "\u202eexe.txt", "a" * 1000, "", "   ", "\x00", "😀", "%2e%2e%2f", "~root",
]


@pytest.mark.parametrize("text", HOSTILE_NAMES)
def test_hostile_names_give_plain_slugs(text: str, tmp_path: Path) -> None:
    slug = slugify(text)
    assert slug and "/" not in slug and "." not in slug and "\\" not in slug and len(slug) <= MAX_LENGTH + 2
    assert slug not in {"con", "index", "assets", "search", "404", "sitemap"}
    assert safe_target(tmp_path, f"artikel/{slug}.md").parent == (tmp_path / "artikel").resolve()


@pytest.mark.parametrize("relpath", ["../x.md", "/etc/x.md", "artikel/../../x.md", ""])
def test_writer_refuses_paths_outside_the_docs_folder(relpath: str, tmp_path: Path) -> None:
    with pytest.raises(RenderError):
        safe_target(tmp_path, relpath)


def test_look_alikes_and_case_variants_get_distinct_slugs() -> None:
    allocator = SlugAllocator()
    slugs = [allocator.allocate(t) for t in ("Zölle", "Zoelle", "ZÖLLE", "Zo\u0308lle", "zölle-2", "zölle")]
    assert len(set(slugs)) == len(slugs)


def _project(tmp_path: Path, files: dict[str, str], actors: list | None = None):
    mkdocs_file = copy_project(tmp_path / "project", with_articles=False)
    articles = tmp_path / "project" / "content" / "articles"
    for relpath, text in files.items():
        (articles / relpath).parent.mkdir(parents=True, exist_ok=True)
        (articles / relpath).write_text(text, encoding="utf-8")
    if actors is not None:
        (tmp_path / "project" / "content" / "actors.yml").write_text(yaml.safe_dump(actors, allow_unicode=True),
                                                                    encoding="utf-8")
    return load_settings(mkdocs_file, jobs=1, cache=False)


def test_same_stem_and_title_in_different_folders_are_different_pages(tmp_path: Path) -> None:
    body = "Gleicher Titel\n\nDer Text von {0} handelt von Zöllen. Die Regierung beriet am Montag darüber."
    files = {
        "a/bericht.txt": body.format("a"), "b/bericht.txt": body.format("b"), "a/bericht.md": body.format("md"),
        "a-bericht.txt": body.format("a-"), "A/Bericht.txt": body.format("A"),
    }
    settings = _project(tmp_path, files)
    result = generate(settings)
    assert result.articles == len(files), [p.describe() for p in result.problems]
    pages = sorted(p.name for p in (settings.docs_dir / "artikel").glob("*.md") if p.name != "index.md")
    assert len(pages) == len(files) and len(set(pages)) == len(pages)


def test_nfc_and_nfd_spellings_are_one_actor(tmp_path: Path) -> None:
    name = "Jürgen Schönfeld"
    nfc, nfd = unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)
    assert nfc != nfd
    files = {
        "nfc.txt": f"Bericht eins\n\nDer Minister {nfc} sprach am Montag in Berlin über Zölle.\n",
        "nfd.txt": f"Bericht zwei\n\nDer Minister {nfd} sprach am Dienstag in Paris über Handel.\n",
    }
    # The registry entry is written in NFD, the articles in both forms.
    settings = _project(tmp_path, files, actors=[{"name": nfd, "kind": "Person", "aliases": [nfc]}])
    result = generate(settings)
    assert result.articles == 2
    actor_pages = [p for p in (settings.docs_dir / "akteure").glob("*.md") if p.name != "index.md"]
    schoenfeld = [p for p in actor_pages if "sch" in p.stem and "nfeld" in p.stem]
    assert len(schoenfeld) == 1, [p.name for p in actor_pages]
    text = schoenfeld[0].read_text(encoding="utf-8")
    assert "nfc" in text and "nfd" in text  # both articles on the one page


def test_a_symlinked_folder_in_docs_cannot_lead_outside(tmp_path: Path) -> None:
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    (docs / "artikel").mkdir(parents=True)
    outside.mkdir()
    (docs / "grafiken").symlink_to(outside, target_is_directory=True)
    (docs / "intern").symlink_to(docs / "artikel", target_is_directory=True)
    (docs / "artikel" / "link.md").symlink_to(outside / "x.md")
    with pytest.raises(RenderError):
        safe_target(docs, "grafiken/artikel/x/akteure.svg")
    with pytest.raises(RenderError):
        safe_target(docs, "artikel/link.md")
    assert safe_target(docs, "intern/a.md") == (docs / "artikel" / "a.md").resolve()  # inside: allowed, one spelling
