"""The corpus commands: ingest, quotes, events, actors, sources, export.

Registered on the main command group by one line at the bottom of cli.py (``register(main)``).
Each command opens the store or the corpus, calls one library function and formats the result.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import time

import click

from .errors import NewsgraphError
from .store import DEFAULT_DB

FORMATS = ["table", "json", "jsonl", "csv"]
db_option = click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                         help="The corpus database (SQLite).")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="table: aligned columns for reading; json, jsonl, csv: every field, for programs.")
limit_option = click.option("--limit", type=int, default=50, show_default=True,
                            help="At most this many rows (0: all).")


def _fail(msg: str, code: int = 2) -> None:
    click.echo(f"newsgraph: {msg}", err=True)
    sys.exit(code)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list | dict):
        return ", ".join(map(str, v)) if isinstance(v, list) else json.dumps(v, ensure_ascii=False)
    if isinstance(v, float):
        return f"{v:g}"
    return " ".join(str(v).split())


def format_table(rows: list[dict], columns: list[str], width: int | None = None) -> str:
    """Rows as aligned text columns, the widest column cut to fit the terminal."""
    if not rows:
        return "(no rows)"
    width = width or shutil.get_terminal_size((120, 20)).columns
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    widths = [min(w, 60) for w in widths]
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 12:
        widths[widths.index(max(widths))] -= 1

    def fit(s: str, w: int) -> str:
        return s if len(s) <= w else s[: w - 1] + "…"

    lines = ["  ".join(c.upper().ljust(w)[:w] for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join(fit(v, w).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def emit(rows: list[dict], fmt: str, columns: list[str]) -> None:
    """Print query results in the chosen format (table shows ``columns``; the others every field)."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        names = list(rows[0]) if rows else columns
        w = csv.DictWriter(buf, fieldnames=names, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                        for k, v in r.items()})
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(format_table(rows, columns))


def _open(db: str):
    from .corpus.query import Corpus

    return Corpus(db)


def _query(db: str, ask) -> list[dict]:
    """The rows ``ask(corpus)`` returns from the corpus at ``db``; a NewsgraphError ends the command with its
    message."""
    try:
        with _open(db) as corpus:
            return ask(corpus)
    except NewsgraphError as exc:
        _fail(str(exc))


