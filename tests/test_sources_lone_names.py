"""A one-word outlet name the tagger took for a person ('told Velnews', 'Velnews reported that ...', 'according to
Velnews') is credited when nothing else on the page makes it a person: no given name, no word of a longer person's
name, no title, no he or she (source_told_names.lone_name); the subject of a 'reported' with a reported clause is a
crediting place for such names. Fictional outlets, people and places throughout."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text, url=OTHER):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text", [
    "The speaker told Velnews the vote was legal.",
    "The speaker was quoted by Velnews as saying the vote was legal.",
    "The Tarvian parliament voted to dissolve itself on Monday, Velnews reported.",
    "According to Velnews, the Tarvian parliament voted to dissolve itself on Monday.",
    "Fourteen people were detained, the interior ministry told Velnews.",
    "Minister of Foreign Affairs Lina Varga gave an interview to Velnews.",
    "In comments to Velnews, the minister said the town had been retaken.",
    "The town has been retaken, the minister said in an interview published by Velnews on Monday.",
    "Tarvian troops moved into the border town of Ardel on Monday.\n\n"
    "The move came after days of shelling, Velnews reported.",
])
def test_a_lone_name_in_a_crediting_place_is_credited(nlp, text):
    assert "Velnews" in names(nlp, text)


@pytest.mark.parametrize("text", [
    "Minister Oskar Fennick met Kordel, the leader of the Ardel tribe, on Monday. Kordel told Fennick that his "
    "people wanted a school.",
    "Halmar tells Varnet the border will stay open\n\nPresident Edvin Halmar told Prime Minister Ilse Varnet on "
    "Monday that the border would stay open. Varnet said she welcomed the decision.",
    "Tessaly reported that her party had won 40 seats. Mira Tessaly is the leader of the opposition.",
    "Ostmark Energy reported that its profits rose 20 percent in the first quarter.",
    "According to Anna Berg, the Tarvian parliament voted to dissolve itself.",
    "The chance should not be missed again, Mr Berg said on Twitter.",  # a post, as a tweet: no outlet
])
def test_a_person_or_a_company_is_no_lone_outlet(nlp, text):
    assert names(nlp, text) == []
