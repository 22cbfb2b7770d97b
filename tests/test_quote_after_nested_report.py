"""A quotation standing alone after 'X said Y agreed to ...' goes on with X, who is speaking, not with Y, whose
agreement X reports (the nested report's speaker is no speaker a bare quotation carries on from). Texts are
made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_bare_quote_after_relayed_agreement(run):
    got = run("Downing Street spokesman Rhys Gathercole said Chancellor Brandt agreed that the talks should "
              "continue.\n\n\"They will meet again in the spring.\"", "direct")
    assert speaker_of(got, "They will meet again") == "Rhys Gathercole"


def test_bare_quote_after_relayed_visit(run):
    got = run("Spokesman Tobias Nerlinger said Chancellor Edda Kristmann agreed to visit Vastira in the autumn.\n\n"
              "\"This will be her first trip abroad as chancellor.\"", "direct")
    assert speaker_of(got, "This will be her first trip") == "Tobias Nerlinger"
