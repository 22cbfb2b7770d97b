"""Special constructions of reported speech: joint statements ('the two sides agreed to'), quotations
addressed to someone, 'told X that' and other clauses the parser hung on the object, labels closed by a
quotation, to-infinitives read as adverbials, durations, and cue nouns ('the claim that ...', 'an
exchange of views on ...') with their content and speaker."""
from __future__ import annotations

from .clause_bounds import _clause_end
from .cues import person_words, speech_cues
from .speakers import exchange_noun_topic, subject_of
from .unowned_reports import answered_reports

XCOMP_VERBS = speech_cues().roles["xcomp_verbs"]
MODALS = {"should", "must", "could", "might", "may"}
EXCHANGE_WORDS = speech_cues().roles["exchange_verbs"]
EXPRESS = speech_cues().roles["express_verbs"]
TRIBUTE_NOUNS = speech_cues().roles["tribute_nouns"]


FUTURE_AUX = MODALS | {"to", "will", "would", "shall", "'ll", "\u2019ll", "can"}


def unrealised(verb) -> bool:
    """'to exchange views', 'will exchange', 'expects to have an exchange of views': a verb with 'to' or a modal,
    an act intended or expected, not one reported as done."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX
                                                for c in verb.children)


SUBORDINATORS = {"after", "before", "when", "while", "since", "because", "as", "until", "once", "although", "though"}
TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "hour", "minute", "time", "while", "moment"})


def _duration(prep) -> bool:
    """'for years', 'for a while', 'over the weekend': how long, not what for; never 'as' ('described the vote as
    "a great day for ..."', 'as a historic moment': a label, not a time)."""
    if prep.lower_ == "as":
        return False
    p = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return p is not None and (p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in TIME_NOUNS)


CLAUSE_OPENERS = {"that", "whether", "if", "how", "what", "why", "who"}
QUESTION_VERBS = {"ask", "question", "wonder", "inquire", "enquire", "query", "probe"}  # 'asked X if ...' asks


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
        if head.dep_ == "conj" and head.head.i == cue.i:
            return None  # 'congratulated X on Y and the leaders looked forward to ...': the writer's next clause
        if head.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in SUBORDINATORS for g in head.children):
            return None  # 'tweeted soon after the committee concluded ...': when, not what
        if head.dep_ == "advcl" and t.lower_ == "if" and cue.lemma_.lower() not in QUESTION_VERBS:
            return None  # 'reiterated the need to act if X fails': a condition, not a question put
        if (t.dep_ == "mark" and t.lower_ in CLAUSE_OPENERS) or (t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in
                                                                  ("who", "which", "that")):
            if head.dep_ == "relcl" and t.dep_ != "mark" and head.head.dep_ == "pobj" and \
                    doc[t.left_edge.i - 1].lower_ not in ("who", "which", "that"):
                continue  # 'asked the group about the emails it had published': a relative clause, no report
            if head.dep_ == "relcl" and t.dep_ != "mark" and doc[t.left_edge.i - 1].lower_ in ("who", "which", "that"):
                noun = head.head  # 'claimed at the time that they ...': 'that' opens the claim, not a relative
                if not (doc[t.left_edge.i - 1].lower_ == "that" and noun.dep_ == "pobj" and noun.head.head.i == cue.i
                        and noun.head.i > cue.i):
                    continue
            if t.left_edge.i > i:
                continue
            return t.left_edge.i, _clause_end(head)
    return None


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


VIEW_NOUNS = speech_cues().roles["view_nouns"]
TELLING_NOUNS = speech_cues().roles["telling_nouns"]


def _possessor(tok):
    """The owner of a noun: its possessive child, or the name before its "'s" when the parser hung that name
    elsewhere ("Pike's warning that ..." with 'Pike' made a subject of the main verb)."""
    own = next((c for c in tok.children if c.dep_ == "poss"), None)
    if own is None and tok.i >= 2 and tok.doc[tok.i - 1].lower_ in ("'s", "\u2019s") and \
            tok.doc[tok.i - 1].head.i == tok.i - 2 and tok.doc[tok.i - 2].pos_ in ("PROPN", "NOUN"):
        own = tok.doc[tok.i - 2]
    return own


