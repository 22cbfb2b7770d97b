"""The newsgraph command line: parse flags, call one library function, format the result."""
from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path

import click

from . import __version__
from .analyze import analyze_many
from .errors import NewsgraphError
from .extract.event_model import decision_lines, decisions, event_mode
from .extract.events import tracing
from .extract.step_guard import step_failures
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
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "gdelt"]), default="text",
              show_default=True,
              help="text: a readable summary; json: one indented object per document; jsonl: one line each "
                   "(the JSON contract); gdelt: a GDELT 2.0-style tab-separated event table.")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--outlet", metavar="NAME", help="Outlet name for inputs that carry none.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes to analyse with (one spaCy pipeline each); output order is kept.")
@click.option("--explain-events", is_flag=True,
              help="Also write on stderr, for each document, every event word that was coded but gave no "
                   "event row, with the reason (forecast, no actor, background clause ...), and, with "
                   "NEWSGRAPH_EVENT_MODEL=1, the event model's decision and score for each candidate. "
                   "Runs in one process.")
@click.option("--events-model", type=click.Choice(["rules", "model", "semantic"]), default=None,
              help="Event coder: the rules alone (the default), the rules with the statistical model on top, "
                   "or with the sentence-embedding head (needs the semantic extra). Overrides "
                   "NEWSGRAPH_EVENT_MODEL.")
def analyze(inputs: tuple[str, ...], fmt: str, published: str | None, outlet: str | None, workers: int,
            explain_events: bool = False, events_model: str | None = None) -> None:
    """Analyse articles: quotes and speakers, sources credited, people, events.

    INPUTS are .txt or .html files, folders (every .txt/.html/.htm/.json/.jsonl/.rss/.atom/.xml
    inside, recursively), JSONL files of {"id", "text"|"html", "published", "outlet", "url",
    "title"} objects, RSS/Atom feeds, or - for standard input. A manifest.json beside
    plain-text files gives their dates and outlets. Bad documents are reported on stderr and
    skipped; the exit status is 1 when any failed, 2 when the only input failed. A document on which
    one extraction step fails is kept with what the other steps found, and a line on stderr names
    the step (set NEWSGRAPH_STRICT=1 to stop on it instead).
    """
    n_ok = n_bad = n_events = 0
    stack = ExitStack()
    try:
        if events_model is not None:  # the environment, so that --workers processes follow it too
            os.environ["NEWSGRAPH_EVENT_MODEL"] = {"rules": "0", "model": "1"}.get(events_model, events_model)
        if event_mode() == "semantic":
            from .extract.event_semantic import require

            require()
        stream = read_inputs(inputs, published=published, outlet=outlet)
        if explain_events:
            trace = stack.enter_context(tracing())
            scored = stack.enter_context(decisions())  # the event model's score for each candidate
        if workers > 1 and not explain_events:
            from .parallel import analyze_parallel

            results = analyze_parallel(stream, workers=workers)
        else:
            results = analyze_many(stream)
        for res in results:
            if isinstance(res, Failure):
                n_bad += 1
                click.echo(f"newsgraph: {res}", err=True)
                continue
            n_ok += 1
            for line in step_failures(res.warnings):  # the page is kept; say which refinement it lost
                click.echo(f"newsgraph: {res.id}: {line}", err=True)
            if explain_events:
                for line in explain_lines(res.id, trace) + decision_lines(res.id, scored):
                    click.echo(line, err=True)
                trace.clear()
                scored.clear()
            if fmt == "gdelt":
                from . import gdelt

                if n_ok == 1:
                    click.echo(gdelt.header())
                for row in gdelt.rows([res], first_id=n_events + 1):
                    click.echo("\t".join(row))
                n_events += len(res.events)
            elif fmt == "jsonl":
                click.echo(json.dumps(res.to_dict(), ensure_ascii=False))
            elif fmt == "json":
                click.echo(json.dumps(res.to_dict(), ensure_ascii=False, indent=2))
            else:
                click.echo(summary(res))
    except NewsgraphError as exc:
        _fail(str(exc))
    finally:
        stack.close()
    if n_bad:
        if n_ok == 0 and n_bad == 1:
            sys.exit(2)
        sys.exit(1)


