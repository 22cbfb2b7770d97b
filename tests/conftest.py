"""Shared fixtures: the spaCy pipeline is loaded once per test session; the sample's fictional countries."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# a failing extraction step raises in the tests instead of being skipped with a warning (extract/step_guard.py)
os.environ.setdefault("NEWSGRAPH_STRICT", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASIL = SHARED / "benchmarks" / "clusters" / "basil"
DEV_GOLD = SHARED / "eval" / "dev" / "basil-gold.jsonl"
SAMPLE_ACTORS = ROOT / "src" / "newsgraph" / "data" / "sample" / "actors.tsv"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load

    return load()


@pytest.fixture(scope="session")
def basil_dir():
    if not (BASIL / "articles").is_dir():
        pytest.skip("../shared/benchmarks/clusters/basil is not present")
    return BASIL


@pytest.fixture()
def fictional_countries(monkeypatch):
    """Valdoria (VAL), Kestria (KES), Lusovia (LUS) from the sample actor file."""
    from newsgraph.extract import actor_tables

    monkeypatch.setenv("NEWSGRAPH_ACTORS", str(SAMPLE_ACTORS))
    actor_tables.code_tables.cache_clear()
    yield
    monkeypatch.delenv("NEWSGRAPH_ACTORS")
    actor_tables.code_tables.cache_clear()
