"""Statements whose content is the event: judgements, denials, defences, outlooks, appeals and
refusals said by a speaker (extract/event_statements.py and its helper modules)."""
from __future__ import annotations

import pytest

from event_helpers import events_of
from newsgraph.extract.event_speech_acts import first_person_refusal
from newsgraph.extract.event_statement_words import kinds_of, negated, phrase_at, vocabulary
from newsgraph.extract.event_statements import quoted_tokens

DATE = "2024-02-01"


def _events(nlp, text):
    return events_of(nlp, text, DATE, quotes=True)


def _codes(nlp, text):
    return [e.cameo for e in _events(nlp, text)]


def test_vocabulary_is_large_and_keeps_every_kind_of_a_word():
    v = vocabulary()
    assert len(v.words) + sum(len(p) for p in v.phrases.values()) > 1000
    assert {"criticism", "falsity"} <= set(v.words[("N", "lie")])  # one word, several readings
    for kind in ("criticism", "accusation", "praise", "defence", "falsity", "innocence", "ignorance",
                 "acceptable", "optimism", "pessimism", "dismay", "intent", "naming", "cue"):
        assert any(kind in kinds for kinds in v.words.values()) or any(
            k == kind for rows in v.phrases.values() for k, _ in rows), kind


def test_phrases_match_by_lemma_with_gaps_and_longest_first(nlp):
    doc = nlp("The senator threw the workers under the bus.")
    assert phrase_at(doc[2], len(doc))[0] == "criticism"
    doc = nlp("She said she had no knowledge of the memo.")
    kind, last = phrase_at(doc[4], len(doc))
    assert kind == "ignorance" and doc[last].text == "knowledge"


@pytest.mark.parametrize("text, i, expected", [
    ("I don't think it's OK.", 6, True),  # an opinion verb's negation passes to its clause
    ("It is not acceptable.", 3, True),
    ("He could not give a good answer.", 5, True),
    ("It is acceptable.", 2, False),
])
def test_negation_reaches_the_judgement_word(nlp, text, i, expected):
    doc = nlp(text)
    assert negated(doc[i]) is expected, [(t.text, t.dep_) for t in doc]


def test_participles_describing_a_noun_are_no_judgement(nlp):
    doc = nlp("Officials protected the imperiled species.")
    assert kinds_of(doc[3]) == ()


@pytest.mark.parametrize("text, code", [
    ('"I don\'t think it\'s OK," he said on Thursday.', "111"),
    ('"It is not acceptable," the minister said of the decision.', "111"),
    ('"They think they know better than us," she said.', "111"),
    ('"He could not give a straight answer," Senator Dalworth said.', "111"),
    ('"These attacks are garbage," Senator Dalworth said.', "111"),
    ("Senator Dalworth called the ruling a damning indictment of the system.", "111"),
    ('"This is a reckless decision," Governor Pryce said.', "111"),
    ("Senator Dalworth said the mayor had lied to voters about the budget.", "112"),
    ('"The governor is a man of integrity and did a great job," Senator Dalworth said.', "051"),
    ("Mayor Ortell said Governor Pryce was right to veto the bill.", "051"),
    ('"Governor Pryce has every right to express his views," Mayor Ortell said.', "052"),
    ('"The allegations are completely false," a spokesman for the governor said.', "016"),
    ("Governor Pryce said she had no knowledge of the payments.", "016"),
    ('"I did nothing wrong," Governor Pryce said.', "016"),
    ('"We are optimistic that a deal can be reached," the foreign minister said.', "013"),
    ('"I am pessimistic about the talks," the foreign minister said.', "012"),
    ('"Stop the shelling now," the foreign minister told reporters.', "020"),
    ('"We must stand together against this violence," the president said.', "020"),
    ('"I\'m not going to pay for that wall," the former president said.', "120"),
    ('"We\'re not going to comment on the investigation," the spokeswoman said.', "011"),
])
def test_statements_that_are_events(nlp, text, code):
    assert code in _codes(nlp, text)


@pytest.mark.parametrize("text", [
    '"The weather was terrible," the mayor said.',  # a thing nobody did
    '"The movie is brilliant," the senator said.',
    "The coach called the game a disaster for the team.",
    '"I was wrong and I am sorry," the governor said.',  # the speaker about themselves
    "Did the senator say the plan was reckless?",  # a question
    '"If he resigns, it would be a disaster," Senator Dalworth said.',  # a condition
    "The reckless driver crashed into a wall on Tuesday.",  # the reporter's own prose
    "The House passed the Democrats' anti-corruption bill, which aims to dismantle barriers to voting.",
    "He retired from the Senate when reports of misconduct surfaced, his aides said.",
    '"We should be supporting their fight against corruption," the minister said.',
    'The senator said on "Face the Nation" that the vote would be close.',
    '"You might need to dig a little harder to locate them," the company said.',
    '"I have no plans to ask him to resign," the governor said.',
])
def test_judgements_without_an_event(nlp, text):
    assert [c for c in _codes(nlp, text) if c[:2] in ("01", "02", "05", "11", "12")] == []


