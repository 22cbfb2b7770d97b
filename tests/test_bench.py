"""newsgraph bench: same texts for every path, ratio lines, corpus handling (no timing assertions)."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from newsgraph.bench import BenchResult, Timing, corpus_paths, format_bench, load_corpus, run_bench
from newsgraph.cli import main
from newsgraph.errors import InputError


def _jsonl(tmp_path, n=3):
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": f"j{i}", "text": f"The minister said on Monday that plan {i} would go ahead.",
                         "published": f"2024-05-0{i + 1}"}) for i in range(n)]
    path.write_text("\n".join(lines + ["not json"]) + "\n")
    return path


def test_load_corpus_repeats_to_n_with_distinct_ids_and_urls(tmp_path):
    docs, notes = load_corpus(_jsonl(tmp_path), 7)
    assert len(docs) == 7
    assert len({d.id for d in docs}) == 7 and len({d.url for d in docs}) == 7  # the store must not dedupe copies
    assert docs[0].text == docs[3].text  # the same cleaned texts, cycled
    assert any("left out" in n for n in notes) and any("repeated" in n for n in notes)


def test_load_corpus_cuts_to_n_and_refuses_empty(tmp_path):
    docs, _ = load_corpus(_jsonl(tmp_path), 2)
    assert [d.id for d in docs] == ["j0#0", "j1#1"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError):
        load_corpus(empty)


def test_basil_layout_reads_articles_only(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "annotations").mkdir()
    assert corpus_paths(tmp_path) == [tmp_path / "articles"]
    with pytest.raises(InputError):
        corpus_paths(tmp_path / "missing")


def test_format_has_exact_ratio_lines():
    t = {"spacy": Timing("spacy", 10.0, 100, 50_000, cpu=9.0), "analyze": Timing("analyze", 11.0, 100, 50_000, cpu=10.0),
         "ingest": Timing("ingest", 12.5, 100, 50_000)}
    r = BenchResult(corpus="c", model="m", pipes=["ner"], batch_size=16, workers=1, repeat=2, n_docs=100,
                    n_words=50_000, clean=Timing("read+clean", 1.0, 100, 50_000), timings=t, rss_mb=400)
    out = format_bench(r)
    assert "ratio analyze/spacy: 0.91\n" in out + "\n"
    assert re.search(r"^ratio ingest/spacy: 0\.80$", out, re.M)
    assert "CPU-time ratio analyze/spacy: 0.90" in out and "CPU-time ratio ingest" not in out
    assert "best of 2" in out and "peak RSS: 400 MB" in out


def test_run_bench_times_every_path_on_the_same_texts(tmp_path, nlp):
    r = run_bench(_jsonl(tmp_path), 4, batch_size=2)
    assert r.n_docs == 4
    assert {"spacy", "analyze"} <= set(r.timings)
    assert all(t.docs == 4 and t.failures == 0 for t in r.timings.values())
    if "ingest" not in r.timings:
        assert any("ingest skipped" in n for n in r.notes)
    assert r.rss_mb > 0
    assert 0 < r.ratio("analyze") < 100


def test_cli_bench_prints_ratios(tmp_path, nlp):
    res = CliRunner().invoke(main, ["bench", "--corpus", str(_jsonl(tmp_path)), "--n", "3", "--no-ingest"])
    assert res.exit_code == 0, res.output
    assert re.search(r"^ratio analyze/spacy: \d+\.\d\d$", res.output, re.M)
    assert "articles/s" in res.output and "words/s" in res.output


def test_cli_bench_steps(tmp_path, nlp):
    res = CliRunner().invoke(main, ["bench", "--corpus", str(_jsonl(tmp_path)), "--n", "3", "--steps"])
    assert res.exit_code == 0, res.output
    assert "spacy parse" in res.output and "analyze_many total" in res.output


def test_scale_commands_are_registered_and_documented():
    for cmd in ("bench", "spark"):
        res = CliRunner().invoke(main, [cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output
    assert "--workers" in CliRunner().invoke(main, ["bench", "--help"]).output
    assert "--partition-by" in CliRunner().invoke(main, ["spark", "--help"]).output
