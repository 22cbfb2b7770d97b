"""An agency story that opens on another outlet's report: the parse may make the dateline's place the subject
('KELSBURY, June 9 - The Kelsbury Courier reported ...', 'PORT ARDEN (AP) - Tarn news agency reported ...'). The
place is never a source; the outlet standing after the dateline is. And an outlet named before a modifier and its
outlet noun ('the Vremnik business daily') is credited where the noun stands. Invented names and places."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/cabinet-plan-1234"
REST = " reported on Friday that the cabinet would approve the harbour plan next week."


@pytest.mark.parametrize("dateline", ["KELSBURY, June 9 - ", "KELSBURY, June 9 (Reuters) - ", "PORT ARDEN (AP) \u2014 "])
@pytest.mark.parametrize("outlet, name", [
    ("The Kelsbury Courier", "Kelsbury Courier"),
    ("Kyodo news agency", "Kyodo"),
])
def test_outlet_after_a_dateline_credited_not_the_place(nlp, dateline, outlet, name):
    got = [n for n, _ in sources(nlp, f"Cabinet to approve plan\n\n{dateline}{outlet}{REST}", url=OTHER)]
    assert name in got
    assert not any(n.isupper() and len(n) > 3 for n in got)  # not 'KELSBURY', 'PORT ARDEN'


@pytest.mark.parametrize("text", [
    "The Nikkei business daily reported on Friday that the cabinet would approve the harbour plan.",
    "The cabinet will approve the harbour plan, the Nikkei business daily reported on Friday.",
    "A minister told the Nikkei business daily that the harbour plan was ready.",
])
def test_name_before_a_modified_outlet_noun(nlp, text):
    assert [n for n, _ in sources(nlp, text, url=OTHER)] == ["Nikkei"]


def test_outlet_noun_only_mentioned_is_no_source(nlp):
    assert sources(nlp, "The harbour plan was described in the Nikkei business daily last week.", url=OTHER) == []
