"""A refinement step that raises on one page is skipped with a warning; the page's other records are kept."""
from __future__ import annotations

import importlib

import pytest

import newsgraph
from newsgraph.extract import quotes as quotes_module
from newsgraph.extract.step_guard import guarded

TEXT = ("KESTRA, May 3 (Norpress) -- Veldia's foreign minister Arvo Lindqvist met his Kestrian counterpart on "
        'Monday. "We will open the border next spring," Lindqvist told reporters. '
        "He said the two countries would sign a trade pact in May.")


def test_guarded_returns_the_fallback_and_says_which_step_failed(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_STRICT", "0")

    def _name_the_holder(x):
        raise IndexError("token out of range")

    warnings: list[str] = []
    assert guarded(warnings, "kept", _name_the_holder, 1) == "kept"
    assert warnings == ["step 'name the holder' failed and was skipped (IndexError: token out of range)"]
    assert guarded(warnings, "kept", lambda x: x + 1, 1) == 2 and len(warnings) == 1


def test_strict_mode_raises(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_STRICT", "1")
    with pytest.raises(ZeroDivisionError):
        guarded([], None, lambda: 1 / 0)


def _broken(*args, **kwargs):
    raise IndexError("a shape nobody foresaw")


def test_a_failing_speaker_step_keeps_the_pages_quotes(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_STRICT", "0")
    whole = newsgraph.analyze(TEXT, outlet="Veldia Herald")
    monkeypatch.setattr(quotes_module, "name_known_holders", _broken)
    hurt = newsgraph.analyze(TEXT, outlet="Veldia Herald")
    assert [q.text for q in hurt.quotes] == [q.text for q in whole.quotes] and hurt.quotes
    assert [a.reported_by for a in hurt.attributions] == [a.reported_by for a in whole.attributions]
    assert any(w.endswith("(IndexError: a shape nobody foresaw)") for w in hurt.warnings)
    assert not any("failed" in w for w in whole.warnings)


def test_a_failing_source_step_keeps_quotes_and_events(monkeypatch):
    analyze_module = importlib.import_module("newsgraph.analyze")  # (the package's 'analyze' is the function)

    monkeypatch.setenv("NEWSGRAPH_STRICT", "0")
    whole = newsgraph.analyze(TEXT, outlet="Veldia Herald")
    monkeypatch.setattr(analyze_module, "extract_attributions", _broken)
    hurt = newsgraph.analyze(TEXT, outlet="Veldia Herald")
    assert hurt.attributions == [] and whole.attributions
    assert [q.text for q in hurt.quotes] == [q.text for q in whole.quotes]
    assert len(hurt.events) == len(whole.events)
    assert len([w for w in hurt.warnings if "nobody foresaw" in w]) == 1


def test_strict_mode_loses_the_page_instead(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_STRICT", "1")
    monkeypatch.setattr(quotes_module, "name_known_holders", _broken)
    with pytest.raises(IndexError):
        newsgraph.analyze(TEXT, outlet="Veldia Herald")


def test_the_cli_keeps_the_page_and_says_which_step_failed(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from newsgraph.cli import main

    monkeypatch.setenv("NEWSGRAPH_STRICT", "0")
    monkeypatch.setattr(quotes_module, "name_known_holders", _broken)
    page = tmp_path / "talks.txt"
    page.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(main, ["analyze", str(page), "--format", "jsonl", "--outlet", "Veldia Herald"])
    assert r.exit_code == 0
    record = json.loads(r.stdout.splitlines()[0])
    assert record["id"] == "talks" and record["quotes"]
    assert r.stderr.strip() == "newsgraph: talks: step 'broken' failed and was skipped " \
                               "(IndexError: a shape nobody foresaw)"
