"""Who or what a spoken judgement is about (extract/event_statement_targets.py): the clause an
anticipatory "it" stands for, acts named without an owner, and what the speaker did himself."""
from __future__ import annotations

import pytest

from event_helpers import events_of

DATE = "2024-02-01"


def _events(nlp, text):
    return events_of(nlp, text, DATE, quotes=True)


def test_an_anticipatory_it_passes_the_judgement_to_its_clause(nlp):
    events = [e for e in _events(nlp, '"It is regrettable that Senator Halvorsen waited so long to act," '
                                      'Governor Merrow said.') if e.cameo == "111"]
    assert len(events) == 1
    assert events[0].actor2 is not None and "Halvorsen" in events[0].actor2.name


@pytest.mark.parametrize("text", [
    '"The impeachment process is a sham," the spokesman for Senator Tolland said.',
    '"The numbers that you gave are wrong," Mayor Kessel told a reporter.',
    'Senator Orrin Vale said the phone call was unusual and inappropriate.',
])
def test_acts_judged_without_an_owner_are_criticism(nlp, text):
    assert "111" in [e.cameo for e in _events(nlp, text)]


def test_politically_motivated_criticises_rather_than_defends(nlp):
    codes = [e.cameo for e in _events(nlp, 'Lawyer Dana Pell said the prosecution of her client was '
                                           '"politically motivated."')]
    assert "111" in codes and "052" not in codes


@pytest.mark.parametrize("text", [
    '"Where I went wrong was the language I picked," Senator Dunmore said.',
    '"I don\'t think it is appropriate for us to argue about it today," Senator Dunmore said.',
    '"The storm that hit the coast was terrible," Governor Merrow said.',
])
def test_the_speaker_s_own_acts_and_things_nobody_did_are_no_criticism(nlp, text):
    assert "111" not in [e.cameo for e in _events(nlp, text)]


def test_a_naming_participle_before_the_verb_of_saying_is_read(nlp):
    events = [e for e in _events(nlp, 'Calling Governor Ashby "a sniveling coward," Senator Vale told reporters '
                                      'he would not back down.') if e.cameo == "111"]
    assert len(events) == 1 and events[0].trigger == "coward"
    assert events[0].actor2 is not None and "Ashby" in events[0].actor2.name
