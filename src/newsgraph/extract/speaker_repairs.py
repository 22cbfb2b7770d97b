"""Who speaks when the parse hangs the words on someone else: the owner of a speech noun whose content a
clause is ('slammed X for his claims that ...'), the sender of a letter a participle hangs on ('a letter sent
from X ... asking'), the name a relative clause's description stands beside ('X, a leading contender, who has
argued'), a name the parser made the object of 'said' ('said X -- his lawyer -- acknowledged that'), and the one
asked in 'X, asked if ..., said'. Each returns a token (or None); ``speaker_syntax.subject_candidates`` and
``speakers.speaker_of_cue`` use them."""
from __future__ import annotations

from ..lexicons import data_json
from .cues import FINITE, person_words, speech_cues
from .marks import QUOTE_MARKS
from .sentence_view import doc_view
from .speaker_descriptions import title_word
from .speech_nouns import owned_noun_before, participle_agent, speech_noun_owner

ADDRESSEE_VERBS = speech_cues().roles["addressee_verbs"]


PHRASE_DEPS = ("appos", "compound", "amod", "poss", "case", "pobj", "prep", "nummod", "det", "flat")


def object_as_subject(verb):
    """'officials who said Cohen -- Trump's former attorney -- acknowledged that ...': the parser made the name
    the object of 'said' and hung the next past-tense verb, subjectless, elsewhere; the name (set off by one
    apposition at most) is that verb's subject. None otherwise."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2:
        return None
    doc = verb.doc
    j = verb.i - 1
    if doc[j].text in (",", "--", "\u2014", "\u2013"):
        j -= 1
    t = doc[j]
    for _ in range(8):
        if t.dep_ not in PHRASE_DEPS or t.head.i == t.i or t.head.i > verb.i:
            break
        t = t.head
    if t.dep_ != "dobj" or t.pos_ != "PROPN" or t.head.lemma_.lower() != "say" or t.head.i > t.i:
        return None
    return t


def asked_aside_subject(verb):
    """'Mr. X, asked if he supported impeaching Y, said ...': the parser made 'asked' the main verb and the cue
    its complement; the one asked is who speaks (not Y, named last before the cue)."""
    h = verb.head
    doc = verb.doc
    if h.i > verb.i or h.lemma_.lower() not in ADDRESSEE_VERBS or h.tag_ not in ("VBD", "VBN") or h.i < 2 or \
            doc[h.i - 1].text != "," or doc[verb.i - 1].text != ",":
        return None
    return next((c for c in h.children if c.dep_ == "nsubj" and c.i < h.i), None)


SENDING_VERBS = frozenset(data_json("source_cues.json")["sending_verbs"])  # also read by source_judges


def carrier(participle):
    """The noun a speaking participle hangs on: its head when the parser made it an 'acl', or the object right
    before it when the parser hung it, with no comma, on the verb ('obtained a letter sent from X on Aug. 6
    asking ...'), else None."""
    if participle.dep_ == "acl" and participle.head.pos_ == "NOUN":
        return participle.head
    doc = participle.doc
    if participle.dep_ != "advcl" or participle.i < 2:
        return None
    comma = doc[participle.i - 1].text == ","
    if doc[participle.i - 1].is_punct and not comma:
        return None
    for c in participle.head.children:
        if c.dep_ != "dobj" or c.pos_ != "NOUN" or c.i > participle.i:
            continue
        if c.right_edge.i == participle.i - 1 and not comma:
            return c
        own = next((g for g in c.children if g.dep_ == "prep" and g.lower_ in ("from", "by") and g.i > c.i), None)
        source = own or _verb_held_source(c)  # 'signed a letter from X(, a senator,) calling ...': X's letter
        if source is not None and source.right_edge.i == participle.i - 1 - comma and (not comma or any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in source.children)):
            return c  # (after a comma only a named author: not 'a statement from its head office, saying')
    return None


def _verb_held_source(noun):
    """The 'from/by' phrase right after a noun that the parser hung on the noun's verb ('signed a letter from X'),
    else None."""
    return next((c for c in noun.head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") and
                 c.i == noun.right_edge.i + 1), None) if noun.dep_ == "dobj" else None


def sender(noun):
    """Who a statement or letter comes from ('a statement from her doctor', 'a letter sent from X's attorney',
    'a memo written by X'), else None."""
    if noun is None or noun.lemma_.lower() not in speech_cues().document_nouns | speech_cues().cue_nouns:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > noun.i:
            return next((g for g in c.children if g.dep_ == "pobj"), None)  # 'a petition by X urging ...'
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SENDING_VERBS:
            return participle_agent(c, ("from",))
    held = _verb_held_source(noun)
    return next((g for g in held.children if g.dep_ == "pobj"), None) if held is not None else None


CLAIM_GAP = 15  # at most this many words (prepositional phrases) between a speech noun and its 'that'


