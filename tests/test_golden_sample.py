"""Golden tests on the bundled sample corpus (src/newsgraph/data/sample, see docs/sample-corpus.md).

The whole corpus goes through the readers and ``analyze_many`` once per module; the results
are scored against tests/golden/sample-gold.jsonl (annotated by the rules of
../shared/eval/README.md) and held to the floors in tests/golden/floors.json. Raise a floor
whenever the extractors get better; ``pytest tests/test_golden_sample.py -s`` prints the figures.
"""
from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from newsgraph import analyze_many
from newsgraph.ingest.readers import read_inputs
from newsgraph.model import Failure

GOLDEN = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(GOLDEN))
import scoring  # noqa: E402  (tests/golden/scoring.py)

SAMPLE = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "data" / "sample"
SHARED_SCORE = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"
GOLD = scoring.load_jsonl(GOLDEN / "sample-gold.jsonl")
FLOORS = json.loads((GOLDEN / "floors.json").read_text(encoding="utf-8"))
A1 = json.loads((GOLDEN / "a1-expectations.json").read_text(encoding="utf-8"))
STORIES = json.loads((GOLDEN / "stories.json").read_text(encoding="utf-8"))


def sample_items():
    """Every sample document through read_inputs, with the manifest's dates, outlets and URLs."""
    manifest = json.loads((SAMPLE / "manifest.json").read_text(encoding="utf-8"))
    for item in read_inputs([SAMPLE]):
        name = Path((item.origin or "").split(":")[0]).name
        if name == "manifest.json":  # the sidecar, not an article
            continue
        if not isinstance(item, Failure):
            for key, value in manifest.get(name, {}).items():
                if not getattr(item, key, None):
                    setattr(item, key, value)
        yield item


@pytest.fixture(scope="module")
def results(nlp):
    return {r.id: r for r in analyze_many(sample_items())}


@pytest.fixture(scope="module")
def analyses(results):
    return {k: r for k, r in results.items() if not isinstance(r, Failure)}


@pytest.fixture(scope="module")
def figures(analyses):
    pred = {k: a.to_dict() for k, a in analyses.items()}
    result = scoring.score_quotes(GOLD, pred)
    print("\nwho said what on the sample corpus (tests/golden/sample-gold.jsonl)\n" + scoring.table(result))
    return result


# --- the corpus and its annotations (no model needed) ---------------------------------------

def _visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return raw


def _source_texts() -> dict[str, str]:
    out = {}
    for path in sorted(SAMPLE.iterdir()):
        if path.suffix in (".txt", ".html"):
            out[path.stem] = _visible_text(path)
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                obj = json.loads(line)
                out[obj["id"]] = obj["text"]
    return out


def test_gold_covers_every_sample_document_and_its_strings_are_in_the_text():
    texts = _source_texts()
    assert sorted(texts) == sorted(GOLD), "sample-gold.jsonl must have one record per sample document"
    assert len(texts) >= 14
    for doc_id, rec in GOLD.items():
        text = texts[doc_id]
        for s in scoring.gold_strings(rec):
            assert s in text, f"{doc_id}: annotated string not in the article: {s[:60]!r}"
        for q in rec["quotes"]:
            assert q["speaker_mention"] in text, f"{doc_id}: mention {q['speaker_mention']!r} not in the article"


def test_manifest_dates_every_plain_text_article():
    manifest = json.loads((SAMPLE / "manifest.json").read_text(encoding="utf-8"))
    txt = sorted(p.name for p in SAMPLE.glob("*.txt"))
    assert sorted(manifest) == txt
    for meta in manifest.values():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]) and meta["outlet"] and meta["url"]


def test_gold_scores_itself_perfectly():
    """Feeding the gold back as predictions scores 1.0 everywhere (checks scorer and gold together)."""
    pred = {}
    for doc_id, rec in GOLD.items():
        quotes = [{"text": q["text"], "kind": "partial" if q["partial"] else "direct", "speaker": {"name": q["speaker"]}}
                  for q in rec["quotes"]]
        quotes += [{"text": q["text"], "kind": "indirect", "speaker": {"name": q["speaker"]}} for q in rec["indirect"]]
        pred[doc_id] = {"quotes": quotes, "attributions": rec["attributions"]}
    flat = scoring.flat_figures(scoring.score_quotes(GOLD, pred))
    assert all(v == 1.0 for k, v in flat.items() if k.endswith(("f1", "acc"))), flat


def test_stories_file_agrees_with_gold():
    assert STORIES["documents"] == {doc_id: rec["story"] for doc_id, rec in GOLD.items()}
    for story_id, story in STORIES["stories"].items():
        members = {d for d, s in STORIES["documents"].items() if s == story_id}
        assert set(story["documents"]) == members
        for claim in story["divergences"]:
            named = claim["present_in"] + claim["absent_from"] + claim.get("contradicted_by", [])
            assert set(named) <= members, f"{claim['id']} names a document outside story {story_id}"
            assert claim["present_in"] and (claim["absent_from"] or claim.get("contradicted_by"))


