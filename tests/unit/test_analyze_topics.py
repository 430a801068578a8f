"""Topic taxonomy loading/validation and keyword-stem assignment."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analyze.sentences import split_sentences
from briefing.analyze.topics import assign_topics, load_taxonomy
from briefing.errors import ContentError
from tests.builders import build_document

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_and_content_copy_agree():
    builtin = load_taxonomy(None)
    assert {t.name for t in builtin} >= {"Handel & Zölle", "Migration", "Sicherheit", "Energie & Klima", "Gesundheit",
                                         "Rohstoffe", "Verteidigung", "Investitionen", "Diplomatie",
                                         "Wirtschaft & Konjunktur", "Technologie", "Wahlen & Innenpolitik",
                                         "Justiz & Korruption"}
    assert [t.id for t in load_taxonomy(ROOT / "content" / "topics.yml")] == [t.id for t in builtin]
    assert [t.id for t in load_taxonomy(None, "en")] == [t.id for t in builtin]
    assert load_taxonomy(ROOT / "does-not-exist.yml") == builtin


@pytest.mark.parametrize("content, line, key", [
    ("topics:\n  - id: a\n    name: A\n", 2, "keywords"),
    ("topics:\n  - id: a\n    keywords: [x]\n", 2, "name"),
    ("topics:\n  - id: a\n    name: A\n    keywords: [x]\n    colour: red\n", 2, "colour"),
    ("topics:\n  - id: Bad Id\n    name: A\n    keywords: [x]\n", 2, "id"),
    ("topics: 5\n", 1, "topics"),
    ("topics:\n  - id: a\n    name: A\n    keywords: [x]\n  - id: a\n    name: B\n    keywords: [y]\n", 5, "id"),
    ("topics:\n  - id: a\n    name: A\n    keywords: [x, [y]]\n", 4, "keywords"),
])
def test_invalid_files_name_file_line_key(tmp_path, content, line, key):
    path = tmp_path / "topics.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_taxonomy(path)
    assert info.value.path == str(path) and info.value.line == line and info.value.key == key


def test_yaml_syntax_error_has_line(tmp_path):
    path = tmp_path / "topics.yml"
    path.write_text("topics:\n  - id: a\n    name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_taxonomy(path)
    assert info.value.line is not None


def assign(*paragraphs):
    doc = build_document(*paragraphs)
    return assign_topics(doc.text, split_sentences(doc.text, doc.blocks), load_taxonomy(None)), doc.text


def test_assigns_trade_with_evidence_and_compounds():
    hits, text = assign("Die USA erheben neue Strafzölle. Der Handelsstreit trifft Exporte und das Freihandelsabkommen.")
    assert hits[0].topic_id == "handel"
    words = {s.of(text) for s in hits[0].evidence}
    assert {"Strafzölle", "Handelsstreit", "Exporte", "Freihandelsabkommen"} <= words


def test_irrelevant_topics_not_assigned():
    hits, _ = assign("Der Verein gewann das Spiel mit drei zu eins. Die Fans feierten lange im Stadion.")
    assert hits == ()


def test_single_passing_mention_is_not_a_topic():
    hits, _ = assign("Die Mannschaft spielte gut, obwohl ein Zoll Regen fiel. Das Stadion war voll.")
    assert "handel" not in {h.topic_id for h in hits}


def test_sorted_by_score():
    hits, _ = assign("Zölle, Zölle und Handel. Exporte sinken. Ein Gipfel mit dem Außenminister.")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