def _bound_possessor(owner, cue):
    """'criticized X for his claims': a possessive pronoun on the cue's object's speech noun is that object."""
    if owner.dep_ != "poss" or owner.lower_ not in ("his", "her", "its", "their"):
        return owner
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i < owner.i and c.pos_ == "PROPN"), None)
    return obj if obj is not None else owner


def antecedent(noun):
    """What a relative pronoun stands for: the name a description is set beside ('Jeb Bush, a leading
    contender, who has argued'), the subject of 'X was among the people who called on ...', else ``noun``."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.tag_ == "NNS":
        subj = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and noun.head.head.lemma_ == "be":
            return subj
    return noun


def source_hung_clause(noun):
    """'responded to accusations from X that ...', 'rejected suggestions by X that ...': the parser hung the
    noun's that-clause on the source X (or on the noun) as a relative clause. The clause when it has a subject of
    its own besides 'that' (a content clause, not 'claims from groups that oppose it') and the noun's 'from/by'
    source comes before it; else None."""
    src = next((g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                for g in c.children if g.dep_ == "pobj"), None)
    if src is None:
        return None
    for g in (*src.children, *noun.children):
        if g.dep_ not in ("relcl", "acl") or g.i < src.i:
            continue
        that = next((m for m in g.children if m.lower_ == "that" and m.dep_ in ("mark", "dobj") and
                     m.i == g.left_edge.i), None)
        if that is not None and any(m.dep_ in ("nsubj", "nsubjpass", "expl") and m.i > that.i
                                    for m in g.children):
            return g
    return None


def claim_owner(cue):
    """Who owns the words when what a cue reports is the content of another's speech noun: 'slammed X for his
    claims that ...', 'reported on a woman's claims that ...', 'Despite warnings from X that ..., lawmakers
    dismissed', 'about his claims that ...' (the noun itself as cue). The token naming the owner (possessor or
    'from/by' source), else None: the cue's own subject speaks."""
    nouns = speech_cues().cue_nouns
    if cue.pos_ == "NOUN":
        if cue.lemma_.lower() not in nouns:
            return None
        clause = next((c for c in cue.children if c.dep_ in ("acl", "ccomp") and c.i > cue.i), None)
        return speech_noun_owner(cue, clause.left_edge.i if clause is not None else cue.i + 1)
    for c in cue.children:
        holders = [c]
        if c.dep_ == "prep":
            holders = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ != "dobj":
            holders = []
        for n in holders:  # 'reported on a woman's claims that ...': the clause hangs on the noun
            if n.pos_ == "NOUN" and n.lemma_.lower() in nouns:
                clause = next((g for g in n.children if g.dep_ == "acl" and g.i > n.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in g.children)), None)
                if clause is None:
                    clause = source_hung_clause(n)  # 'responded to criticism from X that ...'
                if clause is not None:
                    owner = speech_noun_owner(n, clause.left_edge.i)
                    return _bound_possessor(owner, cue) if owner is not None else None
        if c.dep_ != "ccomp":
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i), None)
        if mark is None:
            continue  # the parser hung the noun's clause on the verb: 'slammed X for his claims that ...'
        found = owned_noun_before(mark, lambda t: t.lemma_.lower() in nouns, CLAIM_GAP,
                                  cue.i if cue.i < mark.i else c.left_edge.i - 14)
        if found is not None:  # 'his claims in the media that ...'
            return _bound_possessor(found[1], cue)
    return None


NAME_PATH = ("prep", "pobj", "appos", "compound")


def titled_name_inside(subj, cue):
    """'Movement for Unity spokesman Petr Halas told ...', 'Union of Dock Workers leader Ana Pohl said': the parser
    made the body's first word the subject and hung the titled person inside its 'of/for' phrase; the person named
    last before the cue, right after a title word, speaks. The subject itself otherwise."""
    if subj is None or subj.ent_type_ == "PERSON" or not any(c.dep_ == "prep" for c in subj.children):
        return subj
    doc = subj.doc
    last = subj.right_edge
    if last.i >= cue.i or last.ent_type_ != "PERSON" or any(not t.is_space and t.dep_ not in ("aux", "neg", "advmod")
                                                            for t in doc[last.i + 1:cue.i]):
        return subj
    first = last
    while first.i > subj.i and doc[first.i - 1].ent_type_ == "PERSON":
        first = doc[first.i - 1]
    t = last
    for _ in range(8):  # the name must hang inside the subject's phrase
        if t.i == subj.i or t.dep_ not in NAME_PATH:
            break
        t = t.head
    if t.i != subj.i or first.i - 1 <= subj.i or not title_word(doc[first.i - 1]):
        return subj
    prep = next((c for c in subj.children if c.dep_ == "prep" and c.i < first.i), None)
    body = doc[prep.i + 1:first.i - 1] if prep is not None else []
    if not len(body) or any(title_word(w) or not (w.text[:1].isupper() or w.lower_ in ("the", "of", "and", "for"))
                            for w in body):
        return subj  # 'A spokesman for Premier X', 'Supporters of President X': the body's name must come between
    return last


