"""The web UI in-process: each page's status and content, escaping, headers, read-only."""
from __future__ import annotations

import asyncio
import re
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

import webdata

pytest.importorskip("datasette", reason="datasette is not installed (pip install '.[web]')")

from newsgraph.cli import main  # noqa: E402
from newsgraph.cli_web import make_datasette  # noqa: E402
from newsgraph.web.highlight import Mark, highlight  # noqa: E402
from newsgraph.web.network import weighted_degree  # noqa: E402
from newsgraph.web.views import safe_url  # noqa: E402


def _ds(path, **kw):
    ds = make_datasette(path, **kw)
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path: str, **kw):
    return asyncio.run(ds.client.get(path, **kw))


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return webdata.build_db(tmp_path_factory.mktemp("web") / "ui.db",
                            webdata.meeting_reports() + [webdata.hostile_report()])


@pytest.fixture(scope="module")
def ds(db_path):
    return _ds(db_path)


def doc_id(db_path, input_id: str) -> str:
    with sqlite3.connect(db_path) as c:
        return c.execute("select id from documents where input_id = ?", (input_id,)).fetchone()[0]


def actor_id(db_path, name: str) -> int:
    with sqlite3.connect(db_path) as c:
        return c.execute("select id from actors where name = ?", (name,)).fetchone()[0]


# --- highlighting -------------------------------------------------------------------------

def test_highlight_escapes_every_segment_and_handles_overlaps():
    text = 'A <b>said</b> "x & y" <script>z</script>.'
    qs = text.index('"x')
    html = str(highlight(text, [Mark("quote", qs, qs + 7, "q1", "direct"), Mark("event", 0, len(text), "v1"),
                                Mark("speaker", 2, 13, "q1"), Mark("quote", 500, 900, "q9", "direct")]))
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;said&lt;/b&gt;" in html and "&amp;" in html and "&lt;script&gt;z&lt;/script&gt;" in html
    assert 'data-q="q1"' in html and 'data-ev="v1"' in html and 'data-q="q9"' not in html
    # stripping the tags gives back the escaped text exactly
    assert re.sub(r"<[^>]+>", "", html) == str(highlight(text, []))


def test_highlight_picks_innermost_quote_and_escapes_refs():
    text = "one two three four"
    html = str(highlight(text, [Mark("quote", 0, 18, "outer", "indirect"), Mark("quote", 4, 7, '"><x', "direct")]))
    assert 'class="q q-direct" data-q="&#34;&gt;&lt;x"' in html
    assert html.count('data-q="outer"') == 2


def test_safe_url_only_links_http():
    assert safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", None, ""):
        assert safe_url(bad) is None


def test_network_keeps_best_connected():
    edges = {(1, 2): {"statements": 3, "events": 0}, (2, 3): {"statements": 0, "events": 1},
             (4, 1): {"statements": 1, "events": 1}}
    assert dict(weighted_degree(edges)) == {1: 5, 2: 4, 3: 1, 4: 2}


# --- pages --------------------------------------------------------------------------------

def test_home(ds):
    r = get(ds, "/-/newsgraph")
    assert r.status_code == 200
    assert "Norway and Kenya agree on grain corridor" in r.text and "Ingrid Dahl" in r.text
    assert get(ds, "/").status_code == 302


def test_article_page(ds, db_path):
    r = get(ds, f"/-/newsgraph/article/{doc_id(db_path, 'wire-1')}")
    assert r.status_code == 200
    html = r.text
    for cls in ("q q-direct", "q q-indirect", "q q-partial", "spk", "src", "ev"):
        assert f'class="{cls}' in html or f" {cls}" in html, cls
    assert 'id="qd-q1"' in html and "video call" in html and "Norway&#39;s foreign ministry" in html
    assert "Sign up for our morning newsletter" in html  # removed boilerplate is viewable
    assert 'href="https://example.org/wire-1"' in html
    assert f'href="/-/newsgraph/actor/{actor_id(db_path, "Ingrid Dahl")}"' in html
    rows_link = re.search(r'href="(/ui/quotes\?document=[^"]+)"', html).group(1)
    assert get(ds, rows_link.replace("/ui/quotes?", "/ui/quotes.json?")).json()["rows"]
    script = re.search(r'<script src="([^"]+)"', html).group(1)
    assert script.endswith("/article.js") and get(ds, script).status_code == 200


