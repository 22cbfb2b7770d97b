"""A second act in the past tense that the parser hung inside the first act's object ('underlined the need to try X
and urged every state to ...', 'must be held to account and urged ...'): the first statement ends before it, and the
second is the first one's speaker's. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

COUNCIL = ("Council statement on the bombing in Ruritania\n\n"
           "The members of the Harbour Council condemned the bombing in Zenda.\n\n"
           "The council members underlined the need to bring planners, backers and funders of the cowardly "
           "bombings to trial and urged every member state to work closely with Ruritanian investigators.\n\n"
           "They stressed that the people behind the bombing must be held to account and urged every member "
           "state to share what it knows with the Zenda police.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(COUNCIL))


def _texts(found, start):
    return [text for _, text in found if text.startswith(start)]


def test_infinitive_object_ends_before_the_second_act(found):
    assert _texts(found, "the need to bring planners") == [
        "the need to bring planners, backers and funders of the cowardly bombings to trial"]


def test_second_act_after_an_infinitive_has_the_first_speaker(found):
    urged = [(name, text) for name, text in found if text.startswith("every member state to work closely")]
    assert urged and "council members" in (urged[0][0] or ""), found


def test_modal_clause_ends_before_the_second_act(found):
    assert _texts(found, "the people behind the bombing") == [
        "the people behind the bombing must be held to account"]


def test_second_act_hung_on_the_need(nlp):
    got = pairs(indirect_runner(nlp)(
        "Kessel and Varn ministers meet in Dunmere\n\n"
        "On the floods in Kessel, Varga emphasized the pressing need to restore power supplies and called for "
        "shared efforts to rebuild the dams."))
    assert ("Varga", "the pressing need to restore power supplies") in got, got
    assert ("Varga", "shared efforts to rebuild the dams") in got, got


def test_participle_after_and_stays_in_the_object(nlp):
    got = pairs(indirect_runner(nlp)(
        "The Velmark Trade Council welcomed the plan drafted and announced by the Dunmere port board on Monday."))
    assert any("announced by the Dunmere port board" in text for _, text in got), got
