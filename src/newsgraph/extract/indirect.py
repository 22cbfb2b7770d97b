"""Indirect (reported) speech: the clause a cue verb or noun reports, with its speaker."""
from __future__ import annotations

import re

from ..model import Quote
from .cues import person_words, speech_cues
from .speakers import (
    ADDRESSEE_VERBS,
    addressee_of,
    channel_of,
    date_of,
    exchange_noun_topic,
    exchange_topic,
    is_cue_token,
    speaker_from,
    speaker_of_cue,
    subject_of,
)

XCOMP_VERBS = speech_cues().roles["xcomp_verbs"]
NEEDS_MORE = speech_cues().roles["needs_more_verbs"]
OBJ_PREPS = {"of", "for", "as", "against", "over"}
NEEDS_DOBJ_EXEMPT = speech_cues().roles["no_object_needed_verbs"]
MODALS = {"should", "must", "could", "might", "may"}
NOT_SPEECH_HEADS = speech_cues().roles["not_speech_heads"]
CONTENT_DEPS = {"dobj", "oprd", "xcomp", "ccomp", "attr", "acomp", "dative"}
SKIP_LEMMAS = {"show"}
CLAUSE_NEEDED = {"find", "discover", "uncover", "establish"}
EXCHANGE_WORDS = speech_cues().roles["exchange_verbs"]
DATELINE = re.compile(  # 'MOSCOW (Reuters) - ', 'KYIV, Ukraine, March 3 (AP) -- ', 'LONDON — '
    r"[A-Z][A-Z][A-Z.'\- ]+(?:,[A-Za-z0-9.,' ]{1,40}?)?(?:\s*\([^()\n]{1,40}\))?\s*(?:--|[-\u2013\u2014])\s+")
PAIR_ONLY = speech_cues().roles["pair_only_xcomp_verbs"]
PAIR_HEADS = speech_cues().roles["pair_heads"]
ANONYMITY = speech_cues().roles["anonymity_verbs"]
FRONTING = speech_cues().roles["fronting_verbs"]
CLAIM_OBJECTS = speech_cues().roles["claim_objects"]
REQUEST_VERBS = speech_cues().roles["request_verbs"]
GERUND_VERBS = speech_cues().roles["gerund_verbs"]
EXPRESS = speech_cues().roles["express_verbs"]
ANNOUNCE_VERBS = speech_cues().roles["announce_verbs"]


def _two_parties(subj) -> bool:
    """'the two sides', 'both leaders', 'X and Y', 'they': the parties to a meeting or call."""
    if subj is None:
        return False
    if subj.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in subj.children):
        return True
    kids = {c.lower_ for c in subj.children}
    return subj.lower_ in PAIR_HEADS and bool(kids & {"two", "both"}) or subj.lower_ in ("both", "two")


