"""Words of a document go to whoever issued it (extract/document_speakers.py): 'the resolution said' after 'X
adopted a resolution' is X's; the document phrase stays the speaker when the article names no issuer. Texts are
made up; each issuer test fails without the rule (the speaker would be the document phrase or the last publisher)."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.document_speakers import antecedents, document_words, own_issuer
from quote_helpers import pairs, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def speaker_of(quotes, words: str) -> str | None:
    for name, text in pairs(quotes):
        if words in text:
            return name
    raise AssertionError(f"no quote holding {words!r} in {pairs(quotes)}")


def test_resolution_adopted_earlier_is_the_bodys(run):
    got = run("The National Farmers Alliance adopted a resolution on Tuesday at its convention in Omaha. Delegates "
              "debated the text for hours.\n\nThe resolution said the group would oppose the new grain tariffs.")
    assert speaker_of(got, "oppose the new grain tariffs") == "National Farmers Alliance"


def test_indictment_released_paragraphs_before_is_the_departments(run):
    """The nearest earlier indictment is 'Today\'s indictment' (a date, no issuer): the one released by X counts."""
    filler = " ".join(["The couple has denied any wrongdoing and their lawyers have asked for a delay."] * 4)
    got = run("In a 40-page indictment released by the Justice Department, the mayor and his wife are charged with "
              f"spending city funds on vacations.\n\n{filler}\n\nA rival said today\u2019s indictment shows the rot in "
              "city hall.\n\nBeyond the vacations, the indictment said expenses included dental work and concert "
              "tickets.", "indirect")
    assert speaker_of(got, "expenses included dental work") == "Justice Department"


def test_another_noun_of_the_family_takes_up_the_statement(run):
    got = run("The Tidewater Taxpayers League fired off a statement to the council within hours. The missive "
              "accused the council of wasting money on the stadium.", "indirect")
    assert speaker_of(got, "wasting money") == "Tidewater Taxpayers League"


def test_two_bodies_named_together_filed_it(run):
    got = run("The governor vowed to defend the law after Kansas and Missouri asked the Supreme Court to strike it "
              "down.\n\nThe two states filed a lawsuit last month asking judges to block it. The lawsuit says the law harms their "
              "farmers.", "indirect")
    assert speaker_of(got, "harms their farmers") == "Kansas and Missouri"


def test_issuer_description_takes_the_body_its_modifiers_name(run):
    got = run("The nearby Springfield Tea Party had an all-hands response to the plan of the Civic League. In a "
              "matter of hours, the Springfield group fired off to the Civic League the statement demanding a vote. "
              "The missive accused the Civic League of wasting money on the stadium.", "indirect")
    assert speaker_of(got, "wasting money") == "Springfield Tea Party"


def test_the_report_is_what_an_outlet_reported(run):
    got = run("The Atlantic reported on Monday that the senator had received messages from the Acme Group. The Acme "
              "Group published the files a day later.\n\nAccording to the report, the messages were part of a long "
              "exchange between the two.", "indirect")
    assert speaker_of(got, "part of a long exchange") == "Atlantic"


def test_signature_names_the_writer(run):
    got = run("The cable, sent under Ambassador Laura Benning's signature, warned that the militias were growing "
              "stronger.", "indirect")
    assert speaker_of(got, "militias were growing") == "Laura Benning"


def test_no_issuer_named_keeps_the_document(run):
    got = run("A federal grand jury returned the charges on Friday. The indictments said the officers hacked the "
              "party's servers in March.", "indirect")
    assert speaker_of(got, "hacked the party's servers") == "The indictments"


def test_court_papers_without_issuer_are_not_the_last_publisher(run):
    got = run("CNN reported on Thursday that agents had raided the consultant's home. The 24-page indictment "
              "unsealed on Friday alleges that the consultant lied to the committee.", "indirect")
    assert speaker_of(got, "lied to the committee") == "The 24-page indictment"


def test_possessive_of_an_indictment_is_not_its_issuer(run):
    filler = "\n\n".join(["The hearing drew a large crowd and the judge set a trial date for the spring."] * 36)
    got = run(f"Grady's indictment was unsealed on Friday in Miami.\n\n{filler}\n\nThe indictment alleges that "
              "Grady lied to the committee about his contacts.", "indirect")
    assert speaker_of(got, "lied to the committee") == "The indictment"


def test_it_after_a_released_statement_is_its_issuer(run):
    """Kept from speakers.py's 'it' branch, now served by document_it (a guard for the merge)."""
    got = run("The Harbor Workers Union released a statement on Monday night. It says the strike will go on until "
              "the port pays overtime.", "indirect")
    assert speaker_of(got, "strike will go on") == "Harbor Workers Union"