def test_actor_page(ds, db_path):
    r = get(ds, f"/-/newsgraph/actor/{actor_id(db_path, 'Joseph Mwangi')}")
    assert r.status_code == 200
    assert r.text.count("<li><time>") == 3  # three statements on the timeline
    assert '<svg class="plot"' in r.text and r.text.count("<circle") == 3
    assert "Daily Ledger" in r.text and "Harbour Wire" in r.text  # outlets quoting him


def test_search_and_facets(ds):
    r = get(ds, "/-/newsgraph/search?q=signed")
    assert r.status_code == 200 and "2 quotes" in r.text and "Nothing has been signed" in r.text  # porter: sign
    r = get(ds, "/-/newsgraph/search?month=2024-03&country=KEN")
    assert r.status_code == 200 and "3 quotes" in r.text
    assert "facet-speaker" in r.text and "facet-outlet" in r.text
    r = get(ds, '/-/newsgraph/search?q="unbalanced AND OR (')  # FTS syntax never errors
    assert r.status_code == 200


def test_story_side_by_side_and_stories_table(ds, db_path, tmp_path):
    a, b = doc_id(db_path, "wire-1"), doc_id(db_path, "ledger-2")
    r = get(ds, f"/-/newsgraph/story?doc={a}&doc={b}")
    assert r.status_code == 200 and r.text.count('<section class="account">') == 2
    # statements aligned by the compare step: rows with one cell per account, omissions marked
    assert '<table class="aligned">' in r.text and 'class="cell cell-omitted"' in r.text
    assert "Nothing has been signed" in r.text
    assert get(ds, f"/-/newsgraph/story?doc={a}").status_code == 200  # one account: no alignment
    assert get(ds, "/-/newsgraph/story/1").status_code == 404  # no stories table yet
    copy = tmp_path / "stories.db"
    shutil.copy(db_path, copy)
    with sqlite3.connect(copy) as c:  # the stories step's tables
        c.execute("create table stories (id integer primary key, title text, first text, last text, "
                  "n_documents integer, n_sources integer, main_actors text)")
        c.execute("create table story_documents (story integer, document text primary key, duplicate_of text)")
        c.execute("insert into stories values (1, 'Grain pact', '2024-03-04', '2024-03-05', 2, 2, '[]')")
        c.executemany("insert into story_documents values (1, ?, null)", [(a,), (b,)])
    story_ds = _ds(copy)
    r = get(story_ds, "/-/newsgraph/story/1")
    assert r.status_code == 200 and "Grain pact" in r.text and r.text.count('<section class="account">') == 2
    assert '<table class="aligned">' in r.text
    assert "Grain pact" in get(story_ds, "/-/newsgraph").text


def test_network_json(ds, db_path):
    r = get(ds, "/-/newsgraph/network")
    assert r.status_code == 200 and "network.js" in r.text
    data = get(ds, "/-/newsgraph/network.json").json()
    dahl, mwangi = actor_id(db_path, "Ingrid Dahl"), actor_id(db_path, "Joseph Mwangi")
    assert {n["id"] for n in data["nodes"]} >= {dahl, mwangi}
    edge = next(e for e in data["edges"] if (e["source"], e["target"]) == (mwangi, dahl))
    assert edge["events"] == 1 and edge["goldstein"] == -0.3


def test_unknown_things_are_404(ds):
    for path in ("/-/newsgraph/article/nope", "/-/newsgraph/actor/99999", "/-/newsgraph/actor/1'or'1'='1"):
        assert get(ds, path).status_code == 404, path


def test_no_newsgraph_database(tmp_path):
    empty = tmp_path / "other.db"
    with sqlite3.connect(empty) as c:
        c.execute("create table t (x)")
    r = get(_ds(empty), "/-/newsgraph")
    assert r.status_code == 404 and "No newsgraph database" in r.text


# --- security -----------------------------------------------------------------------------

