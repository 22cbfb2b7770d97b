"""Stories and compare over a stored corpus (hand-built analyses, no spaCy)."""
import json

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.corpus.accounts import list_stories, load_analysis, resolve_document, update_stories
from newsgraph.model import Actor, Analysis, Entity, Event, Quote, Speaker
from newsgraph.store import Store, connect

CALL = ("Valdorian defence minister Dario Voss held a video call with Kestrian defence minister Arvid Stenmark "
        "on Tuesday. The two ministers discussed military cooperation and joint exercises in the Sarn Basin.")
TARIFF = ("Kestria imposed tariffs on Valdorian steel and aluminium on Friday. The Valdorian commerce ministry "
          "condemned the steel tariffs as coercion and promised a response at the trade council.")


def doc(i, text, outlet, published, quotes=(), events=()):
    a = Analysis(id=i, text=text, outlet=outlet, published=published, title=text.split(".")[0])
    a.entities = [Entity("e1", "Dario Voss", "PERSON", country="VLD", mentions=[[0, 5]]),
                  Entity("e2", "Arvid Stenmark", "PERSON", country="KST", mentions=[[6, 10]])]
    a.quotes = list(quotes)
    a.events = list(events)
    return a


def quote(i, text, who, ent, cue="said"):
    return Quote(i, text, 0, len(text), "indirect", Speaker(who, ent, who), cue)


def fill(path):
    support = quote("q1", "Valdoria would firmly support Kestria against outside pressure", "Dario Voss", "e1")
    coop = quote("q2", "the two sides agreed to deepen military cooperation", "Arvid Stenmark", "e2")
    ev = Event("v1", Actor("Dario Voss", "VLDMIL", "e1"), Actor("Kestria", "KST"), "051", "05", 3.4, 2,
               "SUPPORT", 0, 20, "sentence", "2026-11-03", quote="q1")
    docs = [doc("kestria-readout", CALL + " Voss said Valdoria would stand with Kestria.", "Kestrian MoD",
                "2026-11-03", [support, coop], [ev]),
            doc("valdoria-readout", CALL + " The readout mentioned only cooperation.", "Valdorian MND",
                "2026-11-03", [quote("q1", "both sides agreed to deepen military cooperation", "Dario Voss", "e1")]),
            doc("trade-1", TARIFF, "Norland Press Agency", "2026-11-06"),
            doc("trade-2", TARIFF + " Traders said prices rose.", "The Meridian Post", "2026-11-07")]
    with Store(path) as st:
        for a in docs:
            st.write(a, "test")
    return docs


def test_stories_group_and_stay_put(tmp_path):
    db = tmp_path / "c.db"
    fill(db)
    con = connect(db)
    assert update_stories(con) == 4
    stories = list_stories(con)
    assert sorted(s["documents"] for s in stories) == [2, 2]
    before = dict(con.execute("SELECT document, story FROM story_documents"))
    with Store(db) as st:  # a new account of the call joins the existing story
        st.write(doc("agency-call", CALL + " An agency summed it up.", "NPA", "2026-11-04"), "test")
    assert update_stories(con) == 1
    after = dict(con.execute("SELECT document, story FROM story_documents"))
    assert all(after[k] == v for k, v in before.items())
    call_story = after[resolve_document(con, "kestria-readout")]
    assert after[resolve_document(con, "agency-call")] == call_story


def test_incremental_update_loads_only_the_stories_in_the_window(tmp_path, monkeypatch):
    import newsgraph.corpus.accounts as accounts

    db = tmp_path / "c.db"
    fill(db)
    con = connect(db)
    update_stories(con)
    old_ids = {s["story"] for s in list_stories(con)}
    loaded = []
    real = accounts._story_docs
    monkeypatch.setattr(accounts, "_story_docs", lambda c, ids=None: loaded.append(ids) or real(c, ids=ids))
    with Store(db) as st:  # the tariff story again, two months on: outside every stored story's window
        st.write(doc("trade-late", TARIFF + " A second round followed.", "NPA", "2027-01-10"), "test")
    assert update_stories(con) == 1
    assert loaded == [{resolve_document(con, "trade-late")}]  # nothing else was read or re-weighted
    story = dict(con.execute("SELECT document, story FROM story_documents"))[resolve_document(con, "trade-late")]
    assert story not in old_ids  # a new story, numbered after the stored ones
    with Store(db) as st:  # a week later it has company again, and the old stories are still not read
        st.write(doc("trade-later", TARIFF + " Exporters protested.", "The Meridian Post", "2027-01-12"), "test")
    assert update_stories(con) == 1
    assert loaded[-1] == {resolve_document(con, "trade-late"), resolve_document(con, "trade-later")}
    assert dict(con.execute("SELECT document, story FROM story_documents"))[
        resolve_document(con, "trade-later")] == story


def test_a_story_whose_documents_were_deleted_keeps_its_id(tmp_path):
    db = tmp_path / "c.db"
    fill(db)
    con = connect(db)
    update_stories(con)
    top = con.execute("SELECT max(id) FROM stories").fetchone()[0]
    con.execute("DELETE FROM story_documents WHERE story = ?", (top,))  # as deleting its documents does
    with Store(db) as st:  # unrelated news, months later: a new story, not the emptied one's id
        st.write(doc("late", "Lusovia opened a new railway bridge over the Tarn river.", "NPA", "2027-05-01"), "test")
    update_stories(con)
    assert dict(con.execute("SELECT document, story FROM story_documents"))[resolve_document(con, "late")] > top


def test_load_analysis_round_trip(tmp_path):
    db = tmp_path / "c.db"
    docs = fill(db)
    con = connect(db)
    a = load_analysis(con, resolve_document(con, "kestria-readout"))
    assert a.id == "kestria-readout"
    assert [q.text for q in a.quotes] == [q.text for q in docs[0].quotes]
    assert a.quotes[0].speaker.entity == "e1"
    assert a.events[0].quote == "q1" and a.events[0].cameo == "051"


def test_compare_cli_reports_omission(tmp_path):
    db = tmp_path / "c.db"
    fill(db)
    r = CliRunner().invoke(main, ["compare", "kestria-readout", "valdoria-readout", "--db", str(db),
                                  "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    support = next(c for c in out["claims"] if "firmly support" in c["text"])
    assert support["absent_from"] == ["valdoria-readout"]
    r = CliRunner().invoke(main, ["compare", "kestria-readout", "--db", str(db)])
    assert r.exit_code == 2 and "at least two" in r.output
    r = CliRunner().invoke(main, ["stories", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0 and len(json.loads(r.output)) == 2
    md = CliRunner().invoke(main, ["compare", "1", "--db", str(db), "--format", "markdown"])
    assert md.exit_code == 0 and md.output.startswith("# How the accounts differ")


def test_unknown_document_is_one_line_error(tmp_path):
    db = tmp_path / "c.db"
    fill(db)
    r = CliRunner().invoke(main, ["compare", "nope", "trade-1", "--db", str(db)])
    assert r.exit_code == 2 and "no document 'nope'" in r.output
