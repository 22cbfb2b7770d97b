"""Readout content the parse cut short or missed: a possessor the parser took for the verb's object, with the gerund
it owns read as a verb of its own ('condemned [Norland's] [continued shelling in X]': the whole phrase, not
"Norland's"), and an appeal written 'urged for X (to be done)' as ministries write it ('called for X' is one already):
X, without 'for'. Off a readout 'urged for' states nothing through this pass. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

COUNCIL = (
    "Readout: Minister Varga attends the Foreign Affairs Council\n\n"
    "The ministers met in Brussels and discussed the situation in the Kelso region. They reviewed the sanctions "
    "regime and agreed on the next steps.\n\n"
    "The Council urged for a ministerial meeting of the Contact Group to be convened as soon as possible.\n\n"
    "As a follow-up to the June conclusions, the ministers urged for a framework of restrictive measures targeting "
    "persons responsible for illegal drilling to be put in place.\n\n"
    "Moreover, the Council condemned Turkey’s continued drilling for oil in the disputed waters near Kelso Island.\n\n"
    "The ministers condemned Norland’s continued shelling in the east of the country.")

NEWS = (
    "Farmers block roads in Vell\n\n"
    "Hundreds of farmers blocked the main roads into Vell on Monday, the police said. The union urged for calm "
    "after two tractors were set on fire, a spokesman told reporters.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(COUNCIL)


@pytest.mark.parametrize("text, speaker", [
    ("a ministerial meeting of the Contact Group to be convened as soon as possible", "Council"),
    ("a framework of restrictive measures targeting persons responsible for illegal drilling to be put in place",
     "ministers"),
    ("Turkey’s continued drilling for oil in the disputed waters near Kelso Island", "Council"),
    ("Norland’s continued shelling in the east of the country", "ministers"),
])
def test_whole_content(found, text, speaker):
    hit = [q for q in found if q.text == text]
    assert hit, pairs(found)
    assert speaker.lower() in hit[0].speaker.name.lower()


def test_urged_for_off_a_readout_is_left_to_the_general_pass(nlp):
    assert not any(q.text.startswith("calm") and q.cue == "urged" for q in indirect_runner(nlp)(NEWS))
