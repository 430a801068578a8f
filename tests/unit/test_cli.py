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
    assert "b\\.bin\\.txt" in report
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
