"""A briefing transcript's speaker label ('Q:', 'QUESTION:') opening a line is no source, though the parse may make
it the subject of the question's verb; the outlet the question cites is credited as before. Invented outlets and
sentences."""
from __future__ import annotations

import pytest

from source_helpers import sources

MFA = "https://www.mfa.norland.example/eng/briefings/1"


@pytest.mark.parametrize("line, outlet", [
    ("Q: Bloomberg cited sources as saying the talks on the canal would be held in May. Can you confirm?", "Bloomberg"),
    ("QUESTION: The Ostland Herald reported that the envoy would stay away. Is that true?", "Ostland Herald"),
    ("Q: Some media outlets reported that the canal summit had been postponed. Is that true?", None),
])
def test_speaker_label_is_no_source(nlp, line, outlet):
    got = [name for name, _ in sources(nlp, f"Regular press briefing on June 9\n\n{line}", url=MFA, quotes=True)]
    assert not any(name in ("Q", "QUESTION") for name in got)
    if outlet:
        assert any(outlet in name for name in got)
