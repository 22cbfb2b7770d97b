"""bench --steps reports CPU seconds beside wall seconds (the steadier figure on a shared machine)."""
from __future__ import annotations

from newsgraph.bench import format_steps


def test_steps_table_has_wall_and_cpu_shares_of_the_parse():
    table = format_steps([("spacy parse (separate run)", 10.0, 8.0), ("extract_events", 1.0, 0.4),
                          ("analyze_many total", 12.0, 9.0)])
    header, parse, events, total = table.splitlines()
    assert header.split() == ["step", "seconds", "x", "parse", "CPU", "s", "x", "parse"]
    assert events.split()[-4:] == ["1.00", "0.10", "0.40", "0.050"]  # 1/10 of the wall, 0.4/8 of the CPU
    assert parse.split()[-1] == "1.000" and total.split()[-2:] == ["9.00", "1.125"]
