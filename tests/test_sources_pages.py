"""A page of its owner's own that something was said or published on is credited as that owner's publication
('announced on its website that ...', 'wrote in his Orland Law Blog'); a social-media site, a statement posted on
a website (the statement is the source), a negated verb and a self-description are not (session 9, src5)."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, name", [
    ("On Thursday, the Velta Forestry Service said on its website that permits would be handed out from May.",
     "website of the Velta Forestry Service"),
    ('Ilse Varga says this about herself on her website: "Born in Orland, I moved to Harwick at age 13."',
     "website of Ilse Varga"),
    ("Tomas Brel wrote on the league's website on Tuesday that the Harwick Taxpayers League stands for lower taxes.",
     "website of league"),
    ("Harwick Taxpayers League organizer Tomas Brel wrote on the group's website that the league stands for lower taxes.",
     "website of Harwick Taxpayers League"),
    ('"This is a fair question for the court," he wrote in his widely read Orland Law Blog.', "Orland Law Blog"),
])
def test_a_page_something_was_said_on_is_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text, names", [
    ('"He is lying again," Varga said on the social media site.', []),
    ("Varga said in a statement posted on the ministry's website that she would resign.", ["statement by Varga"]),
    ("The Harwick Taxpayers League posted a video on its website.", []),
    ("The group's website presents it as independent of any party.", []),
    ("The ministry did not say on its website whether the talks would resume.", []),
    ("Brel's article was initially re-posted on Ilse Varga's website, but it was later taken down.", []),
])
def test_other_pages_are_not_credited(nlp, text, names):
    assert [n for n, _ in sources(nlp, text)] == names
