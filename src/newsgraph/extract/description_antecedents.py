"""The person a definite title in the body stands for when no named person carries that title: the one who
last spoke as the subject of a main clause just before it ('Mr X said ...', then '"...," the counsel general told
the radio'; 'X said ...', then 'the leader of the Y party said')."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Speaker
from .actor_countries import phrase_country
from .cues import norm_word, person_words
from .speakers import description_like, is_cue_token, same_description_person

LAST_SUBJECT_BREAKS = 2  # paragraph breaks back to the person who spoke: the paragraph before, past one quote paragraph
HEAD_OFFICES = person_words().offices_known_alone  # data/person_titles.json: offices a reader knows by themselves


def title_of_last_subject(doc, index, sp: Speaker, pw, quotes=()):
    """'Mr X said ...', then '"...," the counsel general told the radio': a definite title in the body that no
    named person in the page carries is the person who last spoke as the subject of a main clause, in an earlier
    sentence of the same paragraph or of one of the two before (past a paragraph of their own quoted words, nobody
    else speaking there), with nobody else named between. An office the reader knows by
    itself ('the prime minister', 'the President of the Republic'), a title with its body ('the leader of the
    X party') or a role with its body ('the government negotiator') is that person only when the page gives them
    no title at all (so 'The Secretary-General said' after 'Prime Minister X said' stays the description); never a
    bare anonymous role ('the official')."""
    words = [w.lower() for w in sp.mention.split()]
    if len(words) < 2 or words[0] != "the":
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span) or any(index.tok2ent.get(t.i) is not None and not _party_or_nation(t, index)
                                            for t in span):
        return None
    head = span.root
    if head.tag_ not in ("NN", "NNP") or head.tag_ == "NNP" and not head.text[:1].isupper():
        return None  # 'the organisers' (several)
    key = pw.expand(norm_word(head.lemma_))
    spelled = pw.title_initialisms.get(head.lower_, ()) if head.text.isupper() else ()
    if spelled:  # 'The PM said': the prime minister
        key, words = spelled[-1], words[:-1] + list(spelled)
    anonymous = head.lower_ in pw.anonymous_roles or key in pw.anonymous_roles
    bodied = any(c.dep_ in ("compound", "amod", "nmod") and c.i < head.i for c in head.children)
    generic = head.lower_ in pw.generic_office_words and index.earlier_description(head) is None
    if key in pw.separate_offices:
        return None  # 'The speaker steps in', 'the judge said': the chamber's or court's, not the one who spoke before
    if key not in pw.titles or anonymous and not (bodied or generic) or \
            same_description_person(index, span, exclude=None) is not None:
        return None  # a bare 'the official' with no 'an official' before it is the named person who spoke
    qualified = any(index.tok2ent.get(t.i) is not None for t in span)  # 'the Tory MSP', 'the Norland minister'
    untitled_only = (anonymous or qualified) and not generic or head.tag_ == "NNP" or \
        bool(HEAD_OFFICES.intersection(words)) or \
        " ".join(words[-2:]) == "secretary general" or "of" in words or \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    own = _reported_before(head, index)  # 'X congratulated Y on ..., the official said': X is reported
    j = bisect_right(index.main_subjects, (doc[own].idx if own is not None else sp.start, -1)) - 1
    if j < 0:
        return None
    pos, k = index.main_subjects[j]
    ent = index.entities[k]
    breaks = index.text[pos:sp.start].count("\n\n")
    if ent.type != "PERSON" or description_like(ent, pw) or breaks > LAST_SUBJECT_BREAKS:
        return None
    nation = phrase_country(head)
    if nation is not None and ent.country is not None and ent.country != nation:
        return None  # 'the Norland minister' is nobody of another country
    if breaks > 1 and any(pos < q.start < sp.start and q.speaker is not None and q.speaker.entity is not None and
                          q.speaker.entity != ent.id for q in quotes):
        return None  # someone else named spoke in the paragraph between ('"...," the ministry said')
    if untitled_only and _titled(k, ent, index, pw) and not (
            re.match(r"(?:[Hh]e|[Ss]he)\b", index.text[pos:pos + 4]) and _party_leader(span, head, k, index, pw)):
        return None  # 'The Secretary-General said' after 'Prime Minister X said': someone the page does not name
    if generic and not _qualifier_before(span, ent, index):
        return None  # 'The US top diplomat' is not the Vietnamese prime minister who spoke before
    subj = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if subj is None or not len(subj):
        return None
    t = subj[0]
    while t.dep_ in ("compound", "flat", "appos", "conj") and t.head.i != t.i:
        t = t.head
    sent, own_sent = bisect_right(index.sent_starts, t.i), bisect_right(index.sent_starts, span.start)
    if not (_spoke(t.head) or generic and bodied and sent == own_sent - 1) or sent == own_sent:
        return None  # the person before must have spoken, in a sentence of their own ('X is seen ... as the reporter
        # asks'); 'X presented his credentials. The veteran diplomat said' is X
    stop = index.sentence(span.start)[0]  # people its own sentence names are what it tells of ('On X's resignation')
    between = {index.tok2ent.get(t.i) for t in doc[subj.start:stop]}
    if any(x is not None and x != k and index.entities[x].type == "PERSON" for x in between):
        return None
    if any(_unnamed_speaker(v, index) for v in doc[index.sentence(t.i)[1]:stop]):
        return None  # 'A former prosecutor said ...' spoke in between: 'the former official' is that one
    return ent


def _party_leader(span, head, k: int, index, pw) -> bool:
    """'Prime Minister X said ...', 'He also told ...', then 'But the Conservative leader pledged ...': a party's
    leader is a party office a head of government also holds, so the titled person the sentences before went on
    about (the caller checks the subject just before was 'he'/'she' for them: a description right after the name
    itself is more often someone new, 'The Green leader said the claim was untrue') may be it - when the
    description names a party (a body or group, no nation) and nobody on the page has 'leader' in their title
    (then 'the Labour leader' is that one)."""
    if head.lower_ != "leader" or phrase_country(head) is not None or \
            not index.titles.get(k, set()) & pw.leader_offices:
        return False
    party = any((j := index.tok2ent.get(t.i)) is not None and index.entities[j].type in ("ORG", "NORP")
                for t in span if t.i < head.i)
    return party and not any("leader" in words for words in index.titles.values())


def _reported_before(head, index) -> int | None:
    """Where the sentence of a speaking description starts when all of it before the description is the clause
    it reports ('X congratulated Y on ..., the official said'), else None."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i == head.i or not is_cue_token(verb):
        return None
    s0 = index.sentence(head.i)[0]
    while s0 < head.i and head.doc[s0].is_space:
        s0 += 1
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.i < head.i and c.left_edge.i <= s0:
            return s0
    return None


def _unnamed_speaker(verb, index) -> bool:
    """A cue verb whose subject is a common noun no entity names ('A former prosecutor said')."""
    return is_cue_token(verb) and index.in_quote(verb.idx) is None and \
        any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in index.tok2ent for c in verb.children)


