"""Candidates a cue verb seems to report that the annotation rules do not count as reported speech
(extract/indirect_filters.py): a free relative that names a thing, a directive cue in a purpose infinitive, an
alternative not taken, quotations joined by 'but that'."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_free_relative_label_is_no_statement(run):
    got = pairs(run('Governor Tomas Vell lashed out at what he called "a coordinated smear by the Kestrian press" '
                    "after the report appeared."))
    assert not any(t.startswith("what he called") for _, t in got), got
    got = pairs(run("Farmers have complained for months about what they say is unfair competition from Lusovian "
                    "imports."))
    assert not any("unfair competition" in t for _, t in got), got


def test_free_relative_after_a_copula_is_kept(run):
    got = pairs(run("Mr. Brandt has long been what he described as the party's \"loyal troublemaker.\""))
    assert any("loyal troublemaker" in t for _, t in got), got


def test_directive_cue_in_a_purpose_infinitive_is_an_aim(run):
    got = pairs(run("The council withheld the grant to pressure the mayor into reopening the library."))
    assert not any(t.startswith("the mayor") for _, t in got), got
    got = pairs(run("Investigators are looking into an effort by Mr. Halvor to pressure a witness to change her "
                    "account."))
    assert not any(t.startswith("a witness") for _, t in got), got
    got = pairs(run("Supporters gathered outside the parliament to push for passage of the water bill."))
    assert not any(t.startswith("passage") for _, t in got), got


def test_speech_verb_or_clause_in_a_purpose_infinitive_is_kept(run):
    assert pairs(run("Ms. Venn took the stage to say that the plan would be withdrawn.")) == \
        [("Venn", "the plan would be withdrawn")]
    assert pairs(run("The minister urged the council to approve the budget.")) == \
        [("The minister", "the council to approve the budget")]


def test_alternative_not_taken_says_nothing(run):
    got = pairs(run("Rather than cancel the visit and declare that he would not meet the envoy, Mr. Halvor flew to "
                    "Sarn."))
    assert not any(t.startswith("he would not meet") for _, t in got), got


def test_quotations_joined_by_but_that_are_direct_only(run):
    got = pairs(run('Mr. Orsk responded that "the rules are clear" but that "nobody follows them."'))
    assert not got, got
    assert pairs(run("Mr. Orsk said that the rules were clear but that nobody followed them.")) == \
        [("Orsk", "the rules were clear but that nobody followed them")]
