"""Parse shapes the reported-content rules test: one clause the parser split in two (at a closing quotation
mark, after a clause word), 'X as Y' after an object ('dismissed X as a prank', 'referred to X as ...'),
'pushed back against' a bare noun, a fronted clause made an adverbial of 'said', a participle that gives a
name, the reason given with a charge."""
from __future__ import annotations

from .clause_bounds import FRONTING
from .cues import person_words, speech_cues
from .reported_constructions import _quote_after
from .speakers import is_cue_token
from .text_lines import unclosed_line

CLOSING_MARKS = {'"', "\u201d", "\u2019", "'"}



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
    noun = last
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # 'it was vital immigration and asylum issues were not used ...': the whole coordination
    return (lead.i == second.i or lead.head.i == second.i and lead.dep_ in ("aux", "auxpass")) and \
        last.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "pobj", "attr")
    # '... which assures Kestria's programme is only for ...', 'it was vital X were not used to ...': the first
    # clause's last noun is the subject


def _reason_split(doc, cue, first, second) -> bool:
    """'said he could not lower fuel duty, because repairing the roads was the priority': the parser hung the
    reason clause on the cue as a second clause; it opens with 'because' right after the first (a comma between
    at most) and gives the reason of what was said."""
    if not (cue.i < first.i < second.i and first.left_edge.i > cue.i):
        return False
    lead = doc[second.left_edge.i]
    return lead.lower_ == "because" and lead.dep_ == "mark" and \
        all(t.text == "," for t in doc[first.right_edge.i + 1:lead.i]) and lead.i > first.right_edge.i


def _as_after(verb, obj):
    """The 'as' phrase after an object that says what the object is taken for ('dismissed X as a prank'); the
    parser hangs it on the verb or on the object."""
    if obj is None:
        return None
    for c in list(verb.children) + list(obj.children):
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and c.right_edge.i > c.i and \
                any(g.dep_ in ("pobj", "pcomp", "amod", "acomp") for g in c.children):
            return c
    for c in verb.children:  # 'slammed the vote as marred by fraud', 'rejected it as being inadmissible': the
        if c.dep_ == "advcl" and c.i > obj.i and c.tag_ in ("VBN", "VBG", "JJ") and \
                any(g.dep_ == "mark" and g.lower_ == "as" and g.i == c.left_edge.i == obj.right_edge.i + 1
                    for g in c.children) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return c  # parser made the 'as' phrase a clause of its own; its right edge ends the range
    return None


def as_predicate(as_) -> bool:
    """The 'as' phrase says what the object is like, not what role it has: a participle or adjective ('as marred
    by fraud', 'as being inadmissible', 'as baseless'), not a noun ('as a mediator')."""
    if as_.lower_ != "as":
        return True
    return not any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for g in as_.children)


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


