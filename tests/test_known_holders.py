"""A speaker given only by office ('the Valdorian foreign minister said') is the one person the page names who held
that office (data/office_holders.tsv; here a fictional table), in the page's year when it has one; several holders,
none named, a holder the page titles with another country, or a year outside the term leave the description.
Texts, people and offices are made up."""
from __future__ import annotations

import pytest

from newsgraph.extract import known_holders
from newsgraph.extract.actors import extract_entities
from newsgraph.extract.quotes import extract_quotes
from newsgraph.model import Quote, Speaker
from quote_helpers import speaker_of

ROWS = [
    ("foreign_minister", "VAL", "2019", "", "Maren Oduya", "Maren Oduyá"),
    ("foreign_minister", "KES", "2018", "", "Tomas Rell", ""),
    ("president", "KES", "2016", "", "Ilse Vartan", ""),
    ("prime_minister", "KES", "2020", "", "Petra Lindqvar", ""),
    ("fm_spokesperson", "VAL", "2021", "", "Jorun Aldewe", ""),
    ("secretary_general", "IGOUNO", "2017", "", "Corin Maddox", ""),
    ("foreign_minister", "VAL", "2005", "2010", "Tomas Rell", ""),
]


@pytest.fixture()
def table(fictional_countries, monkeypatch):
    built = known_holders.build_table(ROWS)
    monkeypatch.setattr(known_holders, "_table", lambda: built)


@pytest.fixture()
def run(nlp, table):
    def _run(text: str, published: str | None = None):
        doc = nlp(text)
        return extract_quotes(doc, extract_entities(doc), published=published)
    return _run


def test_country_office_names_the_one_holder_the_page_names(run):
    got = run("Talks in Mersa make progress\n\n"
              "Valdorias foreign minister says the two delegations have found common ground on grain exports.\n\n"
              "Maren Oduya said the next round would be held in the capital. Oduya added that a deal was close.")
    assert speaker_of(got, "the two delegations") == "Maren Oduya"


def test_bare_office_with_one_named_holder(run):
    got = run("Grain corridor to reopen\n\n"
              "The corridor will reopen next week, a Foreign Ministry spokesperson said on Thursday.\n\n"
              "The ships have waited for a month, spokesperson Jorun Aldewe told a daily news briefing.",
              published="2023-05-04")
    assert speaker_of(got, "The corridor will reopen") == "Jorun Aldewe"


def test_organisation_office_names_its_holder(run):
    got = run("Ceasefire call\n\n"
              "The Secretary-General of the United Nations urged both sides to stop the fighting.\n\n"
              "Maddox spoke by phone with leaders in the region on Monday, the office of Corin Maddox said.")
    assert speaker_of(got, "both sides to stop") == "Corin Maddox"


def _described(nlp, text: str, description: str, published: str | None = None) -> str:
    """The speaker the step gives a statement whose speaker is ``description`` (written after 'Later')."""
    doc = nlp(text)
    index = extract_entities(doc)
    at = text.index("Later") + 6
    q = Quote(id="q1", text="x", start=at, end=at + len(description), kind="indirect",
              speaker=Speaker(name=description, mention=description, start=at, end=at + len(description)))
    known_holders.name_known_holders(doc, index, [q], published)
    return q.speaker.name


def test_year_outside_the_term_keeps_the_description(nlp, table):
    text = ("Talks in Mersa\n\nOn Monday, Maren Oduya met traders in Mersa.\n\n"
            "Later the Valdorian foreign minister said the two delegations had found common ground.")
    assert _described(nlp, text, "the Valdorian foreign minister", "2012-03-01") == "the Valdorian foreign minister"
    assert _described(nlp, text, "the Valdorian foreign minister", "2022-03-01") == "Maren Oduya"


def test_undated_page_knows_a_person_by_their_last_office(nlp, table):
    text = ("Talks in Mersa\n\nOn Monday, Tomas Rell met traders in Mersa.\n\n"
            "Later the Valdorian foreign minister said the two delegations had found common ground.")
    assert _described(nlp, text, "the Valdorian foreign minister") == "the Valdorian foreign minister"
    assert _described(nlp, text, "the Valdorian foreign minister", "2008-06-01") == "Tomas Rell"