def test_own_issuer_and_antecedents(nlp):
    doc = nlp("Senator Ruth Alder sent a letter to the board. The panel met on Monday. The letter asked for an "
              "audit of the fund.")
    index = extract_entities(doc)
    letters = [t for t in doc if t.lower_ == "letter"]
    assert [t.i for t in antecedents(letters[1], index)] == [letters[0].i]
    release = nlp("a statement released by the Harbor Authority on Monday")
    head = next(t for t in release if t.lower_ == "statement")
    assert own_issuer(head, extract_entities(release)).text == "Authority"


def test_lexicon_reads_once():
    words = document_words()
    assert words is document_words()
    assert {"adopt", "file", "release"} <= words.issue_verbs
    assert words.family["missive"] == words.family["statement"]


def test_the_statement_is_the_last_one_issued_before_it(run):
    got = run("\"The two ministers spoke on Tuesday,\" the Foreign Ministry of Valdoria said in a statement.\n\n"
              "\"They agreed to meet again soon,\" the statement added.\n\n"
              "Orla Penn, spokeswoman for the Marlovian embassy, said in a separate statement that the call was "
              "useful.")
    q = next(q for q in got if q.text.startswith("They agreed to meet"))
    assert q.speaker is not None and "Penn" not in q.speaker.name


def test_the_issuer_before_wins_over_the_owner_named_further_on(run):
    got = run("A group of nearly 40 teachers connected to the old college has sent Senator Ruth Ambler a letter "
              "saying she misread the school charter.\n\n"
              "\"We value your interest in our work,\" the letter states.\n\n"
              "Ambler said the charter supported her plan.\n\n"
              "The Ardmore University letter argues, though, that the plan cuts the library budget.")
    q = next(q for q in got if q.text.startswith("We value your interest"))
    assert q.speaker is not None and q.speaker.name.startswith("A group of nearly 40 teachers")


def test_the_statement_after_a_body_spoke_is_the_bodys(run):
    got = run("\"President Marr spoke today by telephone with Prime Minister Oduya,\" the Kremlin said on "
              "Thursday.\n\n"
              "\"The president stressed the close ties between both countries,\" the statement said.")
    q = next(q for q in got if q.text.startswith("The president stressed"))
    assert q.speaker is not None and q.speaker.name == "Kremlin"


def test_the_statement_after_a_person_spoke_stays_the_statement(run):
    got = run("\"We spoke today by telephone,\" President Ilan Marr said on Thursday.\n\n"
              "\"The president stressed the close ties between both countries,\" the statement said.")
    q = next(q for q in got if q.text.startswith("The president stressed"))
    assert q.speaker is not None and q.speaker.name == "the statement"


def test_the_statement_after_a_named_office_is_the_offices(run):
    """A body the NER leaves without an entity ('the Prime Minister's Office') still issued the statement."""
    got = run("President Tom Arlo on Monday invited Prime Minister Jan Voss to Kelsbury at the \u201cearliest "
              "date,\u201d according to the Prime Minister\u2019s Office.\n"
              "Arlo and Voss \u201chad a warm and friendly conversation,\u201d the statement said.")
    assert speaker_of(got, "had a warm and friendly conversation") == "Prime Minister\u2019s Office"


def test_the_statement_after_an_uncapitalised_body_stays_the_statement(run):
    got = run("President Tom Arlo on Monday invited Prime Minister Jan Voss to Kelsbury at the \u201cearliest "
              "date,\u201d according to the country\u2019s foreign ministry.\n"
              "Arlo and Voss \u201chad a warm and friendly conversation,\u201d the statement said.")
    assert speaker_of(got, "had a warm and friendly conversation") == "the statement"


def test_it_after_the_statement_is_the_statement_past_a_person_subject(run):
    """'X also congratulated Y, it says': 'it' stands for no person, so for the statement of the sentence before,
    not for a place named in a quotation running over two paragraphs."""
    got = run("The Velmark press service released a statement on Monday after the call.\n\n"
              "The presidents also \"discussed the gas transit. They agreed to keep in touch.\n\n"
              "Bearing in mind the talks in Kelsbury, the two ministers will meet again soon,\" the statement says.\n\n"
              "President Tom Arlo also congratulated President Jan Voss on the winter festival, it says.",
              "indirect")
    assert speaker_of(got, "congratulated President Jan Voss") == "The Velmark press service"