def _conjoined_front(cue) -> tuple[int, int] | None:
    """'<clause>, a spokesperson for X said Sunday, as Y ...': a finite cue the parser made a conjunct of the
    clause before it, with its own subject right after a comma and no conjunction between (a real conjunction
    is '... rose, and analysts said ...'): the clause before the comma is what was said."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or head.pos_ not in ("VERB", "AUX") or cue.tag_ not in ("VBD", "VBZ") or \
            any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i < 2 or cue.i - subj.left_edge.i > 12:
        return None
    doc = cue.doc
    comma = subj.left_edge.i - 1
    if doc[comma].text != "," or any(c.dep_ in ("cc", "preconj") and head.i < c.i < cue.i for c in head.children) or \
            any(t.dep_ == "cc" or t.text in ('"', "\u201c", "\u201d") for t in doc[comma - 1:cue.i]):
        return None
    if any(t.is_sent_start for t in doc[head.left_edge.i + 1:cue.i + 1]):
        return None
    return head.left_edge.i, comma


def judged_act(obj) -> bool:
    """The object of an evaluative cue names an act or thing judged ('welcomed his appointment', 'condemned the
    attack on ...', 'praised the decision'), not a person, group or body ('praised Lieberman', 'congratulated
    the president', 'blasted the bureau'): a common noun no person, title, group or organisation word heads."""
    if obj.pos_ != "NOUN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.tag_ == "PRP":
        return False
    pw = person_words()
    lemma = obj.lemma_.lower()
    if lemma in speech_cues().cue_nouns:
        return True  # 'condemned Kerry's statements', 'welcomed the announcement': words judged, though a statement
        # may also speak for its issuer ('the statement said')
    return not (lemma in pw.person_nouns or lemma in pw.titles or obj.lower_ in pw.plural_person_heads or
                lemma in pw.group_nouns or lemma in pw.body_nouns or lemma in pw.anonymous_roles or
                lemma in pw.company_nouns or obj.lower_ in pw.titles)


GUEST_NOUNS = frozenset({"delegation", "counterpart", "guest", "visitor", "team"})


def hosted_guest(cue, dobj) -> bool:
    """'welcomed her Vostrian counterpart to Arlen for talks', 'will welcome President X to Chequers today', 'whom he
    welcomed to Washington for the Minister's first official visit': a host greeting a guest states nothing - a
    person, pronoun or group welcomed, or anyone welcomed 'to' a named place. A person welcomed 'as' an office
    ('welcomed Dr X as Director-General') and an act or thing judged ('welcomed his appointment', 'welcomed the
    visit') are what was said."""
    if cue.lemma_.lower() != "welcome" or dobj is None or cue.doc[dobj.right_edge.i].tag_ == "POS":
        return False  # "welcomed [Pakistan's] [chairmanship of X]": a possessor the parser took for the object
    heads = list(cue.children) + list(dobj.children)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in heads):
        return False
    pw, lemma = person_words(), dobj.lemma_.lower()
    guest = dobj.tag_ in ("PRP", "WP") or dobj.ent_type_ in ("PERSON", "NORP") or dobj.pos_ == "NOUN" and (
        lemma in pw.person_nouns or lemma in pw.titles or dobj.lower_ in pw.plural_person_heads or
        lemma in GUEST_NOUNS)  # 'the delegation', 'the minister'; not 'the new ferry service', 'Chairmanship'
    return guest or any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > max(cue.i, dobj.i) and
                        any(g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN")
                            for g in c.children) for c in cue.children)  # welcomed to a place: a guest


OWN_VOICE = frozenset({"he", "she", "they", "we", "i"})  # 'hailed the supporters who he said had turned out'


def judged_act_end(obj, end: int) -> int:
    """Where the content of a judged act ends: before a relative clause on it set off by a comma ('welcomed the
    measures, which target ...': the writer's description) or reporting someone else's words ('condemned the
    launch of a missile which the ministry said could reach ...': the ministry speaks there); a relative clause in
    which the speaker reports his own words ('hailed the determination of supporters who he said had turned out
    ...') is part of what was hailed."""
    doc = obj.doc
    for t in obj.subtree:
        if t.dep_ == "relcl" and obj.i < t.left_edge.i < end and (doc[t.left_edge.i - 1].text == "," or (
                is_cue_token(t) and any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who", "whom") and
                                        c.lower_ not in OWN_VOICE for c in t.children))):
            end = t.left_edge.i - (doc[t.left_edge.i - 1].text == ",")
    return end


TELEGRAPHIC = speech_cues().roles["telegraphic_verbs"]
TELEGRAPHIC_STOPS = frozenset(speech_cues().roles["telegraphic_stop_objects"])
LINE_ENDS = (".", "?", "!", ":", ".\"", ".\u201d", ".'", ".\u2019")


def telegraphic_said(cue, index) -> tuple[int, int] | None:
    """'Ministry says criticism of drill not helpful for ties', 'Senior ministers say 'no plans' to raise tax': in a
    headline, crosshead or bullet (a line without a closing full stop) headline English drops the verb of what was
    said, and the parser reads its subject as the object of 'says'; the rest of the line, to a semicolon, is the
    reported clause. A bare object ('says goodbye', 'says nothing') or a line that ends a sentence reports nothing."""
    if cue.lemma_.lower() not in TELEGRAPHIC or cue.tag_ not in ("VBZ", "VBP") or \
            not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children) or \
            any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.lemma_.lower() in TELEGRAPHIC_STOPS or obj.lower_ in TELEGRAPHIC_STOPS:
        return None
    got = unclosed_line(index.text, cue.idx, LINE_ENDS)
    if got is None:
        return None
    a, line = got
    end = obj.left_edge.i
    while end < len(doc) and doc[end].idx < a + len(line) and doc[end].text != ";":
        end += 1
    words = [t for t in doc[obj.i + 1:end] if not t.is_punct]
    if len(words) < 2 or any(is_cue_token(t) for t in doc[cue.i + 1:end]):
        return None
    return obj.left_edge.i, end


