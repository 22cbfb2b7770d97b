"""A quoted fragment that is the object of a verb of speaking with no clause of its own ('spoke of "..."', 'wrote
about "..."'): the verb's subject said those words, not the last person quoted before. A fragment that only says
how someone spoke ('talked "at length"') is not given to anyone this way. Texts are made up; the first test fails
without the rule."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_fragment_after_spoke_of_is_the_subjects(run):
    got = run("New leader for the assembly\n\n"
              "\"I declare that Ifor Calder is elected,\" said the presiding officer, Lord Penhallow.\n\n"
              "With his family watching from the gallery, Mr Calder spoke of \"the great honour and privilege\" "
              "of the role.")
    q = next(q for q in got if q.text.startswith("the great honour"))
    assert q.speaker is not None and q.speaker.name == "Ifor Calder"


def test_manner_fragment_is_not_given_to_the_subject(run):
    got = run("Leaders talk\n\n"
              "\"We will meet again,\" the envoy Mira Oska said.\n\n"
              "The two ministers talked \"at length\" about the border.")
    assert not any(q.text == "at length" for q in got)