def _span_chars(doc, start: int, end: int) -> tuple[int, int] | None:
    """Character bounds of tokens [start, end) without a leading 'that' or surrounding punctuation."""
    while start < end and (doc[start].is_punct and doc[start].text not in ('"', "“", "‘")
                           or (doc[start].lower_ == "that" and (doc[start].dep_ == "mark" or start + 1 < end
                                                               and doc[start + 1].pos_ not in ("VERB", "AUX")))
                           or doc[start].dep_ == "cc" or doc[start].is_space):
        start += 1
    lead = doc[start] if start < end else None
    if lead is not None and lead.dep_ in ("prep", "npadvmod") and lead.right_edge.i + 2 < end and all(
            t.ent_type_ in ("DATE", "TIME") for t in lead.subtree if t.i != lead.i or lead.dep_ == "npadvmod"):
        start = lead.right_edge.i + 1  # 'said on Wednesday it had ...': the date is when it was said
        while start < end and doc[start].lower_ == "that" and doc[start].dep_ == "mark":
            start += 1
    while end > start and ((doc[end - 1].is_punct and doc[end - 1].text not in ('"', "”", "’", "'", ")"))
                           or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _content(cue, index) -> tuple[int, int] | None:
    """Token range [start, end) of what a cue verb reports."""
    cues = speech_cues()
    doc = cue.doc
    lemma = cue.lemma_.lower()
    if lemma in SKIP_LEMMAS:
        return None
    if cue.pos_ == "NOUN":  # a verb the tagger read as a noun ('often notes ... that he is ...')
        mark = next((t for t in doc[cue.i + 1:cue.i + 9] if t.lower_ == "that" and t.dep_ == "mark"), None)
        return (mark.i + 1, _clause_end(mark.head)) if mark is not None and mark.head.i > mark.i else None
    if lemma == "make":  # 'made (it) clear that ...': the that-clause on 'made' or on 'clear'
        clear = next((c for c in cue.children if c.lower_ == "clear"), None)
        for holder in (cue, clear):
            for c in holder.children if holder is not None else ():
                if c.dep_ in ("ccomp", "advcl") and c.i > clear.i and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    return c.left_edge.i, _clause_end(c)
        return None
    if lemma in CLAUSE_NEEDED and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None  # 'guards found weapons and maps': a find, not a finding
    if cue.lower_ == "according":
        s0, s1 = index.sentence(cue.i)
        s1 = min(s1, len(cue.doc))
        a, b = cue.left_edge.i, cue.right_edge.i + 1
        if cue.head is not cue and cue.head.dep_ == "prep":
            a = min(a, cue.head.left_edge.i) if cue.head.lower_ != "according" else a
        left = (s0, a)
        right = (b, s1)
        side = left if left[1] - left[0] > right[1] - right[0] else right
        if side[1] <= side[0]:
            return None
        words = cue.doc[side[0]:side[1]]
        if words[0].text in ('"', "\u201c") or (any(t.text in ('"', "\u201d") for t in words)
                                                 and any(is_cue_token(t) and t.dep_ == "ROOT" for t in words)):
            return None  # the phrase belongs to the sentence before, or to another speaker's words
        return side
    if lemma in cues.roles["exchange_verbs"]:
        topic = exchange_topic(cue)
        if topic is None:
            return None
        end = max(topic.right_edge.i, topic.head.right_edge.i)
        for c in cue.children:  # 'views on A and the situation in B': the parser hangs B on the verb
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > end:
                end = c.right_edge.i
        return topic.left_edge.i, end + 1
    s0, s1 = index.sentence(cue.i)
    text = index.text
    para_a, para_b = text.rfind("\n", 0, cue.idx) + 1, text.find("\n", cue.idx)
    para_b = len(text) if para_b < 0 else para_b
    kids = [c for c in cue.children if s0 <= c.i < s1 and para_a <= c.idx < para_b]  # the parser runs a headline
    # into the paragraph below and reaches into the paragraph before
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
        return None
    if any(c.dep_ == "neg" for c in kids):
        return None  # 'it did not say whether ...', 'did not confirm the report': nothing was said
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in NOT_SPEECH_HEADS:
        return None
    if lemma == "ask" and cue.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in kids):
        return None
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY and any(g.dep_ == "auxpass" for g in c.children)
           for c in kids):
        return None  # 'asked not to be named': the condition of anonymity, not what was said
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) and not any(c.dep_ == "agent" for c in kids):
        return None  # 'it was revealed that ...', 'they were told to ...': no one is named as the source
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if len(clauses) == 2 and clauses[0].pos_ not in ("VERB", "AUX") and clauses[1].pos_ in ("VERB", "AUX") and \
            clauses[0].i > cue.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in clauses[0].children):
        # 'wrote that Malia and Sasha, aged 16 and 13, should "try ..."': the parser split one clause in two
        return clauses[0].left_edge.i, _clause_end(clauses[1])
    if len(clauses) > 1:  # '... carried by news agency KCNA that the test ...': the parser made the name a clause
        clauses.sort(key=lambda c: c.pos_ not in ("VERB", "AUX"))
        kids = [c for c in kids if c.dep_ != "ccomp" or c is clauses[0]]
    for c in kids:
        if c.dep_ == "ccomp":
            mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ in ("that", "whether", "if")), None)
            if mark is not None and mark.i > c.left_edge.i and mark.i > cue.i and doc_text(mark, -1) == ",":
                return mark.i, _clause_end(c)  # 'reported, citing a source in the ministry, that ...'
            if c.i > cue.i and c.left_edge.i == cue.i + 2 and cue.nbor().text == "," and mark is None:
                return None  # '..., she said, her voice rising'
            if c.pos_ in ("PROPN", "NOUN") or (c.text[:1].isupper() and not c.is_sent_start):
                # '... carried by news agency Tarn that ...': the name made a clause
                inner = next((g for g in c.children if g.dep_ == "ccomp" and g.i > c.i), None)
                if inner is not None:
                    return inner.left_edge.i, _clause_end(inner)
            obj = next((k for k in kids if k.dep_ == "dobj" and cue.i < k.i < c.i), None)
            if obj is not None and c.tag_ in ("VBD", "VBZ", "VBP") and \
                    not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
                return obj.left_edge.i, _clause_end(c)  # 'added the exact circumstances ... remained unclear'
            if c.i > cue.i and c.left_edge.i < cue.i and not any(
                    t.lower_ in ("that", "which", "who", "what") for t in doc[c.left_edge.i:cue.i]):
                return cue.i + 1, _clause_end(c)  # a misparse hung words before the cue on the clause after it
            return c.left_edge.i, _clause_end(c)
    for c in kids:
        if c.dep_ == "advcl" and c.i > cue.i and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            obj = next((k for k in kids if k.dep_ == "dobj" and cue.i < k.i < c.i), None)
            return (obj.left_edge.i if obj is not None else c.left_edge.i), _clause_end(c)
    if cue.dep_ == "parataxis" and cue.head is not cue and cue.head.pos_ in ("VERB", "AUX") and \
            cue.right_edge.i - cue.left_edge.i <= 6:
        h = cue.head
        if cue.i > h.i and cue.left_edge.i > h.left_edge.i:
            end = cue.left_edge.i if cue.right_edge.i >= h.right_edge.i else h.right_edge.i + 1
            return h.left_edge.i, end
        return h.left_edge.i, h.right_edge.i + 1
    is_obj = lemma in cues.object_verbs
    dobj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.ent_type_ not in ("DATE", "TIME")), None)
    xcomp = next((c for c in kids if c.dep_ in ("xcomp", "oprd") and c.ent_type_ not in ("DATE", "TIME")), None)
    preps = [c for c in kids if c.dep_ == "prep" and c.i > cue.i and not _duration(c) and
             (c.lower_ in OBJ_PREPS or (c.lower_ == "on" and lemma == "call") or (c.lower_ == "to" and lemma == "tweet"))]
    prt = [c for c in kids if c.dep_ == "prt" and c.lower_ in ("for", "on")]
    if lemma in LABEL_VERBS and cue.tag_ in ("VBN", "VBD") and cue.dep_ in ("acl", "amod", "advcl") and \
            not any(c.dep_ == "nsubj" or c.lower_ in ("on", "for") for c in kids) and \
            (doc_text(cue, -1) != "," or lemma != "call"):
        return None  # 'the prison dubbed the "Hanoi Hilton"': a name; not '..., Elin Sandvik, called on ...'
    if lemma in ADDRESSEE_VERBS and dobj is not None and _is_addressee(dobj) and not (
            preps or prt or any(c.dep_ in ("ccomp", "oprd", "xcomp") and index.in_quote(c.idx) is None
                                for c in kids)) and \
            dobj.right_edge.i + 2 < len(cue.doc) and cue.doc[dobj.right_edge.i + 1].text in (",", ":") and \
            cue.doc[dobj.right_edge.i + 2].text in ('"', "\u201c"):
        return None  # 'urged voters, "Look what ..."': whom the quotation is addressed to, not what was said
    if lemma in LABEL_VERBS and dobj is not None and not (xcomp or preps or prt or any(c.dep_ == "ccomp" for c in kids)):
        q = _quote_after(dobj, index)  # 'calling the statement "a very sad day"', 'called it "a good night"'
        if q is not None:
            return dobj.left_edge.i, q
    if lemma == "call" and not (xcomp or preps or prt or any(c.dep_ == "ccomp" for c in kids)):
        return None
    if xcomp is not None and (lemma in XCOMP_VERBS or is_obj or lemma in cues.clause_only_verbs) and xcomp.i > cue.i:
        if lemma in PAIR_ONLY and not _two_parties(subject_of(cue)):
            return None  # 'Republicans agreed to participate' is consent; 'the two sides agreed to meet' a joint word
        start = xcomp.left_edge.i
        for c in [dobj] + preps:
            if c is not None and c.i < xcomp.i:
                start = min(start, _child_start(c))
        return start, _clause_end(xcomp)
    if prt and dobj is not None:
        return dobj.left_edge.i, dobj.right_edge.i + 1
    if lemma in cues.clause_only_verbs:
        if dobj is not None and (dobj.tag_ == "VBG" or _noun_content(dobj, infinitive=False) is not None):
            return dobj.left_edge.i, _clause_end(dobj)
        as_ = next((c for c in preps if c.lower_ == "as"), None)
        if dobj is not None and as_ is not None and as_.right_edge.i > as_.i and (
                dobj.lemma_.lower() in cues.cue_nouns or dobj.lemma_.lower() in ("criticism", "critique")):
            return dobj.left_edge.i, as_.right_edge.i + 1  # 'rejected the criticism as interference in ...'
        return None
    if lemma in ADDRESSEE_VERBS and dobj is not None:
        told = _told_that(dobj)
        if told is not None:
            return told
    if lemma == "claim" and dobj is not None and dobj.lower_ in CLAIM_OBJECTS:
        return dobj.left_edge.i if dobj.left_edge.dep_ != "det" else dobj.left_edge.i + 1, _clause_end(dobj)
    if dobj is not None and not is_obj and lemma in ANNOUNCE_VERBS and dobj.pos_ == "NOUN" and \
            _noun_content(dobj) is not None:
        return dobj.left_edge.i, _clause_end(dobj)  # 'announced plans to cut taxes', 'confirmed reports that ...'
    if dobj is not None and not is_obj and lemma in cues.clause_verbs and dobj.right_edge.i + 1 < len(cue.doc):
        verb = cue.doc[dobj.right_edge.i + 1]  # 'added the exact cause of the fire remained unclear': a subject
        if verb.tag_ in ("VBD", "VBZ", "VBP", "MD") and verb.i < s1 and verb.dep_ not in ("aux", "auxpass") and \
                not any(a.i == verb.i for a in cue.ancestors) and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            target = verb.head if verb.tag_ == "MD" else verb
            return dobj.left_edge.i, _clause_end(target)
    if dobj is not None and dobj.left_edge.tag_ == "VBG" and dobj.left_edge.i == cue.i + 1 and \
            lemma in GERUND_VERBS and dobj.left_edge.dep_ != "amod":
        return dobj.left_edge.i, dobj.right_edge.i + 1  # 'reported hearing gunfire', 'recalled seeing him'
    if lemma in ("warn", "complain") and dobj is None:
        p = next((c for c in preps if c.lower_ in ("of", "about", "against")), None)
        if p is not None and p.right_edge.i > p.i:  # 'warned of "catastrophic consequences" if the dam failed'
            return p.i + 1, max(p.right_edge.i, max((c.right_edge.i for c in kids if c.i > p.i and
                                                     c.dep_ == "advcl"), default=p.right_edge.i)) + 1
    loose = _loose_clause(cue)
    if loose is not None and (not is_obj or dobj is None or loose[0] > dobj.i):
        return loose
    if not is_obj:
        if lemma == "warn" or lemma == "complain":
            p = next((c for c in preps if c.lower_ in ("of", "about", "against")), None)
            if p is not None:
                return p.right_edge.i if p.right_edge.i == p.i else p.i + 1, p.right_edge.i + 1
        return None
    if lemma in AS_VERBS and not any(c.lower_ == "as" for c in preps) and not any(c.dep_ == "oprd" for c in kids):
        return None  # 'cast X as Y' reports a view; 'cast a cloud over' does not
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    if agent is not None and is_obj and any(c.dep_ == "nsubjpass" for c in kids):
        grounds = [c for c in kids + [g for a in agent.children for g in a.children] if c.dep_ == "prep"
                   and c.lower_ in ("of", "for", "as") and c.i > agent.i]
        if grounds:  # 'is accused by critics of ...': the charge; the agent speaks
            return grounds[0].i + 1, grounds[0].right_edge.i + 1
    if lemma in REQUEST_VERBS and dobj is not None and (dobj.pos_ in ("PROPN", "PRON") or dobj.ent_type_):
        ask = [c for c in kids + list(dobj.children) if c.dep_ == "prep" and c.lower_ in ("for", "about")
               and c.i > dobj.i]
        if ask and not xcomp:  # 'asked the president for an inquiry': the request, not whom it went to
            p = ask[0]
            return p.i + 1, p.right_edge.i + 1
    parts = [c for c in kids if c.i > cue.i and (c.dep_ in CONTENT_DEPS or c in preps or _to_clause(c, lemma))
             and c.ent_type_ not in ("DATE", "TIME")]
    if not parts:
        return None
    if dobj is None and lemma not in NEEDS_DOBJ_EXEMPT and not any(c.dep_ in ("ccomp", "xcomp") for c in parts):
        return None
    if lemma in NEEDS_MORE and not any(c in preps or c.dep_ in ("oprd", "xcomp", "ccomp") for c in parts) and not (
            dobj is not None and any(c.dep_ == "prep" and c.lower_ in ("for", "as", "over") for c in dobj.children)):
        return None  # 'praised the teams for their courage' (the parser hangs 'for' on the object), not 'praised the teams'
    if lemma == "call" and not preps and not prt and dobj is not None and len(parts) == 1:
        more = [c for c in kids if c.i > dobj.i and c.dep_ in ("npadvmod", "oprd", "attr", "ccomp", "xcomp", "dobj")]
        if not more:
            return None
        return dobj.left_edge.i, max(c.right_edge.i for c in more) + 1
    start = min(_child_start(c) for c in parts)
    return start, max(c.right_edge.i for c in parts) + 1


