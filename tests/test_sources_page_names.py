"""Outlet names the page itself introduces as outlets (source_page_names): a firm dateline's agency, a name before
or in apposition with a lower-case outlet word; every other mention of the name is that outlet too. Fictional
agencies, outlets, people and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text, url=OTHER):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("The Tarvian parliament voted to dissolve itself, the Velnews agency reported.", "Velnews"),
    ("The parliament voted to dissolve itself, Tarvia's Velnews agency reported.", "Velnews"),
    ("The semi-official Velnews agency quoted the speaker as saying the vote was legal.", "Velnews"),
    ("Velnews, the state news agency, said the parliament had voted to dissolve itself.", "Velnews"),
    ("Tarvia's official news agency, Velnews, said the parliament had voted to dissolve itself.", "Velnews"),
    ("The minister told the Velnews news portal that the talks had failed.", "Velnews"),
    ("The army has retaken the town, the semi-official Velnews said on Monday.", "Velnews"),
    ("Pro-government Velnews said the town had been retaken.", "Velnews"),
])
def test_a_name_the_page_calls_an_outlet_is_credited(nlp, text, outlet):
    assert any(outlet in n for n in names(nlp, text))


@pytest.mark.parametrize("text", [
    "KELSBURY, May 4 (Velnews) - The speaker of the Tarvian parliament will resign on Friday.\n\n"
    "Velnews earlier reported that the speaker had been under pressure.",
    "The speaker will resign, the Velnews news agency said.\n\n\"The vote was legal,\" the speaker told Velnews.",
])
def test_every_mention_of_an_introduced_name_is_the_outlet(nlp, text):
    assert [n for n in names(nlp, text) if "Velnews" in n] and len([n for n in names(nlp, text) if "Velnews" in n]) == 2


@pytest.mark.parametrize("text", [
    "Anton Brask, who heads the Velnews agency, said he would step down next month.",
    "The Brask agency, which manages models and actors, said it would close its Selm office.",
    "The talks were held at the Velnews Hotel in Port Arden. The Velnews agency did not attend.",
    "Workers at the Velnews paper mill went on strike on Monday. Velnews said the strike was illegal.",
    "The state-run Velnews oil company said output had fallen.",
])
def test_no_credit_where_the_outlet_only_stands(nlp, text):
    assert not any("Velnews" in n or "Brask" in n for n in names(nlp, text))


def test_unnamed_insiders_telling_the_dateline_agency_make_it_no_own_outlet(nlp):
    text = ("KELSBURY, May 3 (Velnews) - The army has retaken the town of Ardel, the defence ministry said on Monday."
            "\n\n\"The enemy has fled,\" a ministry spokesman told Velnews.")
    assert names(nlp, text).count("Velnews") == 2


def test_outlet_words_alone_are_no_name_and_bodies_found_elsewhere_are_not_spread(nlp):
    # blind-page false credits: 'Wire' (an outlet word, capitalised) taken for a name the page introduced, and a
    # 'Ministry' another finder had marked spread as an outlet name to the page's other mentions
    from newsgraph.extract.source_lexicon import lexicon
    from newsgraph.extract.source_page_names import _not_outlet, page_outlet_names

    lex = lexicon()
    doc = nlp("The Wire News agency and Velnews said the Ministry had approved the plan. The Ministry denied it.")
    assert _not_outlet(doc[1:3], lex) and not _not_outlet(doc[5:6], lex)  # 'Wire News' no name, 'Velnews' one
    ministry = doc[8:9]
    assert ministry.text == "Ministry"
    assert not [s.text for s in page_outlet_names(doc, lex, [ministry]) if s.text == "Ministry"]


@pytest.mark.parametrize("text", [
    "Arvo Lindqvist told Turk that the border would open in spring.",  # a nationality noun ('Turks': TUR)
])
def test_a_nationality_noun_told_something_is_no_outlet(nlp, text):
    assert names(nlp, text) == []
    assert names(nlp, text.replace("Turk", "Velnews")) == ["Velnews"]
