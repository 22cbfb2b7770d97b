"""The office a clause gives the person it names ('X was appointed Drevnia's defence minister', 'X, who became
prime minister in 2023') is that person's title, so a later 'the defence minister' names them; an active subject
of 'appoint' gives the office to someone else. Texts are made up."""
from __future__ import annotations

import pytest

from newsgraph.extract.name_titles import office_taken
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_appointed_office_names_the_person_later(run):
    got = run("Lieutenant General Ruslan Kaztarov was appointed Drevnia's defence minister on Monday, replacing a "
              "man who held the post for nine years.\n\n"
              "Drevnia's new defence minister said the army would be reformed from top to bottom.", "indirect")
    assert speaker_of(got, "the army would be reformed") == "Ruslan Kaztarov"


def test_office_of_a_relative_clause_and_of_an_active_subject(nlp):
    doc = nlp("Admiral Thessaly Brun, who was appointed defence minister in January, spoke.")
    span = next(e for e in doc.ents if e.label_ == "PERSON")
    assert office_taken(span) == "defence minister"
    doc = nlp("President Mira Kosk appointed Jan Tamm as finance minister.")
    span = next(e for e in doc.ents if e.text.endswith("Kosk"))
    assert office_taken(span) is None
