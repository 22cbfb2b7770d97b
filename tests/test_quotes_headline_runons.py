"""A title-case headline the name finder ran into one entity ('Ada Lark Email Scandal: ...') is not a speaker:
a speaker resolved to it is the person the body names whose name opens it."""
from __future__ import annotations

from newsgraph.extract.headline_quotes import headline_run_ons
from newsgraph.model import Entity, Quote, Speaker

TEXT = "Ada Lark Email Scandal: Senator Speaks\n\nSenator Ada Lark said on Monday that she would not resign. Lark added..."


class _Index:
    def __init__(self, text, entities):
        self.text, self.entities = text, entities

    def entity(self, eid):
        return next((e for e in self.entities if e.id == eid), None)


def _run(entities, speaker_ent):
    q = Quote(id="q1", text="she would not resign", start=70, end=90, kind="indirect",
              speaker=Speaker(name=speaker_ent.name, entity=speaker_ent.id, mention="she", start=66, end=69))
    headline_run_ons(_Index(TEXT, entities), [q])
    return q.speaker.name


def test_headline_run_on_is_the_person():
    junk = Entity(id="e1", name="Ada Lark Email Scandal", type="PERSON", mentions=[[0, 22]])
    lark = Entity(id="e2", name="Ada Lark", type="PERSON", mentions=[[48, 56], [92, 96]])
    assert _run([junk, lark], junk) == "Ada Lark"


def test_surname_opening_a_headline_organisation():
    junk = Entity(id="e1", name="Lark Email Scandal", type="ORG", mentions=[[0, 18]])
    lark = Entity(id="e2", name="Ada Lark", type="PERSON", mentions=[[48, 56]])
    assert _run([junk, lark], junk) == "Ada Lark"


def test_a_body_named_organisation_stays():
    fund = Entity(id="e1", name="Ada Lark Foundation", type="ORG", mentions=[[0, 19]])
    lark = Entity(id="e2", name="Ada Lark", type="PERSON", mentions=[[48, 56]])
    assert _run([fund, lark], fund) == "Ada Lark Foundation"
    named_in_body = Entity(id="e3", name="Ada Lark Email", type="PERSON", mentions=[[0, 14], [40, 54]])
    assert _run([named_in_body, lark], named_in_body) == "Ada Lark Email"


def test_headline_run_on_with_only_its_own_body_mentions_takes_the_body_name():
    text = "Lark Poised to Win: Senator Speaks\n\nSenator Ada Lark said on Monday that she would not resign. Lark..."
    at = text.index("Lark said")
    junk = Entity(id="e1", name="Lark Poised", type="PERSON", mentions=[[0, 11], [at, at + 4]])
    q = Quote(id="q1", text="she would not resign", start=70, end=90, kind="indirect",
              speaker=Speaker(name=junk.name, entity=junk.id, mention="she", start=66, end=69))
    headline_run_ons(_Index(text, [junk]), [q])
    assert q.speaker.name == "Lark" and q.speaker.entity == "e1"


def test_own_body_name_before_another_person_of_that_surname():
    text = "Lark Lashes Out at Critics\n\nMs. Eva Lark wrote on Monday. Mr. Lark said the critics were wrong. Lark..."
    at = text.index("Lark said")
    junk = Entity(id="e1", name="Lark Lashes Out", type="PERSON", mentions=[[0, 15], [at, at + 4]])
    eva = Entity(id="e2", name="Eva Lark", type="PERSON", mentions=[[text.index("Eva"), text.index("Eva") + 8]] * 3)
    q = Quote(id="q1", text="the critics were wrong", start=at + 10, end=at + 32, kind="indirect",
              speaker=Speaker(name=junk.name, entity=junk.id, mention="Mr. Lark", start=at - 4, end=at + 4))
    headline_run_ons(_Index(text, [junk, eva]), [q])
    assert q.speaker.name == "Lark" and q.speaker.entity == "e1"
