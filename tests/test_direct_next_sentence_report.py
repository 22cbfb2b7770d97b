"""A quotation ending in a full stop, followed by a new sentence whose named subject reports a clause of its own
('"We have to succeed here." The top delegate from Tarvia, X, said the first week had ...'), is not attributed
through that sentence's cue: it goes on with the speaker before it (quote_context.next_sentence_report). A
pronoun subject ('"...." It also confirmed that ...') still attributes it. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_the_next_speakers_report_is_not_the_quotes_cue(run):
    got = run("Climate talks\n\nNegotiators in Kelsbury agreed on a draft text on Saturday.\n\n"
              "Norland's climate minister Ottoline Brathwaite-Sen warned that much work lay ahead. \"We are not "
              "discussing just the weather. It is life,\" she told delegates. \"We have to succeed here.\" The top "
              "delegate from Tarvia, Zoltan Achterberg-Nwosu, said the first week had produced good results.")
    assert speaker_of(got, "We have to succeed").endswith("Brathwaite-Sen")


def test_a_comma_keeps_the_cue_after(run):
    got = run("Climate talks\n\nNegotiators in Kelsbury agreed on a draft text on Saturday.\n\n"
              "\"We have to succeed here,\" Zoltan Achterberg-Nwosu said, adding that the week had gone well.")
    assert speaker_of(got, "We have to succeed").endswith("Achterberg-Nwosu")


def test_an_opener_before_the_next_sentences_subject(run):
    got = run("Tariff vote delayed\n\nSpeaker Dana Wexler rose in the Velarian Assembly on Friday to fight the "
              "tariff bill.\n\n\"This bill is being rushed through,\" Wexler said. \"Whatever the ministry "
              "promises, our growers deserve more.\" After her address, Velarian Greens rejected the measure by a "
              "wide margin.")
    assert speaker_of(got, "Whatever the ministry").endswith("Wexler")


def test_the_next_sentence_acts_on_something(run):
    got = run("Budget fight\n\n\"I will not resign,\" Mayor Ted Oakes said. \"The voters elected me.\" The council "
              "condemned his remarks on Monday.\n\n\"Nobody expected this.\" Councillor Ana Pirie told reporters.")
    assert speaker_of(got, "The voters elected me").endswith("Oakes")
    assert speaker_of(got, "Nobody expected this").endswith("Pirie")  # an addressee verb: the quote's attribution
