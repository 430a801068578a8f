"""Dates: precision as written, day-first numerics, English, relative only with a reference."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from briefing.analyze.dates import find_dates
from briefing.analyze.sentences import split_sentences
from briefing.model import PartialDate
from tests.builders import build_document

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def dates(text: str, reference: PartialDate | None = None):
    doc = build_document(text)
    return [(d.span.of(doc.text), d.date.iso()) for d in find_dates(doc.text, split_sentences(doc.text, doc.blocks),
                                                                    reference)]


@pytest.mark.parametrize("text, expected", [
    ("Am 20. Januar 2021 wurde er vereidigt.", [("20. Januar 2021", "2021-01-20")]),
    ("Das gilt seit dem 1. Juli 2020.", [("1. Juli 2020", "2020-07-01")]),
    ("Er kam im Juli 2020 nach Washington.", [("Juli 2020", "2020-07")]),
    ("Die Grenze ist seit März 2020 zu.", [("März 2020", "2020-03")]),
    ("Im Jahr 2016 begann es.", [("2016", "2016")]),
    ("Das gilt seit 1994 durch NAFTA.", [("1994", "1994")]),
    ("Stand: 20.01.2021, abends.", [("20.01.2021", "2021-01-20")]),
    ("Das war im Jan. 2021 so.", [("Jan. 2021", "2021-01")]),
    ("It happened on January 20, 2021 in Washington.", [("January 20, 2021", "2021-01-20")]),
    ("It happened on 20 January 2021.", [("20 January 2021", "2021-01-20")]),
    ("Die Datei vom 2021-01-20 fehlt.", [("2021-01-20", "2021-01-20")]),
    ("In den Jahren 2019 und 2020 wuchs es.", [("2019", "2019"), ("2020", "2020")]),
    ("Er ist seit 2016 Präsident.", [("2016", "2016")]),  # a year before a noun, from 1900 on
    ("Die Stadt wurde um 1200 gegründet.", [("1200", "1200")]),
    ("Im Jahr 1000 Soldaten zu stellen, war viel.", [("1000", "1000")]),  # "im Jahr" always dates
    ("Das galt von 1871 bis 1918.", [("1871", "1871"), ("1918", "1918")]),
])
def test_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Es kamen 2018 Menschen.",
    "Das kostet 1994 Euro.",
    "Mexiko hatte am Mittwoch das Abkommen ratifiziert.",
    "Biden ist der 46. Präsident.",
    "Am 24. Januar kommt er.",
    "Eine Demo habe etwa 500 bis 1000 Teilnehmer gehabt.",
    "Er sprach vor 1000 Gästen im Saal.",
    "Das Gas liegt in 1000 m Tiefe.",
    "Verpresst wird in einer Tiefe von 800 bis 1000 Metern.",
    "Das begann vor 2000 Jahren.",
    "Er erhielt die Auszeichnung nach dem 1000. Einsatz.",
])
def test_no_date_without_context_or_reference(text):
    assert dates(text) == []


def test_relative_dates_need_a_day_reference():
    reference = PartialDate(2019, 6, 21)  # a Friday
    assert dates("Mexiko hatte am Mittwoch ratifiziert.", reference) == [("Mittwoch", "2019-06-19")]
    assert dates("Er kommt am kommenden Montag.", reference) == [("Montag", "2019-06-24")]
    assert dates("Am 24. Januar kommt er.", reference) == [("24. Januar", "2019-01-24")]
    assert dates("Mexiko hatte am Mittwoch ratifiziert.", PartialDate(2019, 6)) == []


def test_invalid_day_is_skipped():
    assert dates("Am 31.02.2021 geschah nichts.") == []


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_german_long_date_round_trip(day):
    text = f"Es geschah am {day.day}. {MONTHS[day.month - 1]} {day.year} in Berlin."
    assert dates(text) == [(f"{day.day}. {MONTHS[day.month - 1]} {day.year}", day.isoformat())]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_numeric_day_first_round_trip(day):
    written = f"{day.day:02d}.{day.month:02d}.{day.year}"
    assert dates(f"Stand {written} abends") == [(written, day.isoformat())]
