"""Throughput of newsgraph against bare spaCy on the same texts, in the same run.

``run_bench`` reads a corpus (the bundled sample repeated, or any folder/JSONL the readers
accept, BASIL JSON included), cleans every document once outside the timings (cleaning is
timed on its own and reported), warms both paths up, then times in turn:

- ``spacy``: bare ``nlp.pipe`` over the cleaned texts;
- ``analyze``: ``analyze_many`` over the same cleaned texts (so it re-runs the trivial
  plain-text clean, then parses and extracts);
- ``ingest``: the same, written into a temporary SQLite store (when the store is available);
- with ``workers`` > 1: ``analyze_parallel`` (and parallel ingest) with that many processes.

Same model, same batch size, same texts. Peak RSS is the process's high-water mark
(``getrusage``); for workers it is the largest worker's.
"""
from __future__ import annotations

import gc
import importlib
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import cycle, islice
from pathlib import Path

from .analyze import prepare
from .errors import InputError, NewsgraphError
from .ingest.readers import read_inputs
from .model import DocumentInput, Failure
from .nlp import PARAGRAPHS, load, model_name

SAMPLE = Path(__file__).parent / "data" / "sample"
DEFAULT_N = 200  # documents when the sample corpus is used
WARMUP = 8


@dataclass
class Timing:
    name: str
    seconds: float
    docs: int
    words: int
    failures: int = 0
    cpu: float = 0.0  # CPU seconds (user + system) of this process and its finished workers

    @property
    def docs_per_cpu_s(self) -> float:
        return self.docs / self.cpu if self.cpu > 0 else float("inf")

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds > 0 else float("inf")

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else float("inf")


@dataclass
class BenchResult:
    corpus: str
    model: str
    pipes: list[str]
    batch_size: int
    workers: int
    repeat: int
    n_docs: int
    n_words: int
    clean: Timing
    timings: dict[str, Timing] = field(default_factory=dict)
    rss_mb: float = 0.0
    worker_rss_mb: float | None = None
    notes: list[str] = field(default_factory=list)

    def ratio(self, name: str, base: str = "spacy") -> float | None:
        if name not in self.timings or base not in self.timings:
            return None
        return self.timings[name].docs_per_s / self.timings[base].docs_per_s


def peak_rss_mb() -> float:
    """High-water mark of this process's resident memory, in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def children_peak_rss_mb() -> float:
    """Largest high-water mark among finished child processes (the workers), in MB."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def corpus_paths(corpus: str | Path | None) -> list[Path]:
    """The paths to read: the sample by default; for a BASIL-style folder, its articles/."""
    if corpus is None:
        return [SAMPLE]
    path = Path(corpus)
    if not path.exists():
        raise InputError(f"no such corpus: {path}")
    if path.is_dir() and (path / "articles").is_dir():  # BASIL layout: skip annotations/
        return [path / "articles"]
    return [path]


def load_corpus(corpus: str | Path | None = None, n: int | None = None) -> tuple[list[DocumentInput], list[str]]:
    """Documents cleaned once, as plain-text DocumentInputs, repeated or cut to ``n``.

    Returns (documents, notes). Documents that fail to read or clean are left out (and counted
    in the notes); the returned texts are the cleaned texts every timed path parses.
    """
    notes: list[str] = []
    docs: list[DocumentInput] = []
    bad = 0
    for obj in read_inputs(corpus_paths(corpus)):
        if isinstance(obj, Failure):
            bad += 1
            continue
        try:
            cleaned = prepare(obj)
        except NewsgraphError:
            bad += 1
            continue
        docs.append(DocumentInput(id=obj.id, text=cleaned.text, published=obj.published or cleaned.published,
                                  outlet=obj.outlet or cleaned.outlet, url=obj.url or cleaned.url,
                                  title=obj.title or cleaned.title, origin=obj.origin))
    if bad:
        notes.append(f"{bad} input(s) could not be read or cleaned and were left out")
    if not docs:
        raise InputError(f"no usable documents in {corpus or SAMPLE}")
    if n is None and corpus is None:
        n = DEFAULT_N
    if n is not None and n != len(docs):
        if n > len(docs):
            notes.append(f"{len(docs)} documents repeated to {n}")
        base = docs
        # copies get their own URL so that the store's de-duplication does not skip them
        docs = [DocumentInput(id=f"{d.id}#{i}", text=d.text, published=d.published, outlet=d.outlet,
                              url=f"{d.url or 'bench:' + d.id}#{i}", title=d.title, origin=d.origin)
                for i, d in enumerate(islice(cycle(base), n))]
    return docs, notes


