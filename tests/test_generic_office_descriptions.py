"""'The senior diplomat said', 'The Drevnian official also said' right after a named official spoke is that
person, titled or not, unless the page described an unnamed official with that word before ('A senior police
official said ... The official said'). A lede under a photo caption ('... Photo by Jo Roe/Agency') is the
paragraph below the caption, and its description takes the title of the person named below it. Texts are made
up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_senior_diplomat_is_the_deputy_minister(run):
    got = run("VASK, March 3. /Pressa/. Kelvia and Drevnia are close to a deal on the border, Deputy Foreign "
              "Minister Olek Brandtvold told the Kelvian Review magazine in an interview.\n\n"
              "\"We are nearly there,\" he said.\n\n"
              "Brandtvold stressed that Kelvia wanted a lasting solution.\n\n"
              "The senior diplomat said that the remaining issues were technical.", "indirect")
    assert speaker_of(got, "the remaining issues") == "Olek Brandtvold"


def test_described_unnamed_official_stays(run):
    got = run("Interior Minister Greger Almqvist said the border would stay closed.\n\n"
              "A senior police official said four smugglers had been arrested overnight.\n\n"
              "The official said the men were being questioned.", "indirect")
    assert speaker_of(got, "the men were") == "A senior police official"


def test_lede_below_a_photo_caption(run):
    got = run("Kelvia: talks with Drevnia possible\n\n"
              "Soldiers stand guard at the border crossing at Ulvik, which has been closed since the spring. "
              "Kelvia's reunification minister said talks should not be ruled out. Photo by Ann Berg/Pressa\n\n"
              "May 4 (Pressa) \u2014 Kelvia's newly appointed reunification minister said talks with Drevnia should "
              "not be ruled out if Drevnia opens the border.\n\n"
              "Halldor Vesterlund said during a hearing in parliament on Tuesday that Kelvia wanted a peaceful "
              "solution.\n\n"
              "But the reunification minister said Kelvia would not lift its sanctions first.\n\n"
              "\"We are ready to listen,\" Vesterlund said.", "indirect")
    assert speaker_of(got, "talks with Drevnia should") == "Halldor Vesterlund"
    assert speaker_of(got, "Kelvia would not lift") == "Halldor Vesterlund"


def test_a_countrys_top_diplomat_named_below_the_lede(run):
    got = run("Drevnia warns over talks\n\n"
              "Drevnia's top diplomat has warned that talks with Kelvia could collapse before the summer.\n\n"
              "Foreign Minister Liisa Jokimaa said on Tuesday that Kelvia had not answered Drevnia's proposals.",
              "indirect")
    assert speaker_of(got, "talks with Kelvia") == "Liisa Jokimaa"


def test_an_unnamed_official_in_the_lede_stays(run):
    got = run("Border to stay shut\n\n"
              "A senior Drevnian official has said the border with Kelvia will stay closed until the spring.\n\n"
              "Interior Minister Greger Almqvist said on Tuesday that four smugglers had been arrested.", "indirect")
    assert speaker_of(got, "the border with Kelvia") == "A senior Drevnian official"
