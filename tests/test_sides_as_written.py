"""'Both sides' / 'both parties' of no call or meeting the page establishes between two people, and not two named
together before them, are the sides as written: not the last two names before them (a venue and a city), nor a
pair read off a meeting with a group ('to meet rebel representatives', then a president named after it). Where the
page opens on talks between two people, 'Both sides' stays those two. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

NO_PAIR = ("Press release on the talks of Foreign Minister Arvo Tamm\n\n"
           "On May 4, Foreign Minister Arvo Tamm received a visiting delegation from the Coastal Union at the "
           "Harbour Palace in Port Aldis.\n\n"
           "The officials discussed the situation in the Halvar Strait. Both sides reaffirmed their resolve to "
           "work together for calm in the region, including through the Coastal Union.\n\n"
           "Ministry of Foreign Affairs of Norland")

GROUP_MEETING = ("Norland government, Red Brigade rebels to resume peace talks\n\n"
                 "LORMUND, May 4 (Nordpress) - Norland's government and the Red Brigade rebel group will resume "
                 "peace negotiations in June, both parties said late on Tuesday.\n\n"
                 "Peace envoy Piet Varo traveled to Kessel last week to meet rebel representatives, shortly after "
                 "President Tomas Lind was sworn in.\n\n"
                 "\"Dialogue is the only way forward,\" Varo told reporters.")

TWO_PEOPLE = ("Foreign Minister Tamm meets his Estavian counterpart\n\n"
              "On May 4, Foreign Minister Arvo Tamm held talks with Foreign Minister Lena Varga of Estavia at the "
              "Harbour Palace in Port Aldis.\n\n"
              "Both sides reaffirmed their resolve to work together for calm in the Halvar Strait.")


def test_both_sides_of_no_pair_stay_as_written():
    got = analyze(NO_PAIR)
    assert speaker_of(got.quotes, "to work together for calm in the region") == "Both sides"


def test_a_meeting_with_a_group_gives_no_pair():
    got = analyze(GROUP_MEETING)
    assert speaker_of(got.quotes, "Norland's government and the Red Brigade") == "both parties"


def test_both_sides_of_talks_between_two_people_are_the_two():
    got = analyze(TWO_PEOPLE)
    assert speaker_of(got.quotes, "to work together for calm") == "Arvo Tamm and Lena Varga"
