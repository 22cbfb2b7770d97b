"""A description naming a party or body in capitals ('the TVP leader') is not the holder of that title in another
party ('KUP leader Owen Brisk') when a person with no other title was named with that party ("the TVP's Jack
Corrin says"): it is that person (entity_index.EntityIndex.named_member_of, also for described_speakers'
earlier holder). A person named with the party who holds another title is not taken. Hand-written texts,
fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_the_party_leader_named_with_the_party(run):
    text = ("Assembly crisis: live\n\n\u2022 KUP leader Owen Brisk looks set to face a confidence vote\n\n"
            "'Kelsbury let down once more'\n\n\"The minister's retreat is the first real defeat for Owen Brisk,\" "
            "the TVP's Jack Corrin says.\n\nMr Corrin accuses the government of \"rule by threat\".\n\nIn a "
            "statement, the TVP leader says: \"This raises the simple question of why the assembly still sits at "
            "all.\"\n")
    assert direct_speaker_of(run(text), "This raises") == "Jack Corrin"


def test_a_person_of_the_party_with_another_title_is_not_taken(run):
    text = ("Harbour talks\n\nPresident Ana Roe met Velland's Foreign Minister Bo Lind on Monday.\n\n\"We will "
            "open the harbour to your ships,\" the Velland president said.\n")
    assert direct_speaker_of(run(text), "We will open") != "Bo Lind"
