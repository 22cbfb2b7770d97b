"""An indefinite role speaker ('a spokesman said Tuesday', 'A government minister said that ...') is the person
the page names a little further down with that same role word in their own title phrase ('X, a spokesman for
the chancellor, told reporters', 'Finance Minister X said'). Roles many unnamed people share ('a senior
official', 'a source'), another gender's word ('spokesman' for 'spokeswoman') and another country's
spokesman stay as written. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

RALLY = ("Chancellor wary of rally at city square\n\n"
         "VELMORA (AP) - Chancellor Irma Keshet has voiced doubts about plans for a campaign rally by opposition "
         "leader Dario Fenn at the city's main square, a spokesman said Tuesday.\n\n"
         "Keshet has \"little sympathy for turning a national monument into a stage for party politics,\" Anton "
         "Verelst, a spokesman for the chancellor, told reporters.\n\n"
         "A government minister said that the rally organisers had not yet paid the required deposit. The deposit "
         "is due next week, Finance Minister Pavel Orrin said.")

DRILLS = ("Navy drills routine, says ministry\n\n"
          "KORVA, March 3 (Nordpress) -- The navy's recent drills near the coast were part of annual training and "
          "targeted no country, a military spokesperson said at a briefing on Thursday.\n\n"
          "Hanne Rolo, a spokesperson for the Ministry of Defence, said the exercises had been planned a year in "
          "advance.\n\n"
          "A senior official said the ministry would publish the schedule. Deputy Minister Ole Brant, an official "
          "of the planning office, later confirmed the plan.\n\n"
          "A Vestian spokesman said his government was concerned. Mira Sol, a Korvan spokesman, said there was no "
          "reason for concern.\n\n"
          "An opposition spokeswoman said the drills were wasteful. Spokesman Tor Ek of the navy replied that "
          "costs were low.")


def test_agency_lede_spokesman_is_the_spokesman_named_below():
    got = analyze(RALLY)
    assert speaker_of(got.quotes, "Chancellor Irma Keshet has voiced doubts") == "Anton Verelst"


def test_indefinite_minister_is_the_minister_named_next():
    got = analyze(RALLY)
    assert speaker_of(got.quotes, "the rally organisers had not yet paid") == "Pavel Orrin"


def test_lede_spokesperson_is_the_spokesperson_named_below():
    got = analyze(DRILLS)
    assert speaker_of(got.quotes, "The navy's recent drills near the coast") == "Hanne Rolo"


def test_shared_role_stays_a_description():
    got = analyze(DRILLS)
    assert speaker_of(got.quotes, "the ministry would publish the schedule") == "A senior official"


def test_other_country_and_other_word_stay_descriptions():
    got = analyze(DRILLS)
    assert speaker_of(got.quotes, "his government was concerned") == "A Vestian spokesman"
    assert speaker_of(got.quotes, "the drills were wasteful") == "An opposition spokeswoman"


def test_first_line_lede_without_headline_counts_too():
    got = analyze("KORVA, March 3 (Nordpress) -- The navy's recent drills near the coast were part of annual training "
                  "and targeted no country, said a military spokesperson at a briefing on Thursday.\n\n"
                  "Hanne Rolo, a spokesperson for the Ministry of Defence, said the exercises had been planned a year "
                  "in advance.")
    assert speaker_of(got.quotes, "The navy's recent drills near the coast") == "Hanne Rolo"


def test_government_spokesperson_is_not_the_party_spokesperson_below():
    got = analyze("Town fights jail plan\n\n"
                  "A government spokesperson said ministers would meet the town's council later this month.\n\n"
                  "Figures released in May show the jails in the region are almost full.\n\n"
                  "Green Party justice spokesperson Oda Varn said the plan was \"a costly mistake\".")
    assert speaker_of(got.quotes, "ministers would meet the town") == "A government spokesperson"
