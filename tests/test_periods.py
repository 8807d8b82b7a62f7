"""Dates and time steps: how dates are shown and which step a corpus is followed in."""

import pandas as pd
import pytest
from actorlens.periods import (
    MANY_DOCUMENTS,
    choose_period,
    format_date,
    format_period,
    period_key,
)


def _dates(start, n, freq):
    return pd.DataFrame({"date": pd.date_range(start, periods=n, freq=freq)})


def test_choose_period():
    assert choose_period(_dates("2020-01-01", MANY_DOCUMENTS, "D")) == "document"
    assert choose_period(_dates("2020-01-01", MANY_DOCUMENTS + 1, "MS")) == "month"
    assert choose_period(_dates("2010-01-01", MANY_DOCUMENTS + 1, "YS")) == "year"


def test_undated_documents_do_not_count_towards_a_large_corpus():
    dates = pd.DataFrame({"date": [pd.NaT] * 100 + list(pd.date_range("2020-01-01", periods=5, freq="D"))})
    assert choose_period(dates) == "document"


@pytest.mark.parametrize(("date", "precision", "shown"), [
    ("2019-03-05", "day", "5 March 2019"), ("2019-03-01", "month", "March 2019"), ("2019-01-01", "year", "2019 (year only)")])
def test_a_date_is_never_shown_more_precisely_than_it_is_known(date, precision, shown):
    assert format_date(pd.Timestamp(date), precision) == shown
    assert format_date(pd.NaT, precision) == "undated"


def test_period_names():
    march = pd.Timestamp("2019-03-01")
    assert (period_key(march, "month"), period_key(march, "year")) == ("2019-03", "2019")
    assert (format_period(march, "month"), format_period(march, "year")) == ("March 2019", "2019")
