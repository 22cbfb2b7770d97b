"""Who runs an outlet ('state-run', 'state-owned') between 'by' and its name does not hide the credit
(extract/source_syntax.word_before, verb_before): 'quoted as saying by state-run Radio X'. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"


@pytest.mark.parametrize("text, name", [
    ('"We are concerned," Varn was quoted as saying by state-run Radio Norland.', "Radio Norland"),
    ('"We are concerned," Varn was quoted as saying by the state-owned Kelsbury Times.', "Kelsbury Times"),
])
def test_state_run_outlet_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text, url=OTHER, quotes=True)] == [name]


def test_state_run_outlet_only_mentioned(nlp):
    assert sources(nlp, "The state-run Kelsbury Times was closed last year.", url=OTHER, quotes=True) == []
