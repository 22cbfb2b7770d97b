"""Person names the tagger missed or typed as a place or body: two capitalised words before ', who' or an age
between commas ('Lorcan Vettori, who became ...', 'Jo Roe, 58, said'), an office word before two or three
untagged capitalised words whose last one stands alone below ('telephoned Chancellor Matthias Obenauer'), and a
'place' whose last word is a person alone below ('Halldor Vesterlund said' read as a place, 'Vesterlund said').
Texts are made up."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_who_clause_makes_a_person(nlp):
    doc = nlp("Ostrevia's prime minister said on Monday he would not resign over the bribery scandal.\n\n"
              "Lorcan Vettori, who became prime minister in 2023 after the previous coalition collapsed, denied any "
              "wrongdoing.")
    names = {e.name for e in extract_entities(doc).entities if e.type == "PERSON"}
    assert "Lorcan Vettori" in names


def test_office_word_before_untagged_name(nlp):
    doc = nlp("Prime Minister Runa Eskildsen telephoned Chancellor Matthias Obenauer on Tuesday.\n\n"
              "Obenauer told her the tariffs were a matter for the commission.")
    names = {e.name for e in extract_entities(doc).entities if e.type == "PERSON"}
    assert "Matthias Obenauer" in names


def test_honorific_name_with_who_is_left_alone(nlp):
    doc = nlp("He said Mr Tarrow, who has ruled for a decade, was calm.\n\nMr Tarrow said nothing.")
    names = {e.name for e in extract_entities(doc).entities if e.type == "PERSON"}
    assert "Mr Tarrow" not in names


def test_place_whose_last_word_is_a_person_below(run):
    got = run("Kelvia's newly appointed reunification minister said on Tuesday talks with Drevnia should not be "
              "ruled out.\n\n"
              "Halldor Vesterlund said during a hearing in parliament that Kelvia wanted a peaceful solution.\n\n"
              "\"We are ready to listen,\" Vesterlund said.", "indirect")
    assert speaker_of(got, "Kelvia wanted") == "Halldor Vesterlund"


def test_a_place_the_tagger_took_for_a_person_is_no_he(run):
    got = run("Storm cuts power\n\n\"Crews are working through the night,\" said Ignatius Foley-Adeyemi, head of the "
              "grid operator. Residents of Skarra said they had been without power for hours.\n\n"
              "\"We ask for patience,\" he added.", "direct")
    assert speaker_of(got, "We ask for patience") == "Ignatius Foley-Adeyemi"


def test_a_place_after_a_persons_name_and_of(nlp):
    doc = nlp("Prime Minister Tavik Orlen spoke with President Aldo Brescan of Tresk today.\n\n"
              "President Brescan said Tresk was ready to sign the agreement.")
    types = {e.name: e.type for e in extract_entities(doc).entities}
    assert types.get("Tresk") != "PERSON"


def test_glued_dateline_colon_is_no_speaker_and_the_name_runs_on(run):
    got = run("KARSHAN, Jun 12 (KNA):Prime Minister Tahir Jamal Qureshan Friday dismissed the opposition's complaints "
              "about the harbour plan, and said it was the government's plain duty to finish the new port.\n\n"
              "Prime Minister Qureshan said the next government could scrap the harbour plan.", "indirect")
    assert speaker_of(got, "it was the government's plain duty") == "Tahir Jamal Qureshan"
    assert speaker_of(got, "the next government could scrap") == "Tahir Jamal Qureshan"


def test_untagged_surname_after_a_tagged_name_runs_on(nlp):
    doc = nlp("KARSHAN, Jun 12 (KNA) - Prime Minister Farid Hamza Qureshan Friday dismissed the opposition's "
              "complaints about the harbour plan.\n\n\"Read the plan before you shout it down,\" Prime Minister "
              "Qureshan told the opposition benches.")
    names = {e.name for e in extract_entities(doc).entities if e.type == "PERSON"}
    assert "Farid Hamza Qureshan" in names


def test_a_district_is_no_person(nlp):
    doc = nlp("Orla Kinsella: 'No one person can take the blame'\n\n"
              "Carrick Southside 'united against the fascists'\n\n"
              "Orla Kinsella responds to the ugly scenes she faced in Carrick on Thursday.\n\n"
              "Liberal leader Rhona Dace has comfortably held Carrick Southside.")
    people = {e.name for e in extract_entities(doc).entities if e.type == "PERSON"}
    assert "Carrick Southside" not in people and "Rhona Dace" in people


def test_a_given_name_with_a_compass_surname_stays_a_person(nlp):
    doc = nlp("Marion West said the bill would fail. West, who sits for a Kelsbury seat, voted against it.")
    people = {e.name for e in extract_entities(doc).entities if e.type == "PERSON"}
    assert "Marion West" in people


def test_a_bodys_name_loses_the_common_words_the_tagger_put_before_it(nlp):
    doc = nlp("According to the Veltra-based public organization Commission for Truth, some 20 people "
              "were hit with pepper spray.")
    bodies = {e.name for e in extract_entities(doc).entities if e.type == "ORG"}
    assert "Commission for Truth" in bodies
