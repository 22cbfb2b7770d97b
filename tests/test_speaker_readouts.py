"""Speakers in official readouts, agency copy and British political reporting (issue #3): a title cut off by the
parser at a paragraph's start still names the person ('President X spoke ...' then 'The President emphasised');
'The President' is not the prime minister of the other side; 'They' after 'The two ...' are the two leaders;
'X was branded "..." by Y' is Y's label; 'Y hit back at the comments saying: "..."' is Y's quote; a name the NER
left untagged speaks, not the body in the title after it. All names are fictional."""
from __future__ import annotations

import pytest

from newsgraph.extract.name_lexicon import is_given_name
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


READOUT = ("Readout of the President's Call with Prime Minister Halvard of Norland\n\n"
           "President Tomas Rivel spoke today with Prime Minister Ola Halvard of Norland. The two discussed the "
           "floods in the north and agreed that relief must reach the region quickly. They also agreed that all "
           "ports should stay open to aid ships. The President emphasized that the United States would send more "
           "help.")


def test_paragraph_initial_title_names_the_president(run):
    assert speaker_of(run(READOUT, "indirect"), "the United States would send") == "Tomas Rivel"


def test_they_after_the_two_are_the_two_leaders(run):
    name = speaker_of(run(READOUT, "indirect"), "all ports should stay open")
    assert name is not None and "Rivel" in name and "Halvard" in name


def test_the_president_is_not_the_prime_minister(run):
    text = ("Readout of the President's call with Prime Minister Halvard\n\n"
            "The President and Prime Minister Halvard had a productive call today. The President expressed his "
            "thanks to the people of Norland, noting that the American people also honor their sacrifice.")
    assert speaker_of(run(text, "indirect"), "the American people also honor") != "Halvard"


def test_passive_label_goes_to_the_agent_after_the_quote(run):
    text = ('Tom Ashby was accused of "betraying the voters" by Jo Brandt after the vote on Monday.')
    assert speaker_of(run(text, "partial"), "betraying the voters") == "Jo Brandt"


def test_hit_back_at_the_comments_saying(run):
    text = ('Responding, Mr Hale said: "We will not back down."\n\n'
            'Labour MP Jo Brandt hit back at the comments saying: "The minister should remember who voted for this."')
    assert speaker_of(run(text, "direct"), "The minister should remember") == "Jo Brandt"


def test_accented_given_names():
    assert is_given_name("José") and is_given_name("François") and is_given_name("John")
    assert not is_given_name("Council")


def test_untagged_name_speaks_not_the_body_in_its_title(nlp):
    from newsgraph.extract.actors import extract_entities
    from newsgraph.extract.quotes import extract_quotes
    doc = nlp("HANOI, Dec. 12 (Xinhua) -- Li Wenming, general secretary of the Communist Party of China (CPC) "
              "Central Committee and Chinese president, said Tuesday that he expects an in-depth exchange of views.")
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # the NER missed the name
    quotes = [q for q in extract_quotes(doc, extract_entities(doc)) if q.kind == "indirect"]
    assert speaker_of(quotes, "he expects") == "Li Wenming"


def test_conjoined_subjects_speak_together(run):
    text = ("This evening the Prime Minister had a call with the President of Norland, Mark Dalton. The Prime "
            "Minister and President Dalton also agreed that the alliance must stay strong.")
    name = speaker_of(run(text, "indirect"), "the alliance must stay strong")
    assert name is not None and "Dalton" in name and "Prime Minister" in name


def test_both_leaders_with_an_unnamed_prime_minister(run):
    text = ("PM meeting with President Dalton of the United States: 10 July 2026\n"
            "The Prime Minister met President Dalton at the White House yesterday evening.\n"
            "The Prime Minister congratulated President Dalton for hosting an excellent summit. Both leaders agreed "
            "that the alliance is stronger than ever.\nThey agreed they must continue to support the relief effort.")
    quotes = run(text, "indirect")
    for start in ("the alliance is stronger", "they must continue"):
        name = speaker_of(quotes, start)
        assert name is not None and "Dalton" in name and "Prime Minister" in name


def test_capitalised_office_phrase_is_its_holder(run):
    text = ("First Minister Ivor Price has made a statement to the Senedd confirming his intention to quit.\n\n"
            "There was applause from members as Mr Price finished his short speech.\n\n"
            "The outgoing First Minister said he remains confident in the party.")
    assert speaker_of(run(text, "indirect"), "he remains confident") == "Ivor Price"
    text = "Foreign Minister Ana Lind met the British ambassador. The Prime Minister said the talks were useful."
    assert speaker_of(run(text, "indirect"), "the talks were useful") != "Ana Lind"


def test_party_description_is_the_subject_before(run):
    text = ("Angela Brooke labelled the prime minister a loser during questions.\n\n"
            "Labour's deputy leader also accused Oliver Dunn of having stabbed the party's biggest election winner.")
    assert speaker_of(run(text, "indirect"), "Oliver Dunn of having") == "Angela Brooke"


def test_agency_lede_description_named_in_the_next_paragraph(run):
    text = ("(LEAD) Trade minister urges Norland to lift tariffs\n(ATTN: UPDATES with more details from para 4)\n"
            "ALDPORT, May 22 (Norland Press) -- Veldra's trade minister called on Norland to lift its tariffs on "
            "steel and return to talks, stressing that Veldra has no hostile intentions against its neighbour.\n"
            "In a meeting with reporters, Mira Tallis also urged Norland to look at the damage the tariffs had done.")
    assert speaker_of(run(text, "indirect"), "Veldra has no hostile") == "Mira Tallis"


