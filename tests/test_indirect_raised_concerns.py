"""'raised concerns that <clause>' states the clause, whoever raises them ('raised concerns about X' states nothing:
the genre gold leaves a feeling about a thing out); 'X did raise concerns that Y' is a statement made (not a
question, nor 'did not'); 'thanked X for Y's leadership in
hosting the talks': the grounds run on through a gerund phrase the parser hung on the verb. Found by probing
(session 19, /work/notes/s19/probes/ind a04, b07). All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_concerns_that(run):
    found = pairs(run("The Tarvesh Coast Authority raised concerns that the new terminal would damage the estuary."))
    assert any(t == "the new terminal would damage the estuary" for _, t in found), found


def test_did_raise(run):
    found = pairs(run("Minister Kolva Idrenne did raise concerns that the reform was too slow during the meeting."))
    assert any(name == "Kolva Idrenne" and c.startswith("the reform was too slow") for name, c in found), found
    assert pairs(run("Did Kolva Idrenne raise concerns that the reform was too slow?")) == []
    assert pairs(run("Kolva Idrenne did not raise concerns that the reform was too slow.")) == []


def test_thanked_for_with_a_gerund_phrase(run):
    found = pairs(run("President Harlan Brooke also thanked Prime Minister Idris Salvo for Merrow's leadership in "
                      "hosting the peace talks."))
    assert ("Harlan Brooke", "Prime Minister Idris Salvo for Merrow's leadership in hosting the peace talks") in found, found
