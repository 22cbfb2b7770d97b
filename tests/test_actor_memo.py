"""Remembered actor coding: the memos answer as the coder does and forget when the actor files change."""
from __future__ import annotations

import pytest

from newsgraph.extract import actor_sectors, actor_tables
from newsgraph.extract.actor_codes import code_entity, code_entity_memo, sector_of
from newsgraph.extract.event_actors import noun_phrase

CASES = [
    ("Dong Jun", "PERSON", "defense minister", "China's defense minister"),
    ("the Pentagon", "ORG", None, None),
    ("NATO", "ORG", None, None),
    ("John Smith", "PERSON", None, None),
    ("Ukrainian troops", "NORP", None, None),
]


@pytest.mark.parametrize("args", CASES)
def test_memo_answers_as_the_coder(args):
    first = code_entity_memo(*args)
    assert first == code_entity(*args)
    assert code_entity_memo(*args) is first  # the second call is a lookup


@pytest.mark.parametrize("text", ["defense minister", "government forces", "the foreign ministry spokesperson",
                                  "a farmer", "police officers", ""])
def test_sector_memo_answers_as_the_coder(text):
    first = sector_of(text)
    assert first == (actor_sectors._sector_of(actor_tables.code_tables(), text) if text else None)
    assert sector_of(text) == first


def test_memo_forgets_when_actor_files_change(tmp_path, monkeypatch):
    before = code_entity_memo("Testavros", "PERSON")
    assert before[2] is None
    path = tmp_path / "actors.tsv"
    path.write_text("# test actors\nGRCGOV\tNikos Testavros\tTestavros\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_ACTORS", str(path))
    actor_tables.reload_actor_files()
    try:
        assert code_entity_memo("Testavros", "PERSON") == ("GRC", "GOV", "GRCGOV")
    finally:
        monkeypatch.delenv("NEWSGRAPH_ACTORS")
        actor_tables.reload_actor_files()
    assert code_entity_memo("Testavros", "PERSON") == before


@pytest.mark.parametrize("text, head, phrase", [
    ("The Chinese defense minister, who arrived on Monday, criticised the plan.", "minister",
     "The Chinese defense minister"),
    ("The secretary of state met the envoy.", "secretary", "The secretary of state"),
    ("Farmers and teachers, angry at the cuts, marched.", "Farmers", "Farmers"),
])
def test_noun_phrase(nlp, text, head, phrase):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == head)
    assert noun_phrase(tok).text == phrase


def test_name_lookups_remembered_and_forgotten_with_the_actor_files(tmp_path, monkeypatch):
    """known_person, person_by_surname and the country look-up answer from a memo while the tables stay the same,
    and afresh when the actor files change (the fictional Velaros is in no packaged file)."""
    from newsgraph.extract.actor_countries import country_kind
    from newsgraph.extract.actor_people import known_person, person_by_surname

    assert known_person("Dimos Velaros") is None and person_by_surname("Mr. Velaros") is None
    assert country_kind("Greece") == country_kind("Greece") and country_kind("Greece")[0] == "GRC"
    path = tmp_path / "actors.tsv"
    path.write_text("# test actors\nGRCGOV\tDimos Velaros\tVelaros\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_ACTORS", str(path))
    actor_tables.reload_actor_files()
    try:
        assert known_person("Dimos Velaros") == "GRCGOV"
        assert person_by_surname("Mr. Velaros") == "GRCGOV"
    finally:
        monkeypatch.delenv("NEWSGRAPH_ACTORS")
        actor_tables.reload_actor_files()
    assert known_person("Dimos Velaros") is None and person_by_surname("Mr. Velaros") is None
