"""A closing attribution after a comma ('<clause>, X said.') whose cue the parser hung on a word of the clause
(a relative clause of a noun in it, a conjunct, an adverbial clause) or whose inverted subject it read as the
cue's object ('<clause>, reported public broadcaster NTV'): the clause before the comma is what X said. All
names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_inverted_subject_read_as_object(run):
    got = pairs(run("The Norvian ambassador justified the presence of its ships in the area on grounds that the "
                    "Kessel Islands, administered by Velm, are part of its territory, reported the Tarn news agency."))
    assert ("the Tarn news agency", "The Norvian ambassador justified the presence of its ships in the area on "
            "grounds that the Kessel Islands, administered by Velm, are part of its territory") in got


def test_inverted_subject_after_a_reported_clause(run):
    got = pairs(run("Karsk added despite several protests, the situation remains unchanged and Estavia cannot "
                    "accept Norvia's unilateral actions as they are aggravating regional tension, reported public "
                    "broadcaster NTV."))
    assert any(sp == "NTV" and text.startswith("Karsk added despite") for sp, text in got), got


def test_told_a_counterpart_during_talks(run):
    got = pairs(run('Norvia "has no intention to shut Estavia out of the region", and is willing to "achieve good '
                    'interactions with Estavia in the region", Foreign Minister Ren Tamo told Estavian Foreign '
                    'Minister Ivo Karsk during their talks.'))
    assert got and got[0][0] == "Ren Tamo" and got[0][1].startswith("Norvia \"has no intention"), got


def test_name_then_role_before_the_cue(run):
    got = pairs(run('His "special goodwill visit", beginning November 2, will be the first by an Estavian President '
                    "to the mountain country in 18 years and the first after Norvia adopted a new constitution, "
                    "Omar Dune, spokesman from the Estavian Foreign Ministry said here Friday evening in a press "
                    "briefing."))
    assert got and got[0][0] == "Omar Dune" and got[0][1].endswith("adopted a new constitution"), got


def test_told_an_outlet_is_no_inverted_speaker(run):
    got = pairs(run('"We agreed to work as a team," Rami Sol, a senior official, told AFP.'))
    assert got == [], got  # a direct quote: no statement, so none given to AFP


def test_relayed_words_stay_the_speakers(run):
    got = pairs(run("The ministers postponed new sanctions for a week, foreign affairs head Lia Morn said, "
                    "AFP reports."))
    assert got and all(sp != "AFP" for sp, _ in got), got


def test_no_clause_before_the_comma(run):
    got = pairs(run("In the capital of Norvia, the minister said."))
    assert got == [], got


def test_an_aside_about_the_clause_after_it(run):
    got = pairs(run("Marlow has been more open to reform than many of his colleagues, and, as the Ledger notes, "
                    "his district is largely rural."))
    assert all(not text.startswith("Marlow has been") for _, text in got), got


def test_a_direct_quote_with_a_role_and_a_name(run):
    got = pairs(run('"Two words say it all, and those are \'utterly untrue,\'" the press '
                    "secretary, Sarah Sands, told reporters on Friday."))
    assert all(not text.startswith('"Two words') for _, text in got), got



def test_a_headline_is_left_to_the_headline_readers(run):
    got = pairs(run("Ferry chief detained after Velm Bay sinking, police say\n\nPolice in Velm detained the chief "
                    "executive of a ferry company on Friday, a police spokeswoman said."))
    assert all(not text.startswith("Ferry chief") for _, text in got), got


def test_credit_after_a_dateline_the_parser_split_at_the_comma(run):
    got = pairs(run("Ferry news\n\nKARSHAN, May 3 (Norpress) \u2014 All Tarnish ports can reopen to cargo by the end "
                    "of the month, Transport Minister Ilse Varga said Friday.\n\nMore ships are expected."))
    assert any(sp == "Ilse Varga" and text.startswith("All Tarnish ports can reopen") for sp, text in got), got


def test_as_clause_after_a_mid_sentence_credit_tells_when_it_was_said(run):
    got = pairs(run("Title\n\nThe harbour talks could need another round, envoys have said, as hard bargaining "
                    "continued into a third day."))
    assert ("envoys", "The harbour talks could need another round") in got, got
