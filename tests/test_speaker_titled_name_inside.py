"""'Movement for Unity spokesman Petr Halas told ...': the parser made the body's first word the subject and hung
the titled person inside its 'of/for' phrase; the person speaks. 'A spokesman for Premier X' and 'Supporters of
President X' (the title right after the preposition, no body name between) keep their own subject."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_spokesman_of_a_movement_told(run):
    text = "Movement for Unity spokesman Petr Halas told the Kastel Herald the court's ruling was absurd."
    assert speaker_of(run(text), "the court's ruling was absurd") == "Petr Halas"


def test_leader_of_a_union_said(run):
    text = "Union of Dock Workers leader Ana Pohl said the strike would go ahead on Monday."
    assert speaker_of(run(text), "the strike would go ahead") == "Ana Pohl"


def test_spokesman_for_a_titled_person_is_not_the_person(run):
    text = "A spokesman for Premier Lisa Aarn said the border talks would resume next week."
    assert speaker_of(run(text), "the border talks would resume") != "Lisa Aarn"


def test_supporters_of_a_titled_person_are_not_the_person(run):
    text = "Supporters of President Tomas Evren said the count had been fair."
    assert speaker_of(run(text), "the count had been fair") != "Tomas Evren"
