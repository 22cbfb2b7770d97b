"""Refinement steps that fail on one page without losing the page.

An extraction step that refines what earlier steps found (naming a speaker the page describes, crediting a source,
coding events) and raises on some unforeseen shape of a page is skipped for that page: the records found so far are
kept, and the page's ``warnings`` say which step failed and why. With ``NEWSGRAPH_STRICT=1`` in the environment
(the test suite sets it) the error is raised instead, so a failing step is never hidden from the people who can
fix it.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
FAILED = "step"  # the first word of a failed step's warning


def strict() -> bool:
    """Whether step errors are raised rather than recorded (``NEWSGRAPH_STRICT=1``)."""
    return os.environ.get("NEWSGRAPH_STRICT", "") not in ("", "0")


def guarded(warnings: list[str], fallback: T, step: Callable[..., T], *args, **kwargs) -> T:
    """``step(*args, **kwargs)``, or ``fallback`` with a warning when it raises (unless strict)."""
    try:
        return step(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - any failure of one refinement step is reported, not fatal
        if strict():
            raise
        name = getattr(step, "__name__", str(step)).lstrip("_").replace("_", " ")
        warnings.append(f"{FAILED} '{name}' failed and was skipped ({type(exc).__name__}: {exc})")
        return fallback



def step_failures(warnings: list[str]) -> list[str]:
    """The warnings that say a step failed on the page (not those of the reader: a legacy encoding, ...)."""
    return [w for w in warnings if w.startswith(f"{FAILED} '")]
