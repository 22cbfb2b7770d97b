"""Readout content the parse cut short or missed: a possessor the parser took for the verb's object, with the gerund
it owns read as a verb of its own ('condemned [Norland's] [continued shelling in X]': the whole phrase, not
"Norland's"), and an appeal written 'urged for X (to be done)' as ministries write it ('called for X' is one already):
X, without 'for'. Off a readout 'urged for' states nothing through this pass. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

COUNCIL = (
    "Readout: Minister Varga attends the Foreign Affairs Council\n\n"
    "The ministers gathered in Orva and took stock of events in the Kelso region. They looked at the list of "
    "penalties and settled on what comes next.\n\n"
    "The Council urged for a high-level session of the Liaison Group to be held without delay.\n\n"
    "Building on the spring decisions, the ministers urged for a set of targeted penalties on those behind the "
    "unlawful dredging to be adopted.\n\n"
    "In addition, the Council condemned Norland’s continued drilling for gas in the contested channel near Kelso "
    "Island.\n\n"
    "The ministers condemned Vardia’s continued shelling in the south of the province.")

NEWS = (
    "Farmers block roads in Vell\n\n"
    "Hundreds of farmers blocked the main roads into Vell on Monday, the police said. The union urged for calm "
    "after two tractors were set on fire, a spokesman told reporters.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(COUNCIL)


@pytest.mark.parametrize("text, speaker", [
    ("a high-level session of the Liaison Group to be held without delay", "Council"),
    ("a set of targeted penalties on those behind the unlawful dredging to be adopted", "ministers"),
    ("Norland’s continued drilling for gas in the contested channel near Kelso Island", "Council"),
    ("Vardia’s continued shelling in the south of the province", "ministers"),
])
def test_whole_content(found, text, speaker):
    hit = [q for q in found if q.text == text]
    assert hit, pairs(found)
    assert speaker.lower() in hit[0].speaker.name.lower()


def test_urged_for_off_a_readout_is_left_to_the_general_pass(nlp):
    assert not any(q.text.startswith("calm") and q.cue == "urged" for q in indirect_runner(nlp)(NEWS))
