"""Pull-quote boxes (extract/page_labels.label_paragraphs): words someone said set on a line of their own without
quotation marks, above a name line ('Piet Arends, Dorne'), are page furniture: a person they name is nobody a 'he'
of the story below means. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_he_after_a_pull_quote_box_is_the_story_speaker(run):
    text = ("Rivals clash in leadership race\n\n"
            "The vote was held at the Dorne city stadium on Monday.\n\n"
            "Mr Hollis, the shadow health secretary, said: \"Today was a good day for me.\"\n\n"
            "Tomas Kerr will probably win the vote because he has the better campaign team\n\n"
            "Piet Arends, Eastfield\n\n"
            "He added: \"Many members have not voted yet.\"")
    assert speaker_of(run(text), "Many members") == "Hollis"


def test_a_paragraph_without_a_stop_above_a_heading_is_no_pull_quote(run):
    # (were the paragraph taken for a pull quote, Tomas Kerr would be no antecedent and 'He' would go to Hollis)
    text = ("Rivals clash in leadership race\n\n"
            "Mr Hollis, the shadow health secretary, said: \"Today was a good day for me.\"\n\n"
            "Tomas Kerr said the count had gone well and the turnout was higher than last time - Dorne Courier\n\n"
            "News In Pictures\n\n"
            "He added: \"Many members have not voted yet.\"")
    assert speaker_of(run(text), "Many members") == "Tomas Kerr"
