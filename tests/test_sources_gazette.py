"""A gazette is where decrees come out, not who tells them (venue_nouns, extract/source_noun_places.py): 'the
official gazette published the decree' credits nothing; 'the gazette said that ...' and 'according to the gazette'
stay credited. Fictional text."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "The official gazette published the decree on Monday.",
    "On Friday the Tarnian official gazette printed the new list of banned goods.",
])
def test_gazette_publishing_a_text_is_no_source(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The official gazette said the levy on fuel takes effect on Friday.",
    "According to the official gazette, the curfew in Port Velm ends in May.",
])
def test_gazette_telling_a_claim_is_credited(nlp, text):
    assert [k for _, k in sources(nlp, text)] == ["document"]
