"""What a cue verb reports: the token range of the clause, object or phrase it introduces ('said that ...',
'urged X to ...', 'accused X of ...', 'according to X, ...'), or None when the verb reports nothing."""
from __future__ import annotations

from .clause_bounds import FRONTING, _child_start, _clause_end, doc_text, verb_form
from .cues import speech_cues
from .reported_constructions import (
    MODALS,
    XCOMP_VERBS,
    _duration,
    _is_addressee,
    _loose_clause,
    _noun_content,
    _quote_after,
    _to_clause,
    _told_that,
    _two_parties,
    unrealised,
)
from .speaker_syntax import AS_CUES, as_phrase, document_finding, made_case
from .speakers import ADDRESSEE_VERBS, exchange_topic, is_cue_token, subject_of

NEEDS_MORE = speech_cues().roles["needs_more_verbs"]
OBJ_PREPS = {"of", "for", "as", "against", "over"}
DASH_MARKS = {"--", "\u2014", "\u2013", "-", "("}
CLOSING_MARKS = {'"', "\u201d", "\u2019", "'"}
NEEDS_DOBJ_EXEMPT = speech_cues().roles["no_object_needed_verbs"]
NOT_SPEECH_HEADS = speech_cues().roles["not_speech_heads"]
CONTENT_DEPS = {"dobj", "oprd", "xcomp", "ccomp", "attr", "acomp", "dative"}
SKIP_LEMMAS = {"show"}
CLAUSE_NEEDED = {"find", "discover", "uncover", "establish"}
PAIR_ONLY = speech_cues().roles["pair_only_xcomp_verbs"]
ANONYMITY = speech_cues().roles["anonymity_verbs"]
CLAIM_OBJECTS = speech_cues().roles["claim_objects"]
REQUEST_VERBS = speech_cues().roles["request_verbs"]
GERUND_VERBS = speech_cues().roles["gerund_verbs"]
ANNOUNCE_VERBS = speech_cues().roles["announce_verbs"]
LABEL_VERBS = speech_cues().roles["label_verbs"]
AS_VERBS = speech_cues().roles["as_verbs"]


def _split_at_closing_mark(doc, cue, first, second) -> bool:
    """Two clauses after the cue with only a closing quotation mark between them ('he was "confident" a deal
    could be reached'): one clause whose quoted word the parser took for its end. A comma, a conjunction or a
    cue verb between or opening the second keeps them apart."""
    if not (cue.i < first.i < second.i and first.right_edge.i < second.left_edge.i) or is_cue_token(second):
        return False
    last, lead = doc[first.right_edge.i], doc[second.left_edge.i]
    return (last.text in CLOSING_MARKS or lead.text in CLOSING_MARKS) and \
        all(t.text in CLOSING_MARKS for t in doc[last.i + 1:lead.i]) and \
        any(t.text in ('"', "\u201c", "\u2018", "'") for t in doc[first.left_edge.i:last.i]) and \
        lead.pos_ not in ("CCONJ", "SCONJ")


def _split_after_clause_word(doc, cue, first, second) -> bool:
    """Two clauses after the cue, the second opening with its subject right where the first ends, with no
    punctuation, conjunction or subordinator between: the second is the complement of the first's last word
    ('sure', 'assures'), which the parser hung on the cue instead."""
    if not (cue.i < first.i < second.i and first.left_edge.i > cue.i) or \
            second.left_edge.i != first.right_edge.i + 1 or second.pos_ not in ("VERB", "AUX") or \
            first.pos_ not in ("VERB", "AUX"):
        return False
    last, lead = doc[first.right_edge.i], doc[second.left_edge.i]
    if last.is_punct or lead.is_punct or lead.pos_ in ("CCONJ", "SCONJ", "ADV") or \
            lead.dep_ in ("mark", "cc", "advmod"):
        return False
    subj = next((g for g in second.children if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None:  # '... until it was sure a no-deal exit had been ruled out'
        return subj.left_edge.i == lead.i
    return lead.i == second.i and last.pos_ in ("NOUN", "PROPN") and last.dep_ in ("dobj", "pobj")
    # '... which assures Kestria's programme is only for ...': the first clause's last noun is the subject


def _interrupted_tail(cue) -> int | None:
    """'<A>, Kerry added, including X and Y': a list the parser hung on a cue set off inside the clause (', X
    added,') belongs to the clause it interrupts; the token end of that list, else None."""
    doc = cue.doc
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.i > cue.i and c.lower_ == "including"), None)
    first = cue.left_edge.i
    while first < cue.i and doc[first].is_punct:
        first += 1
    if prep is None or doc[prep.i - 1].text != "," or first == 0 or doc[first - 1].text != "," or \
            prep.i - first > 6 or any(c.i > cue.i and c.i != prep.i and not c.is_punct for c in cue.children):
        return None
    return prep.right_edge.i + 1


