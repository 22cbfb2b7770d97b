"""A credit line in brackets under the story, '(Source: Reuters)', credits the agency on another site as 'Source:
Reuters' does (extract/source_wire.CREDIT_LINES); a name that is no agency is not read there. Fictional pages."""
from __future__ import annotations

from source_helpers import sources

BLOG = "https://www.norland-blog.example/2008/04/talks.html"


def test_a_bracketed_source_line_credits_the_agency(nlp):
    text = "Talks will resume on Monday, the minister said.\n(Source: Reuters)\nNo comments:"
    assert [n for n, _ in sources(nlp, text, url=BLOG)] == ["Reuters"]


def test_a_bracketed_source_line_naming_no_agency_credits_nothing(nlp):
    text = "Talks will resume on Monday, the minister said.\n(Source: NEB)"
    assert sources(nlp, text, url=BLOG) == []
