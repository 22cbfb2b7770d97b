"""Sources named again by what they are, session 21 (fictional names):

- a broadcast programme stating something is credited as written: 'Last week's TV programme said ...', then
  'The programme also said ...' (source_credits.programme_says), not a government's programme, and not beside
  the channel named with it ('the programme on Tarn TV said': the channel);
- 'According to the gossip site' after an outlet named before is that outlet (source_according);
- '"...," the conclusion to the report said': a part of a document stating something credits the document
  (source_noun_places.DOCUMENT_PARTS);
- 'He also writes on his website that ...': the page's owner read off the pronoun subject the entity index linked
  (source_pages._owner);
- 'According to slides shown to staff ...', 'According to the slides, ...': slides are a document
  (source_nouns.tsv, weak), not 'their slide on Monday'.
"""
from __future__ import annotations

import pytest

from source_helpers import sources


def test_programme_stating_something_is_credited(nlp):
    text = ("A spokesman responded to the deputy's remarks, aired in a preview of the show on Kelso's Tarn "
            "Television.\n\n"
            "Last week's TV programme said three clerks had copied confidential files.\n\n"
            "The programme also said a consul received monthly sums.")
    assert [n for n, _ in sources(nlp, text)] == ["Tarn Television", "TV programme", "programme"]


def test_programme_named_with_its_channel_credits_the_channel_once(nlp):
    text = "Last week's TV programme on Tarn TV said three clerks had copied files."
    assert [n for n, _ in sources(nlp, text)] == ["Tarn TV"]


def test_government_programme_is_no_source(nlp):
    text = ("The government's housing programme was dropped last year.\n\n"
            "The programme also found that rents had risen.")
    assert sources(nlp, text) == []


@pytest.mark.parametrize("outlet, site", [("Glitter Daily", "gossip site"), ("Kelso Herald", "news site")])
def test_described_site_refers_back_to_the_outlet(nlp, outlet, site):
    text = f"The photo was first published by {outlet} on Tuesday.\n\nAccording to the {site}, the singer joked about it."
    assert [n for n, _ in sources(nlp, text)] == [outlet, outlet]


def test_bare_site_is_no_source(nlp):
    assert sources(nlp, "According to the site, the two firms had talked for months.") == []


def test_part_of_a_report_credits_the_report(nlp):
    text = ("A leaked report from the Kelso Audit Office said spending had doubled.\n\n"
            "\"More checks are needed,\" the conclusion of the report said.")
    assert [n for n, _ in sources(nlp, text)] == ["report by Kelso Audit Office"] * 2


def test_part_of_something_else_is_no_source(nlp):
    assert sources(nlp, "The conclusion of the talks was welcomed by both sides.") == []


def test_own_website_of_a_pronoun_subject(nlp):
    text = ("Ivo Dranic said on Monday that he would run for the seat. He also writes on his website that he "
            "coaches a youth football team.")
    assert [n for n, _ in sources(nlp, text)] == ["website of Ivo Dranic"]


@pytest.mark.parametrize("text", [
    "According to the slides, sales in the north have kept rising.",
    "The slides showed that sales grew sharply.",
])
def test_slides_are_a_document(nlp, text):
    assert [n for n, _ in sources(nlp, text)] == ["slides"]


def test_slide_of_prices_is_no_document(nlp):
    assert sources(nlp, "Prices continued their slide on Monday.") == []
