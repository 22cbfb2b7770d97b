"""Picture captions with a verb, set between a story's paragraphs without a closing stop ('Mr Brask meets Ms Olin in
Korsby later this week'): whoever they name is nobody the story's next 'he' means. Texts, people and places are
made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from newsgraph.extract.caption_lines import caption_paragraphs
from quote_helpers import speaker_of

ADDED = ("Talvar minister rounds on Norrvik\n\n"
         "The interior minister of Talvar has hit out at remarks by a Norrvik prince.\n\n"
         '"We will settle our own affairs and nobody else will do it for us," said Mr Odd Vessel, who sits in '
         "the Talvar assembly for the farmers' party.\n\n"
         "Prince Ansgar Holm has said Norrvik agents are working inside Talvar\n\n"
         'He added: "This country taught the whole coast to build ships, and a man on a pony wants to teach us."')

SAID = ("Envoy warns Lanvia over rocket launch\n\n"
        "A senior Estavian envoy, Mr Jon Brask, has warned Lanvia against another launch.\n\n"
        "Mr Brask warned again against such a step.\n\n"
        "Mr Olin meets Mr Roos in Korsby later this week\n\n"
        '"With regard to a launch, plainly this would be a very hostile act," he said.')

WRAPPED = ("Envoy warns Lanvia over rocket launch\n\n"
           "A senior Estavian envoy, Mr Jon Brask, met the Lanvian foreign minister, Mr Per Olin, at\n\n"
           'Korsby on Monday. "With regard to a launch, plainly this would be a very hostile act," he said.')


def test_he_added_passes_over_a_caption():
    got = analyze(ADDED)
    assert speaker_of(got.quotes, "This country taught the whole coast") == "Odd Vessel"


def test_he_said_passes_over_a_caption_with_two_names():
    got = analyze(SAID)
    assert speaker_of(got.quotes, "With regard to a launch") == "Jon Brask"


def test_hard_wrapped_line_is_no_caption(nlp):
    assert caption_paragraphs(nlp(WRAPPED)) == []
