"""RSS and Atom feed files: one document per entry that carries text or HTML (feedparser)."""
from __future__ import annotations

import time
from collections.abc import Iterator

from ..model import DocumentInput, Failure

FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def looks_like_feed(head: bytes) -> bool:
    h = head[:2000].lower()
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return time.strftime("%Y-%m-%d", t)
    return None


def read_feed(data: bytes, stem: str, origin: str, published: str | None = None,
              outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    """Entries of a feed as documents: the longest of content/summary, as HTML."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a feed with entries ({parsed.bozo_exception})" if parsed.bozo else "feed has no entries"
        yield Failure(stem, reason, origin)
        return
    feed_title = parsed.feed.get("title") or outlet
    for n, e in enumerate(parsed.entries, 1):
        where = f"{origin}#{n}"
        bodies = [c.get("value", "") for c in e.get("content", [])] + [e.get("summary", "")]
        body = max(bodies, key=len) if bodies else ""
        doc_id = str(e.get("id") or e.get("link") or f"{stem}-{n}")
        if not body.strip():
            yield Failure(doc_id, "feed entry has no text", where)
            continue
        yield DocumentInput(id=doc_id, html=f"<html><body><article><h1>{_esc(e.get('title', ''))}</h1>{body}"
                                             f"</article></body></html>",
                            published=_date(e) or published, outlet=outlet or feed_title, url=e.get("link"),
                            title=e.get("title"), author=e.get("author"), origin=where)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
