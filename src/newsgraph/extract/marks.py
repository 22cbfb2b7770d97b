"""Quotation marks: find the spans of text that stand between opening and closing marks.

Works on the raw string in one left-to-right pass. Handles curly and straight double marks,
multi-paragraph quotes (each paragraph reopens the mark without closing it; a next paragraph that
leaves out its reopening mark and closes the quote goes on with it), nested single
quotes (left inside the outer span) and unbalanced marks (an opening mark that never closes
ends at its paragraph; a closing mark with no opening one is ignored). Older wire feeds and some
government sites type TeX-style marks: ``...'' for a double quote, `...' or `...` for a single one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text_lines import line_end, line_start

LEFT_DOUBLE = "\u201c"
OPENERS = frozenset(LEFT_DOUBLE + "\u201e\u00ab\u201f")
CLOSERS = frozenset("\u201d\u00bb")
STRAIGHT = '"'
OPEN_BEFORE = frozenset(" \t\n([{\u2014\u2013-/:;")
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
DOUBLED = frozenset((SINGLE_OPEN, SINGLE_CLOSE))  # '\u2018\u2018 ... \u2019\u2019' stands for a double mark in some AP copy
APOSTROPHE = "'"  # straight single marks quote too in British copy ('will not survive the winter')
TWO_APOSTROPHES = APOSTROPHE * 2  # older wire copy types '' (two straight single marks) for a double mark
CAPTION = "caption"  # BBC pages' 'Media caption' / 'Image caption' label, glued to a caption that opens a quote
BACKTICK = "`"
TWO_BACKTICKS = BACKTICK * 2  # TeX-style ``...'' in old wire feeds: two backticks open a double quote
PAIRED = (TWO_APOSTROPHES, TWO_BACKTICKS)
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})  # a double quotation mark as a token's text
_BACKTICK_CLOSE = re.compile(r"['`](?![^\W\d_])")  # a straight mark or backtick not followed by a letter
_MARK_CHARS = re.compile(TWO_APOSTROPHES + "|" + TWO_BACKTICKS + "|[" + re.escape(STRAIGHT + "".join(sorted(OPENERS | CLOSERS | DOUBLED))) + "]")


@dataclass
class Marked:
    """Text between quotation marks: ``start``/``end`` index the words, ``open``/``close`` the marks."""

    start: int
    end: int
    open: int  # index of the opening mark
    close: int  # index just past the closing mark (or the end of the paragraph when unclosed)
    closed: bool = True
    paragraphs: int = 1


def _role(text: str, i: int) -> str | None:
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    if ch != STRAIGHT:
        return None
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev in OPEN_BEFORE and not nxt.isspace():
        return "open"
    if text[max(0, i - len(CAPTION)):i].lower() == CAPTION and nxt.isalnum():
        return "open"  # 'media caption"We will ...": X reports': a page's caption label glued to the mark
    if not prev.isspace():
        return "close"
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _at_line_start(text: str, i: int) -> bool:
    return not text[line_start(text, i):i].strip()


def _reopens(text: str, i: int) -> bool:
    """A closing mark at the start of a paragraph before a capitalised word ('” We must ...') opens a quote:
    sloppy agency copy types it for the opening mark of a quote's next paragraph."""
    rest = text[i + 1:i + 3].lstrip(" ")
    return _at_line_start(text, i) and rest[:1].isupper()


def _opening_place(text: str, i: int) -> bool:
    """The mark stands where a quote opens: after a space or an opening bracket, right before a word."""
    return (i == 0 or text[i - 1] in OPEN_BEFORE) and text[i + 1:i + 2].isalnum()


def _closing_place(text: str, i: int) -> bool:
    """The mark stands where a quote closes: right after a word or its punctuation, before a space, punctuation
    or the end."""
    prev, nxt = text[i - 1] if i > 0 else " ", text[i + 1:i + 2] or " "
    return not prev.isspace() and prev not in OPEN_BEFORE and (nxt.isspace() or nxt in ".,;:!?)")


def _spaced_opens(text: str, i: int) -> bool:
    """A straight mark typed between two spaces opens a quote when a word follows it and another straight mark
    stands later in its paragraph to close it ('to declare " unrelenting pursuit"'); else it is no quotation mark."""
    return text[i + 1:i + 3].strip()[:1].isalnum() and text.find(STRAIGHT, i + 2, line_end(text, i)) >= 0


