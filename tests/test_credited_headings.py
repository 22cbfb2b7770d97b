"""Headings that credit their statement to a name after a colon or a dash (credited_headings.py): agency and BBC
headings put the speaker last, with no cue verb. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_colon_heading_credits_the_person_named_below():
    got = _indirect("Vostria seeks calm on every border: Tamsin on unrest in Karenia\n\n"
                    "KARSHAN, Aug 17 (KNA) Union minister Meera Tamsin on Tuesday said the country was following "
                    "the unrest in Karenia closely. She spoke at a press conference at the party office.")
    assert ("Meera Tamsin", "Vostria seeks calm on every border") in got


def test_title_before_the_name_after_the_colon():
    got = _indirect("President Dorvan has taken decision on ministers: Minister Halim\n\n"
                    "Tesvik (Norpress) - Coordinating Minister Rizal Halim on Monday confirmed that the president had "
                    "finished his review of the cabinet.")
    assert ("Rizal Halim", "President Dorvan has taken decision on ministers") in got


def test_dash_heading_with_a_quoted_fragment():
    got = _indirect("Budget cuts 'could be reversed in spring' - Halden\n\n"
                    "Finance Minister Petra Halden says some budget cuts could be reversed as early as next spring.")
    assert ("Petra Halden", "Budget cuts 'could be reversed in spring'") in got


def test_labels_bodies_and_headlines_with_their_own_verb_credit_nothing():
    for text in ("Dornland war: Kessel visits Arlen\n\nARLEN, May 2 (Reuters) - Foreign Minister Amos Kessel "
                 "arrived in Arlen on Tuesday for talks.",
                 "Floods: Halden\n\nFinance Minister Petra Halden visited the flooded towns on Sunday.",
                 "Three killed in Dalmen bus crash - police\n\nThree people died when a bus left the road near "
                 "Dalmen early on Sunday, police said.",
                 "Minister Kessel meets his Vostrian counterpart: photo gallery\n\nForeign Minister Amos Kessel "
                 "met his Vostrian counterpart on Tuesday."):
        head = text.split("\n")[0]
        assert not any(t in head for _, t in _indirect(text)), text
