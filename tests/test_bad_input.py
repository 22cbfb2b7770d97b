"""Bad input: every kind gets a one-line reason (or a warning) and never an exception escape."""
from __future__ import annotations

import codecs
import json

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.decoding import decode, decode_text
from newsgraph.ingest.html import clean_html
from newsgraph.ingest.language import detect_language
from newsgraph.ingest.readers import read_inputs
from newsgraph.ingest.text import clean_text
from newsgraph.model import DocumentInput, Failure

ARTICLE = ("The minister of Valdoria said on Monday that talks with Ostland would resume next week. "
           "\u201cWe are ready to listen,\u201d she told reporters in the capital. Officials in Ostland "
           "did not comment on the plan, which follows months of tension over the border crossing.")


def failures(tmp_path, name: str, data: bytes) -> list[Failure]:
    path = tmp_path / name
    path.write_bytes(data)
    out = list(read_inputs([path]))
    return [x for x in out if isinstance(x, Failure)]


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n  \r\n", "only whitespace"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
    ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "JPEG image"),
    ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100), "zip archive"),
    ("noise.txt", bytes((i * 37) % 32 for i in range(4000)), "control bytes"),
])
def test_bad_files_fail_with_reason(tmp_path, name, data, reason):
    (f,) = failures(tmp_path, name, data)
    assert reason in f.reason
    assert name in str(f) and "\n" not in str(f)


def test_cp1252_text_decoded_with_warning():
    data = ("The caf\u00e9 owner\u2019s \u201cbest\u201d year \u2013 record sales, na\u00efve hopes. " * 5
            ).encode("cp1252")
    text, warnings = decode_text(data)
    assert "caf\u00e9" in text and "\u201cbest\u201d" in text
    assert warnings and "not valid UTF-8" in warnings[0]


def test_latin1_text_decoded():
    data = ("Se\u00f1or Mu\u00f1oz visited S\u00e3o Paulo and Z\u00fcrich in the spring. " * 4).encode("latin-1")
    text, warnings = decode_text(data)
    assert "Mu\u00f1oz" in text and "Z\u00fcrich" in text
    assert warnings


def test_reader_carries_decode_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes((ARTICLE.replace("\u201c", '"').replace("\u201d", '"') + " Caf\u00e9.").encode("cp1252"))
    (item,) = list(read_inputs([path]))
    assert isinstance(item, DocumentInput)
    assert "Caf\u00e9" in item.text
    assert any("UTF-8" in w for w in item.warnings)


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_byte_order_marks(bom, codec):
    assert decode(bom + ARTICLE.encode(codec)) == ARTICLE


def test_utf16_without_bom():
    text, warnings = decode_text(ARTICLE.encode("utf-16-le"))
    assert text == ARTICLE and warnings


def test_stray_control_characters_removed_with_warning():
    text, warnings = decode_text(ARTICLE.encode() + b"\x00\x07 end.")
    assert "\x00" not in text and text.endswith(" end.")
    assert any("control" in w for w in warnings)


def test_truncated_html_still_extracts():
    html = "<html><head><title>Talks</title></head><body><article>" + f"<p>{ARTICLE}</p>" * 3 + "<p>And then the"
    c = clean_html(html)
    assert "ready to listen" in c.text


def test_deeply_nested_html_does_not_crash():
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{ARTICLE}</p>" + "</div>" * 10_000 + "</body></html>"
    c = clean_html(html)
    assert "ready to listen" in c.text


def test_unclosed_nesting_does_not_crash():
    html = "<html><body>" + "<span><b><i>" * 5000 + ARTICLE
    try:
        c = clean_html(html)
    except InputError:
        return
    assert "ready to listen" in c.text


def test_huge_single_line_truncated_with_warning(tmp_path):
    line = ("word " * 10_000_000)[:50_000_000]  # 50 MB, no newline
    path = tmp_path / "huge.txt"
    path.write_text(line)
    (item,) = list(read_inputs([path]))
    c = clean_text(item.text)
    assert len(c.text) <= 1_000_000
    assert any("truncated" in w for w in c.warnings)


def test_truncation_limit_configurable():
    c = clean_text(ARTICLE * 10, max_chars=500)
    assert len(c.text) <= 500 and c.warnings


def test_jsonl_broken_line_fails_alone(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "a", "text": ARTICLE})
    path.write_text(f"{good}\n{{\"id\": \"b\", \"text\": \"cut off\n{json.dumps({'id': 'c', 'text': ARTICLE})}\n")
    out = list(read_inputs([path]))
    assert [type(x).__name__ for x in out] == ["ReadInput", "Failure", "ReadInput"]
    assert out[1].origin.endswith("batch.jsonl:2") and "not JSON" in out[1].reason
    assert [out[0].id, out[2].id] == ["a", "c"]


