"""A title or description subject whose holder the page names right after it (named_descriptions.py): 'the state
news agency X reported' parsed as two subjects or an apposition; 'MP for <place>, <name>,' with the place tagged
as a person and the name missed; 'Deputy Minister for Foreign Affairs <surname>', then 'The Deputy Minister'.
Texts are made up."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.named_descriptions import name_after_description
from newsgraph.extract.quotes import extract_quotes
from quote_helpers import pairs, quote_runner, speaker_of


def test_agency_and_its_name_as_two_subjects(nlp):
    got = quote_runner(nlp)("Ferry sinks off Vardo\n\nTransport Minister Ilka Sorvan, visiting the harbour on Monday, "
                            "promised a full inquiry into the sinking, the state news agency Tarvo reported.")
    assert speaker_of(got, "Transport Minister Ilka Sorvan") == "Tarvo"


def test_agency_and_its_name_in_apposition(nlp):
    got = quote_runner(nlp)("Rebels offered amnesty\n\nMeanwhile, the official Norland news agency Nelta is reporting "
                            "that fighters who lay down arms can \"benefit from a general pardon\" if they surrender "
                            "by Friday.")
    assert {name for name, _ in pairs(got)} == {"Nelta"}


def test_a_date_after_the_subject_is_no_name(nlp):
    doc = nlp("The harbour will reopen on Monday, the ministry Tuesday said.")
    ministry = next(t for t in doc if t.lower_ == "ministry")
    assert name_after_description(ministry) is None
    got = quote_runner(nlp)("Port reopens\n\nThe harbour will reopen on Monday, the ministry Tuesday said.")
    assert speaker_of(got, "The harbour will reopen") == "the ministry"


def test_a_bare_noun_subject_is_left_alone(nlp):
    doc = nlp("Officials said the bridge would close.")
    officials = next(t for t in doc if t.lower_ == "officials")
    assert name_after_description(officials) is None


def test_untagged_name_after_a_place_taken_for_a_person(nlp):
    text = ("Rail fares\n\nLabour MP for Marlow South, Bridget Morrow, said the decision was \"a kick in the teeth "
            "for passengers who were promised relief\".")
    doc = nlp(text)
    place = text.index("Marlow South")
    # the tagger's mistake on a real page: the place read as a person, the member's name not tagged at all
    doc.ents = [doc.char_span(place, place + len("Marlow South"), label="PERSON")]
    got = extract_quotes(doc, extract_entities(doc))
    assert speaker_of(got, "a kick in the teeth") == "Bridget Morrow"


TALKS = ("Briefing given by the Chief Cabinet Secretary\n\n"
         "REPORTER: How does the Government view the incursion?\n\n"
         "CHIEF CABINET SECRETARY OKADA: This morning, Deputy Minister for Foreign Affairs Tamura summoned the "
         "Valdorian Ambassador to the Ministry and lodged a protest. The Deputy Minister also stressed that Japan "
         "cannot accept the claims and urged the Valdorian side to act responsibly.")


def test_deputy_minister_named_by_bare_surname_before(nlp):
    got = quote_runner(nlp)(TALKS, "indirect")
    names = {name for name, text in pairs(got) if "cannot accept" in text or "act responsibly" in text}
    assert names == {"Tamura"}


def test_no_holder_when_the_title_names_nobody(nlp):
    text = ("Talks on fisheries\n\nThe Minister for Foreign Affairs met the envoy on Monday. The Minister also "
            "stressed that the quotas must be respected.")
    names = {name for name, text in pairs(quote_runner(nlp)(text, "indirect")) if "quotas" in text}
    assert "Affairs" not in names and "Foreign Affairs" not in names
