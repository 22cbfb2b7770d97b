"""Slips of the name tagger repaired on one mention (name_labels.repair_label via names.clean_mention)."""
from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract.names import clean_mention


def _mention(nlp, text, start, end, label, ents=()):
    doc = nlp(text)
    spans = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    doc.set_ents(spans, default="unmodified")
    return doc, clean_mention(Span(doc, start, end, label=label))


def test_a_capital_read_as_a_person_is_a_place(nlp):
    doc, m = _mention(nlp, "Talks on Kyiv's peace formula may start soon, the envoy said.", 2, 3, "PERSON")
    assert m is not None and m.label == "GPE"


def test_a_party_of_the_data_files_read_as_a_person_is_an_organisation(nlp):
    doc, m = _mention(nlp, "The ANC may find it hard to win the vote, Mr Dube said.", 1, 2, "PERSON")
    assert m is not None and m.label == "ORG"


def test_a_place_word_that_is_a_surname_on_the_page_stays_a_person(nlp):
    text = "Senator Tom Jordan spoke on Monday. Jordan said the bill would pass."
    doc, m = _mention(nlp, text, 7, 8, "PERSON", ents=[(1, 3, "PERSON")])
    assert m is not None and m.label == "PERSON"


def test_a_place_glued_before_an_envoys_name_splits_off(nlp):
    text = "Ties with the Republic of Sylvania are good. The ambassador to Sylvania Olga Marenko said so."
    doc = nlp(text)
    s = next(t.i for t in doc if t.text == "Sylvania" and t.i > 6)
    doc, m = _mention(nlp, text, s, s + 3, "ORG", ents=[(3, 6, "GPE")])
    assert m is not None and m.label == "PERSON" and doc[m.start:m.end].text == "Olga Marenko"


def test_an_unknown_word_before_a_name_stays_one_organisation(nlp):
    text = "The ambassador to Sylvania Olga Marenko said so."
    doc, m = _mention(nlp, text, 3, 6, "ORG")
    assert m is not None and m.label == "ORG"


def test_a_body_s_initials_glued_before_a_name_split_off(nlp):
    # 'the G7 Ivo Marsk' read as one organisation: the initials the page names alone are the body, the rest the
    # person, whose surname the page writes again alone
    text = ("Tariffs are no precondition for talks, the council's representative to the G7 Ivo Marsk said. "
            "\"We speak for all members,\" Marsk said. The G7 meets again in May.")
    doc = nlp(text)
    s, alone = [t.i for t in doc if t.text == "G7"]
    doc, m = _mention(nlp, text, s, s + 3, "ORG", ents=[(s, s + 3, "ORG"), (alone, alone + 1, "ORG")])
    assert m is not None and m.label == "PERSON" and doc[m.start:m.end].text == "Ivo Marsk"


def test_initials_before_a_body_s_own_words_stay_one_organisation(nlp):
    text = "The UN Security Council met on Monday. The UN said the Council would meet again."
    doc = nlp(text)
    doc, m = _mention(nlp, text, 1, 4, "ORG", ents=[(1, 4, "ORG"), (9, 10, "ORG")])
    assert m is not None and m.label == "ORG"
