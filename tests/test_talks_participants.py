"""Who 'Both leaders' / 'the two ministers' / 'Both delegations' are on a news copy of a call or meeting: the two
sides its opening names, not the last two people named before the subject; the spokesman who reports the meeting
('..., spokesman Z said') is no side of it, nor is a meeting inside a quotation; 'Prime Minister and Crown Prince X'
is one side; 'the officials' and 'two of the officials' stay as written. All names, places and events are
fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pair_speaker, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_both_leaders_are_the_sides_of_the_talks_not_the_last_two_named(run):
    text = ("Valdorian President Ana Ruiz held talks with her Estavian counterpart Piet Rhoden in Varn on Monday.\n\n"
            "The two countries have argued over fishing rights for a decade. Opposition leader Tomas Arvid "
            "criticised the visit, and Senator Ilse Varga called it overdue.\n\n"
            "Both leaders said the talks had been constructive, the presidency said.")
    found = pairs(run(text))
    speaker = pair_speaker(found, "the talks had been constructive")
    assert "Ana Ruiz" in speaker and "Piet Rhoden" in speaker, found


def test_the_spokesman_reporting_the_meetings_is_no_side(run):
    text = ("Foreign Minister Ana Ruiz has held bilateral meetings with her counterparts from the region on the "
            "sidelines of the summit, ministry spokesman Tomas Arvid said on Thursday.\n\n"
            "\"She had fruitful meetings with ministers of the member countries,\" Arvid told reporters.\n\n"
            "In particular, Ruiz held talks with Estavian Foreign Minister Piet Rhoden on Wednesday, during which "
            "the diplomats discussed trade.\n\n"
            "Both ministers said they would work closely within the regional council.")
    found = pairs(run(text))
    speaker = pair_speaker(found, "they would work closely")
    assert "Ana Ruiz" in speaker and "Piet Rhoden" in speaker, found
    assert "Arvid" not in speaker, found


def test_two_titles_of_one_side(run):
    text = ("Valdorian Security Adviser Tomas Arvid and Estavian Prime Minister and Crown Prince Karim bin Saleh met "
            "in Varn to discuss regional issues, the presidency said on Thursday.\n\n"
            "Earlier, the daily Varn Courier reported that President Ilse Varga had sent officials to the region.\n\n"
            "Both delegations said they would stay in close contact, the statement added.")
    found = pairs(run(text))
    speaker = pair_speaker(found, "they would stay in close contact")
    assert "Tomas Arvid" in speaker and "Karim bin Saleh" in speaker, found


def test_the_officials_are_not_the_two_sides(run):
    text = ("Valdorian President Ana Ruiz held talks with her Estavian counterpart Piet Rhoden in Varn on Monday.\n\n"
            "The officials said the agenda had been agreed weeks ago.")
    found = pairs(run(text))
    assert "Piet Rhoden" not in pair_speaker(found, "the agenda had been agreed"), found
