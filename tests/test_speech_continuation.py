"""A pronoun that goes on with a statement ('he added', 'she continued', 'it added') stands for the last one who
spoke, not for a person a reporter's sentence in between has as its subject without giving them a word. Names,
places and outlets are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def _speaker(qs, start: str) -> str | None:
    q = next(q for q in qs if q.text.startswith(start))
    return q.speaker.name if q.speaker is not None else None


def test_he_added_skips_a_subject_who_did_not_speak(run):
    qs = run("Harbour row drags on\n\nKESTRA, April 2 (Norpress) - Trade Minister Henrik Solvay said on Thursday "
             "that the quarrel over berths would be over within weeks.\n\nHarbour chief Anton Merle has managed the "
             "docks since 2015. He added that every shipping line had been asked for its view.\n")
    assert _speaker(qs, "every shipping line") == "Henrik Solvay"


def test_she_added_after_a_bystander_of_her_sex(run):
    qs = run("Police law passes\n\nHome Secretary Sara Lundqvist told the chamber on Monday the new police law was "
             "overdue. Independent member Rita Vossberg left the room before the division.\n\nShe added that every "
             "district would get more officers next year.\n")
    assert _speaker(qs, "every district") == "Sara Lundqvist"


def test_he_added_after_a_quoted_word_that_is_not_the_subject_speaking(run):
    qs = run("Summit dates\n\nPress secretary Leon Arvander said on Friday the trip had been months in the making. "
             "Mr Cardell has \"asked several friendly nations to send envoys to the capital soon\".\n\n"
             "He added: \"The calendar is still being settled.\"\n")
    assert _speaker(qs, "The calendar") == "Leon Arvander"


def test_quoted_he_added_after_a_new_subject_in_the_quote_sentence(run):
    qs = run("Dockers threaten stoppage\n\n\"The dockers have said all they need to say,\" union boss Tomas "
             "Brinkman said. Mr Falkner, who set up the union, retired in January.\n\nHe added: \"A stoppage is "
             "on the table if talks fail.\"\n")
    assert _speaker(qs, "A stoppage") == "Tomas Brinkman"


def test_it_added_goes_on_with_the_body_that_spoke(run):
    qs = run("Second round in June\n\nThe company said the first round of pay talks had gone well. The Ostland "
             "delegation flew home on Friday.\n\nIt added that the next round would be held in June.\n")
    assert _speaker(qs, "the next round") == "The company"


def test_he_said_still_takes_the_new_subject(run):
    # not a continuation: a plain 'he said' after a person brought in by the sentence before keeps that person
    qs = run("Rates rise\n\nFinance Minister Jonas Riker said the gap in the budget had narrowed. Central bank "
             "governor Lukas Bergmann raised rates in March.\n\n\"Prices are still climbing too fast,\" he said.\n")
    assert _speaker(qs, "Prices are still") == "Lukas Bergmann"


def test_he_added_in_the_speakers_own_sentence_keeps_the_subject(run):
    qs = run("Bridge to reopen\n\nMayor Ivo Castell opened the new bridge on Sunday. Engineer Paul Drayton said the "
             "deck had passed every test, and he added that traffic would resume at noon.\n")
    assert _speaker(qs, "traffic would resume") == "Paul Drayton"
