"""What a cue verb reports: the token range of the clause, object or phrase it introduces ('said that ...',
'urged X to ...', 'accused X of ...', 'according to X, ...'), or None when the verb reports nothing. How far the
range reaches past the cue's subtree is in ``reported_extents.py``, the parse shapes the rules test in
``reported_shapes.py``."""
from __future__ import annotations

from .clause_bounds import _child_start, _clause_end, doc_text, verb_form
from .credited_headings import inverted_claim
from .cues import speech_cues
from .fronted_adjuncts import fronted_adjunct
from .headline_labels import title_end
from .readout_content import called_to_say, readout_cues, thanked_for
from .readout_pronouns import readout_page
from .reported_asides import across_aside, second_complement
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
    unrealised,
)
from .reported_extents import (
    _interrupted_tail,
    _last_infinitive,
    _past_weekday,
    _quoted_continuation,
    _quoted_run_on,
    _with_condition,
    _with_conjunct,
    quoted_as_split,
)
from .reported_shapes import (  # referred_as and _fronted_advcl are imported from here too (quotes.py, tests)
    _as_after,
    _conjoined_front,
    _fronted_advcl,
    _named_thing,
    _pushed_back_at_noun,
    _reason_split,
    _split_after_clause_word,
    _split_at_closing_mark,
    agreed_in_relative,
    as_predicate,
    hosted_guest,
    judged_act,
    judged_act_end,
    parts_reason,
    referred_as,
)
from .speaker_syntax import AS_CUES, MADE_PLAIN, as_phrase, clear_opening_clause, document_finding, made_case
from .speakers import ADDRESSEE_VERBS, exchange_topic, is_cue_token, subject_of
from .split_statements import speakers_own_act
from .text_lines import line_bounds
from .warned_of import WARNING_PREPS, WARNING_VERBS, warned_of

NEEDS_MORE = speech_cues().roles["needs_more_verbs"]
EVALUATIVE = speech_cues().roles["evaluative_verbs"]
SETTING_PREPS = {"at", "during", "after", "before", "since", "until", "amid", "despite", "in", "on", "from"}
OBJ_PREPS = {"of", "for", "as", "against", "over"}
DASH_MARKS = {"--", "\u2014", "\u2013", "-", "("}
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
ADMISSION_VERBS = speech_cues().roles["admission_verbs"]
FINDINGS = speech_cues().roles["finding_nouns"]


def _mutual(cue) -> bool:
    """The subject of ``cue`` is two parties together: 'X and Y', 'Both sides', 'The two defence chiefs', 'Both',
    a headline's 'X, Y agree to ...' (a name, a comma, then the subject)."""
    subj = subject_of(cue)
    if subj is None:
        return False
    doc = subj.doc
    before = doc[subj.left_edge.i - 2] if subj.left_edge.i >= 2 else None
    if before is not None and doc[before.i + 1].text == "," and before.pos_ == "PROPN" and before.dep_ != "pobj":
        return True
    return subj.lower_ == "both" or any(
        c.dep_ == "conj" or c.dep_ in ("det", "predet", "nummod", "preconj") and c.lower_ in ("both", "two")
        for c in subj.children)


def _narrated_agreement(cue, index) -> bool:
    """'At the summit the pair of premiers agreed to ...' in news copy: the reporter's account of what two parties
    did, no statement (the read sets' gold leaves 4 of 4 out on agency, BBC and BASIL pages); on a readout page, or
    reported by someone ('Both sides agreed to ..., the ministry said'), the agreement stays stated."""
    head = cue.head
    if cue.dep_ in ("ccomp", "parataxis") and head.i != cue.i and is_cue_token(head) or cue.idx < title_end(index.text):
        return False  # (a headline's 'X, Y agree to ...' stays, as headline statements do)
    return not readout_page(cue.doc, index)


def preps_to(cue) -> list:
    """The 'to' phrases after a cue verb."""
    return [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > cue.i]


def _comma_pair(cue) -> bool:
    """Headline English joins two parties with a comma ('US, China agree to ...', 'X, Y leaders agree to ...'): a
    line with no closing full stop opens with a capitalised word, a comma and another capitalised word before the
    cue verb."""
    doc = cue.doc
    start = cue.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = cue.i
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    line = doc[start:end].text.rstrip()
    if line.endswith((".", ".\"", ".\u201d", "?", "!")):
        return False  # a sentence ('BRUSSELS, April 14 - The EU agreed to ...'), not a headline
    words = [t for t in doc[start:cue.i] if not t.is_space]
    return len(words) >= 3 and words[1].text == "," and words[0].text[:1].isupper() and words[2].text[:1].isupper()