def _words(text: str) -> int:
    return len(text.split())


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _time(name: str, run: Callable[[], Iterable], words: int) -> Timing:
    """Time consuming ``run()``: a stream of results (Analysis or Failure), one per document."""
    gc.collect()
    c0, t0 = _cpu(), time.perf_counter()
    n = failures = 0
    for res in run():
        n += 1
        if isinstance(res, Failure):
            failures += 1
    return Timing(name, time.perf_counter() - t0, n, words, failures, _cpu() - c0)


def _time_ingest(name: str, docs: list[DocumentInput], db_path: str, words: int, *, workers: int,
                 model: str | None, batch_size: int) -> Timing:
    """Time the store's ingest (analyse + write) of ``docs`` into a new database."""
    from .corpus.ingest import ingest
    from .store import Store

    gc.collect()
    c0, t0 = _cpu(), time.perf_counter()
    with Store(db_path) as store:
        report = ingest(docs, store, model=model, batch_size=batch_size, workers=workers)
    return Timing(name, time.perf_counter() - t0, report.seen, words, report.failed, _cpu() - c0)


def _ingest_available() -> bool:
    try:
        from .corpus.ingest import ingest  # noqa: F401
        from .store import Store  # noqa: F401
    except ImportError:
        return False
    return True


def run_bench(corpus: str | Path | None = None, n: int | None = None, *, workers: int = 1,
              batch_size: int = 16, model: str | None = None, ingest: bool = True, repeat: int = 1) -> BenchResult:
    """Time bare spaCy, analyze and ingest (and their parallel forms) on the same cleaned texts.

    With ``repeat`` > 1 every path runs that many rounds, interleaved, and the fastest run of
    each is kept (the least disturbed by other work on the machine).
    """
    from .analyze import analyze_many
    from .parallel import analyze_parallel

    t0 = time.perf_counter()
    docs, notes = load_corpus(corpus, n)
    clean_s = time.perf_counter() - t0
    texts = [d.text for d in docs]
    words = sum(_words(t) for t in texts)
    nlp = load(model)
    result = BenchResult(corpus=str(corpus or SAMPLE), model=model_name(model), pipes=list(nlp.pipe_names),
                         batch_size=batch_size, workers=workers, repeat=repeat, n_docs=len(docs), n_words=words,
                         clean=Timing("read+clean", clean_s, len(docs), words), notes=notes)
    if ingest and not _ingest_available():
        notes.append("ingest skipped: newsgraph.store / newsgraph.corpus.ingest are not available")
        ingest = False

    # warm up both paths on the same few texts (first-batch allocations, lazy lexicon loads)
    warm = docs[:WARMUP]
    for _ in nlp.pipe((d.text for d in warm), batch_size=batch_size):
        pass
    for _ in analyze_many(warm, model=model, batch_size=batch_size):
        pass

    def keep(tm: Timing) -> None:
        best = result.timings.get(tm.name)
        if best is None or tm.seconds < best.seconds:
            result.timings[tm.name] = tm

    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        for rnd in range(max(1, repeat)):
            with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p == PARAGRAPHS]):
                keep(_time("spacy", lambda: nlp.pipe(texts, batch_size=batch_size), words))
            keep(_time("analyze", lambda: analyze_many(docs, model=model, batch_size=batch_size), words))
            if ingest:
                keep(_time_ingest("ingest", docs, f"{tmp}/x1-{rnd}.db", words, workers=1, model=model,
                                  batch_size=batch_size))
            result.rss_mb = peak_rss_mb()
            if workers > 1:
                keep(_time(f"analyze x{workers}", lambda: analyze_parallel(
                    docs, workers=workers, model=model, batch_size=batch_size), words))
                if ingest:
                    keep(_time_ingest(f"ingest x{workers}", docs, f"{tmp}/x{workers}-{rnd}.db", words,
                                      workers=workers, model=model, batch_size=batch_size))
                result.worker_rss_mb = children_peak_rss_mb()
    return result


