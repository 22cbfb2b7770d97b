"""Several that-clauses of one cue ('argued that A, that B, and that C') are one statement; a call for a deed
("called for X to cancel ... after the indictments") ends before the past event that prompted it; "a call for X to
resign" reports the deed asked for."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.indirect import _second_cue_cut
from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_noun_cue_with_three_that_clauses(run):
    got = pairs(run("Senator Ada Lark repeated her warning that the dam was unsafe, that repairs would take years, "
                    "and that the state had ignored the engineers."))
    assert ("Ada Lark", "the dam was unsafe, that repairs would take years, and that the state had ignored the "
                        "engineers") in got, got


def test_verb_with_three_that_clauses(run):
    got = pairs(run("Mayor Tom Reed argued that the budget was balanced, that no jobs would be cut, and that taxes "
                    "would fall next year."))
    assert ("Tom Reed", "the budget was balanced, that no jobs would be cut, and that taxes would fall next year") \
        in got, got


def test_a_that_clause_of_another_sentence_is_not_added(run):
    got = pairs(run("Mayor Tom Reed said the budget was balanced. That it passed at all surprised the council."))
    assert ("Tom Reed", "the budget was balanced") in got, got


def test_call_for_a_deed_ends_before_the_past_event_that_prompted_it(run):
    got = pairs(run("Leading Democrats called Friday for the president to cancel his meeting with the Russian leader "
                    "after the Justice Department indicted 12 intelligence officers."))
    assert got and got[0][1].endswith("cancel his meeting with the Russian leader"), got


def test_a_future_after_clause_stays_in_the_call(run):
    got = pairs(run("The union urged members to vote after the polls open on Tuesday."))
    assert got and got[0][1] == "members to vote after the polls open on Tuesday", got


def test_run_on_into_a_second_cue_participle_ends_at_the_comma(nlp):
    words = ["Lark", "accused", "rivals", "of", "delays", ",", "while", "insisting", "that", "talks", "continue", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 1, 3, 1, 7, 1, 10, 10, 7, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "mark", "advcl", "mark", "nsubj", "ccomp",
                    "punct"], tags=["NNP", "VBD", "NNS", "IN", "NNS", ",", "IN", "VBG", "IN", "NNS", "VBP", "."])
    s, e = doc[2].idx, doc[10].idx + len(doc[10].text)  # the parse ran 'accused' on to the end
    end = _second_cue_cut(doc, doc[1], {1, 7}, s, e)
    assert doc.text[s:end] == "rivals of delays"
    assert _second_cue_cut(doc, doc[1], {1}, s, e) == e  # 'insisting' no cue: nothing to cut


def test_clitic_modal_clause_runs_on_to_its_verb(run):
    got = pairs(run("The mayor said she\u2019d rather the council vote on it next week."))
    assert ("The mayor", "she\u2019d rather the council vote on it next week") in got, got


def test_noun_call_for_a_person_to_act(run):
    got = pairs(run("Gideon Marr issued a brash call for President Elena Sorvik to resign on Sunday over her "
                    "handling of a flood."))
    assert got and got[0][0] == "Gideon Marr" and got[0][1].startswith("President Elena Sorvik to resign"), got


def test_a_call_for_volunteers_reports_nothing(run):
    assert pairs(run("The call for volunteers went out on Monday.")) == []


def test_time_of_the_content_stays_the_occasion_of_speech_goes(run):
    got = pairs(run("The president said he will not meet with the prime minister during his visit to avoid any "
                    "appearance of taking sides."))
    assert got and got[0][1].endswith("during his visit to avoid any appearance of taking sides"), got