def view_clause(tok):
    """"The senator's view is that ...", "his argument was that ...": the that-clause of a copula whose subject
    is a noun of opinion with an owner, else None; "X was of the view that ...": the that-clause on the noun, whose
    owner is the subject of 'be'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "be" and \
            tok.lemma_.lower() in VIEW_NOUNS and _possessor(tok) is None:
        return next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and
                     any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if tok.dep_ != "nsubj" or tok.lemma_.lower() not in VIEW_NOUNS or tok.head.lemma_ != "be" or \
            _possessor(tok) is None and made_by(tok) is None:
        return None
    return next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i and
                 any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


MAKING_VERBS = frozenset({"make", "deliver", "convey", "present", "send", "press", "put", "lay", "set"})


def made_by(tok):
    """"The case that we have made is that ...", "The message the Secretary delivered in Vell was that ...": the
    subject of a relative clause that makes or delivers the view noun (its owner, as a possessor would be), else
    None; not a relative pronoun ('the message that was delivered')."""
    return next((g for c in tok.children if c.dep_ in ("relcl", "acl") and c.i > tok.i and c.lemma_.lower() in MAKING_VERBS
                 for g in c.children if g.dep_ == "nsubj" and g.lower_ not in ("that", "which", "who")), None)


def telling_range(tok) -> tuple[int, int] | None:
    """"In Ruiz's telling, the council never voted", "the council, in her account, never voted": the clause
    around a possessed 'telling/account/view' phrase, the phrase left out."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or tok.lemma_.lower() not in TELLING_NOUNS or \
            _possessor(tok) is None or prep.head.pos_ not in ("VERB", "AUX") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if any(c.dep_ in ("dobj", "pobj") for c in tok.children) or any(c.dep_ == "prep" for c in tok.children):
        return None  # 'in his account of the meeting' names what he told, the clause is not his
    if prep.i < verb.i and verb.left_edge.i == prep.i:
        start = prep.right_edge.i + 1
        while start < len(tok.doc) and tok.doc[start].is_punct:
            start += 1
        return start, _clause_end(verb)
    if prep.i > verb.i:
        return verb.left_edge.i, prep.i
    return None


def paid_tribute(tok):
    """'paid tribute to his predecessor': the object of 'to' after 'pay tribute' (on the noun or the verb), the
    one praised; None for any other noun, and for a gerund another verb's phrase holds ('praised the crowd for
    paying tribute to ...': the crowd pays it, not the subject)."""
    if tok.lemma_.lower() not in TRIBUTE_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "pay" or \
            tok.head.dep_ == "pcomp":
        return None
    to = next((c for c in list(tok.children) + list(tok.head.children) if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               and c.i > tok.i), None)
    return next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None


def _tribute_range(obj) -> tuple[int, int]:
    """The one a tribute is paid to, without a relative clause set off by a comma ('his predecessor, who ...')."""
    end = obj.right_edge.i + 1
    for c in obj.children:
        if c.dep_ in ("relcl", "acl") and c.i > obj.i and obj.doc[c.left_edge.i - 1].text == ",":
            end = min(end, c.left_edge.i - 1)
    return obj.left_edge.i, end


def _noun_content(tok, infinitive: bool = True):
    doc = tok.doc
    honoured = paid_tribute(tok)
    if honoured is not None:
        return _tribute_range(honoured)
    view = view_clause(tok)
    if view is not None:
        return view.left_edge.i, _clause_end(view)
    told = telling_range(tok)
    if told is not None:
        return told
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
        if unrealised(tok.head.head if tok.dep_ == "pobj" else tok.head):
            return None  # 'expects to have an exchange of views on ...': no exchange took place
        topic = exchange_noun_topic(tok)  # 'an exchange of views on A and B'
        return (topic.left_edge.i, max(topic.right_edge.i, topic.head.right_edge.i) + 1) if topic is not None else None
    asked = (_call_for_to(tok) or _clause_on_governor(tok) or _appeal_for_object(tok)) if infinitive else None
    if asked is not None:
        return asked
    for c in tok.children:
        if infinitive and c.dep_ in ("acl", "relcl") and c.i > tok.i and c.pos_ == "VERB" and c.tag_ == "VB" and \
                any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c.left_edge.i, _clause_end(c)  # 'expressed readiness to expand trade', 'a call to act'
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl", "appos") and c.i > tok.i and c.pos_ in ("VERB", "AUX"):
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or c.dep_ == "ccomp":
                return c.left_edge.i, _clause_end(c)
    bare = _bare_content_clause(tok)
    if bare is not None:
        return bare.left_edge.i, _clause_end(bare)
    nxt = tok.i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].lower_ == "that" and tok.doc[nxt].dep_ == "mark":
        h = tok.doc[nxt].head
        if h.i > tok.i:
            return h.left_edge.i, h.right_edge.i + 1
    return None


HANDLING_VERBS = frozenset({"make", "give", "issue", "repeat", "deliver", "send", "level", "raise", "voice", "express",
                            "post", "publish", "write", "file", "lodge", "put", "offer", "hear", "find", "call"})


