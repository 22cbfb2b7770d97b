"""A title subject with the holder's name in an apposition right after it ('the spokesperson for the ministry,
Jo Roe, said') is that person, also when the name finder missed the name. Texts are made up."""
from __future__ import annotations

from newsgraph.extract.subject_names import _untagged_apposition
from quote_helpers import quote_runner, speaker_of

TEXT = ("Talks in Lorn\n\n"
        "\"The minister had eleven meetings with Varia, Lorn and others,\" the spokesperson for the Ministry of "
        "External Affairs, Tavesh Kumor, said at a press briefing.")


def test_the_name_in_the_apposition_speaks(nlp):
    got = quote_runner(nlp)(TEXT)
    assert speaker_of(got, "The minister had eleven") == "Tavesh Kumor"


def test_an_untagged_name_in_the_apposition(nlp):
    doc = nlp(TEXT)
    title = next(t for t in doc if t.lower_ == "spokesperson")
    found = _untagged_apposition(title)
    assert found is not None and found.name == "Tavesh Kumor"


def test_no_name_without_commas_around_it(nlp):
    doc = nlp("The spokesperson Tavesh Kumor said the talks went well.")
    title = next(t for t in doc if t.lower_ == "spokesperson")
    assert _untagged_apposition(title) is None
