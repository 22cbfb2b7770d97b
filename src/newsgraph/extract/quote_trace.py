"""The direct-quote drop trace (off by default): while ``collecting()`` runs, every quotation-mark span that a
keep/drop rule of direct_quotes / quote_keep leaves out is recorded with the rule's name, for
scripts/quality/drop_audit.py (which rules drop spans the annotators keep). Outside the block ``dropped`` costs
one context-variable read."""
from __future__ import annotations

from contextvars import ContextVar

from .collectors import collecting_into

_COLLECT: ContextVar[list | None] = ContextVar("quote_trace_collect", default=None)


def collecting():
    """``with collecting() as out:`` -> out gets (start, end, rule) for each quoted span a rule drops."""
    return collecting_into(_COLLECT)


def dropped(m, rule: str) -> bool:
    """Record that ``rule`` drops the quotation ``m`` (when collecting); False, for ``return dropped(...)``."""
    out = _COLLECT.get()
    if out is not None:
        out.append((m.start, m.end, rule))
    return False
