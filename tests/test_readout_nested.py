"""Readout statements reported inside another statement ('the alliance said its chief praised X': both levels,
as the dev rules count nested reports), and phrases of time that close a readout object ('after meeting with X').
All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

NESTED = (
    "Alliance Chief Backs Norland on Working Visit to Norbury\n\n"
    "Alliance Secretary General Aino Salo, who is visiting Norland, praised Norbury's contributions to the "
    "alliance's patrols and expressed the alliance's support for the northern kingdom after meeting with Foreign "
    "Minister Tomas Rivel, the alliance said on Monday.\n\n"
    "Salo further hailed the opening of a hotline between Norland and Estavia to ease tensions on the border.\n\n"
    "The two sides also discussed the situation in Brask and the floods along the Varn river. Salo welcomed "
    "Estavia's offer to host the next round of border talks.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.fixture(scope="module")
def nested(run):
    return pairs(run(NESTED))


@pytest.mark.parametrize("text", [
    "Norbury's contributions to the alliance's patrols",
    "the alliance's support for the northern kingdom",  # 'after meeting with ...' says when, not what
])
def test_statement_inside_a_reported_clause(nested, text):
    names = [name for name, c in nested if c == text]
    assert names and "Aino Salo" in (names[0] or ""), nested


def test_outer_statement_kept(nested):
    assert any("Aino Salo, who is visiting Norland, praised" in c for _, c in nested), nested


def test_state_or_wish_inside_a_reported_clause_is_no_statement(run):
    text = ("Prime Minister's meeting with Secretary-General Ivo Brandt\n\n"
            "Prime Minister Tomas Rivel met Secretary-General Ivo Brandt in Norbury today. They discussed the "
            "floods and agreed on the need for a joint relief fund.\n\n"
            "The Prime Minister said Norland was committed to continuing its aid to the river towns, and welcomed "
            "the Secretary-General's work on the border talks. He said Norland appreciates Estavia's support and "
            "called on all donors to extend their support to the fund.")
    found = pairs(run(text))
    for start in ("to continuing its aid", "Estavia's support", "their support"):
        assert not any(c.startswith(start) for _, c in found), found
    assert any(c.startswith("Norland was committed") for _, c in found), found


def test_thanked_for_is_the_grounds(run):
    text = ("Readout of the Secretary-General's meeting with Prime Minister Tomas Rivel of Norland\n\n"
            "The Secretary-General met Prime Minister Tomas Rivel of Norland in Varn today. They discussed the "
            "floods and agreed on the need for a joint relief fund.\n\n"
            "The Secretary-General thanked the Prime Minister for Norland's steady support for the relief effort, "
            "including the field hospitals in Brask and Olm. The Prime Minister congratulated the Secretary-General "
            "on the opening of the new office in Varn.")
    found = [c for _, c in pairs(run(text))]
    assert "the Prime Minister for Norland's steady support for the relief effort, including the field hospitals in Brask and Olm" \
        in found, found
    assert "the Secretary-General on the opening of the new office in Varn" in found, found


def test_thanked_for_in_news_prose(run):
    text = ("Governor Ada Morrow on Friday thanked the volunteers for their work on the river banks, and said "
            "the town would rebuild the bridge by the spring.")
    found = [c for _, c in pairs(run(text))]
    assert "the volunteers for their work on the river banks" in found, found
