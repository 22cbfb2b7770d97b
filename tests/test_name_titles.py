"""Two titles joined by 'and' before one name, and a title word tagged alone as a person (names.title_of,
names.clean_mention)."""
from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract.name_titles import title_of
from newsgraph.extract.names import clean_mention


def _span(doc, first, last):
    s = next(t.i for t in doc if t.text == first)
    e = next(t.i for t in doc if t.text == last and t.i >= s) + 1
    return Span(doc, s, e, label="PERSON")


def test_two_titles_joined_by_and_are_both_the_holders(nlp):
    doc = nlp("Freedonian State Councilor and Foreign Minister Lin Bo met the visiting envoy on Monday.")
    assert title_of(_span(doc, "Lin", "Bo")) == "Freedonian State Councilor and Foreign Minister"


def test_a_title_after_an_article_and_another_persons_title_stay_apart(nlp):
    doc = nlp("This morning, the President and Speaker Dorrit Vane met at the palace.")
    title = title_of(_span(doc, "Dorrit", "Vane"))
    assert title is None or "President" not in title


def test_a_title_word_tagged_alone_is_no_name(nlp):
    doc = nlp("The Councilor met the visiting envoy on Monday.")
    assert clean_mention(_span(doc, "Councilor", "Councilor")) is None


def test_a_surname_that_is_a_title_word_stays_a_name(nlp):
    doc = nlp("Ann King spoke on Monday. King said the bill would pass.")
    doc.set_ents([Span(doc, 0, 2, label="PERSON")], default="unmodified")
    king = [t.i for t in doc if t.text == "King"][1]
    assert clean_mention(Span(doc, king, king + 1, label="PERSON")) is not None


def _at(doc, word):
    return next(t.i for t in doc if t.text == word)


def test_a_title_before_a_comma_and_a_name_is_the_holders(nlp):
    from newsgraph.extract.name_titles import comma_title_holds
    doc = nlp("OSLO - Foreign Minister, Tom Ashby, who leads the delegation, received a call today.")
    assert comma_title_holds(doc, _at(doc, "Tom"), "foreign minister", [])


def test_the_other_countrys_minister_holds_the_title_with_its_country_only(nlp):
    from newsgraph.extract.name_titles import comma_title_holds
    doc = nlp("Foreign Minister Tom Ashby received a call from the Foreign Minister of Norway, Ms. Ana Ruiz, today.")
    ana = _at(doc, "Ana")
    assert comma_title_holds(doc, ana, "norwegian foreign minister", [])
    assert comma_title_holds(doc, ana, "foreign minister", ["norway"])
    assert not comma_title_holds(doc, ana, "foreign minister", [])  # two holders: the bare title is not hers
    assert not comma_title_holds(doc, ana, "swedish foreign minister", [])


def test_a_title_stops_at_the_full_stop_before_it(nlp):
    doc = nlp("Aldo Brescan met Tresk officials on Monday. President Aldo Brescan of Tresk said the talks were "
              "useful.")
    second = next(t.i for t in doc if t.text == "Aldo" and t.i > 2)
    assert title_of(Span(doc, second, second + 2, label="PERSON")) == "President"


def test_an_abbreviated_title_keeps_its_full_stop(nlp):
    doc = nlp("Retired Lt. Gen. Mark Tolliver said the plan would fail.")
    first = next(t.i for t in doc if t.text == "Mark")
    assert title_of(Span(doc, first, first + 2, label="PERSON")) == "Retired Lt. Gen."
