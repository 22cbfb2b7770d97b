"""Groups that speak together: on a readout page 'They' / 'the two sides' / 'the pair' as the two sides its opening
names (``readout_group``, the one answer for every pass, readout_statements included); elsewhere 'the two sides' /
'both leaders' as the two named before them, 'X and Y were freed ... Both men said', and a cue's subject joined by
'and' to others ('X and Y agreed': 'X and Y'). Used by ``speakers.speaker_from`` / ``speaker_of_cue`` and by pronoun
linking ('The two discussed ... They agreed')."""
from __future__ import annotations

from collections.abc import Callable

from ..model import Speaker
from .cues import speech_cues
from .datelines import in_dateline
from .names import surname_person
from .readout_content import readout_cues

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


READOUT_PAIR = "newsgraph.readout_pair"  # doc.user_data key: the participants of a readout page, or None


def readout_pair(doc, index, scan=None) -> list[str] | None:
    """The two sides of the call or meeting a readout page reports (its opening names them), once per document;
    None when the page does not read as a readout (``scan``: readout_statements' token scan, when it has one)."""
    if READOUT_PAIR not in doc.user_data:
        from .readout_participants import participants, speaking_pair
        from .readout_statements import is_readout
        doc.user_data[READOUT_PAIR] = (participants(doc, index) or speaking_pair(doc, index)) \
            if is_readout(doc, index, scan) else None  # the opening's two sides, else the two who speak
    return doc.user_data[READOUT_PAIR]


TALKS_PAIR = "newsgraph.talks_pair"  # doc.user_data key: the two named people a news copy of a call opens on, or None


def talks_pair(doc, index) -> list[str] | None:
    """The two people a page's call, meeting or talks is between when its opening names both ('X spoke with
    Y', 'talks with his counterpart Y'), read or not as a readout; once per document."""
    if TALKS_PAIR not in doc.user_data:
        from .readout_participants import participants
        from .talks_speakers import reports_talks
        doc.user_data[TALKS_PAIR] = participants(doc, index) if reports_talks(doc, index) else None
    return doc.user_data[TALKS_PAIR]


def readout_group(tok, index) -> Speaker | None:
    """On a readout page, a subject standing for both sides of the call: 'The two leaders', 'Both sides', 'Both', 'The
    pair', 'The leaders', and 'They' heading a main clause; the participants the page opens with. On a news copy
    of a call between two people it names, the same subjects but 'They' (a pronoun is linked where it stands).
    Not a group with its own members ('X and the two ministers'), nor 'his counterpart' (one of them). On any page,
    'The presidents of X and Y, A and B,': the people the subject names after its comma (``listed_people``)."""
    listed = listed_people(tok, index)
    if listed is not None:
        s, e = mention_bounds(tok, None, index)
        return Speaker(name=group_name([p.name for p in listed]), entity=None, mention=index.text[s:e], start=s, end=e)
    words = readout_cues().group_subjects
    low = tok.lower_
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in index.tok2ent or index.in_quote(tok.idx) is not None or \
            not (low in words or tok.lemma_.lower() in words) or any(c.dep_ in ("conj", "poss") for c in tok.children):
        return None
    if tok.pos_ == "PRON":
        if low not in ("they", "both") or not (tok.head.dep_ == "ROOT" or
                                               tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"):
            return None  # 'agreed that they would meet': the clause's subject, not the cue's; 'Both agreed'
    elif low not in ("both", "two") and not any(c.lower_ in ("the", "both", "two") for c in tok.children):
        return None  # 'Officials said', 'some ministers'
    elif one_side(tok):
        return None  # 'The Russian side noted ...': one of the two, written as the page writes it
    pair = readout_pair(tok.doc, index)
    if pair is None and _talks_group(tok) and _conjoined_people(tok, index, subjects=True) is None:
        pair = talks_pair(tok.doc, index)  # 'Both leaders agreed ...' in an agency's copy of their call; not
        # after two others named together as a subject ('X and Y fought a war ... both sides accuse')
    if pair is None:
        return None
    from .later_calls import later_call_pair  # it builds on readout_participants, which imports this module
    pair = later_call_pair(tok, index, pair) or pair  # 'Later in the day, X spoke with Z. ... The two leaders'
    s, e = tok.left_edge.idx, tok.idx + len(tok.text)
    return Speaker(name=" and ".join(pair), entity=None, mention=index.text[s:e], start=s, end=e)


def one_side(tok) -> bool:
    """'the Russian side', 'the US side', 'the Chinese party': a singular side a country or people word picks out,
    one of the call's two sides, not both."""
    return tok.lower_ in ("side", "party") and any(
        c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN" or
                                                   c.pos_ == "ADJ" and c.text[:1].isupper())
        for c in tok.children)


