"""Readout objects that state a position: 'confirmed their support for X'; 'shared their views on X' is the topic of
an exchange, and condolences ('passed on his deepest condolences to X') a courtesy that states nothing (the s20-s22
genre gold leaves every one out). A page that reports a talk 'over the phone' reads as a readout. All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

CALL = (
    "Prime Minister Tomas Rivel speaks with Prime Minister Ada Morrow of Estavia\n\n"
    "Today, Prime Minister Tomas Rivel spoke with the Prime Minister of Estavia, Ada Morrow.\n\n"
    "Prime Minister Rivel passed on his deepest condolences to the people of Estavia following the floods in "
    "the Varn valley. The two leaders confirmed their shared support for efforts to reopen the river ports. "
    "Prime Minister Rivel confirmed Norland's support for Estavia's bid to join the northern customs union. "
    "The leaders shared their views on the grain markets.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.fixture(scope="module")
def call(run):
    return pairs(run(CALL))


@pytest.mark.parametrize("start, names", [
    ("their shared support for efforts to reopen", ("Rivel", "Morrow")),
    ("Norland's support for Estavia's bid", ("Rivel",)),
])
def test_express_objects(call, start, names):
    found = [name for name, c in call if c.startswith(start)]
    assert found and all(n in (found[0] or "") for n in names), call


def test_condolences_state_nothing(call):
    assert not any("condolences" in c for _, c in call), call


def test_views_on_a_topic_state_nothing(call):
    assert not any(c.startswith("their views on") for _, c in call), call


def test_over_the_phone_reads_as_a_readout(run):
    text = ("Norland, Estavia leaders talk trade\n\n"
            "VARN, May 3 (Agency) -- Norland's President Ivo Brandt discussed with Estavian Prime Minister Ada "
            "Morrow over the phone on Thursday topics of common interest, the Norland news agency said.\n\n"
            "The agency said the two leaders discussed the grain corridor. Brandt stressed the need for a "
            "fair price for gas. Prime Minister Morrow also reaffirmed the importance of the river ports. The two "
            "leaders agreed to meet again in the spring.")
    found = [c for _, c in pairs(run(text))]
    assert any(c.startswith("the importance of the river ports") for c in found), found


def test_news_copy_of_a_call_positions_and_participles(run):
    text = ("Brandt, Morrow discuss river trade\n\n"
            "VARN\nPresident Ivo Brandt and his Estavian counterpart Ada Morrow on Monday discussed trade, said "
            "the presidency's press office.\n\n"
            "In a phone call, Brandt said the talks were very useful, the office said.\n\n"
            "Expressing support for Morrow's plan to reopen the ports, Brandt said Norland welcomes the offer.\n\n"
            "Brandt further said Norland is working to keep the river open and ensure its safety, stressing the "
            "importance of joint patrols to protect the barges.")
    found = pairs(run(text))
    for start in ("Morrow's plan", "the importance of joint patrols"):  # 'Expressing support for X': X
        names = [name for name, c in found if c.startswith(start)]
        assert names and "Ivo Brandt" in (names[0] or ""), found


def test_news_prose_aim_is_no_statement(run):
    text = ("The Justice Department sought to underscore its commitment to voting rights in the dispute, officials "
            "said on Tuesday after the meeting with the families.")
    assert not any(c.startswith("its commitment") for _, c in pairs(run(text)))
