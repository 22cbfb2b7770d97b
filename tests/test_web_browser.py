"""The web UI in a real headless Chromium (Debian's `chromium`, driven by Playwright).

`newsgraph serve` runs in a subprocess over a store database; each page is opened, a quote
is clicked and its details checked; hostile article text must not run. Screenshots go to
test-artifacts/web/. Skipped when /usr/bin/chromium or playwright is missing (CI installs both).
"""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

import webdata

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "web"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium is not installed at /usr/bin/chromium "
                                                              "(apt-get install chromium; CI installs it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
pytest.importorskip("datasette", reason="datasette is not installed (pip install '.[web]')")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from newsgraph.cli import main; main()", "serve", "--db", str(db),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/-/newsgraph", timeout=1).read()
            return proc, base
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"newsgraph serve exited: {proc.stdout.read().decode(errors='replace')}") from None
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("newsgraph serve did not start")


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory):
    return webdata.build_db(tmp_path_factory.mktemp("webb") / "ui.db",
                            webdata.meeting_reports() + [webdata.hostile_report()])


@pytest.fixture(scope="module")
def server(fixture_db):
    proc, base = _serve(fixture_db)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        ctx = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=ARGS, headless=True,
                                                    viewport={"width": 1360, "height": 900})
        yield ctx
        ctx.close()


@pytest.fixture()
def page(browser):
    p = browser.new_page()
    p.errors = []
    p.dialogs = []
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    yield p
    p.close()


def _doc_id(db: Path, input_id: str) -> str:
    with sqlite3.connect(db) as c:
        return c.execute("select id from documents where input_id = ?", (input_id,)).fetchone()[0]


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_home_lists_articles_and_actors(page, server):
    page.goto(server + "/-/newsgraph")
    assert "Norway and Kenya agree on grain corridor" in page.inner_text("main")
    assert "Ingrid Dahl" in page.inner_text("main")
    _shot(page, "home")
    assert page.errors == []


def test_article_click_quote_shows_details(page, server, fixture_db):
    page.goto(f"{server}/-/newsgraph/article/{_doc_id(fixture_db, 'wire-1')}")
    assert page.locator("#article-text span.q-direct").count() >= 1
    assert page.locator("#article-text span.q-indirect").count() >= 1
    assert page.locator("#article-text span.q-partial").count() >= 1
    assert page.locator("#qd-q1").is_hidden()
    page.locator("#article-text span.q-direct").first.click()
    panel = page.locator("#qd-q1")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "Ingrid Dahl" in text and "told" in text and "Joseph Mwangi" in text and "video call" in text
    assert "Norway's foreign ministry" in panel.locator(".d-chain").inner_text()
    assert "Harbour Wire" in panel.locator(".d-chain").inner_text()
    assert page.locator("#article-text span.q-direct.active").count() >= 1
    # another quote replaces the panel; its coded event is shown
    page.locator("#article-text span.q-indirect").first.click()
    page.locator("#qd-q2").wait_for(state="visible")
    assert page.locator("#qd-q1").is_hidden()
    assert "057" in page.locator("#qd-q2 .d-event").inner_text()
    page.locator("#article-text span.q-direct").first.click()
    _shot(page, "article")
    page.locator("details.removed summary").click()
    assert "Sign up for our morning newsletter" in page.locator("details.removed").inner_text()
    assert page.errors == []


def test_actor_page_timeline_and_plot(page, server, fixture_db):
    with sqlite3.connect(fixture_db) as c:
        aid = c.execute("select id from actors where name = 'Ingrid Dahl'").fetchone()[0]
    page.goto(f"{server}/-/newsgraph/actor/{aid}")
    assert page.locator("ol.timeline li").count() == 4
    assert page.locator("svg.plot circle").count() >= 2
    assert "Harbour Wire" in page.locator(".col-side").inner_text()
    _shot(page, "actor")
    assert page.errors == []


def test_search_with_facets(page, server):
    page.goto(server + "/-/newsgraph/search?q=signed")
    assert "Nothing has been signed" in page.inner_text("ol.hits")
    page.locator(".facet-outlet a").first.click()
    page.wait_for_load_state()
    assert "outlet: Daily Ledger" in page.inner_text(".selected")
    _shot(page, "search")
    assert page.errors == []


def test_story_side_by_side(page, server, fixture_db):
    a, b = _doc_id(fixture_db, "wire-1"), _doc_id(fixture_db, "ledger-2")
    page.goto(server + "/-/newsgraph")
    page.locator(f"input[name=doc][value='{a}']").check()
    page.locator(f"input[name=doc][value='{b}']").check()
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("section.account").count() == 2
    assert "Nothing has been signed" in page.inner_text(".side-by-side")
    assert page.locator("table.aligned td.cell-omitted").count() >= 2
    # Mwangi's later denial is marked against his reported pledge
    pledge = page.locator("tr.claim-row", has_text="Kenya would sign the shipping pact")
    assert "disputed" in pledge.inner_text()
    _shot(page, "story")


