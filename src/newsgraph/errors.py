"""Exceptions newsgraph raises. Each message is one line a user can act on.

    NewsgraphError
     ├── InputError        a document or file that cannot be read or has no text
     ├── ModelError        the spaCy pipeline is missing or broken
     └── StoreError        the database cannot be opened, migrated or written
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: the CLI prints str(exc) as one line and exits non-zero."""


class InputError(NewsgraphError):
    """A document that cannot be read, decoded or that has no article text."""


class ModelError(NewsgraphError):
    """The spaCy pipeline cannot be loaded."""


class StoreError(NewsgraphError):
    """The database cannot be opened, migrated or written."""
