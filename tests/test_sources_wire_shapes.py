"""Credit lines of a reposted agency story in more shapes (extract/source_wire.py): markup or the page's date stamp
on the line, a single hyphen or an agency code no data file knows closing the story, the agency's copyright line,
'Additional reporting', the agency's news service heading the story, a code in a dateline, and a 'Source:' line
naming a body or its web page. Fictional places, sites, bodies and codes; the agencies are real names used in
sentences of our own."""
from __future__ import annotations

import pytest

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-resume-1234"
BODY = "The minister received the envoy in Kelsbury on Monday."


def credited(nlp, text, url=OTHER):
    return [name for name, _kind in source_helpers.sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, source", [
    ("Talks resume\n\n<i> From Associated Press</i>\n\n" + BODY, "Associated Press"),
    (" date 2020-08-04 By WAM\n\n" + BODY, "WAM"),
    (BODY + " -UNB\n\n", "UNB"),
    (BODY + " \u2013 KNZ\n\nNews In Pictures", "KNZ"),
    (BODY + "\n\u00a9 AAP 2024\nCONTACT US", "AAP"),
    (BODY + "\n\n[Copyright The Jiji Press, Ltd.]", "Jiji Press"),
    (BODY + "\n\n\u00a9 2024 The Associated Press. All rights reserved.", "Associated Press"),
    (BODY + "\n\n- Additional reporting Reuters\n\nPaid Content", "Reuters"),
    ("Talks resume\n\nReuters News\nPosted: Aug 24, 2016 2:30 PM\n\n" + BODY, "Reuters"),
    ("Kelsbury, August 24, 2021 (NNA-OT): " + BODY, "NNA-OT"),
    ("Votes cast: 3,000\nSource: Norland Electoral Commission\n\n" + BODY, "Norland Electoral Commission"),
    (BODY + "\n\nSource: Official website of the President of Norland", "Official website of the President of Norland"),
    (BODY + " He said all members must work together.-VNA", "VNA"),
    ("Talks resume\nBrian\nLatham, Bloomberg\nMarch 30, 2008\n\n" + BODY, "Bloomberg"),
    ("Kelsbury, May 20, IRNA \u2013 " + BODY, "IRNA"),
    ("Press Release: Norland Government\n\n" + BODY, "Norland Government"),
    ("Votes: 3,000\nSource: NEC\n\n" + BODY, "NEC"),
])
def test_credit_line(nlp, text, source):
    assert source in credited(nlp, text)


@pytest.mark.parametrize("text, url", [
    (BODY + "\n\nSource: Twitter", OTHER),
    ("Lina Varn, Tarvia\n\n" + BODY, OTHER),  # a name and a place, no agency
    ("Jane Roe, Norland Herald\n\n" + BODY, OTHER),  # the page's own writer
    ("Votes: 3,000\nSource: NH\n\n" + BODY, OTHER),  # the site's own initials
    (BODY + "\n\nSource: Norland Audiovisual Service", OTHER),
    ("Kelsbury, 11 October 2021 (NH): " + BODY, OTHER),  # the site's own initials
    ("Kelsbury, 11 October 2021 (KDI): " + BODY, "https://kelsburydailyinsight.example/x"),
    (BODY + "\n\u00a9 AAP 2024", "https://www.aap.com.au/news/x"),  # the agency's own site
])
def test_no_credit(nlp, text, url):
    assert credited(nlp, text, url) == []
