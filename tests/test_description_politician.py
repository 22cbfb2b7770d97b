"""'The veteran politician said' after a named office holder (a minister, an MP, a mayor, a party leader) is
that person: 'politician' is a title word (data/person_titles.json) and the broader word of the offices a
politician holds (title_broader). 'A veteran politician said' stays a description. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_veteran_politician_is_the_former_prime_minister(run):
    got = run("Former prime minister Edda Ruhl has criticised the budget. The veteran politician said it would "
              "hurt pensioners most.", "indirect")
    assert speaker_of(got, "it would hurt pensioners") == "Edda Ruhl"


def test_the_politician_is_the_mayor_not_the_businessman(run):
    got = run("Mayor Tomas Brink and businessman Olaf Harte met on Monday. The politician said the deal was close.",
              "indirect")
    assert speaker_of(got, "the deal was close") == "Tomas Brink"


def test_the_politician_is_the_party_leader(run):
    got = run("Kelmark Party leader Oren Halden was in Kelbridge on Monday. The veteran politician said his party would "
              "win the seat.", "indirect")
    assert speaker_of(got, "his party would win") == "Oren Halden"


def test_a_veteran_politician_stays_a_description(run):
    got = run("A veteran politician said the party was finished. Minister Rui Vaz disagreed.", "indirect")
    assert speaker_of(got, "the party was finished") == "A veteran politician"
