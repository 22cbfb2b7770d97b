"""'There are reports in the Tarnian media that ...', 'He was asked about reports in the Tarnian media that ...':
reports that tell their claim and name the outlets they ran in credit those outlets
(source_noun_places._in_outlet), also after 'about' (a briefing's question); not unsourced 'reports that ...' nor
'complained about reports in the local press' with no claim told. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "There are reports in the Tarnian media that the talks have stalled.",
    "Asked about reports in the Tarnian media that the talks have stalled, the spokesperson said talks went on.",
])
def test_reports_in_named_media_with_their_claim(nlp, text):
    found = [n for n, _ in sources(nlp, text)]
    assert len(found) == 1 and "Tarnian media" in found[0], found


@pytest.mark.parametrize("text", [
    "He was asked about reports that the talks have stalled.",
    "There are reports that the talks have stalled.",
    "He complained about reports in the local media.",
])
def test_unsourced_or_contentless_reports_credit_nothing(nlp, text):
    assert sources(nlp, text) == []
