"""A document, statement or video the sentence only names, with nothing it tells, is no credit (session 9, srcp):
one named through a participle of its making or passing on where nothing credits it ('had statements prepared',
'the letter sent to X reminded them', 'a link to a video called ...'), and the subject of "add" in its sense of
adding something to something ('the audit added another headache to ...'). Crediting forms with the same
participles stay credited."""
from __future__ import annotations

import pytest

from newsgraph.extract.credit_filters import adds_to_something, credit_counts
from newsgraph.extract.source_lexicon import lexicon
from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Several Norland senators had statements prepared before the vote on the harbour bill.",
    "Officials said the letter sent to Governor Alda Brenn last week reminded them of earlier threats.",
    'Pell Varro posted a link to a video called "Harbour Days" on Tuesday, but the video was later removed.',
    "The senator went to the ministry with his resignation letter already written.",
    "The audit added another headache to a difficult month for the Kestrian transport ministry.",
])
def test_a_document_only_mentioned_is_not_credited(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, noun", [
    ("In a letter sent to the council on Monday, Mayor Ilse Dorrin said the budget was final.", "letter"),
    ("A statement released by the Norland Ministry of Trade said talks would resume next week.", "statement"),
    ("A readout published by the Valdorian ministry made no mention of the pledge.", "readout"),
    ("The report added that the port at Aldhaven would close in March.", "report"),
    ("Critics pointed to a report that the ministry had ignored safety warnings.", "report"),
    ("The Harbour Times obtained a letter sent from the minister's lawyer asking prosecutors to delay the charges.",
     "letter"),
])
def test_crediting_forms_with_the_same_participles_stay_credited(nlp, text, noun):
    names = [n for n, _ in sources(nlp, text)]
    assert any(noun in n for n in names)


def test_add_with_a_clause_or_a_quotation_is_speech(nlp):
    doc = nlp('"We will not sign," the statement added. The audit added weight to the claims.')
    statement = next(t for t in doc if t.lower_ == "statement")
    audit = next(t for t in doc if t.lower_ == "audit")
    assert not adds_to_something(statement)
    assert adds_to_something(audit)
    assert not credit_counts(audit, lexicon())
