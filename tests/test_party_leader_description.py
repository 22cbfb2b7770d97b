"""'Prime Minister X said ...', 'He also told ...', then 'But the Unity Party leader pledged ...': a party's leader
is the titled head of government the sentences before went on about; right after the name itself ('The Green
leader said the claim was untrue') it stays someone else; fictional text."""
from __future__ import annotations

from quote_helpers import direct_speaker_of, pairs, quote_runner

CHAIN = (
    "Vollmer defends budget\n\n"
    "Chancellor Anke Vollmer said on Monday the budget would \"protect every pension\".\n\n"
    "She told the Bundestag the coalition had \"done its homework\" on spending.\n\n"
    "But the CDU leader added that tax rises were \"off the table\" for this parliament.\n"
)

REPLY = (
    "Prime minister defends record\n\n"
    "Prime Minister Ilse Marr said her government had \"kept every promise\".\n\n"
    "The Green leader said the claim was \"simply untrue\".\n"
)


def test_party_leader_is_the_head_of_government_spoken_of(nlp):
    found = quote_runner(nlp)(CHAIN)
    assert direct_speaker_of(found, "off the table") == "Anke Vollmer", pairs(found)  # was 'the CDU leader'


def test_party_leader_right_after_the_name_stays_a_description(nlp):
    found = quote_runner(nlp)(REPLY)
    assert direct_speaker_of(found, "simply untrue") == "The Green leader", pairs(found)