SUBORDINATORS = {"after", "before", "when", "while", "since", "because", "as", "until", "once", "although", "though"}
TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "hour", "minute", "time", "while", "moment"})


def _duration(prep) -> bool:
    """'for years', 'for a while', 'over the weekend': how long, not what for."""
    p = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return p is not None and (p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in TIME_NOUNS)


CLAUSE_OPENERS = {"that", "whether", "if", "how", "what", "why", "who"}


def doc_text(tok, offset: int) -> str:
    """Text of the token ``offset`` places from ``tok`` ('' past either end)."""
    j = tok.i + offset
    return tok.doc[j].text if 0 <= j < len(tok.doc) else ""


def _is_addressee(tok) -> bool:
    """A person or people as a verb's object ('urged voters', 'told Smith', 'asked them')."""
    pw = person_words()
    return tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in pw.plural_person_heads \
        or tok.lemma_.lower() in pw.person_nouns


def _told_that(obj) -> tuple[int, int] | None:
    """'told the students at the college that he understood': the parser read a relative clause where news
    copy means the reported clause."""
    for t in obj.subtree:
        if t.dep_ == "relcl" and t.left_edge.lower_ == "that" and t.left_edge.i < t.i and \
                any(c.dep_ == "nsubj" and c.lower_ != "that" for c in t.children) and t.right_edge.i == obj.right_edge.i:
            return t.left_edge.i + 1, _clause_end(t)
    return None


