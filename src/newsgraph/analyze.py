"""One document in, one ``Analysis`` out; ``analyze_many`` streams through ``nlp.pipe``.

This is a pure function of the text (plus the loaded spaCy pipeline): no database, no
globals. The CLI, the store, the Spark job and the web UI all call it.
"""
from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from .errors import InputError, NewsgraphError
from .extract.actors import extract_entities
from .extract.events import extract_events
from .extract.known_holders import BYLINES
from .extract.quotes import extract_quotes
from .extract.sentence_view import doc_text, release_view
from .extract.sources import extract_attributions
from .extract.step_guard import guarded
from .ingest.cleaned import Cleaned
from .ingest.document import clean_document
from .ingest.readers import looks_like_html
from .model import Analysis, DocumentInput, Failure
from .nlp import load

T = TypeVar("T")

MIN_CHARS = 1
MAX_CHARS = 100_000  # longer cleaned texts (some 15,000 words) are cut with a warning: parse memory grows
# with length (200,000 characters peaked at 815 MB), and a worker must stay under 600 MB


def doc_id_for(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def prepare(item: DocumentInput) -> Cleaned:
    """Clean one input (HTML or text); raise InputError when no article text is left."""
    cleaned = clean_document(item)
    if len(cleaned.text.strip()) < MIN_CHARS:
        raise InputError("no article text after cleaning")
    if not is_english(cleaned):
        cleaned.warnings.append(f"not English (looks like {cleaned.language!r}): text kept, nothing extracted "
                                f"(newsgraph analyses English)")
    if len(cleaned.text) > MAX_CHARS:
        cut = cleaned.text.rfind("\n", 0, MAX_CHARS)
        cut = cut if cut > MAX_CHARS // 2 else MAX_CHARS
        cleaned.warnings.append(f"text truncated from {len(cleaned.text):,} to {cut:,} characters")
        cleaned.text = cleaned.text[:cut]
    return cleaned


def _to_input(obj, published=None, outlet=None, n: int = 0) -> DocumentInput:
    if isinstance(obj, DocumentInput):
        return obj
    if isinstance(obj, str):
        html = looks_like_html(obj)
        return DocumentInput(id=f"doc{n}", text=None if html else obj, html=obj if html else None,
                             published=published, outlet=outlet)
    if isinstance(obj, dict):
        return DocumentInput(id=str(obj.get("id") or f"doc{n}"), text=obj.get("text"), html=obj.get("html"),
                             published=obj.get("published") or published, outlet=obj.get("outlet") or outlet,
                             url=obj.get("url"), title=obj.get("title"), author=obj.get("author"))
    raise TypeError(f"cannot analyse a {type(obj).__name__}")


def is_english(cleaned: Cleaned) -> bool:
    """English, or too little running text to tell (``language`` None)."""
    return not cleaned.language or cleaned.language == "en"


def parse_text(cleaned: Cleaned) -> str:
    """What to give spaCy for a cleaned document: nothing for text in another language, which is
    kept and flagged but not mis-analysed as English."""
    return cleaned.text if is_english(cleaned) else ""


@contextmanager
def without_cycle_collection():
    """The cyclic garbage collector paused for the length of one document's extraction, as it was after.

    Extraction makes and drops hundreds of thousands of small objects per article (Token and Span
    objects, lists, tuples); nearly all are freed by reference counting the moment they are dropped, yet
    every 700 allocations the collector walks all young objects looking for cycles: about 8% of the
    extraction's CPU time on BASIL. Nothing an article's extraction leaves behind needs the collector
    before it ends, and the collector runs as usual from the next allocation after it (what the
    extraction left in cycles is freed then); a collector the caller had paused stays paused.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyze_doc(doc, item: DocumentInput, cleaned: Cleaned) -> Analysis:
    """Run every extraction step on a parsed Doc (only the text, flagged, for another language)."""
    published = item.published or cleaned.published
    if not is_english(cleaned):
        return Analysis(
            id=item.id, text=cleaned.text, published=published, title=item.title or cleaned.title,
            outlet=item.outlet or cleaned.outlet, url=item.url or cleaned.url,
            author=item.author or cleaned.author, language=cleaned.language,
            removed=cleaned.removed, warnings=cleaned.warnings)
    with without_cycle_collection():
        doc.user_data[BYLINES] = tuple(r.text for r in cleaned.removed if r.kind == "byline")  # known_holders reads
        index = extract_entities(doc)
        warn = index.warnings  # a step that raises on this page is skipped and reported; the rest is kept
        quotes = guarded(warn, [], extract_quotes, doc, index, published=published)
        attributions = guarded(warn, [], extract_attributions, doc, index, quotes, outlet=item.outlet or cleaned.outlet,
                               url=item.url or cleaned.url, author=item.author or cleaned.author)
        events = guarded(warn, [], extract_events, doc, index, quotes, published)
        text = doc_text(doc)
        release_view(doc)  # (freed with the collector still paused: it never walks the view's thousand-odd objects)
    return Analysis(
        id=item.id, text=text, published=published, title=item.title or cleaned.title,
        outlet=item.outlet or cleaned.outlet, url=item.url or cleaned.url,
        author=item.author or cleaned.author, language=cleaned.language or "en",
        entities=index.entities, quotes=quotes, attributions=attributions, events=events,
        removed=cleaned.removed, warnings=cleaned.warnings + index.warnings)


def analyze(text_or_html: str, published: str | None = None, outlet: str | None = None, *,
            id: str | None = None, url: str | None = None, title: str | None = None,
            model: str | None = None) -> Analysis:
    """Analyse one article given as plain text or HTML."""
    item = _to_input(text_or_html, published, outlet)
    item.id = id or item.id
    item.url, item.title = url or item.url, title or item.title  # a dict input may carry its own
    cleaned = prepare(item)
    if id is None:
        item.id = doc_id_for(cleaned.text)
    nlp = load(model)
    return analyze_doc(nlp(parse_text(cleaned)), item, cleaned)


def analyze_pairs(pairs: Iterable[tuple[DocumentInput | Failure, T]], *, model: str | None = None,
                  batch_size: int = 16, skip: Callable[[DocumentInput, Cleaned, T], bool] | None = None,
                  ) -> Iterator[tuple[Analysis | Failure, T]]:
    """The batch loop: clean -> ``nlp.pipe`` -> extract, carrying a caller's context with each document.

    Yields ``(result, context)`` in input order; a bad document comes out as a ``Failure`` and
    never stops the stream. ``skip(item, cleaned, context)`` is asked after cleaning and before
    parsing: a document it returns True for is dropped (nothing is yielded for it), which is how
    ingest avoids parsing documents the store already holds.
    """
    nlp = load(model)

    def cleaned_stream():
        for item, ctx in pairs:
            if isinstance(item, Failure):
                yield "", (item, None, ctx)
                continue
            try:
                cleaned = prepare(item)
            except NewsgraphError as exc:
                yield "", (Failure(item.id, str(exc), item.origin), None, ctx)
                continue
            except Exception as exc:  # a cleaner bug must not stop the batch
                yield "", (Failure(item.id, f"could not clean: {type(exc).__name__}: {exc}", item.origin), None, ctx)
                continue
            if skip is not None and skip(item, cleaned, ctx):
                continue
            yield parse_text(cleaned), (item, cleaned, ctx)

    for doc, (item, cleaned, ctx) in nlp.pipe(cleaned_stream(), as_tuples=True, batch_size=batch_size):
        if cleaned is None:
            yield item, ctx
            continue
        try:
            yield analyze_doc(doc, item, cleaned), ctx
        except Exception as exc:  # one document's bug is reported, not fatal
            yield Failure(item.id, f"analysis failed: {type(exc).__name__}: {exc}", item.origin), ctx


def analyze_many(items: Iterable[DocumentInput | Failure | dict | str], *, model: str | None = None,
                 batch_size: int = 16) -> Iterator[Analysis | Failure]:
    """Analyse a stream of documents through ``nlp.pipe``, yielding results in input order.

    Bad documents come out as ``Failure`` records (with a reason) and never stop the stream.
    """
    def pairs():
        for n, obj in enumerate(items):
            if isinstance(obj, Failure):
                yield obj, None
                continue
            try:
                yield _to_input(obj, n=n), None
            except TypeError as exc:
                yield Failure(f"doc{n}", str(exc)), None

    for result, _ in analyze_pairs(pairs(), model=model, batch_size=batch_size):
        yield result
