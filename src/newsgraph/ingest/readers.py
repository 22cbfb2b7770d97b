"""Turning paths (files, folders, JSONL, standard input) into documents to analyse.

Readers never raise for one bad document: they yield a ``Failure`` with a one-line reason
and go on, so one bad file never stops a batch.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import DocumentInput, Failure

SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM; binary is refused."""
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}") from None


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<p>" in head and "</p>" in head)


def _from_object(obj: dict, default_id: str, origin: str, published, outlet) -> DocumentInput:
    if not isinstance(obj, dict):
        raise InputError("JSON value is not an object")
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None and "body-paragraphs" in obj:  # BASIL-style article
        text = (obj.get("title") or "") + "\n\n" + "\n\n".join(" ".join(p) for p in obj["body-paragraphs"])
    if text is None and html is None:
        raise InputError("object has neither 'text' nor 'html'")
    return DocumentInput(
        id=str(obj.get("id") or obj.get("uuid") or default_id), text=text, html=html,
        published=obj.get("published") or obj.get("date") or published,
        outlet=obj.get("outlet") or obj.get("source") or outlet, url=obj.get("url"),
        title=obj.get("title"), author=obj.get("author"), origin=origin)


def read_path(path: Path, published: str | None = None, outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    origin = str(path)
    stem = path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(stem, f"cannot read: {exc.strerror or exc}", origin)
        return
    try:
        raw = decode(data)
    except InputError as exc:
        yield Failure(stem, str(exc), origin)
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{origin}:{n}"
            try:
                yield _from_object(json.loads(line), f"{stem}-{n}", where, published, outlet)
            except json.JSONDecodeError as exc:
                yield Failure(f"{stem}-{n}", f"not JSON: {exc.msg}", where)
            except InputError as exc:
                yield Failure(f"{stem}-{n}", str(exc), where)
        return
    if suffix == ".json":
        try:
            obj = json.loads(raw)
            objs = obj if isinstance(obj, list) else [obj]
            for n, o in enumerate(objs, 1):
                yield _from_object(o, stem if len(objs) == 1 else f"{stem}-{n}", origin, published, outlet)
        except json.JSONDecodeError as exc:
            yield Failure(stem, f"not JSON: {exc.msg}", origin)
        except InputError as exc:
            yield Failure(stem, str(exc), origin)
        return
    is_html = suffix in HTML_SUFFIXES or (suffix not in {".txt", ".text"} and looks_like_html(raw))
    yield DocumentInput(id=stem, text=None if is_html else raw, html=raw if is_html else None,
                        published=published, outlet=outlet, origin=origin)


def read_inputs(paths: Iterable[str | Path], published: str | None = None,
                outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    """Yield a document (or a failure) for every input named: files, folders, JSONL, '-'."""
    for p in paths:
        if str(p) == "-":
            data = sys.stdin.buffer.read()
            try:
                raw = decode(data)
            except InputError as exc:
                yield Failure("stdin", str(exc), "<stdin>")
                continue
            html = looks_like_html(raw)
            yield DocumentInput(id="stdin", text=None if html else raw, html=raw if html else None,
                                published=published, outlet=outlet, origin="<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            for f in files:
                yield from read_path(f, published, outlet)
        elif path.exists():
            yield from read_path(path, published, outlet)
        else:
            yield Failure(path.stem, "no such file or folder", str(path))
