"""Lists that a step appends to while a ``with`` block runs (the event trace, the event model's decisions, the
indirect candidates for training): one context variable each, set to a fresh list for the block."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


@contextmanager
def collecting_into(var: ContextVar) -> Iterator[list]:
    """Set ``var`` to a new list for the block and yield that list; the previous value comes back after it."""
    out: list = []
    token = var.set(out)
    try:
        yield out
    finally:
        var.reset(token)
