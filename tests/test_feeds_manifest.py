import json

from newsgraph.ingest.readers import read_inputs
from newsgraph.model import DocumentInput, Failure

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Harbour Times</title>
<item><title>Valdoria pledges support</title><link>https://harbour.example/a</link>
<guid>harbour-a</guid><pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Defence Minister Anselm Dravik said on Tuesday that Valdoria would "stand firmly"
with Kestria.&lt;/p&gt;</description></item>
<item><title>Empty entry</title><link>https://harbour.example/b</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Norland Press Agency</title>
<entry><title>Clash at Brenna</title><id>npa-1</id><updated>2026-10-13T11:02:00Z</updated>
<link href="https://npa.example/1"/><content type="html">&lt;p&gt;The border service said seven
attackers were killed.&lt;/p&gt;</content></entry></feed>"""


def test_rss_entries_become_documents(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    out = list(read_inputs([tmp_path / "feed.rss"]))
    docs = [x for x in out if isinstance(x, DocumentInput)]
    fails = [x for x in out if isinstance(x, Failure)]
    assert len(docs) == 1 and len(fails) == 1 and "no text" in fails[0].reason
    d = docs[0]
    assert d.id == "harbour-a" and d.published == "2026-11-03" and d.outlet == "The Harbour Times"
    assert d.url == "https://harbour.example/a" and "stand firmly" in d.html


def test_atom_feed_in_a_folder_is_read_by_content(tmp_path):
    (tmp_path / "npa.xml").write_text(ATOM, encoding="utf-8")
    (d,) = list(read_inputs([tmp_path]))
    assert d.outlet == "Norland Press Agency" and d.published == "2026-10-13" and "seven" in d.html


def test_xml_that_is_not_a_feed_fails_cleanly(tmp_path):
    (tmp_path / "x.xml").write_text("<root><a>1</a></root>", encoding="utf-8")
    (f,) = list(read_inputs([tmp_path / "x.xml"]))
    assert isinstance(f, Failure) and "feed" in f.reason


def test_manifest_fills_metadata_and_is_not_a_document(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nThe minister said so on Tuesday.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps(
        {"a.txt": {"published": "2026-11-04", "outlet": "The Meridian Post", "url": "https://m.example/a"}}))
    (d,) = list(read_inputs([tmp_path]))
    assert (d.id, d.published, d.outlet, d.url) == ("a", "2026-11-04", "The Meridian Post", "https://m.example/a")
    (d,) = list(read_inputs([tmp_path / "a.txt"], published="2020-01-01", outlet="X"))
    assert d.published == "2026-11-04"  # --published is a fallback for inputs that carry no date
    (tmp_path / "b.txt").write_text("Another\n\nThe minister said so.", encoding="utf-8")
    (d,) = list(read_inputs([tmp_path / "b.txt"], published="2020-01-01", outlet="X"))
    assert (d.published, d.outlet) == ("2020-01-01", "X")


def test_a_json_document_named_manifest_is_still_read(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"id": "m", "text": "The minister said so."}))
    (d,) = list(read_inputs([tmp_path]))
    assert d.id == "m"
