"""Credit-line variants of reposted agency copy (credit_lines): a 'Source:' line with the page's date stamp after
the agency ('Source:X Published: ...'), the agency and a dash before its date heading a clipping ('X - May 3,
2004'), a list of agencies after the dash closing the last paragraph ('... the river. - X, Y') and a place (or the
reposting site) with a dash and the agency opening a paragraph ('Velport 24 \u2013 X: The minister ...'). Each
credits its agencies on another outlet's page; a picture's credit in that last shape does not. Invented text and
agencies ('... News Agency' names, which need no list)."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.riverside-daily.example/world/story-2231"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER)]


@pytest.mark.parametrize("text, expected", [
    ("Talks to resume in Kelsbury\n\nSource:Norland News Agency Published: 2019-3-14 10:22:05\n\n"
     "Norland on Thursday called for new talks on the river dispute.", ["Norland News Agency"]),
    ("Court clears two editors\n\nSource\nOstel Press Agency - March 14, 2006\n\n"
     "The court in Kelsbury cleared two editors of libel on Tuesday.", ["Ostel Press Agency"]),
    ("The health office asked residents to empty standing water near their homes. - Norland News Agency, "
     "Ostel Press Agency", ["Norland News Agency", "Ostel Press Agency"]),
    ("Velport 24 \u2013 Norland News Agency: The foreign minister of Norland received a call from his Ostelian "
     "counterpart on Monday.", ["Norland News Agency"]),
])
def test_credit_line_variants(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Photo \u2013 Norland News Agency: The minister arrives in Kelsbury on Monday.",
    "The health office asked residents to empty standing water - Anna Berg, Tomas Hale",
])
def test_no_credit_line(nlp, text):
    assert names(nlp, text) == []
