"""What a pronoun or a dashed apposition stands for in an event's sentence: the referent of an
unresolved he/she/they (in its sentence, the clause it describes, or the sentence before), the role an
"As governor of X, he" clause gives, and the subject the parser left out between dashes ("the two
states — Egypt and Jordan — criticised"). A subject the parser took from a dateline is
datelines.past_dateline's."""
from __future__ import annotations

from .actor_countries import country_kind
from .actor_people import known_person, person_by_surname
from .actor_sectors import sector_of
from .actor_tables import code_tables, is_country_code
from .event_match import SUBJECT_DEPS
from .sentence_view import sent_of, span_of

DASHES = frozenset({"-", "--", "–", "—", "―"})


def dash_subject(tok):
    """ "The only two Arab states — Egypt and Jordan — criticised X", parsed without a subject: the
    names between the dashes right before the verb."""
    sent = sent_of(tok)
    j = tok.i - 1
    while j > sent.start and tok.doc[j].pos_ in ("ADV", "AUX", "PART"):
        j -= 1
    if j <= sent.start or tok.doc[j].text not in DASHES:
        return None
    k = j - 1
    while k > sent.start and tok.doc[k].text not in DASHES and j - k < 12:
        k -= 1
    if tok.doc[k].text not in DASHES:
        return None
    inner = [t for t in tok.doc[k + 1:j] if t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and t.dep_ != "compound"]
    return inner[0] if inner else None


SINGULAR_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
PLURAL_PERSONAL = frozenset({"they", "them", "their"})


def clause_owner(tok):
    """The person whose speech or act a clause holding the pronoun describes: "Trump's call when he
    asked ...", "Obama's speech, in which he said ..." -> the possessor of the noun the clause
    modifies."""
    cur = tok.head
    for _ in range(4):
        if cur.dep_ in ("relcl", "acl", "advcl") and cur.head.pos_ == "NOUN":
            owner = next((c for c in cur.head.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
            return owner
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def as_role(tok):
    """ "As governor of Arkansas, he called ...": the role the pronoun's clause gives it."""
    verb = tok.head
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i < tok.i:
            role = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and sector_of(g.lower_)), None)
            if role is not None:
                return role
    return None


def _relativeantecedent(tok):
    """The noun a relative clause holding ``tok`` describes ("Trump, whom he called ...": not Trump)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl":
            return cur.head
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def personlike(tok) -> bool:
    """A person's name, also when the parser labels a known politician an organisation or nothing ("Bloomberg")."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ not in ("ORG", "") or tok.pos_ != "PROPN":
        return False
    if tok.text.lower() in code_tables().inst:  # "Congress", "the FBI": bodies, not people
        return False
    code = known_person(tok.text) or person_by_surname(tok.text)
    return bool(code) and is_country_code(code[:3]) and code[3:6] not in ("MED", "BUS", "NGO")


def antecedent(tok):
    """The sentence's own referent of an unresolved pronoun: the nearest preceding person for
    he/she ("When Patrick walked in ..., he apologized"; a possessor only when nothing else
    fits; never the noun a relative clause holding the pronoun describes: "X attacked Y, whom he
    called ..."), the nearest preceding plural subject for they/them ("residents marched ... they faced")."""
    before = list(reversed(span_of(tok.doc, sent_of(tok).start, tok.i)))
    own = own_subject(tok)
    if own is not None:  # "Biden mocked him": him is not Biden
        before = [t for t in before if t.i not in {x.i for x in own.subtree}]
    if tok.lower_ in SINGULAR_PERSONAL:
        described = _relativeantecedent(tok)
        skip = {described.i} if described is not None else set()
        if tok.dep_ == "poss":  # "Vindman was frustrated over his exclusion": the clause's own subject, not a target
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
            if subj is None and verb is not None and verb.dep_ in ("acomp", "xcomp", "ccomp"):
                subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                skip.add(subj.i)
        people = [t for t in before if personlike(t) and t.dep_ != "compound" and t.i not in skip]
        if not people:  # "The governor lashed out at X, whom he accused ...": an office-holder subject
            people = [t for t in before if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.tag_ == "NN"
                      and sector_of(t.lower_)]
        found = next((t for t in people if t.dep_ != "poss"), people[0] if people else None)
        if found is None and tok.dep_ in ("nsubj", "nsubjpass"):  # "Trump arrived in Tokyo. He criticised China."
            found = _previous_subject(tok, lambda t: personlike(t) and t.tag_ in ("NNP", "NN"))
        return found
    if tok.lower_ in PLURAL_PERSONAL:  # a subject first, then an object ("urged lawmakers ..., mocking them")
        plural = [t for t in before if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")]
        found = next((t for t in plural if t.dep_ in ("nsubj", "nsubjpass")), plural[0] if plural else None)
        if found is None and tok.dep_ in ("nsubj", "nsubjpass"):  # "Protesters gathered ... They demanded ..."
            found = _previous_subject(tok, lambda t: t.tag_ in ("NNS", "NNPS"))
        return found
    return None


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def own_subject(tok):
    """The subject of the clause whose object ``tok`` is, when ``tok`` is "him", "her" or "them" as an
    object ("Biden mocked him", "the governor urged them to leave"): a pronoun object that is not
    reflexive never means its own clause's subject."""
    if tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head  # "tried to mock him", "smiled and thanked him": the shared subject
    return None


def _previous_subject(tok, fits):
    """The main-clause subject of the sentence before ``tok``'s, when it fits (a pronoun opening a
    sentence continues the previous one's subject)."""
    start = sent_of(tok).start
    if start == 0 or any(t.dep_ in SUBJECT_DEPS and t.i < tok.i for t in tok.doc[start:tok.i]):
        return None  # only a sentence's first subject continues the one before
    prev = tok.doc[start - 1].sent
    root = prev.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and fits(subj) else None


def country_anaphor(tok):
    """The place "the country" / "the nation" points back to: the nearest country named earlier in
    the sentence that is no subject of a clause holding it ("US troops remain in Afghanistan, years
    after Washington invaded the country" -> Afghanistan). None when the phrase has other modifiers
    ("the country's leaders" is handled by its owner) or no other country is named."""
    if tok.lemma_.lower() not in ("country", "nation") or tok.dep_ not in ("dobj", "pobj", "nsubjpass") or [
            c.lower_ for c in tok.children] != ["the"]:
        return None
    # the subjects of the clauses holding it are the actors, not the country meant
    own = {c.i for a in tok.ancestors for c in a.children if c.dep_ in SUBJECT_DEPS}
    own |= {g.i for i in own for g in tok.doc[i].subtree}
    for ent in reversed([e for e in tok.sent.ents if e.end <= tok.i and e.label_ == "GPE"]):
        kind = country_kind(ent.text)
        if kind is not None and kind[1] == "name" and ent.root.i not in own and ent.root.dep_ != "compound":
            return ent.root  # a country's own name, not a city ("the eyes of the nation" in a Ferguson story)
    return None
