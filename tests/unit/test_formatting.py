"""German display formats."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing.formatting import format_amount, format_date, format_number
from briefing.model import PartialDate


def test_dates_only_as_precise_as_known() -> None:
    assert format_date(PartialDate(2021, 1, 20)) == "20. Januar 2021"
    assert format_date(PartialDate(2021, 1, 20), short=True) == "20. Jan. 2021"
    assert format_date(PartialDate(2020, 7)) == "Juli 2020"
    assert format_date(PartialDate(1994)) == "1994"
    assert format_date(None, unknown="unbekannt") == "unbekannt"
    assert format_date(PartialDate(2021, 1, 20), "en") == "January 20, 2021"


def test_german_numbers() -> None:
    assert format_number(1000.5) == "1.000,5"
    assert format_number(1234567) == "1.234.567"
    assert format_number(1000.5, "en") == "1,000.5"


def test_amounts_use_long_scale() -> None:
    assert format_amount(5.5e11, "USD") == "550 Mrd. USD"
    assert format_amount(2.22e13, "USD") == "22,2 Bio. USD"
    assert format_amount(36.4, "%") == "36,4 %"
    assert format_amount(3000, "km") == "3.000 km"


@given(st.integers(min_value=0, max_value=10**15))
def test_integer_grouping_round_trips(n: int) -> None:
    assert int(format_number(n).replace(".", "")) == n