def test_lede_minister_is_not_the_other_countrys_minister(run):
    text = ("Poland's new defence minister pledges support for Lithuania\n\n"
            "WARSAW, Nov 3 (Reuters) - Poland's new defence minister told his Lithuanian counterpart on Tuesday that "
            "his country would not abandon Lithuania, according to a video released by the Lithuanian defence "
            "ministry.\n\nAdmiral Jan Nowak, appointed last month, spoke by video link with Lithuanian Defence "
            "Minister Tomas Petraitis.")
    assert speaker_of(run(text, "indirect"), "his country would not") == "Jan Nowak"


def test_bare_office_is_the_person_it_introduced(run):
    text = ("A Government spokesperson said:\n\n"
            "The Prime Minister met the Alliance Secretary General, Aino Salo, in Norbury yesterday.\n\n"
            "The Secretary General thanked the Prime Minister for Norland's support for the patrols in the Varn "
            "Strait, and the Secretary General welcomed Norland's plan for a new training range.")
    quotes = run(text, "indirect")
    assert speaker_of(quotes, "Norland's plan") == "Aino Salo"
    assert "Salo" in (speaker_of(quotes, "the Prime Minister for Norland's") or "")  # 'thanked X for Y': 'X for Y', as the r26 gold


def test_they_in_a_readout_are_its_two_sides(run):
    text = ("A Government spokesperson said:\n\n"
            "The Prime Minister met the Alliance Secretary General, Aino Salo, in Norbury yesterday.\n\n"
            "They agreed it was important to keep the northern patrols. The leaders also agreed that the ports "
            "must stay open.")
    quotes = run(text, "indirect")
    for start in ("it was important", "the ports must"):
        name = speaker_of(quotes, start)
        assert name is not None and "Salo" in name and "Prime Minister" in name, (start, name)


def test_the_two_presidents_of_a_readout_are_its_two_sides(run):
    text = ("Readout of the President's Call with President Ivo Brandt\n\n"
            "President Tomas Rivel received a phone call on Sunday from President Ivo Brandt of Estavia, the "
            "presidency's spokesman Piet Rhoden said.\n\n"
            "Rhoden said the call was warm. The two presidents agreed on the importance of keeping the river "
            "ports open. Both presidents stressed the need for calm in the north.")
    quotes = run(text, "indirect")
    for words in ("the importance of keeping", "the need for calm"):
        name = next((q.speaker.name for q in quotes if words in q.text and q.speaker), None)
        assert name is not None and "Rivel" in name and "Brandt" in name and "Rhoden" not in name, (words, name)


def test_a_readout_opening_on_titles_has_the_two_who_speak_below_as_its_sides(run):
    text = ("Party chief holds phone talks with Estavian President\n\n"
            "Party General Secretary Tomas Rivel (Photo: NNA)\n\n"
            "The two leaders welcomed the progress of the river treaty over the past year.\n\n"
            "They agreed to deepen cooperation in trade and energy. The leaders noted the growth of tourism between "
            "the two countries.\n\n"
            "Rivel stressed that the partnership matched the wishes of the two peoples. President Ivo Brandt agreed "
            "with the party chief's views and underlined the importance of the rail link.")
    quotes = run(text, "indirect")
    for start in ("to deepen cooperation", "the growth of tourism"):
        name = speaker_of(quotes, start)
        assert name is not None and "Rivel" in name and "Brandt" in name, (start, name)


def test_the_spokesman_giving_a_readout_is_not_a_side(run):
    text = ("Readout of the Minister's Phone Call\n\n"
            "Ministry Spokesman Piet Rhoden provided the following readout:\n\n"
            "Minister Tomas Rivel and Estavian Minister Ola Halvard expressed concern about the attacks on shipping. "
            "They pledged to work together with partners in condemning the attacks.")
    name = speaker_of(run(text, "indirect"), "to work together")
    assert name is not None and "Rhoden" not in name and "Rivel" in name and "Halvard" in name, name


def test_the_head_of_state_is_the_side_heading_a_state(run):
    text = ("President Rivel has telephone conversation with Ola Halvard\n\n"
            "NORBURY. NNA - President of Norland Tomas Rivel had a telephone conversation with President Ola Halvard "
            "of Estavia, NNA has learnt from the presidential press service.\n\n"
            "President Rivel congratulated Ola Halvard on the successful elections to the Estavian parliament. The "
            "Head of State also reaffirmed his support for the relief work after the floods in the north.\n\n"
            "During the telephone talk the sides expressed satisfaction with the growth of trade.")
    said = [q.speaker.name for q in run(text, "indirect") if "the floods in the north" in q.text and q.speaker]
    assert said and "Rivel" in said[0], said


def test_one_side_named_by_its_country_is_not_both_sides(run):
    text = ("Readout of the President's Call with Prime Minister Ola Halvard of Norland\n\n"
            "President Tomas Rivel spoke today with Prime Minister Ola Halvard of Norland. President Rivel expressed "
            "appreciation for the briefing provided. The Norlandic side also noted the peace initiative of the "
            "river states. The two sides stressed the importance of trade.")
    quotes = run(text, "indirect")
    assert speaker_of(quotes, "the peace initiative") == "The Norlandic side", quotes
    both = speaker_of(quotes, "the importance of trade")
    assert both is not None and "Rivel" in both and "Halvard" in both, both
