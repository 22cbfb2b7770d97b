"""Groups that speak together: 'the two sides' / 'both leaders' as the two named before them, 'X and Y were
freed ... Both men said', and a cue's subject joined by 'and' to others ('X and Y agreed': 'X and Y'). Used by
``speakers.speaker_from`` / ``speaker_of_cue`` and by pronoun linking ('The two discussed ... They agreed')."""
from __future__ import annotations

from collections.abc import Callable

from ..model import Speaker
from .cues import speech_cues
from .datelines import in_dateline
from .names import surname_person

Resolve = Callable[..., "Speaker | None"]  # speakers.speaker_from, passed in (it imports this module)


def mention_bounds(tok, ent, index) -> tuple[int, int]:
    """Character bounds of the mention a speaker token stands in: the entity mention it is part of, a pronoun,
    else its phrase from the left edge (leading punctuation and dateline dropped)."""
    if ent is not None and tok.i in index.tok2ent:
        for s, e in ent.mentions:
            if s <= tok.idx < e:
                return s, e
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok.text)
    left = tok.left_edge
    while left.i < tok.i and (left.is_punct or left.is_space or in_dateline(left)):
        left = left.nbor()  # 'ALDPORT, Nov 3 (Agency) - Valdoria's minister told': the dateline is no part of it
    return left.idx, tok.idx + len(tok.text)


def pair_speaker(tok, index) -> Speaker | None:
    """'The two sides', 'both leaders', 'the two presidents': the two people last named before them
    (the participants of the call or meeting a readout reports)."""
    low = tok.lower_
    if low not in speech_cues().roles["pair_heads"] or tok.i in index.tok2ent:
        return None
    kids = {c.lower_ for c in tok.children}
    if low == "two" and "the" not in kids or low not in ("two", "both") and not (
            "both" in kids or {"the", "two"} <= kids):
        return None  # 'the two sides', 'both leaders'; not 'two diplomats familiar with the talks'
    pair = _own_people(tok, index) or _conjoined_people(tok, index)
    if pair is not None:  # 'Kevin King and Timothy Weeks were freed ... Both men said'
        s, e = mention_bounds(tok, None, index)
        return Speaker(name=" and ".join(p.name for p in pair), entity=None, mention=index.text[s:e], start=s, end=e)
    last: dict[int, int] = {}
    single = None  # the one person named, when only one is
    kind_sets = (("PERSON",), ("GPE", "ORG")) if low in ANY_KIND_PAIRS else (("PERSON",),)  # 'the two leaders':
    for kinds in kind_sets:  # people; 'China and Russia held talks ... the two sides': countries too
        for k, e in enumerate(index.entities):
            if e.type not in kinds:
                continue
            starts = [s for s, _ in e.mentions if s < tok.idx and index.in_quote(s) is None]
            if starts:
                last[k] = max(starts)
        if len(last) >= 2:
            break
        if kinds == ("PERSON",) and len(last) == 1:
            single = next(iter(last))
        last = {}
    if len(last) < 2:  # 'The Prime Minister met President X ... Both leaders agreed': a readout that never names
        return _with_unnamed_office(tok, index, single) if single is not None else None  # its own leader
    if index.entities[next(iter(last))].type != "PERSON":  # countries: the two named first, not the venue
        last = {k: -min(s for s, _ in index.entities[k].mentions) for k in last}
    two = sorted(last, key=lambda k: last[k], reverse=True)[:2]
    two.sort(key=lambda k: min(s for s, _ in index.entities[k].mentions))
    s, e = mention_bounds(tok, None, index)
    return Speaker(name=" and ".join(index.entities[k].name for k in two), entity=None,
                   mention=index.text[s:e], start=s, end=e)


