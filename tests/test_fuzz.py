"""Property-based tests: whatever the text, analyze never raises, offsets slice the text, and
quotes do not overlap wrongly. CI runs a short round; set NEWSGRAPH_FUZZ_EXAMPLES=2000 for a
longer one (see docs/reliability.md)."""
from __future__ import annotations

import os
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.analyze import analyze_doc
from newsgraph.errors import InputError
from newsgraph.extract.dates import resolve_date
from newsgraph.ingest.cleaned import Cleaned
from newsgraph.ingest.text import clean_text
from newsgraph.model import DocumentInput

EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = ["the", "minister", "said", "told", "reporters", "according", "to", "he", "she", "they", "Dong", "Jun",
         "Kestria", "Valdoria", "warned", "denied", "that", "would", "not", "support", "on", "Tuesday",
         "Reuters", "reported", "a", "statement", "video", "released", "by", "ministry", "spokesperson", ":",
         ",", ".", "\n", "\n\n", '"', "“", "”", "'", "‘", "’", "—", "(", ")", "Mr.", "Smith", "‘‘", "''", "...",
         "in", "an", "interview", "with", "CNN", "last", "week", "February", "1", "2024", "–", "-", "?"]
news_like = st.lists(st.sampled_from(WORDS), min_size=0, max_size=120).map(lambda ws: " ".join(ws))
anything = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@contextmanager
def hang_guard(seconds: int = 60):
    """Fail (rather than hang CI) if a regex backtracks catastrophically."""
    def boom(*_):
        raise TimeoutError(f"took over {seconds}s: catastrophic backtracking?")
    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check(a) -> None:
    text = a.text
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in {"direct", "partial", "indirect"}
        if q.speaker and q.speaker.start is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)
    for s in a.attributions:
        assert text[s.start:s.end] == s.text
    for e in a.entities:
        for s, t in e.mentions:
            assert 0 <= s <= t <= len(text)
    for ev in a.events:
        assert text[ev.start:ev.end] == ev.sentence
    direct = sorted((q.start, q.end) for q in a.quotes if q.kind == "direct")
    for (s1, e1), (s2, e2) in zip(direct, direct[1:], strict=False):
        assert e1 <= s2 or (s1 <= s2 and e2 <= e1), "direct quotes overlap without nesting"


def run(nlp, text: str):
    cleaned = Cleaned(text=text)
    return analyze_doc(nlp(text), DocumentInput(id="fuzz", text=text, published="2024-02-01"), cleaned)


@FUZZ
@given(news_like)
def test_analyze_news_like_text(nlp, text):
    with hang_guard():
        check(run(nlp, text))


@FUZZ
@given(anything)
def test_analyze_arbitrary_text(nlp, text):
    with hang_guard():
        check(run(nlp, text))


@FUZZ
@given(anything)
def test_clean_text_keeps_offsets(text):
    with hang_guard():
        try:
            c = clean_text(text)
        except InputError:  # empty or whitespace-only: a clear refusal is the right answer
            return
    for r in c.removed:
        assert text[r.start:r.end] == r.text


@FUZZ
@given(st.text(max_size=60), st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)))
def test_resolve_date_never_raises(expr, published):
    out = resolve_date(expr, published)
    assert out is None or (len(out) >= 4 and out[:4].isdigit())


@pytest.mark.parametrize("text", [
    '"' * 5000,
    "“" * 3000 + "”" * 3000,
    " " * 20000 + '"',
    ('He said, "' + "word " * 2000) * 3,
    "\u201c" + " \u201c" * 4000,
    "'" * 5000 + " said the minister.",
    ("According to " * 800) + "Reuters.",
    "-" * 10000 + " —" * 3000,
])
def test_adversarial_runs_of_marks_and_spaces(nlp, text):
    with hang_guard(120):
        check(run(nlp, text))
