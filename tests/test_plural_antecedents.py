"""'they' after a plural subject that names a group no entity stands for: bodies in the plural ('Farmers' groups',
'Civic groups'), the police, envoys ('The ambassadors of ...') and a count of people ('A total of 40 councillors
from both parties'). The group phrase speaks, not a body named before it. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_they_after_plural_groups(run):
    got = run("The Orvan Rail Company raised fares in Lessary on Monday. "
              "Civic groups organised a rally on Sunday, and they said the march would fill the harbour square.")
    assert speaker_of(got, "the march would fill") == "Civic groups"


def test_they_after_the_police(run):
    got = run("Protesters marched through Dunmere on Friday after the Velmark Trade Council cut wages.\n\n"
              "Velmarkian police said on Saturday they had stopped a bus of protesters near the border. "
              "They said that a second group had also tried to cross at Harn but had been turned back.")
    assert speaker_of(got, "a second group had also tried") == "Velmarkian police"


def test_they_after_a_count_of_councillors(run):
    got = run("The Dunmere City Council met on Tuesday to vote on the harbour plan.\n\n"
              "A total of 40 councillors from both parties backed a motion in which they said the plan had "
              "not been costed.")
    assert speaker_of(got, "the plan had not been costed") == "A total of 40 councillors from both parties"


def test_they_after_the_ambassadors(run):
    got = run("Foreign Minister Lina Korsa met envoys from the Coastal States Forum at the Marlovian Foreign "
              "Ministry on Monday. The ambassadors of the coastal states welcomed the talks, and they expressed "
              "the hope that the strait would stay open.")
    assert speaker_of(got, "the strait would stay open") == "The ambassadors of the coastal states"


def test_a_named_group_still_wins(run):
    got = run("The Vessel Farmers Union met ministers on Monday. "
              "The union said the talks had gone well. They added that prices must rise.")
    assert speaker_of(got, "prices must rise") != "Civic groups"
    assert "Farmers Union" in (speaker_of(got, "prices must rise") or "")
