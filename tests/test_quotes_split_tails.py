"""A statement split by its attribution whose second part finishes the first rather than stating something of its
own: a participle ('This had produced a vacuum, he said, giving room for rumours'), an infinitive with its subject
('It was the only way, he said, for the country to ...'), a reason ('..., say officials, because it means ...',
with the plural subject after a present cue): the whole sentence with the attribution inside, as the annotation
rules write it. Not the speaker's next act (', adding that ...'), occasion (', speaking in X') or source (', citing
X'). Found by probing (session 18, /work/notes/s18/probes/ends a03, b04). All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text", [
    "This had produced a vacuum, Fenwick said, giving room for all sorts of rumours.",
    "It was the only way, Baird said, for the country to defeat poverty and crime.",
    "The wording is crucial, say Oskaland officials, because it means Tavrenia could take the dispute to "
    "arbitration.",
])
def test_whole_sentence(run, text):
    got = [q.text for q in run(text)]
    assert text.rstrip(".") in got, got


@pytest.mark.parametrize("text", [
    "The port will reopen in May, Fenwick said, adding that the tolls would stay.",
    "The port will reopen in May, Fenwick said, speaking in Velmora.",
    "The port will reopen in May, the Velmora Herald reported, citing port officials.",
])
def test_speakers_own_act(run, text):
    got = [q.text for q in run(text)]
    assert "The port will reopen in May" in got, got
