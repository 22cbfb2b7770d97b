"""A readout statement that quotes its own words ('reaffirmed the importance of "fully respecting ..."', 'congratulated
X on her "decisive" victory', 'commended X's "firm response" to Y') is a statement as well as a quotation: the
rules keep a partial quote and the statement around it; so do the speaker's quoted words set off after it
('reiterated his position on the crisis, "stressing the need to ..."'). A statement wholly in quotation marks
('stressed "the seriousness of ..."', 'agreed that "..."') stays a direct quote only. All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, quote_runner

READOUT = (
    "Readout of the Foreign Minister's meeting with the High Commissioner of Orsolia\n\n"
    "Foreign Minister Teodor Malvek met High Commissioner Brisa Holloran of Orsolia in Drevna on Tuesday.\n\n"
    'Malvek reaffirmed "the full support of Veldania for the sovereignty of Orsolia." He also welcomed the '
    "progress made in the joint fisheries commission.\n\n"
    'Malvek reaffirmed the importance of "fully respecting the agreements reached in Kessel."\n\n'
    'Malvek commended President Dorsak\'s "measured, principled and firm response" to the border incident.\n\n'
    'Malvek stressed "the seriousness of the floods for the whole of the northern coast."\n\n'
    'Holloran congratulated Malvek on his "decisive and historic" victory in the regional elections.\n\n'
    'The two sides agreed to remain in "close and regular" contact.\n\n'
    'The two sides agreed that "the situation on the border is grave."\n\n'
    'Malvek reiterated his position on the crisis, "stressing the need to resolve it through dialogue."')


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(READOUT))


@pytest.mark.parametrize("speaker, start, end", [
    ("Teodor Malvek", "President Dorsak's", "to the border incident"),
    ("Teodor Malvek", 'the importance of "fully respecting', "reached in Kessel"),
    ("Brisa Holloran", 'Malvek on his "decisive and historic" victory', "regional elections"),
    (None, 'remain in "close and regular" contact', 'contact'),
    ("Teodor Malvek", "his position on the crisis", "to resolve it through dialogue"),
])
def test_a_readout_statement_quoting_its_words(found, speaker, start, end):
    hits = [(s, c) for s, c in found if c.strip('"').removeprefix("to ").startswith(start) and
            c.rstrip('."').endswith(end)]
    assert hits, found
    assert speaker is None or hits[0][0] == speaker, hits


def test_the_quotations_stay(nlp):
    quoted = [q.text for q in quote_runner(nlp)(READOUT) if q.kind in ("direct", "partial")]
    assert any(t.startswith("fully respecting") for t in quoted), quoted
    assert any(t.startswith("decisive and historic") for t in quoted), quoted


def test_a_statement_wholly_quoted_is_no_statement(found):
    assert not any("the situation on the border" in c for _, c in found), found
    assert not any("the seriousness of the floods" in c for _, c in found), found
