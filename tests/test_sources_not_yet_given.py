"""An outlet named where an interview or broadcast is still to come is no credit (source_syntax.not_yet_done): 'X will
appear on Y tonight', 'said she would write to Y', 'is due to give an interview to Y', 'the debate, to be carried on
Y', 'does not expect Y to follow through'. Interviews given and reports run stay credited, as does a report that
exists though someone declines to comment on it. Fictional outlets, names and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OWN = "https://www.bbc.co.uk/news/uk-politics-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OWN, quotes=True)]


@pytest.mark.parametrize("text", [
    "Jane Varn will appear on the Kelsbury Star's evening programme tonight.",
    "Jane Varn said she would write to the Norland Herald to complain.",
    "Jane Varn is due to give an interview to the Norland Herald on Sunday.",
    "The debate, to be carried on Kelsbury Radio, starts at eight.",
    "He said he does not expect the Norland Herald to follow through with the debate.",
])
def test_an_outlet_not_yet_given_anything_is_not_credited(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, outlet", [
    ("Jane Varn told the Norland Herald that the plan would fail.", "Norland Herald"),
    ("Jane Varn appeared on Kelsbury Radio on Sunday and said the plan would fail.", "Kelsbury Radio"),
    ("Jane Varn refused to comment on reports in the Norland Herald that she would resign.", "Norland Herald"),
])
def test_an_outlet_given_an_interview_or_running_a_report_is_credited(nlp, text, outlet):
    assert any(outlet in name for name in names(nlp, text))
