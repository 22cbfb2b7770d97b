"""Which cue a quoted fragment inside a reporter's sentence belongs to (partial quotes).

Climbing the parse from the fragment, the first speech cue above it usually names the speaker ('called the
plan "a disgrace"'). Three structures say otherwise:

- a passive cue with no agent ('X said Y was being attacked because he had done "a fine job"') names no speaker:
  the words belong to a cue further up;
- a cue verb inside what an outer cue reports ('X said Y had told lawmakers that there are "19 steps"',
  'Y was known for telling others "...", said X') is the outer speaker's account: the quoted words are the outer
  speaker's, as the annotation rules read them; a cue noun with its own owner ('Y's promise to seek "..."') keeps
  its owner;
- a that-clause the parser hung on a verb further away although it completes the cue noun right before it
  ('slammed X for his claims in the media that there was "..."', 'despite warnings from X that the bill was
  "..."') belongs to that noun;
- a quoted verdict (an adjective: 'calling her remarks about his bid "highly inappropriate"') is no cue noun's
  content, wherever the parser hung it: it goes on up to the verb.
The second noun of a pair takes the first one's owner ("X's apology and promise to seek ...").

A slogan a crowd chants ('the crowd was chanting "..."', 'interrupted with chants of "..."') is the crowd's, named by
the subject of the chant verb, not by a name inside the slogan.
"""
from __future__ import annotations

from ..model import Speaker
from .coordinated_speakers import contrast_clause, coordinated_clause
from .cues import person_words, speech_cues
from .names import noun_phrase
from .reported_constructions import noun_owner_token
from .sentence_view import doc_text
from .speaker_syntax import subject_of
from .speakers import speaker_from
from .speech_nouns import owned_noun_before

CLIMB_LIMIT = 8
VIEW_NOUNS = speech_cues().roles["view_nouns"]
NOUN_GAP = 6  # at most this many words (a prepositional phrase) between a cue noun and its 'that'


def passive_without_agent(tok) -> bool:
    """'was being attacked', 'is criticized': a passive verb whose doer is not named."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(tok.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    return passive and not any(c.dep_ == "agent" for c in kids)


def is_cue_noun(tok, noun_ids: set[int]) -> bool:
    """A cue noun: one found as such, a plural the cue list took for a verb that has its own owner ('his claims
    that'), or a view noun ('Y's opinion that ...') that ``governing_cue`` returned."""
    if tok.i in noun_ids:
        return True
    if tok.tag_ not in ("NN", "NNS"):
        return False
    return any(c.dep_ in ("poss", "det") for c in tok.children) or tok.lemma_.lower() in VIEW_NOUNS


def noun_speaker_tok(noun, index):
    """Who a cue noun's words belong to: its owner ('his claims'), the source it comes from ('warnings from the
    administration'), else the subject of the verb it depends on."""
    if not any(c.dep_ == "poss" for c in noun.children):
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.head.children):
            return noun_owner_token(noun.head, index)  # "X's apology and promise to seek ..."
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > noun.i:
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and p.pos_ in ("NOUN", "PROPN"):
                    return p
    return noun_owner_token(noun, index)


def _outer_ok(tok) -> bool:
    """An outer cue that takes over a nested one: a person named or referred to by a pronoun saying it, not a
    publication or a document reporting what someone said ('the daily reported that X had called for "..."',
    'the letter said that ...' keep X), nor a description the outer clause would still have to resolve."""
    if tok.lemma_.lower() in speech_cues().roles["publish_verbs"] or passive_without_agent(tok):
        return False
    subj = subject_of(tok)
    return subj is None or subj.pos_ in ("PROPN", "PRON")


