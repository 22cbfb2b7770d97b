"""A quotation handed over by a clause that speaks of someone's answer instead of naming a speaker as its subject
(direct_quotes._subject_before, speech_nouns.colon_verdict_owner / in_words_of): 'For X, the answer is simple:
"..."', 'The plan drew a sharp response from X: "..."', 'The sharpest response came from X: "..."', 'In the words
of X, "..."'. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def speaker_of(run, text: str, start: str) -> str | None:
    q = next(q for q in run(text) if q.kind in ("direct", "partial") and q.text.startswith(start))
    return q.speaker.name if q.speaker else None


LEAD = "Dockers reject offer\n\nThe Varnholm dockers' union rejected the pay offer on Monday.\n\n"


def test_for_x_the_answer_is(run):
    text = LEAD + "For port director Teodor Wnuk-Halvorsen, the answer is simple: \"There is no more money.\""
    assert speaker_of(run, text, "There is no more") == "Teodor Wnuk-Halvorsen"


def test_drew_a_response_from(run):
    text = LEAD + ("The offer drew a sharp response from union leader Katarzyna Oduya-Vell: \"This offer "
                   "punishes the people who keep the port running.\"")
    assert speaker_of(run, text, "This offer punishes") == "Katarzyna Oduya-Vell"


def test_response_came_from_a_titled_name(run):
    text = LEAD + ("The sharpest response came from Vessland's trade minister, Halima Strand-Oyelowo: \"This is "
                   "economic blackmail.\"")
    assert speaker_of(run, text, "This is economic") == "Halima Strand-Oyelowo"


def test_in_the_words_of(run):
    text = LEAD + "In the words of one docker, Casimir Oyelaran, \"nobody wanted to be the first to leave.\""
    assert speaker_of(run, text, "nobody wanted") == "Casimir Oyelaran"


def test_a_named_subject_before_the_colon_is_unchanged(run):
    text = LEAD + "For the first time, the harbour board's chairman, Gustav Achebe-Lind, said: \"We are ready.\""
    assert speaker_of(run, text, "We are ready") == "Gustav Achebe-Lind"