def _loose_clause(cue) -> tuple[int, int] | None:
    """'told the students he understands ...', 'asked Rubio after the speech whether ...': a reported
    clause the parser hung on the object instead of the cue."""
    doc = cue.doc
    stop = min(cue.right_edge.i + 1, cue.i + 10)
    for i in range(cue.i + 1, stop):
        t = doc[i]
        if t.is_punct and t.text not in ('"', "\u201c") or t.is_space and "\n" in t.text:
            return None
        head = t.head
        if head.i <= t.i or head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("ccomp", "relcl", "acl", "advcl",
                                                                                   "conj"):
            continue
        if head.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in SUBORDINATORS for g in head.children):
            return None  # 'tweeted soon after the committee concluded ...': when, not what
        if (t.dep_ == "mark" and t.lower_ in CLAUSE_OPENERS) or (t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in
                                                                  ("who", "which", "that")):
            if head.dep_ == "relcl" and t.dep_ != "mark" and doc[t.left_edge.i - 1].lower_ in ("who", "which", "that"):
                noun = head.head  # 'claimed at the time that they ...': 'that' opens the claim, not a relative
                if not (doc[t.left_edge.i - 1].lower_ == "that" and noun.dep_ == "pobj" and noun.head.head.i == cue.i
                        and noun.head.i > cue.i):
                    continue
            if t.left_edge.i > i:
                continue
            return t.left_edge.i, _clause_end(head)
    return None