def _noun_before_that(clause, cue_set: set[int]):
    """The cue noun that a that-clause completes when the parser hung the clause on a verb instead: the noun
    names its owner and ends right before 'that' (its own short prepositional phrase allowed;
    ``speech_nouns.owned_noun_before``)."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i), None)
    if mark is None:
        return None
    found = owned_noun_before(mark, lambda t: (t.i in cue_set or t.lemma_.lower() in VIEW_NOUNS) and
                              t.right_edge.i == mark.i - 1, NOUN_GAP)
    return found[0] if found is not None else None


def governing_cue(doc, span, cue_set: set[int], noun_ids: set[int], text: str):
    """The cue a quoted fragment (``span``) hangs from in the parse, else None; see the module docstring."""
    t = span[0]
    label = span.root.pos_ == "ADJ"  # 'calling her remarks "highly inappropriate"': a verdict, which a cue noun
    # does not hold as its content, whatever the parse hung it on
    prev = None
    found = None
    coordinated = False  # a conj edge between the inner cue and an outer one: side by side, not nested
    for _ in range(CLIMB_LIMIT):
        a, b = sorted((t.idx, span[0].idx))
        if not (span.start <= t.i < span.end) and "\n" not in text[a:b]:  # a headline run into the paragraph
            if prev is not None and prev.dep_ == "ccomp" and t.i not in noun_ids:
                noun = _noun_before_that(prev, cue_set)
                if noun is not None and not (span.start <= noun.i < span.end):
                    return found if found is not None else noun
            if t.i in cue_set:
                if label and t.pos_ == "NOUN":
                    pass
                elif t.i in noun_ids:
                    if found is None:
                        return t
                elif found is not None:
                    if _body_belief(found) and not passive_without_agent(t):
                        found = t  # 'X told Y in a call that Velland understood Kestria "has good reason ..."': a
                        # country's belief inside someone's account is theirs to report
                    elif prev is not None and prev.dep_ == "ccomp" and not coordinated and _outer_ok(t) \
                            and not coordinated_clause(found) and not _relayed_by_body(found, t, span) and \
                            not _told_to_reporter(found):
                        return t  # the outer cue reports the inner one
                elif not passive_without_agent(t):
                    found = t
        if t.head.i == t.i:
            break
        if found is not None and (t.dep_ == "conj" or contrast_clause(t)):
            coordinated = True  # 'X said A, while Y said B': Y's clause stands beside X's, whatever it hangs on
        prev, t = t, t.head
    return found


def _relayed_by_body(inner, outer, span) -> bool:
    """'President X told Y in a call that ... "...", the White House said': a body's attribution after the
    fragment relays what a named person it reports said; the words are that person's."""
    if outer.i < span.end:
        return False
    own, relay = subject_of(inner), subject_of(outer)
    return own is not None and own.ent_type_ == "PERSON" and relay is not None and (
        relay.ent_type_ in ("ORG", "GPE", "NORP") or relay.lemma_.lower() in person_words().body_nouns)


ADDRESSEE_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def _told_to_reporter(inner) -> bool:
    """'X said Y had told him "..."', 'X said Y had assured her that "..."', 'Y had written to them that "..."': the
    inner cue's words were said to the one reporting them (its object or 'to' object a personal pronoun), so they
    are the inner speaker's, which the outer one only passes on."""
    for c in inner.children:
        if c.dep_ in ("dobj", "dative", "iobj") and c.lower_ in ADDRESSEE_PRONOUNS:
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lower_ in ADDRESSEE_PRONOUNS for g in c.children):
            return True
    return False


def _body_belief(verb) -> bool:
    """A verb of belief whose subject is a country or body ('Velland understood', 'the government believes'), not a
    person, whose thought a quotation could give."""
    if verb.lemma_.lower() not in speech_cues().belief_verbs:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.ent_type_ in ("GPE", "ORG", "NORP")


RELATIVES = frozenset({"who", "whom", "which", "that"})


def chant_subject(word):
    """Who chants: the subject of a chant verb ('the crowd was chanting'), of the verb a chant noun hangs on
    ('protesters interrupted him with chants of'), of the main clause an opening participle belongs to
    ('Chanting "...", many protesters marched'); the noun a clause on a relative or partitive subject describes
    ('800 people, many of whom interrupted with chants of'); None when the parse shows no subject ('Chants of "..."
    rang out')."""
    verb = word
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head  # 'with chants of': the verb the noun hangs on
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # 'many wearing hats and chanting "..."': the first verb's subject
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = subjects[-1] if subjects else None  # the nearest: 'DARPUR, June 4 - Hundreds of farmers gathered', not
    # the dateline the parser also makes a subject
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "csubj", "xcomp"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ in ("pobj", "dobj"):
        main = verb.head.head  # 'marched through the square chanting "..."': the parser hangs the participle on
        while main.pos_ == "ADP" and main.head.i != main.i:  # the noun, the marchers chant
            main = main.head
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if main.pos_ in ("VERB", "AUX") else None
    if subj is None and verb.dep_ in ("acl", "relcl"):
        subj = verb.head  # 'many (of whom) interrupted': the clause describes its head
    if subj is not None and (subj.lower_ in RELATIVES or any(
            g.lower_ in RELATIVES for c in subj.children if c.dep_ == "prep" for g in c.children)):
        subj = subj.head if subj.dep_ == "appos" else verb.head if verb.dep_ == "relcl" else None
    if subj is not None and subj.i == word.i:
        return None  # 'Chants of "..." rang out': the parse names no crowd
    while subj is not None and subj.dep_ == "appos":
        subj = subj.head  # '800 people, many of whom': the people
    return subj


def crowd_speaker(subj, index) -> Speaker | None:
    """The crowd that chants: a named speaker, else the noun phrase ('the crowd', 'many protesters'); None for
    someone the page does not identify ('someone shouted')."""
    if index.in_quote(subj.idx) is not None:
        return None
    sp = speaker_from(subj, index)
    if sp is not None or subj.pos_ not in ("NOUN", "PROPN"):
        return sp
    phrase = noun_phrase(subj)
    text_start = doc_text(subj.doc).find(phrase, subj.left_edge.idx)
    return Speaker(name=phrase, mention=phrase, start=text_start, end=text_start + len(phrase)) if phrase else None
