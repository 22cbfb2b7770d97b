"""Whose words a cue carries when the parse hangs them elsewhere: the content of a speech noun is its owner's
('slammed X for his claims that ...', 'reported on a woman's claims that ...'; a noun with no owner leaves the cue's
subject speaking); a participle on a letter speaks for its sender ('a letter sent from X ... asking'); a relative
clause on a description set beside a name is that person's ('X, a leading contender, who has argued'), and 'X was
among the people who called on ...' is X's; 'officials who said X -- his adviser -- acknowledged that' is X's (the
parser made X the object of 'said')."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_possessor_of_the_claims_speaks(run):
    text = "The ministry criticized Senator Tomas Brenner for his assertion that the port was unsafe."
    assert speaker_of(run(text), "the port was unsafe") == "Tomas Brenner"


def test_clause_on_the_noun_of_a_report(run):
    text = ("Ilse Marr sued the city in May. The Harbour Gazette reported on Tuesday on Marr's claims that the mayor "
            "had taken bribes.")
    assert speaker_of(run(text), "the mayor had taken bribes") == "Ilse Marr"


def test_noun_without_owner_leaves_the_subject(run):
    text = "Mayor Tomas Brenner repeated on Monday the claim that the harbour would close in May."
    assert speaker_of(run(text), "the harbour would close") == "Tomas Brenner"


def test_participle_on_a_letter_from_a_sender(run):
    text = ("The Harbour Gazette obtained a letter sent from the mayor's lawyer, Ilse Marr, to the council on May 6 "
            "asking it to delay the vote.")
    assert speaker_of(run(text), "it to delay the vote") == "Ilse Marr"  # not the paper that obtained it


def test_relative_clause_on_a_description_beside_a_name(run):
    text = ("Ilse Marr released her tax returns on Monday. Her rival, Tomas Brenner of Portville, a leading "
            "contender, who has argued he is more open than she is, did not.")
    assert speaker_of(run(text), "he is more open") == "Tomas Brenner"


def test_one_among_the_people_who_called(run):
    text = "Senator Tomas Brenner was among the many lawmakers who called on the mayor to resign."
    assert speaker_of(run(text), "the mayor to resign") == "Tomas Brenner"


def test_name_made_object_of_said_is_the_next_verbs_subject(run):
    text = ("Marr Weekly ran the piece on Friday, quoting two police officials who said Brenner -- "
            "the mayor's former longtime adviser -- acknowledged to the auditor's office that he was told to hide the "
            "payments, telling the council that the deal ended in May.")
    assert speaker_of(run(text), "he was told to hide") == "Brenner"  # not the paper


def test_the_one_asked_speaks_not_the_name_before_the_cue(run):
    text = "Mr. Brenner, asked if he supported impeaching Mayor Ilse Marr, said he believed the mayor had broken the law."
    assert speaker_of(run(text), "he believed the mayor") == "Brenner"