LABEL_VERBS = speech_cues().roles["label_verbs"]
AS_VERBS = speech_cues().roles["as_verbs"]


def _quote_after(obj, index) -> int | None:
    """Token end of a quotation that closes an object ('called it "a very good night"', 'calling X a
    "coward"', 'called the idea of X replacing Y "intriguing"')."""
    doc = obj.doc
    edge = obj.right_edge.i
    for j in range(obj.i + 1, min(len(doc), edge + 3)):
        if doc[j].text not in ('"', "\u201c"):
            continue
        if j > edge + 1 and any(t.lower_ not in ("a", "an", "the") for t in doc[edge + 1:j]):
            return None
        q = index.in_quote(doc[j].idx + 1)
        if q is None or (j <= edge and q.end < doc[edge].idx):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            return min(span.end + 1, len(doc))
    return None


def _to_clause(c, lemma: str) -> bool:
    """'called Friday for Trump to cancel ...': a to-infinitive the parser made an adverbial clause."""
    return c.dep_ == "advcl" and lemma in XCOMP_VERBS and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def _child_start(c) -> int:
    if c.dep_ == "prep" and c.lower_ in ("on", "for", "to") and c.left_edge.i == c.i:
        return c.i + 1
    return c.left_edge.i


TIME_MARKS = {"as", "during", "amid"}
CLAUSE_TIME_MARKS = {"after", "before"}
DASHES = {"--", "\u2014", "\u2013"}


