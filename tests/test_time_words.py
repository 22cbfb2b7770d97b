"""One list of time words (data/time_words.json) read by lexicons.time_words for dates, date lines and issuers."""
from __future__ import annotations

from newsgraph.extract.dates import resolve_date
from newsgraph.extract.document_speakers import document_words
from newsgraph.ingest.boilerplate import dateline
from newsgraph.lexicons import time_words


def test_forms_and_numbers():
    words = time_words()
    assert words.months["sept"] == words.months["september"] == 9
    assert words.weekdays["thurs"] == 3 and words.weekday_names[0] == "monday"
    assert {"today", "tonight", "now", "earlier today"} <= words.same_day
    assert [p for p, _ in words.days_away] == ["day before yesterday", "yesterday", "tomorrow"]


def test_readers_share_the_list():
    assert {"monday", "yesterday", "weekend"} <= document_words().not_issuers  # "Monday's statement"
    assert "now" not in document_words().not_issuers
    assert dateline("Updated: Thursday, Sept. 3, 2026") == "2026-09-03"
    assert resolve_date("the day before yesterday", "2026-03-12") == "2026-03-10"
    assert resolve_date("on Thurs.", "2026-03-12") == "2026-03-12"
