"""Agency, readout and UK politics forms of crediting a source (session 10, src6, from the genre pages): a
statement made to a body is credited like one said in; a court order that says something is a document; a clip of
an interview credited to an outlet is that outlet's again; taking questions on a station is an interview given to
it; a desk of the page's own broadcaster ("BBC News NI" on a BBC page) is the own outlet."""
from __future__ import annotations

import pytest

from source_helpers import sources

BBC_PAGE = "Party leader sets out plan\nImage caption, The leader at the conference\n"


@pytest.mark.parametrize("text, name", [
    ("Orland's envoy to the UN, Ilse Varga, made a statement on behalf of the 15 members following a closed "
     "session.", "statement by Ilse Varga"),
    ("First Minister Tomas Brel has made a statement to the Senedd confirming his intention to quit.",
     "statement by Tomas Brel"),
])
def test_a_statement_made_is_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "The minister will make a statement to MPs on Monday.",
    "The minister did not make a statement.",
    "It is unclear whether he made a statement.",
    "The row started when Mr Brel made sweeping statements linking migrants to the drug crisis.",
    "The governor is known for making inflammatory statements.",
    "He made a false statement to investigators.",
])
def test_a_statement_not_made_is_not_credited(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ('"The materials shall not be disclosed to the public," the order filed on Monday said.', "order"),
    ("The judge's order said the materials could not be released.", "order by judge"),
    ("According to the order, the plant must close by June.", "order"),
])
def test_an_order_that_says_something_is_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "In order to win, the party needs 20 seats.",
    "He signed an executive order on Monday to cut funding.",
    "The order of the speeches was changed.",
])
def test_other_orders_are_not_credited(nlp, text):
    assert sources(nlp, text) == []


def test_a_clip_of_an_interview_credits_the_outlet_of_the_interview(nlp):
    text = ("Arnaud Brel defended his handling of the files in an interview with Fox News on Monday. "
            '"I was very busy," Brel said in a clip of the interview aired earlier on Monday.')
    assert [n for n, _ in sources(nlp, text)] == ["Fox News", "Fox News"]


@pytest.mark.parametrize("text, name", [
    ("Taking questions from the public on LBC radio on Friday, the prime minister said she shared concerns.", "LBC"),
    ("Answering questions on Sky News, the minister said the plan was on track.", "Sky News"),
])
def test_taking_questions_on_a_station_is_an_interview_given_to_it(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "He will take questions on BBC Radio 5 Live next week.",
    "The minister faced questions on the deal from MPs.",
])
def test_questions_not_taken_on_air_credit_nothing(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("line", [
    'Speaking to BBC News NI during a fringe meeting, Ms Varga said: "People have been patient."',
    "The counsel general told BBC Wales he would stand behind the first minister.",
])
def test_a_desk_of_the_own_broadcaster_is_its_own_interview(nlp, line):
    assert sources(nlp, BBC_PAGE + line) == []
    assert len(sources(nlp, "Party leader sets out plan\n" + line)) == 1