class Progress:
    """A one-line progress display on stderr (documents, documents/second, outcome counts)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.last = 0.0

    def __call__(self, report) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.25:
            return
        self.last = now
        self.show(report)

    def show(self, report, end: str = "") -> None:
        if not self.enabled:
            return
        line = (f"\r{report.seen:,} documents  {report.rate:,.1f} docs/s  added {report.added:,}  "
                f"unchanged {report.unchanged:,}  failed {report.failed:,}")
        if report.updated:
            line += f"  re-analysed {report.updated:,}"
        click.echo(line.ljust(90) + end, err=True, nl=False)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--reanalyze", is_flag=True,
              help="Analyse again the inputs stored by another newsgraph or spaCy model version.")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--outlet", metavar="NAME", help="Outlet name for inputs that carry none.")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Processes analysing in parallel (0: one per CPU).")
@click.option("--batch-size", type=int, default=16, show_default=True, help="Documents per spaCy batch.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress line on stderr (default: when stderr is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the end summary as JSON on stdout.")
def ingest(inputs: tuple[str, ...], db: str, reanalyze: bool, published: str | None, outlet: str | None,
           workers: int, batch_size: int, progress: bool | None, as_json: bool) -> None:
    """Analyse articles and add them to the corpus database.

    INPUTS are files, folders (recursive), JSONL files, HTML and plain text,
    or - for standard input. Documents already stored (same cleaned text and URL) are
    skipped before parsing, so running the same ingest twice adds nothing; each document is
    written in one transaction, so an interrupted ingest is finished by running it again.
    The exit status is 1 when any document failed (reasons are listed and kept in the
    database's failures table).
    """
    from .corpus.ingest import IngestReport
    from .corpus.ingest import ingest as run
    from .ingest.readers import read_inputs
    from .store import Store

    if workers == 0:
        from .parallel import default_workers

        workers = default_workers()
    show = Progress(sys.stderr.isatty() if progress is None else progress)
    report = IngestReport()
    try:
        with Store(db) as store:
            try:
                run(read_inputs(inputs, published=published, outlet=outlet), store, reanalyze=reanalyze,
                    workers=workers, batch_size=batch_size, progress=show, report=report)
            except KeyboardInterrupt:
                show.show(report, end="\n")
                click.echo(f"newsgraph: interrupted; {report.added + report.updated:,} documents stored, "
                           f"run the same command again to finish", err=True)
                sys.exit(130)
    except NewsgraphError as exc:
        _fail(str(exc))
    show.show(report, end="\n")
    if as_json:
        click.echo(json.dumps({"db": db, **report.to_dict()}, ensure_ascii=False))
    else:
        msg = (f"{report.added:,} added, {report.unchanged:,} unchanged, {report.failed:,} failed"
               + (f", {report.updated:,} re-analysed" if report.updated else "")
               + f" in {report.seconds:.1f} s ({report.rate:.1f} docs/s) -> {db}")
        click.echo(msg, err=True)
        for reason, n in report.reasons()[:10]:
            click.echo(f"  failed: {n:,} x {reason}", err=True)
        for f in report.failures[:10]:
            click.echo(f"  {f}", err=True)
        if report.failed > 10:
            click.echo(f"  ... {report.failed - 10:,} more in the failures table", err=True)
    if report.failed:
        sys.exit(1)


@click.command()
@click.option("--speaker", metavar="NAME", help="Who said it (any name the actor goes by).")
@click.option("--search", metavar="TEXT", help='Full-text search in the quote ("exact phrase", word*, OR).')
@click.option("--since", metavar="DATE", help="On or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before this date.")
@click.option("--outlet", metavar="NAME", help="Published by this outlet (substring).")
@click.option("--kind", type=click.Choice(["direct", "partial", "indirect"]), help="Only this kind of quote.")
@db_option
@format_option
@limit_option
def quotes(speaker, search, since, until, outlet, kind, db, fmt, limit) -> None:
    """Statements in the corpus: who said what, when, reported by whom."""
    rows = _query(db, lambda corpus: corpus.quotes(speaker=speaker, search=search, since=since, until=until,
                                                   outlet=outlet, kind=kind, limit=limit or None))
    emit(rows, fmt, ["date", "speaker", "kind", "text", "reported_by", "outlet"])


@click.command()
@click.option("--actor", metavar="CODE", help="Source actor code prefix (CHN matches CHNMIL).")
@click.option("--target", metavar="CODE", help="Target actor code prefix.")
@click.option("--code", metavar="PREFIX", help="CAMEO code prefix (05, 051).")
@click.option("--since", metavar="DATE", help="On or after this date.")
@click.option("--until", metavar="DATE", help="On or before this date.")
@click.option("--by", type=click.Choice(["day", "month", "year"]), help="Count events per period instead.")
@db_option
@format_option
@limit_option
def events(actor, target, code, since, until, by, db, fmt, limit) -> None:
    """CAMEO-coded events: who did what to whom, when (or counts per period with --by)."""
    rows = _query(db, lambda corpus: corpus.events(actor=actor, target=target, code=code, since=since, until=until,
                                                   by=by, limit=limit or None))
    cols = ([by, "events", "documents", "goldstein", "cooperation", "conflict"] if by else
            ["date", "actor1_code", "actor1_name", "cameo", "actor2_code", "actor2_name", "goldstein", "sentence"])
    emit(rows, fmt, cols)


@click.command()
@click.option("--search", metavar="TEXT", help="Name, alias or title contains this.")
@click.option("--type", "etype", type=click.Choice(["PERSON", "ORG", "GPE", "NORP", "LOC"], case_sensitive=False),
              help="Only actors of this type.")
@click.option("--code", metavar="PREFIX", help="Actor code prefix.")
@db_option
@format_option
@limit_option
def actors(search, etype, code, db, fmt, limit) -> None:
    """People, organisations and countries across the corpus, with statement and event counts."""
    rows = _query(db, lambda corpus: corpus.actors(search=search, type=etype, code=code, limit=limit or None))
    emit(rows, fmt, ["id", "name", "type", "code", "n_documents", "n_quotes", "n_events", "aliases"])


@click.command()
@click.option("--search", metavar="TEXT", help="Source name contains this.")
@db_option
@format_option
@limit_option
def sources(search, db, fmt, limit) -> None:
    """Which outlets, ministries, videos and statements articles credit, and how often."""
    rows = _query(db, lambda corpus: corpus.sources(search=search, limit=limit or None))
    emit(rows, fmt, ["source", "kinds", "credits", "documents", "quotes"])


@click.command("export")
@click.argument("out")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "graphml"]), required=True,
              help="jsonl/csv/parquet: one file per table; gdelt: events as GDELT-style TSV; graphml: the actor "
                   "network.")
@click.option("--table", "tables", multiple=True,
              type=click.Choice(["documents", "entities", "quotes", "attributions", "events", "removed", "actors",
                                 "failures"]),
              help="Tables to export (repeat; default: all but failures).")
@db_option
def export_cmd(out: str, fmt: str, tables: tuple[str, ...], db: str) -> None:
    """Export the corpus database to OUT (a folder, or a file for one table, gdelt and graphml)."""
    from .export import export

    try:
        written = export(db, out, fmt, list(tables) or None)
    except NewsgraphError as exc:
        _fail(str(exc))
    for path, n in written.items():
        click.echo(f"{path}: {n:,} {'nodes and edges' if fmt == 'graphml' else 'rows'}", err=True)


def register(group: click.Group) -> None:
    """Add ingest, quotes, events, actors, sources and export to the newsgraph command group."""
    for cmd in (ingest, quotes, events, actors, sources, export_cmd):
        group.add_command(cmd)