def _nested_straight(text: str, open_at: int, i: int) -> bool:
    """A straight opening mark inside an open straight-mark quote opens a quote within it ('"It is described as
    "incidental," and it is routine."') when an odd number of straight marks stand from it to its paragraph's end
    (its own closing mark, then the outer one's) and the outer quote's words so far end no sentence; an even number
    means the earlier quote lost its closing mark and this one opens anew."""
    if text[open_at] != STRAIGHT or text[open_at:i].rstrip()[-1:] in ".!?":
        return False
    count = text.count(STRAIGHT, i, line_end(text, i))
    return count >= 3 and count % 2 == 1


def _next_single_open(text: str, i: int) -> int:
    """The next curly or straight single mark at or after ``i`` that can open a quote."""
    while True:
        a = text.find(SINGLE_OPEN, i)
        b = text.find(APOSTROPHE, i)
        while b >= 0 and not (b + 1 < len(text) and text[b + 1].isalpha()):
            b = text.find(APOSTROPHE, b + 1)  # a straight mark opens only before a letter
        cands = [x for x in (a, b) if x >= 0]
        if not cands:
            return -1
        j = min(cands)
        if j == 0 or text[j - 1] in OPEN_BEFORE:
            return j
        i = j + 1


def _single_spans(text: str) -> list[Marked]:
    """Top-level single quotes (headline and British style), used only when no double marks exist."""
    out, i, n = [], 0, len(text)
    dead: dict[str, int] = {}  # a closing mark -> the end of the paragraph in which no more of it closes a quote
    while True:
        i = _next_single_open(text, i)
        if i < 0:
            return out
        close_mark = SINGLE_CLOSE if text[i] == SINGLE_OPEN else APOSTROPHE
        j = i + 1
        limit = line_end(text, i)
        if dead.get(close_mark) == limit:
            i += 1
            continue
        while True:
            j = text.find(close_mark, j, limit)
            if j < 0:
                break
            after = text[j + 1] if j + 1 < n else " "
            if not after.isalpha():
                break
            j += 1
        if j < 0:
            dead[close_mark] = limit
            i += 1
            continue
        s, e = _trim(text, i + 1, j)
        if e > s:
            out.append(Marked(s, e, i, j + 1))
        i = j + 1


def _two_marks_role(text: str, i: int) -> str | None:
    """'' or `` opening a quote (after a space or an opening bracket, before a word) or closing one (after a
    word)."""
    mark = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 2] if i + 2 < len(text) else " "
    if prev in OPEN_BEFORE and not nxt.isspace() and nxt != mark:
        return "open"
    if not prev.isspace() and prev != mark and (nxt.isspace() or nxt in ".,;:!?)"):
        return "close"
    return None


def _backtick_spans(text: str) -> list[Marked]:
    """Single quotes opened by one backtick (`...' or `...`): the backtick stands where an opening mark stands
    (after a space or an opening bracket, before a word; 'Korea`s' types it for an apostrophe), the quote ends at
    the first straight mark or backtick of its paragraph not followed by a letter."""
    out, n = [], len(text)
    i = text.find(BACKTICK)
    while 0 <= i < n:
        if text[i + 1:i + 2] == BACKTICK or (i > 0 and text[i - 1] == BACKTICK) or \
                not (i == 0 or text[i - 1] in OPEN_BEFORE) or not text[i + 1:i + 2].isalnum():
            i = text.find(BACKTICK, i + 1)
            continue
        limit = line_end(text, i)
        close = _BACKTICK_CLOSE.search(text, i + 1, limit)
        if close is None:
            i = text.find(BACKTICK, limit)  # no closing mark left in this paragraph
            continue
        j = close.start()
        if text[j - 1] not in (APOSTROPHE, BACKTICK):
            s, e = _trim(text, i + 1, j)
            if e > s:
                out.append(Marked(s, e, i, j + 1))
        i = text.find(BACKTICK, j + 1)
    return out


def _add_backtick_spans(text: str, out: list[Marked]) -> list[Marked]:
    """``out`` with the backtick single quotes that stand outside its quotes (one inside a quote stays part of it)."""
    extra = [b for b in _backtick_spans(text) if not any(m.open < b.open < m.close for m in out)]
    return sorted(out + extra, key=lambda m: m.start) if extra else out


