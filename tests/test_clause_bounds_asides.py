"""Where a reported clause starts and ends around asides: a subject the parser made the cue's object and set off
by dashes still opens the clause ('had said X -- the first ... -- was leaving'); the writer's aside after an
object-verb's content is cut ('accused X of Y -- a charge ...'), but not an appositive describing the object ('the value
of X, a body Y has scorned'), nor when the object runs on with a coordinated part and its charge."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


def test_subject_set_off_by_dashes_opens_the_clause(run):
    found = _texts(run, "Also on Monday, the mayor had said Tallis -- the only judge in two decades to step down over "
                        "a verdict -- was leaving in June.")
    assert "Tallis -- the only judge in two decades to step down over a verdict -- was leaving in June" in found


def test_aside_after_a_charge_is_the_writers(run):
    found = _texts(run, "The senator accused the minister of hiding the report — an accusation close to perjury in "
                        "Orvik law.")
    assert "the minister of hiding the report" in found


def test_appositive_after_the_object_describes_it(run):
    found = _texts(run, "Ms. Marr described the value of the Brell Grain Board, a trading body Mr. Berg has long "
                        "scorned.")  # (session 24: the genre gold keeps such a description with the clause)
    assert "the value of the Brell Grain Board, a trading body Mr. Berg has long scorned" in found


def test_object_with_a_coordinated_part_keeps_its_charge(run):
    found = _texts(run, "Union leaders accused Mayor Tomas Berg of Brell, the council leader, and moderate Orvik councillors "
                        "of caving in to protect councillors up for election in May in rural districts.")
    assert any(t.endswith("of caving in to protect councillors up for election in May in rural districts")
               for t in found)
