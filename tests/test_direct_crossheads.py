"""Crossheads (extract/crossheads.py): a short quoted line of its own between paragraphs is a heading made of
words someone in the story says. It is that person's quote when the story identifies them - a quote below repeats
its words, or the paragraph right below refers back to it - not the words of the last speaker above it; with
neither it has no identifiable speaker and is no quote. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str) -> list:
    return [q for q in run(text) if q.kind in ("direct", "partial")]


HEAD = ("Ministers clash over harbour plan\n\n"
        "The transport minister Ilse Brandt defended the harbour plan on Monday.\n\n"
        "\"The harbour will bring thousands of jobs to the coast,\" Ms Brandt told reporters in Dorne.\n\n")


def test_crosshead_takes_the_speaker_of_the_quote_that_repeats_it(run):
    text = HEAD + ("\u2018A betrayal of the fishermen\u2019\n\n"
                   "Opposition leader Tomas Kerr attacked the plan in parliament.\n\n"
                   "\"This plan is a betrayal of the fishermen who have worked this coast for generations,\" "
                   "he said.")
    head = next(q for q in quoted(run, text) if q.text.startswith("A betrayal"))
    assert head.speaker is not None and head.speaker.name == "Tomas Kerr"


def test_crosshead_referred_back_to_takes_the_speaker_below(run):
    text = HEAD + ("\"Not a penny more\"\n\n"
                   "That is how Councillor Anna Riis, who leads the town council, described the council's "
                   "position on Tuesday.")
    head = next(q for q in quoted(run, text) if q.text.startswith("Not a penny"))
    assert head.speaker is not None and head.speaker.name == "Anna Riis"


def test_crosshead_nobody_identifies_is_no_quote(run):
    text = HEAD + ("\u2018Wait and see\u2019\n\n"
                   "Councillor Anna Riis said the town council would study the plan before it voted.")
    assert not any(q.text.startswith("Wait and see") for q in quoted(run, text))


def test_crosshead_on_the_last_line_is_no_quote(run):
    text = HEAD + "Work on the harbour is due to start next spring.\n\n\u2018Wait and see\u2019"
    assert not any(q.text.startswith("Wait and see") for q in quoted(run, text))


def test_sentence_on_its_own_line_goes_on_with_the_speaker_above(run):
    text = HEAD + "\"It is the best plan we have had in twenty years.\"\n\nThe cabinet meets again on Friday."
    q = next(q for q in quoted(run, text) if q.text.startswith("It is the best plan"))
    assert q.speaker is not None and q.speaker.name == "Ilse Brandt"


def test_hard_wrapped_quote_ending_in_a_comma_is_no_crosshead(run):
    text = ("Minister comments on harbour talks\n"
            "Dorne, 3 May: The transport minister Ilse Brandt said on Friday that the talks\n"
            "had gone well.\n"
            "\"However, the good mood must now become real steps,\"\n"
            "Brandt told reporters in Dorne.\n"
            "Brandt is in Dorne for the regional ministers' meeting.")
    q = next(q for q in quoted(run, text) if q.text.startswith("However"))
    assert q.speaker is not None and q.speaker.name == "Ilse Brandt"


def test_crosshead_paraphrasing_a_quote_below_is_no_quote(run):
    text = HEAD + ("'Hospital plan leaves patients waiting for years'\n\n"
                   "Opposition health spokesman Lars Dane asks the minister whether she has read the audit office "
                   "report on the hospital plan.\n\n"
                   "He says the report shows that \"patients in the west will be waiting for treatment for years to "
                   "come\".\n")
    assert not any(q.text.startswith("Hospital plan") for q in quoted(run, text))
    assert any(q.text.startswith("patients in the west") for q in quoted(run, text))


def test_pull_quote_over_a_name_line(run):
    text = ("Velmor strike: Nurses walk out over pay\n\nNurses across Velmor have walked out in the first national "
            "strike in the profession's history.\n\n\"We are not doing this lightly\"\n\nInes Marr, Nurses' Union "
            "general secretary\n\nThe union says its members have seen their pay fall by a fifth in real terms.\n\n"
            "Health Minister Bo Lind said the strike was \"regrettable\".\n\n\"We will not be bullied by anyone.\"\n\n"
            "- Piet Maas, opposition leader\n\nMr Maas had earlier told MPs the health budget was unfair.\n")
    lightly = next(q for q in quoted(run, text) if q.text.startswith("We are not doing"))
    assert lightly.speaker is not None and lightly.speaker.name == "Ines Marr"
    bullied = next(q for q in quoted(run, text) if q.text.startswith("We will not be bullied"))
    assert bullied.speaker is not None and bullied.speaker.name == "Piet Maas"


def test_short_noun_phrase_crosshead_lifted_from_a_whole_sentence_is_a_label(run):
    text = HEAD + ("'Serious obstacles'\n\nIn remarks released once she had seen the Velmor prime minister, "
                   "President Ana Corr said Velmor would have to free its prisoners if it signed the charter.\n\n"
                   "\"Unless the Tarnland congress watches that take place, ratifying the charter would face serious "
                   "obstacles there,\" she added.\n\n'Honest mistakes'\n\nMs Corr said the delays were caused by "
                   "\"honest mistakes\" in the early planning.\n")
    found = quoted(run, text)
    assert not any(q.text == "Serious obstacles" for q in found)
    honest = next(q for q in found if q.text == "Honest mistakes")
    assert honest.speaker is not None and honest.speaker.name == "Ana Corr"
