"""A reprinted release's colophon under its headline ('The press release issued by X on DATE.', a verbless line of
its own) names the page's own document, no source the page credits (extract/source_furniture.page_colophon); a
sentence about such a document, or a line opening its text with a colon, still credits it. Fictional names."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "PRESS RELEASE : Tarnia welcomes Ostmark trade mission [March 2024]\n\nThe press release issued by the Ministry "
    "of Tarnian Trade on 4 March 2024.\n\nThe Trade Minister, Ana Velk, welcomed a delegation from Ostmark today.",
    "STATEMENT : Foreign Secretary on the Kelso ceasefire [June 2024]\n\nThe statement issued by the Foreign Office "
    "on 12 June 2024.\n\nThe Foreign Secretary said the ceasefire must hold.",
    "NEWS STORY : New envoy to Brenmoor [May 2023]\n\nThe news story issued by the Department for Overseas Affairs "
    "on 2 May 2023.\n\nMs Jo Harl has been appointed ambassador to Brenmoor.",
])
def test_colophon_credits_nothing(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    ("The statement issued by the ministry on Monday said the talks had failed.", "statement"),
    ("Here is the full statement issued by the Tarnian defence ministry:\n\n\"Our forces acted in self-defence.\"",
     "statement"),
    ("The ministry said in a statement issued on 4 March 2024 that the border would reopen.", "statement"),
])
def test_statement_said_is_credited(nlp, text, word):
    assert any(word in name for name, _ in sources(nlp, text))