def test_hostile_article_is_escaped_everywhere(ds, db_path):
    hostile = doc_id(db_path, "hostile")
    pages = [f"/-/newsgraph/article/{hostile}", "/-/newsgraph", "/-/newsgraph/search?q=terms",
             f"/-/newsgraph/actor/{actor_id(db_path, webdata.hostile_report().entities[0].name)}",
             f"/-/newsgraph/story?doc={hostile}"]
    for path in pages:
        html = get(ds, path).text
        assert "window.__xss" in html or path.endswith("/-/newsgraph"), path
        assert "<script>window" not in html, path
        assert "<img src=x" not in html, path
        assert not re.search(r"<a[^>]+href=\"javascript:", html, re.I), path
        assert len(re.findall(r"<script\b", html)) <= 1, path  # only our own bundled file
    article = get(ds, pages[0]).text
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in article
    assert "original</a>" not in article  # the javascript: URL is shown as text, not linked


def test_security_headers_on_every_response(ds, db_path):
    for path in ("/-/newsgraph", f"/-/newsgraph/article/{doc_id(db_path, 'wire-1')}", "/ui", "/ui/quotes",
                 "/-/static-plugins/newsgraph/article.js", "/-/newsgraph/nope"):
        h = get(ds, path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"


def test_read_only(ds, db_path):
    r = asyncio.run(ds.client.post("/-/newsgraph/search", data={"q": "x"}))
    assert r.status_code in (403, 405)
    r = get(ds, "/ui.json?sql=delete+from+quotes")
    assert r.status_code >= 400
    with sqlite3.connect(db_path) as c:
        assert c.execute("select count(*) from quotes").fetchone()[0] == 9
    no_sql = _ds(db_path, sql=False)
    assert get(no_sql, "/ui.json?sql=select+1").status_code == 403


def test_no_path_traversal(ds):
    for path in ("/-/static-plugins/newsgraph/../../../../../../etc/passwd",
                 "/-/static-plugins/newsgraph/..%2f..%2f..%2f..%2fetc%2fpasswd",
                 "/-/static-plugins/newsgraph/%2e%2e/%2e%2e/__init__.py",
                 "/-/static-plugins/newsgraph.web/..%2f..%2f..%2f..%2fetc%2fpasswd",
                 "/-/newsgraph/article/..%2f..%2fetc%2fpasswd"):
        r = get(ds, path)
        assert r.status_code in (302, 404), path  # 302: Datasette's redirect for an unknown plugin name
        assert "root:" not in r.text and "import" not in r.text


# --- CLI ----------------------------------------------------------------------------------

def test_serve_cli_help_and_missing_db(tmp_path):
    runner = CliRunner()
    assert "serve" in runner.invoke(main, ["--help"]).output
    r = runner.invoke(main, ["serve", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 2 and "no database" in r.output


# --- the demo database ----------------------------------------------------------------------

def test_every_page_of_the_demo_database(nlp):
    db = webdata.sample_db()
    if db is None:
        pytest.skip("src/newsgraph/data/sample is empty")
    demo = _ds(db)
    with sqlite3.connect(db) as c:
        docs = [r[0] for r in c.execute("select id from documents")]
        actors = [r[0] for r in c.execute("select id from actors")]
        stories = [r[0] for r in c.execute("select id from stories")] if c.execute(
            "select 1 from sqlite_master where name = 'stories'").fetchone() else []
        n_quotes = c.execute("select count(*) from quotes").fetchone()[0]
    assert docs and actors and n_quotes
    paths = [f"/-/newsgraph/article/{d}" for d in docs] + [f"/-/newsgraph/actor/{a}" for a in actors]
    paths += [f"/-/newsgraph/story/{s}" for s in stories] + ["/-/newsgraph", "/-/newsgraph/search",
                                                              "/-/newsgraph/network", "/-/newsgraph/network.json"]
    for path in paths:
        assert get(demo, path).status_code == 200, path
    shown = sum(get(demo, f"/-/newsgraph/article/{d}").text.count('<section class="qd"') for d in docs)
    assert shown == n_quotes  # every stored quote has its details panel
