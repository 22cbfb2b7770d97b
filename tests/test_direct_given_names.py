"""Quotation marks around a name a participle gives a thing ('a competition called "Draw a Country at Peace."', 'a
group named "Mothers for Peace"') or around a page or link title with its site after a bar ('Watch: "Weather
forecast for 25 September | Selm Gazette"') hold no one's words (annotation rules: titles and names are left
out); 'called "..." by X' still quotes X. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str, start: str) -> list:
    return [q for q in run(text) if q.kind in ("direct", "partial") and q.text.startswith(start)]


def test_a_competition_called(run):
    text = ("President launches contest\n\nPresident Ilario Vasquez-Tamm spoke at the launch of a children's "
            "competition called \"Draw a Tarvia at Peace.\"\n\n\"May the country you paint become real,\" he said.\n")
    assert not quoted(run, text, "Draw a Tarvia")
    assert quoted(run, text, "May the country")[0].speaker.name == "Ilario Vasquez-Tamm"


def test_a_group_named(run):
    text = ("Rally in Drabny\n\nA group named \"Mothers for Peace and Bread\" joined the rally on Sunday, the "
            "organiser, Greta Mwangi-Solberg, said.\n")
    assert not quoted(run, text, "Mothers for Peace")


def test_called_by_someone_still_quotes_them(run):
    text = ("Budget row\n\nThe plan, called \"reckless and badly timed\" by the central bank governor Ruslan "
            "Oduya-Kemp, will cost millions.\n")
    q = quoted(run, text, "reckless and badly")
    assert q and q[0].speaker is not None and q[0].speaker.name == "Ruslan Oduya-Kemp"


def test_a_page_title_with_its_site(run):
    text = ("Envoys agree to keep talking\n\nWatch on Vidtube: \"Selm Gazette's coastal weather forecast for 25 "
            "September | Selm Gazette\"\n\nThe envoys of Ostmark and Vessland agreed on Tuesday to keep talking.\n")
    assert not quoted(run, text, "Selm Gazette's coastal")