def _as_after(verb, obj):
    """The 'as' phrase after an object that says what the object is taken for ('dismissed X as a prank'); the
    parser hangs it on the verb or on the object."""
    if obj is None:
        return None
    for c in list(verb.children) + list(obj.children):
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and c.right_edge.i > c.i and \
                any(g.dep_ in ("pobj", "pcomp", "amod", "acomp") for g in c.children):
            return c
    return None


def referred_as(verb) -> tuple[int, int] | None:
    """'has referred to certain nations as "..."', 'referring to them as ...': the token range 'X as Y'; not the
    naming passive ('the plan, also referred to as "principles"') nor 'referred the case to prosecutors'."""
    if verb.lemma_.lower() != "refer" or verb.pos_ != "VERB" or verb.dep_ in ("acl", "amod") or \
            any(c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    as_ = _as_after(verb, obj) or (_as_after(to, obj) if obj is not None else None)
    if as_ is None:
        return None
    return obj.left_edge.i, as_.right_edge.i + 1


def _content(cue, index) -> tuple[int, int] | None:
    """Token range [start, end) of what a cue verb reports, with the condition the parser hung on the cue."""
    rng = _content_range(cue, index)
    return _with_conjunct(cue, _with_condition(cue, _past_weekday(cue, rng))) if rng is not None else None


def _past_weekday(cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'said on Friday prices would rise', 'told MPs on Wednesday officials had been warned': the parser read the
    day and the clause's subject as one noun ('Friday prices') after 'on'; the clause starts after the day."""
    start, end = rng
    doc = cue.doc
    if start <= cue.i + 1 or start >= end:
        return rng
    first = doc[start]
    if first.ent_type_ in ("DATE", "TIME") and first.dep_ == "compound" and doc[start - 1].lower_ in ("on", "at") and \
            doc[start - 1].head.i == cue.i:  # 'on Friday prices would rise': the day opens the clause
        j = start
        while j < end - 1 and doc[j].ent_type_ in ("DATE", "TIME") and doc[j].dep_ == "compound":
            j += 1
        return j, end
    noun = doc[start - 1]
    head = doc[start] if doc[start].dep_ in ("aux", "auxpass") else None
    if head is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at") and noun.head.head.i == cue.i \
            and noun.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                          for c in head.head.children):
        days = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") and c.i < noun.i]
        if days and all(t.ent_type_ in ("DATE", "TIME") for t in doc[noun.head.i + 1:max(d.i for d in days) + 1]):
            return max(d.i for d in days) + 1, end  # 'on Wednesday officials had been warned': the subject
    return rng


def _with_conjunct(cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'told Fox News the reading may be "a bit of theater," but it is "not insignificant ..."', 'said the plan
    was for X to remain, and he couldn't have served ...': a clause with its own subject that the parser
    coordinated with the past-tense cue right after the reported clause, in the present or with a modal (the
    narrative goes on in the past or the present perfect: '..., and he has not shied from ...'), continues what
    was said."""
    start, end = rng
    if start <= cue.i:
        return rng
    doc = cue.doc
    infinitive = any(t.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in t.children)
                     for t in doc[start:end])
    heads = [cue] + [a for a in cue.ancestors if a.pos_ in ("VERB", "AUX")][:1]
    for c in [c for h in heads for c in h.children]:
        if c.dep_ != "conj" or c.i < end or c.pos_ not in ("VERB", "AUX") or (c.head.i == cue.i and is_cue_token(c)):
            continue  # 'threaten to filibuster but suggest ...': the speaker's next act
        gap = [t for t in doc[end:c.left_edge.i] if not t.is_punct]
        if len(gap) != 1 or gap[0].dep_ != "cc":
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i), None)
        aux = [g for g in c.children if g.dep_ in ("aux", "auxpass") and g.i < c.i]
        if subj is None and not aux and c.tag_ == "VB" and verb_form(c.head) != "base" and infinitive:
            return start, _clause_end(c)  # 'urging new rules to combat X or regulate Y', 'encouraging hunters to
            # contact X and "tell them ..."': a bare verb cannot go with the finite verb; the infinitive goes on
        if c.head.i != cue.i or cue.tag_ != "VBD" or doc[end].text != ",":
            continue
        present = (c.tag_ in ("VBZ", "VBP") and not aux) or any(g.tag_ == "MD" for g in aux)
        if subj is not None and present and subj.lower_ not in ("i", "we"):
            return start, _clause_end(c)
        if subj is None and not any(g.dep_ == "auxpass" for g in aux) and (any(g.tag_ == "MD" for g in aux) or any(
                g.lemma_ == "do" and g.tag_ in ("VBZ", "VBP") for g in aux)):
            return start, _clause_end(c)  # 'told X the comment might fire up the base, but doesn't ...'
    return rng


def _last_infinitive(cue, xcomp):
    """'urged X to "comment on/push this story" about ...': the parser made each verb of the infinitive a
    complement of the cue; the clause runs to the end of the last."""
    last = xcomp
    for c in cue.children:
        if c.dep_ == "xcomp" and c.i > last.right_edge.i and c.tag_ == "VB" and \
                all(t.is_punct or t.dep_ == "cc" for t in cue.doc[last.right_edge.i + 1:c.left_edge.i]):
            last = c
    return last


CONDITION_MARKS = {"if", "unless"}


def _with_condition(cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'told him that he'd back Moore even if the candidate had ...', 'promising to clean up corruption if voters
    give them control': a condition right after the reported clause that the parser hung on the cue verb is part
    of what was said (a finite clause with its own subject; not 'if asked', the speaker's occasion)."""
    start, end = rng
    if start <= cue.i:
        return rng
    doc = cue.doc
    for c in cue.children:
        if c.dep_ != "advcl" or c.i < end or not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            continue
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ in CONDITION_MARKS), None)
        if mark is None or any(not (t.is_punct or t.lower_ in ("even", "only")) for t in doc[end:c.left_edge.i]) or \
                any(t.text in ('"', "\u201c", "\u201d") for t in doc[end:mark.i]):
            continue
        return start, max(end, _clause_end(c))
    return rng


def _content_range(cue, index) -> tuple[int, int] | None:
    """Token range [start, end) of what a cue verb reports."""
    cues = speech_cues()
    doc = cue.doc
    lemma = cue.lemma_.lower()
    if not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children) and any(
            c.lower_ == "anonymity" or (c.dep_ == "prep" and any(g.lower_ == "anonymity" for g in c.children))
            for c in cue.children):
        return None  # 'who requested anonymity', 'insisted on anonymity': terms of an interview, not a statement
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ in ("up", "in", "back", "off") for c in cue.children):
        return None  # 'called up the father', 'called in the police': a summons, not a label or an appeal
    if lemma in ("push", "press") and _pushed_back_at_noun(cue):
        return None  # 'pushed back against the criticism': resistance to a thing, no content of its own
    if lemma in SKIP_LEMMAS:
        subj = subject_of(cue)  # 'Data from the ministry showed that ...' reports; 'the video shows him ...' does not
        if subj is None or (subj.lemma_.lower() not in cues.document_nouns and subj.lower_ not in cues.document_nouns) or \
                not document_finding(cue):
            return None
    if cue.pos_ == "NOUN":  # a verb the tagger read as a noun ('often notes ... that he is ...')
        mark = next((t for t in doc[cue.i + 1:cue.i + 9] if t.lower_ == "that" and t.dep_ == "mark"), None)
        return (mark.i + 1, _clause_end(mark.head)) if mark is not None and mark.head.i > mark.i else None
    if lemma == "make":  # 'made (it) clear that ...': the that-clause on 'made' or on 'clear'
        clear = next((c for c in cue.children if c.lower_ == "clear"), None)
        case = made_case(cue) if clear is None else None
        if case is not None:  # 'made the case that ...'
            return case.left_edge.i, _clause_end(case)
        for holder in (cue, clear):
            for c in holder.children if holder is not None else ():
                if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > (cue if clear is None else clear).i and any(
                        (g.dep_ == "mark" and g.lower_ == "that") or (c.dep_ != "advcl" and g.dep_ == "nsubj")
                        for g in c.children):  # 'made clear (that) they were not objecting'
                    return c.left_edge.i, _clause_end(c)
        return None
    if lemma == "refer":
        return referred_as(cue)
    if lemma in AS_CUES:  # 'cited the falling crime rate as proof that the policy was working'
        as_ = as_phrase(cue)
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        return (obj.left_edge.i, _clause_end(as_)) if as_ is not None and obj is not None else None
    if cue.dep_ == "advcl" and cue.head.i > cue.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
            and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in cue.children) and cue.head.pos_ in ("VERB", "AUX"):
        end = _clause_end(cue.head)  # 'As X reports for the Ledger, the deal was signed in secret'
        return (cue.right_edge.i + 1, end) if end > cue.right_edge.i + 2 else None
    if lemma in CLAUSE_NEEDED and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None  # 'guards found weapons and maps': a find, not a finding
    if cue.lower_ in ("according", "per"):
        s0, s1 = index.sentence(cue.i)
        s1 = min(s1, len(cue.doc))
        a, b = cue.left_edge.i, cue.right_edge.i + 1
        if cue.head.i != cue.i and cue.head.dep_ == "prep":
            a = min(a, cue.head.left_edge.i) if cue.head.lower_ != "according" else a
        left = (s0, a)
        right = (b, s1)
        if a - s0 >= 1 and s1 - b >= 3 and doc_text(cue, -1) == "," and doc[b].text == "," and \
                any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[s0:a]) and \
                not any(t.pos_ in ("VERB", "AUX") for t in doc[s0:a]) and any(t.pos_ in ("VERB", "AUX") for t in doc[b:s1]):
            return s0, s1  # 'The mayor, per the Ledger, has refused to resign': the clause around the credit
        side = left if left[1] - left[0] > right[1] - right[0] else right
        lead = next((t for t in doc[b:s1] if not t.is_punct), None)
        if side is right and lead is not None and lead.tag_ in ("VBG", "VBN") and lead.dep_ in ("advcl", "acl") and \
                lead.head.i < a and any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc[s0:a]):
            side = left  # '<main clause>, according to residents, leaving ...': the main clause, not its tail
        if side[1] <= side[0]:
            return None
        words = cue.doc[side[0]:side[1]]
        if words[0].text in ('"', "\u201c") or (any(t.text in ('"', "\u201d") for t in words)
                                                 and any(is_cue_token(t) and t.dep_ == "ROOT" for t in words)):
            return None  # the phrase belongs to the sentence before, or to another speaker's words
        return side
    if lemma in cues.roles["exchange_verbs"]:
        topic = exchange_topic(cue)
        if topic is None or unrealised(cue):  # 'says to exchange views on ...': an exchange to come
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
    if len(clauses) == 2 and _split_after_clause_word(doc, cue, clauses[0], clauses[1]):
        # 'confirmed they would not back X until it was sure Y had been ruled out', 'agreed that talks must go on
        # to reach a deal which assures X is ...': the parser hung the inner clause on the cue
        return clauses[0].left_edge.i, _clause_end(clauses[1])
    if len(clauses) == 2 and _split_at_closing_mark(doc, cue, clauses[0], clauses[1]):
        # 'said he was "confident" a deal could be reached': the closing mark split one clause in two
        return clauses[0].left_edge.i, _clause_end(clauses[1])
    if len(clauses) > 1:  # '... carried by news agency KCNA that the test ...': the parser made the name a clause
        # '<main clause> after X said in an interview that ...': the parser hung the main clause on the cue too;
        # the clause after the cue opened by 'that' is what was said
        subj = next((k for k in kids if k.dep_ == "nsubj" and k.i < cue.i), None)
        aside = subj is not None and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text in DASH_MARKS
        # '<A> -- the White House says <B> -- and ...': the aside reports B
        clauses.sort(key=lambda c: (c.pos_ not in ("VERB", "AUX"), not (c.i > cue.i and (aside or any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)))))
        kids = [c for c in kids if c.dep_ != "ccomp" or c is clauses[0]]
    for c in kids:
        if c.dep_ == "ccomp" and cue.dep_ == "conj" and cue.head.i < c.i < cue.i and \
                cue.head.pos_ in ("VERB", "AUX") and any(k.dep_ == "nsubj" and c.i < k.i < cue.i for k in kids) and \
                any(g.dep_ == "cc" and cue.head.i < g.i < c.left_edge.i for g in cue.head.children):
            return cue.head.left_edge.i, c.right_edge.i + 1  # '<A>, but <B>, the governor said': A and B
        if c.dep_ == "ccomp":
            more = next((k for k in kids if k.dep_ == "conj" and k.i > c.i and not any(
                g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in k.children) and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in k.children)), None)
            if more is not None and c.left_edge.i > cue.i:  # 'told staff that A, but that B': both clauses
                return c.left_edge.i, _clause_end(more)
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
            finite = obj is not None and (c.tag_ in ("VBD", "VBZ", "VBP") or (  # 'had said X -- <aside> -- was
                verb_form(c) in ("past", "present", "modal", "perfect") and not (  # leaving': through its aux
                    lemma in ADDRESSEE_VERBS and (obj.pos_ in ("PROPN", "PRON") or _is_addressee(obj)))))
            if obj is not None and finite and \
                    not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in c.children):
                return obj.left_edge.i, _clause_end(c)  # 'added the exact circumstances ... remained unclear'
            if c.i > cue.i and c.left_edge.i < cue.i and not any(
                    t.lower_ in ("that", "which", "who", "what") for t in doc[c.left_edge.i:cue.i]):
                return cue.i + 1, _clause_end(c)  # a misparse hung words before the cue on the clause after it
            return c.left_edge.i, _clause_end(c)
    fronted = _fronted_advcl(cue, kids)
    if fronted is not None:
        return fronted
    for c in kids:
        if c.dep_ == "advcl" and c.i > cue.i and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            obj = next((k for k in kids if k.dep_ == "dobj" and cue.i < k.i < c.i), None)
            return (obj.left_edge.i if obj is not None else c.left_edge.i), _clause_end(c)
    tail = _interrupted_tail(cue)
    if cue.dep_ == "parataxis" and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX") and tail is not None:
        return cue.head.left_edge.i, tail  # '<A>, Kerry added, including X and Y': the clause runs on past the cue
    if cue.dep_ == "parataxis" and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX") and \
            cue.right_edge.i - cue.left_edge.i <= 6:
        h = cue.head
        if cue.i > h.i and cue.left_edge.i > h.left_edge.i:
            end = cue.left_edge.i if cue.right_edge.i >= h.right_edge.i or all(
                c.is_punct or (c.dep_ == "advcl" and c.tag_ == "VBG") or c.dep_ == "cc" or is_cue_token(c)
                for c in h.children if c.i > cue.i) else h.right_edge.i + 1  # '<A>, X said, adding that B': A
            if end > cue.left_edge.i and any(t.lower_ in ("according", "per") for t in doc[cue.right_edge.i + 1:
                                                                                             cue.right_edge.i + 3]):
                end = cue.left_edge.i  # '<clause>, the envoy said, according to a diplomat': the envoy's clause
            return h.left_edge.i, end
        return h.left_edge.i, h.right_edge.i + 1
    is_obj = lemma in cues.object_verbs
    dobj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.ent_type_ not in ("DATE", "TIME")), None)
    xcomp = next((c for c in kids if c.dep_ in ("xcomp", "oprd") and c.ent_type_ not in ("DATE", "TIME")), None)
    oprds = [c for c in kids if c.dep_ == "oprd" and c.i > cue.i]
    if dobj is None and lemma in LABEL_VERBS and len(oprds) >= 2:
        dobj, xcomp = oprds[0], oprds[1]  # 'called Trump an "idiot"' parsed as two predicates: the first is the object
    preps = [c for c in kids if c.dep_ == "prep" and c.i > cue.i and not _duration(c) and
             (c.lower_ in OBJ_PREPS or (c.lower_ == "on" and lemma == "call") or (c.lower_ == "to" and lemma == "tweet"))]
    prt = [c for c in kids if c.dep_ == "prt" and c.lower_ in ("for", "on")]
    if lemma in LABEL_VERBS and cue.tag_ in ("VBN", "VBD") and cue.dep_ in ("acl", "amod", "advcl") and \
            not any(c.dep_ == "nsubj" or c.lower_ in ("on", "for") for c in kids) and \
            (doc_text(cue, -1) != "," or lemma != "call" or _named_thing(cue, kids, index)):
        return None  # 'the prison dubbed the "Hanoi Hilton"', 'a task force, called the Shield Program,': a name;
        # not '..., Elin Sandvik, called on ...'
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
        return start, _clause_end(_last_infinitive(cue, xcomp))
    if prt and dobj is not None:
        return dobj.left_edge.i, dobj.right_edge.i + 1
    if lemma in cues.clause_only_verbs:
        if dobj is not None and (dobj.tag_ == "VBG" or _noun_content(dobj, infinitive=False) is not None):
            return dobj.left_edge.i, _clause_end(dobj)
        as_ = _as_after(cue, dobj)
        if dobj is not None and as_ is not None and (lemma != "reject" or dobj.lemma_.lower() in cues.cue_nouns or
                                                     dobj.lemma_.lower() in ("criticism", "critique")):
            return dobj.left_edge.i, as_.right_edge.i + 1  # 'dismissed the story as a trick', 'defended its decision
        return None  # as "part of ..."', 'rejected the criticism as interference'; not 'rejected X as a mediator'
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
    if lemma == "protest" and dobj is not None and dobj.pos_ == "NOUN" and dobj.i > cue.i and \
            any(c.dep_ in ("det", "poss") for c in dobj.children):
        return dobj.left_edge.i, _clause_end(dobj)  # 'protested the closure of the plant'
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
        ask = [c for c in kids + list(dobj.children) if c.dep_ == "prep" and c.lower_ == "for"
               and c.i > dobj.i]
        if ask and not xcomp:  # 'asked the president for an inquiry': the request, not whom it went to
            p = ask[0]
            return p.i + 1, p.right_edge.i + 1
    parts = [c for c in kids if c.i > cue.i and (c.dep_ in CONTENT_DEPS or c in preps or _to_clause(c, lemma) or (
        c.dep_ == "advcl" and parts_reason(c, kids))) and c.ent_type_ not in ("DATE", "TIME")]
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
    end = max(c.right_edge.i for c in parts) + 1
    last = max(parts, key=lambda c: c.right_edge.i)
    cut = _clause_end(last)
    if cut > max([last.i] + [c.right_edge.i for c in parts if c is not last]) and not any(
            t.dep_ == "cc" or (t.dep_ == "prep" and t.lower_ in OBJ_PREPS) for t in doc[cut:end]):
        end = cut  # 'accused X of being a Democrat -- a charge akin to treason': the aside is the writer's
    for c in kids:  # 'accused X of holding workers hostage for ...': the parser hung the rest of the charge on the verb
        if c.dep_ == "advcl" and c.left_edge.i == end and c.pos_ in ("NOUN", "ADJ") and \
                any(p.dep_ == "prep" and p.lower_ in ("of", "for") for p in parts):
            end = c.right_edge.i + 1
    return start, _quoted_run_on(cue, index, end)


