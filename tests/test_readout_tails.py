"""An appeal or a welcomed thing in a long official sentence runs to the end of its sentence when the parser hung the
rest of it on the verb ('calls on the parties to act calmly and with restraint ...', 'welcomes the holding
yesterday of elections in X', 'urges the sides to resume, without delay, negotiations in Y ...'); not over the
occasion ('in a statement'), a clause of time, a second predicate ('and left for X') or a closing date ('on Friday').
All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner

STATEMENT = (
    "Statement by the Spokesperson on the vote in Velmar\n\n"
    "The Commissioner calls on every party leader to behave peacefully and with regard for the courts in the days "
    "before the runoff in Velmar.\n\n"
    "The Union welcomes the holding yesterday of parliamentary elections in Norland. It hopes the new assembly "
    "meets soon.\n\n"
    "The Chair of the Commission calls for calm and orderly voting in the northern province scheduled for 3 June.")

NEAR = (
    "Norland minister urges calm\n\n"
    "The Foreign Minister of Norland, Tamsin Oro, praised the volunteers and left for the border town of Ostra "
    "later that day.\n\n"
    "Ms Oro welcomed the decision on Friday.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _text(found, start: str) -> str:
    hits = [q.text for q in found if q.text.startswith(start)]
    assert hits, [q.text for q in found]
    return hits[0]


def test_coordinated_manner_phrase_stays_in_the_appeal(run):
    text = _text(run(STATEMENT), "every party leader to behave peacefully")
    assert text.endswith("the days before the runoff in Velmar")


def test_date_inside_the_object_does_not_cut_it(run):
    assert _text(run(STATEMENT), "the holding") == "the holding yesterday of parliamentary elections in Norland"


def test_participle_after_the_appeal_goes_with_it(run):
    assert _text(run(STATEMENT), "calm and orderly voting").endswith("in the northern province scheduled for 3 June")


def test_second_predicate_and_closing_date_stay_out(run):
    found = run(NEAR)
    assert _text(found, "the volunteers") == "the volunteers"
    assert _text(found, "the decision") == "the decision"
