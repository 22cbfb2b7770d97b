"""Data credited with a forecast or a finding (extract/source_data.py): a data noun that forecasts states its object
('opinion polls had predicted a close race'), and a finding participle right after the noun states its clause
('shaken by polls suggesting they are heading for defeat'). A standing alone ('polls placed X and Y neck-and-neck',
'figures put the party on 61 percent') credits nothing: crediting it found 2 gold sources on seen pages and added 3
spurious ones on pages nobody read (session 16). Fictional names throughout."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, name", [
    ("His supporters turned out to grant him a clear victory when opinion polls had predicted a close race.",
     "opinion polls"),
    ("He tried to boost the morale of members shaken by polls suggesting they are heading for a massive defeat.",
     "polls"),
])
def test_data_stating_a_forecast_or_finding_is_credited(nlp, text, name):
    assert any(name in n for n in names(nlp, text))


@pytest.mark.parametrize("text", [
    "Numerous polls have shown an erosion in support for the governor.",
    "Polls do not predict a close race this time.",
    "Members were shaken by the polls, suggesting the mood had turned.",
    "Opinion polls had placed Mr Varn and Mr Holt neck-and-neck.",
    "With most of the vote counted, NEB figures announced on Friday put the Unity Party on 61.1 percent.",
])
def test_data_without_a_forecast_or_finding_is_not_credited(nlp, text):
    assert not any("poll" in n.lower() or "figures" in n.lower() for n in names(nlp, text))
