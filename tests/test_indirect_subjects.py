"""Indirect speech whose speaker the parse hides or misnames: documents with no named owner, bodies named by a
common noun, a subject lost in its relative clause, a name the tagger missed in an apposition; and cue words
that report nothing ('called up', 'a group, called the X Project', a bare 'criticized'). Hand-written texts."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.indirect import _relative_antecedent
from newsgraph.extract.quotes import extract_quotes
from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, content", [
    # a document nobody is named behind speaks itself, not the nearest name in its clause
    ("According to the court documents, the firm paid the consultant $40,000 through an offshore account.",
     "the court documents", "the firm paid the consultant $40,000 through an offshore account"),
    # a date opening a clause that comes before its cue belongs to the clause
    ("In 2019, the firm paid the consultant $40,000, the filing said.", "the filing",
     "In 2019, the firm paid the consultant $40,000"),
    # a document shows how, not only that
    ("Records released on Monday showed how the agency spent the grant.", None,
     "how the agency spent the grant"),
    # bodies named by a common noun can speak
    ("The task force also suggested that cities hire more building inspectors.", "The task force",
     "cities hire more building inspectors"),
    ("The sugar lobby insists it played no part in shaping the report.", "The sugar lobby",
     "it played no part in shaping the report"),
])
def test_documents_and_bodies_speak(run, text, speaker, content):
    got = pairs(run(text))
    if speaker is None:
        assert content in [c for _, c in got]
        assert all(s is not None for s, _ in got)
    else:
        assert (speaker, content) in got


def test_the_clause_after_the_cue_wins_over_a_main_clause_hung_on_it(run):
    text = ("Crowds gathered outside the state house on Friday after Governor Ada Lark said in a radio interview "
            "that she would veto the bill.")
    got = pairs(run(text))
    assert ("Ada Lark", "she would veto the bill") in got
    assert not any(c.startswith("Crowds gathered") for _, c in got)


def test_a_name_in_apposition_speaks_for_one_of_a_group(run):
    got = pairs(run("One of the organisers, Tamsin Vell, said the march would start at noon."))
    assert ("Tamsin Vell", "the march would start at noon") in got


def test_subject_lost_inside_its_relative_clause():
    """'The sheriff, who backed the law, said that ...' with the subject hung on the relative clause (a misparse
    seen on long relative clauses): the noun before ', who' speaks."""
    from newsgraph.nlp import load
    words = ["The", "sheriff", ",", "who", "backed", "the", "law", ",", "said", "that", "taxes", "rose", "."]
    heads = [1, 4, 1, 4, 8, 6, 4, 8, 8, 11, 11, 8, 8]
    deps = ["det", "nsubj", "punct", "nsubj", "ccomp", "det", "dobj", "punct", "ROOT", "mark", "nsubj", "ccomp",
            "punct"]
    tags = ["DT", "NN", ",", "WP", "VBD", "DT", "NN", ",", "VBD", "IN", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"]
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert _relative_antecedent(doc, 0, doc[8]).text == "sheriff"
    assert _relative_antecedent(doc, 0, doc[4]) is None  # no comma right before the verb


@pytest.mark.parametrize("text", [
    "After the speech, Mayor Bell called up a nurse who had worked through the flood.",
    "The plan was drafted by a working group, called the Harbor Renewal Project, led by Mayor Bell.",
    "Senator Ruth Amsel criticized the judge on Tuesday.",  # a person as the object says nothing by itself
])
def test_cue_words_that_report_nothing(run, text):
    assert pairs(run(text)) == []


def test_a_criticized_act_is_reported_without_its_date(run):
    assert pairs(run("Senator Ruth Amsel criticized the ruling on Tuesday.")) == [("Ruth Amsel", "the ruling")]


@pytest.mark.parametrize("cue", ["welcomed the plan to cut taxes", "said taxes would be cut"])
def test_second_verb_of_a_fronted_clause_is_its_subjects(run, cue):
    # '<A did X and said Y>, the statement said': Y is A's, reported by the statement
    got = pairs(run(f"Tarn reviewed the budget and {cue}, the statement said."))
    assert [n for n, c in got if not c.startswith("Tarn")] == ["Tarn"], got


def test_a_bare_criticism_reports_nothing_but_a_reason_does(run):
    assert ("Ruth Amsel", "the ruling as an overreach by the court") in pairs(
        run("Senator Ruth Amsel criticized the ruling as an overreach by the court."))


def test_headline_with_a_bare_object_is_no_report(nlp):
    def headline(text):
        doc = nlp(text)
        return [q for q in extract_quotes(doc, extract_entities(doc)) if q.kind == "indirect" and q.start < 60]
    assert headline("Ruth Amsel Criticizes Her Rival on Tax Plan\n\nThe senator spoke in Dover.") == []
    found = headline("Ruth Amsel Slams Council For Budget Delay\n\nThe senator spoke in Dover.")
    assert found and "Budget Delay" in found[0].text


@pytest.mark.parametrize("text, speaker, content", [
    ("The senator's view is that the tax cut will pay for itself.", "The senator",
     "the tax cut will pay for itself"),
    ("In Ms. Ruiz's telling, the council never voted on the plan.", "Ruiz", "the council never voted on the plan"),
    ("Dana Pike made the case that the port needed more money.", "Dana Pike", "the port needed more money"),
    ("Dana Pike's warning that the port would close went unheeded.", "Dana Pike", "the port would close"),
    # what the reporter adds after ', though' is no part of the clause
    ("Dana Pike said the port would recover, though she gave no date.", "Dana Pike", "the port would recover"),
    # a label ends with its closing quotation mark
    ('Dana Pike has called the port "a jewel" and promised to expand it.', "Dana Pike", 'the port "a jewel"'),
])
def test_opinion_nouns_tellings_and_clause_ends(run, text, speaker, content):
    assert (speaker, content) in pairs(run(text))


def test_a_view_without_an_owner_is_nobody_s_statement(run):
    assert pairs(run("The view is that the tax cut will pay for itself.")) == []


def test_fronted_clause_then_an_added_one(run):
    got = pairs(run("Mayor Dana Pike spoke on Monday. The port would recover, Pike said, adding that trade was "
                    "picking up."))
    assert ("Dana Pike", "The port would recover") in got
    assert ("Dana Pike", "trade was picking up") in got


def test_a_body_of_a_person_is_no_speaker(run):
    got = pairs(run("He claimed a woman's body can fend off the illness, as he argued against the rule, claiming "
                    "such cases are rare."))
    assert not any(s == "a woman's body" for s, _ in got)


def test_a_belief_is_no_statement_even_with_quoted_words(run):
    # the rules leave belief verbs out; the quoted words are a partial quote (tests/test_nonspeech_senses.py)
    assert pairs(run('Mara Lund believes that the new rule "continues a pattern of neglect" across the state.')) == []
    assert pairs(run("Mara Lund believes that the new rule is wrong.")) == []
    said = pairs(run('Mara Lund said she believed they had come to "a new stage."'))
    assert len(said) == 1 and said[0][0] == "Mara Lund"  # the saying reports it, not the belief inside it


@pytest.mark.parametrize("text, speaker, content", [
    # the subject lost among its appositions
    ("After the vote, Rep. Ada Lark, D-Kent, one of the nine members to vote against the bill, said the state "
     "faces bigger problems.", "Ada Lark", "the state faces bigger problems"),
    # an unnamed part of a group
    ("Some also said the council should not have put members on the spot.", "Some",
     "the council should not have put members on the spot"),
    # people by any plural noun, saying something
    ("By contrast, Lark aides in the spin room said the senator clearly won the debate.",
     "Lark aides in the spin room", "the senator clearly won the debate"),
])
def test_speakers_the_parse_leaves_out(run, text, speaker, content):
    assert (speaker, content) in pairs(run(text))


def test_a_plural_thing_that_says_nothing_is_no_speaker(run):
    assert pairs(run("Prices said little about the state of the market.")) == []


def test_make_clear_without_that(run):
    assert ("the scholars", "they are not opposed to his lecturing at the college") in pairs(
        run("In their letter, the scholars make clear they are not opposed to his lecturing at the college."))


def test_fronted_clause_the_parser_made_an_adverbial_of_said():
    """'If A was cold, B bordered on hot, analysts said' with 'bordered' hung on 'said' as an adverbial clause."""
    from newsgraph.extract.reported_content import _fronted_advcl
    from newsgraph.nlp import load
    words = ["If", "Ames", "was", "cold", ",", "Bode", "bordered", "on", "hot", ",", "analysts", "said", "."]
    heads = [2, 2, 6, 2, 6, 6, 11, 6, 7, 11, 11, 11, 11]
    deps = ["mark", "nsubj", "advcl", "acomp", "punct", "nsubj", "advcl", "prep", "pobj", "punct", "nsubj", "ROOT",
            "punct"]
    tags = ["IN", "NNP", "VBD", "JJ", ",", "NNP", "VBD", "IN", "JJ", ",", "NNS", "VBD", "."]
    pos = ["SCONJ", "PROPN", "AUX", "ADJ", "PUNCT", "PROPN", "VERB", "ADP", "ADJ", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=[w.lower() for w in words])
    doc[11].lemma_ = "say"
    said = doc[11]
    assert _fronted_advcl(said, list(said.children)) == (0, 9)
    when = Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=[w.lower() for w in words])
    when[11].lemma_ = "say"
    when[6].lemma_ = "border"
    assert _fronted_advcl(when[11], [c for c in when[11].children if c.i != 10]) is None  # no subject: nothing


def test_an_aside_between_dashes_reports_its_own_clause(run):
    text = ("The plan would also curb the sale of rifles -- the governor says her proposal would close the gaps of "
            "the old law -- and give schools more money.")
    got = pairs(run(text))
    assert ("the governor", "her proposal would close the gaps of the old law") in [(s and s.lower(), c) for s, c in got] \
        or any(c == "her proposal would close the gaps of the old law" for _, c in got)
    assert not any(c.startswith("The plan would also curb") for _, c in got)


def test_a_missive_speaks(run):
    got = pairs(run("The missive accused the group of resorting to political tactics."))
    assert ("The missive", "the group of resorting to political tactics") in got


def test_a_qualified_body_is_not_the_organisation_named_before(run):
    got = pairs(run("As the row over Amtrak continued on Monday, the Romney campaign said that the plan would end "
                    "Amtrak."))
    said = [(s, c) for s, c in got if c.startswith("the plan would end Amtrak")]
    assert said and said[0][0] not in (None, "Amtrak")


def test_a_quotation_after_the_cue_is_no_reported_clause(run):
    assert pairs(run('At another point, Mr. Vale said, "Our budget takes for granted that every new scheme is scrapped."')) == []
    got = pairs(run('By failing to act, Mr. Vale said, the governor "undermines everything he touches."'))
    assert got and got[0][1].startswith("By failing to act")  # a clause of its own around the cue stays
