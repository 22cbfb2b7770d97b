"""A report inside a report by the same speaker ('X said he had urged Y to ...', 'they said they had proposed
to ...') gives two statements, the outer clause with its cue and the inner one (extract/indirect.py: _repeats only
merges one report reached through two cues). A nested stance verb ('they said they had agreed to ...') is part of
what was said and gives one (extract/nested_stances.py, tests/test_nested_stances.py). Fictional people and places."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze

LEDE = "Talks on the bay resume\n\nThe two delegations met in Port Avel on Monday. "


def statements(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(LEDE + text).quotes
            if q.kind == "indirect"]


@pytest.mark.parametrize("text, outer, inner", [
    ("Foreign Minister Tomas Varga said he had urged Norland to withdraw its patrol boats from the disputed bay.",
     "he had urged Norland to withdraw its patrol boats from the disputed bay",
     "Norland to withdraw its patrol boats from the disputed bay"),
    ("The rebels and the government said they had proposed to extend the ceasefire into the new year.",
     "they had proposed to extend the ceasefire into the new year",
     "to extend the ceasefire into the new year"),
    ("Mayor Ilse Brand told reporters she asked the rail company to restore the night trains.",
     "she asked the rail company to restore the night trains",
     "the rail company to restore the night trains"),
])
def test_both_levels_of_one_speakers_nested_report(text, outer, inner):
    got = [t for _, t in statements(text)]
    assert outer in got, got
    assert inner in got, got


def test_one_report_through_two_cues_stays_one():
    from newsgraph.extract.indirect import _repeats
    from newsgraph.model import Quote, Speaker

    def q(start, end, who):
        return Quote(id="", text="x", start=start, end=end, kind="indirect", speaker=Speaker(name=who))
    found = [q(0, 100, "Ana Ruiz")]
    assert _repeats(q(14, 100, "Ana Ruiz"), found) == 0  # no cue given: nothing nested, one report
