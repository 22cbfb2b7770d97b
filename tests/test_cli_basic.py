from click.testing import CliRunner

from newsgraph.cli import main


def test_help_lists_commands():
    r = CliRunner().invoke(main, ["--help"])
    assert r.exit_code == 0
    assert "analyze" in r.output and "demo" in r.output


def test_workers_give_the_same_output(tmp_path):
    for i in range(4):
        (tmp_path / f"a{i}.txt").write_text(
            f'Talks {i}\n\nMinister Anna Berg said on Tuesday: "Round {i} went well." She told reporters more.',
            encoding="utf-8")
    one = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    two = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == 0 and two.exit_code == 0
    assert one.output == two.output and one.output.count("\n") == 4


def test_single_bad_input_exits_2_with_one_line(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    r = CliRunner().invoke(main, ["analyze", str(p)])
    assert r.exit_code == 2
    assert "empty" in r.output and len(r.output.strip().splitlines()) == 1


def test_batch_with_a_bad_document_exits_1_and_keeps_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text('Headline\n\nThe minister said "we go on."', encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    r = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert r.exit_code == 1
    assert '"id": "good"' in r.output and "bad.txt" in r.output


def test_non_english_article_is_kept_flagged_and_not_analysed(tmp_path):
    import json

    de = ("Die Regierung hat am Dienstag neue Sanktionen angekündigt. „Wir werden das nicht hinnehmen“, "
          "sagte der Minister vor Journalisten in Berlin. Die Opposition kritisierte die Entscheidung und "
          "forderte eine Debatte im Parlament, die noch in dieser Woche stattfinden soll.\n")
    (tmp_path / "de.txt").write_text(de * 3, encoding="utf-8")
    r = CliRunner().invoke(main, ["analyze", str(tmp_path / "de.txt"), "--format", "jsonl"])
    assert r.exit_code == 0
    out = json.loads(r.output)
    assert out["language"] == "de" and out["quotes"] == [] and out["entities"] == []
    assert "Sanktionen" in out["text"] and any("not English" in w for w in out["warnings"])
