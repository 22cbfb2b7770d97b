"""Sidecar metadata for a folder of plain-text articles.

A file ``manifest.json`` in a folder maps file names to metadata that plain text cannot
carry: ``{"story.txt": {"published": "2024-02-01", "outlet": "...", "url": "...",
"title": "...", "author": "..."}}``. Readers apply it to the files beside it and do not
read the manifest itself as a document.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

NAME = "manifest.json"
FIELDS = ("published", "outlet", "url", "title", "author")


def is_manifest(path: Path) -> bool:
    return path.name == NAME and bool(load(path.parent))


@lru_cache(maxsize=256)
def load(folder: Path) -> dict[str, dict]:
    """The manifest of ``folder`` ({} when there is none or it is not a mapping of file metadata)."""
    p = folder / NAME
    if not p.is_file():
        return {}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or not data or not all(isinstance(v, dict) for v in data.values()):
        return {}
    if not all("." in k for k in data):
        return {}
    return {k: {f: v.get(f) for f in FIELDS if v.get(f)} for k, v in data.items()}


def apply(item, path: Path):
    """Fill what ``item`` lacks from the manifest entry of ``path`` (the item's own values win)."""
    meta = load(path.parent).get(path.name)
    if meta:
        for f, v in meta.items():
            if getattr(item, f, None) in (None, ""):
                setattr(item, f, v)
    return item
