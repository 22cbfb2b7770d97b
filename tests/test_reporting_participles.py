"""A participle that only reports (', noting that ...', ', stressing ...', ', explaining ...') closing a sentence
whose reported clause has its own subject is the main speaker's second statement, not the inner subject's: the
parser often hangs it on the reported clause's verb, whose subject (a common noun: 'the treaty', 'inflation')
then took it or left it with no speaker. Participles of an act ('accusing', 'urging') stay with the clause that
does the act. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, report", [
    ("Governor Ilse Brandt insisted no one was being prevented from leaving the flooded districts, suggesting the "
     "evacuation was largely complete.", "Ilse Brandt", "the evacuation was largely complete"),
    ("Foreign Minister Tomas Kell argued that the treaty had kept the peace for a decade, stressing that any "
     "change would need the consent of both parliaments.",
     "Tomas Kell", "any change would need the consent of both parliaments"),
    ("Tomas Kell said the talks had been difficult, explaining that the two sides still disagreed on the border.",
     "Tomas Kell", "the two sides still disagreed on the border"),
    ("Central bank chief Mara Odum added that the bank's reserves were sufficient, recalling that they had "
     "doubled since 2019.", "Mara Odum", "they had doubled since 2019"),
])
def test_reporting_participle_is_the_main_speakers(run, text, speaker, report):
    got = pairs(run(text))
    assert (speaker, report) in got, got


def test_act_participle_stays_with_the_clause(run):
    got = pairs(run("Union leader Ed Farrow said the workers walked out on Friday, accusing the company of "
                    "breaking its promises."))
    assert ("the workers", "the company of breaking its promises") in got, got
    assert ("Ed Farrow", "the workers walked out on Friday") in got, got
