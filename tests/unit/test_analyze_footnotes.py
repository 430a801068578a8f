"""Footnote analysis: actors, figures, dates and quotes in footnotes, with spans local to each note."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from briefing.actors import load_registry
from briefing.analysis import Resources, analyze_document
from briefing.analyze.footnotes import analyze_footnotes, is_author
from briefing.clean import clean_document
from briefing.ingest import read_document
from briefing.model import Actor, ActorKind, Footnote, Metadata, Span
from tests.builders import build_document

REGISTRY = load_registry(None)
ARTICLES = Path(__file__).resolve().parents[2] / "content" / "articles"


def notes(*texts: str, authors: tuple[str, ...] = ()):
    footnotes = tuple(Footnote(i + 1, text, refs=(Span(0, 0),)) for i, text in enumerate(texts))
    return footnotes, analyze_footnotes(footnotes, REGISTRY, "de", None, authors)


def test_spans_and_sentences_are_local_to_each_footnote():
    footnotes, found = notes("https://example.org/a", "Handel USA-China: 560 Mrd. US$. Quelle: Reuters.",
                             "Der Botschafter Esteban Moctezuma kam im März 2020 nach Washington.")
    assert [n.number for n in found.notes] == [2, 3]
    second, third = found.notes
    text = footnotes[1].text
    assert [f.span.of(text) for f in second.figures] == ["560 Mrd. US$"]
    assert second.figures[0].value == pytest.approx(5.6e11) and second.figures[0].unit == "USD"
    for item in (*second.mentions, *second.figures):
        assert second.sentences[item.sentence].span.contains(item.span)
    assert [d.date.iso() for d in third.dates] == ["2020-03"]
    assert third.dates[0].span.of(footnotes[2].text) == "März 2020"
    assert "Esteban Moctezuma" in [m.span.of(footnotes[2].text) for m in third.mentions]
    assert {"usa", "china", "esteban-moctezuma"} <= {a.id for a in found.actors}


def test_authors_are_no_actors_but_their_institution_is():
    footnotes, found = notes("Patricio Garza Girón, Projektmanager der KAS Mexiko und Hans-Hartwig Blomeier, "
                             "Leiter des Auslandsbüros der KAS Mexiko",
                             authors=("Patricio Garza Girón", "Hans-Hartwig Blomeier"))
    ids = {m.actor_id for m in found.notes[0].mentions}
    assert "konrad-adenauer-stiftung" in ids
    assert not {a.id for a in found.actors if a.kind is ActorKind.PERSON}


def test_is_author_matches_full_name_and_surname():
    authors = ("Hans-Hartwig Blomeier",)
    assert is_author(Actor("x", "Hans-Hartwig Blomeier", ActorKind.PERSON), authors)
    assert is_author(Actor("x", "Blomeier", ActorKind.PERSON), authors)
    assert not is_author(Actor("x", "Hans Müller", ActorKind.PERSON), authors)
    assert not is_author(Actor("x", "Blomeier", ActorKind.ORGANISATION), authors)


def test_quoted_titles_in_footnotes_are_not_quotes_but_speech_is():
    _, found = notes('Vgl. Länderbericht Guatemala: "Engste Freunde, ärgste Feinde - Die USA müssen neu bestimmen".',
                     "Trump sagte, die Mauer werde bald gebaut.")
    quotes = [q for n in found.notes for q in n.quotes]
    assert len(quotes) == 1 and quotes[0].speaker_id == "donald-trump"
    assert next(n for n in found.notes if n.quotes).number == 2


def test_no_footnotes_no_findings():
    found = analyze_footnotes((), REGISTRY, "de")
    assert found.actors == () and found.notes == ()


def test_analyze_document_keeps_body_and_notes_apart():
    note = Footnote(1, "Laut Marta Barcena kostet das 3 Mrd. Euro.", refs=(Span(10, 10),))
    document = build_document("Biden kam nach Mexiko.", footnotes=(note,))
    analysis = analyze_document(document, Metadata(), Resources(REGISTRY, ()))
    assert {m.span.of(document.text) for m in analysis.mentions} == {"Biden", "Mexiko"}
    assert analysis.figures == ()
    assert [f.span.of(note.text) for n in analysis.notes for f in n.figures] == ["3 Mrd. Euro"]
    assert "marta-barcena" in {a.id for a in analysis.actors}
    assert {m.actor_id for m in analysis.note_mentions()} == {"marta-barcena"}


@lru_cache(maxsize=1)
def kas():
    raw = read_document(ARTICLES / "kas-laenderbericht-mexiko-usa.txt", ARTICLES)
    document = clean_document(raw)
    metadata = document.detected.overridden_by(raw.metadata)
    return document, analyze_document(document, metadata, Resources(REGISTRY, ()))


def test_kas_footnote_gold():
    """Seed 001: figures of footnote 3, persons of footnote 7, KAS of footnotes 1 and 9 (gold.yml)."""
    document, analysis = kas()
    by_number = {n.number: n for n in analysis.notes}
    text = {f.number: f.text for f in document.footnotes}
    assert [(f.span.of(text[3]), f.value) for f in by_number[3].figures] == [
        ("560 Mrd. US$", 5.6e11), ("538 Mrd. US$", 5.38e11), ("525 Mrd.US$", 5.25e11)]
    names = {a.id: a.name for a in analysis.actors}
    assert {names[m.actor_id] for m in by_number[7].mentions} >= {"Marta Barcena", "Esteban Moctezuma"}
    assert {n.number for n in analysis.notes if any(m.actor_id == "konrad-adenauer-stiftung" for m in n.mentions)} \
        == {1, 9}
    assert not {"Patricio Garza Girón", "Hans-Hartwig Blomeier"} & set(names.values())
