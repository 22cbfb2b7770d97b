"""A speaker label that names an office, not a person ('PM says', 'the EAM said', 'Union chief warns', 'our
correspondent says', 'The Ministers ...') is the person the page names with that office, when exactly one fits;
several holders, or none, leave the label. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_initials_in_a_summary_line_name_the_holder(run):
    got = run("Live: budget day in Norland\n\n"
              "Summary\n\n"
              "1. Norland Prime Minister Alva Brennick presents her budget to parliament\n\n"
              "2. However, PM says there is still \"work to do\" on the pension plan\n\n"
              "3. Finance Minister Tomas Rell defends the tax rise")
    assert speaker_of(got, "work to do").endswith("Brennick")


def test_loose_head_with_its_body_names_the_body_leader(run):
    got = run("Relief talks stall\n\n"
              "1. Alliance chief says no safe corridor exists yet\n\n"
              "Alliance Secretary General Maren Oduya told reporters the convoys were still waiting at the border.\n\n"
              "Trade envoy Ilse Vartan said the talks would resume next week.")
    assert speaker_of(got, "no safe corridor").endswith("Oduya")


def test_our_correspondent_is_the_credited_journalist(run):
    got = run("Port strike spreads\n\n"
              "Dock workers in Kelmar walked out on Monday, the KBC's John Carver in Portavel says.\n\n"
              "The union wants a pay rise of ten percent, our correspondent says.")
    assert speaker_of(got, "The union wants").endswith("Carver")


def test_two_holders_leave_the_label(run):
    got = run("Ministers meet in Portavel\n\n"
              "Foreign Minister Jan Koller of Norland met Foreign Minister Maria Santos of Valdoria on Friday.\n\n"
              "1. FM says the border talks were useful")
    assert speaker_of(got, "the border talks") == "FM"


def test_name_in_apposition_after_the_title(run):
    got = run("Peace talks\n\n"
              "\"Norland does not want to return to war,\" said the government's chief peace negotiator, "
              "Peter Vance.\n\n"
              "The rebels said they would study the text.")
    assert speaker_of(got, "Norland does not").endswith("Vance")


def test_plural_office_is_the_two_ministers(run):
    got = run("Joint statement\n\n"
              "Foreign Minister John Harlan of Norland welcomed Foreign Minister Maria Santos of Valdoria to "
              "Portavel on Friday.\n\n"
              "\"The fisheries agreement serves both peoples,\" the Ministers said in a joint statement.")
    name = speaker_of(got, "The fisheries agreement")
    assert "Harlan" in name and "Santos" in name


def test_document_inside_a_speakers_words_is_the_speaker(run):
    got = run("Climate talks\n\n"
              "Delegate John Harlan said the draft text asked \"small states to carry the whole burden\".")
    assert speaker_of(got, "small states").endswith("Harlan")


def test_pronoun_linked_to_a_place_tagged_as_a_person_is_the_speaker_before(run):
    got = run("Harlan rallies party\n\n"
              "John Harlan has insisted his party is \"not finished yet\" in a speech to members.\n\n"
              "The prime minister talked for forty minutes at the Brighton conference and left the hall to loud "
              "applause.\n\n"
              "He urged members to \"fight for every vote\" before the election.")
    assert speaker_of(got, "members to").endswith("Harlan")



def test_honorific_is_the_person_written_with_it(run):
    got = run("Talks in the capital\n\n"
              "His Highness Sheikh Rashid bin Hamad Al Tamir, Minister of Foreign Affairs, received the visiting "
              "envoy John Harlan on Monday.\n\n"
              "His Highness said the state would support all efforts for peace in the region.")
    assert speaker_of(got, "the state would").endswith("Al Tamir")