def quote_spans(text: str) -> list[Marked]:
    """Every span between quotation marks, in text order."""
    out: list[Marked] = []
    open_at: int | None = None
    seen = 0  # last mark that kept the open quote alive
    paragraphs = 1

    def emit(o: int, c: int, closed: bool) -> None:
        s, e = _trim(text, o + (2 if text[o] in (APOSTROPHE, SINGLE_OPEN, BACKTICK) else 1), c)  # past both of a doubled mark
        if e > s:
            out.append(Marked(s, e, o, c + (1 if closed else 0), closed, paragraphs))

    found_double = False
    depth = 0  # nested double quotes inside the open one stay part of it
    for m in _MARK_CHARS.finditer(text):  # every other character is passed over below
        i = m.start()
        ch = text[i]
        if m.group() in PAIRED:
            role = _two_marks_role(text, i)
        elif ch != STRAIGHT and ch not in OPENERS and ch not in CLOSERS:
            if ch not in DOUBLED or text[i + 1:i + 2] != ch or text[i - 1:i] == ch:
                continue
            role = "open" if ch == SINGLE_OPEN else "close"  # AP's '' (two single marks) for a double one
        else:
            role = _role(text, i)
            live = open_at is not None and "\n" not in text[seen:i]  # a quote open in this paragraph
            if role == "close" and ch in CLOSERS and (_reopens(text, i) or not live and _opening_place(text, i)):
                role = "open"  # a closing mark typed for an opening one (some sites type ”...”)
            elif role == "open" and ch == LEFT_DOUBLE and live and _closing_place(text, i):
                role = "close"  # an opening mark typed for the closing one ('“frank and useful“')
            elif role is None and ch == STRAIGHT and text[i - 1:i] == " " and text[i + 1:i + 2] in (" ", ""):
                role = "close" if live else "open" if _spaced_opens(text, i) else None  # a mark between spaces
            elif role is None and ch == STRAIGHT and text[i + 1:i + 2] == " " and _at_line_start(text, i) \
                    and not live and _spaced_opens(text, i):
                role = "open"  # '" First they ...," added X': a paragraph's opening mark typed with a space after it
        if role is None:
            continue
        found_double = True
        if open_at is not None and "\n" in text[seen:i]:
            next_para = not text[line_end(text, seen):line_start(text, i) - 1].strip()
            if role == "open" and _at_line_start(text, i) and depth == 0 and next_para:
                paragraphs += 1  # the quote goes on in the next paragraph (not after one with no mark)
                seen = i
                continue
            if role == "close" and depth == 0 and next_para and not _at_line_start(text, i):
                paragraphs += 1  # it goes on in the next paragraph, whose reopening mark was left out, and ends there
            else:
                emit(open_at, line_end(text, seen), False)
                open_at, depth = None, 0
        if role == "open":
            if open_at is None:
                open_at, paragraphs, seen, depth = i, 1, i, 0
            elif ch in OPENERS and text[i - 1] in OPEN_BEFORE and text[open_at:i].rstrip()[-1:] not in ".!?":
                depth += 1  # a quote inside the quote
            elif ch == STRAIGHT and depth == 0 and _nested_straight(text, open_at, i):
                depth += 1  # a quote inside the quote, both in straight marks
            elif depth == 0 and text[open_at:i].rstrip()[-1:] in ".!?":
                emit(open_at, i - 1, False)  # the earlier quote lost its closing mark
                open_at, paragraphs, seen = i, 1, i
            else:
                open_at, paragraphs, seen, depth = i, 1, i, 0  # the earlier mark never closed: drop it
        elif open_at is not None:
            if depth > 0:
                depth -= 1
                continue
            emit(open_at, i, True)
            if ch in (SINGLE_CLOSE, APOSTROPHE) and out and out[-1].close == i + 1:
                out[-1].close = i + 2  # past both marks of a doubled close
            open_at = None
    if open_at is not None:
        emit(open_at, line_end(text, seen), False)
    if not found_double:
        out = _single_spans(text)
        return _add_backtick_spans(text, out) if BACKTICK in text else out
    # single marks still quote outside the double quotes (British headlines, 'described the talks as '...'')
    if SINGLE_OPEN in text or APOSTROPHE in text:
        start, doubles = 0, list(out)
        for line in text.split("\n"):
            if (SINGLE_OPEN in line or APOSTROPHE in line) \
                    and SINGLE_CLOSE * 2 not in line and SINGLE_OPEN * 2 not in line and TWO_APOSTROPHES not in line:
                end = start + len(line)
                inside = [d for d in doubles if d.open < end and d.close > start]
                for m in _single_spans(line):
                    a, b = m.open + start, m.close + start
                    if not any(d.open <= a < d.close or d.open < b <= d.close for d in inside):
                        out.append(Marked(m.start + start, m.end + start, a, b))
            start += len(line) + 1
        out.sort(key=lambda m: m.start)
    if BACKTICK in text:
        out = _add_backtick_spans(text, out)
    return out
