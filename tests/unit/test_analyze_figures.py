"""Figures: money, percentages, counted quantities; German numbers; no years/ordinals/dates."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from briefing.analyze.figures import find_figures
from briefing.analyze.numbers import format_german, parse_number
from briefing.analyze.sentences import split_sentences
from briefing.model import FigureKind
from tests.builders import build_document


def figures(text: str):
    doc = build_document(text)
    return [(f.span.of(doc.text), f) for f in find_figures(doc.text, split_sentences(doc.text, doc.blocks))]


@pytest.mark.parametrize("text, written, value, unit, qualifier", [
    ("Das Paket umfasst 550 Milliarden Dollar.", "550 Milliarden Dollar", 5.5e11, "USD", None),
    ("Es waren 22,2 Billionen US-Dollar.", "22,2 Billionen US-Dollar", 2.22e13, "USD", None),
    ("Volumen: 560 Mrd. US$ im Jahr.", "560 Mrd. US$", 5.6e11, "USD", None),
    ("Kanada 525 Mrd.US$, siehe oben.", "525 Mrd.US$", 5.25e11, "USD", None),
    ("Ein 30-Millionen-Dollar-Projekt startet.", "30-Millionen-Dollar-Projekt", 3e7, "USD", None),
    ("Es kostet 5 Mio. Euro.", "5 Mio. Euro", 5e6, "EUR", None),
    ("Es kostet 1.000 €.", "1.000 €", 1000, "EUR", None),
    ("Es kostet 250 EUR.", "250 EUR", 250, "EUR", None),
    ("Es kostet € 40 Millionen.", "€ 40 Millionen", 4e7, "EUR", None),
    ("Das betrifft fast 500 Millionen Menschen.", "fast 500 Millionen Menschen", 5e8, "Menschen", "fast"),
    ("Es sind knapp 23 Billionen Dollar.", "knapp 23 Billionen Dollar", 2.3e13, "USD", "knapp"),
    ("Es sind ca. 72% des BIP.", "ca. 72%", 72, "%", "ca."),
    ("Es sind mehr als 80 Prozent.", "mehr als 80 Prozent", 80, "%", "mehr als"),
    ("Bis zu 3 Millionen Euro fließen.", "Bis zu 3 Millionen Euro", 3e6, "EUR", "Bis zu"),
    ("Der Anteil liegt bei 36,4%.", "36,4%", 36.4, "%", None),
    ("Das sind zwei Prozent des Bruttoinlandsprodukts.", "zwei Prozent", 2, "%", None),
    ("Die Grenze ist 3000 Kilometer lang.", "3000 Kilometer", 3000, "km", None),
    ("Japan stiftet 250 Kirschbäume.", "250 Kirschbäume", 250, "Kirschbäume", None),
    ("Es wuchs um 20 bis 30 Prozent.", "20 bis 30 Prozent", 20, "%", "bis 30"),
    ("Es wuchs um 10-15%.", "10-15%", 10, "%", "bis 15"),
    ("Es kamen rund 1.000.000 Besucher.", "rund 1.000.000 Besucher", 1e6, "Besucher", "rund"),
    ("Handel USA-Mexiko 538 Mrd. US$ und mehr.", "538 Mrd. US$", 5.38e11, "USD", None),
    ("Es kostet 2,5 Mrd. Euro.", "2,5 Mrd. Euro", 2.5e9, "EUR", None),
    ("Es kostet 7 Mio. € mehr.", "7 Mio. €", 7e6, "EUR", None),
    ("Es kostet 7 Mio.€ mehr.", "7 Mio.€", 7e6, "EUR", None),
    ("Es fehlen 1,5 Billionen Euro.", "1,5 Billionen Euro", 1.5e12, "EUR", None),
    ("Es fehlen 1,5 Bio. €.", "1,5 Bio. €", 1.5e12, "EUR", None),
    ("Es kostet US$ 3 Mrd. im Jahr.", "US$ 3 Mrd.", 3e9, "USD", None),
    ("Es kostet EUR 1,5 Mio. im Jahr.", "EUR 1,5 Mio.", 1.5e6, "EUR", None),
    ("Es kostet 5Mrd. Euro im Jahr.", "5Mrd. Euro", 5e9, "EUR", None),
    ("It costs $ 3.5bn a year.", "$ 3.5bn", 3.5e9, "USD", None),
])
def test_figure(text, written, value, unit, qualifier):
    found = figures(text)
    assert [w for w, _ in found] == [written]
    figure = found[0][1]
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.qualifier == qualifier


@pytest.mark.parametrize("text", [
    "Im Jahr 2020 wuchs der Handel.",
    "Seit 1994 gilt NAFTA.",
    "Biden ist der 46. Präsident.",
    "Zum 250. Jahrestag kommen Gäste.",
    "Am 20. Januar 2021 begann es.",
    "Um 14 Uhr beginnt die Sitzung.",
    "Der Vertrag lief 20 Jahre.",
    "Bei seinem Amtsantritt 2018 Mexiko zu reformieren war schwer.",
    "Das steht in Artikel 5 Absatz 3.",
    "Es kamen zwei Länder zusammen.",
    "Der Handel betrug 560 Mrd. Die Zahl ist hoch.",  # no unit: not 560 of a noun "Mrd"
    "Es kamen 2 Millionen.",
])
def test_not_a_figure(text):
    assert figures(text) == []


def test_kinds_and_sentence_index():
    doc = build_document("Erster Satz. Es kostet 5 Euro und 3 Prozent.")
    found = find_figures(doc.text, split_sentences(doc.text, doc.blocks))
    assert [f.kind for f in found] == [FigureKind.MONEY, FigureKind.PERCENT]
    assert {f.sentence for f in found} == {1}


def test_over_after_noun_is_preposition():
    found = figures("Die Investition der Continental AG über 72 Millionen US-Dollar.")
    assert [(w, f.qualifier) for w, f in found] == [("72 Millionen US-Dollar", None)]


@pytest.mark.parametrize("text, refers_to", [
    ("Mexiko hat ein mit 100 Millionen Dollar dotiertes Förderprogramm vorgestellt.", "Förderprogramm"),
    ("Daten: Handelsvolumen USA-China: 560 Mrd. US$ im Jahr.", "Handelsvolumen USA-China"),
    ("Sie will die Verteidigungsausgaben auf zwei Prozent des BIP erhöhen.", "Verteidigungsausgaben"),
    ("Das Paket im Volumen von 550 Milliarden Dollar kommt.", "Paket"),
    ("Heute kamen 40 Besucher.", None),
])
def test_refers_to(text, refers_to):
    assert figures(text)[0][1].refers_to == refers_to


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_german_integers_round_trip(n):
    assert parse_number(format_german(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=3))
def test_parse_german_decimals_round_trip(n, decimals):
    value = n / 10**decimals
    assert parse_number(format_german(value, decimals)) == pytest.approx(value)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_range_round_trip(low, span):
    high = low + span
    found = figures(f"Es stieg um {format_german(low)} bis {format_german(high)} Prozent.")
    assert len(found) == 1
    assert found[0][1].value == low and found[0][1].qualifier == f"bis {format_german(high)}"


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["Millionen", "Mio.", "Milliarden", "Mrd."]))
def test_money_with_magnitude(n, word):
    found = figures(f"Es kostet {format_german(n)} {word} Euro.")
    factor = 1e6 if word.startswith("Mi") and "l" in word and "arden" not in word or word == "Mio." else 1e9
    assert found[0][1].value == pytest.approx(n * factor)


_MAGNITUDE_WORDS = {"Mio.": 1e6, "Millionen": 1e6, "Mrd.": 1e9, "Milliarden": 1e9, "Billionen": 1e12, "Bio.": 1e12,
                    "Tsd.": 1e3}
_CURRENCIES = {"US$": "USD", "Euro": "EUR", "€": "EUR", "US-Dollar": "USD", "Dollar": "USD", "EUR": "EUR"}


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=2),
       st.sampled_from(sorted(_MAGNITUDE_WORDS)), st.sampled_from(sorted(_CURRENCIES)), st.sampled_from(["", " ", "\n"]))
def test_amount_magnitude_currency_round_trip(n, decimals, word, currency, gap):
    """'<zahl> <Mrd.|Mio.|Billionen…>[ ]<Währung>' at any place of a sentence: value = zahl x 10^k, never split."""
    value = n / 10**decimals
    written = f"{format_german(value, decimals)} {word}{gap if word.endswith('.') else ' '}{currency}".replace("\n", " ")
    for text in (f"Es kostet {written} pro Jahr.", f"Es kostet {written}. Die Regierung zahlt.", f"{written} fehlen."):
        found = figures(text)
        assert [w for w, _ in found] == [written]
        assert found[0][1].value == pytest.approx(value * _MAGNITUDE_WORDS[word])
        assert found[0][1].unit == _CURRENCIES[currency]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["Mio.", "Mrd."]), st.sampled_from(["US$", "€", "EUR"]))
def test_prefix_currency_keeps_the_abbreviation_dot(n, word, currency):
    found = figures(f"Der Auftrag über {currency} {n} {word} kam.")
    assert [w for w, _ in found] == [f"{currency} {n} {word}"]
    assert found[0][1].value == pytest.approx(n * (1e6 if word == "Mio." else 1e9))


def test_currency_inside_an_amount_is_no_country_mention():
    from briefing.analyze.figures import outside_amounts
    from briefing.model import Mention, Span

    doc = build_document("Die USA zahlten 560 Mrd. US$ und 3 Mio. US-Dollar.")
    found = find_figures(doc.text, split_sentences(doc.text, doc.blocks))
    mentions = tuple(Mention("usa", Span(m, m + 2), 0) for m in (4, doc.text.index("US$"), doc.text.index("US-")))
    assert [m.span.of(doc.text) for m in outside_amounts(mentions, found)] == ["US"]
    assert outside_amounts(mentions, ())[0] == mentions[0]
