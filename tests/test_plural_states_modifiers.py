"""Two speaker mends for 'it' and 'they' (issue #3, direct speakers): states in the plural that no entity names
speak as written ('Key states ... what they call "..."', 'a number of countries who ... expressed their distaste
... "..."', 'Countries vulnerable to X are pointing out that ...'; 'the two states' are the two named together
before them), and a body or place named only as a noun's modifier ('the Tarnmoor reform bill', 'Assembly Speaker
Jo Vane') is not what a later 'it' or 'they' stands for. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_they_call_after_key_states(run):
    got = run("Deal struck at Velmora summit\n\n"
              "Premier Aldo Brisk of Kestmark: \"We did what we could\"\n\n"
              "Leading states at the Velmora ocean summit settled late on Friday on what they term a \"lasting compromise\".")
    assert speaker_of(got, "lasting compromise") == "Leading states at the Velmora ocean summit"


def test_their_after_a_number_of_countries(run):
    got = run("Delegate Ivo Marren of Tessaly said his island would not sign the text.\n\n"
              "The late draft upset a number of countries who, on seeing it, voiced their anger in blunt "
              "words - a \"betrayal of the small islands\".")
    assert speaker_of(got, "betrayal of the small islands") == "a number of countries"


def test_countries_pointing_out(run):
    got = run("Countries vulnerable to rising seas are pointing out that the Velmora text gives them no new "
              "money for sea walls.")
    assert speaker_of(got, "the Velmora text gives them") == "Countries vulnerable to rising seas"


def test_the_two_states_are_the_two_named(run):
    got = run("Kestmark and Haldoria asked the Supreme Court of Dunmere to strike down the Lessary toll law.\n\n"
              "The two states then filed a lawsuit over the tolls. The complaint argues the "
              "law breaks the old river treaty.")
    assert speaker_of(got, "the law breaks the old river treaty") == "Kestmark and Haldoria"


def test_it_says_passes_over_a_body_inside_an_object(run):
    got = run("Mara Quell has said she opposes any form of the Tarnmoor Assembly reform bill. "
              "She also backs more visas for farm workers.\n\n"
              "Quell says this about herself on her campaign website: \"Raised by a single father in Dunmere.\"\n\n"
              "\"Her father worked long shifts at the harbour,\" it says.")
    assert speaker_of(got, "Her father worked long shifts") == "Mara Quell"


def test_they_passes_over_the_body_in_a_title(run):
    got = run("All 30 members of the Green caucus are sending a letter to Tarnmoor Assembly Speaker Jo Vane "
              "warning her that they will block the budget unless she brings the water bill to a vote.\n\n"
              "A vote on the harbour plan would have to wait.\n\n"
              "\"We cannot put any other bill ahead of clean water,\" they wrote.")
    assert speaker_of(got, "We cannot put any other bill") == "All 30 members of the Green caucus"
