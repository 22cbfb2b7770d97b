"""How far a reported range reaches past the subtree the parser gave the cue: the day the parser joined to the
clause's subject ('said on Friday prices would rise'), a coordinated clause that continues what was said, a
condition hung on the cue, the last of several infinitives, a list after an interrupting cue ('<A>, X added,
including ...'), a quoted phrase run on after the content, a clause after it that quotes the speaker (', and his
party had to ensure the deal was "..."')."""
from __future__ import annotations

from .clause_bounds import _clause_end, takes_up, verb_form
from .sentence_view import doc_view
from .speakers import is_cue_token


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
    view = doc_view(doc)  # (the view's tags first: a Token only for a bare verb)
    infinitive = any(any(g.dep_ == "aux" and g.lower_ == "to" for g in view.tokens[k].children)
                     for k in range(*slice(start, end).indices(view.n)) if view.tag[k] == "VB")
    heads = [cue] + [a for a in cue.ancestors if a.pos_ in ("VERB", "AUX")][:1]
    for c in [c for h in heads for c in h.children]:
        if c.dep_ != "conj" or c.i < end or c.pos_ not in ("VERB", "AUX"):
            continue
        gap = [t for t in doc[end:c.left_edge.i] if not t.is_punct]
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i), None)
        if c.head.i == cue.i and subj is not None and len(gap) == 1 and gap[0].dep_ == "cc" and \
                _same_plural_subject(cue, subj, start, end):
            return start, _clause_end(c)
        if c.head.i == cue.i and len(gap) == 1 and gap[0].lower_ == "but" and \
                _contrast_goes_on(cue, c, start, end, subj):
            return start, _clause_end(c)
        if c.head.i == cue.i and is_cue_token(c):
            continue  # 'threaten to filibuster but suggest ...': the speaker's next act
        if c.head.i == cue.i and subj is not None and _same_pronoun_run(cue, c, subj, start, end, gap):
            return start, _clause_end(c)
        if _present_predicate_run(cue, c, start, end, gap):
            return start, _clause_end(c)
        if len(gap) != 1 or gap[0].dep_ != "cc":
            continue
        aux = [g for g in c.children if g.dep_ in ("aux", "auxpass") and g.i < c.i]
        if subj is None and not aux and c.tag_ == "VB" and verb_form(c.head) != "base" and infinitive:
            return start, _clause_end(c)  # 'urging new rules to combat X or regulate Y', 'encouraging hunters to
            # contact X and "tell them ..."': a bare verb cannot go with the finite verb; the infinitive goes on
        if c.head.i != cue.i or cue.tag_ != "VBD":
            continue
        present = (c.tag_ in ("VBZ", "VBP") and not aux) or any(g.tag_ == "MD" for g in aux)
        if doc[end].text != ",":  # 'added the photo was meant as art and he's aware ...': with no comma, only a
            if subj is not None and present and subj.lower_ not in ("i", "we") and gap[0].lower_ == "and" and \
                    not is_cue_token(c) and any(k.dep_ == "ccomp" and start <= k.i < end for k in cue.children):
                return start, _clause_end(c)  # present or modal clause right after the reported one goes on with it
            continue
        if subj is not None and present and subj.lower_ not in ("i", "we"):
            return start, _clause_end(c)
        if subj is None and not any(g.dep_ == "auxpass" for g in aux) and (any(g.tag_ == "MD" for g in aux) or any(
                g.lemma_ == "do" and g.tag_ in ("VBZ", "VBP") for g in aux)):
            return start, _clause_end(c)  # 'told X the comment might fire up the base, but doesn't ...'
    return rng


BACKSHIFT_MODALS = {"would", "could", "might", "should", "'d"}


def _backshifted(verb) -> bool:
    """A verb in the tense of reported speech under a past cue: a past modal ('would be', 'could have cut') or
    the pluperfect ('had been verified')."""
    aux = [g for g in verb.children if g.dep_ in ("aux", "auxpass") and g.i < verb.i]
    return any(g.lower_ in BACKSHIFT_MODALS for g in aux) or any(g.lemma_ == "have" and g.tag_ == "VBD" for g in aux)