def explain_lines(doc_id: str, trace: list) -> list[str]:
    """One line per event word that gave no event: document, word, code, reason, sentence."""
    out = []
    for tok, code, reason in trace:
        sentence = " ".join(tok.sent.text.split())
        if len(sentence) > 160:
            sentence = sentence[:157] + "..."
        out.append(f"newsgraph: {doc_id}: no event from {tok.text!r} ({code}): {reason} | {sentence}")
    return out


def sample_inputs():
    """The bundled sample articles (dates, outlets and URLs come from the sample's manifest.json).

    The sample's fictional countries get actor codes from its actors.tsv, added to any actor
    files the user already names in NEWSGRAPH_ACTORS.
    """
    actors = str(SAMPLE / "actors.tsv")
    current = os.environ.get("NEWSGRAPH_ACTORS", "")
    if actors not in current.split(os.pathsep):
        os.environ["NEWSGRAPH_ACTORS"] = os.pathsep.join(x for x in (current, actors) if x)
        from .extract.actor_tables import reload_actor_files

        reload_actor_files()
    return read_inputs([SAMPLE])


@main.command()
@click.option("--db", default="newsgraph.db", show_default=True, metavar="FILE",
              help="The corpus database to ingest the sample into.")
def demo(db: str) -> None:
    """Ingest the bundled sample corpus into a database and take a short tour of the queries."""
    from .cli_corpus import format_table
    from .corpus.ingest import ingest
    from .corpus.query import Corpus
    from .store import Store

    try:
        with Store(db) as store:
            report = ingest(sample_inputs(), store)
        for f in report.failures:
            click.echo(f"newsgraph: {f}", err=True)
        click.echo(f"Sample corpus -> {db}: {report.added} added, {report.unchanged} already there, "
                   f"{report.failed} failed.\n")
        with Corpus(db) as corpus:
            counts = corpus.summary()
            click.echo(", ".join(f"{n:,} {t}" for t, n in counts.items() if t != "failures") + "\n")
            top = corpus.actors(limit=8)
            click.echo(f"$ newsgraph actors --db {db}   (who speaks and acts most)")
            click.echo(format_table(top, ["name", "type", "code", "n_documents", "n_quotes", "n_events"]) + "\n")
            speaker = next((a for a in top if a["type"] == "PERSON" and a["n_quotes"]), None)
            if speaker:
                click.echo(f'$ newsgraph quotes --speaker "{speaker["name"]}" --db {db}')
                click.echo(format_table(corpus.quotes(speaker=speaker["name"], limit=5),
                                        ["date", "speaker", "kind", "text", "outlet"]) + "\n")
            click.echo(f"$ newsgraph events --by month --db {db}")
            click.echo(format_table(corpus.events(by="month"),
                                    ["month", "events", "documents", "goldstein"]) + "\n")
            click.echo(f"$ newsgraph sources --db {db}   (who the articles credit)")
            click.echo(format_table(corpus.sources(limit=6), ["source", "kinds", "credits", "quotes"]) + "\n")
        click.echo("More: newsgraph quotes --search WORDS, newsgraph events --actor CODE --target CODE, "
                   "newsgraph stories, newsgraph compare STORY, newsgraph export --format graphml network.graphml")
        click.echo(f"\nOpen the web UI on this database: newsgraph serve --db {db}  then http://127.0.0.1:8001/ "
                   f"(needs the web extra once: pip install 'newsgraph[web]', or pip install -e '.[web]' here)")
    except NewsgraphError as exc:
        _fail(str(exc))


from .cli_web import register as _reg_web; _reg_web(main)  # noqa: E402, E702, I001  (newsgraph serve)
from .cli_scale import register as _reg_scale; _reg_scale(main)  # noqa: E402, E702, I001  (bench, spark)
from .cli_corpus import register as _reg_corpus; _reg_corpus(main)  # noqa: E402, E702, I001  (ingest, queries, export)

from .cli_doctor import register as _reg_doctor; _reg_doctor(main)  # noqa: E402, E702, I001  (doctor)

from .cli_accounts import register as _reg_accounts; _reg_accounts(main)  # noqa: E402, E702, I001  (stories, compare)


if __name__ == "__main__":
    main()
