"""A quote the end of the page cut off (no closing mark, nothing after it) ends, as the annotators keep it, after
its last complete sentence ('"The members are angry, and I am angry. If the company thinks we will go back' ->
'The members are angry, and I am angry.'); a cut-off quote with no complete sentence stays whole, and a quote that
closes is untouched (quote_filters.last_complete_sentence). Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str) -> list[str]:
    return [q.text for q in run(text) if q.kind in ("direct", "partial")]


def test_cut_off_quote_keeps_its_last_complete_sentence(run):
    text = ("Harbour workers strike over pay\n\nTESSEL (Norpress) - Dock workers at Tessel harbour walked out on "
            "Friday.\n\nUnion secretary Ona Vik said the company's offer was \"an insult\" to her members. She added: "
            "\"The members are angry, and I am angry. If the company thinks we will go back on these terms")
    found = quoted(run, text)
    assert "The members are angry, and I am angry." in found
    assert not any(t.startswith("The members are angry") and "If the company" in t for t in found), found


def test_a_cut_off_quote_with_no_complete_sentence_stays_whole(run):
    text = ("Harbour workers strike over pay\n\nTESSEL (Norpress) - Dock workers at Tessel harbour walked out on "
            "Friday.\n\nUnion secretary Ona Vik said the company's offer was \"an insult\" to her members. She added: "
            "\"The members are angry, and if the company thinks we will go back on these terms")
    found = quoted(run, text)
    assert "The members are angry, and if the company thinks we will go back on these terms" in found, found
    assert not any(t.startswith("The members are angry") and "if the company" not in t for t in found), found


def test_a_closed_quote_is_untouched(run):
    text = ("Harbour workers strike over pay\n\nUnion secretary Ona Vik said: \"The members are angry. If the company "
            "thinks we will go back on these terms, it is wrong.\"\n\nThe company did not comment.\n")
    assert "The members are angry. If the company thinks we will go back on these terms, it is wrong." in \
        quoted(run, text)
