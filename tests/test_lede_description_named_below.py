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


def test_lede_description_named_below_when_a_caption_above_names_the_person(run):
    got = run("Brenmoor warns of new famine in Kell valley\n\n"
              "Oskar Lindqvar said hunger had spread to three provinces\n\n"
              "The UN's most senior aid official has warned that the Kell valley faces a new famine owing to the "
              "drought.\n\nOskar Lindqvar spoke as the Security Council met to discuss a relief plan for the region.",
              "indirect")
    assert speaker_of(got, "the Kell valley faces a new famine") == "Oskar Lindqvar"


def test_closing_description_named_below_when_a_caption_above_names_the_person(run):
    got = run("Dunmere election: Liberal leader pledge to cut rail fares\n\n"
              "Marta Oyelaran has been Liberal group leader in the assembly since 2019\n\n"
              "Rail fares in Dunmere would be cut by a fifth under a Liberal government, the party's assembly group "
              "leader has said.\n\nMarta Oyelaran said the cut would be paid for by a levy on airport parking.",
              "indirect")
    assert speaker_of(got, "Rail fares in Dunmere would be cut") == "Marta Oyelaran"


def test_caption_of_another_person_names_no_lede_description(run):
    got = run("Kestria strike talks collapse\n\n"
              "Union leader Dara Fennick said members were angry\n\n"
              "The country's transport minister has said the strike will cost the economy millions.\n\n"
              "Dara Fennick, the union's leader, said the minister would not move.", "indirect")
    assert speaker_of(got, "the strike will cost the economy millions") != "Dara Fennick"


def test_indefinite_lede_description_named_after_an_adjective_title(run):
    got = run("Northern famine 'worse than feared'\n\n"
              "A senior Brenmoor aid envoy says many more people have died in the north than officials "
              "admitted.\n\nHumanitarian chief Oskar Lindqvar, who has just visited the region, said the drought "
              "had killed thousands.", "indirect")
    assert speaker_of(got, "many more people have died") == "Oskar Lindqvar"
