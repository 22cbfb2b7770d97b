"""Find test strings that repeat real article text (runs of N words shared with annotated pages or BASIL).

Tests must use invented text. A run of 6+ words that a test string shares with a real page is either a stock
phrase ('said in a statement on Monday that') or a sentence copied with the names swapped; this lists every hit,
longest runs first per file, so the second kind can be rewritten.

Usage: python3 scripts/quality/borrowed_text.py [--since REV] [--words N] PAGES.jsonl ...
  PAGES: annotated sets (one JSON line per page with "text"); ../shared/benchmarks/clusters/basil is always read
  when present. --since REV: only test files changed since REV (default: every tests/*.py).
"""
from __future__ import annotations

import argparse
import ast
import glob
import json
import re
import subprocess
import sys
from pathlib import Path

WORD = re.compile(r"[A-Za-z0-9']+")
ROOT = Path(__file__).resolve().parents[2]
BASIL = ROOT.parent / "shared" / "benchmarks" / "clusters" / "basil" / "articles"


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def page_index(pages: list[str], n: int) -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}

    def add(where: str, text: str) -> None:
        ws = words(text)
        for i in range(len(ws) - n + 1):
            index.setdefault(tuple(ws[i:i + n]), where)

    for path in pages:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    page = json.loads(line)
                    add(f"{Path(path).name}:{page.get('id')}", page.get("text") or "")
    for path in glob.glob(str(BASIL / "*" / "*.json")):
        with open(path, encoding="utf-8") as f:
            for s in strings(json.load(f)):
                if len(s) > 40:
                    add(Path(path).name, s)
    return index


def test_files(since: str | None) -> list[Path]:
    if since is None:
        return sorted((ROOT / "tests").glob("*.py"))
    out = subprocess.check_output(["git", "diff", f"{since}..HEAD", "--name-only", "--", "tests"], cwd=ROOT, text=True)
    return [ROOT / f for f in out.split() if f.endswith(".py") and (ROOT / f).exists()]


def longest_runs(text: str, index: dict, n: int) -> list[tuple[int, str, str]]:
    """(length in words, the run, where it is from) for each maximal run of shared n-grams in ``text``."""
    ws = words(text)
    runs, i = [], 0
    while i <= len(ws) - n:
        where = index.get(tuple(ws[i:i + n]))
        if where is None:
            i += 1
            continue
        j = i
        while j + 1 <= len(ws) - n and tuple(ws[j + 1:j + 1 + n]) in index:
            j += 1
        runs.append((j - i + n, " ".join(ws[i:j + n]), where))
        i = j + 1
    return runs


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="*", help="annotated page sets (JSONL with a 'text' field)")
    ap.add_argument("--since", help="only test files changed since this revision")
    ap.add_argument("--words", type=int, default=6, help="shortest shared run reported (default 6)")
    args = ap.parse_args(argv)
    index = page_index(args.pages, args.words)
    hits = 0
    for path in test_files(args.since):
        found = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found += [(length, node.lineno, run, where) for length, run, where in
                          longest_runs(node.value, index, args.words)]
        for length, line, run, where in sorted(found, reverse=True):
            hits += 1
            print(f"{path.relative_to(ROOT)}:{line}: {length} words {run!r} <- {where}")
    print(f"{hits} shared runs of {args.words}+ words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
