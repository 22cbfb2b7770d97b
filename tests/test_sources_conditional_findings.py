"""Sources credited, session 22: a body's finding still to be made ('if the government determines that ...',
'once the board finds that ...') credits no source; the same finding made ('The board found that ...') does."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Trophies may be imported if the Tarnian Wildlife Board determines that hunting will help the herds.",
    "The ban will be lifted once the Kelso Review Panel finds that the river is clean.",
    "Imports stay banned unless the Velmar Fisheries Commission concludes that the stocks have recovered.",
])
def test_conditional_findings_are_no_source(nlp, text):
    assert sources(nlp, text) == []


def test_finding_made_is_a_source(nlp):
    text = "The Kelso Review Panel found that the river was clean."
    assert [n for n, _ in sources(nlp, text)] == ["Kelso Review Panel"]
