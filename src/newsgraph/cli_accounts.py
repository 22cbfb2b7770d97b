"""`newsgraph stories` and `newsgraph compare`: same-event groups and where their accounts differ."""
from __future__ import annotations

import json
import sys

import click

from .cli_corpus import db_option, emit, format_option, limit_option
from .errors import NewsgraphError
from .store import connect


def _fail(msg: str) -> None:
    click.echo(f"newsgraph: {msg}", err=True)
    sys.exit(2)


@click.command()
@click.option("--min-documents", type=int, default=1, show_default=True, help="Only stories with this many documents.")
@db_option
@format_option
@limit_option
def stories(min_documents: int, db: str, fmt: str, limit: int) -> None:
    """List stories: documents of the store grouped by the real-world event they report.

    New documents are assigned first (a document joins the most similar story active within a
    week of it, or starts one; assigned documents never move). SOURCES counts independent
    outlets: syndicated copies are marked as duplicates and not counted.
    """
    from .corpus.accounts import list_stories, update_stories

    try:
        con = connect(db, create=False)
        update_stories(con)
        rows = list_stories(con, min_documents)
    except NewsgraphError as exc:
        _fail(str(exc))
    emit(rows[:limit] if limit else rows, fmt, ["story", "first", "last", "documents", "sources", "main_actors",
                                                  "title"])


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="STORY | DOC_A DOC_B [...]")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="text: compact report; json: every aligned statement; markdown: a table to paste.")
@click.option("--all", "show_all", is_flag=True, help="Also list statements that every account carries.")
def compare(targets: tuple[str, ...], db: str, fmt: str, show_all: bool) -> None:
    """Compare the accounts of one event: what each carries, omits or contradicts.

    Give a story number (from `newsgraph stories`) or two or more documents by the id they
    were ingested with (file name without extension, or the JSONL id).
    """
    from .corpus.accounts import load_analysis, resolve_document, story_documents, update_stories
    from .corpus.compare import compare as run_compare
    from .corpus.report import markdown_report, text_report

    try:
        con = connect(db, create=False)
        if len(targets) == 1 and targets[0].isdigit():
            update_stories(con)
            ids = story_documents(con, int(targets[0]))
            if not ids:
                raise NewsgraphError(f"no story {targets[0]} (see `newsgraph stories`)")
        else:
            if len(targets) < 2:
                raise NewsgraphError("compare needs a story number or at least two documents")
            ids = [resolve_document(con, t) for t in targets]
        result = run_compare([load_analysis(con, i) for i in ids])
    except NewsgraphError as exc:
        _fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(markdown_report(result), nl=False)
    else:
        click.echo(text_report(result, all_claims=show_all), nl=False)


def register(group: click.Group) -> None:
    group.add_command(stories)
    group.add_command(compare)
