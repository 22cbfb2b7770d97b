"""A report someone confirms, denies or dismisses is not theirs: 'the minister declined to confirm a report
that ...' credits no 'report by the minister'; a report with an author the text gives keeps it, and 'X said in a
statement', 'X disputed ... in a statement' still credit X's statement; announcing its own assessment
that ... is the subject speaking, no document credited."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "KORVA (Reuters) -- Tarland's foreign minister has declined to confirm a report that said the government was "
    "in talks with the rebels.",
    "The Tarland Foreign Ministry has refuted reports claiming that a national was killed in a raid at sea.",
    "The minister dismissed a report that he would resign before the summer.",
])
def test_the_subject_of_a_denial_is_not_the_reports_author(nlp, text):
    assert not any(kind in ("document", "report") or " by " in name for name, kind in sources(nlp, text))


def test_a_denied_report_keeps_the_author_it_is_given(nlp):
    found = sources(nlp, "The minister denied a report by the Daily Tarn that he would resign.")
    assert any("Daily Tarn" in name for name, _ in found)


def test_a_statement_that_disputes_is_still_credited(nlp):
    found = sources(nlp, "In a rare statement issued Friday night, the counsel's team disputed the Korva Times' "
                         "report that the mayor had lied.")
    assert any(name.startswith("statement") for name, _ in found)


def test_announcing_ones_own_assessment_credits_no_document(nlp):
    assert sources(nlp, "Tarland and Korva have announced their assessment that the tests were part of a missile "
                        "programme.") == []


def test_a_report_published_with_its_finding_stays(nlp):
    assert sources(nlp, "The agency published its report that the dam was unsafe.") != []
