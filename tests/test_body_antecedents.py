"""A definite body description as speaker ('the party', 'The armed faction', 'the UN health agency') is the
organisation the page names when its name does not hold the noun: the one that spoke as the subject of the
sentences just before, one the page introduced with that noun, or the one UN agency the page names. With nobody
to stand for, or another kind of body before it, the description stays."""
from __future__ import annotations

from quote_helpers import analyzed_speaker_of as _speaker_of

PARTY = ("Norland party back in regional cabinet\n\nThe Northern Unity Front has said its three councillors will "
         "go back to the regional cabinet next week.\n\nThe party walked out of the cabinet in March over a row "
         "about the budget.\n\nIn a statement the party said the row had now been settled.\n\nIt said the "
         "finance minister had agreed to its demands.")


def test_party_is_the_body_that_spoke_before(nlp):
    assert _speaker_of(PARTY, "the row had now been settled") == "Northern Unity Front"
    assert _speaker_of(PARTY, "the finance minister had agreed") == "Northern Unity Front"


def test_faction_after_a_dateline_subject(nlp):
    text = ("VELLEN (Wire) - The FLNK said on Thursday it would free four hostages held since the spring.\n\n"
            "The armed faction said its commanders had agreed the release at a meeting in the hills.")
    assert _speaker_of(text, "its commanders had agreed") == "FLNK"


def test_opposition_introduced_with_the_noun(nlp):
    text = ("Ballot complaint\n\nThe opposition Alliance for Renewal (AFR) claimed on Sunday that ballot boxes in "
            "the capital had been stuffed.\n\nAFR spokesman Tomas Wend told reporters the party would file a "
            "complaint.\n\nThe opposition also said two of its observers had been turned away from polling stations.")
    assert _speaker_of(text, "two of its observers") == "Alliance for Renewal"


def test_un_agency_the_page_names(nlp):
    text = ("Cholera in the camps\n\nThe World Health Organization warned on Tuesday that cholera cases in Kestria "
            "had doubled in a week.\n\nThe United Nations' health agency says clean water is running short in three "
            "camps.\n\nOfficials in Norland said they had flown in tents.\n\n"
            '"Every day without water costs lives," the UN health agency said.')
    assert _speaker_of(text, "clean water is running short") == "World Health Organization"
    assert _speaker_of(text, "Every day without water") == "World Health Organization"


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
