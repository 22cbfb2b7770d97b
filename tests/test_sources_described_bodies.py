"""Bodies and statements credited, session 21 (fictional names):

- 'according to the Kelso Census, a project financed by Ann Roe': a person in the apposition that describes the
  body does not make it a person's voice (source_syntax.body_kind reads the name without its apposition); and
  'The project also found ...' later is that body again (the apposition's noun, source_according; the definite
  subject of a body's finding verb, sources.py);
- 'issued identical statements afterward that said ...': a bare plural issued with a relative clause that tells
  what it says is credited (source_noun_places._issued_saying), not 'issued statements on the matter'.
"""
from __future__ import annotations

import pytest

from source_helpers import sources


def test_body_described_with_its_funder_is_credited_and_named_again(nlp):
    text = ("Lynx numbers fell sharply in the north, according to the Kelso Wildlife Census, a project financed by "
            "Ivo Dranic, a founder of Tarnsoft.\n\nThe project also found the lynx had all but vanished from "
            "two valleys.")
    assert [n for n, _ in sources(nlp, text)] == ["Kelso Wildlife Census", "Kelso Wildlife Census"]


def test_group_described_by_apposition_is_named_again(nlp):
    text = ("Turnout fell, according to the Pelang Institute, a research group based in Tarnholm.\n\n"
            "The group also found that young voters stayed home.")
    assert [n for n, _ in sources(nlp, text)] == ["Pelang Institute", "Pelang Institute"]


def test_finding_body_named_nowhere_before_stays_as_written(nlp):
    assert [n for n, _ in sources(nlp, "The institute estimated that growth would slow.")] == ["institute"]


@pytest.mark.parametrize("text, name", [
    ("The Tarnian ministry and Mr. Halden's aides issued identical statements late on Tuesday that said "
     "\"both sides will keep talking.\"", "identical statements by Tarnian ministry"),
    ("The ministry issued statements afterward that said the talks would go on.", "statements by ministry"),
])
def test_statements_issued_with_what_they_said(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "The ministry issued statements on the matter.",
    "The ministry issued statements that were ignored.",
])
def test_statements_issued_without_content_are_no_credit(nlp, text):
    assert sources(nlp, text) == []
