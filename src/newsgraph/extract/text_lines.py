"""The line of the raw text around a character offset: a line runs from just after a newline (or the start of the
text) to the next newline (or the end of the text). Paragraphs of cleaned text are lines."""
from __future__ import annotations


def line_start(text: str, i: int) -> int:
    """Offset of the first character of the line that holds offset ``i``."""
    return text.rfind("\n", 0, i) + 1


def line_end(text: str, i: int) -> int:
    """Offset of the newline that ends the line holding offset ``i`` (the length of the text on the last line)."""
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first, past-last) offsets of the line that holds ``start``, through the line holding ``end`` when given
    (a quotation that runs from one line into the next)."""
    return line_start(text, start), line_end(text, start if end is None else end)


def lines_at(text: str):
    """(offset, line) of every line of ``text``, each with its line break (``str.splitlines(keepends=True)``): the
    walk of the readers that take a page line by line."""
    at = 0
    for line in text.splitlines(keepends=True):
        yield at, line
        at += len(line)
