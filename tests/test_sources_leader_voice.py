"""'According to' a seat of government, a presidency, an embassy, a palace or a leader's office: the leader or
government speaking (an organisation speaking, like 'according to officials'), not a credited source; a ministry,
a department or a press service after 'according to' is still credited, and so is a statement the office issued."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "According to the Kremlin, the two leaders agreed to meet again in the spring.",
    "The call lasted 30 minutes, according to Downing Street.",
    "According to the Elysee, the president spoke with his Valdorian counterpart on Tuesday.",
    "The two presidents also agreed to expand trade, according to the Presidency.",
    "According to the President's Office, the leader thanked his guest for the invitation.",
    "The envoy arrived in Tarvo on Monday, according to the Valdorian Embassy.",
    "The prime minister invited him to visit, according to the Office of the Prime Minister.",
    "The king received the envoy at noon, according to the Royal Palace.",
])
def test_a_leader_or_government_speaking_is_no_source(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    ("According to the Foreign Ministry, the two ministers discussed trade.", "Ministry"),
    ("The economy grew by 0.3%, according to the Office for National Statistics.", "Office"),
    ("The talks lasted two hours, according to the presidential press service.", "service"),
    ("According to a Kremlin statement, the two leaders agreed to meet again.", "statement"),
])
def test_bodies_that_publish_stay_credited(nlp, text, word):
    found = sources(nlp, text)
    assert len(found) == 1 and word in found[0][0].split(), found
