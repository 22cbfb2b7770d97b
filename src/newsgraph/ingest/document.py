"""One reader document to one ``Cleaned``: HTML or plain text, with the reader's warnings kept."""
from __future__ import annotations

from ..errors import InputError
from ..model import DocumentInput
from .cleaned import Cleaned
from .html import clean_html
from .text import clean_text


def clean_document(item: DocumentInput) -> Cleaned:
    """Clean ``item`` (its HTML when it has some, else its text); raise ``InputError`` when empty.

    Warnings the reader attached (a legacy encoding, say) come first in ``Cleaned.warnings``.
    """
    if item.html is not None:
        cleaned = clean_html(item.html, url=item.url)
    elif item.text is not None:
        cleaned = clean_text(item.text)
    else:
        raise InputError("no text")
    cleaned.warnings[:0] = list(getattr(item, "warnings", None) or [])
    return cleaned
