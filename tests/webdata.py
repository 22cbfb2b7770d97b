"""Hand-built analyses for the web UI tests (no spaCy needed), written into a store database.

Three short fictional reports of one meeting, plus one hostile article whose text, title,
outlet, URL, speaker, quote and boilerplate carry `<script>`, `onerror=` and `javascript:`.
Offsets are computed from the texts, so every highlight lands where it should.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from newsgraph.model import Actor, Analysis, Attribution, Entity, Event, Quote, Removed, Speaker

XSS_SCRIPT = "<script>window.__xss = 1</script>"
XSS_IMG = '<img src=x onerror="window.__xss = 2">'
XSS_LINK = '<a href="javascript:window.__xss=3">click me</a>'


def _span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def _entity(text: str, eid: str, name: str, typ: str, mentions: list[str], **kw) -> Entity:
    spans = []
    for m in mentions:
        s = text.find(m)
        while s >= 0:
            spans.append([s, s + len(m)])
            s = text.find(m, s + len(m))
    return Entity(id=eid, name=name, type=typ, mentions=sorted(spans), **kw)


def meeting_reports() -> list[Analysis]:
    out = []
    # 1: a wire report with a direct quote carried by a ministry video
    t1 = ("Norway's foreign minister Ingrid Dahl met Kenyan counterpart Joseph Mwangi in Oslo on Monday.\n\n"
          "\"We will stand together on grain exports,\" Dahl told Mwangi during a video call, according to a "
          "video released by Norway's foreign ministry.\n\n"
          "Mwangi said Kenya would sign the shipping pact within weeks.\n\n"
          "The two ministers criticised the blockade, calling it \"a reckless gamble\" with food supplies.")
    ents1 = [
        _entity(t1, "e1", "Ingrid Dahl", "PERSON", ["Ingrid Dahl", "Dahl"], title="foreign minister",
                country="NOR", sector="GOV", code="NORGOV", aliases=["Dahl"]),
        _entity(t1, "e2", "Joseph Mwangi", "PERSON", ["Joseph Mwangi", "Mwangi"], title="foreign minister",
                country="KEN", sector="GOV", code="KENGOV", aliases=["Mwangi"]),
        _entity(t1, "e3", "Norway", "GPE", ["Norway"], country="NOR", code="NOR"),
    ]
    q1s, q1e = _span(t1, "We will stand together on grain exports,")
    q2s, q2e = _span(t1, "Kenya would sign the shipping pact within weeks")
    q3s, q3e = _span(t1, "a reckless gamble")
    d1s, d1e = _span(t1, "Dahl", 1)
    m2s, m2e = _span(t1, "Mwangi", 2)
    quotes1 = [
        Quote("q1", t1[q1s:q1e], q1s, q1e, "direct", Speaker("Ingrid Dahl", "e1", "Dahl", d1s, d1e), cue="told",
              addressee="Joseph Mwangi", channel="video call", reported_by="Norway's foreign ministry",
              said_on="2024-03-04"),
        Quote("q2", t1[q2s:q2e], q2s, q2e, "indirect", Speaker("Joseph Mwangi", "e2", "Mwangi", m2s, m2e),
              cue="said", said_on="2024-03-04"),
        Quote("q3", t1[q3s:q3e], q3s, q3e, "partial", Speaker("Ingrid Dahl", "e1"), cue="calling"),
    ]
    a1s, a1e = _span(t1, "according to a video released by Norway's foreign ministry")
    s1 = Attribution("s1", "Norway's foreign ministry", "video", a1s, a1e, t1[a1s:a1e], quotes=["q1"], entity="e3")
    ev1s, ev1e = _span(t1, "Norway's foreign minister Ingrid Dahl met Kenyan counterpart Joseph Mwangi in Oslo on Monday.")
    ev2s, ev2e = _span(t1, "The two ministers criticised the blockade, calling it \"a reckless gamble\" with food supplies.")
    ev3s, ev3e = _span(t1, "Mwangi said Kenya would sign the shipping pact within weeks.")
    events1 = [
        Event("v1", Actor("Ingrid Dahl", "NORGOV", "e1"), Actor("Joseph Mwangi", "KENGOV", "e2"), "040", "04", 1.0,
              1, "CONSULT", ev1s, ev1e, t1[ev1s:ev1e], date="2024-03-04", trigger="met"),
        Event("v2", Actor("Ingrid Dahl", "NORGOV", "e1"), None, "111", "11", -2.0, 3, "ACCUSE", ev2s, ev2e,
              t1[ev2s:ev2e], date="2024-03-04", quote="q3", trigger="criticised"),
        Event("v3", Actor("Joseph Mwangi", "KENGOV", "e2"), Actor("Norway", "NOR", "e3"), "057", "05", 8.0, 1,
              "AGREE", ev3s, ev3e, t1[ev3s:ev3e], date="2024-03-04", quote="q2", trigger="sign"),
    ]
    out.append(Analysis("wire-1", t1, published="2024-03-04", title="Norway and Kenya agree on grain corridor",
                        outlet="Harbour Wire", url="https://example.org/wire-1", entities=ents1, quotes=quotes1,
                        attributions=[s1], events=events1,
                        removed=[Removed("newsletter", 0, 32, "Sign up for our morning newsletter")]))
    # 2: a later account of the same meeting that plays the pledge down
    t2 = ("Kenya's foreign minister Joseph Mwangi on Tuesday denied that any pact had been agreed.\n\n"
          "\"Nothing has been signed and nothing will be signed this month,\" Mwangi told reporters in Nairobi.\n\n"
          "Norway's minister Ingrid Dahl declined to comment, the Daily Ledger reported.")
    ents2 = [
        _entity(t2, "e1", "Joseph Mwangi", "PERSON", ["Joseph Mwangi", "Mwangi"], title="foreign minister",
                country="KEN", sector="GOV", code="KENGOV", aliases=["Mwangi"]),
        _entity(t2, "e2", "Ingrid Dahl", "PERSON", ["Ingrid Dahl"], title="minister", country="NOR", sector="GOV",
                code="NORGOV"),
    ]
    q4s, q4e = _span(t2, "Nothing has been signed and nothing will be signed this month,")
    m4s, m4e = _span(t2, "Mwangi", 1)
    q5s, q5e = _span(t2, "any pact had been agreed")
    quotes2 = [
        Quote("q1", t2[q4s:q4e], q4s, q4e, "direct", Speaker("Joseph Mwangi", "e1", "Mwangi", m4s, m4e), cue="told",
              addressee="reporters", channel="press briefing", said_on="2024-03-05"),
        Quote("q2", t2[q5s:q5e], q5s, q5e, "indirect", Speaker("Joseph Mwangi", "e1"), cue="denied",
              said_on="2024-03-05"),
    ]
    a2s, a2e = _span(t2, "the Daily Ledger reported")
    ev4s, ev4e = _span(t2, "Kenya's foreign minister Joseph Mwangi on Tuesday denied that any pact had been agreed.")
    events2 = [Event("v1", Actor("Joseph Mwangi", "KENGOV", "e1"), Actor("Ingrid Dahl", "NORGOV", "e2"), "024", "02",
                     -0.3, 1, "REJECT", ev4s, ev4e, t2[ev4s:ev4e], date="2024-03-05", quote="q2", trigger="denied")]
    out.append(Analysis("ledger-2", t2, published="2024-03-05", title="Kenya denies grain pact", outlet="Daily Ledger",
                        url="https://example.org/ledger-2", entities=ents2, quotes=quotes2,
                        attributions=[Attribution("s1", "Daily Ledger", "outlet", a2s, a2e, t2[a2s:a2e])],
                        events=events2))
    # 3: an op-ed a month later
    t3 = ("Ingrid Dahl said on Friday that the grain corridor was working and that Norway would fund new ports.\n\n"
          "\"Ships are moving again,\" she said.")
    ents3 = [_entity(t3, "e1", "Ingrid Dahl", "PERSON", ["Ingrid Dahl"], country="NOR", code="NORGOV")]
    q6s, q6e = _span(t3, "the grain corridor was working and that Norway would fund new ports")
    q7s, q7e = _span(t3, "Ships are moving again,")
    shs, she = _span(t3, "she")
    quotes3 = [Quote("q1", t3[q6s:q6e], q6s, q6e, "indirect", Speaker("Ingrid Dahl", "e1", "Ingrid Dahl", 0, 11),
                     cue="said", said_on="2024-04-12"),
               Quote("q2", t3[q7s:q7e], q7s, q7e, "direct", Speaker("Ingrid Dahl", "e1", "she", shs, she), cue="said")]
    ev5s, ev5e = _span(t3, "Ingrid Dahl said on Friday that the grain corridor was working and that Norway would fund new ports.")
    events3 = [Event("v1", Actor("Ingrid Dahl", "NORGOV", "e1"), None, "070", "07", 7.0, 2, "AID", ev5s, ev5e,
                     t3[ev5s:ev5e], date="2024-04-12", quote="q1", trigger="fund")]
    out.append(Analysis("oped-3", t3, published="2024-04-12", title="The corridor works", outlet="Northern Review",
                        entities=ents3, quotes=quotes3, events=events3))
    return out


def hostile_report() -> Analysis:
    t = (f"Officials met in Geneva. {XSS_SCRIPT} The envoy Rosa Quint said {XSS_IMG} talks would go on.\n\n"
         f"\"Read our terms {XSS_LINK} before you quote us,\" Quint said.")
    ents = [_entity(t, "e1", f"Rosa Quint {XSS_IMG}", "PERSON", ["Rosa Quint", "Quint"], title=XSS_SCRIPT,
                    code="CHE", aliases=[XSS_LINK])]
    qs, qe = _span(t, f"Read our terms {XSS_LINK} before you quote us,")
    qis, qie = _span(t, f"{XSS_IMG} talks would go on")
    ks, ke = _span(t, "Quint", 1)
    es, ee = _span(t, f"Officials met in Geneva. {XSS_SCRIPT}")
    return Analysis(
        "hostile", t, published="2024-03-06", title=f"Geneva talks {XSS_SCRIPT}", outlet=f"Evil {XSS_IMG}",
        url="javascript:window.__xss=4", author=XSS_LINK, entities=ents,
        quotes=[Quote("q1", t[qs:qe], qs, qe, "direct", Speaker(f"Rosa Quint {XSS_IMG}", "e1", "Quint", ks, ke),
                      cue=XSS_SCRIPT, addressee=XSS_LINK, channel=XSS_IMG, reported_by=XSS_SCRIPT),
                Quote("q2", t[qis:qie], qis, qie, "indirect", Speaker("Rosa Quint", "e1"), cue="said")],
        attributions=[Attribution("s1", XSS_IMG, "statement", qs, qe, t[qs:qe], quotes=["q1"])],
        events=[Event("v1", Actor(XSS_SCRIPT, "CHE", "e1"), Actor(XSS_LINK, None), "040", "04", 1.0, 1, "CONSULT",
                      es, ee, t[es:ee], date="2024-03-06", trigger=XSS_IMG)],
        removed=[Removed("promo", 0, 40, f"Subscribe {XSS_SCRIPT} {XSS_IMG} {XSS_LINK}")])


def build_db(path: str | Path, analyses: list[Analysis]) -> Path:
    """Write analyses through the store (the real schema, actor linking and FTS)."""
    from newsgraph.store import Store

    with Store(path) as store:
        for a in analyses:
            store.write(a, analyzer_version="test")
    return Path(path)


_SAMPLE: dict[str, Path | None] = {}


def sample_db() -> Path | None:
    """The database `newsgraph demo` writes from the bundled sample corpus (then grouped into
    stories), built once per test process; None when the sample corpus is absent."""
    if "db" in _SAMPLE:
        return _SAMPLE["db"]
    from click.testing import CliRunner

    from newsgraph.cli import main

    sample = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "data" / "sample"
    if not sample.is_dir() or not any(sample.iterdir()):
        _SAMPLE["db"] = None
        return None
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-web-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(path)])
    if result.exit_code != 0:
        raise RuntimeError(f"newsgraph demo failed: {result.output[-500:]}")
    if "stories" in main.commands:  # group the articles into stories for the Story page
        result = CliRunner().invoke(main, ["stories", "--db", str(path)])
        if result.exit_code != 0:
            raise RuntimeError(f"newsgraph stories failed: {result.output[-500:]}")
    _SAMPLE["db"] = path
    return path
