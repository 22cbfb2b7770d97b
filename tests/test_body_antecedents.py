"""A definite body description as speaker ('the party', 'The armed faction', 'the UN health agency') is the
organisation the page names when its name does not hold the noun: the one that spoke as the subject of the
sentences just before, one the page introduced with that noun, or the one UN agency the page names. With nobody
to stand for, or another kind of body before it, the description stays."""
from __future__ import annotations


def _speakers(text):
    from newsgraph.analyze import analyze

    return {q.text: (q.speaker.name if q.speaker else None) for q in analyze(text).quotes}


def _speaker_of(text, start):
    found = [name for t, name in _speakers(text).items() if t.startswith(start)]
    assert found, start
    return found[0]


PARTY = ("Norland party rejoins regional cabinet\n\nThe Northern Unity Front has said its ministers have resumed "
         "their posts following the publication of a report on Tuesday.\n\nThe party had been moving its ministers "
         "in and out of the cabinet after the crisis.\n\nIn a statement the party said its ministers would be "
         "reappointed on Wednesday.\n\nIt said this was as it now had a new assessment of the security situation.")


def test_party_is_the_body_that_spoke_before(nlp):
    assert _speaker_of(PARTY, "its ministers would be reappointed") == "Northern Unity Front"
    assert _speaker_of(PARTY, "this was as it now had") == "Northern Unity Front"


def test_faction_after_a_dateline_subject(nlp):
    text = ("CAIRO (Wire) - The FLNK said on Monday that it had accepted a ceasefire proposal from the mediators.\n\n"
            "The armed faction said in a statement that its chief had informed the mediators of its acceptance.")
    assert _speaker_of(text, "its chief had informed") == "FLNK"


def test_opposition_introduced_with_the_noun(nlp):
    text = ("Opposition says count was rigged\n\nThe opposition Alliance for Renewal (AFR) said on Sunday that the "
            "count in the capital had been rigged.\n\nAFR spokesman Tomas Wend told reporters the party would go to "
            "court.\n\nThe opposition also said one of its poll agents had been beaten at his home.")
    assert _speaker_of(text, "one of its poll agents") == "Alliance for Renewal"


def test_un_agency_the_page_names(nlp):
    text = ("Health agency warns on outbreak\n\nThe World Health Organization said on Tuesday that the outbreak in "
            "Kestria was spreading faster than expected.\n\nThe United Nations' health agency says it remains "
            "concerned by the shortage of vaccines.\n\nOfficials in Norland said they had sent doctors.\n\n"
            '"We are seeing more cases every day," the UN health agency said in a statement.')
    assert _speaker_of(text, "it remains concerned") == "World Health Organization"
    assert _speaker_of(text, "We are seeing more cases") == "World Health Organization"


def test_description_stays_without_a_body_to_stand_for(nlp):
    # a company spoke before, then a person: 'The party' is neither
    text = ("Company and party trade blows\n\nVelmar Holdings said on Tuesday it would close two plants in the "
            "north.\n\nOpposition leader Dana Pirel criticised the decision.\n\nThe party said the closures would "
            "cost thousands of jobs.")
    assert _speaker_of(text, "the closures would cost") == "The party"
    # two UN agencies named and nothing to choose between them: 'The UN agency' stays
    text = ("Aid pledged\n\nThe World Health Organization said it would send vaccines to Norland.\n\nUNICEF said "
            "it would send food.\n\nThe UN agency said more help was needed.")
    assert _speaker_of(text, "more help was needed") == "The UN agency"
