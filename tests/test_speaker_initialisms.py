"""An office written as initials (issue #3, British usage: 'the PM said ...') names the person last named with
every word of that office, never another minister or a bystander. Small hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str):
        doc = nlp(text)
        return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in extract_quotes(doc, extract_entities(doc))]
    return _run


@pytest.mark.parametrize("text", [
    "Prime Minister Ilse Maranova visited Leeds on Monday with Foreign Minister Karl Udo.\n\n"
    "The PM said the new line would open in 2030.",
    "Prime Minister Ilse Maranova visited Leeds on Monday.\n\n\"It will open in 2030,\" the PM said.",
])
def test_the_pm_is_the_prime_minister_named_before(run, text):
    found = run(text)
    assert any(s == "Ilse Maranova" and "2030" in t for _, s, t in found), found


def test_the_pm_is_not_another_minister(run):
    found = run("Foreign Minister Karl Udo visited Leeds on Monday.\n\nThe PM said the new line would open in 2030.")
    assert not any(s in ("Karl Udo", "Leeds") for _, s, _ in found), found
