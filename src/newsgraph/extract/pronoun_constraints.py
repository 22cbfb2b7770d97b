"""People a third-person pronoun cannot stand for, read off its own clause: a name the pronoun's verb governs is
somebody else ('He said he and Kasp agreed', 'she welcomed Prime Minister Kasp's offer', 'he told Kasp'); and a
person merely mentioned before it, not its subject, against a subject whose sex the page has told."""
from __future__ import annotations

from .sentence_view import doc_view

OWN_CLAUSE_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep", "agent", "oprd", "acomp"})
CLAUSE_BREAKS = frozenset({"--", "\u2013", "\u2014", "\u2015", ";", "(", "["})


def named_in_own_clause(pron, index) -> frozenset[int]:
    """The people a subject pronoun's own clause names outside quotation marks, whom the pronoun cannot stand for
    (a name the pronoun's verb governs is somebody else): 'He said he and Kasp agreed' (not Kasp), 'she welcomed
    Prime Minister Kasp's offer', 'he told Kasp', 'He and Kasp met'. Only the verb's objects and reported clause
    after the pronoun count, up to a dash, semicolon or bracket: an adjunct ('..., though Kasp declined to say',
    '-- even though it came from Kasp himself') or a clause fronted before it ('Kasp is close to a deal, he told
    reporters') may name the pronoun's own person."""
    verb = pron.head
    if verb.i == pron.i:
        return frozenset()
    roots = [c for c in verb.children if c.i > pron.i and c.dep_ in OWN_CLAUSE_DEPS]
    roots += [c for c in pron.children if c.dep_ == "conj"]
    doc = pron.doc
    end = min(index.sentence(pron.i)[1], len(doc))
    texts = doc_view(doc).text  # (no Token per word)
    stop = next((i for i in range(pron.i + 1, end) if texts[i] in CLAUSE_BREAKS or
                 texts[i] == "-" and doc[i - 1].whitespace_), end)  # ' - ' as a dash, not 'pro-Tamil'
    out = set()
    for r in roots:
        for t in r.subtree:
            k = index.tok2ent.get(t.i) if t.i < stop else None
            if k is not None and index.entities[k].type == "PERSON" and index.in_quote(t.idx) is None:
                out.add(k)
    return frozenset(out)


def told_sex_subject(doc, events, hit, sent: int, lookback: int, index, want: str, others: frozenset[int]):
    """A subject of the pronoun's sex (``want``, as the page told it: a title, honorific, first name or earlier
    pronoun) among the ``lookback`` sentences before, the latest, when the pick ``hit`` is a person merely mentioned
    (no subject, nor 'according to X', who speaks) whose sex the page never told: "Nuland said ... with Moscow
    backing President Y ... '...,' she said" is Nuland. None otherwise (the pick stands)."""
    if hit is None or hit.subject or hit.ent is None or index.gender.get(hit.ent) is not None:
        return None
    span = doc.char_span(hit.pos, hit.pos + 1, alignment_mode="expand")
    if span is None or any(t.lower_ == "according" for t in span[0].ancestors if t.i < span[0].i):
        return None
    for ev in reversed(events):
        if ev.sent < sent - lookback:
            break
        if ev.subject and ev.ent is not None and ev.ent != hit.ent and ev.ent not in others and \
                index.entities[ev.ent].type == "PERSON" and index.gender.get(ev.ent) == want:
            return ev
    return None


def own_clause_subject(pron, index) -> frozenset[int]:
    """The person an object pronoun's own verb has as subject, whom the pronoun cannot stand for ('Obenauer told
    her', 'X thanked him'): a name, or a subject pronoun already linked."""
    if pron.dep_ not in ("dobj", "dative") or pron.head.i == pron.i:
        return frozenset()
    out = set()
    for c in pron.head.children:
        if c.dep_ == "nsubj":
            k = index.tok2ent.get(c.i)
            if k is None and c.i in index.pronouns:
                k = index.pronouns[c.i][1]
            if k is not None:
                out.add(k)
    return frozenset(out)


QUESTION_MARKS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who", "which"})
ANSWER_VERBS = frozenset({"reply", "answer", "respond", "retort"})


def asker_before(pron, index, want: str) -> frozenset[int]:
    """'X asked Y whether ...', then '"...," she said' or 'she replied': a pronoun giving a quoted answer or
    replying in the sentence right after a question one named person put to another is the one asked, not the
    asker, whom it cannot stand for (only when the one asked may be of the pronoun's sex, ``want``)."""
    s0, s1 = index.sentence(pron.i)
    doc = pron.doc
    if s0 == 0 or pron.head.lemma_ not in ANSWER_VERBS and not any(index.in_quote(t.idx) is not None
                                                                   for t in doc[s0:s1]):
        return frozenset()  # 'She also said ...' may go on with the asker; a quoted answer or 'she replied' not
    p0, p1 = index.sentence(s0 - 1)
    for t in doc[p0:p1]:
        if t.lemma_ != "ask" or t.dep_ != "ROOT":
            continue
        asked = [index.tok2ent.get(c.i) for c in t.children if c.dep_ in ("dobj", "dative")]
        asker = [index.tok2ent.get(c.i) for c in t.children if c.dep_ == "nsubj"]
        question = any(c.dep_ in ("ccomp", "advcl") and any(g.lower_ in QUESTION_MARKS for g in c.subtree if g.i < c.i)
                       for c in t.children)
        if len(asked) == 1 and len(asker) == 1 and None not in asked + asker and asked != asker and question and \
                all(index.entities[k].type == "PERSON" for k in asked + asker) and \
                index.gender.get(asked[0]) == want:
            return frozenset(asker)
    return frozenset()


OBJECT_OWN_PREPS = frozenset({"on", "for"})


def object_possessive(pron, index, titles) -> tuple[bool, int | None]:
    """'The President congratulated the Prime Minister on his victory', 'X thanked Kasp for her work': a
    possessive pronoun in an 'on' / 'for' phrase of a verb whose direct object, before it, is a person (a name or a
    title in ``titles``) stands for that object, not for the verb's subject. (True, the object's entity or None
    when a bare title names no one) for that shape, else (False, None): the usual pick."""
    if pron.dep_ != "poss":
        return False, None
    t = pron.head
    for _ in range(3):
        if t.dep_ in ("poss", "compound", "amod", "conj") and t.head.i != t.i:
            t = t.head  # "his party's victory": the noun the phrase hangs on
    prep = t.head
    if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OBJECT_OWN_PREPS:
        return False, None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i > prep.i:
        return False, None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:
        return False, None
    k = index.tok2ent.get(obj.i)
    if k is not None:
        return (True, k) if index.entities[k].type == "PERSON" else (False, None)
    if obj.pos_ in ("NOUN", "PROPN") and obj.lower_ in titles:
        return True, None
    return False, None
