"""A website no one is named as owning, told apart by what it is ('he said on a pro-rebel website', 'wrote on an
opposition website'), is credited as an outlet (extract/source_pages._described_site); a bare 'a website' and a
social-media site are not. Fictional sentences."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/war-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, name", [
    ('"We have silenced our guns," he said on a pro-rebel website.', "pro-rebel website"),
    ("The rebels had given up their fight, their envoy said on a pro-rebel website.", "pro-rebel website"),
    ("He wrote on an opposition website that the vote was rigged.", "opposition website"),
])
def test_a_described_site_is_credited(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize("text", [
    "He said on a website that the fight was over.",
    "He said on the social media website that the fight was over.",
])
def test_an_undescribed_or_social_site_is_not(nlp, text):
    assert not any("website" in n for n in names(nlp, text))
