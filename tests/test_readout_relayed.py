"""A readout relayed in a reported clause ('the ministry said Foreign Minister X reaffirmed Y', 'X conveyed Y
during a call with Z, the palace said'): on any page both levels count, the reporter's clause and the readout
verb's statement (extract/readout_statements.py: _relayed_range). Not a stance ('agreed with X'), a perception
('recognized X as Y') or a thing's content ('said the speech reflected ...'). Fictional people and places."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze

LEDE = "Norland and Osterland renew ties\n\nThe two countries marked thirty years of relations on Monday. "


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(LEDE + text).quotes
            if q.kind == "indirect"]


@pytest.mark.parametrize("text, speaker, inner", [
    ("The foreign ministry said Foreign Minister Ana Ruiz reaffirmed the strong partnership between Norland and "
     "Osterland.", "Ana Ruiz", "the strong partnership between Norland and Osterland"),
    ("Prime Minister Karl Berg on Friday stressed the importance of dialogue between the two neighbours, his "
     "office said.", "Karl Berg", "the importance of dialogue between the two neighbours"),
    ("Envoy Tomas Varga told reporters that Ana Ruiz had reaffirmed her commitment to the border accord.",
     "Ana Ruiz", "her commitment to the border accord"),
])
def test_relayed_readout_gives_both_levels(text, speaker, inner):
    got = statements(text)
    assert any(t == inner and speaker.split()[-1] in (who or "") for who, t in got), got
    assert len(got) == 2, got


@pytest.mark.parametrize("text", [
    "Mayor Ilse Brand said Karl Berg agreed with the council's assessment of the flood damage.",
    "Inspector Ana Ruiz said a clerk recognized the parcel addressed to the mayor as similar to the others.",
    "Karl Berg said the speech reflected a long process of listening to the regions.",
])
def test_no_relayed_statement_for_a_stance_a_perception_or_a_thing(text):
    got = statements(text)
    assert len(got) == 1, got
