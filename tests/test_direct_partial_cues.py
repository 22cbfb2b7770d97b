"""Which cue a quoted fragment inside a reporter's sentence belongs to (extract/quote_cues.py): a passive cue
names no speaker, an outer speaker's account takes over a cue verb nested in it, a that-clause the parser hung
on a far verb belongs to the owned cue noun before it. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def partial_speaker(run, text: str, start: str) -> str | None:
    return speaker_of([q for q in run(text) if q.kind in ("direct", "partial")], start)


def test_passive_cue_without_agent_is_no_speaker(run):
    text = ('Lena Varga, the party chair, spoke on Monday. Varga said Tomas Brill was being attacked because '
            'he had done "an outstanding job."')
    assert partial_speaker(run, text, "an outstanding job") == "Lena Varga"


def test_outer_speaker_takes_over_nested_cue(run):
    text = ('Representative Ruth Okafor, Democrat of Ohio, said Governor Dale Menz had informed lawmakers during '
            'a long briefing on Monday that there are "twelve separate steps that the state can take now."')
    assert partial_speaker(run, text, "twelve separate steps") == "Ruth Okafor"


def test_owned_noun_before_that_clause(run):
    text = ("In a letter, the council members slammed Mayor Ivo Renk over Renk's repeated claims on television that "
            'there was "plenty of proof" of fraud in the count.')
    assert partial_speaker(run, text, "plenty of proof") == "Ivo Renk"


def test_publication_does_not_take_over(run):
    text = ('Mira Castell met the envoy on Friday. The Harbour Courier, a daily newspaper, reported that '
            'Castell had called for "dialogue and restraint by all parties."')
    assert partial_speaker(run, text, "dialogue and restraint") == "Mira Castell"


def test_coordinated_cue_is_not_nested(run):
    text = ('Officials said this week that the agency is making plans to close the office, and Nora Quist later '
            'wrote that "we have finished the work here, my only reason for staying."')
    assert partial_speaker(run, text, "we have finished") == "Nora Quist"



def test_second_noun_of_a_pair_has_the_first_ones_owner(run):
    text = ('The senators doubted that Governor Alma Reyes’s apology and promise to seek “professional guidance” '
            'would end the dispute.')
    assert partial_speaker(run, text, "professional guidance") == "Alma Reyes"


def test_cue_right_before_the_mark(run):
    text = ('Orrin Vale lashed out at what he called "the capital\'s lazy media hounds" after The Daily Harbor '
            'reported on the story.')
    assert partial_speaker(run, text, "the capital") == "Orrin Vale"


def test_adjective_verdict_is_not_a_cue_nouns_content(run):
    text = ('Victor Kiers on Monday rebuked the judge for commenting on the election, calling the judge’s offhand '
            'comments on his campaign “deeply improper” and hinting that she should apologize to the court.')
    q = next(q for q in run(text) if q.text.startswith("deeply improper"))
    assert q.cue == "calling"
