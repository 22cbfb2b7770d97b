"""A heading that credits its statement to a name after a colon or a dash ('Vostria wants peace with neighbours:
Tamsin', 'Cabinet decision taken: Minister Halim', "Budget cuts 'could be reversed' - Halden", a live page's item
heading "Hospitals in 'grave danger' - Ruth Carrow"): agency and BBC headings put the speaker last, with no cue
verb. The words before the mark are what the named person said (the annotation rules count headlines as text),
when they state something - a finite verb, or a quoted fragment - and the name after the mark is a person the page
names below, with at most a title before it and a topic ('over developments in X') after it. A topic label before a
colon ('Ukraine war: Kessel visits Kyiv', 'Analysis: Jo Roe') or a place or outlet after the mark ('- BBC Verify')
credits no statement; an office, body or group ('Rockets fired into the sea: defence ministry', '... - diplomats')
credits a finite statement to the speaker the story below gives for it (office_credits.py), not a verbless one
('Three killed in bus crash - police')."""
from __future__ import annotations

import re

from ..model import Quote, Speaker
from .heading_fragments import heading_line
from .headline_labels import headline_end
from .headline_verbless import verbless_statement
from .office_credits import office_credited
from .text_lines import line_end

MARK = re.compile(r"(?::| [-\u2013\u2014]) +")  # 'X: Name', 'X - Name', 'X \u2013 Name'
TAIL_WORDS = 10  # 'Minister Luhut', 'Lekhi over developments in Afghanistan'
TITLE_WORDS = 4  # 'Union minister', 'opposition leader', 'Prime Minister'
TOPIC_PREPS = frozenset({"over", "on", "about", "amid", "after", "in", "at", "to", "for"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def credited_headings(doc, index, indirect: list[Quote]) -> list[Quote]:
    """Indirect statements of heading lines that end with the name of who made them."""
    text, out = index.text, []
    la = 0
    while la < len(text):
        lb = line_end(text, la)
        if lb - la > 8 and (heading_line(text, la, lb) or la == 0 and lb == headline_end(text)):  # the page's
            # headline, however long ('Moscow not engaged in ... and holds no ... on Syria - Peskov': 15 words)
            q = _credited(doc, index, la, lb, indirect)
            if q is not None:
                out.append(q)
        la = lb + 1
    return out


def _credited(doc, index, la: int, lb: int, indirect: list[Quote]) -> Quote | None:
    text = index.text
    marks = [m for m in MARK.finditer(text, la, lb) if index.in_quote(m.start()) is None]
    if not marks:
        return None
    mark = marks[-1]
    s, e = la, mark.start()
    while s < e and text[s].isspace():
        s += 1
    if e - s < 3 or len(text[s:e].split()) < 3 or any(s <= q.start < e for q in indirect):
        return None
    q = index.in_quote(s + 1)
    if q is not None and q.end >= e - 2:
        return None  # a quotation credited after a dash is a direct quote
    tail = doc.char_span(mark.end(), lb, alignment_mode="expand")
    body = doc.char_span(s, e, alignment_mode="expand")
    if tail is None or body is None or not len(tail) or len(tail) > TAIL_WORDS or not (
            _states(body, index) or text[mark.start()] != ":" and verbless_statement(body)):
        return None  # (after a dash, also a headline's verbless statement: 'Talks going well - Halden')
    found = _tail_person(tail, index, lb)
    if found is None:  # an office, body or group ('- diplomats', ': defence ministry'), for a finite statement only
        if not _states(body, index):  # ('Ports to reopen by May: official' is left)
            return None
        return office_credited(doc, index, (s, e), tail, lb, indirect, text[mark.start():mark.end()].strip())
    ent, name = found
    return Quote(id="", text=text[s:e], start=s, end=e, kind="indirect",
                 speaker=Speaker(name=ent.name, entity=ent.id, mention=name.text,
                                 start=name.start_char, end=name.end_char),
                 cue=text[mark.start():mark.end()].strip())


def _states(body, index) -> bool:
    """The words before the mark state something: a finite verb ('wants', 'has taken', 'will stay') or a quoted
    fragment ("in 'serious danger'"), not a topic label ('Ukraine war', 'Election 2024')."""
    if any(t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in body):
        return True
    return any(index.in_quote(t.idx) is not None for t in body if t.is_alpha)


def _tail_person(tail, index, lb: int):
    """(entity, name span) when the words after the mark are a person's name the page gives below the heading, with
    at most a title before it ('Minister', 'Union minister') and a topic phrase after it; else None."""
    doc = tail.doc
    name_at = None
    for t in tail:
        ent = index.entity_at_token(t.i)
        if ent is not None:
            name_at = (t.i, ent)
            break
        if t.is_title and not t.is_stop:
            ent = _by_surname(t.text, index)
            if ent is not None:
                name_at = (t.i, ent)
                break
    if name_at is None:
        return None
    i, ent = name_at
    if ent.type != "PERSON" or not any(ms >= lb for ms, _ in ent.mentions):
        return None  # a body, place or outlet ('- police', '- BBC Verify'), or a name the page does not give below
    if i - tail.start > TITLE_WORDS or any(not t.is_alpha or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON")
                                           for t in doc[tail.start:i]):
        return None  # 'Kessel visits Kyiv' after a label
    j = i
    while j + 1 < tail.end and index.entity_at_token(j + 1) is ent:
        j += 1
    if j + 1 < tail.end and not (doc[j + 1].lower_ in TOPIC_PREPS and doc[j + 1].pos_ == "ADP"):
        return None  # more than a name: 'Kessel visits Kyiv', 'Jo Roe/Reuters'
    return ent, doc[i:j + 1]


def _by_surname(word: str, index):
    """The page's one person of that surname (a bare surname the name finder missed in the heading)."""
    people = [e for e in index.entities if e.type == "PERSON" and e.name.split()[-1] == word]
    return people[0] if len(people) == 1 else None


def inverted_claim(cue, index) -> tuple[int, int] | None:
    """Token range of the claim in a heading '<claim>, says Kremlin' / '<claim>, union says' whose claim has no
    finite verb ('Grain deal extended by 60 days', 'Strike to go ahead', 'Election date unchanged'): the parser
    took the claim's noun for a second subject of the cue, so no clause is reported. The claim is everything on the
    heading line before the comma that sets off the cue and its subject, which close the line."""
    doc, text = cue.doc, index.text
    if cue.dep_ != "ROOT" or cue.tag_ not in ("VBZ", "VBP"):
        return None
    la = text.rfind("\n", 0, cue.idx) + 1
    lb = line_end(text, cue.idx)
    if not heading_line(text, la, lb):
        return None
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    after = next((c for c in subj if c.i > cue.i), None)
    if after is not None and cue.i > 0 and doc[cue.i - 1].text == ",":
        comma, speaker_end, speaker = cue.i - 1, after.right_edge.i, after
    else:
        before = next((c for c in subj if c.i < cue.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","),
                      None)
        if before is None:
            return None
        comma, speaker_end, speaker = before.left_edge.i - 1, cue.i, before
    if speaker.pos_ != "PROPN":
        return None  # '<words>, police say': the gold names a description's speaker from the body (8ccd571)
    first = doc.char_span(la, lb, alignment_mode="expand")
    if first is None:
        return None
    if any(not t.is_punct and not t.is_space for t in doc[speaker_end + 1:first.end] if t.idx < lb):
        return None  # more after the speaker: not a credit closing the line
    if comma - first.start < 2 or any(index.in_quote(t.idx) is not None for t in doc[first.start:comma]):
        return None  # a quotation is a direct quote's business
    return first.start, comma
