"""A station named by its band after its name ('Kestrel FM', 'Vesta TV') is an outlet, whatever the tagger made of
the first word (a person, often). Fictional stations and people throughout."""
from __future__ import annotations

import pytest

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000002"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, outlet", [
    ("Lord Ambrey told Kestrel FM that the vote was a warning.", "Kestrel FM"),
    ("Speaking on Lumen FM, the minister said the vote was a warning.", "Lumen FM"),
    ("Lord Ambrey told Vesta FM's Drive Time show that the vote was a warning shot.", "Vesta FM"),
    ("Lord Ambrey told Lumen Coast FM that the vote was a warning.", "Lumen Coast FM"),
])
def test_station_named_by_its_band_is_credited(nlp, text, outlet):
    assert outlet in names(nlp, text)


def test_band_word_alone_is_no_outlet(nlp):
    assert names(nlp, "The minister said the FM band would be switched off in 2030.") == []
