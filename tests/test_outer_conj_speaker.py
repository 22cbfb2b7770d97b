"""A past cue with no subject of its own that the parser hung, through 'and', on the present-tense verb of a
subordinate clause ('if', 'when', 'until' ...) inside a past speech verb's reported clause is the speech verb's
second act: the reporter's subject speaks, not the subordinate clause's ('X said analysts expect growth if the
assembly passes the budget and urged lawmakers to "..."'). Same tense ('... until the rebels withdrew and
demanded') and a cue with its own subject are left as they were."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_if_clause_then_urged(run):
    got = run('Governor Lena Ostrow said analysts expect the economy to grow if the legislature approves the '
              'budget and urged lawmakers to "finish the job."')
    assert direct_speaker_of(got, "finish the job") == "Lena Ostrow"


def test_whenever_clause_then_called(run):
    got = run('Opposition leader Greta Sand said the coalition collapses whenever it faces a real test and called '
              'the budget "a patchwork of broken promises".')
    assert direct_speaker_of(got, "a patchwork") == "Greta Sand"


def test_when_clause_then_appealed(run):
    got = run('Police commissioner Ruth Adeyemi said officers respond quickly when residents report a crime and '
              'appealed for "patience while the inquiry runs its course".')
    assert direct_speaker_of(got, "patience") == "Ruth Adeyemi"


def test_a_cue_with_its_own_subject_keeps_it(run):
    got = run('Senator Ada Quill said the bill fails if the House rejects it, and the White House said it was '
              '"deeply disappointed".')
    assert direct_speaker_of(got, "deeply disappointed") == "White House"