def _clause_end(head) -> int:
    """End of a reported clause, leaving out what trails it: a time clause ('as he made a swing'), a
    participle after a comma ('..., focusing on ...'), a second cue verb ('... and said ...') or a
    non-restrictive 'which' clause. Walks down the right edge of the clause."""
    doc = head.doc
    end = head.right_edge.i + 1
    node = head
    for _ in range(12):
        kids = [c for c in node.rights if not c.is_punct and c.dep_ != "cc" and c.right_edge.i < end]
        if not kids:
            break
        c = kids[-1]
        if c.right_edge.i + 1 < end - 1 or (c.right_edge.i + 1 == end - 1 and not doc[end - 1].is_punct):
            break
        first = c.left_edge
        after_comma = first.i > 0 and doc[first.i - 1].text in (",", ";", "--", "\u2014", "\u2013")
        if (c.dep_ == "advcl" and first.lower_ in TIME_MARKS and first.i > head.i + 1 and first.i + 1 < end
                and doc[first.i + 1].pos_ not in ("ADV", "ADJ")) or \
                (c.dep_ == "prep" and first.lower_ in ("during", "amid") and first.i > head.i + 1) or \
                (c.dep_ == "prep" and first.lower_ in ("despite", "amid", "without") and after_comma) or \
                (c.dep_ in ("appos", "npadvmod", "dep", "dobj") and after_comma and first.pos_ in ("DET", "ADJ") and
                 c.pos_ == "NOUN" and (c.dep_ != "dobj" or any(k.dep_ == "dobj" and k.i < c.i for k in node.children))) or \
                (c.dep_ == "advcl" and first.lower_ in CLAUSE_TIME_MARKS and first.i > head.i + 1 and after_comma) or \
                (c.dep_ == "advcl" and first.tag_ == "VBG" and after_comma) or \
                (c.dep_ == "conj" and is_cue_token(c) and (c.tag_ in ("VBD", "VBZ", "VBP") or
                                                            any(g.dep_ == "aux" for g in c.children))) or \
                (c.dep_ == "relcl" and after_comma and first.lower_ == "which") or \
                (after_comma and first.lower_ == "according") or \
                (after_comma and c.dep_ in ("advcl", "conj") and first.lower_ in ("while", "whereas")) or \
                (first.i > 0 and doc[first.i - 1].text in DASHES and first.lower_ in ("though", "although", "but")):
            end = first.i
            continue
        node = c
    for i in range(head.i + 1, end - 1):
        if doc[i].text == "," and doc[i + 1].lower_ == "which" and i > (head.left_edge.i + end) // 2:
            return i
    return end


