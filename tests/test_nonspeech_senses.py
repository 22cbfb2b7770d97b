"""Words of the speech lexicon in a sense that reports no speech (extract/nonspeech_senses.py): a belief verb
('believes it is "very likely" ...': the quoted words stay a partial quote, no indirect statement), an offer
('offered to step down'), an appeal that attracts ('a plan that appeals to farmers'), a legal appeal ('is
appealing a ten-year sentence') and a call made ('had called him to beg him to stay', 'without calling to warn
him'). Appeals that ask for something ('appealed to residents to stay indoors', 'appealed for calm'), calls for
something ('called for X to step down', 'called upon X to ...'), a name given ('called the verdict a disgrace')
and a belief inside what a speech verb reports stay. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.fixture(scope="module")
def run_all(nlp):
    return quote_runner(nlp)


@pytest.mark.parametrize("text, dropped", [
    ('Analyst Tova Reyes believes it is "very likely" that the Ostrava council will fall before spring.',
     "it is"),
    ('Marlow Fenn, the governor of Ostrava, offered to resign on Tuesday after the flood report.', "to resign"),
    ("The Velsk party hopes its new farm plan appeals to rural voters in the north.", "rural voters"),
    ("Lina Brask, a Dorvan activist, is appealing a six-year sentence for taking part in a march.",
     "a six-year sentence"),
    ("Senator Lo Brant conceded that no party elder had called him to beg him to stay in the contest.",
     "him to beg"),
    ("The Ostrish admiral quit, reportedly without calling to warn the defence minister first.", "to warn"),
])
def test_nonspeech_sense_gives_no_statement(run, text, dropped):
    got = pairs(run(text))
    assert all(not report.startswith(dropped) for _, report in got), got


def test_belief_keeps_its_partial_quote(run_all):
    found = run_all('Analyst Tova Reyes believes it is "very likely" that the Ostrava council will fall before spring.')
    partial = [q for q in found if q.kind in ("direct", "partial")]
    assert [q.text for q in partial] == ["very likely"], [(q.kind, q.text) for q in found]
    assert partial[0].speaker is not None and partial[0].speaker.name == "Tova Reyes"


@pytest.mark.parametrize("text, report", [
    ("Mayor Kell Darrow appealed to all residents of Velsk to stay indoors during the storm.",
     "all residents of Velsk to stay indoors"),
    ("Mayor Kell Darrow appealed for calm after the riots in the port district.", "calm after the riots"),
    ('Minister Ivo Tarr said he found the report "shameful" and thought it "a disgrace" to the navy.',
     "he found the report"),
    ("Velsk lawmakers called for the harbour chief to step down over the spill.", "for the harbour chief to step down"),
    ("Minister Ivo Tarr called upon the Dorvan council to reopen the northern bridge.",
     "the Dorvan council to reopen"),
    ("Dorvan activist Lina Brask called the verdict a disgrace to the courts.", "the verdict a disgrace"),
])
def test_asking_appeals_and_said_beliefs_stay(run, text, report):
    got = pairs(run(text))
    assert any(r.startswith(report) for _, r in got), got
