"""'X asked Y whether ...', then a quoted answer or 'she replied' in the next sentence: the pronoun is the one
asked (the asker is excluded), when the page told the one asked to be of the pronoun's sex; 'She also said ...'
and a pronoun whose sex the one asked was not given stay with the asker. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_quoted_answer_is_the_one_asked(run):
    got = run("Labour's Dagny Fellstrom asked Ms Solvang in the Commons whether the port deal had been approved "
              "by cabinet.\n\n\"Every step was taken in the open,\" she said.", "direct")
    assert speaker_of(got, "Every step was taken") == "Solvang"


def test_reply_is_the_one_asked(run):
    got = run("Interviewer Tomas Brandl asked Mr Kavanagh whether he would stand again.\n\n"
              "He replied that it was a question for another day.", "indirect")
    assert speaker_of(got, "it was a question") == "Kavanagh"


def test_asker_goes_on(run):
    got = run("Labour's Dagny Fellstrom asked Ms Solvang in the Commons whether the port deal had been approved "
              "by cabinet.\n\nShe also said the contract should be published in full.", "indirect")
    assert speaker_of(got, "the contract should be published") == "Dagny Fellstrom"
