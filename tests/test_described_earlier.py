"""A definite description as the speaker ('the NATO chief', "Valdoria's spokesman", 'the Union Front official')
is the person named last before it whose title has the same head noun or names the same organisation; left
alone when no named person carries such a title. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_same_head_noun_links_back(run):
    got = run("Valdoria keeps its course\n\n"
              "MERENA, May 4 (VNA) - Foreign Ministry Spokesman Tomas Kerrovan attended a weekly press conference "
              "on Monday and answered questions from reporters.\n\n"
              "Kerrovan said the country would keep its defence policy. \"The talks with our neighbours will go on "
              "as planned,\" he added.\n\n"
              "Valdoria's spokesman, criticising the northern alliance, noted that \"they always try to find new "
              "reasons to delay the talks with us.\"")
    assert speaker_of(got, "they always try") == "Tomas Kerrovan"


def test_organisation_named_in_the_title_links_back(run):
    got = run("Rebels ask for more time\n\n"
              "Union Front negotiator Ilse Brandmoor said in a separate press conference that the talks were "
              "\"advancing slowly but steadily.\"\n\n"
              "\"We still need to solve some areas of disagreement,\" the Union Front official said.")
    assert speaker_of(got, "We still need") == "Ilse Brandmoor"


def test_no_named_holder_leaves_the_description(run):
    got = run("Mayor visits the port\n\n"
              "Mayor Orla Venn toured the harbour on Tuesday with local traders.\n\n"
              "\"The mayor listened to every trader and will report back next week,\" the spokesman told reporters.")
    assert speaker_of(got, "The mayor listened") == "the spokesman"
