"""'warned X over Y': for a warning verb, 'over' names what prompted the warning, not what was warned of; the
statement is only in an 'of' / 'against' / 'about' phrase or a clause ('warned X of Y', 'warned that ...'). The
read sets' gold leaves 'warn (X) over <noun phrase>' out 3 of 3 times (3 pages) and keeps 'warn (X) of / against /
about <noun phrase>' 6 of 6. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text", [
    "The foreign ministry of Valdoria on Tuesday warned Norland over its planned border drills.",
    "Separately, the Ostrian government warned its neighbours over the dam project.",
    "Valdoria warns Norland over border drills",
])
def test_warned_over_is_no_statement(run, text):
    assert run(text) == [], run(text)


@pytest.mark.parametrize("text, speaker, report", [
    ("Interior Minister Karla Venn warned residents of the risk of flooding along the Tessa river.",
     "Karla Venn", "residents of the risk of flooding along the Tessa river"),
    ("Mayor Piet Dorn warned that the bridge would close over the winter months.",
     "Piet Dorn", "the bridge would close over the winter months"),
    ("The union warned the company over pay, saying members would walk out on Friday.",
     "The union", "members would walk out on Friday"),
])
def test_warnings_with_content_stay(run, text, speaker, report):
    got = pairs(run(text))
    assert (speaker, report) in got, got
