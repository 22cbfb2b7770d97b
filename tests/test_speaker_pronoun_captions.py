"""Captions and name lines between paragraphs ('Former leader Lord Penrose', 'Penrose: best speech in years',
'Ruth Keel, Dunmore') name nobody a later 'he' or 'she' stands for, and do not use up the sentences a pronoun
looks back over."""
from __future__ import annotations

import pytest

from newsgraph.extract.pronouns import label_paragraphs
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_caption_names_are_no_antecedents(run):
    qs = run("Ashby defends record at party conference\n\nPrime Minister Tom Ashby told delegates in Lanton that the "
             "party had kept its promises.\n\nFormer leader Lord Penrose\n\nPenrose: best speech in years\n\nHe "
             "admitted to having made mistakes over the summer.\n\nIn a key passage, he said: \"I am the one who is "
             "supposed to listen.\"")
    assert speaker_of(qs, "I am the one") == "Tom Ashby"


def test_name_and_place_line_is_no_antecedent(run):
    qs = run("Minister defends plan\n\nMinister Jane Orr spoke to farmers in Dunmore on Friday.\n\nRuth Keel, Dunmore"
             "\n\nShe said the new rules would help small farms. \"We have waited long enough,\" she said.")
    assert speaker_of(qs, "We have waited") == "Jane Orr"


def test_captions_do_not_count_among_sentences_looked_back(run):
    qs = run("Vote in Lanton\n\nWith his rival watching, Mr Dale spoke of \"the honour\" he felt at winning. It was "
             "late.\n\nFormer leader Lord Penrose\n\nLord Penrose\n\nPenrose: the old guard\n\nBefore long his wit "
             "shone through.\n\nHe was sure, he told members, that the party would hold.\n\nTo laughter, he added: "
             "\"My first aim is to survive the week.\"")
    assert speaker_of(qs, "My first aim") == "Dale"


def test_label_paragraphs(nlp):
    doc = nlp("Ashby wins vote\n\nThe vote was close.\n\nRuth Keel, Dunmore\n\nDale raised the stakes of the talks on"
              "\n\nWednesday when he spoke.")
    assert [doc.text[a:b] for a, b in label_paragraphs(doc)] == ["Ruth Keel, Dunmore"]


def test_crosshead_with_a_participle_is_no_antecedent(run):
    qs = run("Trade talks back on track\n\nThe deal was agreed late on Saturday in Lanton.\n\n"
             "\"Today's news is that the round is back on track,\" trade commissioner Pavel Lamm said.\n\n"
             "Cotton picking\n\n"
             "\"In Dorne I said the round was in intensive care,\" he added.")
    assert speaker_of(qs, "In Dorne") == "Pavel Lamm"


def test_participle_headings_are_labels(nlp):
    doc = nlp("Talks resume\n\nThe vote was close.\n\nCotton picking\n\nThe round went on.\n\nHammered out\n\n"
              "Dale raised the stakes of the talks on\n\nWednesday when he spoke.")
    assert [doc.text[a:b] for a, b in label_paragraphs(doc)] == ["Cotton picking", "Hammered out"]
