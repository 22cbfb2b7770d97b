"""A counted group as speaker ('Two senior MPs have accused ...', 'three state senators - A, B and C - ...',
then 'the senators said') is the people the page names together right after it, when it names exactly that
many; otherwise the description stays. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

MPS = ("Norland MPs accuse ministry of cover-up\n\n"
       "Two senior Norland MPs have accused the transport ministry of hiding the true cost of the new rail line.\n\n"
       "They said the figures given to parliament last spring were out by almost a third.\n\n"
       "The charge was made by Edda Marrow, who chairs the transport committee, and her deputy, Pell Ostrand.\n\n"
       "The ministry denied the claim.")

SENATORS = ("Veto urged on land bill\n\n"
            "The call was backed by three Norland state senators - Oskar Pell, Lina Varro and Tam Hesketh - who had "
            "voted for the bill last month.\n\n"
            "\"We meant to protect small farms, not to drive them out,\" the senators said in a letter to the governor.")


def test_counted_description_is_the_two_named_next():
    got = analyze(MPS)
    assert speaker_of(got.quotes, "the transport ministry of hiding") == "Edda Marrow and Pell Ostrand"


def test_the_plural_after_a_counted_list_is_that_list():
    got = analyze(SENATORS)
    assert speaker_of(got.quotes, "We meant to protect") == "Oskar Pell, Lina Varro and Tam Hesketh"


def test_count_that_does_not_match_keeps_the_description():
    got = analyze("Debate in doubt\n\nTwo contenders have said the forum should be called off. Corin Haddle, "
                  "Brisa Tanager and Imre Volk met the organisers on Friday.")
    assert speaker_of(got.quotes, "the forum should be called off") == "Two contenders"


def test_count_in_a_relative_clause_keeps_the_description():
    got = analyze("Debate in doubt\n\nThe network faces an awkward evening: a forum that only two contenders say "
                  "they will attend. Corin Haddle and Brisa Tanager were the only two hopefuls who signed up.")
    assert speaker_of(got.quotes, "only two contenders") == "only two contenders"


def test_group_named_nowhere_keeps_the_description():
    got = analyze("Veto urged on land bill\n\nThree Norland state senators wrote to the governor on Monday.\n\n"
                  "\"We meant to protect small farms, not to drive them out,\" the senators said in their letter. "
                  "Oskar Pell later told reporters the vote had been close.")
    assert speaker_of(got.quotes, "We meant to protect") == "the senators"
