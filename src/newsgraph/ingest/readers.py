"""Turning paths (files, folders, JSONL, standard input) into documents to analyse.

Readers never raise for one bad document: they yield a ``Failure`` with a one-line reason
naming the file (and the line, for JSONL) and go on, so one bad file never stops a batch.
They stream: a folder is walked file by file, a JSONL file line by line.
"""
from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import DocumentInput, Failure
from . import manifest
from .decoding import decode, decode_text
from .feeds import FEED_SUFFIXES, looks_like_feed, read_feed

__all__ = ["SUFFIXES", "ReadInput", "decode", "decode_text", "looks_like_html", "read_inputs", "read_path"]

SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".rss", ".atom", ".xml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are refused (JSONL files are streamed, no limit)
MAX_LINE_BYTES = 64 * 1024 * 1024  # one JSONL line longer than this fails
TEXT_KEYS = ("text", "body", "content", "article", "articleBody")
_HTML_MARKERS = ("<html", "<!doctype html", "<body", "<head", "<article", "<div", "<p>", "<p ", "<br", "<meta ")


@dataclass
class ReadInput(DocumentInput):
    """A ``DocumentInput`` that also carries what the reader noticed (e.g. a legacy encoding)."""

    warnings: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    """True when the head of ``text`` is HTML markup rather than plain text."""
    head = text[:4000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head:
        return True
    hits = sum(marker in head for marker in _HTML_MARKERS)
    return hits >= 2 or ("<p>" in head and "</p>" in head) or "<html" in head or "<body" in head


def _basil_text(obj: dict) -> str:
    paragraphs = obj.get("body-paragraphs") or []
    body = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs)
    title = obj.get("title") or ""
    return f"{title}\n\n{body}" if title else body


def _from_object(obj: object, default_id: str, origin: str, published: str | None,
                 outlet: str | None, warnings: list[str] | None = None) -> ReadInput:
    if not isinstance(obj, dict):
        raise InputError(f"JSON value is a {type(obj).__name__}, not an object")
    text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)), None)
    html = obj.get("html") if isinstance(obj.get("html"), str) else None
    if text is None and html is None and "body-paragraphs" in obj:  # BASIL-style article
        text = _basil_text(obj)
    if text is None and html is None:
        raise InputError("object has neither 'text' nor 'html'")
    published = obj.get("published") or obj.get("date") or published
    return ReadInput(
        id=str(obj.get("id") or obj.get("uuid") or default_id), text=text, html=html,
        published=str(published) if published is not None else None,
        outlet=obj.get("outlet") or obj.get("source") or outlet, url=obj.get("url"),
        title=obj.get("title"), author=obj.get("author"), origin=origin, warnings=list(warnings or []))


def _from_raw(raw: str, doc_id: str, origin: str, suffix: str, published: str | None,
              outlet: str | None, warnings: list[str]) -> ReadInput:
    is_html = suffix in HTML_SUFFIXES or (suffix not in {".txt", ".text"} and looks_like_html(raw))
    return ReadInput(id=doc_id, text=None if is_html else raw, html=raw if is_html else None,
                     published=published, outlet=outlet, origin=origin, warnings=warnings)


def _objects(raw: str, stem: str, origin: str, published, outlet,
             warnings: list[str]) -> Iterator[DocumentInput | Failure]:
    """A .json file: one object, a list of objects, or BASIL-style JSON."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield Failure(stem, f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", origin)
        return
    objs = obj if isinstance(obj, list) else [obj]
    for n, o in enumerate(objs, 1):
        doc_id = stem if len(objs) == 1 else f"{stem}-{n}"
        try:
            yield _from_object(o, doc_id, origin if len(objs) == 1 else f"{origin}[{n}]", published, outlet,
                               warnings)
        except InputError as exc:
            yield Failure(doc_id, str(exc), origin)


def read_jsonl(stream: BinaryIO, stem: str, origin: str, published: str | None = None,
               outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    """Stream JSONL objects; a broken line fails alone, with its line number."""
    for n, line in enumerate(stream, 1):
        where = f"{origin}:{n}"
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            yield Failure(f"{stem}-{n}", f"line too long ({len(line):,} bytes)", where)
            continue
        try:
            text, warnings = decode_text(line)
            obj = json.loads(text)
            yield _from_object(obj, f"{stem}-{n}", where, published, outlet, warnings)
        except json.JSONDecodeError as exc:
            yield Failure(f"{stem}-{n}", f"not JSON: {exc.msg} (column {exc.colno})", where)
        except InputError as exc:
            yield Failure(f"{stem}-{n}", str(exc), where)


def read_path(path: Path, published: str | None = None, outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    """Documents from one file (with the metadata of a ``manifest.json`` beside it, if any)."""
    if manifest.is_manifest(path):
        return
    for item in _read_path(path, None, None):
        if not isinstance(item, Failure):
            manifest.apply(item, path)  # the file's own metadata first, then the manifest's,
            item.published = item.published or published  # then the caller's fallbacks
            item.outlet = item.outlet or outlet
        yield item


def _read_path(path: Path, published: str | None = None, outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    origin, stem, suffix = str(path), path.stem, path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, stem, origin, published, outlet)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Failure(stem, f"file too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES / 2**20:.0f} MB)",
                          origin)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(stem, f"cannot read: {exc.strerror or exc}", origin)
        return
    if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and looks_like_feed(data)):
        if looks_like_feed(data):
            yield from read_feed(data, stem, origin, published, outlet)
            return
        if suffix in FEED_SUFFIXES:
            yield Failure(stem, "not an RSS or Atom feed", origin)
            return
    try:
        raw, warnings = decode_text(data)
    except InputError as exc:
        yield Failure(stem, str(exc), origin)
        return
    if suffix == ".json":
        yield from _objects(raw, stem, origin, published, outlet, warnings)
        return
    yield _from_raw(raw, stem, origin, suffix, published, outlet, warnings)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` with a known suffix, in sorted order, skipping hidden names."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def read_stdin(stream: BinaryIO, published: str | None = None,
               outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    """Standard input: JSON or JSONL objects when it starts with '{' or '[', else one document."""
    data = stream.read()
    try:
        raw, warnings = decode_text(data)
    except InputError as exc:
        yield Failure("stdin", str(exc), "<stdin>")
        return
    head = raw.lstrip()[:1]
    if head in ("{", "["):
        try:
            json.loads(raw)
        except json.JSONDecodeError:
            if head == "{":
                yield from read_jsonl(io.BytesIO(raw.encode("utf-8")), "stdin", "<stdin>", published, outlet)
                return
        else:
            yield from _objects(raw, "stdin", "<stdin>", published, outlet, warnings)
            return
    yield _from_raw(raw, "stdin", "<stdin>", "", published, outlet, warnings)


def read_inputs(paths: Iterable[str | Path], published: str | None = None,
                outlet: str | None = None) -> Iterator[DocumentInput | Failure]:
    """Yield a document (or a failure) for every input named: files, folders, JSONL, '-'."""
    for p in paths:
        if str(p) == "-":
            yield from read_stdin(sys.stdin.buffer, published, outlet)
            continue
        path = Path(p)
        try:
            if path.is_dir():
                for f in _walk(path):
                    yield from read_path(f, published, outlet)
            elif path.exists():
                yield from read_path(path, published, outlet)
            else:
                yield Failure(path.stem or str(p), "no such file or folder", str(path))
        except OSError as exc:
            yield Failure(path.stem or str(p), f"cannot read: {exc.strerror or exc}", str(path))
