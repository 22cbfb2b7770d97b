"""A clause the parser coordinated with the cue after the reported clause that goes on with what was said: a
state after a state under a past cue ('said the agreement was a big step forward but there was still work to be
done'), a present perfect after a reported clause holding one, a repeated pronoun subject after a bare 'and'
('tweeted that he had excellent talks with X and he valued ...'); not the narrative's next event ('..., but no date
was set'). Found by probing (session 18, /work/notes/s18/probes/ends a05). All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, clause", [
    ("Boris Vell said the agreement was a big step forward but there was still a huge amount of work to be done.",
     "the agreement was a big step forward but there was still a huge amount of work to be done"),
    ("Foreign Minister Ilo Varga said Tavrenia was against piracy and has been fighting smuggling, but despite its "
     "efforts the northern states have refused to lift the embargo.", "Tavrenia was against piracy and has been "
     "fighting smuggling, but despite its efforts the northern states have refused to lift the embargo"),
    ("Varga also tweeted that he had excellent talks with Fenwick and he valued their exchanges on regional security.",
     "he had excellent talks with Fenwick and he valued their exchanges on regional security"),
    ("Varga said the talks were useful, but no date was set for the next round.", "the talks were useful"),
])
def test_clause_run(run, text, clause):
    got = [q.text for q in run(text)]
    assert clause in got, got