STATED_OBJECT_VERBS = frozenset(speech_cues().roles["stated_object_verbs"])
STATED_PREPS = {"for", "of", "on", "to", "against", "over"}  # 'pledged $3 billion for ...', 'claimed victory over X'
NOT_DONE = {"to", "will", "would", "could", "might", "may", "should", "must", "can", "shall"}


def stated_object(cue) -> tuple[int, int] | None:
    """'pledged $3 billion for poor nations', 'claimed a major breakthrough on cotton', 'predicted a run-off',
    'estimated a 1 percent increase': a verb that states its object (speech_cues stated_object_verbs) reports
    it on any page, as readout verbs do on readouts, when the object names a thing, not a person or body
    ('claimed the seat for X', 'pledged the army'), and the verb tells of a statement made: not negated,
    passive, with a modal or 'to' ('plans to pledge funds'). Token range [start, end) or None."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in STATED_OBJECT_VERBS or cue.dep_ in ("xcomp", "amod", "acl") or \
            any(c.dep_ in ("neg", "auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ in NOT_DONE)
                for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or not (judged_act(obj) or (obj.pos_ in ("SYM", "NUM") and obj.left_edge.i == cue.i + 1)):
        return None
    end = obj.right_edge.i + 1
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in STATED_PREPS and end <= c.i <= end + 1:
            end = c.right_edge.i + 1
    return obj.left_edge.i, judged_act_end(obj, end)



def said_object(cue, index) -> tuple[int, int] | None:
    """'she said many of those voters in struggling areas used to vote for the left', 'said that discovery of mass
    graves ... belie the allegations', 'other sources said tens of thousands': 'say' takes no object but its words,
    so an object the parser gave it in running text is what was said (the reported clause's subject with its
    verb lost inside it, or an amount). Not a pronoun, a bare word of 'say' ('said goodbye', 'said nothing'), a
    quotation or what introduces one ('said the following: ...'), nor a negated, passive or modal 'say'. Token
    range [start, end) or None."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() != "say" or cue.tag_ not in ("VBD", "VBZ", "VBP") or \
            not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children) or any(
                c.dep_ in ("ccomp", "xcomp", "neg", "auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ in NOT_DONE)
                for c in cue.children):
        return None
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ == "PRON" or obj.lemma_.lower() in TELEGRAPHIC_STOPS or \
            obj.lower_ in TELEGRAPHIC_STOPS or obj.right_edge.i == obj.left_edge.i:
        return None
    if obj.left_edge.i != cue.i + 1 or any(index.in_quote(t.idx) is not None for t in (obj.left_edge, obj)):
        return None
    if any(t.text == ":" for t in doc[obj.i + 1:obj.right_edge.i + 2]) or doc[obj.i + 1].tag_ == "``":
        return None  # 'said the following: "..."': the quotation is what was said
    nxt = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(doc) else None
    if nxt is not None and (nxt.text in ("--", "-", "\u2014", "\u2013") or nxt.pos_ in ("VERB", "AUX")):
        return None  # 'said Cohen -- Trump's lawyer -- acknowledged that ...': the clause goes on past the object
    return obj.left_edge.i + (obj.left_edge.lower_ == "that"), obj.right_edge.i + 1  # 'said that discovery of ...'


def agreed_in_relative(cue) -> bool:
    """'cheered negotiators who had agreed to curb ...', 'the only two candidates who agreed to take part': an
    agreement in a relative clause describes the people by what they agreed to, it does not report it (a main
    clause's 'X agreed to ...' is reported, as the genre rules count 'agreed to')."""
    return cue.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT", "IN")
                                       for c in cue.children)
