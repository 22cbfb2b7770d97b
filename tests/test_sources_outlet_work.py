"""Sources credited with what they made: 'according to a Reuters investigation' (an outlet's work the source lists
do not name, extract/source_according.py), 'noted media reports that ...' (reports of the media with their claim,
the noun the tagger took for a verb: source_noun_places, sources._noun_with_compound), the name of a body written
with lower-case words before its head noun ('released by the Norland interior ministry': source_agents.agent_name),
a numbered 'Article 3 of X's Constitution' named with its document (source_noun_judge.article_of) and 'Polling by X
for Y puts the party on 23%' (source_noun_places). Fictional people, places and bodies; real outlets in sentences
of our own."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.marelia-courier.example/world/talks-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, expected", [
    ("The ministry spent more than $40m on the contract, according to a Reuters investigation.",
     "Reuters investigation"),
    ("According to a Guardian investigation, the funds were moved offshore in 2019.", "The Guardian investigation"),
    ("According to a Reuters examination of the filings, the bank lent $2bn.", "Reuters examination"),
    ("He noted media reports that the missiles were similar to a Brenmoor design.", "media reports"),
    ("He referred to local media reports that the missiles had been moved.", "local media reports"),
    ("The figures, released by the Norland health ministry, show 40 new cases.",
     "figures by Norland health ministry"),
    ("Article 3 of Brenmoor's Constitution stipulates that the islands are part of the national territory.",
     "Article 3 of Brenmoor Constitution"),  # the document the numbered article belongs to, no news article
    ("Polling by Kelsmore Research for the Financial Times puts the party on 23%.", "Polling by Kelsmore Research"),
])
def test_work_of_a_source_is_credited(nlp, text, expected):
    assert names(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "Turnout fell by a third, according to a Reuters reporter at the scene.",
    "The ministry denied media reports that troops had crossed the border.",  # a report disowned, its author untold
    "Police have launched an investigation into the crash.",
    "Article 5 of the treaty was amended in 2004.",
])
def test_no_work_credited(nlp, text):
    assert names(nlp, text) == []
