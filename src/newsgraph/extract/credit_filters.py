"""Credits the annotation rules do not count, decided on the parse once the judges of ``source_judges.py`` are done.

A source is credited when the article gives it as the origin of information (eval/README.md: "according to ...",
"X reported", "in a statement", "a report by X found"). A document, statement or video that the sentence only
names, with nothing it tells, is not a credit, however it is introduced:

- named through a participle of its making or passing on, in a place where nothing credits it: 'had statements
  prepared', 'the letter sent to the director reminded him of ...', 'went in with his letter already written',
  'a link to a video called "..."' (not 'said in a letter sent to ...', 'obtained a letter sent from X asking ...',
  'referred to a statement from X issued in May',
  'a letter sent on Monday warned ...', 'welcomed the statement issued by ...', 'a report that he had lied');
- the subject of "add" in its sense of adding something to something: 'the report added another jolt to a chaotic
  week' (not 'the report added that ...', '"...," the report added');
- plural reports of unnamed people: 'reports from delegates suggesting ...' (people speaking, not a document);
- figures of rank or renown: 'senior opposition figures said ...' (people, not numbers);
- a paper or a platform an advertisement ran in: 'full-page adverts were published in the X Herald', 'placed ads
  in X and Y', 'an advert in X' (paid space, not a report: ``advert_place``; outlets too).

Such a candidate is kept as a mention (``_Found.mention``): it names what "the letter" refers back to later in the
article, but is no credit of its own.
"""
from __future__ import annotations

from functools import lru_cache

from .source_lexicon import lexicon
from .source_mentions import content_clause
from .source_noun_places import cited_by_reference
from .source_syntax import is_according, noun_key

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CARRYING_PREPS = frozenset({"in", "from", "per"})  # 'said in a letter sent to ...', 'an excerpt from a report ...'
FINITE_OR_GERUND = frozenset({"VBD", "VBZ", "VBP", "VBG"})
CAUSATIVES = frozenset({"have", "get"})  # 'had statements prepared', 'got the letter signed'
SPEAKING_FORMS = frozenset({"make", "take", "go", "continue"})  # verbs the judges credit a subject of in set forms
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _source_token(found):
    """The token the judges anchored the candidate on (its source word)."""
    for tok in found.sent:
        if tok.idx == found.anchor:
            return tok
    return None


def _role_token(tok):
    """The noun whose place in the clause tells how the source stands: itself, or the noun an apposition or a
    conjunction hangs it on ('a draft, the only document provided by ...')."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


@lru_cache(maxsize=1)
def _content_verbs() -> frozenset[str]:
    """Verbs that tell what a source says: reporting, judging and demand verbs (data/source_cues.json)."""
    cues = lexicon().cues
    return cues["report_verbs"] | cues["verdict_verbs"] | cues["demand_verbs"]


def _credited_place(tok, cues) -> bool:
    """A place where a source noun is credited whatever hangs on it: the subject of a reporting or judging verb,
    'in'/'from' a verb ('said in a letter sent to ...'), the object of a verb ('obtained a letter sent from X asking
    ...', 'welcomed the statement issued by ...') unless a causative one ('had statements prepared'), or 'according
    to'."""
    if is_according(tok):
        return True
    head = tok.head
    if tok.dep_ in SUBJECTS:  # 'made no mention of', 'took issue with', 'goes on', 'a poll put Labour ahead'
        return head.lemma_ in _content_verbs() or head.lower_ in cues["report_verbs"] or \
            head.lemma_ in SPEAKING_FORMS or head.lemma_ in cues["poll_verbs"]
    if tok.dep_ == "pobj":  # 'referred to a statement from X issued in May': cited by the subject
        return head.lower_ in CARRYING_PREPS or cited_by_reference(tok, cues)
    if tok.dep_ in ("dobj", "dative"):  # 'welcomed the joint statement issued by ...': what it says is the news
        return head.lemma_ not in CAUSATIVES  # but 'had statements prepared': made ready, nothing it says
    return tok.dep_ == "ROOT"  # a headline or a fragment: the judges had their reasons


def _tells_something(tok, participle, cues) -> bool:
    """Something the source says stands in its phrase: a reporting, judging or demand verb in its subtree other
    than the participle that names it ('a letter sent to him asking ...', 'an email, which portrayed ...'), a
    that-clause, or a quotation right after the phrase."""
    if content_clause(tok, cues):
        return True  # 'a report that he had made advances': what it says
    verbs = _content_verbs()
    for t in tok.subtree:
        if t.i <= tok.i or t.i == participle.i:
            continue
        if t.pos_ in ("VERB", "AUX") and t.lemma_ in verbs and t.tag_ in FINITE_OR_GERUND:
            return True
        if t.dep_ == "mark" and t.lower_ == "that" and t.head.i != participle.i:
            return True
    if any(c.dep_ == "punct" and c.text == ":" and c.i > participle.i for c in tok.children):
        return True  # 'a readout that was issued by X after the call:', the parse hanging the text on the noun
    after = tok.right_edge.i + 1
    nxt = tok.doc[after] if after < tok.sent.end - 1 else None
    return nxt is not None and (nxt.text in (":", "\u201c") or (nxt.text == '"' and nxt.tag_ == "``"))  # opens one


def mentioned_by_participle(tok, lex) -> bool:
    """A source noun named through a participle of its making or passing on ('prepared', 'sent', 'provided',
    'leaked', 'called'), standing where nothing credits it, with nothing it says in the sentence."""
    cues = lex.cues
    participle = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.i > tok.i and (
        c.lemma_ in cues["agent_verbs"] or c.lemma_ == "call") and c.tag_ in ("VBN", "VBD")), None)
    if participle is None:
        return False
    role = _role_token(tok)
    if _credited_place(role, cues) or (role is not tok and _credited_place(tok, cues)):
        return False
    return not _tells_something(tok, participle, cues)