def _qualifier_before(span, ent, index) -> bool:
    """Whether the capitalised nation or party words of a description ('the Drevnian official', 'The US top
    diplomat') are among the person's title words or just before one of the person's mentions ("Drevnia's deputy
    energy minister, X"); True when it has none."""
    stems = [t.lower_[:5] for t in span if t.i != span.root.i and t.text[:1].isupper() and t.lower_ != "the"
             and len(t.text) > 1]
    if not stems:
        return True  # 'the senior diplomat': no nation or party to check
    k = index.entities.index(ent)
    return any(any(w.startswith(st) for w in index.titles.get(k, ())) or
               any(re.search(rf"\b{re.escape(st)}", _just_before(index.text, s)) for s, _ in ent.mentions)
               for st in stems)


def _just_before(text: str, start: int) -> str:
    """The lower-cased words before a mention in its own line and sentence, at most 60 characters."""
    return re.split(r"\n|\. ", text[max(0, start - 60):start])[-1].lower()


def _party_or_nation(tok, index) -> bool:
    """A party or a nation qualifying the title ('the Tory MSP', 'the Labour MP', 'the Norland minister'), not
    the head of the phrase and not a person."""
    ent = index.entities[index.tok2ent[tok.i]]
    return ent.type in ("NORP", "ORG", "GPE") and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i


def _spoke(verb) -> bool:
    """A cue verb, or a verb whose clause goes on with a cue participle ('X raises a point of order saying ...')."""
    if is_cue_token(verb):
        return True
    for t in verb.subtree:
        if t.i > verb.i and t.tag_ == "VBG" and is_cue_token(t):
            h = t.head
            while h.i != verb.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
                h = h.head
            if h.i == verb.i:
                return True
    return False


def _titled(k: int, ent, index, pw) -> bool:
    """Whether the page gives the person a title: one the entity index recorded, a title word right before a
    mention ('associate spokesperson Jo Roe', which the name finder may have cut off from the title) or in an
    apposition right after one ('Jo Roe, the deputy mayor,')."""
    if index.titles.get(k) or ent.title:
        return True
    text = index.text
    for s0, e0 in ent.mentions:
        before = text[max(0, s0 - 40):s0].split()
        if before and _title_word(before[-1], pw):
            return True
        after = text[e0:e0 + 80]
        if after.startswith(", "):
            words = after[2:].split(",")[0].split()[:6]
            if any(_title_word(w, pw) for w in words):
                return True
    return False


def _title_word(word: str, pw) -> bool:
    """A title word, not an honorific ('Mr', 'Sir' say nothing of an office)."""
    w = norm_word(word.strip(".,;:()"))
    return pw.expand(w) in pw.titles and w not in pw.honorifics
