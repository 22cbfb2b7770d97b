"""The line around an offset of the raw text (text_lines): one helper for every step that reads a line's bounds."""
from __future__ import annotations

from newsgraph.extract.text_lines import line_bounds, line_end, line_start

TEXT = "Headline of the day\nKarvo said it would wait.\nLast line"


def test_line_around_an_offset():
    i = TEXT.index("said")
    a, b = line_bounds(TEXT, i)
    assert TEXT[a:b] == "Karvo said it would wait."
    assert line_start(TEXT, 3) == 0 and line_end(TEXT, 3) == TEXT.index("\n")
    assert line_end(TEXT, TEXT.index("Last")) == len(TEXT)  # the last line ends with the text


def test_a_span_over_two_lines():
    a, b = line_bounds(TEXT, TEXT.index("day"), TEXT.index("wait"))
    assert TEXT[a:b] == "Headline of the day\nKarvo said it would wait."