def test_links_page_refused():
    items = "".join(f'<li><a href="/story/{i}">Story number {i} about the harbour</a></li>' for i in range(80))
    html = f"<html><head><title>Index</title></head><body><nav><ul>{items}</ul></nav></body></html>"
    with pytest.raises(InputError, match="not an article: mostly links"):
        clean_html(html)


def test_url_list_text_refused():
    raw = "\n".join(f"https://example.org/story/{i}" for i in range(20))
    with pytest.raises(InputError, match="mostly links"):
        clean_text(raw)


@pytest.mark.parametrize("text, code", [
    ("El ministro de Valdoria dijo el lunes que las conversaciones con Ostland se reanudar\u00e1n la "
     "semana pr\u00f3xima, seg\u00fan fuentes del gobierno, pero no hay una fecha para la reuni\u00f3n.", "es"),
    ("Le ministre de Valdoria a d\u00e9clar\u00e9 lundi que les discussions avec Ostland reprendraient "
     "la semaine prochaine, selon des sources du gouvernement, mais il n'y a pas de date.", "fr"),
    ("Der Minister von Valdoria sagte am Montag, dass die Gespr\u00e4che mit Ostland in der n\u00e4chsten "
     "Woche wieder aufgenommen werden, aber es gibt noch keinen Termin f\u00fcr das Treffen.", "de"),
    ("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 "
     "\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a, \u0447\u0442\u043e "
     "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0432\u043e\u0437\u043e\u0431"
     "\u043d\u043e\u0432\u044f\u0442\u0441\u044f.", "ru"),
    (ARTICLE, "en"),
])
def test_language_detection(text, code):
    assert detect_language(text) == code


def test_non_english_flagged_by_cleaner():
    raw = ("Il ministro di Valdoria ha detto luned\u00ec che i colloqui con Ostland riprenderanno la "
           "settimana prossima, secondo fonti del governo, ma non c'\u00e8 ancora una data.")
    assert clean_text(raw).language == "it"


def test_short_text_not_judged():
    assert detect_language("Talks resume") is None


def test_analyze_many_skips_bad_documents(tmp_path, nlp):
    from newsgraph import analyze_many

    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4\n" + bytes(300))
    (tmp_path / "c.txt").write_text("Der Minister sagte am Montag, dass die Gespr\u00e4che mit Ostland in der "
                                    "n\u00e4chsten Woche wieder aufgenommen werden und es keinen Termin gibt.")
    out = list(analyze_many(read_inputs([tmp_path])))
    assert [type(x).__name__ for x in out] == ["Analysis", "Failure", "Analysis"]
    assert "PDF" in out[1].reason
    # another language: kept and flagged, not mis-analysed as English
    assert out[2].language == "de" and not out[2].quotes and not out[2].entities
    assert any("not English" in w for w in out[2].warnings)


def test_oversized_html_cut_with_warning():
    script = "<script>var data = '" + "x" * 5000 + "';</script>"
    html = ("<html><head><title>Talks</title></head><body>" + script * 40 + "<article>"
            + f"<p>{ARTICLE}</p>" * 3 + "</article>" + "<p>tail</p>" * 5000 + "</body></html>")
    c = clean_html(html, max_chars=50_000)
    assert "ready to listen" in c.text
    assert any("HTML cut" in w for w in c.warnings)


def test_adversarial_runs_do_not_hang():
    for s in ('"' * 200_000, "(" + "A" * 200_000, "<a " * 50_000, "\u201c \u201d " * 50_000):
        try:
            clean_text(s)
        except InputError:
            pass


def test_undecodable_bytes_fail_with_reason(tmp_path):
    data = bytes((0x80 + (i * 73) % 128) for i in range(3000))  # high bytes only: no encoding reads it as text
    (f,) = failures(tmp_path, "mojibake.txt", data)
    assert f.reason.startswith("undecodable bytes")


def test_cyrillic_cp1251_decoded():
    text = ("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b \u0432\u043e "
            "\u0432\u0442\u043e\u0440\u043d\u0438\u043a, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433"
            "\u043e\u0432\u043e\u0440\u044b \u0431\u0443\u0434\u0443\u0442 \u043f\u0440\u043e\u0434\u043e"
            "\u043b\u0436\u0435\u043d\u044b. ") * 5
    decoded, warnings = decode_text(text.encode("cp1251"))
    assert decoded == text and warnings
    assert detect_language(decoded) == "ru"
