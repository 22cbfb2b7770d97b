"""The label a free relative gives ('over what they called grave abuses', 'under what it describes as a
census'): the label is the subject's indirect statement (extract/relative_labels.py); a label with quotation marks
stays a direct quote only. Texts, people and places are made up."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze
from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_unquoted_label_is_the_speakers(run):
    got = pairs(run("The sanctions came after the Velmar government imposed them over what they called grave "
                    "abuses in the northern province."))
    assert ("the Velmar government", "grave abuses in the northern province") in got, got


def test_label_after_as_goes_to_the_clause_subject():
    got = analyze("The Orvan fleet sailed from Pellam on Monday. The fleet intends to net 400 seals by April under "
                  "what it describes as a marine census.")
    found = [(q.speaker.name if q.speaker else None, q.text) for q in got.quotes if q.kind == "indirect"]
    assert any(t == "a marine census" and s and s.lower().endswith("fleet") for s, t in found), found


def test_plural_pronoun_label_goes_to_the_clause_subject(run):
    got = pairs(run("Orvan's rulers responded with fury to what they call meddling by Velmar."))
    assert ("Orvan's rulers", "meddling by Velmar") in got, got


def test_quoted_label_is_left_to_the_direct_quote(run):
    got = pairs(run('Prime Minister Ada Norvik urged both sides to find a solution after what her government '
                    'called "brutal killings".'))
    assert not any("brutal killings" in t for _, t in got if not t.startswith("both sides")), got


def test_article_before_a_quotation_is_no_label(run):
    got = pairs(run('The two blocs have struck what they call a "workable accord" at the Pellam summit.'))
    assert not any("workable accord" in t for _, t in got), got


def test_copula_free_relative_is_as_before(run):
    got = pairs(run('Ms. Orla Venn has long been what she described to friends as the "quiet fixer" of the cabinet.'))
    assert any("quiet fixer" in t for _, t in got), got
