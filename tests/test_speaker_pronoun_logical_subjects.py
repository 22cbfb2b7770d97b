"""A name that does the act without being the parse's subject is an antecedent like a subject: a passive's agent
('Her criticisms were echoed by X'), the antecedent of a relative 'who' ('X, who told the programme ...'). The
speaking one is the main subject a later 'she said' takes. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_she_after_an_agent_who_told_the_programme(run):
    got = run("Former minister Clara Vint accused the prime minister of risking his legacy.\n\n"
              "In an interview on Sunday with Sky News, she also said it was \"deeply dishonourable\" for the party "
              "to break its pledges.\n\n"
              "Her criticisms were echoed by Labour left-winger Diane Kovacs, who told the same programme the prime "
              "minister had made loyal MPs feel foolish over the war.\n\n"
              "\"I never believed the claims about the missiles but sadly some of my colleagues did,\" she said.")
    assert speaker_of(got, "I never believed") == "Diane Kovacs"


def test_a_person_met_keeps_the_subject_before(run):
    got = run("\"We will sign the deal,\" Foreign Minister Pavel Oruz said on Monday.\n\n"
              "Oruz later met the envoy, Marko Lind, in the capital.\n\n"
              "\"It was a useful talk,\" he said.")
    assert speaker_of(got, "It was a useful talk") == "Pavel Oruz"


def test_the_one_asked_answers_not_the_asker(run):
    got = run("Asked by host Robert Lind about the tax plan, Senator Richard Varga insisted it was \"a fact\".\n\n"
              "\"Families will pay less,\" he said.")
    assert speaker_of(got, "Families will pay less") == "Richard Varga"
