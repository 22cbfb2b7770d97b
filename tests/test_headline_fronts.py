"""Headlines that put what was said first and the speaker after a comma, colon or dash ('<report>, says X',
'<report>, X says'), which the parser reads with the front as the subject of 'says' and the speaker as a loose
word (extract/headline_fronts.py): the speaker must be someone the page names, at the phrase or, for an office,
in the paragraphs below the lede. All names, places and outlets are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _headline_pairs(run, text: str):
    first_line = text.index("\n")
    return pairs([q for q in run(text) if q.start < first_line])


@pytest.mark.parametrize("text, speaker, report", [
    ("No talks until troops withdraw, says Ardmoor\n\nVESSARA, June 9 (Reuters) - Ardmoor will not return to the "
     "table while foreign troops remain on its soil, its government said on Monday.",
     "Ardmoor", "No talks until troops withdraw"),
    ("Grain deal - a win for farmers - says Koll\n\nVESSARA, June 9 (Reuters) - The opposition leader praised the "
     "new grain agreement on Monday.",
     "Koll", "Grain deal - a win for farmers"),
    ("Dam project on hold until spring, says Koll\n\nVESSARA, June 9 (Reuters) - Vessaly's energy minister, Maren "
     "Koll, said on Monday that work on the Selva dam would pause until spring.",
     "Maren Koll", "Dam project on hold until spring"),
    ("Rail link ready by 2030, says Haldoria transport chief\n\nHALDORIA, June 9 (AFP) - The high-speed link "
     "between the capital and the coast will open by 2030, Haldoria's transport chief said on Monday.\n\n"
     "Anselm Roth, who took charge of the transport ministry in March, told reporters the tunnel works were ahead "
     "of schedule.",
     "Anselm Roth", "Rail link ready by 2030"),
])
def test_fronted_headline_report(run, text, speaker, report):
    got = _headline_pairs(run, text)
    assert (speaker, report) in got, got


def test_unnamed_office_in_headline_reports_nothing(run):
    # an office the page never names: not whom the annotators would write as the speaker
    text = ("New airport terminal 'years behind schedule', says Tory MP\n\nA Conservative MP has said the new "
            "terminal at Orla airport is years behind schedule.\n\nThe airport's owners said work was on track.")
    assert [p for p in _headline_pairs(run, text) if p[1].startswith("New airport")] == []


@pytest.mark.parametrize("head", [
    "Council says sorry for flooded underpass",  # a bare word of 'say', not a report
    "Ferry talks to resume after year-long freeze says Ardmoor",  # no separator: the hyphen of 'year-long' is none
])
def test_not_a_fronted_headline(run, head):
    text = head + "\n\nPORT ARDEL, June 9 (Reuters) - Officials met in the harbour town on Monday."
    assert _headline_pairs(run, text) == []
