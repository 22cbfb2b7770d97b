"""A holder's name run on after the place or body of an office, no comma (extract/office_run_names.py): the
person speaks, not the place the tagger joined to the name nor the bare title. Fictional people and places."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze_many

CASES = [
    "Kelsbury (AFP)\n\nSocialist mayor of Kelsbury Marta Quillon on Thursday criticised \"plans that split the "
    "town\", saying that the marchers knew the scheme \"will not be fair.\"\n\n\"We will not give up,\" said "
    "Ms. Quillon.",
    "Port Arden, Nov 10, 2020, NPA \u2013 Chairperson of the Norland Union Commission Tomas Beliard Okonye today "
    "expressed concern over the fighting in Valdoria. In a statement issued today, he urged the two sides to "
    "hold talks. He called for an immediate end to the shelling.",
]


@pytest.fixture(scope="module")
def analysed(nlp):
    return [r.to_dict() for r in analyze_many([{"id": str(i), "text": t} for i, t in enumerate(CASES)])]


def _speakers(d):
    return [(q.get("speaker") or {}).get("name") for q in d["quotes"]]


def test_place_before_the_name_is_no_speaker(analysed):
    names = _speakers(analysed[0])
    assert names and "Kelsbury" not in names
    assert "Marta Quillon" in names


def test_pronouns_after_a_body_and_name_take_the_name(analysed):
    names = _speakers(analysed[1])
    assert names
    assert "Chairperson" not in names and "Arden" not in names and "Port Arden" not in names
    assert all("Okonye" in n for n in names if n)  # (the tagger may leave the given name out)
