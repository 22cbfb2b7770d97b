"""The on/off switch and weight override of one learned decision (indirect_model, speaker_model, source_model):
``use()`` for a block, else the environment variable (1/on/true/yes: on; 0/off/false/no: off), else the
module's default. ``model()`` is the block's replacement weights, else the shipped ones."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, TypeVar

M = TypeVar("M")

ON_WORDS = ("1", "on", "true", "yes")
OFF_WORDS = ("0", "off", "false", "no")


class ModelSwitch(Generic[M]):
    def __init__(self, name: str, env: str, default: bool, load: Callable[[], M]):
        self.env = env
        self.default = default
        self._load = load
        # None: follow the environment variable; True/False: forced by use().
        self._on: ContextVar[bool | None] = ContextVar(f"{name}_on", default=None)
        # A model to use instead of the shipped one (training scripts: out-of-fold weights).
        self._model: ContextVar[M | None] = ContextVar(f"{name}_model", default=None)

    def enabled(self) -> bool:
        on = self._on.get()
        if on is not None:
            return on
        env = os.environ.get(self.env, "").strip().lower()
        if env in ON_WORDS:
            return True
        if env in OFF_WORDS:
            return False
        return self.default

    @contextmanager
    def use(self, on: bool, model: M | None = None) -> Iterator[None]:
        t1, t2 = self._on.set(on), self._model.set(model)
        try:
            yield
        finally:
            self._on.reset(t1)
            self._model.reset(t2)

    def model(self) -> M:
        return self._model.get() or self._load()
