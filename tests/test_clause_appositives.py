"""An appositive after a reported clause: one that names or describes the noun it follows goes on with what was said
(the genre gold keeps 'met X, the Y host' and 'the deal ..., an agreement that ...' inside the reported span); one
whose head sums up the statement or the act ('a claim ...', 'a move ...', 'the third such warning') is the writer's
comment and is cut. All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


@pytest.mark.parametrize("text, clause", [
    ("The opposition leader, Brec Altan, said the ministry had ignored the Vell Audit Office, the body that first "
     "flagged the shortfall in 2021.",
     "the ministry had ignored the Vell Audit Office, the body that first flagged the shortfall in 2021"),
    ("Korrin said the levy deal would be reviewed by the Norland Trade Council, an advisory panel of economists and "
     "retired judges.",
     "the levy deal would be reviewed by the Norland Trade Council, an advisory panel of economists and retired judges"),
    ("Ms. Korrin said the demands of the growers had been met by the Grain Board, a state agency set up in 1998.",
     "the demands of the growers had been met by the Grain Board, a state agency set up in 1998"),
    ("Ms. Marr described the value of the Brell Grain Board, a trading body Mr. Berg has long scorned.",
     "the value of the Brell Grain Board, a trading body Mr. Berg has long scorned"),
    # the parser reads this appositive as a second object of 'use'
    ("Officials in Vell said the aid trucks would use the Osk crossing, the main entry point for food and fuel into "
     "the valley.", "the aid trucks would use the Osk crossing, the main entry point for food and fuel into the valley"),
])
def test_appositive_describing_the_last_noun_goes_on(run, clause, text):
    assert clause in _texts(run, text)


@pytest.mark.parametrize("text, clause", [
    ("Taxes\n\nMara Lind said the council had raised taxes, a move critics called reckless.",
     "the council had raised taxes"),
    ("The ministry said the strike had cost millions, the third such warning this month.",
     "the strike had cost millions"),
    ("The ministry said the strike had cost millions \u2014 a claim the union disputed.",
     "the strike had cost millions"),
    ("Senator Ilse Varga said the caretaker should not run in the spring election, a principle that her party "
     "honoured after the last vacancy.", "the caretaker should not run in the spring election"),
    ("Mayor Tomas Hale called the attack an act of cowardice, a term the governor also used on Sunday.",
     "the attack an act of cowardice"),
])
def test_appositive_summing_up_the_statement_is_cut(run, clause, text):
    assert clause in _texts(run, text)
