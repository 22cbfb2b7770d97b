#!/usr/bin/env python3
"""Check an annotated page file: python3 scripts/quality/check_ann.py FILE.jsonl

Every quote / indirect text and speaker_mention and every attribution text must be an exact substring of the
page's text; ids unique; the keys score.py reads present. Prints the problems and a counts line; exit 1 on
problems. Standard library only.
"""
from __future__ import annotations

import json
import sys


def check(path: str) -> int:
    bad = n = direct = partial = indirect = sources = 0
    ids: set = set()
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"line {ln}: not JSON: {exc}")
            bad += 1
            continue
        for key in ("id", "text", "quotes", "indirect", "attributions"):
            if key not in rec:
                print(f"line {ln}: missing {key}")
                bad += 1
        if rec.get("id") in ids:
            print(f"line {ln}: duplicate id {rec.get('id')}")
            bad += 1
        ids.add(rec.get("id"))
        n += 1
        text = rec.get("text", "")
        for kind in ("quotes", "indirect"):
            for e in rec.get(kind, []):
                if not e.get("speaker"):
                    print(f"{rec.get('id')}: {kind} entry without speaker: {e.get('text', '')[:60]!r}")
                    bad += 1
                for field in ("text", "speaker_mention"):
                    s = e.get(field)
                    if s and s not in text:
                        print(f"{rec.get('id')}: {kind}.{field} not in text: {s[:80]!r}")
                        bad += 1
                if kind == "quotes":
                    direct += 1
                    partial += bool(e.get("partial"))
                else:
                    indirect += 1
        for e in rec.get("attributions", []):
            sources += 1
            if not e.get("reported_by"):
                print(f"{rec.get('id')}: attribution without reported_by")
                bad += 1
            s = e.get("text")
            if s and s not in text:
                print(f"{rec.get('id')}: attributions.text not in text: {s[:80]!r}")
                bad += 1
    print(f"{n} pages, {direct} direct ({partial} partial), {indirect} indirect, {sources} attributions; {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[0])
    raise SystemExit(check(sys.argv[1]))