# --- the pipeline on the corpus --------------------------------------------------------------

def test_every_sample_document_analyses_without_failure(results):
    failures = [str(r) for r in results.values() if isinstance(r, Failure)]
    assert not failures, failures
    assert sorted(results) == sorted(GOLD)


def test_publication_dates_reach_the_analysis(analyses):
    for doc_id, rec in GOLD.items():
        assert analyses[doc_id].published and analyses[doc_id].published.startswith(rec["published"]), doc_id


def test_every_offset_slices_the_text(analyses):
    for doc_id, a in analyses.items():
        n = len(a.text)
        for q in a.quotes:
            assert 0 <= q.start < q.end <= n, (doc_id, q.id)
            assert a.text[q.start:q.end] == q.text, (doc_id, q.id, q.text[:40])
            sp = q.speaker
            if sp is not None and sp.start is not None:
                assert 0 <= sp.start < sp.end <= n, (doc_id, q.id)
        for s in a.attributions:
            assert 0 <= s.start < s.end <= n, (doc_id, s.id)
            assert a.text[s.start:s.end] == s.text, (doc_id, s.id, s.text[:40])
        for e in a.entities:
            for start, end in e.mentions:
                assert 0 <= start < end <= n, (doc_id, e.id)
        for ev in a.events:
            assert 0 <= ev.start <= ev.end <= n, (doc_id, ev.id)


def test_who_said_what_floors(figures):
    flat = scoring.flat_figures(figures)
    low = {k: (flat.get(k, 0.0), floor) for k, floor in FLOORS["quotes"].items() if flat.get(k, 0.0) < floor}
    assert not low, f"below the floors in tests/golden/floors.json (got, floor): {low}"


def test_our_scorer_agrees_with_shared_score_py(analyses, figures):
    if not SHARED_SCORE.is_file():
        pytest.skip("../shared/eval/score.py is not present")
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORE)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    pred = {k: a.to_dict() for k, a in analyses.items()}
    theirs = shared.score_quotes(GOLD, pred)
    assert {k: theirs[k] for k in figures} == figures


def _full_name(expected: str, got: str | None) -> bool:
    want = scoring.name_words(expected)
    return bool(want) and set(want) <= set(scoring.name_words(got))


def test_a1_speakers_by_full_name_and_sources(analyses):
    """Story A's magazine piece: each direct quote's speaker by full name; the five sources credited."""
    a = analyses[A1["id"]]
    pred = [q.to_dict() for q in a.quotes if q.kind in scoring.DIRECT_KINDS]
    pairs = scoring.pair_spans(A1["direct_quotes"], pred)
    right = [g["text"][:40] for g, p in pairs if _full_name(g["speaker"], scoring.speaker_name(p))]
    credited = [scoring.words(s.reported_by) for s in a.attributions]
    found = [src["name"] for src in A1["sources"]
             if any(any(set(alt) <= set(ws) for alt in src["match_any"]) for ws in credited)]
    print(f"\n{A1['id']}: {len(right)}/{len(A1['direct_quotes'])} direct quotes with the speaker's full name; "
          f"sources {len(found)}/{len(A1['sources'])}: {found}")
    assert len(right) >= FLOORS["a1"]["quotes_full_name"], right
    assert len(found) >= FLOORS["a1"]["sources"], found


def test_sample_boilerplate_is_cleaned(analyses):
    """Promos, share lines, photo captions and bios listed in the gold are not in the analysed text."""
    listed = [(doc_id, b) for doc_id, rec in GOLD.items() for b in rec["boilerplate"]]
    left = [(doc_id, b[:50]) for doc_id, b in listed if b in analyses[doc_id].text]
    kept = 1 - len(left) / len(listed)
    print(f"\nboilerplate removed: {len(listed) - len(left)}/{len(listed)}")
    assert kept >= FLOORS["cleaning"]["boilerplate_removed"], left


def test_article_text_survives_cleaning(analyses):
    """Every annotated quote and reported clause is still in the analysed text (paragraph breaks aside)."""
    def squash(s: str) -> str:
        return re.sub(r"\s+", " ", s)
    missing = []
    total = 0
    for doc_id, rec in GOLD.items():
        text = squash(analyses[doc_id].text)
        for q in rec["quotes"] + rec["indirect"]:
            total += 1
            if squash(q["text"]) not in text:
                missing.append((doc_id, q["text"][:50]))
    kept = 1 - len(missing) / total
    print(f"\nannotated text kept: {total - len(missing)}/{total}")
    assert kept >= FLOORS["cleaning"]["annotated_text_kept"], missing
