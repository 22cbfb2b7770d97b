"""Statements split by their own attribution ('X, he said, Y'): the span is both parts around the cue clause."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_fronted_subject_then_cue_then_predicate(run):
    text = ("Anna Berg is the finance minister of Norland. The new border rules, Berg said, would take effect in "
            "March and apply to every crossing.")
    assert ("Anna Berg", "The new border rules, Berg said, would take effect in March and apply to every crossing") \
        in pairs(run(text))


def test_inverted_cue_with_apposition_speaks_for_the_named_person(run):
    text = ("Tom Hale spoke for the council on Monday. Her remarks, said Tom Hale, the council spokesman, are "
            "consistent with the policy the council adopted last year.")
    found = pairs(run(text))
    assert ("Tom Hale", "Her remarks, said Tom Hale, the council spokesman, are consistent with the policy the "
                        "council adopted last year") in found
    assert not any(name == "Her remarks" for name, _ in found)


def test_clause_after_the_cue_belongs_to_the_statement(run):
    text = "Tom Hale runs the city archive. The archive was incomplete, Hale said, and several files had been lost."
    assert ("Tom Hale", "The archive was incomplete, Hale said, and several files had been lost") in pairs(run(text))


def test_speaker_act_after_the_cue_is_not_said(run):
    text = "Tom Hale runs the city archive. The archive was incomplete, Hale said, and walked out of the room."
    found = pairs(run(text))
    assert not any("walked out" in t for _, t in found)


def test_fronted_time_phrase_with_a_direct_quote_gives_no_split_statement(run):
    text = 'Tom Hale runs the city archive. At the briefing, Hale said, "We will not comment on the files."'
    assert not any(t.startswith("At the briefing") for _, t in pairs(run(text)))


def test_split_direct_quote_is_not_indirect(run):
    text = 'Tom Hale runs the city archive. "We will go on," Hale said, "whatever the council decides."'
    assert not any("Hale said" in t for _, t in pairs(run(text)))


def test_fronted_phrase_of_the_statement_is_kept(run):
    text = ("Mara Lind leads the opposition in Norland. By delaying the vote, Lind said, the government "
            "had broken its own promise.")
    assert ("Mara Lind", "By delaying the vote, Lind said, the government had broken its own promise") \
        in pairs(run(text))


def test_subject_before_the_cue_with_its_predicate_quoted(run):
    text = ('Mara Lind leads the opposition in Norland. The new levies, she said, "will hurt every small farm in '
            'the valley."')
    assert ("Mara Lind", 'The new levies, she said, "will hurt every small farm in the valley."') in pairs(run(text))


def test_one_name_before_the_cue_is_the_statements_subject(run):
    text = ('Mara Lind spoke at the forum in Osterby. Norland, she said, "must stay a bridge between the two '
            'blocs."')
    assert ("Mara Lind", 'Norland, she said, "must stay a bridge between the two blocs."') in pairs(run(text))


def test_quoted_clause_with_its_own_subject_after_the_cue_is_no_split_statement(run):
    text = 'Tom Hale runs the city archive. The archive, Hale said, "we will close in May."'
    assert not any(t.startswith("The archive") for _, t in pairs(run(text)))