def _content(cue, index) -> tuple[int, int] | None:
    """Token range [start, end) of what a cue verb reports, with the condition the parser hung on the cue."""
    rng = quoted_as_split(cue) or inverted_claim(cue, index) or _content_range(cue, index)
    if rng is None:
        return None
    rng = _quoted_continuation(cue, _with_conjunct(cue, _with_condition(cue, _past_weekday(cue, rng))))
    return across_aside(cue, second_complement(cue, rng), index.sentence(cue.i)[1])


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
    if lemma == "call" and called_to_say(cue):
        return None  # 'called X to congratulate him on Y': a phone call; what was said is the infinitive's
    if lemma in ("push", "press") and _pushed_back_at_noun(cue):
        return None  # 'pushed back against the criticism': resistance to a thing, no content of its own
    if lemma in SKIP_LEMMAS:
        subj = subject_of(cue)  # 'Data from the ministry showed that ...' reports; 'the video shows him ...' does not
        if subj is None or not any(w in cues.document_nouns or w in FINDINGS for w in (subj.lemma_.lower(), subj.lower_)) \
                or not document_finding(cue):
            return None
    if cue.pos_ == "NOUN":  # a verb the tagger read as a noun ('often notes ... that he is ...')
        mark = next((t for t in doc[cue.i + 1:cue.i + 9] if t.lower_ == "that" and t.dep_ == "mark"), None)
        return (mark.i + 1, _clause_end(mark.head)) if mark is not None and mark.head.i > mark.i else None
    if lemma == "make":  # 'made (it) clear that ...': the that-clause on 'made' or on 'clear'
        clear = next((c for c in cue.children if c.lower_ in MADE_PLAIN), None)
        case = made_case(cue) if clear is None else None
        if case is not None:  # 'made the case that ...'
            return case.left_edge.i, _clause_end(case)
        opened = clear_opening_clause(cue) if clear is None else None
        if opened is not None:  # 'made clear the people of X stand with Y': after 'clear'
            end = _clause_end(opened)
            nor = next((c for c in cue.children if c.dep_ == "conj" and c.i > end and
                        any(g.dep_ == "nsubj" for g in c.children) and
                        any(t.lower_ == "nor" and t.dep_ == "cc" for t in doc[end:c.i])), None)
            return opened.left_edge.i + 1, nor.right_edge.i + 1 if nor is not None else end  # ', nor was he ...'
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
        if words[0].text in ('"', "\u201c") or (any(t.text in ('"', "\u201d") for t in words) and any(
                is_cue_token(t) and t.dep_ == "ROOT" and index.in_quote(t.idx) is None for t in words)):
            return None  # the phrase belongs to the sentence before, or to another speaker's words (not 'X
            # "stressed that ...," according to the readout': the readout's wording, its cue quoted too)
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
    para_a, para_b = line_bounds(text, cue.idx)
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
    if any(k.dep_ in ("ccomp", "xcomp") and k.i > cue.i for k in kids):
        kids = [c for c in kids if not (c.dep_ == "ccomp" and fronted_adjunct(cue, c))]  # 'In a statement after
        # talks failed, they said <clause>': the fronted phrase the parser made a clause is no part of what was said
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if len(clauses) == 2 and clauses[0].pos_ not in ("VERB", "AUX") and clauses[1].pos_ in ("VERB", "AUX") and \
            clauses[0].i > cue.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in clauses[0].children):
        # 'wrote that Malia and Sasha, aged 16 and 13, should "try ..."': the parser split one clause in two
        return clauses[0].left_edge.i, _clause_end(clauses[1])
    if len(clauses) == 2 and _split_after_clause_word(doc, cue, clauses[0], clauses[1]):
        # 'confirmed they would not back X until it was sure Y had been ruled out', 'agreed that talks must go on
        # to reach a deal which assures X is ...': the parser hung the inner clause on the cue
        return clauses[0].left_edge.i, _clause_end(clauses[1])
    if len(clauses) == 2 and _reason_split(doc, cue, clauses[0], clauses[1]):
        return clauses[0].left_edge.i, _clause_end(clauses[1])  # '..., because <reason>': one statement
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
            if c.i > cue.i and c.left_edge.i == cue.i + 2 and cue.nbor().text == "," and mark is None and not (
                    verb_form(c) in ("past", "present", "modal", "perfect") and
                    any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i for g in c.children)):
                return None  # '..., she said, her voice rising'; not 'adding, if X came to power, they would ...',
                # 'saying, they are focused on ...': a finite clause with its own subject after the comma is said
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
    fronted = _conjoined_front(cue)
    if fronted is not None:
        return fronted  # '<clause>, a spokesperson for X said Sunday, as ...': the parser coordinated the two
    if cue.dep_ == "parataxis" and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX") and tail is not None:
        return cue.head.left_edge.i, tail  # '<A>, Kerry added, including X and Y': the clause runs on past the cue
    if cue.dep_ == "parataxis" and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX") and \
            cue.right_edge.i - cue.left_edge.i <= 6:
        h = cue.head
        if cue.i > h.i and cue.left_edge.i > h.left_edge.i:
            quoted = any(t.text in ('"', "\u201d") for t in doc[max(0, cue.left_edge.i - 2):cue.i])
            end = cue.left_edge.i if cue.right_edge.i >= h.right_edge.i or all(
                c.is_punct or (c.dep_ == "advcl" and c.tag_ == "VBG" and (quoted or speakers_own_act(c))) or c.dep_ == "cc"
                or is_cue_token(c) or _saying_time(c) for c in h.children if c.i > cue.i) else h.right_edge.i + 1  # '<A>, X said,
            # adding that B': A; '<A>, he said, giving room for rumours': the participle goes on with A (not after a
            # quotation: '"...," X said, invoking Y' is a direct quote and the writer's gloss)
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
             (c.lower_ in OBJ_PREPS or (c.lower_ in ("on", "upon") and lemma == "call") or
              (c.lower_ == "to" and lemma in ("tweet", "appeal")))]  # 'appealed to X to Y', 'calls upon X to Y': X too
    if lemma in WARNING_VERBS:
        preps = [c for c in preps if c.lower_ in WARNING_PREPS]  # 'warned X over its policy': what prompted it
    prt = [c for c in kids if c.dep_ == "prt" and c.lower_ in ("for", "on")]
    if hosted_guest(cue, dobj):
        return None  # 'welcomed her counterpart to Arlen for talks': a host greets a guest
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
        if lemma in PAIR_ONLY and (unrealised(cue) or _comma_pair(cue) or agreed_in_relative(cue) or
                                   not _mutual(cue) or _narrated_agreement(cue, index)):
            return None  # two parties agreeing with each other ('X and Y agreed to ...', 'Both sides agreed to
            # ...') report it; one party's 'agreed to X' in news prose is an act, no statement ('Iran agreed to
            # suspend ...', 'Arab ministers agreed to back ...': the dev-half gold leaves 6 of 7 such out, the 7th on
            # a readout page, which the readout pass keeps); not an agreement to come ('the committee would agree to
            # ...'), nor a headline pair joined by a comma ('Vessaly, Ardmoor leaders agree to ...'), which the
            # parser splits and whose speaker it cannot read, nor one in a relative clause ('negotiators who had
            # agreed to ...'): a description of the people
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
                                                     dobj.lemma_.lower() in ("criticism", "critique") or
                                                     as_predicate(as_)):
            return dobj.left_edge.i, as_.right_edge.i + 1  # 'dismissed the story as a trick', 'defended its decision
        return None  # as "part of ..."', 'rejected the criticism as interference'; not 'rejected X as a mediator'
    if lemma in ADDRESSEE_VERBS and dobj is not None:
        told = _told_that(dobj) or warned_of(cue, dobj)  # 'warned residents of the risk ...' ('of' on the object)
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
    if lemma in ADMISSION_VERBS and dobj is None and not xcomp:
        p = next((c for c in preps_to(cue) if any(g.dep_ == "pcomp" and g.tag_ in ("VBG", "VBN") for g in c.children)),
                 None)
        if p is not None:  # 'admitted to having made mistakes', 'admitted to not being an expert'
            return p.i, _clause_end(next(g for g in p.children if g.dep_ == "pcomp"))
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
    as_clause = _as_after(cue, dobj) if dobj is not None else None
    as_clause = as_clause if as_clause is not None and as_clause.dep_ == "advcl" else None  # '... as marred by fraud'
    parts = [c for c in kids if c.i > cue.i and (c.dep_ in CONTENT_DEPS or c in preps or _to_clause(c, lemma) or (
        c.dep_ == "advcl" and (parts_reason(c, kids) or c == as_clause))) and c.ent_type_ not in ("DATE", "TIME")]
    if not parts:
        return None
    if dobj is None and lemma not in NEEDS_DOBJ_EXEMPT and not any(c.dep_ in ("ccomp", "xcomp") for c in parts):
        return None
    judged = lemma in EVALUATIVE and dobj is not None and dobj.i > cue.i and judged_act(dobj) and not (
        is_cue_token(cue.head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids))  # 'urged X to condemn'
    if judged:
        # 'welcomed his appointment', 'condemned the attack': the act or thing judged is the content, with the
        # phrases the parser hung on the verb after it ('commended X's role in mobilising ...'), not a setting
        parts += [c for c in kids if c.dep_ == "prep" and c.i > dobj.i and c not in parts and
                  (c.lower_ not in SETTING_PREPS or any(g.dep_ == "pcomp" for g in c.children)) and
                  not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)]
    elif lemma in NEEDS_MORE and as_clause is None and \
            not any(c in preps or c.dep_ in ("oprd", "xcomp", "ccomp") for c in parts) and not (
            dobj is not None and any(c.dep_ == "prep" and c.lower_ in ("for", "as", "over") and not (
                c.lower_ == "over" and lemma in WARNING_VERBS) for c in dobj.children)):
        return None  # 'praised the teams for their courage' (the parser hangs 'for' on the object), not 'praised the teams'
    if lemma == "call" and not preps and not prt and dobj is not None and len(parts) == 1:
        more = [c for c in kids if c.i > dobj.i and c.dep_ in ("npadvmod", "oprd", "attr", "ccomp", "xcomp", "dobj")]
        if not more:
            return None
        return dobj.left_edge.i, max(c.right_edge.i for c in more) + 1
    start = min(_child_start(c) for c in parts)
    why = thanked_for(cue, dobj) if dobj is not None and lemma in readout_cues().grounds_verbs else None
    start = (dobj.left_edge.i if cue.i < dobj.left_edge.i < why.i else why.i) if why is not None else start
    # 'thanked X for his help', 'congratulated X on Y': the person with the grounds, as the s26 read-set gold writes
    # them 15 of 16 times, with ', including Z' after them
    end = max(c.right_edge.i for c in parts) + 1
    end = max([end] + [c.right_edge.i + 1 for c in kids if why is not None and c.dep_ == "prep" and c.i > why.i and
                       c.lower_ == "including"])
    last = max(parts, key=lambda c: c.right_edge.i)
    cut = _clause_end(last)
    if cut > max([last.i] + [c.right_edge.i for c in parts if c is not last]) and not any(
            t.dep_ == "cc" or (t.dep_ == "prep" and t.lower_ in OBJ_PREPS) for t in doc[cut:end]):
        end = cut  # 'accused X of being a Democrat -- a charge akin to treason': the aside is the writer's
    for c in kids if why is not None else ():  # 'thanked X for Y's leadership in hosting the talks': the parser hung
        if c.dep_ == "prep" and c.left_edge.i == end and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            end = c.right_edge.i + 1  # the rest of the grounds on the verb; not a setting ('at the summit')
    for c in kids:  # 'accused X of holding workers hostage for ...': the parser hung the rest of the charge on the verb
        if c.dep_ == "advcl" and c.left_edge.i == end and c.pos_ in ("NOUN", "ADJ") and \
                any(p.dep_ == "prep" and p.lower_ in ("of", "for") for p in parts):
            end = c.right_edge.i + 1
    if judged:
        end = judged_act_end(dobj, end)
    return start, _quoted_run_on(cue, index, end)


def _saying_time(clause) -> bool:
    """'<A>, envoys have said, as bargaining went on for a third day': an 'as'/'while' clause after the cue tells
    when it was said, not more of A."""
    return clause.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("as", "while") for g in clause.children)