def test_the_speaker_is_the_source_and_the_judged_the_target(nlp):
    events = _events(nlp, '"Governor Pryce is a disgrace," Senator Dalworth said.')
    ev = next(e for e in events if e.cameo == "111")
    assert ev.actor1 is not None and "Dalworth" in ev.actor1.name
    assert ev.actor2 is not None and "Pryce" in ev.actor2.name


def test_an_unresolved_speaker_leaves_the_source_empty(nlp):
    events = _events(nlp, '"I don\'t think it\'s OK," he said.')
    assert [(e.cameo, e.actor1, e.actor2) for e in events] == [("111", None, None)]


def test_a_quote_naming_someone_else_keeps_the_pronoun_speaker_apart(nlp):
    events = _events(nlp, '"Mayor Ortell is passionate about his beliefs," she said in an email.')
    ev = next(e for e in events if e.cameo == "052")
    assert ev.actor1 is None and ev.actor2 is not None and "Ortell" in ev.actor2.name


def test_quoted_tokens_ignore_apostrophes(nlp):
    doc = nlp("The Democrats’ bill passed, and he said: “It is a good day.”")
    quoted = quoted_tokens(doc)
    assert not any(doc[i].text == "bill" for i in quoted)
    assert any(doc[i].text == "good" for i in quoted)


@pytest.mark.parametrize("text, i, code", [
    ("We will not accept these terms.", 3, "120"),
    ("I'm not going to speculate about that.", 5, "011"),
    ("We will not know until Friday.", 3, None),
    ("They will not accept these terms.", 3, None),  # not the speaker's own refusal
])
def test_first_person_refusals(nlp, text, i, code):
    doc = nlp(text)
    assert first_person_refusal(doc[i]) == code, [(t.text, t.tag_, t.dep_) for t in doc]


def test_said_of_names_the_target_of_a_pronoun_judgement(nlp):
    events = _events(nlp, '"They lied to the American people," Senator Walsh said of the administration.')
    ev = next(e for e in events if e.root == "11")
    assert ev.cameo == "112" and ev.actor2 is not None and "administration" in ev.actor2.name


def test_a_verb_of_saying_inside_the_quote_is_not_the_speaker(nlp):
    events = _events(nlp, '"This administration has no business telling women what to do," Senator Walsh said.')
    ev = next(e for e in events if e.cameo == "111")
    assert "Walsh" in ev.actor1.name and "administration" in ev.actor2.name


def test_a_lawyer_defends_a_client_and_a_speaker_denies_for_themselves(nlp):
    assert "052" in _codes(nlp, '"My client did nothing wrong," his lawyer said.')
    assert "016" in _codes(nlp, '"I did nothing wrong," Governor Pryce said.')
    assert [c for c in _codes(nlp, '"The team played a great game," the coach said.') if c[:2] in ("01", "11")] == []


@pytest.mark.parametrize("text, code", [
    ('"I never met the man," Senator Walsh said.', "016"),
    ("Senator Walsh said he had never spoken to the ambassador.", "016"),
    ('"It could cause serious damage to our relations," the foreign minister said of the plan.', "111"),
])
def test_denied_contacts_and_harm_done(nlp, text, code):
    assert code in _codes(nlp, text)


@pytest.mark.parametrize("text", [
    '"I can\'t predict how she would react," the adviser said.',
    '"We never met because of the snow," the mayor said.',
    '"The talks could actually resolve this impasse," the senator said.',
    "He said it was appointed with no formal approval from the Senate.",
])
def test_no_denial_or_outlook_in_these(nlp, text):
    assert [c for c in _codes(nlp, text) if c[:2] in ("01", "05")] == []


def test_appeals_by_form(nlp):
    events = _events(nlp, 'The foreign minister told Israel: "Stop the shelling of Gaza now."')
    appeal = next(e for e in events if e.cameo == "020")
    assert appeal.actor2 is not None and appeal.actor2.code == "ISR"
    assert "020" in _codes(nlp, '"Stop lying!" she said.')
    assert "020" not in _codes(nlp, '"Put it this way: it is the best job there is," he said.')


@pytest.mark.parametrize("text", [
    "Mr. Trump repeated his untrue claims about a wall on the southern border on Tuesday.",  # the reporter's words
    '"My choice of words was poor, and for that I apologize," he said.',
    "Mr. Christie portrayed himself as the sole contender who is honest and bold.",
])
def test_reporter_descriptions_and_self_judgements_are_no_statement(nlp, text):
    assert [c for c in _codes(nlp, text) if c[:2] in ("01", "05", "11")] == []