def test_two_named_holders_keep_the_description(nlp, table):
    text = ("Ministers meet\n\nMaren Oduya and Tomas Rell met in Mersa on Tuesday.\n\n"
            "Later the foreign minister said the meeting had been useful.")
    assert _described(nlp, text, "the foreign minister") == "the foreign minister"
    assert _described(nlp, text, "the Kestrian foreign minister") == "Tomas Rell"


def test_bare_office_is_not_the_holder_titled_with_another_country(nlp, table):
    text = ("Leaders meet\n\nKestrian Prime Minister Petra Lindqvar arrived in the capital on Monday for talks.\n\n"
            "Later the Prime Minister said the two countries would work together on trade.")
    assert _described(nlp, text, "the Prime Minister") == "the Prime Minister"
    assert _described(nlp, text, "the Kestrian Prime Minister") == "Petra Lindqvar"


def test_read_description():
    read = known_holders.read_description
    assert read("The Egyptian President") == (frozenset({"president"}), frozenset({"EGY"}), False)
    assert read("The head of the Ukrainian Foreign Ministry")[:2] == (frozenset({"foreign_minister"}),
                                                                     frozenset({"UKR"}))
    assert read("UN chief") == (frozenset(), frozenset({"IGOUNO"}), True)
    assert read("a spokesman") is None  # a spokesperson of no named body
    assert read("the Foreign Ministry") is None  # a body, not an office
    assert read("Officials") is None
    assert read("the MEA spokesperson")[1] == frozenset({"IND"})  # the office phrase gives its country
    assert read("the US Health Secretary")[1] == frozenset({"USA"})  # a country the description names comes first


def test_transcript_brackets_do_not_hide_the_holder(nlp, table):
    """A briefing transcript writes the holder with an editorial bracket ('Mr. [Petra] Lindqvar'); the name is the
    table's all the same, so 'the Prime Minister' of the same page is that person (named as the page writes it)."""
    text = ("Daily briefing by the office of the spokesperson\n\n"
            "Later the Prime Minister told reporters the convoy must be let through at once.\n\n"
            "For nearly two weeks, Mr. [Petra] Lindqvar has called for the crossing to open.")
    assert _described(nlp, text, "the Prime Minister") == "Petra] Lindqvar"


def test_byline_names_the_holder_the_body_gives_by_office(table):
    """A briefing whose byline (cut from the text by the cleaner) names the office holder: 'The Secretary-General'
    of the body is that person; with no holder named in the byline the office stays as written."""
    from newsgraph.analyze import analyze

    body = ("\n\nThe Secretary-General welcomed the truce agreed by the two sides in Mersa on Monday night.\n\n"
            "The Secretary-General urged both delegations to resume the talks on grain exports within a week.\n")
    head = "Truce in Mersa welcomed - noon briefing highlights\n\nHIGHLIGHTS OF THE NOON BRIEFING\n\n"
    named = analyze(head + "BY JORUN ALDEWE, ASSOCIATE SPOKESMAN FOR SECRETARY-GENERAL CORIN MADDOX" + body)
    assert speaker_of(named.quotes, "both delegations to resume") == "Corin Maddox"
    unnamed = analyze(head + "BY JORUN ALDEWE, ASSOCIATE SPOKESMAN" + body)
    assert speaker_of(unnamed.quotes, "both delegations to resume") == "The Secretary-General"


def test_byline_holders():
    holders = known_holders._byline_holders
    built = known_holders.build_table(ROWS)
    import pytest as _pt
    with _pt.MonkeyPatch.context() as mp:
        mp.setattr(known_holders, "_table", lambda: built)
        got = holders(["BY JORUN ALDEWE, ASSOCIATE SPOKESMAN FOR SECRETARY-GENERAL CORIN MADDOX"])
        assert sorted(h.name for h, _ in got) == ["Corin Maddox", "Jorun Aldewe"]
        assert holders(["By a staff reporter"]) == []


def test_placeless_subject_phrase_office_names_the_holder(run):
    """'... a summit where the PM will urge ...': a common-noun subject the speaker rules keep as a phrase with no
    place in the text is read against the table too."""
    got = run("Petra Lindqvar hosts grain talks\n\n"
              "The meeting comes ahead of a summit where the PM will urge lower tariffs on grain.\n\n"
              "The talks open on Monday.", published="2023-05-04")
    assert speaker_of(got, "lower tariffs on grain") == "Petra Lindqvar"
