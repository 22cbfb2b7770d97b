"""newsgraph: who said what, to whom, when, and according to whom, from news articles."""
from __future__ import annotations

from .analyze import analyze, analyze_many
from .corpus.query import Corpus
from .errors import InputError, ModelError, NewsgraphError, StoreError
from .model import Analysis, Attribution, Entity, Event, Failure, Quote

__version__ = "0.29.0"

__all__ = [
    "Analysis",
    "Attribution",
    "Corpus",
    "Entity",
    "Event",
    "Failure",
    "InputError",
    "ModelError",
    "NewsgraphError",
    "Quote",
    "StoreError",
    "__version__",
    "analyze",
    "analyze_many",
]
