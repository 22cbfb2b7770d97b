"""Reported statements credited in forms the rules missed (session 21, indA): a 'per' phrase naming a common noun
('As per the party spokesperson, ...', 'as per sources', not 'per person'); a closing 'as' clause of a report verb
('<clause>, as reported by the Harbor Times.', '<clause>, as the Gazette reported on Sunday.'; not 'as expected',
'as he said goodbye'); a non-restrictive 'which' clause whose subject is what the speaker names, in the simple past
of a past report ('said the report had errors, which prompted the board to withdraw it'), not the writer's 'which
has drawn angry crowds ...' or 'which voters rejected'; a cue noun naming its own speaker under a cue verb ('rejects the
board's claim that ...', 'dismissed claims by X that ...': the owner's statement). All names, outlets and places are
fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

PAGE = (
    "Port strike spreads to second harbour\n\n"
    "PORTVILLE, May 3 (Harbor News) - Dockers walked out at a second harbour on Tuesday.\n\n"
    "As per the party spokesperson, the government is facing its worst crisis in decades.\n\n"
    "The dockers will stay out until Friday, as per sources.\n\n"
    "The levy is set at $5, per person.\n\n"
    "Recently, a wave of panic swept through the harbour district when clashes broke out between dockers and "
    "police, as reported by the Harbor Times.\n\n"
    "The strike has cost the port $4 million, as the Velaria Gazette reported on Sunday.\n\n"
    "The talks ended without a deal, as expected.\n\n"
    "Officials met at the harbour, as he said goodbye to the crew.\n\n"
    "A spokesman for the authority said the report had errors, which prompted the board to withdraw it.\n\n"
    "Mayor Lena Okafor said the board had approved the lease, which has drawn angry crowds to the quay.\n\n"
    "Okafor said the levy would fund the new terminal, which voters rejected in May.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(PAGE))


def _by(found, start):
    return [who for who, text in found if text.startswith(start)]


def test_as_per_common_nouns(found):
    assert _by(found, "the government is facing its worst crisis") == ["the party spokesperson"]
    assert _by(found, "The dockers will stay out until Friday") == ["sources"]


def test_per_person_is_no_source(found):
    assert not any("$5" in text for _, text in found)


def test_closing_as_reported(found):
    assert ("the Harbor Times", "Recently, a wave of panic swept through the harbour district when clashes broke out "
            "between dockers and police") in found or ("Harbor Times", "Recently, a wave of panic swept through the "
                                                      "harbour district when clashes broke out between dockers and "
                                                      "police") in found
    assert any(who and who.endswith("Velaria Gazette") for who in _by(found, "The strike has cost the port $4 million"))


def test_as_without_report_is_nothing(found):
    assert not _by(found, "The talks ended without a deal")
    assert not _by(found, "Officials met at the harbour")


def test_which_clause_of_what_was_named(found):
    assert "the report had errors, which prompted the board to withdraw it" in [t for _, t in found]


def test_which_clause_of_the_writer_is_cut(found):
    texts = [t for _, t in found]
    assert "the board had approved the lease" in texts
    assert "the levy would fund the new terminal" in texts


OWNED = (
    "Port row deepens\n\n"
    "Mr Tomas Brandt also rejects the harbour board's claim that the new levy will drain money from local firms.\n\n"
    "The ministry has dismissed claims by opposition leader Ana Ruiz that the port is planning to sack 500 workers.\n\n"
    "Mayor Lena Okafor rejected claims that she had misled the council.\n\n"
    "Brandt repeated his offer to testify before the council.")


@pytest.fixture(scope="module")
def owned(nlp):
    return pairs(indirect_runner(nlp)(OWNED))


def test_owned_claim_under_a_rejecting_verb(owned):
    """'rejects X's claim that Y', 'dismissed claims by X that Y': Y is X's statement."""
    assert any(who and who.endswith("harbour board") for who in _by(owned, "the new levy will drain money")), owned
    assert _by(owned, "the port is planning to sack 500 workers") == ["Ana Ruiz"], owned


def test_unowned_claim_stays_with_the_verb(owned):
    """'rejected claims that she had misled ...': no owner named, the verb's statement only (as the gold writes it)."""
    assert _by(owned, "claims that she had misled the council") == ["Lena Okafor"], owned
    assert not _by(owned, "she had misled the council"), owned
    assert not _by(owned, "to testify"), owned
