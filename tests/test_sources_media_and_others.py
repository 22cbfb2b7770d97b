"""Media named as one of two subjects the parse joined into one noun phrase ('local media and police sources said'):
the parse makes 'media' a modifier of the second subject; the media still reported what follows
(source_mentions.outlet_subject). Fictional places."""
from __future__ import annotations

import source_helpers

OTHER = "https://www.norland-herald.example/world/storm-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER)]


def test_media_before_a_second_subject_is_credited(nlp):
    text = ("At least three people died when a storm hit the coast of Tarvia overnight, local media and police "
            "sources said.")
    assert any("media" in n for n in names(nlp, text))


def test_media_as_a_plain_modifier_is_not(nlp):
    text = "Local media sources were not available on Sunday, the spokesman said."
    assert not any("media" in n for n in names(nlp, text))
