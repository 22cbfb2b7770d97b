"""Main text and metadata from HTML pages through trafilatura."""
from __future__ import annotations

from ..errors import InputError
from .cleaned import Cleaned


def clean_html(html: str, url: str | None = None) -> Cleaned:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_recall=True)
    if doc is None:
        raise InputError("no article text found in the HTML")
    text = (doc.text or "").strip()
    return Cleaned(text=text, title=doc.title, author=doc.author, published=doc.date,
                   outlet=doc.sitename, url=doc.url or url)
