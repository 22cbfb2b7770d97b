"""Names the tagger missed or typed as a body that speak as a person ('Gavril Oster said ...' then 'He added ...';
'But Sabri Oktaylan said ...' then 'He said ...'; 'Gudmund Aasvik said ...', 'Aasvik said ...'), hyphenated surnames
('General Tobiah Nakashima-Reyes' ... 'Nakashima-Reyes said'), and bodies that speak as bodies ('said it would').
Texts are made up."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def _types(nlp, text):
    return {e.name: e.type for e in extract_entities(nlp(text)).entities}


def test_untagged_name_then_he(run):
    got = run("VELMORA, March 3 (Reuters) - Gavril Oster said on Monday the port plan would fail without foreign "
              "money.\n\nHe added that talks with lenders would resume next week.", "indirect")
    assert speaker_of(got, "talks with lenders") == "Gavril Oster"


def test_name_typed_as_a_body_then_he(run):
    got = run("The ruling party said the election had been fair. But Sabri Oktaylan said observers had been kept "
              "out of polling stations.\n\nHe said his party would publish its own count.", "indirect")
    assert speaker_of(got, "his party would publish") == "Sabri Oktaylan"


def test_name_typed_as_a_body_with_its_surname_alone_below(nlp):
    types = _types(nlp, "Gudmund Aasvik said on Monday his government would not pay the ransom.\n\n"
                        "His spokesman said talks with the kidnappers had stopped. Aasvik said the army was "
                        "searching the forest.")
    assert types.get("Gudmund Aasvik") == "PERSON"


def test_hyphenated_surname_after_an_office_word(run):
    got = run("ROSKAR, Dec 12 (AFP) - General Tobiah Nakashima-Reyes, commander of the northern army, spoke to "
              "reporters on Friday.\n\nHe said rebels had withdrawn from two towns.\n\n"
              "\"The road to the north is open,\" Nakashima-Reyes said.", "indirect")
    assert speaker_of(got, "rebels had withdrawn") == "Tobiah Nakashima-Reyes"


def test_office_tail_is_no_part_of_the_name(nlp):
    types = _types(nlp, "ORSK. Head of State Dauren-Aslan Kassymbek has said it at a meeting with the public of "
                        "the region today.\n\n\"The Government must keep this under control,\" said Kassymbek.")
    assert "State Dauren-Aslan Kassymbek" not in types


def test_a_firm_that_says_it_stays_a_body(nlp):
    types = _types(nlp, "Halden Marsh said on Tuesday it would close its plant in Corvo.\n\n"
                        "The company said 300 workers would lose their jobs.")
    assert types.get("Halden Marsh") != "PERSON"


def test_a_quoted_he_below_is_no_sign_of_a_person(nlp):
    types = _types(nlp, "Real Corvo said on Tuesday that their coach had resigned.\n\n"
                        "\"He gave everything to this club,\" club president Maxim Orel said.")
    assert types.get("Real Corvo") != "PERSON"


def test_a_name_of_two_hyphenated_words_is_kept_whole(run):
    got = run("President Jean-Marc Dupont-Moretti said on Sunday the border was secure.\n\n"
              "He said the army had sent two more battalions.", "indirect")
    assert speaker_of(got, "the border was secure") == "Jean-Marc Dupont-Moretti"
    assert speaker_of(got, "the army had sent") == "Jean-Marc Dupont-Moretti"


def test_a_surname_after_a_title_is_written_alone(run):
    got = run("Dr Ama Owusu-Ansah, who leads the vaccine programme, said 2 million doses had arrived.\n\n"
              "Dr Owusu-Ansah said clinics would open on Saturdays. She said the target was 70 percent.", "indirect")
    assert speaker_of(got, "the target was") == "Ama Owusu-Ansah"
