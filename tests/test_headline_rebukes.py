"""A warning or accusation in the headline line whose content is a noun phrase ('UN warns of new famine',
'X accuse Y of "plot"') names the act; the story below reports what was said. The read sets' gold leaves all 6 such
headlines out (6 pages); a headline with a clause ('X warns Y will ...'), a charge with a predicate ('accuses X of
keeping media in the dark', kept in an older golden set) and the same verbs in the body are kept.
All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, dropped", [
    ("Ruritania MPs accuse Freedonia of 'plot'\n\nRuritanian lawmakers on Monday accused neighbouring Freedonia of "
     "plotting to destabilise the government.", "Freedonia of 'plot'"),
    ("UN warns of new famine in Tessaly\n\nThe United Nations has warned that the Tessaly region faces a new famine "
     "because of the drought.", "new famine"),
    ("Valdoria warns Norland of fuel shortages over unpaid bills\n\nValdoria's energy minister said deliveries "
     "would stop next month unless Norland paid.", "Norland of fuel shortages"),
])
def test_headline_rebuke_noun_phrase_is_no_statement(run, text, dropped):
    got = pairs(run(text))
    assert all(not report.startswith(dropped[:12]) for _, report in got), got
    assert len(got) >= 1, got  # the body statement stays


@pytest.mark.parametrize("text, report", [
    ("Valdoria warns Norland drills will raise tensions\n\nThe foreign ministry of Valdoria warned of rising "
     "tensions on the border.", "Norland drills will raise tensions"),
    ("Ruritania MPs accuse Freedonia of 'plot'\n\nRuritanian lawmakers on Monday accused neighbouring Freedonia of "
     "plotting to destabilise the government.", "neighbouring Freedonia of plotting to destabilise the government"),
    ("Minister Ilse Harm accuses rivals of lying about budget\n\nFinance Minister Ilse Harm accused her rivals of "
     "lying about the budget, saying the figures were public.", "rivals of lying about budget"),
])
def test_clauses_and_body_stay(run, text, report):
    got = pairs(run(text))
    assert any(r == report for _, r in got), got
