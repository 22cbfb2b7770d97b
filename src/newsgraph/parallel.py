"""Analysing a stream of documents with several processes, results in input order.

``analyze_parallel`` gives the same results as ``analyze_many``, in the same order, but
spreads the work over ``workers`` processes. Each worker loads the spaCy pipeline once and
runs ``analyze_many`` on chunks of documents; the parent reads the input lazily and keeps
at most ``2 * workers`` chunks in flight, so memory stays bounded whatever the input size.

A worker that dies (killed for memory, say) turns the documents of its chunks into
``Failure`` records; the pool is restarted and the stream goes on.

Feeding a single writer (the SQLite store) is just consuming the iterator::

    store.ingest(analyze_parallel(read_inputs(paths), workers=2))
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .analyze import _to_input, analyze_many
from .model import Analysis, DocumentInput, Failure

DEFAULT_CHUNK = 32
# fork where there is one (Linux): no re-import of the caller's main module, quick start; spawn
# elsewhere. NEWSGRAPH_START_METHOD=spawn|forkserver|fork overrides it.
START_METHOD = os.environ.get("NEWSGRAPH_START_METHOD") or (
    "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")

def default_workers() -> int:
    """Processes to use when asked for 0: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(model: str | None) -> None:
    from .nlp import load

    load(model)  # once per process, before the first chunk arrives


def _run_chunk(chunk: list[DocumentInput | Failure], model: str | None, batch_size: int) -> list[Analysis | Failure]:
    return list(analyze_many(chunk, model=model, batch_size=batch_size))


def _chunks(items: Iterable, size: int) -> Iterator[list[DocumentInput | Failure]]:
    """Lazily cut the input into lists of ``size`` DocumentInputs, numbering ids as analyze_many does."""
    def numbered():
        for n, obj in enumerate(items):
            yield obj if isinstance(obj, Failure) else _to_input(obj, n=n)

    it = numbered()
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _died(chunk: list[DocumentInput | Failure], reason: str) -> list[Failure]:
    out = []
    for item in chunk:
        if isinstance(item, Failure):
            out.append(item)
        else:
            out.append(Failure(item.id, f"worker process died ({reason}); document not analysed", item.origin))
    return out


def analyze_parallel(items: Iterable[DocumentInput | Failure | dict | str], *, workers: int = 2,
                     model: str | None = None, batch_size: int = 16,
                     chunk_size: int = DEFAULT_CHUNK) -> Iterator[Analysis | Failure]:
    """Like ``analyze_many`` (same results, same order) with ``workers`` processes.

    ``workers`` <= 1 runs in this process; 0 means one per available CPU. ``chunk_size``
    documents go to a worker at a time (each chunk is parsed with ``nlp.pipe`` in batches of
    ``batch_size``); at most ``2 * workers`` chunks are in flight.
    """
    if workers == 0:
        workers = default_workers()
    if workers <= 1:
        yield from analyze_many(items, model=model, batch_size=batch_size)
        return
    ctx = multiprocessing.get_context(START_METHOD)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                   initargs=(model,))

    chunks = _chunks(items, max(1, chunk_size))
    # chunks in flight, oldest first: (chunk, retried, future); results are yielded in this order
    pending: deque[tuple[list, bool, Future]] = deque()
    # chunks lost when a worker died, oldest first; they are re-run one at a time so that a
    # chunk that kills its worker again is known for sure and reported as failed documents
    lost: deque[list] = deque()
    pool = new_pool()
    try:
        exhausted = False
        while True:
            if lost:
                if not pending:
                    chunk = lost.popleft()
                    pending.append((chunk, True, pool.submit(_run_chunk, chunk, model, batch_size)))
            else:
                while not exhausted and len(pending) < 2 * workers:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                        break
                    pending.append((chunk, False, pool.submit(_run_chunk, chunk, model, batch_size)))
            if not pending:
                return
            chunk, retried, fut = pending.popleft()
            try:
                results = fut.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                if retried:  # it ran alone and killed its worker again
                    yield from _died(chunk, "it ended twice, possibly out of memory")
                else:
                    lost.extendleft(reversed([chunk] + [c for c, _, _ in pending]))
                pending.clear()
                continue
            except Exception as exc:  # a pickling error or a bug outside analyze_many's own guard
                yield from _died(chunk, f"{type(exc).__name__}: {exc}")
                continue
            yield from results
    finally:
        for _, _, fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
