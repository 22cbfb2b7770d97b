"""'Here's a copy of the X statement in full:' and 'Here is the foreign ministry's statement in full:' - a line that
introduces a statement's text below, its author named on the statement (a proper-noun compound, or a possessor
noun), credits it (source_noun_places._introduces_text, reading the statement a collection noun such as 'a copy of'
holds); the copy itself is no second source. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, name", [
    ("Here's a copy of the Kelso Republic Police statement in full:\n\n\"We regret the disruption.\"",
     "Kelso Republic Police statement"),
    ("Here is the Tarnian foreign ministry's statement in full:\n\n\"We regret the decision.\"",
     "Tarnian foreign ministry"),
])
def test_statement_introduced_in_full_is_credited_once(nlp, text, name):
    found = [n for n, _ in sources(nlp, text)]
    assert len(found) == 1 and name in found[0], found


def test_statement_read_elsewhere_credits_nothing(nlp):
    assert sources(nlp, "You can read the statement in full here.") == []
