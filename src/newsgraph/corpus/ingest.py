"""Ingest: read inputs, skip the documents already stored, analyse the rest, store each one.

Known documents cost no parsing: an input whose raw form was stored before is recognised
by its input hash before cleaning, and one whose cleaned text (and URL) is stored is
recognised by its document key after cleaning and before spaCy sees it (the ``skip`` hook
of ``analyze.analyze_pairs``, the same loop ``analyze_many`` runs). Everything else streams
through ``nlp.pipe`` (or worker processes) and is written one document per transaction. Failures never stop the stream; they are counted and logged in the store.
"""
from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .. import __version__
from ..analyze import _to_input, analyze_pairs
from ..errors import NewsgraphError
from ..ingest.cleaned import Cleaned
from ..model import Analysis, DocumentInput, Failure
from ..nlp import load, model_name
from ..records import document_key
from ..store import Store, input_hash


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)  # the first MAX_KEPT; all are in the store
    reason_counts: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    store_seconds: float = 0.0  # time spent writing to the database

    MAX_KEPT = 1000

    def add_failure(self, f: Failure) -> None:
        self.failed += 1
        self.reason_counts[f.reason] += 1
        if len(self.failures) < self.MAX_KEPT:
            self.failures.append(f)

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + self.failed

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0

    def reasons(self) -> list[tuple[str, int]]:
        """Failure reasons with their counts, most frequent first."""
        return self.reason_counts.most_common()

    def to_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged, "failed": self.failed,
                "seconds": round(self.seconds, 3), "docs_per_second": round(self.rate, 2),
                "store_seconds": round(self.store_seconds, 3),
                "failures": [{"id": f.id, "origin": f.origin, "reason": f.reason} for f in self.failures]}


def analyzer_version(model: str | None = None) -> str:
    """What a stored document was analysed with: newsgraph's version and the spaCy pipeline's."""
    nlp = load(model)
    meta = nlp.meta
    return f"newsgraph {__version__}; {meta.get('lang', '')}_{meta.get('name', model_name(model))} " \
           f"{meta.get('version', '')}"


@dataclass
class _Pending:
    item: DocumentInput
    ihash: str
    replaces: str | None = None


def ingest(inputs: Iterable[DocumentInput | Failure | dict | str], store: Store, *, reanalyze: bool = False,
           model: str | None = None, batch_size: int = 16, workers: int = 1,
           progress: Callable[[IngestReport], None] | None = None,
           report: IngestReport | None = None) -> IngestReport:
    """Analyse and store a stream of documents; returns the counts and failures.

    ``reanalyze``: documents stored by another analyzer version are analysed again and
    replaced (otherwise they count as unchanged). ``workers`` > 1 analyses in that many
    processes (``newsgraph.parallel``); the known-document check then happens on the raw
    input only. Pass a ``report`` to see the counts so far if the run is interrupted.
    """
    version = analyzer_version(model)
    report = report if report is not None else IngestReport()
    in_flight: set[str] = set()  # input hashes handed to the parser and not stored yet

    def tick() -> None:
        if progress is not None:
            progress(report)

    def fail(f: Failure) -> None:
        report.add_failure(f)
        t = time.monotonic()
        store.record_failure(f)
        report.store_seconds += time.monotonic() - t
        tick()

    def stale(stored: str | None) -> bool:
        """A stored version that must be analysed again."""
        return reanalyze and stored is not None and stored != version

    def fresh() -> Iterator[_Pending | Failure]:
        """Inputs not stored yet (or stale under --reanalyze), in order; the rest is counted."""
        for n, obj in enumerate(inputs):
            if isinstance(obj, Failure):
                yield obj
                continue
            try:
                item = _to_input(obj, n=n)
            except TypeError as exc:
                yield Failure(f"doc{n}", str(exc))
                continue
            ih = input_hash(item)
            known = store.lookup_input(ih)
            if ih in in_flight or (known is not None and not stale(known[1])):
                report.unchanged += 1
                tick()
                continue
            in_flight.add(ih)
            yield _Pending(item, ih, replaces=known[0] if known else None)

    def already_stored(item: DocumentInput, c: Cleaned, p: _Pending | None) -> bool:
        """A cleaned text (and URL) already stored: counted as unchanged and not parsed."""
        if p is None:
            return False
        stored = store.lookup(document_key(c.text, item.url or c.url))
        if stored is not None and not stale(stored) and p.replaces is None:
            in_flight.discard(p.ihash)
            report.unchanged += 1
            tick()
            return True
        return False

    def save(p: _Pending, result: Analysis | Failure) -> None:
        in_flight.discard(p.ihash)
        if isinstance(result, Failure):
            fail(result)
            return
        t = time.monotonic()
        try:
            status = store.write(result, version, origin=p.item.origin, input_hash=p.ihash, replaces=p.replaces)
        except NewsgraphError:
            raise
        except Exception as exc:  # e.g. a duplicate row id from an extractor bug: that document only
            report.store_seconds += time.monotonic() - t
            fail(Failure(p.item.id, f"could not store: {type(exc).__name__}: {exc}", p.item.origin))
            return
        report.store_seconds += time.monotonic() - t
        setattr(report, status, getattr(report, status) + 1)
        tick()

    if workers > 1:
        from ..parallel import analyze_parallel

        order: deque[_Pending] = deque()

        def feed() -> Iterator[DocumentInput | Failure]:
            for p in fresh():
                if not isinstance(p, Failure):
                    order.append(p)
                    yield p.item
                else:
                    fail(p)

        for result in analyze_parallel(feed(), workers=workers, model=model, batch_size=batch_size):
            save(order.popleft(), result)
        return report

    pairs = ((p, None) if isinstance(p, Failure) else (p.item, p) for p in fresh())
    for result, p in analyze_pairs(pairs, model=model, batch_size=batch_size, skip=already_stored):
        if p is None:
            fail(result)
        else:
            save(p, result)
    return report
