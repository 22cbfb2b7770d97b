from click.testing import CliRunner

from newsgraph.cli import main


def test_help_lists_commands():
    r = CliRunner().invoke(main, ["--help"])
    assert r.exit_code == 0
    assert "analyze" in r.output and "demo" in r.output
