"""A headline in sentence case whose cue verb takes a noun phrase the parser does not read as a clause ('Kestovia
vows firm response to new tariffs', 'Marek says nothing left to discuss ... but the date'): as in a title-case
headline, the words before the verb speak and the words after it are what was said; a plural noun that looks like a
cue ('Storm spurs calls for ...') is none. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze


def _headline_indirect(text: str):
    end = text.find("\n")
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes
            if q.kind == "indirect" and q.start < end]


def test_vows_a_noun_phrase():
    got = _headline_indirect("Kestovia vows firm response to new tariffs on grain\n\nKELD (Norpress) -- The "
                             "Kestovian government on Monday promised to answer the tariffs Orvania imposed on its "
                             "grain last week.\n")
    assert [t for _, t in got] == ["firm response to new tariffs on grain"], got


def test_says_a_verbless_statement():
    got = _headline_indirect("Marek says nothing left to discuss with Orvania but the date\n\nVESSARA (Norpress) -- "
                             "Foreign Minister Tomas Marek of Kestovia said on Tuesday that talks with Orvania had "
                             "settled every point of the treaty.\n")
    assert got and got[0][1].startswith("nothing left to discuss") and got[0][0].endswith("Marek"), got


def test_plural_noun_is_no_cue():
    got = _headline_indirect("Flooding spurs calls for new river defences in Lisk\n\nLISK (Norpress) -- Residents "
                             "of the town met on Monday after the river burst its banks for the third time.\n")
    assert got == [], got
