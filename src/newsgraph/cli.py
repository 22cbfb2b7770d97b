"""The newsgraph command line: parse flags, call one library function, format the result."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .analyze import analyze_many
from .errors import NewsgraphError
from .ingest.readers import read_inputs
from .model import Failure
from .render import summary

SAMPLE = Path(__file__).parent / "data" / "sample"


def _fail(msg: str, code: int = 2) -> None:
    click.echo(f"newsgraph: {msg}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: who said what, to whom, when, and according to whom, in news articles.

    Start with `newsgraph demo`, or `newsgraph analyze ARTICLE`.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: a readable summary; json: one indented object per document; jsonl: one line each "
                   "(the JSON contract).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--outlet", metavar="NAME", help="Outlet name for inputs that carry none.")
def analyze(inputs: tuple[str, ...], fmt: str, published: str | None, outlet: str | None) -> None:
    """Analyse articles: quotes and speakers, sources credited, people, events.

    INPUTS are .txt or .html files, folders (every .txt/.html/.htm/.json/.jsonl inside),
    JSONL files of {"id", "text"|"html", "published", "outlet", "url", "title"} objects,
    or - for standard input. Bad documents are reported on stderr and skipped; the exit
    status is 1 when any failed.
    """
    n_ok = n_bad = 0
    try:
        for res in analyze_many(read_inputs(inputs, published=published, outlet=outlet)):
            if isinstance(res, Failure):
                n_bad += 1
                click.echo(f"newsgraph: {res}", err=True)
                continue
            n_ok += 1
            if fmt == "jsonl":
                click.echo(json.dumps(res.to_dict(), ensure_ascii=False))
            elif fmt == "json":
                click.echo(json.dumps(res.to_dict(), ensure_ascii=False, indent=2))
            else:
                click.echo(summary(res))
    except NewsgraphError as exc:
        _fail(str(exc))
    if n_bad:
        if n_ok == 0 and n_bad == 1:
            sys.exit(2)
        sys.exit(1)


@main.command()
def demo() -> None:
    """Analyse the bundled sample corpus and print what was found."""
    try:
        for res in analyze_many(read_inputs([SAMPLE])):
            if isinstance(res, Failure):
                click.echo(f"newsgraph: {res}", err=True)
            else:
                click.echo(summary(res))
    except NewsgraphError as exc:
        _fail(str(exc))


from .cli_web import register as _reg_web; _reg_web(main)  # noqa: E402, E702, I001  (newsgraph serve)
from .cli_scale import register as _reg_scale; _reg_scale(main)  # noqa: E402, E702, I001  (bench, spark)


if __name__ == "__main__":
    main()