def _contrast_goes_on(cue, verb, start: int, end: int, subj) -> bool:
    """'says the situation is calm, but there is an air of ...', 'warns the country is facing X but his government
    is taking ...', 'said only 1.8m signatures had been verified, but another 870,000 were disputed', 'told us he
    could have cut taxes - but he'd decided instead to ...': a 'but' clause with its own subject that the parser
    coordinated with the cue, right after a reported clause, in the tense of what was said (the present under a
    present cue; under a past cue the past after a backshifted clause: a past modal or the pluperfect; a state
    after a state, 'said the deal was a big step forward but there was still work to do'; the present perfect
    after a clause holding one, 'said X was against piracy and has been fighting smuggling, but the northern
    states have refused ...') goes on with what was said. Not a clause with a cue of its own ('but other sources said ...') or another holder's
    view ('but his opponents worry that ...'), not 'I'/'we' (the writer), not the narrative's simple past after a
    simple-past clause ('said X accepted the invitation, but no date was set'). Under a present cue a present
    verb without a subject goes on too ('says it is not seeking weapons, but wants atomic energy'): a cue verb
    there is the speaker's next act ('but says ...'), and no other verb is."""
    if subj is not None and subj.lower_ in ("i", "we") or any(
            is_cue_token(t) and not any(g.dep_ == "auxpass" for g in t.children) for t in verb.subtree):
        return False  # a passive cue names no other speaker ('but another 870,000 were disputed')
    present_cue = cue.tag_ in ("VBZ", "VBP") and not any(g.dep_ in ("aux", "auxpass") for g in cue.children)
    if subj is None and not (present_cue and verb.tag_ in ("VBZ", "VBP") or present_cue and any(
            g.dep_ == "aux" and g.tag_ in ("VBZ", "VBP") for g in verb.children)):
        return False  # 'says it has received complaints, but does not think ...'; not the speaker's next act in
        # the past ('said X, but left early')
    if subj is not None and any(g.dep_ == "ccomp" for g in verb.children) and subj.lower_ not in ("he", "she", "they"):
        return False  # 'but his opponents worry that ...': another holder's view; 'but she believes ...' goes on
    doc = cue.doc
    heads = [t for t in doc[start:end] if not start <= t.head.i < end and t.pos_ in ("VERB", "AUX")]
    if len(heads) != 1 or not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in heads[0].children):
        return False  # a finite reported clause, not an infinitive or a noun phrase
    form = verb_form(verb)
    if present_cue:
        return form in ("present", "perfect") or (form == "modal" and not _backshifted(verb))
    if cue.tag_ == "VBD":
        return _backshifted(heads[0]) and (_backshifted(verb) or form == "past") or \
            form == "past" and _plain_be(heads[0]) and _plain_be(verb) or \
            form == "perfect" and any(verb_form(t) == "perfect" for t in doc[start:end]
                                      if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"))
    return False


def _plain_be(verb) -> bool:
    """A state in the simple past ('was a big step forward', 'there was still work to do'), not a passive."""
    return verb.lemma_ == "be" and verb.tag_ == "VBD" and not any(g.dep_ in ("aux", "auxpass") for g in verb.children)


CONCESSIVE_MARKS = {"although", "though", "while", "whereas"}
OPENING_QUOTES = {'"', "\u201c"}


def _quoted_continuation(cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'said the government should represent "all parts of X," and his party had to ensure the deal was "not in
    the interests of ..."', 'said the talks are "making progress," although there remain "various disagreements
    ..."': a clause with its own subject that the parser hung on the cue right after the reported clause (', and
    ...', ', although ...'; only punctuation and a closing mark between) and that quotes words of its own goes on
    with what was said: the quotation marks give the words to the speaker. Not when it has a cue of its own
    ('..., and X told reporters "..."')."""
    start, end = rng
    if start <= cue.i:
        return rng
    doc = cue.doc
    for c in cue.children:
        if c.i < end or c.pos_ not in ("VERB", "AUX") or not any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i for g in c.children):
            continue
        if c.dep_ == "conj":
            gap = [t for t in doc[end:c.left_edge.i] if not t.is_punct]
            ok = len(gap) == 1 and gap[0].dep_ == "cc" and gap[0].lower_ in ("and", "but")
        elif c.dep_ == "advcl":
            link = next((g for g in c.children if g.dep_ == "mark" and g.i == c.left_edge.i), None)
            gap = [t for t in doc[end:c.left_edge.i] if not t.is_punct]
            ok = link is not None and link.lower_ in CONCESSIVE_MARKS and not gap
        else:
            continue
        if not ok or not any(t.is_punct for t in doc[end:c.left_edge.i]) or \
                any(is_cue_token(t) for t in c.subtree) or \
                not any(t.text in OPENING_QUOTES and t.tag_ == "``" for t in c.subtree):
            return rng
        return start, _clause_end(c)
    return rng


def _same_pronoun_run(cue, verb, subj, start: int, end: int, gap: list) -> bool:
    """'tweeted that he had excellent talks with X and he valued their exchanges': a clause joined by a bare 'and'
    (no comma) whose subject repeats the pronoun subject of the reported clause, in its tense, goes on with what
    was said; the narrative would leave the subject out ('... and thanked X')."""
    doc = cue.doc
    if len(gap) != 1 or gap[0].lower_ != "and" or doc[gap[0].i - 1].is_punct or subj.tag_ != "PRP":
        return False
    heads = [t for t in doc[start:end] if not start <= t.head.i < end and t.pos_ in ("VERB", "AUX")]
    said = next((g for g in heads[0].children if g.dep_ in ("nsubj", "nsubjpass")), None) if len(heads) == 1 else None
    return said is not None and said.lower_ == subj.lower_ and verb_form(verb) == verb_form(heads[0])


def _same_plural_subject(cue, subj, start: int, end: int) -> bool:
    """'they' after the reported clause [start, end) takes up its plural subject (see clause_bounds.takes_up)."""
    heads = [t for t in cue.doc[start:end] if not start <= t.head.i < end and t.pos_ in ("VERB", "AUX")]
    return bool(heads) and takes_up(subj, cue, heads[0])


def _present_predicate_run(cue, verb, start: int, end: int, gap: list) -> bool:
    """'underlined that the move violates X, runs counter to Y and goes against Z': a present-tense verb with no
    subject that the parser coordinated with the past-tense cue, after a reported clause whose verb is in the same
    present form, is the next predicate of the reported subject; the speaker's next act would be in the past."""
    if verb.head.i != cue.i or cue.tag_ != "VBD" or verb.tag_ not in ("VBZ", "VBP") or \
            any(g.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for g in verb.children) or \
            not (not gap or len(gap) == 1 and gap[0].dep_ == "cc"):
        return False
    doc = cue.doc
    heads = [t for t in doc[start:end] if not start <= t.head.i < end and t.pos_ in ("VERB", "AUX")]
    return len(heads) == 1 and heads[0].tag_ == verb.tag_ and \
        not any(g.dep_ in ("aux", "auxpass") for g in heads[0].children)


def _last_infinitive(cue, xcomp):
    """'urged X to "comment on/push this story" about ...': the parser made each verb of the infinitive a
    complement of the cue; the clause runs to the end of the last."""
    last = xcomp
    for c in cue.children:
        if c.dep_ == "xcomp" and c.i > last.right_edge.i and c.tag_ == "VB" and \
                all(t.is_punct or t.dep_ == "cc" for t in cue.doc[last.right_edge.i + 1:c.left_edge.i]):
            last = c
    return last


CONDITION_MARKS = {"if", "unless", "because"}


def _with_condition(cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'told him that he'd back Moore even if the candidate had ...', 'promising to clean up corruption if voters
    give them control', 'said he could not cut fuel duty, because repairing the roads was the priority': a
    condition or a reason right after the reported clause that the parser hung on the cue verb is part of what
    was said (a finite clause with its own subject; not 'if asked', the speaker's occasion)."""
    start, end = rng
    if start <= cue.i:
        return rng
    doc = cue.doc
    for c in cue.children:
        if c.dep_ != "advcl" or c.i < end or not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in c.children):
            continue
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ in CONDITION_MARKS), None)
        if mark is not None and mark.lower_ == "because" and (any(is_cue_token(t) for t in c.subtree) or
                                                              not any(k.dep_ == "ccomp" for k in cue.children)):
            continue  # 'called for X to resign because she says he deceived ...': a reason that is a statement;
            # 'asked X to travel to Y because he wanted ...': the asker's motive, not the request
        if mark is None or any(not (t.is_punct or t.lower_ in ("even", "only")) for t in doc[end:c.left_edge.i]) or \
                any(t.text in ('"', "\u201c", "\u201d") for t in doc[end:mark.i]):
            continue
        return start, max(end, _clause_end(c))
    return rng


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


def quoted_as_split(cue) -> tuple[int, int] | None:
    """'X quoted Y as saying customs checks would be light': with no 'that', the parser read the clause's subject
    as the object of 'saying' and hung its verb on 'quoted' as a conjunct ('would be light'); the reported clause
    runs from that object through the conjunct. Only when nothing but the conjunct's own auxiliaries sits
    between the object and the conjunct (no 'and', no comma, no subject of its own), and the conjunct is finite."""
    if cue.lower_ != "saying" or cue.dep_ != "pcomp" or cue.head.lower_ != "as" or \
            cue.head.head.lemma_.lower() != "quote" or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.right_edge.i != cue.right_edge.i:
        return None
    conj = next((c for c in cue.head.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and
                 c.left_edge.i == obj.right_edge.i + 1), None)
    if conj is None or any(g.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for g in conj.children if g.i < conj.i) \
            or verb_form(conj) not in ("past", "present", "modal", "perfect"):
        return None
    return obj.left_edge.i, _clause_end(conj)
