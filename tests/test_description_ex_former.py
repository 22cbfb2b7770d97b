"""'the ex-minister' is 'the former minister': 'ex' stands for 'former' (person_titles.json abbreviations) and
the hyphen is no modifier a holder's titles must carry, so the former holder wins over the sitting one who spoke
just before, written 'Former X' or 'Ex-X'. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_ex_minister_is_the_former_one(run):
    got = run("Ex-minister attacks reform\n\nFormer interior minister Radu Ionescu-Vlad criticised the police reform on "
              "Sunday.\n\nInterior Minister Petra Sandu said the reform would make the police more accountable.\n\n"
              "The ex-minister said the reform would weaken the police.", "indirect")
    assert speaker_of(got, "the reform would weaken") == "Radu Ionescu-Vlad"


def test_former_minister_written_ex(run):
    got = run("Ex-minister attacks reform\n\nEx-interior minister Radu Ionescu-Vlad criticised the police reform on "
              "Sunday.\n\nInterior Minister Petra Sandu said the reform would make the police more accountable.\n\n"
              "The former minister said the reform would weaken the police.", "indirect")
    assert speaker_of(got, "the reform would weaken") == "Radu Ionescu-Vlad"
