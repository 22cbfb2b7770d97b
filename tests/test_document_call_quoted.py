"""A document's participle naming something with the document's own words in quotation marks is its author's
statement (a mixed quote), as 'X called the plan "..."' is; without a quotation it stays no report
('a letter calling for an inquiry': what the letter asks for). Found by the drop-rule audit
(scripts/quality/drop_audit_is.py): the guard "document_call" was net-negative on the read pages, all its wrong
drops of this quoted shape."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_statement_calling_a_thing_quoted_words_is_its_author_statement(run):
    got = pairs(run('Union leader Tamsin Okoro issued a statement calling the levy "a tax on every dock worker."'))
    assert got == [("Tamsin Okoro", 'the levy "a tax on every dock worker."')]


def test_letter_describing_with_quoted_words(run):
    got = pairs(run('Councillor Ivo Prenk sent a letter describing the closure as "a slap in the face for '
                    'the valley."'))
    assert [who for who, _ in got] == ["Ivo Prenk"]
    assert got[0][1].startswith("the closure as")


def test_letter_calling_for_a_thing_without_quotation_stays_no_report(run):
    assert run("Thirty mayors signed a letter calling for a full audit of the regional budget.") == []
    assert run("The agency published a report detailing the expected costs of the new bridge.") == []
