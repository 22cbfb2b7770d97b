"""`newsgraph analyze --explain-events`: why coded event words gave no event, on stderr."""
from __future__ import annotations

from click.testing import CliRunner

from newsgraph.cli import main


def test_explain_events_lists_the_forecast(tmp_path):
    article = tmp_path / "forecast.txt"
    article.write_text("The foreign minister said on Monday that Ostrava may deploy troops to the border.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", "--explain-events", "--format", "jsonl", str(article)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "no event from 'deploy'" in line]
    assert lines and "forecast" in lines[0] and lines[0].startswith("newsgraph: forecast: ")
    assert '"events"' in result.stdout  # the JSON on stdout is unchanged


def test_without_the_flag_nothing_is_explained(tmp_path):
    article = tmp_path / "forecast.txt"
    article.write_text("The foreign minister said that Ostrava may deploy troops to the border.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", "--format", "jsonl", str(article)])
    assert result.exit_code == 0
    assert "no event from" not in result.stderr
