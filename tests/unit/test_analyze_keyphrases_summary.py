"""Key phrases and extractive summary on small built documents."""

from __future__ import annotations

from briefing.analyze.keyphrases import find_keyphrases
from briefing.analyze.sentences import split_sentences
from briefing.analyze.summary import summarize
from tests.builders import build_document


def test_keyphrases_rank_repeated_nouns_and_merge_inflections():
    doc = build_document(
        "Das neue Freihandelsabkommen bringt Strafzölle.",
        "Das Freihandelsabkommen gilt ab Juli. Kritiker nennen die Strafzölle unfair.",
        "Auch das Wetter war gut. Des Freihandelsabkommens wegen reiste er.")
    phrases = find_keyphrases(doc.text, split_sentences(doc.text, doc.blocks), limit=3)
    texts = [p.text for p in phrases]
    assert texts[0] == "Freihandelsabkommen"
    assert len(phrases[0].spans) == 3
    assert "Strafzölle" in texts
    for phrase in phrases:
        assert all(doc.text[s.start:s.end] for s in phrase.spans)


def test_keyphrases_skip_names_and_stopwords():
    doc = build_document("Donald Trump traf Justin Trudeau. Die Zölle steigen. Die Zölle fallen.")
    texts = [p.text for p in find_keyphrases(doc.text, split_sentences(doc.text, doc.blocks))]
    assert "Trump" not in texts and "Donald" not in texts and "Die" not in texts
    assert find_keyphrases("", ()) == ()


def test_summary_document_order_skips_headings_and_quotes():
    doc = build_document(
        "Zölle treffen Kanada",
        "Die USA erheben neue Zölle auf Stahl aus Kanada und Mexiko. Kanada kündigt Gegenzölle auf Waren an.",
        "„Das ist unfair und falsch“, sagte er.",
        "Ökonomen erwarten, dass die Zölle auf Stahl die Preise in Kanada erhöhen. Das Wetter war schön und warm.",
        headings=(0,))
    sentences = split_sentences(doc.text, doc.blocks)
    picked = summarize(doc.text, sentences, doc.blocks, n=3)
    assert list(picked) == sorted(picked)
    assert 0 not in picked  # heading
    assert 3 not in picked  # quote-only
    assert 1 in picked


def test_summary_small_inputs():
    doc = build_document("Nur ein Satz hier.")
    sentences = split_sentences(doc.text, doc.blocks)
    assert summarize(doc.text, sentences, doc.blocks, n=4) == (0,)
    assert summarize("", (), (), n=4) == ()
    assert summarize(doc.text, sentences, doc.blocks, n=0) == ()


def test_summary_prefers_tight_on_topic_lead_sentences():
    doc = build_document(
        "Zölle treffen Kanada",
        "Die USA erheben neue Zölle auf Stahl aus Kanada. "
        "Am Wochenende war das Wetter in weiten Teilen des Landes sonnig und warm, viele Familien fuhren an die "
        "Seen, die Straßen waren voll, und die Ausflugslokale meldeten trotz der hohen Preise für Getränke und "
        "Speisen einen Rekord an Gästen. "
        "Kanada kündigt Gegenzölle an. Ökonomen erwarten steigende Preise.",
        headings=(0,))
    sentences = split_sentences(doc.text, doc.blocks)
    assert summarize(doc.text, sentences, doc.blocks, n=2) == (1, 3)
