"""What the annotation rules do not count as a credited source: polls and results with no author (data, not
reporting) unless they state a clause (tests/test_sources_data_findings.py), a speaker's own broadcast (the channel of his words), a country's press told something (as "told
reporters"), a section label closing its line, and what a body "would determine". Fictional names throughout."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text", [
    "The monitoring team said Tarvians voted in freedom in Sunday's polls whose conduct they also praised.",
    "Fresh batch of opinion polls published - with wide-ranging predictions",
    "His address came hours after officials said early results showed that most voters had signed the petition.",
    "Mr Varn was speaking after results showed Mr Lind had won a fifth term in office.",
    "To make that point, several polls have shown an erosion of support for the president.",
])
def test_polls_and_results_with_no_author_credit_no_one(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("A Harbour Times poll released Wednesday shows Varn leading Lind.", "poll"),
    ("A survey by the Norland Institute found that most voters agree.", "survey by Norland Institute"),
    ("Most Tarvians oppose the plan, according to polls.", "polls"),
])
def test_polls_with_an_author_or_according_to_stay_credited(nlp, text, name):
    assert any(name in n for n in names(nlp, text))


def test_the_poll_named_before_stays_credited(nlp):
    text = ("A Harbour Times poll released Wednesday shows Varn leading Lind.\n\n"
            "However, the poll showed that most voters think the plan is wrong.")
    assert len(names(nlp, text)) == 2


@pytest.mark.parametrize("text", [
    '"I accept it, I accept it," said Mr Varn in a nationwide broadcast.',
    "In a televised broadcast, the president said the vote had been fair.",
])
def test_a_speakers_own_broadcast_is_no_source(nlp, text):
    assert names(nlp, text) == []


def test_a_countrys_press_told_something_is_no_source(nlp):
    text = '"Norland is a very important bloc," he told the Tarvian media after the meeting ended.'
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", ["Tarvian media reported that the talks had failed.",
                                  "He told state media that the talks had failed."])
def test_media_reporting_or_state_media_told_stay_credited(nlp, text):
    assert names(nlp, text) != []


def test_a_section_label_closing_its_line_is_no_source(nlp):
    text = ("In a Kelsbury address, he said war could sometimes be necessary.\n\nSpecial Report\n"
            "He spoke minutes after the alliance announced that air strikes had been suspended.")
    assert names(nlp, text) == []


def test_what_a_commission_would_determine_is_no_finding(nlp):
    assert names(nlp, "He said the Election Commission would determine the exact date of the vote.") == []
    assert names(nlp, "The Election Commission determined that the vote had been fair.") != []


@pytest.mark.parametrize("text", [
    "The Norland Democrats' Treasury spokesman Peter Cable told us: \"The economy is in trouble.\"",
    "Peter Cable said the economy was in trouble.",
])
def test_a_source_noun_that_is_a_persons_name_is_no_source(nlp, text):
    assert sources(nlp, text) == []


def test_the_noun_itself_stays_a_source(nlp):
    assert len(sources(nlp, "That cable warned that the mission could not withstand an assault.")) == 1


def test_a_counterpart_releasing_remarks_is_a_person(nlp):
    text = ("The spokesman condemned remarks made by his Valdorian counterpart Anna Berg, through which she had "
            "called on the agency to act.")
    assert sources(nlp, text) == []