def titled_after_acronym(tok):
    """'WHO spokesman Piet Oran said': the parser read the acronym as the pronoun and made it a second subject of
    the cue beside the titled name; the person named right before the verb speaks, not the body."""
    doc, verb = tok.doc, tok.head
    if verb.i <= tok.i + 1:
        return None
    last = doc[verb.i - 1]
    if last.ent_type_ != "PERSON" or last.dep_ not in ("nsubj", "nsubjpass"):
        return None
    between = doc[tok.i + 1:last.i]
    if any(not (t.ent_type_ == "PERSON" or title_word(t) or t.text == "-" or t.text[:1].isalpha() and t.dep_ == "compound")
           for t in between):
        return None  # 'WHO, in a statement, Oran said' is no titled name
    return last


GLOSS_REACH = 5  # tokens from the subject back to the '(' that opens its gloss


def glossed_name(subj):
    """'Name Surname (Country), Council President for the month, said ...' (UN meetings coverage): the parser
    made the delegation's country in brackets the head of the phrase and the subject; the person named right
    before the '(' speaks. The subject itself otherwise (no '(' before it within the gloss, or no person name)."""
    if subj is None or subj.ent_type_ == "PERSON":
        return subj
    doc = subj.doc
    for j in range(subj.i - 1, max(subj.i - GLOSS_REACH, 0) - 1, -1):
        t = doc[j]
        if t.text in (")", ",", ";") or t.is_sent_start:
            return subj
        if t.text == "(":
            name = doc[j - 1] if j > 0 else None
            if name is not None and name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or name.ent_type_ == ""
                                                             and name.lower_ not in person_words().body_nouns):
                return name  # not 'Authority' of 'Kelso Port Authority (Kestria) said', an ORG the tagger missed
            return subj
    return subj


DELEGATE_REACH = 40  # tokens from a cue back to the start of its line
GLOSS_CLOSE = 6  # tokens from the '(' to the ')' of a delegation gloss


def delegate_opening(cue):
    """'Name Surname (Country), Security Council President for July, outlining the month's programme of work at
    Headquarters today, said ...' (UN meetings coverage): a line opening with a person's name and a bracketed
    delegation, whose first finite verb is the cue, is that person's statement, whatever the parser made of the
    phrases in between (it takes the country or a place in the participle phrase for the subject). The name's
    last token, or None."""
    if cue.tag_ not in FINITE:
        return None
    doc = cue.doc
    texts = doc_view(doc).text  # (the back scan reads words only: no Token per word)
    j = cue.i - 1
    while j >= 0 and cue.i - j <= DELEGATE_REACH and "\n" not in texts[j]:
        j -= 1
    if j >= 0 and "\n" not in texts[j]:
        return None
    first = doc[j + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    k = first.i
    while k < cue.i and doc[k].ent_type_ == "PERSON" and (k == first.i or doc[k].ent_iob_ == "I"):
        k += 1
    if k >= cue.i or doc[k].text != "(":
        return None
    close = next((m for m in range(k + 1, min(k + GLOSS_CLOSE, cue.i)) if doc[m].text == ")"), None)
    if close is None or close + 1 >= cue.i or doc[close + 1].text != ",":
        return None
    if any(t.tag_ in FINITE or t.text in QUOTE_MARKS or "\n" in t.text for t in doc[close + 1:cue.i]):
        return None
    return doc[k - 1]


QUESTION_LABELS = {"q", "question", "questioner", "reporter"}


def addressed_name(subj):
    """'QUESTION: Lena, the Foreign Minister of X said ...': in a briefing transcript a name right after the
    questioner's label and before a comma is the person addressed; the apposition the parser hung on it (the
    description after the comma) is the subject. None when ``subj`` is no such name."""
    if subj.pos_ != "PROPN" or subj.i + 1 >= len(subj.doc) or subj.doc[subj.i + 1].text != ",":
        return None
    j = min([c.i for c in subj.children if c.dep_ in ("compound", "flat") and c.i < subj.i], default=subj.i) - 1
    if j >= 0 and subj.doc[j].text == ":":
        j -= 1
    if j < 0 or subj.doc[j].lower_ not in QUESTION_LABELS or \
            j > 0 and "\n" not in subj.doc[j - 1].text_with_ws and subj.doc[j - 1].text != "\n":
        return None  # the label opens its line
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i + 1), None)


def subject_after_comma_cue(cue):
    """'<claim>, says X' where the parser took the claim's noun for a first subject of the cue as well ('IMF only
    option for Y, says Z': 'option' and 'Z' both nsubj): the subject after the verb, which the comma before the
    verb sets off from the claim; else None."""
    if cue.i == 0 or cue.nbor(-1).text != "," or cue.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < cue.i]
    after = [c for c in subjects if c.i > cue.i]
    return after[0] if before and len(after) == 1 else None
