import sqlite3

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.doctor import check_database, check_install


def test_install_checks_pass_here():
    checks = {c.name: c for c in check_install()}
    assert checks["model"].ok, checks["model"].detail
    assert checks["sqlite"].ok


def test_database_that_is_not_newsgraph(tmp_path):
    p = tmp_path / "other.db"
    con = sqlite3.connect(p)
    con.execute("create table x(a)")
    con.commit()
    con.close()
    checks = {c.name: c for c in check_database(p)}
    assert checks["integrity"].ok
    assert not checks["schema"].ok


def test_missing_database_says_how_to_make_one(tmp_path):
    (c,) = check_database(tmp_path / "none.db")
    assert not c.ok and "ingest" in c.fix


def test_corrupt_file_is_reported(tmp_path):
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not a database" * 100)
    checks = check_database(p)
    assert any(not c.ok for c in checks)


def test_cli_exit_status(tmp_path):
    r = CliRunner().invoke(main, ["doctor", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1
    assert "[ok ] model" in r.output
