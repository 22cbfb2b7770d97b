"""The tokenizer splits a full stop glued to an opening bracket (nlp.GLUED_BRACKET_INFIXES): 'the statement
added.(Agency)' keeps its sentence end, its cue and the credit in brackets; a wire credit glued to the first word
('KARSHAN, May 3 (APP):Prime Minister X ...') keeps the title, so 'the prime minister told ...' is X, not a minister
the quote names. Fictional names throughout."""
from __future__ import annotations

import pytest

import source_helpers


@pytest.mark.parametrize("text, tokens", [
    ("the statement added.(Yonhap)", ["the", "statement", "added", ".", "(", "Yonhap", ")"]),
    ("he said.(AP)", ["he", "said", ".", "(", "AP", ")"]),
    ("in 2019.(Kelsbury Post)", ["in", "2019", ".", "(", "Kelsbury", "Post", ")"]),
    ("(APP):Prime Minister", ["(", "APP", "):", "Prime", "Minister"]),
])
def test_glued_bracket_split(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("the U.S. (AP)", ["the", "U.S.", "(", "AP", ")"]),  # a spaced bracket: as before
    ("www.kelsbury-post.example/a.(b)", ["www.kelsbury-post.example/a.(b", ")"]),  # a web address
])
def test_other_brackets_unchanged(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_statement_credited_before_glued_agency(nlp):
    text = ('Norland rejected the offer on Monday.\n\n"The talks are over for now," the statement added.(Yonhap)\n\n'
            "Readers' comments")
    names = [name for name, _ in source_helpers.sources(nlp, text, quotes=True)]
    assert any("statement" in name for name in names)


def test_title_after_a_glued_wire_credit(nlp):
    from quote_helpers import quote_runner

    text = ("KARSHAN, May 3 (APP):Prime Minister Tariq Jamal Nadeem Friday dismissed the opposition's complaints about "
            "the harbour plan.\n\n\"As the Cabinet agreed, (Ports Minister) Sami Rauf will lay the harbour plan before "
            "the assembly today,\" the prime minister told the National Assembly.\n")
    q = [q for q in quote_runner(nlp)(text) if q.kind == "direct"]
    assert q and q[0].speaker is not None and q[0].speaker.name.startswith("Tariq Jamal")
