"""Exports of a corpus database: JSONL, CSV, Parquet, GDELT-style event TSV, GraphML actor network.

Tables stream out in batches, so memory stays bounded whatever the corpus size. JSONL and
CSV and Parquet write one file per table (``OUT/<table>.<ext>``, or ``OUT`` itself when it
names a file and one table is asked for); GDELT and GraphML write one file.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from .errors import NewsgraphError, StoreError

TABLES = ("documents", "entities", "quotes", "attributions", "events", "removed", "actors", "failures")
DEFAULT_TABLES = ("documents", "entities", "quotes", "attributions", "events", "removed", "actors")
FORMATS = ("jsonl", "csv", "parquet", "gdelt", "graphml")
JSON_COLUMNS = {"mentions", "aliases", "quotes", "titles", "warnings"}
BATCH = 2000



def _connect(db: str | Path | sqlite3.Connection) -> sqlite3.Connection:
    if isinstance(db, sqlite3.Connection):
        return db
    if not Path(db).is_file():
        raise StoreError(f"no database at {db}: run `newsgraph ingest PATH --db {db}` first")
    conn = sqlite3.connect(str(db))
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    cols = [(r[1], (r[2] or "TEXT").upper()) for r in conn.execute(f'PRAGMA table_info("{table}")')]
    if not cols:
        raise NewsgraphError(f"no table {table!r} in the database")
    return cols


def iter_rows(conn: sqlite3.Connection, table: str, decode_json: bool = False) -> Iterator[dict]:
    """Every row of ``table`` as a dict, in storage order, fetched in batches."""
    names = [c for c, _ in _columns(conn, table)]
    cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
    while True:
        batch = cur.fetchmany(BATCH)
        if not batch:
            return
        for row in batch:
            d = dict(zip(names, row, strict=True))
            if decode_json:
                for c in JSON_COLUMNS & d.keys():
                    if isinstance(d[c], str):
                        try:
                            d[c] = json.loads(d[c])
                        except ValueError:
                            pass
            yield d


def _targets(out: Path, tables: list[str], ext: str) -> dict[str, Path]:
    if len(tables) == 1 and out.suffix and not out.is_dir():
        out.parent.mkdir(parents=True, exist_ok=True)
        return {tables[0]: out}
    out.mkdir(parents=True, exist_ok=True)
    return {t: out / f"{t}.{ext}" for t in tables}


def export(db: str | Path | sqlite3.Connection, out: str | Path, fmt: str,
           tables: list[str] | tuple[str, ...] | None = None) -> dict[str, int]:
    """Write the database in ``fmt``; returns {file written: rows (or nodes+edges)}."""
    if fmt not in FORMATS:
        raise NewsgraphError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    tables = list(tables or DEFAULT_TABLES)
    for t in tables:
        if t not in TABLES:
            raise NewsgraphError(f"unknown table {t!r}: use one of {', '.join(TABLES)}")
    conn = _connect(db)
    out = Path(out)
    try:
        if fmt == "gdelt":
            return {str(out): export_gdelt(conn, out)}
        if fmt == "graphml":
            return {str(out): export_graphml(conn, out)}
        written = {}
        for table, path in _targets(out, tables, fmt).items():
            writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt]
            written[str(path)] = writer(conn, table, path)
        return written
    finally:
        if conn is not db:
            conn.close()


def _write_jsonl(conn: sqlite3.Connection, table: str, path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for row in iter_rows(conn, table, decode_json=True):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_csv(conn: sqlite3.Connection, table: str, path: Path) -> int:
    names = [c for c, _ in _columns(conn, table)]
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(names)
        for row in iter_rows(conn, table):
            w.writerow([row[c] for c in names])
            n += 1
    return n


def _write_parquet(conn: sqlite3.Connection, table: str, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise NewsgraphError("Parquet export needs pyarrow: pip install 'newsgraph[parquet]' "
                             "(or pip install pyarrow)") from None
    cols = _columns(conn, table)
    kinds = {"INTEGER": pa.int64(), "INT": pa.int64(), "REAL": pa.float64(), "FLOAT": pa.float64()}
    schema = pa.schema([(c, kinds.get(t, pa.string())) for c, t in cols])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict] = []
        for row in iter_rows(conn, table):
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _gdelt_rows(conn: sqlite3.Connection) -> Iterator[list[str]]:
    """GDELT rows through ``newsgraph.gdelt`` (the same columns as ``analyze --format gdelt``),
    document by document; GLOBALEVENTID is the event's rowid in the database."""
    from .gdelt import event_row
    from .model import Actor, Analysis, Event

    docs = conn.execute("SELECT d.id, d.text, d.published, d.url FROM documents d "
                        "WHERE d.id IN (SELECT DISTINCT document FROM events) ORDER BY d.rowid")
    for doc_id, text, published, url in docs:
        a = Analysis(id=doc_id, text=text or "", published=published, url=url)
        for (rid, a1n, a1c, a2n, a2c, cameo, root, gold, quad, plover, start, end, sentence, date,
             negated) in conn.execute(
                'SELECT rowid, actor1_name, actor1_code, actor2_name, actor2_code, cameo, root, goldstein, '
                'quad_class, plover, start, "end", sentence, date, negated FROM events WHERE document = ? '
                "ORDER BY rowid", (doc_id,)).fetchall():
            ev = Event(str(rid), Actor(a1n or "", a1c) if a1n or a1c else None,
                       Actor(a2n or "", a2c) if a2n or a2c else None, cameo or "", root or (cameo or "")[:2],
                       gold, quad, plover, start or 0, end or 0, sentence or "", date=date, negated=bool(negated))
            yield event_row(a, ev, rid)


