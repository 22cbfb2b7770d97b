"""Readers: files, folders, JSON/JSONL, standard input; failures name the file (and line)."""
from __future__ import annotations

import io
import json
import sys

from newsgraph.ingest.readers import looks_like_html, read_inputs
from newsgraph.model import DocumentInput, Failure

TEXT = "The harbour of Norvale reopened on Friday after three weeks of repairs, the port said."
HTML = f"<!DOCTYPE html><html><head><title>Harbour</title></head><body><p>{TEXT}</p></body></html>"


def test_text_and_html_files(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.html").write_text(HTML)
    (tmp_path / "c.text").write_text(HTML)  # .txt/.text stay text even when they hold markup
    a, b, c = read_inputs([tmp_path / "a.txt", tmp_path / "b.html", tmp_path / "c.text"])
    assert (a.id, a.text, a.html) == ("a", TEXT, None)
    assert (b.id, b.text, b.html) == ("b", None, HTML)
    assert c.text == HTML
    assert a.origin == str(tmp_path / "a.txt")


def test_options_passed_through(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (item,) = read_inputs([tmp_path / "a.txt"], published="2024-02-01", outlet="Gazette")
    assert (item.published, item.outlet) == ("2024-02-01", "Gazette")


def test_folder_recursive_sorted_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT)
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.htm").write_text(HTML)
    (tmp_path / ".hidden.txt").write_text(TEXT)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text(TEXT)
    (tmp_path / "notes.md").write_text(TEXT)
    out = list(read_inputs([tmp_path]))
    assert [x.id for x in out] == ["a", "b", "c"]


def test_folder_is_streamed(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(TEXT)
    stream = read_inputs([tmp_path])
    first = next(stream)
    (tmp_path / "2.txt").unlink()  # files are read one by one, when their turn comes
    rest = list(stream)
    assert first.id == "0"
    assert [type(x).__name__ for x in rest] == ["ReadInput", "Failure"]


def test_jsonl_objects_and_ids(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [{"id": "x1", "text": TEXT, "published": "2024-01-02", "outlet": "Gazette", "url": "http://n.example/1",
             "title": "Harbour"},
            {"html": HTML},
            {"id": "x3"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    a, b, c = read_inputs([path])
    assert (a.id, a.text, a.published, a.outlet, a.url, a.title) == ("x1", TEXT, "2024-01-02", "Gazette",
                                                                     "http://n.example/1", "Harbour")
    assert (b.id, b.html) == ("batch-2", HTML)
    assert isinstance(c, Failure) and "neither 'text' nor 'html'" in c.reason
    assert c.origin.endswith("batch.jsonl:3")


def test_jsonl_non_object_line(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('[1, 2]\n"text"\n')
    out = list(read_inputs([path]))
    assert all(isinstance(x, Failure) and "not an object" in x.reason for x in out)
    assert [x.origin.rsplit(":", 1)[1] for x in out] == ["1", "2"]


def test_json_file_object_list_and_basil_shape(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": TEXT}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "p", "text": TEXT}, {"text": TEXT}]))
    (tmp_path / "basil.json").write_text(json.dumps({
        "title": "Harbour Reopens", "date": "2011-05-02", "source": "fox", "uuid": "u-1",
        "body-paragraphs": [["First paragraph."], ["Second", "paragraph."]]}))
    (tmp_path / "broken.json").write_text('{"text": ')
    out = {x.id: x for x in read_inputs([tmp_path])}
    assert out["one"].text == TEXT
    assert out["p"].text == TEXT and "many-2" in out
    basil = out["u-1"]
    assert basil.text == "Harbour Reopens\n\nFirst paragraph.\n\nSecond paragraph."
    assert (basil.published, basil.outlet, basil.title) == ("2011-05-02", "fox", "Harbour Reopens")
    assert isinstance(out["broken"], Failure) and "not JSON" in out["broken"].reason


def test_missing_path(tmp_path):
    (f,) = read_inputs([tmp_path / "nope.txt"])
    assert isinstance(f, Failure) and f.reason == "no such file or folder"
    assert "nope.txt" in str(f)


def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT)
    path.chmod(0)
    try:
        out = list(read_inputs([path]))
    finally:
        path.chmod(0o644)
    if isinstance(out[0], DocumentInput):  # running as root: permissions do not apply
        return
    assert "cannot read" in out[0].reason


def test_stdin_text_html_and_jsonl(monkeypatch):
    def run(data: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return list(read_inputs(["-"]))

    (t,) = run(TEXT.encode())
    assert (t.id, t.text, t.origin) == ("stdin", TEXT, "<stdin>")
    (h,) = run(HTML.encode())
    assert h.html == HTML
    lines = (json.dumps({"id": "s1", "text": TEXT}) + "\n{broken\n" + json.dumps({"id": "s3", "text": TEXT}))
    out = run(lines.encode())
    assert [getattr(x, "id", None) for x in out] == ["s1", "stdin-2", "s3"]
    assert isinstance(out[1], Failure) and out[1].origin == "<stdin>:2"
    (e,) = run(b"")
    assert isinstance(e, Failure) and e.reason == "empty file"


def test_looks_like_html():
    assert looks_like_html(HTML)
    assert looks_like_html("<div class='x'><p>Hi there</p></div>")
    assert not looks_like_html(TEXT)
    assert not looks_like_html("Use the <b> tag for bold, he said.")


def test_clean_document_keeps_reader_warnings(tmp_path):
    from newsgraph.ingest.document import clean_document

    path = tmp_path / "legacy.txt"
    path.write_bytes((TEXT + " Caf\u00e9 owners agreed.").encode("cp1252"))
    (item,) = read_inputs([path])
    cleaned = clean_document(item)
    assert "Caf\u00e9" in cleaned.text
    assert "UTF-8" in cleaned.warnings[0]
    (h,) = read_inputs([tmp_path / "x.html"]) if (tmp_path / "x.html").write_text(HTML) else []
    assert TEXT in clean_document(h).text
