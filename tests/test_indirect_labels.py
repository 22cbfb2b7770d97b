"""Labels put on something with 'as' ('dismissed the story as a trick', 'referred to X as "..."') are statements
(counted so by the annotators of five seen sets), and a quotation whose mark never closes ends with its paragraph
when the next paragraph opens with no mark."""
from __future__ import annotations

import pytest

from newsgraph.extract.marks import quote_spans
from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_dismissed_as_is_a_label(run):
    assert pairs(run("Others, including the county chairman, dismissed the story as a partisan trick.")) == \
        [("Others", "the story as a partisan trick")]


def test_defended_as_keeps_the_quotation(run):
    got = pairs(run("Hours later, the agency defended its decision as \u201cpart of a broad strategy to protect "
                    "wildlife.\u201d"))
    assert [t for _, t in got] == ["its decision as \u201cpart of a broad strategy to protect wildlife.\u201d"]


def test_dismissed_without_as_reports_nothing(run):
    assert pairs(run("The senator dismissed the option on Tuesday.")) == []


def test_rejected_as_a_role_is_no_label(run):
    assert pairs(run("The council has rejected the federation as a mediator in the dispute.")) == []


def test_referred_to_as(run):
    got = pairs(run("Mayor Hal Brenner has referred to the new toll as \u201ca tax on commuters.\u201d"))
    assert got == [("Hal Brenner", "the new toll as \u201ca tax on commuters.\u201d")]


def test_referring_to_as_after_a_comma(run):
    got = run("The governor said the inspectors had damaged the agency, referring to them as \u201camateurs.\u201d")
    assert "them as \u201camateurs.\u201d" in [q.text for q in got]


@pytest.mark.parametrize("text", [
    "The plan, also referred to as \u201cthe principles,\u201d will be published next week.",
    "The judge referred the case to prosecutors in Ohio.",
    "She referred to the report in her speech on Monday.",
])
def test_refer_without_a_label_reports_nothing(run, text):
    assert pairs(run(text)) == []


def test_unclosed_quote_ends_before_a_paragraph_with_no_mark():
    text = ('She wrote, "I will vote for it and ask my colleagues to do the same.\n\n'
            'Earlier, speaking in Tarvik, she said she did not understand the delay.\n\n'
            '"We have waited long enough," she said.')
    got = [text[m.start:m.end] for m in quote_spans(text)]
    assert got == ["I will vote for it and ask my colleagues to do the same.", "We have waited long enough"]


def test_quote_reopened_in_the_next_paragraph_goes_on():
    text = 'He said: "The first part.\n\n"The second part.\n\n"The end," he added.'
    spans = quote_spans(text)
    assert len(spans) == 1 and spans[0].paragraphs == 3


def test_according_to_a_phrase_speaks(run):
    got = pairs(run("The two leaders are likely to keep up the pressure in the weeks ahead, according to those "
                    "familiar with the strategy."))
    assert got == [("those familiar with the strategy",
                    "The two leaders are likely to keep up the pressure in the weeks ahead")]


def test_according_to_slides_up_to_the_participle(run):
    got = pairs(run("According to slides from an internal briefing and obtained by the Tarvik Herald, the program "
                    "accounts for one in seven reports."))
    assert got == [("slides from an internal briefing", "the program accounts for one in seven reports")]


def test_calculated_according_to_is_no_source(run):
    assert pairs(run("Pensions are calculated according to how many years a person has paid in.")) == []


def test_participle_hung_on_another_verb_takes_the_cue_before(run):
    got = pairs(run("The dispute escalated last month when the Tarvik Herald reported the leak, saying that three "
                    "ministers had been told in advance."))
    assert ("Tarvik Herald", "three ministers had been told in advance") in [(s and s.replace("the ", ""), t)
                                                                             for s, t in got], got



def test_a_label_parsed_as_two_predicates_keeps_both(nlp, run):
    # the parser can make both the person and the label predicates of 'called' (two oprd children)
    text = ("Agent Anton Vrabel was fired on Friday.\n\nChat logs came to light in the spring, showing Vrabel and "
            "Lisle trading views on the mayoral race and mocking Krull again and again.  In one message, Vrabel "
            "called Krull an \"idiot.\" \n\nMore logs kept coming out.")
    called = next(t for t in nlp(text) if t.lower_ == "called")
    if sum(c.dep_ == "oprd" for c in called.children) < 2:
        pytest.skip("the parse does not make the two predicates this test is about")
    assert ("Anton Vrabel", 'Krull an "idiot."') in pairs(run(text))
