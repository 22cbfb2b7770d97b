"""A verb of agreeing or of taking a stance inside the clause another cue reports ('The minister said the two
countries agreed to ...', 'The spokesman said Norland condemned ...') is part of what was said, not a second report;
the agreement stays a report of its own in a lede with a tail attribution ('A and B agreed to ..., officials said'),
as a second verb of the outer subject ('They reaffirmed X and agreed to Y') and standing alone. Texts, people and
places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze


def _indirect(text: str):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_agreement_inside_a_report_is_not_its_own():
    got = _indirect("Foreign Minister Tarn Volosk said on Monday that the two countries agreed to reopen the "
                    "Keld border crossing next month.")
    assert any(t.startswith("the two countries agreed to reopen") for _, t in got), got
    assert not any(t.startswith("to reopen the Keld") for _, t in got), got


def test_condemnation_inside_a_report_is_not_its_own():
    got = _indirect("The ministry spokesman Ilo Brandt said Norland condemned the shelling of the ferry port "
                    "at Vask.")
    assert any(t.startswith("Norland condemned the shelling") for _, t in got), got
    assert not any(t.startswith("the shelling of the ferry") for _, t in got), got


def test_lede_agreement_with_a_tail_attribution_is_kept():
    got = _indirect("Orvania and Peltra agreed on Monday to reopen the Keld border crossing for lorries next "
                    "month, officials from both countries said.")
    assert any(s == "Orvania and Peltra" and t.startswith("to reopen the Keld") for s, t in got), got


def test_second_verb_of_the_same_subject_is_kept():
    got = _indirect("President Ana Ruvel met Prime Minister Odo Sarkan in Lisk on Friday. The two leaders "
                    "reaffirmed their commitment to the rail link and agreed to speak again next month.")
    assert any(t.startswith("to speak again") for _, t in got), got


def test_agreement_standing_alone_is_kept():
    got = _indirect("President Ana Ruvel met Prime Minister Odo Sarkan in Lisk on Friday. The two leaders "
                    "agreed that their trade ministers would meet in May.")
    assert any(t.startswith("their trade ministers would meet") for _, t in got), got
