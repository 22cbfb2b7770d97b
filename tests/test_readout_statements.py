"""Reported speech in official readouts (issue #3): content-stating verbs with a noun-phrase object
('reaffirmed the importance of ...', 'thanked X for ...', 'expressed his support for ...') or a preposition
('agreed on ...', 'committed to ...'), counted on pages that read as a readout, not in newspaper prose; topic-only
verbs ('discussed', 'raised') report nothing. All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of the Minister's Call with Foreign Minister Dario Kest of Estavia\n\n"
    "Foreign Minister Petra Lindqvar spoke today with Foreign Minister Dario Kest of Estavia. The two ministers "
    "discussed the situation in the northern provinces.\n\n"
    "Minister Lindqvar reaffirmed the importance of the partnership between Norland and Estavia in promoting "
    "stability in the region. She condemned the shelling of the border town of Varn and expressed her support for "
    "the safe return of displaced families to their homes.\n\n"
    "Minister Kest thanked Minister Lindqvar for Norland's help in reopening the river crossings. Minister Kest also "
    "raised the question of fishing rights.\n\n"
    "Minister Lindqvar and Minister Kest agreed on the need to restore the rail link before the winter.")


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.fixture(scope="module")
def readout(run):
    return pairs(run(READOUT))


@pytest.mark.parametrize("start, end", [
    ("the importance of the partnership", "stability in the region"),
    ("the shelling of the border town", "of Varn"),
    ("the safe return", "to their homes"),  # 'expressed her support for X': X
    ("Minister Lindqvar for Norland's help", "the river crossings"),
    ("on the need to restore the rail link", "before the winter"),
])
def test_readout_verb_object_is_a_statement(readout, start, end):
    assert any(c.startswith(start) and c.endswith(end) for _, c in readout), readout


@pytest.mark.parametrize("start, speaker", [
    ("the importance of the partnership", "Lindqvar"),
    ("Minister Lindqvar for Norland's help", "Kest"),
])
def test_readout_statement_speaker_is_the_subject(readout, start, speaker):
    found = [name for name, c in readout if c.startswith(start)]
    assert found and speaker in (found[0] or ""), readout


@pytest.mark.parametrize("topic", ["the situation in the northern provinces", "the question of fishing rights"])
def test_topic_only_verbs_report_nothing(readout, topic):
    assert not any(c.startswith(topic) for _, c in readout), readout


def test_setting_phrase_is_not_content(run):
    text = ("Readout of the Defence Secretary's Meeting with his Estavian Counterpart\n\n"
            "Defence Secretary Anton Morrow met today with Estavian Defence Minister Lena Dvorak on the margins of "
            "the Varn security forum. The two discussed the border and agreed to meet again in the spring.\n\n"
            "Secretary Morrow underscored the value of joint exercises during the meeting. He also welcomed "
            "Estavia's decision to open a second training range.")
    found = pairs(run(text))
    assert any(c == "the value of joint exercises" for _, c in found), found
    assert any(c.startswith("Estavia's decision to open") for _, c in found), found


def test_newspaper_prose_is_not_a_readout(run):
    # An evaluative cue with an act as its bare object is a statement on any page ('welcomed the decision',
    # 'condemned the delays ...': the general pass, its subject the speaker), and so is a stated position
    # ('reaffirmed the importance of ...': position_range, as the genre rules count it in news copy); what stays
    # readout-only is a readout verb's other objects ('highlighted the traffic ...'), which newspaper prose does not
    # report.
    text = ("Mayor Ruth Oakley said on Monday that the city would close the old bridge for repairs, a decision "
            "residents have been waiting on for years.\n\n"
            "\"We simply cannot keep patching it,\" Oakley told reporters. Council member Dan Pryce welcomed the "
            "decision, but said the closure would hurt shops on the east bank. \"It is the right call, at the wrong "
            "time,\" he said.\n\n"
            "Pryce condemned the delays that led to the closure and said the council should have acted sooner. He "
            "reaffirmed the importance of the bridge to traders on the east bank and highlighted the traffic on the "
            "old road.")
    found = pairs(run(text))
    assert ("Dan Pryce", "the decision") in found, found
    assert ("Dan Pryce", "the delays that led to the closure") in found, found
    assert ("Dan Pryce", "the importance of the bridge to traders on the east bank") in found, found
    assert not any(c.startswith("the traffic") for _, c in found), found


SPEAKERS = (
    "Readout of the Defence Secretary's Call with Estavian Defence Minister Lena Dvorak\n\n"
    "Defence Secretary Anton Morrow spoke today with Estavian Defence Minister Lena Dvorak. The two discussed "
    "the flooding along the Varn river.\n\n"
    "They welcomed the reopening of the northern rail corridor. The Secretary pointed to the work of Chancellor "
    "Ivo Brandt's engineers as a model for the region. He paid tribute to the crews of the river patrol and "
    "condemned the looting of aid convoys near Brask.\n\n"
    "Secretary Morrow stressed the need for Norland to refrain from new dam works and also reaffirmed Estavian "
    "support for a joint flood fund.")


@pytest.fixture(scope="module")
def speakers(run):
    return pairs(run(SPEAKERS))


@pytest.mark.parametrize("start, names", [
    ("the reopening of the northern rail corridor", ("Morrow", "Dvorak")),  # 'They': the two participants
    ("to the crews of the river patrol", ("Morrow",)),  # 'He': the person of the clause before, not Brandt
    ("the looting of aid convoys", ("Morrow",)),
    ("Estavian support for a joint flood fund", ("Morrow",)),  # the parser hung it on 'refrain': not Norland
])
def test_readout_speakers(speakers, start, names):
    found = [name for name, c in speakers if c.startswith(start)]
    assert found and all(n in (found[0] or "") for n in names), speakers


def test_clause_after_a_readout_verb(run):
    text = ("Readout of the Prime Minister's Meeting with President Ilse Varga of Estavia\n\n"
            "Prime Minister Tomas Rivel met President Ilse Varga of Estavia in Norbury today. The two leaders "
            "discussed energy prices.\n\n"
            "They reflected that the winter would test both grids. Prime Minister Rivel shared his view that the "
            "pipeline must reopen, and that prices should be capped until the spring.")
    found = pairs(run(text))
    assert any(c.startswith("the winter would test") for _, c in found), found
    assert any("pipeline must reopen" in c and c.endswith("until the spring") for _, c in found), found


def test_participle_after_the_object_stays_in(run):
    text = ("Readout of the Secretary General's Visit to Norland\n\n"
            "Secretary General Aino Salo met with Prime Minister Tomas Rivel in Norbury on Monday. The two "
            "discussed the alliance's northern flank.\n\n"
            "Secretary General Salo highlighted Norland's patrols in the Varn Strait, helping Estavia and Brask "
            "to keep the shipping lanes open.")
    found = pairs(run(text))
    assert any(c.startswith("Norland's patrols") and c.endswith("the shipping lanes open") for _, c in found), found


MORE = (
    "Readout of the President's Call with Prime Minister Ola Halvard of Norland\n\n"
    "His Excellency President Tomas Rivel spoke today with Prime Minister Ola Halvard of Norland.\n\n"
    "The Prime Minister expressed his deep concern over the impact of the floods on the northern ports. He "
    "appreciated the President's efforts to keep the ports open.\n\n"
    "The pair noted the good outcome of last month's summit.\n\n"
    "President Rivel spoke about the energy talks, stressing the importance of a fair price for gas. His "
    "Excellency reaffirmed the firm position of Estavia on the rail link and the rights of the northern towns, "
    "including the right to a vote.\n\n"
    "Related\n\nGovernor expresses these views at a trade fair")


@pytest.fixture(scope="module")
def more(run):
    return pairs(run(MORE))


@pytest.mark.parametrize("start, end", [
    ("the President's efforts", "the ports open"),
    ("the good outcome", "last month's summit"),
    ("the importance of a fair price", "for gas"),  # ', stressing X': a participle carrying on the main clause
    ("the firm position of Estavia", "the right to a vote"),  # a second object the parser hung on the verb
])
def test_more_readout_forms(more, start, end):
    assert any(c.startswith(start) and c.endswith(end) for _, c in more), more


@pytest.mark.parametrize("start, names", [
    ("the good outcome", ("Rivel", "Halvard")),  # 'The pair': the two participants
    ("the firm position of Estavia", ("Rivel",)),  # 'His Excellency': the person the page gave that title
])
def test_more_readout_speakers(more, start, names):
    found = [name for name, c in more if c.startswith(start)]
    assert found and all(n in (found[0] or "") for n in names), more


def test_demonstrative_views_state_nothing(more):
    assert not any(c.startswith("these views") for _, c in more), more


def test_bare_title_is_the_person_named_with_it_after_a_comma(run):
    text = ("Readout of the Secretary-General's telephone call with President Ivo Brandt of Estavia\n\n"
            "Daniel Okafor, Secretary-General\n\n"
            "The Secretary-General spoke yesterday by telephone with President Ivo Brandt of Estavia.\n\n"
            "He reiterated his strong condemnation of the attack on the river patrol. He expressed his deep "
            "concern that these events would hurt the northern towns.")
    found = pairs(run(text))
    for start in ("his strong condemnation", "these events would hurt"):
        names = [name for name, c in found if c.startswith(start)]
        assert names == ["Daniel Okafor"], found


def test_a_coordinated_speech_verb_is_the_next_statement(run):
    text = ("Readout of the Secretary General's Meetings in Norbury\n\n"
            "Secretary General Aino Salo discussed a range of issues in meetings with foreign ministers.\n\n"
            "In her meeting with the Foreign Minister of Estavia, Piet Rhoden, the Secretary General raised, in the "
            "strongest terms, the continued shelling of towns.\n\n"
            "She stressed that it was the Estavian people who were being killed everyday, and appealed to the "
            "Government of Estavia to show compassion to its people.")
    found = pairs(run(text))
    assert ("Aino Salo", "it was the Estavian people who were being killed everyday") in found, found


def test_agreed_to_with_an_infinitive_in_a_readout(run):
    found = pairs(run(READOUT + " The leaders agreed to stay in close contact."))
    assert any(c == "to stay in close contact" for _, c in found), found


def test_agreed_to_in_newspaper_prose_is_no_statement(run):
    # In news prose 'agreed to X' is an act, not a statement (the dev-half gold leaves 6 of 7 out: 'Iran agreed to
    # suspend ...'); an agreement to come is not one either.
    text = ("Norbury dock firm settles\n\nThe Norbury Dock Company agreed to pay a fine of two million crowns on "
            "Tuesday after a court in Varn found it had broken safety rules. Its chief executive, Ola Brandt, resigned. "
            "Unions doubted the port board would agree to reopen the dock this year.")
    found = pairs(run(text))
    assert not any(c.startswith("to pay a fine of two million crowns") for _, c in found), found
    assert not any("reopen the dock" in c for _, c in found), found


def test_a_headline_pair_joined_by_a_comma_is_not_read_as_one_party(run):
    found = pairs(run("Velor, Ostria leaders agree to restart pipeline talks\n\nThe two leaders spoke by telephone on "
                      "Monday, officials in Varn said."))
    assert not any(c.startswith("to restart") for _, c in found), found


NEWS_CALL = (
    "Norland minister Lindqvar holds phone talks with Estavian counterpart Kest\n\n"
    "Norland Foreign Minister Petra Lindqvar and her Estavian counterpart Dario Kest discussed fishing rights on "
    "Monday as they reaffirmed bilateral ties in a telephone call.\n\n"
    "Lindqvar congratulated Kest on his appointment as foreign minister, her ministry said in a statement. "
    "Lindqvar and Kest agreed on the need to reopen the river crossings before the winter, the ministry said.\n\n"
    "Kest told reporters in Varn that the talks had been useful. \"We have much to do,\" he said. Opposition "
    "leaders said the call had changed nothing and voiced optimism about the harvest.")


def test_a_news_copy_of_a_call_between_two_named_people_reports_their_positions(run):
    found = pairs(run(NEWS_CALL))
    assert ("Petra Lindqvar and Dario Kest", "bilateral ties") in found, found
    assert ("Petra Lindqvar", "Kest on his appointment as foreign minister") in found, found
    assert any(c.startswith("on the need to reopen the river crossings") for _, c in found), found
    assert not any(c == "optimism" for _, c in found), found  # a bare noun: nothing stated


def test_news_prose_without_a_call_keeps_to_stated_positions(run):
    text = ("Norbury port reopens\n\nHarbour master Ola Brandt reaffirmed close ties with the dock unions on Tuesday "
            "after the port of Norbury reopened. The town council agreed on a new budget for the docks. Brandt said "
            "the first ships would dock on Friday. The unions said they were pleased.")
    found = pairs(run(text))
    assert not any("close ties" in c or "a new budget" in c for _, c in found), found


def test_a_past_speech_verb_after_a_present_progressive_is_the_next_statement(run):
    text = NEWS_CALL + ("\n\nLindqvar noted that both governments are continuing to work on the fishing quotas, but "
                        "clarified that no deal was near.")
    found = pairs(run(text))
    assert ("Petra Lindqvar", "both governments are continuing to work on the fishing quotas") in found, found


def test_a_feeling_expressed_about_something_states_nothing(run):
    text = ("Readout of the President's Call with Prime Minister Ola Halvard of Norland\n\n"
            "President Tomas Rivel spoke today with Prime Minister Ola Halvard of Norland.\n\n"
            "President Rivel expressed happiness with the growth of trade between the two countries. Expressing "
            "his pleasure over the reopening of the river crossings, the Prime Minister invited the President to "
            "Norbury. The two leaders expressed their delight at the outcome of the energy talks.\n\n"
            "Prime Minister Halvard expressed regret at the closure of the northern ferry.")
    found = pairs(run(text))
    assert not any(w in c for _, c in found for w in ("growth of trade", "reopening", "energy talks", "ferry")), found


def test_a_call_to_congratulate_is_a_phone_call_not_an_appeal(run):
    text = ("President Tomas Rivel called Prime Minister Ola Halvard on Friday to congratulate him on his reelection "
            "and to reaffirm the partnership between the two countries, the presidency said.\n\n"
            "President Rivel also called the rebel leaders to lay down their arms.")
    found = pairs(run(text))
    assert ("Tomas Rivel", "him on his reelection") in found, found
    assert any(c.startswith("the partnership") for _, c in found), found
    assert not any(c.startswith(("Prime Minister Ola Halvard", "Ola Halvard")) for _, c in found), found
    assert any(c.startswith("the rebel leaders to lay down") for _, c in found), found  # an appeal stays one


def test_an_attitude_stated_as_ones_own_states_its_object(run):
    text = ("Readout of the President's Call with Prime Minister Ola Halvard of Norland\n\n"
            "President Tomas Rivel spoke today with Prime Minister Ola Halvard of Norland.\n\n"
            "President Rivel expressed his support for that goal. Prime Minister Halvard expressed her deep "
            "appreciation for his words. The President expressed the full support of the alliance to help the "
            "region. The two leaders shared their views on the floods in the north.")
    found = pairs(run(text))
    assert not any(c.startswith("the floods") for _, c in found), found  # views on X: a topic
    assert ("Tomas Rivel", "that goal") in found and ("Ola Halvard", "his words") in found, found
    assert any(c.startswith("the full support of the alliance") for _, c in found), found  # an article: kept
