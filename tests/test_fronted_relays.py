"""'X said <clause>, Xinhua reported.': the parser hangs the outlet's closing cue on the speaker's cue (or on the
clause's verb), so the speaker's statement ran on into ', Xinhua reported' and the outlet got the bare clause. The
gold gives two statements, the speaker's clause and the outlet's report of the sentence up to its comma (speaker,
cue and clause), 5 of 5 times on read pages. All names, places and outlets are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, clause, outlet, report", [
    ("In a televised address, the President said parliament would debate the tax bill in a special session, most "
     "likely on Friday, the Velmar news agency reported.",
     "the President", "parliament would debate the tax bill in a special session",
     "Velmar news agency", "In a televised address, the President said parliament would debate the tax bill in a "
     "special session, most likely on Friday"),
    ("Speaking to reporters, the minister said the vote would be held next week, state radio reported.",
     "the minister", "the vote would be held next week",
     "state radio", "Speaking to reporters, the minister said the vote would be held next week"),
])
def test_speaker_clause_and_outlet_report(run, text, speaker, clause, outlet, report):
    got = pairs(run(text))
    texts = [t for _, t in got]
    assert any(t.startswith(clause) and not t.endswith("reported") for n, t in got if n != outlet and
               not n.endswith(outlet)), got
    assert report in texts, got
    assert not any(t.endswith("reported") for t in texts), got
    assert [n for n, t in got if t == report][0].endswith(outlet), got


def test_an_outlet_report_of_its_own_stays(run):
    got = pairs(run("The minister said the agency reported that fuel prices would rise in March."))
    assert any(t.startswith("fuel prices would rise") for _, t in got), got
