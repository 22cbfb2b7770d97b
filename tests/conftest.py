"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASIL = SHARED / "benchmarks" / "clusters" / "basil"
DEV_GOLD = SHARED / "eval" / "dev" / "basil-gold.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load

    return load()


@pytest.fixture(scope="session")
def basil_dir():
    if not (BASIL / "articles").is_dir():
        pytest.skip("../shared/benchmarks/clusters/basil is not present")
    return BASIL