def adds_to_something(tok) -> bool:
    """'The report added another jolt to a chaotic week': "add" with a noun object and a "to" phrase, no clause
    and no quotation (not 'the report added that ...', '"...," the statement added')."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_ != "add":
        return False
    kids = list(head.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids) or any(t.text in QUOTE_MARKS for t in tok.sent):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids) and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in kids)


def credit_counts(tok, lex) -> bool:
    """Whether a source noun the judges credited counts as a credit by the annotation rules (see the module
    docstring); names and outlets are not judged here."""
    if noun_key(tok) not in lex.nouns:
        return True
    return not (mentioned_by_participle(tok, lex) or adds_to_something(tok) or reports_of_people(tok, lex)
                or figures_of_people(tok, lex))


def figures_of_people(tok, lex) -> bool:
    """'Senior opposition figures have said ...', 'leading party figures warned': figures of rank or renown
    (``people_figure_words``) are people speaking, not numbers (not 'official figures show', 'the latest figures')."""
    return tok.lower_ == "figures" and any(c.dep_ == "amod" and c.lower_ in lex.cues["people_figure_words"]
                                           for c in tok.children)


def reports_of_people(tok, lex) -> bool:
    """'reports from South Korean delegates suggesting ...', 'accounts by witnesses': plural reports of unnamed
    people are those people speaking (as 'according to officials' is), not a document (not 'a report by two
    senators', 'reports by local journalists')."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in PEOPLE_REPORTS:
        return False
    cues = lex.cues
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "by"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.tag_ == "NNS" and obj.lemma_.lower() not in cues["media_person_nouns"] and (
                    obj.lower_ in cues["person_nouns"] or obj.lemma_.lower() in cues["people_nouns"]) and \
                    not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children):
                return True
    return False


PEOPLE_REPORTS = frozenset({"report", "account"})
ADVERT_NOUNS = frozenset({"ad", "advert", "advertisement", "advertising", "advertorial", "commercial"})
PLACES_IN = frozenset({"in", "on"})


def _advert(tok) -> bool:
    return tok.lemma_.lower() in ADVERT_NOUNS or tok.lower_ in ("ads", "adverts", "advertisements", "commercials")


def advert_place(tok) -> bool:
    """'Three newspaper adverts were published in the X Herald, Y and the Z', 'the party ran ads in X', 'an advert
    in X': the outlet (or document) holds an advertisement - paid space, not a report it carries."""
    tok = _role_token(tok)  # 'in X, Y and the Z': each paper of the list
    if tok.dep_ != "pobj" or tok.head.lower_ not in PLACES_IN:
        return False
    holder = tok.head.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return _advert(holder)
    return holder.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _advert(c)
                                                  for c in holder.children)


def mark_uncounted(found: list, lex) -> None:
    """Turn the candidates whose noun the rules do not count into mentions (kept for what refers back to them)."""
    for f in found:
        if f.mention:
            continue
        tok = _source_token(f)
        if tok is not None and (f.noun is not None and not credit_counts(tok, lex) or advert_place(tok)):
            f.mention = True
