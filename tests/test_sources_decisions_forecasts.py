"""Sources credited, session 22 (fictional names):

- a statement's issuer given by a description the quote step resolved ('"...," the agency said in a statement' after
  the Velmar Wildlife Service was named) is named as that speaker (source_agents.named_speaker);
- decisions, verdicts and judgments credited when they find, declare or state something ('The June decision found
  that ...', 'the decision of the court, which declared that ...'), not when they anger or show (decision_nouns,
  decision_verbs); resolutions as the agent of a reporting or demand verb ('as demanded by the resolutions of ...');
- UN meeting readouts: 'heard a statement by X, Minister of Y, who said that ...' (a relative clause on the author);
- forecasters: 'the growth rate projected by the IMF', 'X, Y and Z projected smaller increases' (forecast_verbs).
"""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, name", [
    ("The Velmar Wildlife Service said on Thursday it would again allow imports.\n\n"
     "\"Regulated hunting can benefit certain species,\" the agency said in a statement.",
     "statement by Velmar Wildlife Service"),
    ("Senator Rhona Quist, who chairs the foreign affairs committee, criticised the decision.\n\n"
     "\"The administration should reverse course,\" the committee chairwoman said in a statement.",
     "statement by Rhona Quist"),
    ("Mayor Aldo Brenn was taken to Port Talbeck General Hospital after the shooting.\n\n"
     "In a statement on Wednesday night, the hospital said Brenn had suffered a single wound to the leg.",
     "statement by Port Talbeck General Hospital"),
])
def test_described_issuer_is_named_as_the_speaker(nlp, text, name):
    assert [n for n, _ in sources(nlp, text, quotes=True)] == [name]


def test_unresolved_issuer_keeps_its_words(nlp):
    text = "The ministry said in a statement that the measure would last ten days."
    assert [n for n, _ in sources(nlp, text, quotes=True)] == ["statement by ministry"]


@pytest.mark.parametrize("text, name", [
    ("The Kelvanian Supreme Court ruled in June on benefits.\n\nThe June decision found that married couples "
     "were entitled to benefits, but left open how they would be paid.", "decision"),
    ("Envoy Rana Solt accepts the decision of the Constitutional Court of Tarnia, which declared that "
     "ballots from 13 districts must be counted again.", "decision by Constitutional Court of Tarnia"),
    ("The verdict stated that the former mayor had accepted bribes on at least four occasions.", "verdict"),
    ("The troops must be withdrawn from the occupied districts, as demanded by the relevant resolutions of the "
     "UN Security Council, the minister said.", "relevant resolutions by UN Security Council"),
])
def test_decisions_and_resolutions_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "The decision to close the border was taken on Monday.",
    "The government's decision angered farmers, who said they would protest.",
    "The decision was welcomed by the opposition, which said it was overdue.",
    "He made the decision to resign after the vote.",
    "The decision shows that the government is serious about reform.",
])
def test_decisions_as_news_are_no_credit(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("The Council also heard a statement by Mara Voss, Minister of Justice of Tarnia, who said the Council helped "
     "States to uphold their obligations.", "statement by Mara Voss"),
    ("The Council heard a statement by Piet Oranje, Deputy Foreign Minister of Norland, who stressed that dialogue "
     "was the only way forward.", "statement by Piet Oranje"),
])
def test_statement_heard_with_its_authors_words(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


def test_heard_from_a_person_is_no_credit(nlp):
    assert sources(nlp, "The Council heard from Mara Voss, who said the reforms were on track.") == []


@pytest.mark.parametrize("text, names", [
    ("Output may stall in the spring, well short of the 1.8 percent expansion projected by the International "
     "Monetary Fund.", ["International Monetary Fund"]),
    ("The deficit, estimated by the Finance Ministry at 4 percent of output, is the highest in a decade.",
     ["Finance Ministry"]),
    ("The Tarnian Institute for Economic Research projected growth of 1.4 percent in 2025.",
     ["Tarnian Institute for Economic Research"]),
    ("Halver Bank, Coriston Capital and Mendel Advisors projected that exports would recover by a quarter "
     "of that.", ["Halver Bank", "Coriston Capital", "Mendel Advisors"]),
    ("Halver Bank, Coriston Capital and Mendel Advisors projected smaller increases.",
     ["Halver Bank", "Coriston Capital", "Mendel Advisors"]),
    ("The Velmar Statistics Office estimated unemployment at 7.1 percent in March.", ["Velmar Statistics Office"]),
])
def test_forecasters_credited(nlp, text, names):
    assert [n for n, _ in sources(nlp, text)] == names


@pytest.mark.parametrize("text", [
    "Velcorp projected confidence at its annual meeting.",
    "The army projected power across the border, the minister said.",
    "Chief Executive Ana Ruiz projected growth of 3 percent.",
    # a company's or a club's estimate of its own figures is news, not a source
    "Vostra Holdings projected sales of 2 million units next year.",
    "Kelsbury United estimated the cost of the new stand at 40 million pounds.",
    "The Halver Group estimated damage of about 3 million dollars after the fire.",
    "Tarvel Motors forecast a rise in sales of 5 percent for the coming year.",
    "Sales of 2 million units, projected by Vostra Holdings for next year, would be a record.",
])
def test_projections_that_credit_no_forecaster(nlp, text):
    assert sources(nlp, text) == []