def _noun_content(tok, infinitive: bool = True):
    doc = tok.doc
    colon = tok.right_edge.i + 1
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if colon + 2 < len(doc) and doc[colon].text == ":" and tok.lemma_.lower() in speech_cues().cue_nouns and \
            not any(c.dep_ == "aux" and c.lower_ in MODALS | {"to", "will", "would"} for c in gov.children):
        end = colon + 1  # 'offered Sarn an ultimatum: end the blockade or lose the aid'
        while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text) and doc[end].text not in (
                ".", "!", "?"):
            end += 1
        return colon + 1, end
    if tok.lemma_.lower() in EXCHANGE_WORDS:
        topic = exchange_noun_topic(tok)  # 'an exchange of views on A and B'
        return (topic.left_edge.i, max(topic.right_edge.i, topic.head.right_edge.i) + 1) if topic is not None else None
    for c in tok.children:
        if infinitive and c.dep_ in ("acl", "relcl") and c.i > tok.i and c.pos_ == "VERB" and c.tag_ == "VB" and \
                any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c.left_edge.i, _clause_end(c)  # 'expressed readiness to expand trade', 'a call to act'
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl", "appos") and c.i > tok.i and c.pos_ in ("VERB", "AUX"):
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or c.dep_ == "ccomp":
                return c.left_edge.i, _clause_end(c)
    nxt = tok.i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].lower_ == "that" and tok.doc[nxt].dep_ == "mark":
        h = tok.doc[nxt].head
        if h.i > tok.i:
            return h.left_edge.i, h.right_edge.i + 1
    return None


def _noun_speaker_tok(tok, index):
    exchange = tok.lemma_.lower() in EXCHANGE_WORDS  # 'an exchange of views': 'views' is no speaker
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in EXPRESS and not exchange:
        subj = subject_of(tok.head)
        if subj is not None:
            return subj  # "a spokesperson reiterated the UK's position that ...": the spokesperson speaks
    for c in tok.children:
        if exchange:
            break
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and (p.pos_ in ("PROPN", "PRON") or p.i in index.tok2ent or p.tag_ == "NNS"):
                return p
        if c.dep_ == "compound" and c.i in index.tok2ent:
            return c
    if tok.dep_ in ("dobj", "pobj", "nsubj"):
        h = tok.head if tok.dep_ != "pobj" else tok.head.head
        if h.pos_ in ("VERB", "AUX") and tok.dep_ != "nsubj":
            return subject_of(h)
    return None


