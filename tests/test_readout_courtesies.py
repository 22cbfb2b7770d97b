"""Courtesies of sympathy with victims state no content, whatever the verb ('extends his heartfelt condolences to X',
'expressed her deep sympathy and condolences to Y', 'reiterated his shock and sadness about Z', 'wished a speedy
recovery to the injured', 'offered the sympathies of X'): the s20-s22 genre gold leaves every one out. Stated
attitudes beside them stay statements ('expressed his appreciation for Y', 'condemned the attack'). All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

STATEMENT = (
    "Statement attributable to the Spokesperson for the Secretary-General on the ferry disaster off Varnholm\n\n"
    "The Secretary-General is greatly saddened to learn of the sinking of a passenger ferry off the coast of Varnholm on "
    "Sunday. He extends his deepest condolences to the bereaved households and to the people and "
    "authorities of Ostrava. He wishes the injured a swift and full recovery. The Secretary-General welcomes the swift response of "
    "the Ostravan coast guard and calls on all parties to support the rescue effort.")

CALL = (
    "Readout of Prime Minister Ilse Marek's call with President Tomas Brenner of Kestria\n\n"
    "Prime Minister Ilse Marek spoke to President Tomas Brenner of Kestria today. The Prime Minister expressed her "
    "deep sympathy and condolences to the families of those killed in the earthquake in the Kestrian highlands. She "
    "offered the sympathies of the people of Norland and conveyed her sorrow at the loss of life. President Brenner "
    "expressed his appreciation for the rapid deployment of Norland search teams. The Prime Minister also reiterated "
    "her shock and sadness about the attack on a school in Valo last week. Both leaders condemned the attack and "
    "expressed concern over the rising tensions along the border.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("page", [STATEMENT, CALL])
def test_sympathy_with_victims_states_nothing(run, page):
    found = [c for _, c in pairs(run(page))]
    assert not any(w in c for c in found for w in ("condolences", "recovery", "sympath", "sorrow", "sadness",
                                                   "loss of life")), found


def test_stated_attitudes_beside_them_stay(run):
    found = [c for _, c in pairs(run(CALL))]
    assert any(c.startswith("the rapid deployment of Norland search teams") for c in found), found
    assert "the attack" in found, found


def test_a_statement_beside_them_stays(run):
    found = [c for _, c in pairs(run(STATEMENT))]
    assert any(c.startswith("the swift response of the Ostravan coast guard") for c in found), found
