"""Date expressions resolved against the publication date."""
from __future__ import annotations

import pytest

from newsgraph.extract.dates import find_dates, resolve_date

PUB = "2024-02-01"  # a Thursday


@pytest.mark.parametrize("expr, iso", [
    ("on Thursday", "2024-02-01"),
    ("Wednesday", "2024-01-31"),
    ("last Thursday", "2024-01-25"),
    ("next Monday", "2024-02-05"),
    ("February 1", "2024-02-01"),
    ("Jan. 31, 2024", "2024-01-31"),
    ("31 January 2024", "2024-01-31"),
    ("December 20", "2023-12-20"),
    ("last week", "2024-01-25"),
    ("yesterday", "2024-01-31"),
    ("today", "2024-02-01"),
    ("three days ago", "2024-01-29"),
    ("last month", "2024-01-01"),
    ("2024-01-15", "2024-01-15"),
])
def test_resolve_date(expr, iso):
    assert resolve_date(expr, PUB) == iso


@pytest.mark.parametrize("expr", ["in recent years", "2023", "this week", "every Monday", ""])
def test_vague_expressions_give_none(expr):
    assert resolve_date(expr, PUB) is None


def test_relative_needs_published_date():
    assert resolve_date("yesterday", None) is None
    assert resolve_date("March 3, 2022", None) == "2022-03-03"


def test_published_datetime_is_accepted():
    assert resolve_date("yesterday", "2024-02-01T09:30:00Z") == "2024-01-31"


def test_find_dates(nlp):
    doc = nlp("The ministers met on Wednesday and will talk again on February 20.")
    found = find_dates(doc, PUB)
    isos = [iso for _, _, iso in found]
    assert "2024-01-31" in isos
    assert "2024-02-20" in isos
    for start, end, _ in found:
        assert doc.text[start:end]
