"""Cleaning plain text scraped from the web.

Lines are classified one by one (``boilerplate.classify_line``) plus a few whole-document
rules: author bios after an "About the author" heading or at the end, promo blocks repeated
in the text, a byline under the headline. Everything cut is reported as ``Removed`` with
offsets into the raw input (``raw[start:end] == text``). The cleaned text keeps one
paragraph per block, paragraphs separated by a blank line; hard-wrapped lines are joined.
"""
from __future__ import annotations

import html as htmlmod
import re
from collections import Counter
from dataclasses import dataclass

from ..errors import InputError
from ..model import Removed
from . import boilerplate as bp
from .cleaned import Cleaned
from .language import detect_language

MAX_TEXT_CHARS = 1_000_000  # longer input is truncated (with a warning) before cleaning
MAX_REPEATED_LINES = 4  # more distinct repeated lines than this: a list or table, not boilerplate
TAIL_BLOCKS = 3
MAX_CREDIT_LINE = 5000  # photo credits are looked for inside lines up to this long  # author bios are looked for in this many last paragraphs
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")  # soft hyphens, zero-width spaces, stray BOMs
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|amp|quot|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|[mn]dash|hellip);")
_SENTENCE_END = (".", "!", "?", "\"", "\u201d", "\u2019", ")", "'")
_OPENING = "\"'\u201c\u2018"  # a quotation opening a wrapped line (a bullet or bracket starts an item)


@dataclass
class Line:
    start: int  # offsets of the stripped line in the raw text
    end: int
    text: str
    block: int
    kind: str | None = None  # boilerplate kind when removed
    cuts: tuple[tuple[int, int], ...] = ()  # spans (within text) cut from a kept line


def split_lines(raw: str) -> list[Line]:
    """Non-blank lines with raw offsets; ``block`` numbers runs separated by blank lines."""
    lines: list[Line] = []
    offset, block, blank = 0, 0, False
    for piece in raw.splitlines(keepends=True):
        body = piece.splitlines()[0] if piece.strip("\r\n") else ""
        stripped = body.strip()
        if stripped:
            if blank and lines:
                block += 1
            lead = len(body) - len(body.lstrip())
            start = offset + lead
            lines.append(Line(start, start + len(stripped), stripped, block))
            blank = False
        else:
            blank = True
        offset += len(piece)
    return lines


def _mark_repeats(lines: list[Line]) -> None:
    keys = [" ".join(ln.text.lower().split()) for ln in lines]
    counts = Counter(k for k, ln in zip(keys, lines, strict=True) if 15 <= len(ln.text) <= 300)
    seen: set[str] = set()
    structural = sum(1 for c in counts.values() if c >= 2) > MAX_REPEATED_LINES
    for n, (key, ln) in enumerate(zip(keys, lines, strict=True)):
        if counts.get(key, 0) < 2 or ln.kind or bp.is_guarded(ln.text):
            continue
        if n > 0 and bp.is_promo_text(ln.text):
            ln.kind = "promo"
        elif key in seen and not structural and not ln.text.endswith(_SENTENCE_END):
            ln.kind = "repeat"  # a headline or link repeated; a repeated sentence is kept
        seen.add(key)


def _mark_bios(lines: list[Line]) -> None:
    for i, ln in enumerate(lines):
        if ln.kind or not bp.is_bio_heading(ln.text):
            continue
        ln.kind = "bio"
        # the heading's own block (when the bio follows on the next line), else the next block
        nxt = [x for x in lines[i + 1:] if x.block == ln.block] or \
              [x for x in lines[i + 1:] if x.block == ln.block + 1]
        if sum(len(x.text) for x in nxt) <= 1000 and not any(bp.is_guarded(x.text) for x in nxt):
            for x in nxt:
                x.kind = x.kind or "bio"
    kept_blocks = sorted({ln.block for ln in lines if ln.kind in (None, "share")})
    tail = set(kept_blocks[-TAIL_BLOCKS:])
    for ln in lines:
        if ln.kind in (None, "share") and ln.block in tail and bp.is_bio_sentence(ln.text):
            ln.kind = "bio"


def _mark_header(lines: list[Line]) -> tuple[str | None, str | None]:
    """Byline and dateline among the first lines: cut, returned as (author, published)."""
    author = published = None
    for ln in [x for x in lines if not x.kind][:5]:
        if author is None and (name := bp.byline_author(ln.text)):
            ln.kind, author = "byline", name
        elif published is None and (date := bp.dateline(ln.text)) is not None:
            published = date or None
            if not bp.credits_agency(ln.text):  # '29 Oct, 2021 | Source: Xinhua': the date read, the credit kept
                ln.kind = "dateline"
    return author, published


def _mark_related_lists(lines: list[Line]) -> None:
    """The link titles listed under a "Read more:" heading, up to the end of its block."""
    for i, ln in enumerate(lines):
        if ln.kind != "related" or not bp.is_related_heading(ln.text):
            continue
        for x in lines[i + 1:]:
            if x.block != ln.block or x.kind or len(x.text) > 140 or x.text.endswith(".") or bp.is_guarded(x.text):
                break
            x.kind = "related"


def looks_like_headline(line: str, alone: bool) -> bool:
    """A first line that reads as a headline: short, no final period, title-like or set apart."""
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200 or line.endswith((".", ",", ";", ":")):
        return False
    if line[0].islower():
        return False
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(w[0].isupper() for w in long_words) / max(1, len(long_words))
    return capitalised >= 0.5 or alone


