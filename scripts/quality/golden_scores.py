#!/usr/bin/env python3
"""Print what the extraction reaches on each golden set of tests/test_genres.py, beside its floors.

    .venv/bin/python scripts/quality/golden_scores.py

Runs the tests' own loaders and scorer (so the figures are the ones the floors are checked against);
use it before raising a floor. BASIL sets are skipped when ../shared is absent.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

import pytest  # noqa: E402

import test_genres as T  # noqa: E402

NAMES = ("direct_detect", "direct_who_said_what", "indirect_detect", "indirect_who_said_what", "sources")
SETS = [("genres", T._own_gold, T.GENRES, T.GENRE_FLOORS), ("genres2", T._own_gold, T.GENRES2, T.GENRE2_FLOORS),
        ("genres3", T._own_gold, T.GENRES3, T.GENRE3_FLOORS), ("extra", T._basil_gold, T.EXTRA, T.EXTRA_FLOORS),
        ("pool", T._basil_gold, T.POOL, T.POOL_FLOORS), ("p8", T._basil_gold, T.P8, T.P8_FLOORS),
        ("p10", T._basil_gold, T.P10, T.P10_FLOORS), ("p11", T._basil_gold, T.P11, T.P11_FLOORS),
        ("s21", T._basil_gold, T.S21, T.S21_FLOORS)]


def main() -> int:
    print(f"{'set':8} " + "  ".join(f"{n:>22}" for n in NAMES))
    low = 0
    for name, loader, path, floors in SETS:
        try:
            gold = loader(path)
        except pytest.skip.Exception as exc:
            print(f"{name:8} skipped: {exc}")
            continue
        scores = T._run(gold)
        cells = []
        for n in NAMES:
            got, floor = T._f1(scores, n), floors[n]
            low += got < floor
            cells.append(f"{got:.3f} (floor {floor:.3f}){'!' if got < floor else ' '}")
        print(f"{name:8} " + "  ".join(f"{c:>22}" for c in cells))
    print(f"below a floor: {low}")
    return 1 if low else 0


if __name__ == "__main__":
    raise SystemExit(main())
