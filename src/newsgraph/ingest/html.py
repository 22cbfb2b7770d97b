"""Main text and metadata from HTML pages through trafilatura.

trafilatura (precision-oriented settings, no comments) finds the article body, title, author,
date and site name. Pages it cannot read (markup nested too deep, a fragment) fall back to
plain tag stripping with a warning. A page whose text is mostly link labels -- an index, a
list of headlines -- is refused: it is not an article.

The extracted text then goes through the plain-text cleaner (promos, newsletter and share
lines, "Read more" links, captions that trafilatura kept). For HTML input the offsets of
``Cleaned.removed`` index that extracted text (one paragraph per line, blank lines between),
not the markup.
"""
from __future__ import annotations

import html as htmlmod
import re

from ..errors import InputError
from .cleaned import Cleaned
from .text import clean_text

MAX_HTML_CHARS = 2_000_000  # longer pages lose scripts and styles, then their end (with a warning)
MAX_HTML_TAGS = 40_000  # and pages with more tags than this lose their end (parsing time grows fast)
MAX_LINK_SHARE = 0.5  # a page whose visible text is more than this share of link labels ...
MIN_SENTENCE_SHARE = 0.35  # ... and whose extracted text is mostly not sentences: "not an article"
MIN_WORDS = 8  # fewer words than this and not one sentence: no article text
SHORT_TEXT = 1500  # a precision-mode text shorter than this ...
RECALL_GAIN = 2.0  # ... is replaced by the balanced-mode text when that is this many times longer
TRAFILATURA_OPTIONS = {"favor_precision": True, "include_comments": False, "include_tables": True,
                       "deduplicate": False, "with_metadata": True}

_OPENER = re.compile(r"<!--|<(script|style|noscript|template|svg|head)(?=[\s>/])", re.IGNORECASE)
_HEAVY = re.compile(r"<!--|<(script|style|svg)(?=[\s>/])", re.IGNORECASE)  # cut from oversized pages
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|article|section|blockquote|ul|ol|table|header|footer)\b"
                        r"[^<>]{0,2000}>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_ANCHOR_TEXT = re.compile(r"<a\b[^<>]{0,2000}>([^<]*)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_SENTENCE = re.compile(r"[.!?\"\u201d)]$")


def _drop_blocks(html: str, opener: re.Pattern = _OPENER) -> str:
    """Remove comments and script/style/head elements with forward searches (no backtracking)."""
    lower = html.lower()
    out: list[str] = []
    pos = 0
    while (m := opener.search(html, pos)) is not None:
        out.append(html[pos:m.start()])
        close = "-->" if m.group(1) is None else f"</{m.group(1).lower()}"
        end = lower.find(close, m.end())
        if end < 0:
            return " ".join(out)
        gt = lower.find(">", end)
        pos = len(html) if gt < 0 else gt + 1
    out.append(html[pos:])
    return " ".join(out)


def _tag_limit(html: str, max_chars: int) -> int:
    """Where to cut ``html`` to keep at most ``max_chars`` characters and ``MAX_HTML_TAGS`` tags."""
    if html.count("<", 0, max_chars) <= MAX_HTML_TAGS:
        return max_chars
    pos = -1
    for _ in range(MAX_HTML_TAGS):
        pos = html.find("<", pos + 1)
    return pos


def _visible_text(html: str) -> str:
    """Text of the page without script, style and tags (linear, no tree: survives any nesting)."""
    text = _drop_blocks(html)
    text = _BLOCK_TAG.sub("\n", text)
    text = htmlmod.unescape(_TAG.sub(" ", text))
    text = _SPACES.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def link_share(html: str, visible: str) -> float:
    """Share of the page's visible characters that are link labels."""
    total = sum(1 for ch in visible if not ch.isspace())
    if not total:
        return 0.0
    linked = sum(len("".join(m.group(1).split())) for m in _ANCHOR_TEXT.finditer(html))
    return min(1.0, linked / total)


def sentence_share(text: str, min_words: int = 8) -> float:
    """Share of the characters of ``text`` in lines that read as sentences (enough words, closed)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    total = sum(len(ln) for ln in lines)
    good = sum(len(ln) for ln in lines if len(ln.split()) >= min_words and _SENTENCE.search(ln))
    return good / total if total else 0.0


def _paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text as paragraphs separated by blank lines."""
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.splitlines())
    return "\n\n".join(ln for ln in lines if ln)


def _extract(html: str, url: str | None):
    """trafilatura in precision mode; a short result is checked against its balanced mode."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
        found = len(doc.text or "") if doc is not None else 0
        if found < SHORT_TEXT:
            options = dict(TRAFILATURA_OPTIONS, favor_precision=False)
            other = trafilatura.bare_extraction(html, url=url, **options)
            if other is not None and len(other.text or "") >= RECALL_GAIN * max(found, 1):
                doc = other
        return doc
    except (RecursionError, ValueError, TypeError, AttributeError, MemoryError):
        return None


def clean_html(html: str, url: str | None = None, max_chars: int = MAX_HTML_CHARS) -> Cleaned:
    """Article text and metadata of one HTML page; raise ``InputError`` when there is none."""
    warnings: list[str] = []
    if not html.strip():
        raise InputError("no text (empty HTML)")
    if len(html) > max_chars or html.count("<", 0, max_chars) > MAX_HTML_TAGS:
        size = len(html)
        html = _drop_blocks(html, _HEAVY)  # scripts and styles first: they make most of a heavy page
        html = html[:_tag_limit(html, max_chars)]
        if len(html) < size:
            warnings.append(f"HTML cut from {size:,} to {len(html):,} characters (scripts, styles, then the end)")
    doc = _extract(html, url)
    text = _paragraphs(doc.text or "") if doc is not None else ""
    visible: str | None = None
    if not text:
        visible = _visible_text(html)
        if link_share(html, visible) > MAX_LINK_SHARE:
            raise InputError("not an article: mostly links")
        text = _paragraphs(visible) if sentence_share(visible) >= MIN_SENTENCE_SHARE else ""
        if text:
            warnings.append("no main text found by trafilatura; used the page's visible text")
    if not text:
        raise InputError("no article text found in the HTML")
    if sentence_share(text.replace("\n\n", "\n")) < MIN_SENTENCE_SHARE:
        visible = visible if visible is not None else _visible_text(html)
        if link_share(html, visible) > MAX_LINK_SHARE:
            raise InputError("not an article: mostly links")
    cleaned = clean_text(text)
    cleaned.warnings[:0] = warnings
    if len(cleaned.text.split()) < MIN_WORDS and not sentence_share(cleaned.text, min_words=1):
        raise InputError("no article text found in the HTML (only boilerplate)")
    if doc is not None:
        cleaned.title = doc.title or cleaned.title
        cleaned.author = doc.author or cleaned.author
        cleaned.published = doc.date or cleaned.published
        cleaned.outlet, cleaned.url = doc.sitename, doc.url or url
    else:
        cleaned.url = url
    return cleaned