def _with_unnamed_office(tok, index, k: int, window: int = 600) -> Speaker | None:
    """'The Prime Minister met President X ... Both leaders agreed': a readout whose own leader is only ever 'The
    Prime Minister' (a capitalised office heading a main clause, bound to nobody) and the one person named with
    them. The pair as '<office> and X', in the order they first appear; None when no such office subject is near."""
    from .speaker_descriptions import office_holder, title_word
    doc = tok.doc
    person = index.entities[k]
    first = min(s for s, _ in person.mentions)
    introduced = None  # the office word nearest before the person's first mention: 'the President of the Council X'
    at = next((x.i for x in doc if x.idx >= first), len(doc))
    for t in reversed(doc[max(0, at - 12):at]):
        if t.pos_ in ("VERB", "AUX") or t.is_space:
            break
        if title_word(t):
            introduced = t.lower_
            break
    office = None
    for t in doc[max(0, tok.i - window):tok.i]:  # the first: the readout opens with its own leader
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.text[:1].isupper() and title_word(t) and \
                t.i not in index.tok2ent and index.in_quote(t.idx) is None and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and office_holder(t, index) is None \
                and t.lower_ != introduced:  # not the office the person was introduced with
            office = t
            break
    if office is None:
        return None
    words = doc[office.left_edge.i:office.i + 1].text
    name = f"{words} and {person.name}" if office.idx < first else f"{person.name} and {words[:1].lower()}{words[1:]}"
    s, e = mention_bounds(tok, None, index)
    return Speaker(name=name, entity=None, mention=index.text[s:e], start=s, end=e)


def _own_people(tok, index):
    """'Senate Minority Leader X, D-N.Y., and Sen. Y, D-Mass., both called': the people the subject phrase itself
    names, joined by 'and' (as appositions and conjuncts of its head)."""
    found: list = []
    stack = [tok]
    while stack:
        t = stack.pop()
        k = index.tok2ent.get(t.i)
        if k is not None and index.entities[k].type == "PERSON" and index.entities[k] not in found:
            found.append(index.entities[k])
        stack.extend(c for c in t.children if c.dep_ in ("appos", "conj"))
    if len(found) != 2 or not any(c.dep_ == "cc" for t in tok.subtree for c in t.children):
        return None
    found.sort(key=lambda e: min(s for s, _ in e.mentions if s >= tok.left_edge.idx) if any(
        s >= tok.left_edge.idx for s, _ in e.mentions) else 0)
    return found[0], found[1]


ANY_KIND_PAIRS = frozenset({"sides", "side", "parties", "party", "two", "both"})


def _conjoined_people(tok, index, window: int = 120):
    """The two people last named together ('X and Y were freed') within ``window`` tokens before ``tok``; for
    'both sides' / 'the two parties' also two countries or bodies ('X and Y fought a war ... both sides'). A
    surname the NER left untagged counts as the person it names."""
    doc = tok.doc
    kinds = ("PERSON", "GPE", "ORG") if tok.lower_ in ANY_KIND_PAIRS else ("PERSON",)
    for i in range(tok.i - 1, max(-1, tok.i - window), -1):
        t = doc[i]
        if t.dep_ != "conj" or t.pos_ != "PROPN" or t.head.dep_ in ("amod", "compound") or \
                index.in_quote(t.idx) is not None:
            continue  # 'the American and Australian hostages': words on a noun, not two sides
        a, b = _named(t.head, index), _named(t, index)
        if a is not None and b is not None and a is not b and a.type == b.type and a.type in kinds:
            return a, b
    return None


def _named(tok, index):
    """The entity a token names: its own, else the person whose surname it is."""
    k = index.tok2ent.get(tok.i)
    if k is not None:
        return index.entities[k]
    return surname_person(tok, index) if tok.pos_ == "PROPN" else None


def with_conjuncts(cue, subj, speaker: Speaker, index, resolve: Resolve) -> Speaker:
    """The cue's own subject joined by 'and' to others ('X and Y agreed', 'The Prime Minister and President Z
    discussed ... and agreed'): the group as given, each member by its name ('X and Y'); the one speaker when a
    member is not a named entity. Not a subject found in a reported clause ('X added that he and Y discussed ...,
    adding': X's)."""
    if subj.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return speaker
    if subj.head.i != cue.i and not (cue.dep_ == "conj" and cue.head.i == subj.head.i):
        return speaker
    own = index.tok2ent.get(subj.i)
    conjuncts = [c for c in subj.children if c.dep_ == "conj" and c.i > subj.i and c.pos_ in ("PROPN", "NOUN")]
    if not 1 <= len(conjuncts) <= 3 or any(own is not None and index.tok2ent.get(c.i) == own for c in conjuncts):
        return speaker  # 'the Fish and Wildlife Service': one name
    names = [speaker.name]
    for c in conjuncts:
        other = resolve(c, index)
        if other is None or other.name in names or other.entity is None:
            return speaker  # 'X and others', 'X and his wife': left to the first
        names.append(other.name)
    end = max(c.right_edge.idx + len(c.right_edge.text) for c in conjuncts)
    return Speaker(name=", ".join(names[:-1]) + " and " + names[-1], entity=None,
                   mention=index.text[speaker.start:end], start=speaker.start, end=end)
