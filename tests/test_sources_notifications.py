"""An official notification is a document credited like a notice or a circular: as the subject of a reporting
verb, after 'according to' or as what a body 'said in' (data/source_nouns.tsv, weak tier: not when only issued
or mentioned). Invented ministries and figures."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/business/duty-1234"


@pytest.mark.parametrize("text", [
    "A government notification issued on Monday said the export ban on lentils would be lifted.",
    "According to a notification issued by the finance ministry, the duty on steel will rise to 20 percent.",
    "The finance ministry said in a notification that the duty on steel would rise to 20 percent.",
])
def test_notification_credited(nlp, text):
    got = sources(nlp, text, url=OTHER)
    assert len(got) == 1 and "notification" in got[0][0] and got[0][1] == "document"


@pytest.mark.parametrize("text", [
    "The finance ministry issued a notification on Monday.",
    "The notification of the exam results has been delayed until Friday.",
])
def test_notification_only_mentioned(nlp, text):
    assert sources(nlp, text, url=OTHER) == []
