"""Speed shortcuts in the analyzers give exactly what the plain code they replace gives."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings, strategies as st

from briefing.actors import hanta, lexicon
from briefing.actors.index import build_index
from briefing.actors.registry import load_registry
from briefing.analyze import cues, figures, keyphrases

SENTENCES = [
    "Der Minister sagte am Montag, er werde zurücktreten.", "SAGTE er", "Er ſagte es", "Kündigte an, zu gehen.",
    "Am Montag wurde   bekannt, dass es brennt.", "Bekannt wurde das erst spät.", "İst das so", "gesagt, getan",
    "Die Firma teilte mit, sie habe 3D-Drucker.", "hat angekündigt", "Er fügte hinzu: „Nein.“", "ohne Verb hier",
    "Sie wies die Vorwürfe zurück, erklärte der Sprecher.", "Der Kelvin-Test: Kündigt er?", "",
]
WORDS = ["Borkowitzer", "ilvane", "Xq", "Schlussliches", "McAllister-Henning", "zwielichtigsten", "Ramelow",
         "Industrieventilator", "a", "Ökostromumlage", "GmbH", "Tarvala", "E-Scooter", "ab"]


def test_guesser_gives_hantas_scores():
    tagger = lexicon._tagger()
    if tagger is None:
        pytest.skip("HanTa not installed")
    guesser = hanta.Guesser(tagger)
    assert hanta.exact(tagger, guesser)
    for word in WORDS:
        assert guesser(tagger.normalize(word)) == tagger.analyze_forward(tagger.normalize(word))
        assert hanta.tag_word(tagger, word, guesser) == tagger.tag_word(word)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_verb_matches_are_finditer(sentence):
    expected = [m.span() for m in cues._VERB.finditer(sentence)]
    assert [m.span() for m in cues._verb_matches(sentence)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="sagteSAGTEmiwurdbkn ÄäſKİ,.-", max_size=40))
def test_verb_matches_are_finditer_on_any_text(sentence):
    assert [m.span() for m in cues._verb_matches(sentence)] == [m.span() for m in cues._VERB.finditer(sentence)]


def test_name_before_is_the_regex():
    rng = random.Random(7)
    alphabet = "aB Ä-_\n\t\u00a0x9.Ü\u2003ſ"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        m = keyphrases._NAME_BEFORE.search(text, lo, hi)
        assert keyphrases._name_before(text, lo, hi) == (m.group(1) if m else None)


@pytest.mark.parametrize("body", [
    "Es kostet 5 Mio. Euro und 30 Prozent.", "Ein 30-Millionen-Dollar-Projekt.", "US$ 3 Mrd. für 40 Schulen.",
    "Rund 200 Menschen kamen.", "Zwei Prozent mehr.", "Es waren 10-15% weniger, 3 km weit.", "Nur 12 £.",
])
def test_figure_shortcuts_drop_no_match(body):
    plain = sorted((m.start(), m.end(), p) for p, pattern in enumerate(figures._PATTERNS) for m in pattern.finditer(body))
    shortcut = sorted((m.start(), m.end(), p) for p, (pattern, needs) in enumerate(zip(figures._PATTERNS, figures._NEEDS))
                      if needs is None or needs.search(body) for m in pattern.finditer(body))
    assert shortcut == plain


def test_index_found_by_identity_and_by_equality():
    registry = load_registry(None)
    index = build_index(registry)
    assert build_index(registry) is index
    again = load_registry(None)
    assert build_index(again).trie == index.trie
