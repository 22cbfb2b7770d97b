"""'X cited Y as saying ...' is Y's speech, as 'X quoted Y as saying ...' is (the quoted person speaks; the
outlet or body that cites them is a source, not the speaker). 'cited the figures as proof that' is no speech."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_cited_person_speaks(run):
    text = "The Velmoran defence ministry cited Lutz as saying that no patrol boats had crossed the line."
    assert speaker_of(run(text), "no patrol boats had crossed the line") == "Lutz"


def test_cited_official_in_apposition_speaks(run):
    text = "State radio cited the defence minister, Hugo Brenn, as saying the navy would stay in port."
    assert speaker_of(run(text), "the navy would stay in port") == "Hugo Brenn"


def test_quoted_person_still_speaks(run):
    text = "The Kastel Herald quoted Brenn as saying the navy would stay in port all winter."
    assert speaker_of(run(text), "the navy would stay in port") == "Brenn"
