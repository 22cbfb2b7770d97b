"""Whose words a closing participle cue carries, and who stands behind a pronoun's campaign, a capitalised bare
title and a pair word: ', stating that ...' after a clause on a noun is the speaker of the clause holding that
noun; ', while also suggesting ...' / ', as well as contending ...' after a reported clause is the speech verb's
subject; 'her campaign said' is that person's campaign; 'The Minister added' is the minister named before; 'both
sides' after 'X and Y fought ...' are X and Y."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_participle_after_a_clause_on_a_noun(run):
    text = ("The union leader, Tomas Brenner, talked at length about workers who lost their pensions, claiming that "
            "the board had hidden the losses.")
    assert speaker_of(run(text), "the board had hidden the losses") == "Tomas Brenner"


def test_participle_after_nested_noun_clauses_goes_to_the_main_clause(run):
    text = ("The harbour union released a leaflet repeating the argument made by Tomas Brenner, accusing the port "
            "board of hiding losses.")
    assert speaker_of(run(text), "the port board of hiding losses") == "The harbour union"


def test_while_also_participle_goes_to_the_speech_verb(run):
    text = ("Senator Ilse Marr said the council may need to delay the vote, while also suggesting that the budget "
            "was too small.")
    assert speaker_of(run(text), "the budget was too small") == "Ilse Marr"


def test_as_well_as_participle_goes_to_the_speech_verb(nlp):
    from newsgraph.extract.participle_subjects import main_participle_subject
    doc = nlp("Earlier on Monday, Tomas Brenner had also said that ferry operators shouldn't be required to carry "
              "freight, because that freight damages the docks, as well as contending that the harbour tax was unfair.")
    cue = next(t for t in doc if t.text == "contending")
    subj = main_participle_subject(cue)
    assert subj is not None and subj.text == "Brenner"


def test_pronoun_owner_of_a_campaign(run):
    text = ("Senator Maria Kovacs spoke in Aldport on Saturday. Before her visit to the coast on Monday, her campaign "
            "said she would not take a position on the tariff.")
    assert speaker_of(run(text), "she would not take a position") == "Maria Kovacs campaign"


def test_capitalised_bare_title_is_the_named_minister(run):
    text = ('"We will defend the border," Foreign Minister Tomas Brenner said.\n\n'
            "The Minister added that the army had been placed on alert.")
    assert speaker_of(run(text), "the army had been placed on alert") == "Tomas Brenner"


def test_both_sides_after_two_countries_named_together(run):
    text = ("Foreign Minister Tomas Brenner of Norland met Ilse Marr in Aldport on Monday.\n\n"
            "Kestria and Lusovia fought a brief war in 2024. A ceasefire has largely held, although both sides "
            "regularly accuse each other of violations.")
    assert speaker_of(run(text), "each other of violations") == "Kestria and Lusovia"
