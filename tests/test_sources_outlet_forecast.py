"""An unnamed or described outlet that forecasts something states it: 'the state-run Courier newspaper has predicted
a run-off' credits the paper (extract/source_mentions.outlet_subject, data_forecast_verbs with an object); a negated
or modal forecast does not. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER)]


def test_an_outlet_forecasting_is_credited(nlp):
    text = "Results have yet to be declared but the state-run Courier newspaper has predicted a run-off."
    assert any("Courier newspaper" in n for n in names(nlp, text))


@pytest.mark.parametrize("text", [
    "The newspaper did not predict a run-off.",
    "The newspaper may predict a run-off tomorrow.",
])
def test_a_negated_or_modal_forecast_is_not(nlp, text):
    assert not any("newspaper" in n for n in names(nlp, text))