def step_costs(corpus: str | Path | None = None, n: int | None = None, *, batch_size: int = 16,
                model: str | None = None) -> list[tuple[str, float, float]]:
    """Seconds spent in spaCy parsing and in each ``extract_*`` step ``analyze_doc`` calls.

    Wraps every ``extract_*`` function that ``newsgraph.analyze`` imports with a timer for
    the length of one ``analyze_many`` run, so the split follows the pipeline as it is.
    Returns (name, wall seconds, CPU seconds of this process) triples, the spaCy parse first,
    then "other" (cleaning, records). On a busy machine the CPU column is the steadier one.
    """
    analyze_mod = importlib.import_module("newsgraph.analyze")  # the package's `analyze` is the function

    docs, _ = load_corpus(corpus, n)
    nlp = load(model)
    texts = [d.text for d in docs]
    for _ in analyze_mod.analyze_many(docs[:WARMUP], model=model, batch_size=batch_size):
        pass
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    parse, parse_cpu = time.perf_counter() - t0, time.process_time() - c0
    spent: dict[str, float] = {}
    spent_cpu: dict[str, float] = {}
    originals = {k: v for k, v in vars(analyze_mod).items() if k.startswith("extract_") and callable(v)}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
                spent_cpu[name] = spent_cpu.get(name, 0.0) + time.process_time() - c
        return wrapper

    try:
        for k, fn in originals.items():
            setattr(analyze_mod, k, timed(k, fn))
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in analyze_mod.analyze_many(docs, model=model, batch_size=batch_size):
            pass
        total, total_cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        for k, fn in originals.items():
            setattr(analyze_mod, k, fn)
    other = total - parse - sum(spent.values())
    other_cpu = total_cpu - parse_cpu - sum(spent_cpu.values())
    steps = sorted(spent, key=lambda k: -spent[k])
    return [("spacy parse (separate run)", parse, parse_cpu), *((k, spent[k], spent_cpu[k]) for k in steps),
            ("other (clean, records, pipe overhead)", other, other_cpu), ("analyze_many total", total, total_cpu)]


def format_steps(costs: list[tuple[str, float, float]]) -> str:
    """The table ``bench --steps`` prints: wall seconds and CPU seconds, each also as a share of
    the parse."""
    parse, parse_cpu = (costs[0][1] or 1e-9), (costs[0][2] or 1e-9)
    lines = [f"{'step':<40}{'seconds':>9}{'x parse':>9}{'CPU s':>9}{'x parse':>9}"]
    lines += [f"{name:<40}{sec:>9.2f}{sec / parse:>9.2f}{cpu:>9.2f}{cpu / parse_cpu:>9.3f}"
              for name, sec, cpu in costs]
    return "\n".join(lines)


def format_bench(r: BenchResult) -> str:
    """The report ``newsgraph bench`` prints; ratio lines read ``ratio analyze/spacy: 0.91``."""
    lines = [
        f"corpus: {r.corpus}",
        f"documents: {r.n_docs:,}  words: {r.n_words:,}  (words = whitespace-separated tokens of the cleaned text)",
        f"model: {r.model}  pipes: {', '.join(r.pipes)}  batch size: {r.batch_size}",
        f"read+clean (timed separately, not in the figures below): {r.clean.seconds:.2f} s",
        f"runs: best of {r.repeat}" if r.repeat > 1 else "runs: 1 (use --repeat 2 or more on a busy machine)",
        "",
        f"{'':<14}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'CPU s':>8}{'art/CPU-s':>11}{'failed':>8}",
    ]
    for tm in r.timings.values():
        lines.append(f"{tm.name:<14}{tm.seconds:>9.2f}{tm.docs_per_s:>12.1f}{tm.words_per_s:>10,.0f}"
                     f"{tm.cpu:>8.1f}{tm.docs_per_cpu_s:>11.2f}{tm.failures:>8}")
    lines.append("")
    lines.append(f"peak RSS: {r.rss_mb:.0f} MB (main process)"
                 + (f", {r.worker_rss_mb:.0f} MB (largest worker)" if r.worker_rss_mb is not None else ""))
    for name in ("analyze", "ingest"):
        ratio = r.ratio(name)
        if ratio is not None:
            lines.append(f"ratio {name}/spacy: {ratio:.2f}")
    for name in ("analyze", "ingest"):  # CPU time is less disturbed by other work on a shared machine
        if name in r.timings and r.timings["spacy"].cpu > 0 and r.timings[name].cpu > 0:
            lines.append(f"CPU-time ratio {name}/spacy: {r.timings['spacy'].cpu / r.timings[name].cpu:.2f}")
    if r.workers > 1:
        for name in ("analyze", "ingest"):
            par = f"{name} x{r.workers}"
            if par in r.timings:
                lines.append(f"ratio {name}-x{r.workers}/spacy: {r.ratio(par):.2f}")
                lines.append(f"speedup {name} x{r.workers}/x1: {r.ratio(par, name):.2f}")
    for note in r.notes:
        lines.append(f"note: {note}")
    return "\n".join(lines)
