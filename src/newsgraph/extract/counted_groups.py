"""Speakers given as a counted group the page then names member by member ('Two opposition MPs accused ...', then
'The claims were made by X and his wife, Y'; 'three state senators - A, B and C - ... the senators said'): the
annotation rules give a group its members' names ('A, B and C') when the page names them.

A counted plural description (a number word on a plural head: 'two candidates', 'Three senior lawmakers') is the
group of exactly that many people the page names together (joined by 'and' and commas, 'X and his wife, Y') after
it, in its own sentence or the two after; a later 'the senators' is the same group when a counted 'senators'
before it was named so. Never a count that does not match, nor people named apart; the pronouns that carried the
description ('They said ...') take the names too. A count inside a relative clause ('a debate that only two
candidates said they would attend. X and Y were the only two ...') stays as written: one gold of the dev half names
the two there, an older one keeps the phrase. Runs after the other speaker steps, on speakers still written as a
description."""
from __future__ import annotations

from ..model import Quote, Speaker
from .speaker_groups import group_name

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
FOLLOWING_SENTENCES = 2  # sentences after the counted description that may name its members
BACK_WINDOW = 3000  # characters back from 'the senators' to the counted 'three senators' it takes up
PRONOUNS = frozenset({"they", "them", "both"})


def _count(head) -> int | None:
    """The number a number word on the plural head gives ('two', 'Three', '2'), else None."""
    for c in head.children:
        if c.dep_ == "nummod":
            low = c.lower_
            return COUNTS.get(low) or (int(low) if low.isdigit() and 1 < int(low) <= 5 else None)
    return None


def _person(tok, index):
    k = index.tok2ent.get(tok.i)
    if k is None or index.entities[k].type != "PERSON":
        return None
    return index.entities[k]


def _chain(tok, index) -> list:
    """The people a coordination headed by ``tok`` names: 'A, B and C'; 'X and his wife, Y' (a conjunct noun
    with a person in apposition); empty when a conjunct is no person the index knows (a name the tagger missed
    would make the count wrong)."""
    found, stack = [], [tok]
    while stack:
        t = stack.pop()
        ent = _person(t, index)
        if ent is None and t.pos_ == "NOUN":
            ent = next((e for c in t.children if c.dep_ == "appos" for e in [_person(c, index)] if e is not None), None)
        if ent is None:
            return []
        if ent not in found:
            found.append(ent)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return found


def _members(head, n: int, index) -> list | None:
    """The ``n`` people named together after the counted head, in its sentence or the next two; None unless a
    coordination of exactly ``n`` people is the first one there."""
    doc = head.doc
    _, end = index.sentence(head.i)
    for _ in range(FOLLOWING_SENTENCES):
        if end >= len(doc):
            break
        end = index.sentence(end)[1]
    for t in doc[head.i + 1:end]:
        if t.dep_ == "conj" or _person(t, index) is None or (t.head.i != t.i and _person(t.head, index) is _person(t, index)):
            continue  # a conjunct, or a word inside a name: the coordination is read from its first name
        if index.in_quote(t.idx) is not None:
            continue
        people = _chain(t, index)
        if len(people) >= 2 or any(c.dep_ == "conj" for c in t.children):
            return people if len(people) == n else None
    return None


def _counted_before(head, index):
    """'the senators' after 'three Republican state senators - A, B and C': the counted head of the same plural
    noun before it whose members the page names, else None."""
    doc = head.doc
    lemma = head.lemma_.lower()
    i = head.i - 1
    while i >= 0 and head.idx - doc[i].idx <= BACK_WINDOW:
        t = doc[i]
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and _count(t) is not None:
            return t
        i -= 1
    return None


def name_counted_groups(doc, index, quotes: list[Quote]) -> None:
    """Give a speaker written as a counted group (or 'the <same noun>' after one) the names of its members when
    the page names exactly that many together right after it (module docstring)."""
    named: dict[str, str] = {}  # the description as written -> the members' names
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.entity is not None or sp.start is None or not sp.mention or sp.name != sp.mention:
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        n = _count(head)  # a number word makes the head plural whatever its tag ('Two leading MPs': NN)
        if head.tag_ not in ("NNS", "NNPS") and n is None or head.i in index.tok2ent:
            continue
        if n is not None and head.head.dep_ in ("relcl", "acl"):
            continue  # 'a debate that only two candidates said they would attend': a group in passing, left as written
        counted = head if n is not None else None
        if counted is None and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            counted = _counted_before(head, index)
            n = _count(counted) if counted is not None else None
        people = _members(counted, n, index) if counted is not None else None
        if people is None:
            continue
        names = group_name([e.name for e in people])
        named[sp.name] = names
        q.speaker = Speaker(name=names, entity=None, mention=sp.mention, start=sp.start, end=sp.end)
    if not named:
        return
    for q in quotes:  # 'They said ...' that carried the description
        sp = q.speaker
        if sp is not None and sp.entity is None and sp.name in named and (sp.mention or "").lower() in PRONOUNS:
            q.speaker = Speaker(name=named[sp.name], entity=None, mention=sp.mention, start=sp.start, end=sp.end)
