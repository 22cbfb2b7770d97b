"""Where a reported clause ends when a verb is coordinated after it: the form of the verb decides whom it goes
with. A verb in another tense than the cue, or a bare infinitive after an infinitive, continues what was said; a
past-tense verb cannot share the modal of the reported verb, so it is the speaker's next act."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


def test_past_cue_verb_under_a_present_cue_stays_in_the_clause(run):
    found = _texts(run, "Some rangers in the northern valleys say they have stopped hikers and found traps and snares "
                        "from several Orvik suppliers.")
    assert "they have stopped hikers and found traps and snares from several Orvik suppliers" in found


def test_present_verb_without_subject_after_a_past_cue_is_said(run):
    found = _texts(run, "Pelle Ostrand told the radio station that the strike might delay the harvest, but doesn't "
                        "change the price of bread.")
    assert "the strike might delay the harvest, but doesn't change the price of bread" in found


def test_bare_infinitive_after_an_infinitive_is_said(run):
    found = _texts(run, "Despite expert reports urging new regulations to combat corruption or regulate the way "
                        "public contracts are awarded to firms, the Brell government has made no changes.")
    assert "new regulations to combat corruption or regulate the way public contracts are awarded to firms" in found


def test_past_verb_after_a_modal_clause_is_the_speakers_act(run):
    found = _texts(run, "Jon Vell said that he and other Brell councillors would continue to back their candidate and "
                        "echoed Mr. Tollan's claim that the rival party had planted the story.")
    assert "he and other Brell councillors would continue to back their candidate" in found


def test_same_tense_cue_verb_is_still_cut(run):
    found = _texts(run, "Ilse Marr said the bridge was finished and announced that traffic would start in May.")
    assert "the bridge was finished" in found


def test_bare_verb_after_the_infinitive_goes_on_even_when_hung_higher(run):
    found = _texts(run, "After the vote, the Brell Farmers Guild issued a “call to arms,” encouraging farmers to write "
                        "to Marr and Berg and “tell them how much the river subsidy means to every village.”")
    assert "farmers to write to Marr and Berg and “tell them how much the river subsidy means to every village.”" \
        in found

