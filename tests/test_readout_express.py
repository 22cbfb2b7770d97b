"""Readout objects that state a position: condolences and sympathy ('passed on his deepest condolences to X'),
'confirmed their support for X'; 'shared their views on X' is the topic of an exchange. A page that reports a
talk 'over the phone' reads as a readout. All names, places and events are fictional."""
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
    ("his deepest condolences to the people of Estavia", ("Rivel",)),
    ("their shared support for efforts to reopen", ("Rivel", "Morrow")),
    ("Norland's support for Estavia's bid", ("Rivel",)),
])
def test_express_objects(call, start, names):
    found = [name for name, c in call if c.startswith(start)]
    assert found and all(n in (found[0] or "") for n in names), call


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
