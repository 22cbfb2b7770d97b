"""Who speaks in a readout: 'Both agreed', 'The parties emphasized' are the two participants, also when the page
opens on 'X hosted Y' or 'X received Y'; 'Mr. President' and a diplomatic title the tagger took for a name
('Ambassador Extraordinary and Plenipotentiary') are the person the page names with the title; a sentence-opening
'He noted that ...' another pass found is the person of the clause before, as the readout pass reads it. All names,
places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pair_speaker, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_both_as_a_pronoun_is_the_two_participants(run):
    text = ("Readout of the Prime Minister's meeting with Prime Minister Tomas Arvid of Estavia\n\n"
            "The Prime Minister met Prime Minister Tomas Arvid of Estavia at the summit in Varn today.\n\n"
            "They discussed trade and reaffirmed their commitment to the fisheries partnership. The Prime Minister "
            "reiterated the need for allies to stand by Norland. Both agreed that they would meet again in the spring.")
    found = pairs(run(text))
    assert "Tomas Arvid" in pair_speaker(found, "they would meet again"), found


def test_hosted_opens_a_readout_and_the_parties_are_its_two_sides(run):
    text = ("On March 3, Foreign Minister Ilse Varga hosted the Estavian Ambassador Piet Rhoden, who is ending his "
            "posting in Norland.\n\n"
            "The parties discussed the agenda of the coming year and emphasized that the visits of last year gave a "
            "new impetus to trade.\n\n"
            "Minister Varga underscored the ambassador's fruitful work and commended his contribution to the "
            "friendship of the two nations.")
    found = pairs(run(text))
    speaker = pair_speaker(found, "the visits of last year")
    assert "Ilse Varga" in speaker and "Piet Rhoden" in speaker, found


def test_title_words_are_no_name(run):
    text = ("Foreign Minister meets Estavian Ambassador\n\n"
            "On May 2, Minister of Foreign Affairs Ilse Varga received Ambassador Extraordinary and "
            "Plenipotentiary of the Republic of Estavia to Norland Marco Ferreira Lins.\n\n"
            "During the meeting, the two sides discussed relations and stressed the importance of the trade "
            "agreement signed last year.\n\n"
            "Minister Varga emphasized the interest in cooperating with Estavia in the health sector.\n\n"
            "The Ambassador conveyed the greetings of his government and expressed his commitment to work "
            "actively for closer ties.")
    found = pairs(run(text))
    assert "Extraordinary" not in pair_speaker(found, "the importance of the trade"), found
    assert "Marco Ferreira Lins" in pair_speaker(found, "the importance of the trade"), found
    assert "Marco Ferreira Lins" in pair_speaker(found, "to work actively"), found


def test_mr_president_is_the_president_the_page_opens_with(run):
    text = ("Statement on President Karel Dovan's phone call with Estavian President Mira Solt:\n\n"
            "President Dovan spoke by phone with Estavian President Solt this evening.\n\n"
            "Mr. President congratulated the people of Estavia on their national day.\n\n"
            "The two leaders agreed to increase the trade between the two countries.")
    found = pairs(run(text))
    assert "Dovan" in pair_speaker(found, "the people of Estavia on their national day"), found


def test_he_opening_a_sentence_is_the_person_of_the_clause_before(run):
    text = ("Readout of the President's call with Prime Minister Lars Edmar of Estavia\n\n"
            "Late Saturday, President Ana Ruiz returned Prime Minister Lars Edmar's phone call. Prime Minister Edmar "
            "had called President Ruiz to congratulate her on her re-election. The President expressed her "
            "appreciation for the call. She noted that she was grateful for the support of Estavia. The President "
            "also underscored her concern over the floods in the south and reaffirmed her support for the "
            "relief effort.")
    found = pairs(run(text))
    assert "Ruiz" in pair_speaker(found, "she was grateful"), found


THANKS = (
    "Readout of the Minister's call with Minister Ana Ruiz\n\n"
    "Minister Lars Edmar spoke by phone with Minister Ana Ruiz of Estavia today. The two ministers discussed the "
    "floods.\n\n"
    "Minister Ruiz expressed her thanks to Minister Edmar for the efforts of Norland in evacuating families from "
    "Varn. Minister Edmar thanked Minister Ruiz for her work, and for her participation in the review of the treaty. "
    "The two ministers stressed the importance of the river treaty.")


def test_thanks_and_a_second_grounds_phrase(run):
    found = pairs(run(THANKS))
    assert "Ruiz" in pair_speaker(found, "her thanks to Minister Edmar for the efforts"), found
    assert any(c.startswith("Minister Ruiz for her work") and c.endswith("the review of the treaty") for _, c in found), found


def test_thanked_with_no_person_and_an_abbreviated_excellency(run):
    text = ("Minister Varga holds phone call with league chief\n\n"
            "HE Minister of Foreign Affairs Ilse Varga held a telephone conversation on Friday with HE Secretary-General "
            "of the Northern League of Coastal States (NLCS) Marco Ferreira Lins, during which they reviewed the "
            "cooperation between Norland and the league.\n\n"
            "HE Secretary-General of the NLCS thanked for the efforts of Norland in evacuating league staff from "
            "Varn. The two sides stressed the importance of the peaceful transfer of power in Estavia.")
    found = pairs(run(text))
    assert "Marco Ferreira Lins" in pair_speaker(found, "for the efforts of Norland"), found


def test_a_page_opening_on_hosted_reads_as_a_readout(run):
    text = ("date 2031-04-02 This afternoon the Prime Minister hosted the Prime Minister of Estavia Tomas Arvid in "
            "Norland House.\n\n"
            "The Prime Minister said it was good to see his counterpart at the trade fair earlier in the day.\n\n"
            "The Prime Minister added that the partnership between the two countries was strong.\n\n"
            "Both leaders agreed to deepen their cooperation on clean energy and fisheries.\n\n"
            "The leaders reiterated their commitment to the northern shipping pact. They also reaffirmed their "
            "support for the river commission.\n\n"
            "Later, the Prime Minister said the two countries would work together on the new rail link.")
    found = pairs(run(text))
    assert "Tomas Arvid" in pair_speaker(found, "to deepen their cooperation"), found
    assert "Tomas Arvid" in pair_speaker(found, "their commitment to the northern shipping pact"), found


def test_a_bare_title_is_the_first_holder_named_when_both_sides_hold_it(run):
    text = ("Foreign Minister's telephone call to his Estavian counterpart\n\n"
            "Foreign Minister Ilse Varga called Estavian Foreign Minister Piet Rhoden today and briefed him on the "
            "situation at the border.\n\n"
            "The Foreign Minister thanked Estavia for its steadfast support. She underscored Norland's wish for calm "
            "in the region. Foreign Minister Rhoden was grateful for the call and reaffirmed "
            "Estavia's support for talks.")
    found = pairs(run(text))
    assert pair_speaker(found, "Estavia for its steadfast support") == "Ilse Varga", found


def test_a_bare_title_the_page_never_names_is_not_the_other_side(run):
    text = ("PM meeting with Prime Minister Tomas Arvid of Estavia\n\n"
            "The Prime Minister met Prime Minister Tomas Arvid of Estavia in Varn today.\n\n"
            "The Prime Minister stressed the importance of the fisheries partnership. Prime Minister Arvid welcomed "
            "the new trade office. The leaders agreed to meet again in the spring.")
    found = pairs(run(text))
    assert "Arvid" not in pair_speaker(found, "the importance of the fisheries"), found


def test_a_title_after_a_comma_belongs_to_the_name_it_runs_into(run):
    text = ("In a phone call with Estavian Prime Minister Tomas Arvid, President Ilse Varga discussed support for "
            "Norland and congratulated her counterpart on his victory in the elections.\n\n"
            "Varga expressed gratitude for the support of Estavia and noted its part in the donor group. The "
            "President emphasized that Norland needs the help of all partners to rebuild its ports.")
    found = pairs(run(text))
    assert pair_speaker(found, "Norland needs the help") == "Ilse Varga", found


def test_a_call_named_in_an_opening_phrase_has_the_main_subject_as_its_other_side(run):
    text = ("In a phone call with Estavian Prime Minister Tomas Arvid, President Ilse Varga discussed support for "
            "Norland and congratulated her counterpart on his victory in the elections.\n\n"
            "Varga expressed gratitude for the support of Estavia and noted its part in the donor group. The leaders "
            "agreed to stay in close contact.")
    found = pairs(run(text))
    name = pair_speaker(found, "to stay in close contact")
    assert "Arvid" in name and "Varga" in name, found


def test_a_title_with_a_country_adjective_is_that_countrys_holder_named_after_a_comma(run):
    text = ("Oslo, May 2: Foreign Minister Tom Ashby took a phone call from the Foreign Minister of Sweden, "
            "Ms. Ana Ruiz, today. The two Foreign Ministers discussed the situation in the region.\n\n"
            "The Foreign Minister underscored the importance of stability and dialogue. The Foreign Minister "
            "highlighted the efforts to evacuate diplomatic staff. The Swedish Foreign Minister conveyed thanks "
            "for the support in the evacuation of staff.")
    found = pairs(run(text))
    assert "Ana Ruiz" in pair_speaker(found, "for the support"), found  # 'conveyed thanks for X': 'for X'
    assert "Tom Ashby" in pair_speaker(found, "the importance of stability"), found
