"""A source taken up again after it was credited (session 11): "the paper said", "the newspaper also claimed",
"Pyongyang's news agency blamed", a closing "..., it added." or "..., it says." after an outlet or a statement, an
outlet's name written between quotation marks, and a quotation closed by a mark glued to its last word when it
was opened in an earlier paragraph without a mark of its own; closing credits the tagger misreads; plural reports
of unnamed people ("reports from delegates"), which are people speaking."""
from __future__ import annotations

import pytest

from source_helpers import sources


def test_an_outlet_named_between_quotation_marks_is_credited(nlp):
    text = ('Lusovia\'s "Weekly Courier" newspaper on Monday reported that the talks involved a former rebel '
            'commander.\n\n"They keep moving the goalposts," "Weekly Courier" quoted one adviser as saying.')
    assert [n for n, _ in sources(nlp, text)] == ["Weekly Courier", "Weekly Courier"]


def test_the_paper_and_a_closing_it_added_take_up_the_outlet(nlp):
    text = ('Lusovia\'s "Weekly Courier" newspaper on Monday reported that the talks involved a former rebel '
            'commander.\n\nThe rebels want a share of power, the paper said.\n\n'
            'The government has offered no such thing, it added.')
    assert [n for n, _ in sources(nlp, text)] == ["Weekly Courier"] * 3


def test_a_closing_it_added_takes_up_a_named_outlet(nlp):
    text = ("The army has held secret talks with the rebels, the Norland Times said on Monday.\n\n"
            "The talks began in March, it added.")
    assert [n for n, _ in sources(nlp, text)] == ["Norland Times", "Norland Times"]


def test_it_before_its_words_is_not_taken_up(nlp):
    text = "The army has held secret talks with the rebels, the Norland Times said on Monday. It added a unit."
    assert [n for n, _ in sources(nlp, text)] == ["Norland Times"]


def test_the_statement_says_and_it_says_take_up_the_statement(nlp):
    text = ('The ministry said in a statement that the border was calm.\n\n"Troops stay in place. The talks will '
            'resume," the statement says.\n\nThe minister also thanked the envoy, it says.')
    assert [n for n, _ in sources(nlp, text)] == ["statement by ministry"] * 3


def test_a_quotation_over_two_paragraphs_closed_by_a_glued_mark(nlp):
    text = ('The ministry issued a statement on the talks.\n\n"The border is calm. Troops stay in place.\n\n'
            'The talks will resume on Friday," the statement says.')
    assert [n for n, _ in sources(nlp, text)] == ["statement by ministry", "statement by ministry"]


@pytest.mark.parametrize("text, name", [
    ("The Norland Courier claimed the minister had lied.\n\nThe newspaper also claimed the army was short of fuel.",
     "Norland Courier"),
    ("Norpress news agency said the border was calm.\n\nThe agency accused Lusovia of provoking the clashes.",
     "Norpress news agency"),
    ("State news agency Norpress said the border was calm.\n\nThe country's news agency blamed Lusovia for the "
     "clashes.", "Norpress"),
])
def test_an_outlet_taken_up_with_a_claim_or_a_verdict(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name, name]


@pytest.mark.parametrize("text", [
    "The network claimed responsibility for the attack.",
    "Other media outlets pointed out that the rule was new.",
    "The agency blamed the storm for the delays.",
])
def test_no_outlet_credited(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("The talks were held on Thursday, the paper reports.", "paper"),
    ("The talks were held on Thursday, the state news agency reports.", "state news agency"),
    ("The talks were held on Thursday, the Kremlin press service reports.", "Kremlin press service"),
    ("The talks went well, the envoy was quoted as saying by Lusovian news agencies.", "Lusovian news agencies"),
    ("The talks went well, the envoy was quoted as saying by Interfax.", "Interfax"),
])
def test_closing_credits_the_tagger_misreads(nlp, text, name):
    """A closing "reports." read as a plural noun; "quoted as saying by X", where "by" hangs on "saying"."""
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "The press service reports were late.",
    "He read the press office reports.",
    "The envoy was quoted as saying by his aides that the talks went well.",
])
def test_no_closing_credit(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The agency said the drills were a provocation, contradicting reports from Lusovian delegates suggesting the "
    "leader did not oppose them.",
    "Reports from officials suggested the talks had failed.",
])
def test_reports_of_unnamed_people_are_people_speaking(nlp, text):
    assert [n for n, _ in sources(nlp, text) if n.lower().startswith("report")] == []


@pytest.mark.parametrize("text, name", [
    ("A report by two senators found the agency had failed.", "report by two senators"),
    ("Reports by local journalists said the troops had left.", "Reports by local journalists"),
])
def test_a_report_of_named_or_media_authors_stays_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


def test_the_news_agency_told_is_the_agency_named_before(nlp):
    text = ("The two leaders agreed to coordinate their efforts, the Norpress news agency reported. The president "
            "also thanked his guest, the presidential press service told the news agency.")
    assert [name for name, _ in sources(nlp, text)] == ["Norpress news agency"] * 2
