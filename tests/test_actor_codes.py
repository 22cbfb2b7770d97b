"""CAMEO-style actor codes from names, titles and context."""
from __future__ import annotations

import pytest

from newsgraph.extract.actor_codes import code_entity, country_of


@pytest.mark.parametrize("text, iso", [
    ("Chinese", "CHN"), ("Beijing", "CHN"), ("the Kremlin", "RUS"), ("China's defense minister", "CHN"),
    ("U.S.", "USA"), ("the United States", "USA"), ("Kyiv", "UKR"), ("Britain", "GBR"),
    ("Iranian", "IRN"), ("North Korea", "PRK"),
])
def test_country_of(text, iso):
    assert country_of(text) == iso


@pytest.mark.parametrize("text", ["us", "the weather", "", "General Motors"])
def test_country_of_none(text):
    assert country_of(text) is None


@pytest.mark.parametrize("args, expected", [
    (("Dong Jun", "PERSON", "defense minister", "China's defense minister"), ("CHN", "MIL", "CHNMIL")),
    (("Russia's defense ministry", "ORG"), ("RUS", "MIL", "RUSMIL")),
    (("NATO", "ORG"), (None, "IGO", "IGOWSTNAT")),
    (("United Nations", "ORG"), (None, "IGO", "IGOUNO")),
    (("China", "GPE"), ("CHN", None, "CHN")),
    (("Beijing", "GPE"), ("CHN", "GOV", "CHNGOV")),
    (("the Kremlin", "ORG"), ("RUS", "GOV", "RUSGOV")),
    (("the Pentagon", "ORG"), ("USA", "MIL", "USAMIL")),
    (("Chinese Foreign Ministry", "ORG"), ("CHN", "GOV", "CHNGOV")),
    (("Ukrainian troops", "NORP"), ("UKR", "MIL", "UKRMIL")),
    (("Hua Lin", "PERSON", "foreign ministry spokesperson", "Chinese foreign ministry spokesperson"),
     ("CHN", "GOV", "CHNGOV")),
    (("John Smith", "PERSON"), (None, None, None)),
])
def test_code_entity(args, expected):
    assert code_entity(*args) == expected


def test_user_actor_file(tmp_path, monkeypatch):
    from newsgraph.extract import actor_codes

    path = tmp_path / "actors.tsv"
    path.write_text("# my actors\nGRCGOV\tNikos Testopoulos\tTestopoulos\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_ACTORS", str(path))
    actor_codes._tables.cache_clear()
    try:
        assert code_entity("Testopoulos", "PERSON") == ("GRC", "GOV", "GRCGOV")
    finally:
        monkeypatch.delenv("NEWSGRAPH_ACTORS")
        actor_codes._tables.cache_clear()


@pytest.mark.parametrize("args, expected", [
    (("Sen. Mark Warner", "PERSON"), ("USA", "LEG", "USALEG")),
    (("Illinois Rep. Rodney Davis", "PERSON"), ("USA", "LEG", "USALEG")),
    (("Gov. Chris Christie", "PERSON"), ("USA", "GOV", "USAGOV")),
    (("House Democrats", "ORG"), ("USA", "PTY", "USAPTY")),
    (("Republicans", "NORP"), ("USA", "PTY", "USAPTY")),
    (("the Trump administration", "ORG"), ("USA", "GOV", "USAGOV")),
    (("Capitol Police", "ORG"), ("USA", "COP", "USACOP")),
    (("Downing Street", "FAC"), ("GBR", "GOV", "GBRGOV")),
    (("the Tories", "ORG"), ("GBR", "PTY", "GBRPTY")),
    (("Mrs. Clinton", "PERSON"), ("USA", "GOV", "USAGOV")),
    (("Robert Mueller", "PERSON"), ("USA", "JUD", "USAJUD")),
])
def test_domestic_cues(args, expected):
    assert code_entity(*args) == expected


@pytest.mark.parametrize("args, expected", [
    (("Sweden Democrats", "ORG"), ("SWE", "PTY", "SWEPTY")),  # a named country wins over the cue
    (("Republican Guard", "ORG"), (None, None, None)),  # Iran's, not a US party
    (("democrats", "NOUN"), (None, "PTY", "PTY")),  # lower case is no party name
])
def test_domestic_cues_give_way(args, expected):
    assert code_entity(*args) == expected


def test_us_states_place_actors_in_the_usa():
    assert country_of("the Oregon State Police") == "USA"
    assert country_of("Georgia") == "GEO"
