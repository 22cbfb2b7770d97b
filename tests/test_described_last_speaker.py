"""An office known by itself ('the Prime Minister'), a title with its body ('the leader of the X party') or a role
with its body ('the government negotiator') as the subject of a cue is the person who spoke last as a main subject
in the paragraphs just before, when the page gives that person no title at all; a pronoun after the description
follows it. A person the page gives another title keeps the description apart. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_leader_of_a_party_after_the_named_person_and_his_quote(run):
    got = run("Opposition hopeful before the vote\n\n"
              "In an interview with the radio, Mr Ostrava said he was impressed by the crowds he met in the north.\n\n"
              "\"We have the support of the people and they will come out to vote.\"\n\n"
              "Nevertheless, the leader of the Union for Renewal said he remained worried about the count.\n\n"
              "\"This is what happened to us in the last two elections,\" he said.")
    assert speaker_of(got, "This is what happened") == "Ostrava"
    assert speaker_of(got, "he remained worried") == "Ostrava"


def test_bare_office_after_the_named_person(run):
    got = run("Talks at the mansion\n\n"
              "The Prime Minister welcomed the new alliance chief at the mansion on Monday.\n"
              "As Petros Valakis stressed, the two discussed the security of the region.\n"
              "Mr Valakis went on to say that support for the alliance must continue.\n"
              "\"Our country stands firmly with its partners,\" he said.\n"
              "Referring to the \"proud record of 70 years\" in the alliance, the Prime Minister reiterated the "
              "country's will to stay on the same path.")
    assert speaker_of(got, "proud record").endswith("Valakis")


def test_a_titled_person_before_keeps_the_office_apart(run):
    got = run("Talks at the mansion\n\n"
              "Alliance chief Petros Valakis said the two discussed the security of the region.\n"
              "\"Our country stands firmly with its partners,\" he said.\n"
              "Referring to the \"proud record of 70 years\" in the alliance, the Prime Minister reiterated the "
              "country's will to stay on the same path.")
    assert speaker_of(got, "proud record") == "the Prime Minister"


def test_a_title_word_the_name_finder_cut_off_counts(run):
    got = run("Envoy backs talks\n\n"
              "Kuleva said the talks would go on. \"We are ready,\" she said.\n\n"
              "\"He can only mediate if all parties want him to,\" associate spokesperson Marta Soria Lenz said.\n\n"
              "The head of the Foreign Ministry again said the other side was not ready for talks.")
    assert speaker_of(got, "the other side was not ready") == "The head of the Foreign Ministry"


def test_a_party_qualified_title_after_the_member_who_spoke(run):
    got = run("Live: questions at the assembly\n\n"
              "Questions comes to an end and Tom Bexley raises a point of order saying over the last few weeks "
              "there have been \"tiresome interruptions from the gallery\".\n\n"
              "\"This is very disruptive,\" says the Tory MSP and he asks the presiding officer to look at the "
              "tickets.\n\n"
              "Wendy Carr told the chamber the budget would be balanced by the spring.\n\n"
              "\"We will not cut the hospitals,\" says the Labour MP.")
    assert speaker_of(got, "This is very disruptive") == "Tom Bexley"
    assert speaker_of(got, "We will not cut") == "Wendy Carr"


def test_a_nation_qualified_title_is_nobody_of_another_country(run):
    got = run("Talks in Lima\n\n"
              "Chilean President Tomas Vell arrived in Lima on Monday and said the border talks would go on.\n\n"
              "\"We are ready to sign,\" said the Peruvian minister.")
    assert speaker_of(got, "We are ready to sign") == "the Peruvian minister"


def test_a_qualified_title_is_not_a_person_with_another_title(run):
    got = run("Toll row\n\n"
              "Ministry spokesperson Teodora Vasz said on Tuesday the tolls applied equally to ships of all flags.\n\n"
              "Asked about remarks by the Trellish transport minister, who on Monday called the tolls \"a tax on "
              "trade\", Vasz said her country respected Trellis as a partner.")
    assert speaker_of(got, "a tax on trade") == "the Trellish transport minister"
