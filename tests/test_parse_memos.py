"""Answers kept per document (byte-identical speed-ups): the subject of a cue verb is worked out once per verb and
the view's lists give what the Token attributes give."""
from __future__ import annotations

from newsgraph.extract.event_speech_acts import first_person_refusal
from newsgraph.extract.event_statement_readings import conditional
from newsgraph.extract.speaker_syntax import subject_candidates, subject_of


def test_subject_of_remembered_per_verb(nlp):
    doc = nlp("The Velmark interior minister, Oren Dastagir, said on Monday that the border would stay closed.")
    said = next(t for t in doc if t.lemma_ == "say")
    first = subject_of(said)
    assert first == next(subject_candidates(said), None)
    assert subject_of(said) is first  # the second call is a look-up
    other = nlp("Oren Dastagir said it.")  # another document: its own answer
    assert subject_of(next(t for t in other if t.lemma_ == "say")).text == "Dastagir"


def test_refusal_and_conditional_read_from_the_view(nlp):
    doc = nlp('"We will not accept this deal," the Tarvian envoy said. "It would be a disaster if they signed it."')
    accept = next(t for t in doc if t.lower_ == "accept")
    assert first_person_refusal(accept) == "120"
    disaster = next(t for t in doc if t.lower_ == "disaster")
    assert conditional(disaster)
    assert not conditional(accept)