def _bare_content_clause(tok):
    """'Slinger's claim Reform want the NHS to charge patients': a content clause after an owned speech noun with
    'that' left out, which the parser reads as a relative clause. It has a subject of its own right after the noun and a
    complement of its own ('the claim he made last week' has neither complement nor content); None otherwise."""
    if tok.lemma_.lower() not in speech_cues().cue_nouns or _possessor(tok) is None:
        return None  # the owner named ('Slinger's claim ...'), else a bare 'a report he ...' is left alone
    for c in tok.children:
        if c.dep_ not in ("acl", "relcl") or c.i <= tok.i or c.pos_ not in ("VERB", "AUX") or \
                c.lemma_.lower() in HANDLING_VERBS:
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
        if subj is None or subj.left_edge.i != tok.i + 1 or subj.lower_ in ("that", "which", "who", "whom") or \
                subj.tag_ in ("WDT", "WP"):
            continue
        if any(g.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") and g.i > c.i for g in c.children):
            return c
    return None


APPEAL_NOUNS = {"call", "demand", "plea", "appeal", "request", "ultimatum"}
RENEWING_VERBS = frozenset(speech_cues().roles["renewing_verbs"])


def _call_for_to(tok) -> tuple[int, int] | None:
    """'issued a call for President X to resign', 'its demand for the company to raise wages': the parser hangs
    'to resign' on the verb or the noun; what was asked is the person and the deed."""
    if tok.lemma_.lower() not in APPEAL_NOUNS:
        return None
    doc = tok.doc
    prep = next((c for c in tok.children if c.dep_ in ("prep", "mark") and c.lower_ == "for" and c.i == tok.i + 1),
                None)
    if prep is None or prep.i + 2 >= len(doc):
        return None
    if prep.dep_ == "prep":
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        to = obj.right_edge.i + 1
    else:  # 'her call for the mayor to resign' parsed with 'for' as the mark of 'resign'
        to = next((t.i for t in doc[prep.i + 1:min(len(doc), prep.i + 8)] if t.lower_ == "to" and t.dep_ == "aux"), -1)
    if not 0 < to < len(doc) - 1 or doc[to].lower_ != "to" or doc[to].dep_ != "aux" or doc[to].head.tag_ != "VB" \
            or doc[to].head.i <= to:
        return None
    return prep.i + 1, _clause_end(doc[to].head)


def _clause_on_governor(tok) -> tuple[int, int] | None:
    """'repeated his demand to stay on', 'redoubled calls for Norvia to return', 'reiterated her call that X should
    ...': the parser hangs the content of a speech noun that is a verb's object on the verb; the clause opening right
    after the noun phrase is the noun's ('to ...' or 'for X to ...' after an appeal noun, 'that ...' after any)."""
    if tok.dep_ not in ("dobj", "pobj"):
        return None
    lemma = tok.lemma_.lower()
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if gov.pos_ not in ("VERB", "AUX") or (tok.dep_ == "pobj" and tok.head.i != tok.left_edge.i - 1):
        return None  # 'stuck to her demand': the preposition right before the noun phrase
    if any(c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children):
        return None  # 'held a phone call with X to discuss ...': a conversation, not an appeal
    owned = _possessor(tok) is not None or any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                                               for c in tok.children)
    if not owned and gov.lemma_.lower() not in HANDLING_VERBS | RENEWING_VERBS:
        return None  # 'ignored an ultimatum to leave': whose appeal the verb's subject does not say
    between = [c for c in tok.rights if c.dep_ not in ("advcl", "xcomp", "ccomp")]
    if any(c.dep_ not in ("punct", "appos") and not (c.dep_ == "prep" and c.lower_ in ("of", "from", "by"))
           for c in between):
        return None  # only its owner may stand between noun and clause ('calls from X to ...'), not 'his appeal
        # beyond his base to reach ...' (a purpose) nor 'remarks so often that ...' (a result)
    start = max([tok.i] + [c.right_edge.i for c in between]) + 1
    for c in (*gov.children, *tok.children):  # 'calls for Norvia to return' may hang 'return' on the noun as advcl
        if c.dep_ not in ("advcl", "xcomp", "ccomp") or c.left_edge.i != start or c.i <= tok.i:
            continue
        first = tok.doc[start].lower_
        marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "aux")}
        if first == "that" and "that" in marks and lemma in speech_cues().cue_nouns:
            return start + 1, _clause_end(c)
        if lemma in APPEAL_NOUNS and c.tag_ == "VB" and "to" in marks and first in ("to", "for"):
            return (start + 1 if first == "for" else start), _clause_end(c)
    return None


NP_APPEALS = APPEAL_NOUNS - {"request", "ultimatum"}


