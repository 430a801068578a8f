"""Sentence splitting: abbreviations, ordinals, dates, quotes, initials, URLs, decimals."""

from __future__ import annotations

import pytest

from briefing.analyze.sentences import split_sentences
from tests.builders import build_document


def split(*paragraphs: str) -> list[str]:
    doc = build_document(*paragraphs)
    return [s.span.of(doc.text) for s in split_sentences(doc.text, doc.blocks)]


@pytest.mark.parametrize("text", [
    "Das gilt z.B. für Mexiko und u.a. für Kanada.",
    "Er traf Dr. Müller bzw. Prof. Schmidt in Berlin.",
    "Es geht um ca. 5 Mrd. Euro und 3 Mio. Menschen.",
    "Am 20. Januar 2021 wurde Joe Biden als 46. Präsident vereidigt.",
    "Seit dem 1. Juli 2020 gilt das Abkommen.",
    "John F. Kennedy war Präsident.",
    "Der Wert stieg auf 36,4 Prozent, vgl. S. 12 der Studie.",
    "„Wir kommen“, sagte er.",
    "„Kommt ihr?“, fragte sie.",
    "Mehr unter www.example.com/seite. und so weiter",
    "Handelsvolumen USA-China: 560 Mrd. US$, USA-Mexiko 538 Mrd. US$ und Kanada 525 Mrd.US$.",
    "Es kostet 5Mrd. Euro und 3,5Mio. Dollar.",
    "Es kamen 4 Mio. Menschen.",
])
def test_one_sentence(text):
    assert split(text) == [text]


def test_splits_plain_sentences_and_after_quote():
    assert split("Er kam. Sie ging! Warum? „Wir gehen.“ Dann war Ruhe.") == [
        "Er kam.", "Sie ging!", "Warum?", "„Wir gehen.“", "Dann war Ruhe."]


def test_number_at_sentence_end_before_function_word():
    assert split("Die Zahl stieg auf 46. Die Regierung schwieg.") == ["Die Zahl stieg auf 46.", "Die Regierung schwieg."]


def test_magnitude_abbreviation_ends_sentence_only_before_function_word():
    assert split("Der Handel betrug 560 Mrd. Die Zahl ist hoch.") == ["Der Handel betrug 560 Mrd.", "Die Zahl ist hoch."]
    assert split("Es kostet 3 Mrd. Euro. Das reicht.") == ["Es kostet 3 Mrd. Euro.", "Das reicht."]


def test_year_ends_sentence():
    assert split("Das war im Jahr 2020. Danach kam 2021.") == ["Das war im Jahr 2020.", "Danach kam 2021."]


def test_never_across_blocks_and_global_indices():
    doc = build_document("Überschrift ohne Punkt", "Erster Satz. Zweiter Satz.", headings=(0,))
    sentences = split_sentences(doc.text, doc.blocks)
    assert [s.index for s in sentences] == [0, 1, 2]
    assert [s.block for s in sentences] == [0, 1, 1]
    for s in sentences:
        assert doc.blocks[s.block].span.contains(s.span)


def test_spans_exclude_whitespace():
    doc = build_document("  Eins.   Zwei.  ")
    assert [s.span.of(doc.text) for s in split_sentences(doc.text, doc.blocks)] == ["Eins.", "Zwei."]


def test_etc_may_end_a_sentence():
    assert split("Äpfel, Birnen etc. Die Preise stiegen.") == ["Äpfel, Birnen etc.", "Die Preise stiegen."]
    assert split("Äpfel, Birnen usw. kosten mehr.") == ["Äpfel, Birnen usw. kosten mehr."]


def test_empty():
    assert split_sentences("", ()) == ()