def _talks_group(tok) -> bool:
    """Whether a group subject stands for both sides of the call a news copy reports: 'Both leaders', 'The two
    sides', 'the leaders'; not 'They' (a pronoun is linked where it stands), a part of a group ('two of the
    officials'), nor aides written without 'both' / 'the two' ('the officials')."""
    if tok.pos_ == "PRON" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return tok.lower_ not in readout_cues().aide_subjects or any(c.lower_ in ("both", "two") for c in tok.children)


def pair_speaker(tok, index) -> Speaker | None:
    """'The two sides', 'both leaders', 'the two presidents': on a readout page the two sides of its call
    (``readout_group``), elsewhere the two people last named before them."""
    group = readout_group(tok, index)
    if group is not None:
        return group
    from .readout_participants import meeting_they
    sides = meeting_they(tok, index)  # 'a call between X and Y in which they agreed ...'
    if sides is not None:
        return Speaker(name=sides, entity=None, mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    low = tok.lower_
    if (low not in speech_cues().roles["pair_heads"] and low not in COUNTRY_PAIRS) or tok.i in index.tok2ent:
        return None
    kids = {c.lower_ for c in tok.children}
    if low == "two" and "the" not in kids or low not in ("two", "both") and not (
            "both" in kids or {"the", "two"} <= kids):
        return None  # 'the two sides', 'both leaders'; not 'two diplomats familiar with the talks'
    pair = _own_people(tok, index) or _conjoined_people(tok, index)
    if pair is None and low in COUNTRY_PAIRS:
        return None  # 'the two countries' are two named together before them, not the last two places named
    if pair is None and low in SIDE_HEADS:  # 'Both sides' of no call the page names, nor two named together:
        s, e = mention_bounds(tok, None, index)  # the sides as written, not the last two names before them
        return Speaker(name=index.text[s:e], entity=None, mention=index.text[s:e], start=s, end=e)
    if pair is not None:  # 'Kevin King and Timothy Weeks were freed ... Both men said'
        s, e = mention_bounds(tok, None, index)
        return Speaker(name=" and ".join(p.name for p in pair), entity=None, mention=index.text[s:e], start=s, end=e)
    last: dict[int, int] = {}
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
        last = {}
    if len(last) < 2:
        return None
    if index.entities[next(iter(last))].type != "PERSON":  # countries: the two named first, not the venue
        last = {k: -min(s for s, _ in index.entities[k].mentions) for k in last}
    two = sorted(last, key=lambda k: last[k], reverse=True)[:2]
    two.sort(key=lambda k: min(s for s, _ in index.entities[k].mentions))
    s, e = mention_bounds(tok, None, index)
    return Speaker(name=" and ".join(index.entities[k].name for k in two), entity=None,
                   mention=index.text[s:e], start=s, end=e)


def listed_people(tok, index):
    """'The foreign ministers of X and Y, A and B, condemned ...': the people (two or more, joined by commas and
    'and') a plural subject names after a comma, read off the words (the parser hangs them on the subject or on its
    countries); None unless the list closes the subject (a comma or the verb after it)."""
    if tok.tag_ != "NNS" or tok.i in index.tok2ent or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc, stop = tok.doc, tok.head.i if tok.head.i > tok.i else tok.i
    i = next((k for k in range(tok.i + 1, min(stop, tok.i + 12)) if doc[k].text == "," and
              _person_at(index, k + 1)), None)  # 'of X, Y and Z, A, B and C': the comma before the first person
    people: list = []
    while i is not None and i < stop:
        k = index.tok2ent.get(i + 1)
        if not _person_at(index, i + 1) or index.entities[k] in people:
            return None
        people.append(index.entities[k])
        i += 1
        while i + 1 < len(doc) and index.tok2ent.get(i + 1) == k:
            i += 1
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "and" or nxt is not None and nxt.text == "," and \
                i + 2 < len(doc) and doc[i + 2].lower_ == "and":
            i += 1 if nxt.lower_ == "and" else 2
            continue
        if nxt is not None and nxt.text == "," and i + 2 < len(doc) and index.tok2ent.get(i + 2) is not None:
            i += 1
            continue
        return people if len(people) >= 2 and (nxt is None or nxt.text == "," or nxt.i >= stop) else None
    return None


def _person_at(index, i: int) -> bool:
    k = index.tok2ent.get(i)
    return k is not None and index.entities[k].type == "PERSON"


def group_name(names: list[str]) -> str:
    """'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


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
SIDE_HEADS = frozenset({"sides", "parties"})  # countries, delegations or people: no default pair
COUNTRY_PAIRS = frozenset(speech_cues().roles["country_pair_heads"])  # 'the two countries': two countries or bodies


def _conjoined_people(tok, index, window: int = 120, subjects: bool = False):
    """The two people last named together ('X and Y were freed') within ``window`` tokens before ``tok``; for
    'both sides' / 'the two parties' also two countries or bodies ('X and Y fought a war ... both sides'). A
    surname the NER left untagged counts as the person it names. ``subjects``: only two named as a subject."""
    doc = tok.doc
    kinds = ("PERSON", "GPE", "ORG") if tok.lower_ in ANY_KIND_PAIRS else ("GPE", "ORG") if \
        tok.lower_ in COUNTRY_PAIRS else ("PERSON",)
    for i in range(tok.i - 1, max(-1, tok.i - window), -1):
        t = doc[i]
        if t.dep_ != "conj" or t.pos_ != "PROPN" or t.head.dep_ in ("amod", "compound") or \
                index.in_quote(t.idx) is not None or subjects and t.head.dep_ not in ("nsubj", "nsubjpass"):
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


def conjunct_chain(subj) -> list:
    """The conjuncts after ``subj`` in its coordination, in order: its own, and for a list ('A, B and C') those the
    parser hangs on the one before (B on A, C on B)."""
    out, t = [], subj
    for _ in range(4):
        nxt = [c for c in t.children if c.dep_ == "conj" and c.i > t.i]
        if not nxt:
            break
        out.extend(nxt)
        t = nxt[-1]
    return out


def with_conjuncts(cue, subj, speaker: Speaker, index, resolve: Resolve) -> Speaker:
    """The cue's own subject joined by 'and' to others ('X and Y agreed', 'The Prime Minister and President Z
    discussed ... and agreed'): the group as given, each member by its name ('X and Y'); the one speaker when a
    member is not a named entity. Not a subject found in a reported clause ('X added that he and Y discussed ...,
    adding': X's)."""
    conjuncts = conjunct_chain(subj)
    if subj.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "cc" and c.lower_ == "and"
                                                           for t in [subj, *conjuncts] for c in t.children):
        return speaker
    if subj.head.i != cue.i and not (cue.dep_ == "conj" and cue.head.i == subj.head.i):
        return speaker
    own = index.tok2ent.get(subj.i)
    conjuncts = [c for c in conjuncts if c.pos_ in ("PROPN", "NOUN")]
    if not 1 <= len(conjuncts) <= 3 or any(own is not None and index.tok2ent.get(c.i) == own for c in conjuncts):
        return speaker  # 'the Fish and Wildlife Service': one name
    names = [speaker.name]
    for c in conjuncts:
        other = resolve(c, index)
        if other is None or other.name in names or other.entity is None:
            return speaker  # 'X and others', 'X and his wife': left to the first
        names.append(other.name)
    end = max(c.right_edge.idx + len(c.right_edge.text) for c in conjuncts)
    return Speaker(name=group_name(names), entity=None,
                   mention=index.text[speaker.start:end], start=speaker.start, end=end)
