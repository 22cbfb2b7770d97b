"""The that-clause of a speech noun with a 'from/by' source is the source's, also when the parser hung the clause
on the source as a relative clause ('responded to accusations from X that ...'), and also when the source is a
plain plural noun no lexicon lists ('suggestions from several coastal states that ...'). A real relative clause
on the source ('claims from groups that oppose it', no subject of its own) leaves the cue's subject speaking."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_body_source_of_warnings(run):
    text = "The ministry responded to warnings from the central bank that the economy was overheating."
    assert speaker_of(run(text), "the economy was overheating") == "the central bank"


def test_plural_source_of_suggestions(run):
    text = ("Defence Minister Hugo Brenn was responding to suggestions from several coastal states that his navy "
            "could be sent north without a vote.")
    assert speaker_of(run(text), "his navy could be sent north without a vote") == "several coastal states"


def test_plural_source_of_accusations(run):
    text = "Brenn responded angrily to accusations from neighbouring states that Velmora had broken the truce."
    assert speaker_of(run(text), "Velmora had broken the truce") == "neighbouring states"


def test_noun_without_source_leaves_the_subject(run):
    text = "Defence Minister Hugo Brenn responded on Friday to claims that the navy had been sent north."
    assert speaker_of(run(text), "the navy had been sent north") == "Hugo Brenn"


def test_participle_on_a_letter_from_a_named_author(run):
    text = ("Nearly forty deputies have signed a letter from Senator Rita Holm, a Green from the "
            "north, calling the budget reckless.")
    assert speaker_of(run(text), "the budget reckless") == "Rita Holm"  # not the deputies who signed it


def test_participle_on_a_petition_by_an_author(run):
    text = "Dozens of unions backed a petition by teacher Ana Pohl urging the minister to resign."
    assert speaker_of(run(text), "the minister to resign") == "Ana Pohl"


def test_participle_on_a_letter_to_someone_stays_with_the_senders(run):
    text = "Nearly forty deputies signed a letter to Senator Rita Holm calling the budget reckless."
    assert speaker_of(run(text), "the budget reckless") == "Nearly forty deputies"


def test_participle_after_a_comma_on_an_unnamed_origin_stays_with_the_issuer(run):
    text = "The Kastel shipyard released a statement from its head office in Lorn, saying the plant would close."
    assert speaker_of(run(text), "the plant would close") != "its head office in Lorn"
