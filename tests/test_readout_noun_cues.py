"""Present-tense cue verbs the tagger reads as plural nouns in UN / AU / EU statements ('The Chairperson appeals to
all parties to ...', 'The Secretary-General notes with concern that ...'): repaired on the parse
(extract/noun_read_cues.py), so the statement, its speaker and its content are found; nouns that are nouns stay
nouns. A bare 'The Chairperson' below 'The Chairperson of the X Commission, Dr. Y,' is Y. All names and places are
fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

STATEMENT = (
    "Halvard Union urges calm ahead of Sudara vote\n\n"
    "The Chairperson of the Halvard Union Commission, Dr. Amina Leketi, is following the situation in Sudara.\n\n"
    "The Chairperson appeals to all candidates, their supporters and their agents to respect the law and avoid "
    "violence before and after the vote.\n\n"
    "The Chairperson notes that the observers will report to the Peace Council.\n\n"
    "The Chairperson noted that voting hours were extended in the northern districts.")


@pytest.fixture(scope="module")
def statement(nlp):
    return indirect_runner(nlp)(STATEMENT)


def test_appeal_read_as_noun_is_the_chairpersons_statement(statement):
    text = ("all candidates, their supporters and their agents to respect the law and avoid violence before and "
            "after the vote")
    assert ("Amina Leketi", text) in pairs(statement)


def test_notes_read_as_noun_is_a_cue(statement):
    assert ("Amina Leketi", "the observers will report to the Peace Council") in pairs(statement)


def test_bare_office_below_its_introduction_is_the_holder(statement):
    assert ("Amina Leketi", "voting hours were extended in the northern districts") in pairs(statement)


@pytest.mark.parametrize("text, content", [
    ("The Secretary-General notes with concern that the truce in the eastern provinces has not held.",
     "the truce in the eastern provinces has not held"),
    ("The High Representative appeals to the donor community to double its support for the displaced.",
     "the donor community to double its support for the displaced"),
    ("The Secretary-General appeals to the Government of Velmora to let the mission finish its work.",
     "the Government of Velmora to let the mission finish its work"),
    ("The Council appeals for calm and calls on the authorities to free all detainees.",
     "the authorities to free all detainees"),
])
def test_present_cue_read_as_noun(nlp, text, content):
    found = indirect_runner(nlp)(text)
    assert any(q.text == content for q in found), pairs(found)


@pytest.mark.parametrize("text", [
    "The Secretary-General's appeals were ignored by both parties.",
    "The minister notes were leaked to the press on Tuesday.",
    "The Commission appeals unit will review the case.",
    "The Council calls were recorded by the secretariat.",
])
def test_nouns_stay_nouns(nlp, text):
    doc = nlp(text)
    assert not any(t.tag_ == "VBZ" and t.lemma_ in ("appeal", "note", "call") for t in doc)
    assert indirect_runner(nlp)(text) == []


PRONOUN_STATEMENT = (
    "Statement attributable to the Spokesperson for the Secretary-General on Velmora\n\n"
    "The Secretary-General welcomes last night's truce agreement in Velmora and Ostravia.\n\n"
    "The Secretary-General commends the role of Tarnholm in ending the fighting. He calls on all sides to respect "
    "the truce.\n\n"
    "Condemning the recent shelling of the port, he appeals to all Velmorans to refrain from violent acts.\n\n"
    "The Secretary-General reaffirms the commitment of the United Nations to a negotiated settlement.")


def test_readout_he_after_a_title_is_that_title(nlp):
    """'He calls on ...' after 'The Secretary-General commends ...' on a readout: the pronoun pass links 'He' to
    nobody (no person is named), so the statement took no speaker and was dropped."""
    found = pairs(indirect_runner(nlp)(PRONOUN_STATEMENT))
    assert ("The Secretary-General", "all sides to respect the truce") in found, found
    assert ("The Secretary-General", "all Velmorans to refrain from violent acts") in found, found


def test_news_he_without_antecedent_stays_unattributed(nlp):
    text = ("Storm damage closes port\n\nThe port was closed after the storm on Monday, and repairs began at once. "
            "He calls on every side to hold its fire.")
    assert not any(q.text.startswith("every side") for q in indirect_runner(nlp)(text))


TRANSCRIPT = (
    "Press Conference by Foreign Minister TARO Kenji\n\n"
    "Mr. TARO Kenji, Minister for Foreign Affairs: I have just spoken by phone to Foreign Minister Elin Varga of "
    "Norland. I told Minister Varga that Japan would send relief supplies to the flooded provinces.\n\n"
    "Reporter: Did you raise the detained fishermen?\n\n"
    "Minister Taro: Yes. I asked that they be released at once.\n\n"
    "Minister Taro: I can tell you that we are doing everything we can.\n\n"
    "MS. LUND: Good afternoon. I told the ambassador yesterday that the visa rules would not change.")


def test_transcript_i_reporting_is_the_labelled_speaker(nlp):
    found = pairs(indirect_runner(nlp)(TRANSCRIPT))
    assert ("TARO Kenji", "Japan would send relief supplies to the flooded provinces") in found, found
    assert ("TARO Kenji", "they be released at once") in found, found
    assert ("Lund", "the visa rules would not change") in found, found


def test_transcript_present_saying_is_no_report(nlp):
    """'I can tell you that ...' is the saying itself (the genre gold leaves it out), not a report of it."""
    assert not any(q.text.startswith("we are doing") for q in indirect_runner(nlp)(TRANSCRIPT))


def test_name_ends_at_an_unclosed_bracket(nlp):
    """'Ilse Varnow (Ostravia), its President for June, said today': the name finder's span 'Ilse Varnow
    (Ostravia' is no name; it ends at the bracket."""
    text = ("Council outlines its work for June\n\n"
            "The Council will convene two ministerial meetings in June, the first on maritime piracy and the second "
            "on water security, Ilse Varnow (Ostravia), its President for June, said today.")
    found = indirect_runner(nlp)(text)
    assert [q.speaker.name for q in found if q.text.startswith("The Council will")] == ["Ilse Varnow"], pairs(found)


@pytest.mark.parametrize("heading", [
    "The Velmar talks on Ostravia.",
    "UN talks with Sudara",
    "The Halvard Union pledges to farmers.",
    "The IMF forecasts for 2031.",
    "Ostravia appeals for calm",
])
def test_noun_headings_stay_nouns(nlp, heading):
    """A heading of nouns is no readout's statement: neither a noun that opens no readout sentence ('talks',
    'pledges', 'forecasts') nor one in a line with no sentence stop ('... appeals for calm') is made a verb."""
    assert not [t.text for t in nlp(heading) if t.tag_ == "VBZ"]
