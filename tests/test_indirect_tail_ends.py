"""What trails a reported clause and still belongs to it: a participle after a standing claim whose tense its
infinitive takes from the verb above ('said the Union continues to stand by X, supporting ...'), a present 'as'
clause in a reported future ('has said he will work to ... as he leads ...'), an 'as' clause whose verb tells what
a thing shows ('as it underlines ...'), a setting phrase inside the speaker's quotation marks ('"amid ..."'); and
what does not: the speaker's occasion ('as he arrived', ', speaking after a cabinet meeting'), an unquoted 'amid', a
dash and 'even though', a writer's appositive after a hyphen set off by spaces (' - a claim disputed by X'). Found by
probing (session 18, /work/notes/s18/probes/ends a02, a03, a07, b02). All names are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, clause", [
    ("Hedda Fenwick said the Union continues to stand by Tavrenia, supporting the country on its reform agenda.",
     "the Union continues to stand by Tavrenia, supporting the country on its reform agenda"),
    ("Kell has said he will work to restore faith in the courts as he leads the country's first elected government "
     "for 20 years.", "he will work to restore faith in the courts as he leads the country's first elected "
     "government for 20 years"),
    ("Correspondents say the monument has symbolic importance as it underlines Tavrenia's shared history with "
     "Oskaland.", "the monument has symbolic importance as it underlines Tavrenia's shared history with Oskaland"),
    ('President Dario Mance said Tavrenia did not want to escalate tensions in the strait "amid the coast guard\'s '
     'constant harassment of our fishing boats".', 'Tavrenia did not want to escalate tensions in the strait "amid '
     'the coast guard\'s constant harassment of our fishing boats"'),
])
def test_tail_goes_on(run, text, clause):
    got = [q.text for q in run(text)]
    assert clause in got, got


@pytest.mark.parametrize("text, clause", [
    ("Ardal said he will not back the treaty - though he went on to say he would stay in the cabinet.",
     "he will not back the treaty"),
    ("Kell said he would stay in the coalition as he arrived in Velmora.", "he would stay in the coalition"),
    ("Ardal said the plan would be delayed, amid protests in the capital.", "the plan would be delayed"),
    ("Teslo said the drills were purely defensive, speaking after a cabinet meeting in Velmora.",
     "the drills were purely defensive"),
    ("Ms Quist said the deal would create 3,000 jobs - a claim disputed by the Greens.",
     "the deal would create 3,000 jobs"),
])
def test_tail_is_cut(run, text, clause):
    got = [q.text for q in run(text)]
    assert clause in got, got
