"""CLI: every command has help text, errors are one clean message, exit codes mean something."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main, make_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def commands(parser=None, prefix=()):
    parser = parser or make_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        for name, sub in action.choices.items():
            yield (*prefix, name), sub
            if sub._subparsers:
                yield from commands(sub, (*prefix, name))


def test_every_command_has_help_and_is_documented(capsys) -> None:
    readme = README.read_text(encoding="utf-8")
    found = list(commands())
    assert {c for c, _ in found} >= {("build",), ("serve",), ("check",), ("actors",), ("actors", "suggest")}
    for command, sub in found:
        assert sub.description, command
        assert f"briefing {' '.join(command)}" in readme, f"README does not document: briefing {' '.join(command)}"
        with pytest.raises(SystemExit) as exit_info:
            main([*command, "--help"])
        assert exit_info.value.code == 0
    assert "usage: briefing" in capsys.readouterr().out


def test_missing_config_is_one_clean_message(tmp_path, capsys) -> None:
    assert main(["check", "-f", str(tmp_path / "nope.yml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fehler:") and "not found" in err and "Traceback" not in err


def test_check_reports_file_and_exits_nonzero(empty_project, capsys) -> None:
    articles = empty_project.articles_dir
    (articles / "gut.txt").write_text("Ein kurzer, sauberer Artikel über den Handel mit Mexiko.\n", encoding="utf-8")
    (articles / "leer.txt").write_bytes(b"")
    (articles / "kaputt.yml").write_text("title: [unclosed\n", encoding="utf-8")
    (articles / "kaputt.txt").write_text("Text mit kaputter Metadatendatei.\n", encoding="utf-8")
    code = main(["check", "-f", str(empty_project.mkdocs_file)])
    out = capsys.readouterr().out
    assert code == 1
    assert "leer.txt" in out and "kaputt" in out


def test_build_json_summary_and_report(empty_project, capsys) -> None:
    articles = empty_project.articles_dir
    (articles / "a.txt").write_text("Donald Trump traf Justin Trudeau in Washington.\n\nEs ging um Zölle.\n",
                                    encoding="utf-8")
    (articles / "b.bin.txt").write_bytes(bytes(range(256)) * 20)
    assert main(["build", "--json", "-f", str(empty_project.mkdocs_file)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 1 and summary["inputs"] == 2
    assert any("b.bin.txt" in p for p in summary["problems"])
    report = (empty_project.docs_dir / "bericht.md").read_text(encoding="utf-8")
    assert "b.bin.txt" in report
    assert (empty_project.site_dir / "index.html").exists()


def test_strict_build_fails_and_keeps_site(empty_project, capsys) -> None:
    articles = empty_project.articles_dir
    (articles / "a.txt").write_text("Olaf Scholz besuchte Paris.\n", encoding="utf-8")
    assert main(["build", "-q", "-f", str(empty_project.mkdocs_file)]) == 0
    marker = (empty_project.site_dir / "index.html").read_bytes()
    (articles / "leer.txt").write_bytes(b"")
    assert main(["build", "--strict", "-q", "-f", str(empty_project.mkdocs_file)]) == 1
    assert "--strict" in capsys.readouterr().err
    assert (empty_project.site_dir / "index.html").read_bytes() == marker


TOPICS = """topics:
  - id: handel
    name: Handel
    keywords: [zoll, handel]
  - id: Kaputt Id
    name: Kaputt
    keywords: [x]
  - id: energie
    name: Energie
    keywords: [strom, gas]
"""

ACTORS = """- name: Erika Muster
  kind: Person
- name: Raumschiff Enterprise
  kind: Raumschiff
- Nur ein Text
"""


def test_check_keeps_good_registry_entries_and_reports_bad_ones(empty_project, capsys) -> None:
    from briefing.pipeline import gather

    (empty_project.articles_dir / "a.txt").write_text("Erika Muster sprach über Zölle und Handel.\n", encoding="utf-8")
    empty_project.topics_file.write_text(TOPICS, encoding="utf-8")
    empty_project.actors_file.write_text(ACTORS, encoding="utf-8")
    assert main(["check", "-f", str(empty_project.mkdocs_file)]) == 1
    out = capsys.readouterr().out
    assert "content/topics.yml:5 [id]:" in out  # file, line and key of the bad topic only
    assert "content/actors.yml:4 [kind]: unbekannte Art 'Raumschiff'" in out
    assert "content/actors.yml:5: Eintrag ist keine Zuordnung" in out
    gathered = gather(empty_project)
    assert [t.id for t in gathered.taxonomy] == ["handel", "energie"]
    assert "Erika Muster" in {a.name for a in gathered.registry.actors}


def test_report_paths_are_relative_to_the_project(empty_project, capsys) -> None:
    articles = empty_project.articles_dir
    (articles / "sub").mkdir()
    (articles / "sub" / "leer.txt").write_bytes(b"")
    (articles / "sub" / ".versteckt.md").write_text("x", encoding="utf-8")
    (articles / "sub" / "notiz.txt~").write_text("x", encoding="utf-8")
    (articles / "sub" / "gut.txt").write_text("Ein guter Artikel über den Handel mit Mexiko.\n", encoding="utf-8")
    (articles / "sub" / "gut.yml").write_text("url: javascript:alert(1)\ndate: 2025-13-45x\n", encoding="utf-8")
    (articles / "sub" / "datum.txt").write_text("Ein Artikel mit falschem Datum im Sidecar.\n", encoding="utf-8")
    (articles / "sub" / "datum.yml").write_text("date: 2025-13-45\n", encoding="utf-8")
    empty_project.topics_file.write_text("topics: 5\n", encoding="utf-8")
    assert main(["check", "-f", str(empty_project.mkdocs_file)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and not any(str(empty_project.root) in line for line in lines)
    assert all(line.startswith("content/") for line in lines), lines
    shown = "\n".join(lines)
    assert "content/articles/sub/leer.txt: leere Datei" in shown
    assert "content/articles/sub/.versteckt.md: versteckte Datei übersprungen" in shown
    assert "content/articles/sub/notiz.txt~: Sicherungskopie eines Editors übersprungen" in shown
    assert ("content/articles/sub/datum.txt [date]: datum.yml: Fehler beim Lesen von Metadatum 'date': "
            "erwartet ein Datum wie 2021-01-20") in shown
    assert "content/topics.yml:1 [topics]:" in shown


def test_a_bad_url_is_a_warning_and_the_article_builds(empty_project, capsys) -> None:
    articles = empty_project.articles_dir
    (articles / "a.txt").write_text("Donald Trump traf Justin Trudeau in Washington.\n", encoding="utf-8")
    (articles / "a.yml").write_text("title: Gipfel\nurl: 'javascript:alert(1)'\n", encoding="utf-8")
    assert main(["build", "--json", "-f", str(empty_project.mkdocs_file)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 1
    (problem,) = summary["problems"]
    assert problem.startswith("content/articles/a.yml [url]: url ignoriert: ")
    page = (empty_project.site_dir / "artikel" / "a.html").read_text(encoding="utf-8")
    assert "Gipfel" in page and "javascript:alert" not in page
    # A cached rebuild reports the warning again, and --strict counts it.
    assert main(["build", "--json", "-f", str(empty_project.mkdocs_file)]) == 0
    assert json.loads(capsys.readouterr().out)["problems"] == [problem]
    assert main(["build", "--strict", "-q", "-f", str(empty_project.mkdocs_file)]) == 1
