#!/usr/bin/env python3
"""Write docs/cli.md from the commands' --help (tests/test_cli_docs.py checks it is current).

    python3 scripts/gen_cli_docs.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main

OUT = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def render() -> str:
    runner = CliRunner()
    parts = ["# Command-line reference", "",
             "Generated from `--help` by `scripts/gen_cli_docs.py`; a test keeps it current.", ""]
    top = runner.invoke(main, ["--help"], terminal_width=100).output
    parts += ["```", top.rstrip(), "```", ""]
    for name in sorted(main.commands):
        out = runner.invoke(main, [name, "--help"], terminal_width=100).output
        parts += [f"## newsgraph {name}", "", "```", out.rstrip(), "```", ""]
    return "\n".join(parts)


def main_() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main_())
