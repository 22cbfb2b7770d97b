"""A description in the lede named by the paragraphs below: after an opening phrase and the person's title
('Speaking in Geneva, Foreign Minister X said'), and a description closing the lede (', the finance minister
said.') named by a quotation's attribution below it ('"...," said the minister, X.'); an unnamed official of
the lede named by the one who 'made the remark' in the next sentence. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_named_after_an_opening_phrase_and_title(run):
    got = run("Brenmoor warns southern ceasefire near collapse\n\n"
              "GENEVA, May 6 (Reuters) - Brenmoor's top diplomat has warned that the ceasefire in the south is close "
              "to collapse.\n\nSpeaking in Geneva, Foreign Minister Aldo Verecchi said both sides were rearming.",
              "indirect")
    assert speaker_of(got, "the ceasefire in the south") == "Aldo Verecchi"


def test_closing_description_named_by_a_quote_below(run):
    got = run("Korvath to cut fuel tax\n\n"
              "TARNHOLT, May 6 (Reuters) - Korvath will cut fuel tax by half from June, the finance minister said "
              "on Friday.\n\n\"Families cannot wait any longer,\" said the minister, Ottla Varga-Brenn.", "indirect")
    assert speaker_of(got, "Korvath will cut fuel tax") == "Ottla Varga-Brenn"


def test_closing_description_not_someone_of_another_office(run):
    got = run("Korvath to cut fuel tax\n\n"
              "TARNHOLT, May 6 (Reuters) - Korvath will cut fuel tax by half from June, the finance minister said "
              "on Friday.\n\nOpposition leader Marek Halas said the cut came too late.", "indirect")
    assert speaker_of(got, "Korvath will cut fuel tax") != "Marek Halas"


def test_unnamed_official_named_by_who_made_the_remark(run):
    got = run("Vastira considers offer of talks\n\n"
              "Vastira would consider the offer of talks, a senior Vastiran official said on Sunday.\n\n"
              "Foreign ministry spokesman Dario Kesler made the remark while speaking to reporters in the capital.",
              "indirect")
    assert speaker_of(got, "Vastira would consider") == "Dario Kesler"


def test_unnamed_official_not_someone_making_a_speech(run):
    got = run("Vastira considers offer of talks\n\n"
              "Vastira would consider the offer of talks, a senior Vastiran official said on Sunday.\n\n"
              "Foreign Minister Lena Ostrova made a speech in parliament on the same day.", "indirect")
    assert speaker_of(got, "Vastira would consider") != "Lena Ostrova"
