"""Quoted spans kept or left out by what stands around them (extract/quote_filters.py, quote_cues.py): a slogan
named by 'slogans of' after a verb of chanting or raising is the crowd's quote; a participle of chanting the parser
hangs on the noun of a place ('marched through the square chanting "..."') is chanted by the clause's subject; a
known set term keeps its label status with its article inside the marks ('crossing "a red line"'). Invented
texts and names."""
from __future__ import annotations

from newsgraph.extract.quote_filters import is_catchphrase
from quote_helpers import pairs, quote_runner


def test_set_term_with_its_article_inside_the_marks():
    assert is_catchphrase("a red line")
    assert is_catchphrase("The witch hunt.")
    assert not is_catchphrase("a red herring")
    assert not is_catchphrase("crossing a red line")


def test_set_term_with_article_is_left_out_but_a_sentence_using_it_stays(nlp):
    run = quote_runner(nlp)
    text = ('Port sale row in Kessa\n\nDefence minister Ola Brandt said on Tuesday that a sale to a foreign operator '
            'would cross "a red line" for the cabinet.\n\n"This tender is a witch hunt," opposition leader Kai '
            'Morten said.')
    texts = [q.text for q in run(text) if q.kind != "indirect"]
    assert "a red line" not in texts
    assert "This tender is a witch hunt" in texts


def test_slogans_of_after_raising_is_the_crowds_quote(nlp):
    run = quote_runner(nlp)
    text = ('Farm protest in Darpur\n\nDARPUR, June 4 - Hundreds of farmers gathered outside the district office '
            'on Monday and raised slogans of "Kisan Ekta Zindabad" while officials met inside.')
    found = pairs(run(text))
    assert any(t == "Kisan Ekta Zindabad" and sp and "farmers" in sp for sp, t in found)


def test_a_named_slogan_of_a_party_stays_out(nlp):
    run = quote_runner(nlp)
    text = ('Water plan\n\nOpposition leader Ravi Tandel said on Sunday that he had never liked the campaign '
            'slogan "Every Field Watered" and wanted a new plan.')
    assert "Every Field Watered" not in [q.text for q in run(text)]


def test_participle_of_chanting_on_a_place_noun_goes_to_the_marchers(nlp):
    run = quote_runner(nlp)
    text = ('Strike in Velmar\n\nLater on Monday, dock workers from the northern terminal marched through the '
            'harbour chanting "Pay us now".')
    found = dict((t, sp) for sp, t in pairs(run(text)))
    assert "Pay us now" in found and found["Pay us now"] and "workers" in found["Pay us now"]


def test_set_terms_as_typeset_with_curly_apostrophes():
    assert is_catchphrase("don\u2019t ask, don\u2019t tell")
    assert is_catchphrase("One country, two systems.")
    assert not is_catchphrase("one country, two systems of taxes")


def test_a_set_term_in_a_reporter_sentence_is_left_out(nlp):
    run = quote_runner(nlp)
    text = ('Tarnland calls new tariffs part of Velmor\'s \'maximum pressure\'\n\nSELMORA, May 3 (Norpress) -- The '
            'harbour law secures the lasting application of "one country, two systems," a cabinet spokeswoman said '
            'on Monday.\n\n"We will keep the port open," harbour chief Lena Voss said.')
    texts = [q.text for q in run(text) if q.kind != "indirect"]
    assert not any(t.startswith(("one country", "maximum pressure")) for t in texts)
    assert any(t.startswith("We will keep the port open") for t in texts)
