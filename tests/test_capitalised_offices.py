"""A capitalised office as subject ('The Tánaiste said:', 'the Prime Minister of Finland said', 'The High
Commissioner said') is the person the page names with that office: an Irish office is a title, a lone office the
tagger read as a body is no name, an office written with its country speaks for that country's holder, and the
office written out in full beside the holder's name is that holder's own. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_tanaiste_named_in_apposition(run):
    got = run("Tánaiste opens new consulate in Harbourtown\n\n"
              "The Tánaiste and Justice Minister, Ciaran Dowd TD, has opened a consulate in the port "
              "city on Monday.\n\nThe Tánaiste said:\n\n"
              "\u201cThis office will help the many families who travel between our two coasts every summer.\u201d")
    assert speaker_of(got, "This office will help") == "Ciaran Dowd TD"


def test_tanaiste_with_coordinated_portfolio(run):
    got = run("Tanaiste in grain export talks\n\n"
              "The Tánaiste and Minister of Enterprise and Trade, Ciaran Dowd, T.D. met his counterparts on Friday "
              "to discuss grain exports.\n\nSpeaking after the talks, the Tánaiste said:\n\n"
              "\u201cWe agreed to keep the grain routes open through the winter months.\u201d")
    assert speaker_of(got, "We agreed to keep the grain routes") == "Ciaran Dowd"


def test_prime_minister_of_a_country(run):
    got = run("Help for savers\n\nPrime minister Halldor Vesterlund on the bank crisis\n\n"
              "Savers in Finland will get their money back, the finance ministry has said.\n\n"
              "But the Prime Minister of Finland added that the banks sought a "
              "\u201cfair and quick\u201d answer.")
    assert speaker_of(got, "the banks sought") == "Halldor Vesterlund"


def test_prime_minister_of_another_country_is_not_the_holder_named(run):
    got = run("British Prime Minister Jo Marlow visited the port of Dunmore on Tuesday.\n\n"
              "The Prime Minister of Finland said later that the ferry link would reopen in May.")
    assert speaker_of(got, "the ferry link would reopen") != "Jo Marlow"



def test_office_written_in_full_is_the_holders_own(nlp):
    from newsgraph.extract.speaker_descriptions import _written_own_office

    class Holder:
        title = "Northern Relief Commissioner for Refugees"

    doc = nlp("Mara Veldt, the Northern Relief Commissioner for Refugees, spoke first. "
              "Ivo Tarn, the Commissioner for Fisheries, spoke next.")
    first, second = [t for t in doc if t.text == "Commissioner"]
    assert _written_own_office(first, Holder())
    assert not _written_own_office(second, Holder())  # another commissioner's office
