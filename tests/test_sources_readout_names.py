"""Three small source rules (extract/source_noun_judge.py, source_outlets.py, data/outlets.tsv): 'X provided the
following readout:' opens the page's own readout (no source); an agency's acronym is named with the outlet words
written after it ('quoted by AFP news agency' -> 'Agence France-Presse (AFP news agency)', so either way of
writing it matches); a BBC programme ('Daily Politics') told something on a BBC page is the page's own outlet.
Fictional names; the agency and programme are real names in sentences of our own."""
from __future__ import annotations

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"
BBC = "https://www.bbc.co.uk/news/uk-politics-12345678"


def test_following_readout_is_the_page_itself(nlp):
    text = "Pentagon Press Secretary Arlo Varn provided the following readout:\n\nThe secretary met the minister."
    assert sources(nlp, text, url=OTHER, quotes=True) == []


def test_acronym_named_with_its_outlet_words(nlp):
    text = ("Earlier on Tuesday, the prime minister asked the president to halt hostilities, according to a "
            "spokesman, quoted by AFP news agency.")
    assert [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)] == ["Agence France-Presse (AFP news agency)"]


def test_bbc_programme_on_a_bbc_page(nlp):
    text = "1244 Lina Varn tells Daily Politics there is a lot of unhappiness on the back benches."
    assert sources(nlp, text, url=BBC, quotes=True) == []
