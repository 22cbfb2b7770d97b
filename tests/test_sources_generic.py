"""A plural source noun that picks out no particular ones ('polls show', 'studies have shown', 'according to
records', 'some reports suggest') is as unsourced as 'reportedly' and credits nothing; with a determiner, a number,
a modifier or an author it names particular ones and is credited (session 9, src5)."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Polls show that most voters in Norland oppose the new port levy.",
    "Studies have shown that the Velta river is warming faster than the coast.",
    "The Harwick council paid the contractor twice, according to records.",
    "Some reports suggest the talks in Orland collapsed on Friday.",
    "Forecasts called for heavy rain across the Brasco valley on Sunday.",
])
def test_a_bare_generic_plural_is_not_credited(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, noun", [
    ("Recent polls show that Mayor Ilse Varga is trailing her rival in Norland.", "polls"),
    ("According to court records, the Harwick council paid the contractor twice.", "records"),
    ("The reports reveal that the Velta agency ignored three warnings.", "reports"),
    ("Two polls found the race for the Orland seat tied.", "polls"),
    ("Studies by the Brasco Institute have shown that the river is warming.", "Studies"),
])
def test_particular_plurals_are_credited(nlp, text, noun):
    names = [n for n, _ in sources(nlp, text)]
    assert len(names) == 1 and noun.lower() in names[0].lower(), names