def test_network_draws_and_links(page, server):
    page.goto(server + "/-/newsgraph/network")
    page.wait_for_selector("svg#network[data-settled='1']", timeout=20000)
    assert page.locator("svg#network g.node").count() >= 3
    assert page.locator("svg#network line.edge").count() >= 2
    _shot(page, "network")
    page.locator("svg#network g.node", has_text="Joseph Mwangi").click()
    page.wait_for_url("**/actor/*")
    assert "Joseph Mwangi" in page.inner_text("h1")
    assert page.errors == []


INJECTED = """() => ({
    inlineScripts: document.querySelectorAll("script:not([src])").length,
    handlers: [...document.querySelectorAll("*")].filter(e => [...e.attributes].some(a => a.name.startsWith("on"))).length,
    jsLinks: [...document.querySelectorAll("a[href]")].filter(a => a.href.trim().toLowerCase().startsWith("javascript")).length,
    images: document.querySelectorAll("main img").length,
    ran: typeof window.__xss !== "undefined",
})"""
CLEAN = {"inlineScripts": 0, "handlers": 0, "jsLinks": 0, "images": 0, "ran": False}


def test_hostile_text_never_runs(page, server, fixture_db):
    hostile = _doc_id(fixture_db, "hostile")
    with sqlite3.connect(fixture_db) as c:
        quint = c.execute("select id from actors where name like 'Rosa Quint%'").fetchone()[0]
    page.goto(f"{server}/-/newsgraph/article/{hostile}")
    body = page.inner_text("main")
    assert "<script>window.__xss = 1</script>" in body  # shown as text
    assert 'onerror="window.__xss = 2"' in body
    page.locator("#article-text span.q-direct").first.click()
    page.locator("#qd-q1").wait_for(state="visible")
    assert "<script>window.__xss = 1</script>" in page.inner_text("#qd-q1 .d-cue")
    page.locator("details.removed summary").click()
    page.locator("#article-text span.ev").first.click()
    assert page.evaluate(INJECTED) == CLEAN
    _shot(page, "hostile-article")
    for path in ("/-/newsgraph", "/-/newsgraph/search?q=terms", f"/-/newsgraph/actor/{quint}",
                 f"/-/newsgraph/story?doc={hostile}", "/-/newsgraph/network"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate(INJECTED) == CLEAN, path
        assert "window.__xss" in page.content() or path.endswith("network"), path
    assert page.dialogs == []
    assert page.errors == []
    _shot(page, "hostile")


def test_sample_corpus_pages(page, nlp):
    db = webdata.sample_db()
    if db is None:
        pytest.skip("src/newsgraph/data/sample is empty")
    proc, base = _serve(db)
    try:
        with sqlite3.connect(db) as c:
            docs = [r[0] for r in c.execute("select id from documents order by published, id")]
            # the best-attributed direct quote (speaker, addressee, channel, source) shows the panel off
            quoted = c.execute("select document, local_id from quotes order by (start < 700) + (kind = 'direct') + "
                               "(addressee is not null) + (channel is not null) + (reported_by is not null) desc, "
                               "document, start limit 1").fetchone()
            actor = c.execute("select id from actors order by n_quotes desc limit 1").fetchone()
        for d in docs:
            page.goto(f"{base}/-/newsgraph/article/{d}")
            assert page.locator("h1.doc-title").count() == 1
        if quoted:
            page.goto(f"{base}/-/newsgraph/article/{quoted[0]}")
            page.locator(f"span[data-q='{quoted[1]}']").first.click()
            page.locator(f"#qd-{quoted[1]}").wait_for(state="visible")
            _shot(page, "sample-article")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(ARTIFACTS / "readme-article.png"))  # viewport: for docs/img
        if actor:
            page.goto(f"{base}/-/newsgraph/actor/{actor[0]}")
            _shot(page, "sample-actor")
        page.goto(base + "/-/newsgraph/network")
        page.wait_for_selector("svg#network[data-settled='1']", timeout=20000)
        _shot(page, "sample-network")
        page.screenshot(path=str(ARTIFACTS / "readme-network.png"))
        page.goto(base + "/-/newsgraph")
        if page.locator("ul.stories a").count():
            page.locator("ul.stories a").first.click()
            page.wait_for_load_state()
            assert page.locator("section.account").count() >= 2
            assert page.locator("table.aligned tr.claim-row").count() >= 1
            _shot(page, "sample-story")
        page.goto(base + "/-/newsgraph/search")
        assert page.locator("ol.hits li .badge").count() >= 1
        word = max(page.locator("ol.hits li .qt").first.inner_text().split(), key=len).strip('.,;:"“”‘’()')
        page.fill("form.search input[name=q]", word)
        page.locator("form.search button").click()
        page.wait_for_load_state()
        assert page.locator("ol.hits li .badge").count() >= 1, word
        page.locator(".facet-speaker a").first.click()
        page.wait_for_load_state()
        assert "speaker:" in page.inner_text(".selected")
        _shot(page, "sample-search")
        assert page.errors == []
    finally:
        proc.terminate()
        proc.wait(timeout=10)