def _kept_text(ln: Line, entities: bool = False) -> str:
    text = ln.text
    for s, e in reversed(ln.cuts):
        text = text[:s].rstrip() + (" " if text[:s].strip() and text[e:].strip() else "") + text[e:].lstrip()
    if entities:
        text = htmlmod.unescape(text)
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def _column(texts: list[str]) -> int:
    """The width most lines of a block were wrapped at: the longest but a fifth of its lines."""
    lengths = sorted(len(t) for t in texts[:-1])
    return lengths[int(0.8 * (len(lengths) - 1))]


def _width_break(prev: str, cur: str, column: int) -> bool:
    """``prev`` is a full line that ends inside a sentence and ``cur``'s first word would not fit on it."""
    return (0.6 * column <= len(prev) <= 1.15 * column and len(prev) + 1 + len(cur.split(" ", 1)[0]) > column
            and (prev[-1:].isalnum() or prev.endswith(",")) and (cur[:1].isalnum() or cur[:1] in _OPENING))


def _join_block(texts: list[str]) -> str:
    """Join the kept lines of one block: hard-wrapped lines with a space, others as paragraphs."""
    if len(texts) == 1:
        return texts[0]
    width = max(len(t) for t in texts)
    # Hard-wrapped at a fixed width: every line but the last is near the width, except short lines
    # that end a sentence (the last line of a paragraph when paragraphs have no blank line between).
    full = [len(t) >= 0.6 * width for t in texts[:-1]]
    wrapped = (width <= 110 and len(texts) >= 3 and sum(full) >= 2
               and all(f or t.endswith(_SENTENCE_END) for f, t in zip(full, texts, strict=False)))
    # Wire copy wrapped at a fixed width with a heading or short bullet among its lines fails the
    # test above; there, a line that stops mid-sentence where the next line's first word would not
    # have fitted on it was broken by the width, not by the writer ('..., British' / 'Foreign
    # Secretary X told reporters'; 'described as a' / '"success for Italy".').
    # The width is read from most lines, not the longest (a date or summary glued before the first
    # line); a list or timeline of short items is no prose, whose lines often go on in lower case.
    column = _column(texts)
    mostly = (50 <= column <= 110 and len(texts) >= 3
              and sum(len(t) >= 0.6 * column for t in texts[:-1]) >= max(2, 0.6 * (len(texts) - 1))
              and sum(t[:1].islower() for t in texts[1:]) >= 0.3 * (len(texts) - 1))
    out = [texts[0]]
    for prev, cur in zip(texts, texts[1:], strict=False):
        ends = prev.endswith(_SENTENCE_END)
        if (cur[:1].islower() and not ends) or (wrapped and (not ends or len(prev) >= 0.85 * width)) or (
                mostly and not ends and _width_break(prev, cur, column)):
            out.append(" ")
        else:
            out.append("\n\n")
        out.append(cur)
    return "".join(out)


def clean_text(raw: str, max_chars: int = MAX_TEXT_CHARS) -> Cleaned:
    """Clean scraped plain text; report every cut with offsets into ``raw``."""
    warnings: list[str] = []
    work = raw
    if len(raw) > max_chars:
        cut = raw.rfind("\n", 0, max_chars)
        cut = cut if cut > max_chars // 2 else max_chars
        warnings.append(f"input truncated from {len(raw):,} to {cut:,} characters")
        work = raw[:cut]
    lines = split_lines(work)
    if not lines:
        raise InputError("no text (empty or whitespace only)")
    for ln in lines:
        ln.kind = bp.classify_line(ln.text)
    if sum(ln.kind == "link" for ln in lines) >= max(3, 0.5 * len(lines)):
        raise InputError("not an article: mostly links")
    for ln in lines:  # bare URL lines among article text are kept
        if ln.kind == "link":
            ln.kind = None
    _mark_related_lists(lines)
    _mark_repeats(lines)
    _mark_bios(lines)
    author, published = _mark_header(lines)
    removed: list[Removed] = []
    for ln in lines:
        if ln.kind:
            removed.append(Removed(ln.kind, ln.start, ln.end, raw[ln.start:ln.end]))
        else:
            credits = bp.credit_spans(ln.text) if "(" in ln.text and len(ln.text) <= MAX_CREDIT_LINE else []
            stamps = bp.stamp_spans(ln.text) if " at " in ln.text else []
            ln.cuts = tuple(sorted(credits + stamps))
            removed.extend(Removed("caption" if (s, e) in credits else "stamp", ln.start + s, ln.start + e,
                                   raw[ln.start + s:ln.start + e]) for s, e in ln.cuts)
    blocks: dict[int, list[str]] = {}
    entities = len(_ENTITY.findall(work, 0, 200_000)) >= 2  # text scraped with its HTML escapes
    if entities:
        warnings.append("HTML character references (&amp; ...) in plain text were decoded")
    for ln in lines:
        if not ln.kind:
            text = _kept_text(ln, entities)
            if text:
                blocks.setdefault(ln.block, []).append(text)
    paragraphs = [_join_block(texts) for texts in blocks.values()]
    text = "\n\n".join(paragraphs)
    title = None
    first_at = next((i for i, ln in enumerate(lines) if not ln.kind), None)
    if first_at is not None:
        first = lines[first_at]
        after = lines[first_at + 1] if first_at + 1 < len(lines) else None
        alone = len(paragraphs) > 1 and (len(blocks.get(first.block, [])) == 1 or (
            after is not None and after.kind in ("byline", "dateline")))
        if looks_like_headline(_kept_text(first), alone):
            title = _kept_text(first)
    removed.sort(key=lambda r: r.start)
    return Cleaned(text=text, removed=removed, title=title, author=author, published=published,
                   language=detect_language(text), warnings=warnings)