def export_gdelt(conn: sqlite3.Connection, out: Path) -> int:
    """Events as a GDELT 2.0-style tab-separated file (a header line, GDELT's column names)."""
    from .gdelt import header

    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(header() + "\n")
        for row in _gdelt_rows(conn):
            f.write("\t".join(row) + "\n")
            n += 1
    return n


# -- GraphML actor network ---------------------------------------------------------------------

def network_edges(conn: sqlite3.Connection) -> dict[tuple[int, int], dict]:
    """(actor A, actor B) -> statements (A's quotes naming B inside or addressed to B), events
    (A acting on B) and the events' summed Goldstein scores; document by document."""
    edges: dict[tuple[int, int], dict] = defaultdict(lambda: {"statements": 0, "events": 0, "gsum": 0.0, "gn": 0})
    docs = conn.execute("SELECT DISTINCT document FROM quotes WHERE speaker_actor IS NOT NULL").fetchall()
    for (doc,) in docs:
        ents = [(actor, (name or "").lower(), json.loads(mentions or "[]")) for actor, name, mentions in conn.execute(
            "SELECT actor, name, mentions FROM entities WHERE document = ? AND actor IS NOT NULL", (doc,))]
        for src, start, end, addressee in conn.execute(
                "SELECT speaker_actor, start, \"end\", addressee FROM quotes WHERE document = ? AND "
                "speaker_actor IS NOT NULL", (doc,)):
            addressee = (addressee or "").lower()
            targets = set()
            for actor, name, mentions in ents:
                if actor == src:
                    continue
                inside = any(isinstance(m, list) and len(m) == 2 and start <= m[0] and m[1] <= end for m in mentions)
                if inside or (addressee and name and name in addressee):
                    targets.add(actor)
            for t in targets:
                edges[(src, t)]["statements"] += 1
    for a, b, gold in conn.execute("SELECT actor1_actor, actor2_actor, goldstein FROM events "
                                   "WHERE actor1_actor IS NOT NULL AND actor2_actor IS NOT NULL "
                                   "AND actor1_actor != actor2_actor"):
        e = edges[(a, b)]
        e["events"] += 1
        if gold is not None:
            e["gsum"] += gold
            e["gn"] += 1
    return edges


def export_graphml(conn: sqlite3.Connection, out: Path) -> int:
    """The actor network as GraphML (opens in Gephi, networkx, yEd); returns nodes + edges."""
    edges = network_edges(conn)
    used = {a for pair in edges for a in pair}
    out.parent.mkdir(parents=True, exist_ok=True)
    node_keys = [("name", "string"), ("type", "string"), ("code", "string"), ("country", "string"),
                 ("n_documents", "int"), ("n_quotes", "int"), ("n_events", "int")]
    edge_keys = [("weight", "double"), ("statements", "int"), ("events", "int"), ("goldstein", "double")]
    n = 0
    with out.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        f.write('  <key id="label" for="node" attr.name="label" attr.type="string"/>\n')
        for k, t in node_keys:
            f.write(f'  <key id="{k}" for="node" attr.name="{k}" attr.type="{t}"/>\n')
        for k, t in edge_keys:
            f.write(f'  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{t}"/>\n')
        f.write('  <graph id="actors" edgedefault="directed">\n')
        for row in conn.execute("SELECT id, name, type, code, country, n_documents, n_quotes, n_events FROM actors "
                                "ORDER BY id"):
            aid, values = row[0], dict(zip([k for k, _ in node_keys], row[1:], strict=True))
            if aid not in used and not values["n_quotes"] and not values["n_events"]:
                continue  # an actor only ever mentioned, with no statement or event: not part of the network
            f.write(f'    <node id="a{aid}">\n      <data key="label">{escape(values["name"] or "")}</data>\n')
            for k, _ in node_keys:
                if values[k] is not None:
                    f.write(f'      <data key="{k}">{escape(str(values[k]))}</data>\n')
            f.write("    </node>\n")
            n += 1
        for i, ((a, b), e) in enumerate(sorted(edges.items())):
            f.write(f'    <edge id="e{i}" source="a{a}" target="a{b}">\n'
                    f'      <data key="e_weight">{float(e["statements"] + e["events"])}</data>\n'
                    f'      <data key="e_statements">{e["statements"]}</data>\n'
                    f'      <data key="e_events">{e["events"]}</data>\n')
            if e["gn"]:
                f.write(f'      <data key="e_goldstein">{round(e["gsum"] / e["gn"], 3)}</data>\n')
            f.write("    </edge>\n")
            n += 1
        f.write("  </graph>\n</graphml>\n")
    return n
