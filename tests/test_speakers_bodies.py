"""Speakers that are bodies, documents and unnamed people: 'they said in a statement' for an unnamed group,
'says the letter' for whoever sent it, acronyms spelled out, 'a user quipped', 'dozens of residents'."""
from __future__ import annotations

import pytest

from newsgraph.extract.speaker_descriptions import acronym_names
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_plural_pronoun_for_an_unnamed_body(run):
    qs = run('The hospital group wrote to the minister, Jane Doyle, on Tuesday. "The wards are no longer safe," '
             'they said in a statement.')
    assert speaker_of(qs, "The wards") == "The hospital group"


def test_it_for_a_named_body(run):
    qs = run('Mayor Tom Briggs visited the plant. The Northern Power Authority later issued a statement. '
             '"Bills will rise by 4 per cent," it says.')
    assert speaker_of(qs, "Bills") == "Northern Power Authority"


def test_letter_speaks_for_who_sent_it(run):
    qs = run('Senator Ann Kerr criticised the plan. "This cannot go on," says the letter, which was sent by the '
             'teachers\' union to the senator on Monday.')
    assert speaker_of(qs, "This cannot") == "the teachers' union"


def test_letter_speaks_for_an_earlier_sender(run):
    qs = run('The National Teachers Union sent a letter to Education Secretary Paul Grey on Monday. Grey has not '
             'replied. "Our members cannot work under these conditions," the letter said.')
    assert speaker_of(qs, "Our members") == "National Teachers Union"


def test_acronym_speaker_gets_the_full_name(run):
    qs = run('The Centers for Disease Control and Prevention (CDC) issued new guidance on Friday. The CDC said the '
             'risk to the public remained low.')
    assert speaker_of(qs, "the risk") == "Centers for Disease Control and Prevention"


def test_acronym_names_read_from_the_text():
    names = acronym_names("the U.S. Food and Drug Administration (FDA) and Deferred Action for Childhood Arrivals, "
                          "or DACA, and a note (AP) on it")
    assert names == {"FDA": "U.S. Food and Drug Administration", "DACA": "Deferred Action for Childhood Arrivals"}


def test_unnamed_members_of_the_public_speak(run):
    qs = run('The story was first reported by Anna Bell of the Daily Ledger. One user quipped: "At least the trains '
             'are on time now."')
    assert speaker_of(qs, "At least") == "One user"
    qs = run('The Gazette ran an advertisement on Sunday. In the ad, dozens of residents are pictured declaring: '
             '"We will not be moved."')
    assert speaker_of(qs, "We will") == "dozens of residents"


def test_asked_about_a_thing_reports_nothing(run):
    qs = run("Many readers had asked the group about the files it had leaked.")
    assert not [q for q in qs if q.kind == "indirect"]


def test_described_body_is_the_organisation_named_before(run):
    qs = run('Pacific Gas and Electric said it would restore power by Friday. Governor Gavin Newsom criticised the '
             'delay. "Our crews are working around the clock," the utility said.')
    assert speaker_of(qs, "Our crews") == "Pacific Gas and Electric"


def test_modified_body_noun_needs_the_name_to_fit(run):
    qs = run("Assistant Secretary for Consular Affairs Helen Marsh gave evidence in May. Clinton noted that "
             "the review board found budget issues had played a role.")
    assert speaker_of(qs, "budget issues") == "the review board"


def test_group_described_first_then_named(run):
    qs = run("A group of doctors has warned that hospitals are close to collapse. The group, Doctors for Patient "
             "Safety, said staff were exhausted.")
    assert speaker_of(qs, "hospitals are") == "Doctors for Patient Safety"


def test_it_reads_from_the_document_just_issued(run):
    qs = run('The hospital trust released a statement on Monday night. Health Secretary John Hale visited the ward. '
             '"We are investigating what happened," it says.')
    assert speaker_of(qs, "We are investigating") == "The hospital trust"


def test_hyphenated_name_modifier_is_no_pronoun_antecedent(run):
    qs = run('Former Senator Byron Dorgan said rural Democrats would rather talk about jobs. The Obama-era program '
             'matters, he said, but "it is not the bread and butter of our politics."')
    assert speaker_of(qs, "it is not") == "Byron Dorgan"


def test_body_pronoun_takes_the_named_organisation(run):
    qs = run("Scalise was taken to MedStar Washington Hospital Center. The hospital said on Thursday that he was in "
             'critical condition. "He underwent immediate surgery," it said.')
    assert speaker_of(qs, "He underwent") == "MedStar Washington Hospital Center"


def test_bystander_clause_is_no_group_description(run):
    qs = run("Rep. Ada Pell, chairman of the House Budget Committee, was among the many lawmakers who called "
             "on Trump to abandon the decision.")
    assert speaker_of(qs, "Trump to abandon") == "Ada Pell"  # one among those who called; not the committee


def test_both_men_are_the_pair_named_together(run):
    qs = run("Kevin King and Timothy Weeks were freed on Tuesday. Prime Minister Scott Morrison welcomed the news. "
             "Both men said they were being treated well.")
    assert speaker_of(qs, "they were being") == "Kevin King and Timothy Weeks"


def test_expected_to_say_is_reported(run):
    qs = run("Senator Ann Kerr is expected to say that the bill will fail.")
    assert speaker_of(qs, "the bill") == "Ann Kerr"


def test_another_of_the_same_description(run):
    qs = run('The story was first reported by Anna Bell of the Daily Ledger. One user quipped: "At least the trains '
             'are on time now." Another wrote: "This is a joke."')
    assert speaker_of(qs, "This is a joke") == "Another user"


def test_description_named_between_commas(run):
    qs = run('The UN refugee agency, UNHCR, said 2,000 people had crossed the border.')
    assert speaker_of(qs, "2,000 people") == "UNHCR"


def test_an_acronym_the_article_never_links_takes_the_one_organisation_it_spells(run):
    qs = run("The Valdorian Center for Disease Control and Prevention said it had traced every contact.\n\n"
             "\"The risk is extremely low,\" the CDC said.\n")
    assert speaker_of(qs, "The risk") == "Valdorian Center for Disease Control and Prevention"
    assert speaker_of(qs, "it had traced") == "Valdorian Center for Disease Control and Prevention"



def test_the_reporter_and_the_cameraman_are_not_the_politician(nlp):
    """'the reporter asks' and 'the cameraman replies' in a story about a politician: the media people speak."""
    from newsgraph.extract.actors import extract_entities
    from newsgraph.extract.quotes import extract_quotes
    text = ('Rep. Dana Pike (D-Kent) lost her temper on Saturday.\n\nIn the video, Pike is seen walking toward the '
            'camera, while the reporter asks, "Hi, Congresswoman. Do you support the plan?"\n\nPike asks, "Who are '
            'you?" before knocking the camera down. The cameraman replies, "We are just students."')
    doc = nlp(text)
    got = {q.text: q.speaker.name for q in extract_quotes(doc, extract_entities(doc)) if q.speaker}
    assert got["Hi, Congresswoman. Do you support the plan?"] == "the reporter"
    assert got["Who are you?"] == "Dana Pike"
    assert got["We are just students."] == "The cameraman"