OPENING_MARKS = {"'", "\u2018", '"', "\u201c"}


def _quoted_run_on(cue, index, end: int) -> int:
    """'accuses X of keeping media 'in the dark' about migration bill' (a BBC headline): a quoted phrase right
    after the object's content, which the parser hung on the cue, and what hangs on it go on with the content."""
    doc = cue.doc
    if end >= len(doc) - 1 or doc[end].text not in OPENING_MARKS:
        return end
    q = index.in_quote(doc[end + 1].idx)
    if q is None or not q.closed or q.start > doc[end + 1].idx or "\n" in index.text[doc[end].idx:q.close]:
        return end
    inside = [t for t in doc[end + 1:] if t.idx < q.end]
    if not inside or not all(t.head.i == cue.i or end < t.head.i < end + 1 + len(inside) for t in inside):
        return end
    last = max(t.right_edge.i for t in inside)
    stop = index.sentence(cue.i)[1]
    return min(max(last + 1, inside[-1].i + 2), stop)  # through the closing mark and what hangs on the phrase


def _pushed_back_at_noun(cue) -> bool:
    """'pushed back against these criticisms', 'would push back against the new laws': 'push back' whose only
    complement is a noun phrase with no clause inside it ('pushed back against claims that ...' keeps its clause)."""
    kids = list(cue.children)
    if not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") and c.i == cue.i + 1 for c in kids) or \
            any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in kids):
        return False
    preps = [c for c in kids if c.dep_ == "prep" and c.i > cue.i]
    return bool(preps) and not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl", "ccomp", "advcl")
                                   for p in preps for t in p.subtree)


