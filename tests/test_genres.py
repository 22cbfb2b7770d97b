"""Quality gate beyond the dev set: who-said-what on our own held-out golden articles.

Two sets, annotated by the rules of ../shared/eval/dev/README.md before looking at newsgraph's output:

- ``golden/genres/genres-gold.jsonl``: 8 short articles we wrote with fictional names, in the genres
  the hidden set holds (agency reports, two differing readouts of one call, a talks readout, BBC-style
  politics pieces with British conventions, a ministry spokesperson's briefing transcript). Text and
  annotations are both in the repo, so this part always runs.
- ``golden/genres/genres2-gold.jsonl``: 9 more fictional articles written in session 10 after reading real
  agency, readout and UK politics pages for their forms (a readout whose leader is named only in its title,
  a hard-wrapped press-release reprint, "They agreed that", agency reprints with site furniture, BBC pieces
  with crossheads and quotes over several paragraphs), annotated before any run on them.
- ``golden/genres/genres3-gold.jsonl``: 9 more fictional articles written in session 11 (agency copy with
  wire credits on a republishing site, readouts with topic-only verbs and two calls on one page, BBC-style
  pieces with own-programme interviews), annotated before any run on them.
- ``golden/basil_extra.jsonl``: ids and annotations of 6 BASIL articles outside the 24 dev ones; the
  text is loaded from ../shared at test time, and the test skips when it is absent.
- ``golden/basil_pool.jsonl``: the same for 38 more BASIL articles (four tuning batches of sessions 5
  and 6, 7 + 7 + 12 + 12 articles, annotated before any run on them; since then engineers have read
  their errors, so they guard against regressions and do not measure generalisation).
- ``golden/basil_pool_p8.jsonl``: 24 more, annotated at the start of session 7 (the same status now).
- ``golden/basil_pool_p10.jsonl``: 16 more, annotated at the start of session 8 (the same status now).
- ``golden/basil_pool_p11.jsonl``: 14 more, annotated at the start of session 9 (the same status now).
- ``golden/basil_pool_s21.jsonl``: 48 more (16 events, from the BASIL triplets outside the dev set), annotated
  at the start of session 21 before any run on them; half of them are read by engineers since.

Scored with ``golden/scoring.py`` (the matching rules of ``score.py quotes``). Floors sit just under
what the extraction reaches; raise them when it improves.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "golden"))
from scoring import score_quotes  # noqa: E402  (tests/golden/scoring.py)

GENRES = HERE / "golden" / "genres" / "genres-gold.jsonl"
GENRES2 = HERE / "golden" / "genres" / "genres2-gold.jsonl"
GENRES3 = HERE / "golden" / "genres" / "genres3-gold.jsonl"
EXTRA = HERE / "golden" / "basil_extra.jsonl"
POOL = HERE / "golden" / "basil_pool.jsonl"
P8 = HERE / "golden" / "basil_pool_p8.jsonl"
P10 = HERE / "golden" / "basil_pool_p10.jsonl"
P11 = HERE / "golden" / "basil_pool_p11.jsonl"
S21 = HERE / "golden" / "basil_pool_s21.jsonl"
BASIL = HERE.parent.parent / "shared" / "benchmarks" / "clusters" / "basil" / "articles"

GENRE_FLOORS = {  # reached: 0.980, 0.980, 0.979, 0.979, 1.0 (first pass: 0.889, 0.800, 0.909, 0.727, 0.889); at 0e1f44b: 1.000, 1.000
    # at 67cdad7 (0.29.0): 1.000, 1.000, 0.989, 0.989, 1.000
    "direct_detect": 0.99,
    "direct_who_said_what": 0.99,
    "indirect_detect": 0.975,
    "indirect_who_said_what": 0.975,
    "sources": 0.97,
}
GENRE2_FLOORS = {  # first pass at 68b1a69: 0.958, 0.901, 0.850, 0.708, 0.933; at a546295: 0.986, 0.927, 0.900, 0.767, 0.933;
    # at 67cdad7 (0.29.0): 0.986, 0.957, 0.951, 0.934, 0.968
    # at 0e1f44b: 0.986, 0.927, 0.927, 0.813, 0.933; at b123ce2: 0.986, 0.927, 0.935, 0.823, 0.968;
    # at 2dacb3d: 0.986, 0.927, 0.944, 0.832, 0.968; at 0c7fa2b (0.27.0, readout call pairs): 0.986, 0.927, 0.951,
    # 0.902, 0.968
    "direct_detect": 0.97,
    "direct_who_said_what": 0.94,
    "indirect_detect": 0.945,
    "indirect_who_said_what": 0.89,
    "sources": 0.96,
}
GENRE3_FLOORS = {  # first pass at 566307a: 1.000, 0.811, 0.907, 0.820, 0.897; at a546295: 1.000, 0.811, 0.917, 0.829, 0.933;
    # at 67cdad7 (0.29.0): 1.000, 0.906, 0.951, 0.918, 1.000
    # at 75c7873: 1.000, 0.811, 0.923, 0.835, 0.933; at 0e1f44b: 1.000, 0.811, 0.929, 0.853, 0.933;
    # at 8f50940: 1.000, 0.811, 0.935, 0.848, 0.933 - 'the opposition' now speaks as a body, so a statement
    # missed before is found, but with 'Calvaria opposition' as speaker where the gold names the party
    # (an FN became a wrong speaker, which costs who-said-what a little more): indirect who floor 0.85 -> 0.84;
    # at 1272d88 sources 1.000 (unknown agencies in dateline brackets credited, afb5bcb);
    # at c36255d (0.18.0): 1.000, 0.849, 0.941, 0.876, 1.000; at 0c7fa2b (0.27.0): 1.000, 0.849, 0.940, 0.885, 1.000
    "direct_detect": 0.99,
    "direct_who_said_what": 0.88,
    "indirect_detect": 0.94,
    "indirect_who_said_what": 0.90,
    "sources": 0.98,
}
EXTRA_FLOORS = {  # reached at 8efa396: 0.981, 0.981, 0.882, 0.882, 1.0 (first pass: 0.981, 0.830, 0.746, 0.657, 0.588);
    # at 2dfc5d2 (0.20.0): 0.981, 0.981, 0.873, 0.873, 1.0
    "direct_detect": 0.96,
    "direct_who_said_what": 0.96,
    "indirect_detect": 0.87,
    "indirect_who_said_what": 0.87,
    "sources": 0.97,
}

POOL_FLOORS = {  # reached at a546295: 0.977, 0.952, 0.846, 0.819, 0.873 (at bf04c7d: 0.977, 0.947, 0.843, 0.813, 0.873);
    # at 67cdad7 (0.29.0): 0.983, 0.959, 0.864, 0.835, 0.879
    # at b123ce2: 0.981, 0.957, 0.853, 0.826, 0.869; at 2dacb3d: 0.981, 0.957, 0.853, 0.826, 0.873;
    # at 8b8a2ca: 0.981, 0.957, 0.854, 0.827, 0.877; at a65c991 (0.19.0): 0.981, 0.957, 0.856, 0.828, 0.877
    "direct_detect": 0.975,
    "direct_who_said_what": 0.955,
    "indirect_detect": 0.85,
    "indirect_who_said_what": 0.83,
    "sources": 0.875,
}
# golden/basil_pool_p8.jsonl: 24 BASIL articles annotated at the start of session 7, scored once unseen
# (text only, p8a / p8b direct who-said-what 0.921 / 0.797, indirect 0.653 / 0.680, sources 0.905 / 0.656), then
# tuned on. Reached at 6615555 (with outlet and date, as here): 0.953, 0.889, 0.800, 0.745, 0.829.
P8_FLOORS = {  # reached at bf04c7d: 0.955, 0.910, 0.822, 0.778, 0.850; at a546295 sources 0.846 (the wire dateline "Denver (AP) -" of a Fox article is now credited; its annotation has no entry)
    # at ae30efb (0.29.0): 0.964, 0.927, 0.845, 0.799, 0.848 (title holders: "her doctor", "the ex-congressman")
    # at 1272d88: direct 0.957 / 0.916 (chanted slogans kept); at 2dfc5d2 (0.20.0): 0.957, 0.916, 0.834, 0.785, 0.852
    # at 9c8e3ee (0.23.0): 0.959, 0.918, 0.836, 0.783, 0.852
    "direct_detect": 0.955,
    "direct_who_said_what": 0.92,
    "indirect_detect": 0.83,
    "indirect_who_said_what": 0.79,
    "sources": 0.84,
}

# golden/basil_pool_p10.jsonl: 16 BASIL articles annotated at the start of session 8, scored once unseen (text
# only, at 3c768e5: direct who-said-what 0.861, indirect 0.676, sources 0.677), then tuned on.
P10_FLOORS = {  # reached at 80583c8 (with outlet and date): 0.981, 0.883, 0.805, 0.708, 0.758 (bf04c7d: ind 0.802, 0.699);
    # at 67cdad7 (0.29.0): 0.989, 0.896, 0.832, 0.741, 0.800
    # at 8b8a2ca: 0.981, 0.883, 0.812, 0.716, 0.764; at 3de1315: indirect 0.807, 0.712 (both levels of nested
    # reports: 'ABC News reported that Mr. Rhodes had emphasized ...' gives Rhodes's statement, which this set's
    # annotation leaves out; 'saying they confirmed that ...' an inner statement of the wrong 'they')
    # at 4d78eef (0.24.0): 0.981, 0.888, 0.818, 0.723, 0.800 (documents credited by what they hold)
    # at 816b961 (0.28.0): 0.986, 0.893, 0.820, 0.730, 0.800 (a nested stance verb is part of the outer report)
    "direct_detect": 0.97,
    "direct_who_said_what": 0.875,
    "indirect_detect": 0.81,
    "indirect_who_said_what": 0.735,
    "sources": 0.79,
}

# golden/basil_pool_p11.jsonl: 14 BASIL articles annotated at the start of session 9, scored once unseen (text
# only, at 73f58fc: direct who-said-what 0.903, indirect 0.753, sources 0.789), then tuned on.
P11_FLOORS = {  # at 73f58fc (with outlet and date): 0.971, 0.903, 0.817, 0.753, 0.800; reached at a546295: 0.974, 0.934, 0.839, 0.776, 0.845
    # session 14: stated positions in news copy ('expressed support for X', 'voicing concerns about X') are counted
    # as the genre golds count them (14 of 14 outside quotes on seen agency/BBC pages); this BASIL gold, by the dev
    # rules, leaves 2 out: indirect who-said-what 0.773 -> 0.769
    # at a65c991 (0.19.0): 0.977, 0.949, 0.831, 0.774, 0.845; at 2dfc5d2 (0.20.0): 0.977, 0.954, 0.834, 0.777, 0.873
    # at c07ed17 (0.21.0): 0.977, 0.954, 0.844, 0.788, 0.931; at d70b21b (0.22.0): 0.977, 0.954, 0.848, 0.792, 0.931
    # at 4d78eef (0.24.0): 0.977, 0.954, 0.854, 0.797, 0.931; at 8c83428 (0.25.0): 0.977, 0.954, 0.856, 0.805, 0.931
    # at 816b961 (0.28.0): 0.977, 0.966, 0.857, 0.806, 0.931 (sentence-case headlines)
    "direct_detect": 0.97,
    "direct_who_said_what": 0.96,
    "indirect_detect": 0.855,
    "indirect_who_said_what": 0.80,
    "sources": 0.92,
}


# golden/basil_pool_s21.jsonl: 48 BASIL articles annotated at the start of session 21, scored once unseen at
# 78d77de (with outlet and date): 0.982, 0.903, 0.793, 0.709, 0.837 (direct detect, direct
# who-said-what, indirect detect, indirect who-said-what, sources).
S21_FLOORS = {  # at c07ed17 (0.21.0, after half of them were read): 0.982, 0.915, 0.795, 0.723, 0.850
    # at 67cdad7 (0.29.0): 0.989, 0.942, 0.824, 0.766, 0.864
    # at d70b21b (0.22.0): 0.982, 0.915, 0.800, 0.728, 0.864; at 9c8e3ee (0.23.0): 0.984, 0.919, 0.808, 0.739, 0.864
    # at 4d78eef (0.24.0): 0.984, 0.919, 0.812, 0.743, 0.864; at 8c83428 (0.25.0): 0.984, 0.929, 0.814, 0.749, 0.864
    # at 73474b1 (0.26.0): 0.985, 0.930, 0.817, 0.757, 0.864
    "direct_detect": 0.975,
    "direct_who_said_what": 0.935,
    "indirect_detect": 0.81,
    "indirect_who_said_what": 0.76,
    "sources": 0.855,
}


def _run(gold: dict[str, dict]) -> dict:
    from newsgraph.analyze import analyze_many
    from newsgraph.model import Analysis

    inputs = [{"id": k, "text": g["text"], "published": g.get("published"), "outlet": g.get("outlet")}
              for k, g in gold.items()]
    pred = {}
    for res in analyze_many(inputs):
        assert isinstance(res, Analysis), f"analysis failed: {res}"
        pred[res.id] = res.to_dict()
    return score_quotes(gold, pred)


def _f1(result: dict, name: str) -> float:
    value = result[name]
    return value["f1"] if isinstance(value, dict) else value


def _own_gold(path: Path) -> dict[str, dict]:
    gold = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            gold[rec["id"]] = rec
    return gold


@pytest.fixture(scope="module")
def genre_scores(nlp):
    return _run(_own_gold(GENRES))


@pytest.fixture(scope="module")
def genre2_scores(nlp):
    return _run(_own_gold(GENRES2))


@pytest.fixture(scope="module")
def genre3_scores(nlp):
    return _run(_own_gold(GENRES3))


def _basil_text(doc: dict) -> str:
    return doc["title"] + "\n\n" + "\n\n".join(" ".join(p) for p in doc["body-paragraphs"])


def _basil_gold(path: Path) -> dict[str, dict]:
    """The records of ``path`` with their article text from ../shared (skips when it is absent)."""
    if not BASIL.is_dir():
        pytest.skip("../shared BASIL articles not present")
    wanted = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            wanted[rec["id"]] = rec
    gold = {}
    for path in sorted(BASIL.glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("uuid") in wanted:
            rec = dict(wanted[doc["uuid"]])
            rec["text"] = _basil_text(doc)
            gold[rec["id"]] = rec
    if len(gold) != len(wanted):
        pytest.skip(f"some of the BASIL articles of {path.name} are missing")
    return gold


@pytest.fixture(scope="module")
def extra_scores(nlp):
    return _run(_basil_gold(EXTRA))



@pytest.fixture(scope="module")
def pool_scores(nlp):
    return _run(_basil_gold(POOL))


@pytest.fixture(scope="module")
def p8_scores(nlp):
    return _run(_basil_gold(P8))


@pytest.fixture(scope="module")
def p10_scores(nlp):
    return _run(_basil_gold(P10))


@pytest.fixture(scope="module")
def p11_scores(nlp):
    return _run(_basil_gold(P11))


@pytest.fixture(scope="module")
def s21_scores(nlp):
    return _run(_basil_gold(S21))


@pytest.mark.parametrize("path", [GENRES, GENRES2, GENRES3], ids=lambda p: p.name)
def test_genre_gold_strings_are_in_the_text(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for item in rec["quotes"] + rec["indirect"] + rec["attributions"]:
            assert item["text"] in rec["text"], (rec["id"], item["text"])
            assert item.get("speaker_mention", "") in rec["text"], (rec["id"], item["speaker_mention"])


@pytest.mark.parametrize("path", [EXTRA, POOL, P8, P10, P11, S21], ids=lambda p: p.name)
def test_basil_golden_holds_no_article_text(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        assert "text" not in json.loads(line), f"{path.name} keeps ids and annotations only"


@pytest.mark.parametrize("name", sorted(GENRE_FLOORS))
def test_genre_floor(genre_scores, name):
    assert _f1(genre_scores, name) >= GENRE_FLOORS[name], f"{name}: {genre_scores[name]}"


@pytest.mark.parametrize("name", sorted(GENRE2_FLOORS))
def test_genre2_floor(genre2_scores, name):
    assert _f1(genre2_scores, name) >= GENRE2_FLOORS[name], f"{name}: {genre2_scores[name]}"


@pytest.mark.parametrize("name", sorted(GENRE3_FLOORS))
def test_genre3_floor(genre3_scores, name):
    assert _f1(genre3_scores, name) >= GENRE3_FLOORS[name], f"{name}: {genre3_scores[name]}"


@pytest.mark.parametrize("name", sorted(EXTRA_FLOORS))
def test_basil_extra_floor(extra_scores, name):
    assert _f1(extra_scores, name) >= EXTRA_FLOORS[name], f"{name}: {extra_scores[name]}"


@pytest.mark.parametrize("name", sorted(POOL_FLOORS))
def test_basil_pool_floor(pool_scores, name):
    assert _f1(pool_scores, name) >= POOL_FLOORS[name], f"{name}: {pool_scores[name]}"


@pytest.mark.parametrize("name", sorted(P8_FLOORS))
def test_basil_p8_floor(p8_scores, name):
    assert _f1(p8_scores, name) >= P8_FLOORS[name], f"{name}: {p8_scores[name]}"


@pytest.mark.parametrize("name", sorted(P10_FLOORS))
def test_basil_p10_floor(p10_scores, name):
    assert _f1(p10_scores, name) >= P10_FLOORS[name], f"{name}: {p10_scores[name]}"


@pytest.mark.parametrize("name", sorted(P11_FLOORS))
def test_basil_p11_floor(p11_scores, name):
    assert _f1(p11_scores, name) >= P11_FLOORS[name], f"{name}: {p11_scores[name]}"


@pytest.mark.parametrize("name", sorted(S21_FLOORS))
def test_basil_s21_floor(s21_scores, name):
    assert _f1(s21_scores, name) >= S21_FLOORS[name], f"{name}: {s21_scores[name]}"
