"""'X referred to a statement from Y issued in May': a document with its author named, cited by the subject, is
credited as well as X; without an author ('referred to the statement', 'a letter sent to the director') or through
the participle beside a quotation ('"...," she said, referring to the Tribune piece') nothing new is credited."""
from __future__ import annotations

import pytest

from source_helpers import sources


def test_a_statement_referred_to_with_its_author_is_credited(nlp):
    found = sources(nlp, "The Korva agency also referred to a statement from the Tarland Army Command issued in "
                         "February regarding a plan to deploy a drone unit.")
    assert any(name.startswith("statement by") and "Tarland Army Command" in name for name, _ in found)


@pytest.mark.parametrize("text", [
    "He referred to a letter sent to the director in May.",
    "The minister referred to the statement during the debate.",
    '"You have been named as well," Vera Lind said, referring to the Korva Tribune piece.',
])
def test_no_new_credit_without_an_author_or_through_a_participle(nlp, text):
    assert not any(kind in ("document", "statement") or name.endswith("piece") for name, kind in sources(nlp, text))
