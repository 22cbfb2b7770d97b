"""Single quotation marks on a line that also has double ones (extract/marks.py): a single-quoted phrase outside
the double quotes is a quote of its own ("X told reporters 'the talks went well' while Y said, \"...\""); one inside
a double quote stays part of it. Fictional texts."""
from __future__ import annotations

import pytest

from newsgraph.extract.marks import quote_spans
from quote_helpers import quote_runner


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in quote_spans(text)]


def test_single_quote_beside_a_double_one_on_its_line():
    text = ("Kerr later told reporters 'the mood was very good' while Brandt said, \"We covered every issue "
            "on the 'harbour plan' today.\"")
    assert spans(text) == ["the mood was very good", "We covered every issue on the 'harbour plan' today."]


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_single_quoted_partial_on_a_line_with_a_double_quote_has_its_speaker(run):
    text = ("Velmora and Dorne resume harbour talks\n\n"
            "Minister Tomas Kerr arrived in Dorne on Monday.\n\n"
            "Kerr later told reporters 'the mood was very good' while Ilse Brandt said, \"We covered every issue.\"")
    found = {q.text: q.speaker.name if q.speaker else None for q in run(text) if q.kind in ("direct", "partial")}
    assert found == {"the mood was very good": "Tomas Kerr", "We covered every issue.": "Ilse Brandt"}


def test_many_unclosed_single_marks_are_scanned_in_linear_time():
    import time
    text = '"Yes," he said. ' + "rock 'n roll " * 6000 + "\n" + "the `word " * 6000
    start = time.perf_counter()
    quote_spans(text)
    assert time.perf_counter() - start < 5  # quadratic scanning took over a minute here
