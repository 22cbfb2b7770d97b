"""Every command explains itself, and docs/cli.md is the current --help of each."""
import importlib.util
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_and_option_has_help():
    for name, cmd in main.commands.items():
        assert cmd.help and len(cmd.help.strip()) > 20, f"{name} lacks a description"
        for p in cmd.params:
            if p.param_type_name == "option" and p.name not in {"help"}:
                assert p.help, f"{name} --{p.name} lacks help text"
        r = CliRunner().invoke(main, [name, "--help"])
        assert r.exit_code == 0


def test_cli_reference_is_current():
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "gen_cli_docs.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == gen.render(), "docs/cli.md is stale: run python3 scripts/gen_cli_docs.py"