def _within_paragraph(text: str, at: int, s: int, e: int) -> tuple[int, int]:
    """Reported speech stays in the paragraph of its cue (a headline never runs into the dateline)."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    b = len(text) if b < 0 else b
    s, e = max(s, a), min(e, b)
    while e > s and text[e - 1] in " .,;:":
        e -= 1
    return s, e


def _after_quote(doc, index, cue) -> bool:
    """'"...," she said, her voice rising': the cue attributes the quote just before it."""
    subj = subject_of(cue)
    first = min(cue.i, subj.left_edge.i if subj is not None and subj.i < cue.i else cue.i)
    j = first - 1
    while j >= 0 and doc[j].is_punct and doc[j].text not in ('"', "”", "’", "'"):
        j -= 1
    if j < 0 or doc[j].text not in ('"', "”", "’", "'"):
        return False
    q = index.in_quote(doc[j].idx - 1)
    if q is None or not q.closed:
        return False
    last = index.text[q.close - 2:q.close - 1]
    if last in (",", "—", "-"):
        return True
    nxt = index.text[q.close:q.close + 3].strip()
    return last in ("?", "!") and nxt[:1].islower()


def _all_quoted(index, s: int, e: int) -> bool:
    """The whole clause stands inside one pair of quotation marks: a direct quote only."""
    q = index.in_quote(s) or index.in_quote(min(s + 2, e - 1))
    return q is not None and q.start <= s + 2 and q.end >= e - 2


def _inside_quotes(index, s: int, e: int) -> float:
    inside = 0
    for q in index.quotes:
        if q.end <= s or q.start >= e:
            continue
        inside += min(e, q.end) - max(s, q.start)
    return inside / max(1, e - s)


def indirect_quotes(doc, index, cue_tokens, noun_tokens, published: str | None) -> list[Quote]:
    """Reported speech for every cue verb and cue noun outside direct quotes."""
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    cue_ids = {t.i for t in cue_tokens}
    for cue, is_noun in [(t, False) for t in cue_tokens] + [(t, True) for t in noun_tokens]:
        try:
            q = _one(doc, index, cue, is_noun, cue_ids, published)
        except Exception:  # one odd parse must not cost the article its other quotes
            continue
        if q is not None and (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            out.append(q)
    return out


def _fronted_clause(doc, index, cue) -> tuple[int, int] | None:
    """'<clause>, the defence ministry said on Tuesday': the clause from the start of the sentence in the cue's
    paragraph to the comma before the subject, when the parse lost it (no verb of its own found there)."""
    if cue.lemma_.lower() not in FRONTING or cue.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(c.dep_ in ("dobj", "neg") for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    text = index.text
    comma = doc[subj.left_edge.i - 1].idx
    start = text.rfind("\n", 0, comma) + 1
    for stop in (". ", "? ", "! ", '." ', ".\u201d "):
        k = text.rfind(stop, start, comma)
        if k >= 0:
            start = max(start, k + len(stop))
    m = DATELINE.match(text, start, comma)
    if m is not None:
        start = m.end()
    span = doc.char_span(start, comma, alignment_mode="contract")
    if span is None or len(span) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in span) or \
            span[0].pos_ in ("SCONJ", "ADP", "ADV") or span[0].tag_ in ("VBN", "VBG"):
        return None  # 'Asked if ..., she said', 'Even before ..., he said': no reported clause
    return start, comma


def _opens_quote_after_comma(text: str, cue_at: int, s: int) -> bool:
    """The clause opens with a quotation mark right after a comma or colon following the cue."""
    before = text[cue_at:s].rstrip()
    if text[s] in ('"', "\u201c"):
        return before[-1:] in (",", ":")
    return before[-1:] in ('"', "\u201c") and before[:-1].rstrip()[-1:] in (",", ":")


def _one(doc, index, cue, is_noun: bool, cue_ids: set[int], published: str | None) -> Quote | None:
    """The indirect quote one cue introduces, or None."""
    rng = _noun_content(cue) if is_noun else _content(cue, index)
    bounds = _span_chars(doc, *rng) if rng is not None else None
    s, e = _within_paragraph(index.text, cue.idx, *bounds) if bounds is not None else (0, 0)
    if e > s and (s == 0 or index.text[s - 1] == "\n"):
        m = DATELINE.match(index.text, s, e)
        if m is not None:
            s = m.end()  # 'MOSCOW (Reuters) - Russia will ...': the dateline is no part of what was said
    for q in index.quotes:  # 'the UK's position that settlements "are illegal ..., present an obstacle ..."'
        if s < q.start < e < q.end and "\n" not in index.text[e:q.end]:
            e = q.close if q.closed and q.close - q.end <= 2 else q.end
    crossed = bounds[0] < index.text.rfind("\n", 0, cue.idx) + 1 if bounds is not None else \
        any(c.dep_ == "ccomp" and c.i < index.sentence(cue.i)[0] for c in cue.children)
    if e - s < 3 and not is_noun and crossed:  # the parser ran a headline into the lede, clause and all
        bounds = _fronted_clause(doc, index, cue)
        if bounds is None:
            return None
        s, e = bounds
    if e - s < 3 or _all_quoted(index, s, e):
        return None
    if not is_noun and _opens_quote_after_comma(index.text, cue.idx, s):
        return None  # 'said in a statement, "We are relieved" at ...': a direct quote, not reported speech
    if not is_noun and _after_quote(doc, index, cue) and cue.lemma_.lower() not in ("add",):
        return None
    if is_noun:
        if cue.dep_ in ("dobj", "nsubj") and cue.head.i in cue_ids:
            return None
        speaker = speaker_from(_noun_speaker_tok(cue, index), index)
    else:
        speaker = speaker_of_cue(cue, index)
    if speaker is None:
        return None
    if speaker.start is not None and s <= speaker.start < e and not (s <= cue.idx < e):
        return None
    return Quote(id="", text=index.text[s:e], start=s, end=e, kind="indirect", speaker=speaker,
                 cue=cue.text, addressee=None if is_noun else addressee_of(cue, index),
                 channel=None if is_noun else channel_of(cue),
                 said_on=None if is_noun else date_of(cue, published, index))