def _fronted_advcl(cue, kids) -> tuple[int, int] | None:
    """'If A was too cold, B bordered on too hot, analysts said afterward': a clause before '<subject> said' that
    the parser made an adverbial clause of 'said' (it has a subject and no subordinator of its own)."""
    if cue.lemma_.lower() not in FRONTING or cue.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(c.dep_ in ("ccomp", "dobj") for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i < 1 or cue.doc[subj.left_edge.i - 1].text != ",":
        return None
    clause = next((c for c in kids if c.dep_ == "advcl" and c.i < subj.i and c.right_edge.i == subj.left_edge.i - 2), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or not any(g.dep_ == "nsubj" for g in clause.children) or \
            any(g.dep_ in ("mark", "advmod") and g.i < clause.i and g.tag_ in ("IN", "WRB") for g in clause.children):
        return None
    return clause.left_edge.i, subj.left_edge.i - 1


def _named_thing(cue, kids, index) -> bool:
    """'a task force, called the School Shield Program, ...': the participle gives a name (capitalised words, no
    quotation after), not a label somebody put on it."""
    obj = next((c for c in kids if c.dep_ in ("dobj", "oprd")), None)
    return obj is not None and obj.pos_ == "PROPN" and _quote_after(obj, index) is None and \
        all(t.text[:1].isupper() or t.lower_ in ("the", "of", "and", "for") for t in obj.subtree)


def parts_reason(clause, kids) -> bool:
    """'accused X of fraud because he had moved funds': the reason given with a charge is part of what was said."""
    return any(g.dep_ == "mark" and g.lower_ == "because" for g in clause.children) and any(
        k.dep_ == "prep" and k.lower_ in ("of", "for") and k.i < clause.i for k in kids)
