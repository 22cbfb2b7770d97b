"""'X met his Ostrevian counterpart Y' ('his counterpart Y of Ostrevia'), then 'the Ostrevian minister said': a
title qualified by a country adjective that the holder of the office word does not carry is the counterpart whose
phrase names that country; the other side's adjective and a bare title stay with the holder. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


OSTREVIA = ("Foreign Minister Ilkka Sarvanto held talks in Helvard with his Ostrevian counterpart Bogdan Ruzic on "
            "Thursday.\n\nSarvanto said the two countries would open a new border crossing next year.\n\n"
            "Ruzic, for his part, said Ostrevia wanted closer trade ties.\n\n")


def test_adjective_counterpart(run):
    got = run(OSTREVIA + "\"Our peoples have waited long enough,\" the Ostrevian minister said.", "direct")
    assert speaker_of(got, "Our peoples") == "Bogdan Ruzic"


def test_counterpart_of_country(run):
    got = run("Foreign Minister Kaspar Eidsvold held talks with his counterpart Nuno Ferreira-Dias of Santora on "
              "Tuesday.\n\nEidsvold said relations had never been better.\n\n"
              "The Santoran foreign minister said his country would open a consulate in Tarnholt.", "indirect")
    assert speaker_of(got, "his country would open") == "Nuno Ferreira-Dias"


def test_bare_title_stays_with_holder(run):
    got = run(OSTREVIA + "Sarvanto travels on to Lenk on Friday.\n\n"
              "\"We have turned a page,\" the foreign minister said.", "direct")
    assert speaker_of(got, "We have turned a page") == "Ilkka Sarvanto"