OWNER_WORDS = frozenset({"opposition", "government"})  # lower-case words that own an appeal ('an opposition call')


def _owner_before(tok):
    """The word before an appeal noun that names whose appeal it is: a name, a nationality or organisation, or
    'opposition'/'government' ('the Estavian call for ...', 'an opposition call for a vote'); else None."""
    return next((c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and (
        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG") or c.lower_ in OWNER_WORDS)), None)


def _appeal_for_object(tok) -> tuple[int, int] | None:
    """'made an eleventh-hour plea for donations', 'the prime minister's call for a military response in X',
    'reiterated his call for political dialogue', 'an opposition call for a vote on ...': what an owned or
    voiced appeal asks for is the noun phrase after 'for'. The appeal must have an owner (a possessor, a name or
    body before it, 'from/by/of X'), or a verb must make or renew it (HANDLING_VERBS, renewing_verbs): not calls
    others met ('rebuffed calls for an end to ...', 'placate demands for reform'); not a request ('his request
    for a meeting': an event asked for, as the dev gold reads it)."""
    if tok.lemma_.lower() not in NP_APPEALS or tok.pos_ != "NOUN" or tok.dep_ == "compound":
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ == "PRON" or obj.lower_ in ("help", "comment", "calm") or \
            obj.ent_type_ in ("PERSON", "NORP") or obj.tag_ == "NNS" and obj.lower_.endswith(("ers", "ists", "ians")):
        return None  # 'demands for upper-income earners': whom it is for, not what is asked
    if any(c.dep_ == "prep" and c.i < prep.i and c.lower_ not in ("from", "by", "of") for c in tok.children):
        return None
    owned = _possessor(tok) is not None or _owner_before(tok) is not None or any(
        c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in tok.children)
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    voiced = tok.dep_ in ("dobj", "pobj") and gov.pos_ in ("VERB", "AUX") and \
        gov.lemma_.lower() in HANDLING_VERBS | RENEWING_VERBS
    if not (owned or voiced):
        return None
    return obj.left_edge.i, _listed_on_noun(tok, prep, _clause_end(obj))


LIST_PREPS = frozenset({"for", "of", "to", "in", "on"})


def _listed_on_noun(tok, prep, end: int) -> int:
    """'a call for an immediate ceasefire, the release of all detainees and unhindered access': the parser hangs
    the later items of the list on the appeal noun (appos, conj), not on the object of 'for'; the list runs on to its
    last item, with a phrase joined to it ('and for urgency in the opening of corridors'). ``end`` is where the
    first item ends; nothing after a gap (a verb's adverbial) is taken."""
    for c in tok.rights:
        if c.i <= prep.i or c.is_punct or c.dep_ == "cc":
            continue
        listed = c.dep_ in ("conj", "appos") and (c.pos_ in ("NOUN", "PROPN") or c.lower_ == "for") or \
            c.dep_ == "prep" and c.lower_ in LIST_PREPS and end > prep.i + 1 and tok.doc[end - 1].i + 1 == c.i
        gap = [t for t in tok.doc[end:c.left_edge.i] if not (t.is_punct or t.dep_ == "cc")]
        if not listed or gap:
            break
        end = max(end, _clause_end(c))
    return end


def noun_owner_token(tok, index):
    exchange = tok.lemma_.lower() in EXCHANGE_WORDS  # 'an exchange of views': 'views' is no speaker
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in EXPRESS and not exchange:
        subj = subject_of(tok.head)
        if subj is not None:
            return subj  # "a spokesperson reiterated the UK's position that ...": the spokesperson speaks
    own = None if exchange else _possessor(tok) or (made_by(tok) if tok.lemma_.lower() in VIEW_NOUNS else None)
    if own is not None:
        return own  # "Pike's warning that ...", "in Ruiz's telling", "the case we have made is that ..."
    for c in tok.children:
        if exchange:
            break
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and (p.pos_ in ("PROPN", "PRON") or p.i in index.tok2ent or p.tag_ == "NNS"):
                return p
        if c.dep_ == "compound" and c.i in index.tok2ent:
            return c
    if tok.lemma_.lower() in NP_APPEALS and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        owner = _owner_before(tok)  # 'an opposition call for a vote': the owner before the appeal
        if owner is not None:
            return owner
    if answered_reports(tok):
        return tok  # 'X reacted to reports that ...': the reports (unowned_reports), not X
    if tok.dep_ in ("dobj", "pobj", "nsubj"):
        h = tok.head if tok.dep_ != "pobj" else tok.head.head
        if h.pos_ in ("VERB", "AUX") and tok.dep_ != "nsubj":
            return subject_of(h)
    return None
