"""An object pronoun is not the subject of its own verb ('Obenauer told her': not Obenauer), so a sex learnt from
it is not that subject's, and a later 'she' finds the woman. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_object_pronoun_is_not_its_verbs_subject(run):
    got = run("Prime Minister Runa Eskildsen telephoned Chancellor Ottmar Brehm on Tuesday.\n\n"
              "She told him that Kelvia would not accept the new tariffs.\n\n"
              "Brehm told her the tariffs were a matter for the commission.\n\n"
              "\"The chancellor listened carefully,\" she later told reporters.", "direct")
    assert speaker_of(got, "The chancellor listened") == "Runa Eskildsen"
