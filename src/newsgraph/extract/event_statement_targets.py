"""Whom a spoken judgement is about: the actor judged (a name, a resolved pronoun, an office) and,
when nobody is named, what is judged — an act someone did (a decision, remarks, "it"), which can be
criticised without a name, or a thing with no actor (the weather, a film, the economy), which
makes no event."""
from __future__ import annotations

from ..model import Actor
from .actor_codes import sector_of
from .actor_works import author_of, claim_subject, work_sector
from .event_actors import actor_of, noun_phrase, same_actor, subject_of
from .event_slots import topic_place
from .event_statement_words import first_person
from .sentence_view import doc_ents

SELF = frozenset({"i", "we", "me", "us", "my", "our", "you", "your", "myself", "ourselves", "yourself"})
# A praise target must be a person or an organisation, not a place ("a great day for Ohio").
PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})
ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# What people in public life do or say: judged without a name, it is still someone's act
# ("these attacks are garbage", "a despicable decision", "the bill is a disgrace").
ACT_NOUNS = frozenset({
    "legislation", "bill", "law", "policy", "plan", "decision", "proposal", "order", "ruling", "budget", "reform",
    "measure", "program", "programme", "deal", "agreement", "strategy", "regulation", "rule", "ban", "tariff",
    "sanction", "response", "handling", "move", "action", "act", "conduct", "behavior", "behaviour",
    "remark", "comment", "statement", "word", "rhetoric", "language", "tweet", "speech", "attack", "claim",
    "accusation", "allegation", "charge", "campaign", "vote", "veto", "nomination", "appointment", "firing",
    "impeachment", "approach", "tactic", "stance", "position",
    "offer", "demand", "request", "threat", "lie", "treatment", "leadership", "administration", "government",
    "record", "performance", "testimony", "report", "message", "ad", "advertisement", "video", "post", "letter",
    "announcement", "declaration", "shutdown", "crackdown", "invasion", "occupation", "blockade", "raid", "strike",
    "operation", "effort", "attempt", "idea", "initiative", "executive", "memo", "policy-making", "choice",
    "judgment", "judgement", "compromise", "concession", "settlement", "activity", "practice", "system",
    "prosecution", "indictment", "call",
    "it", "this", "that", "these", "those", "which", "what", "he", "she", "they", "him", "her", "them"})
# Nouns for people and groups: judging them is judging someone ("these extremist groups").
PEOPLE_NOUNS = frozenset({
    "group", "people", "person", "man", "woman", "men", "women", "member", "official", "leader", "politician",
    "activist", "supporter", "critic", "opponent", "protester", "protestor", "voter", "citizen", "lawmaker",
    "legislator", "senator", "congressman", "congresswoman", "representative", "candidate", "nominee", "party",
    "faction", "movement", "organization", "organisation", "campaign", "team", "staff", "aide", "adviser",
    "advisor", "bureaucrat", "elite", "establishment", "media", "press", "reporter", "journalist",
    "network", "company", "corporation", "firm", "bank", "industry", "lobby", "lobbyist", "donor", "union",
    "regime", "government", "administration", "agency", "department", "ministry", "court", "judge", "police",
    "army", "military", "force", "militia", "rebel", "militant", "terrorist", "extremist", "gang", "mob",
    "crowd", "majority", "minority", "colleague", "counterpart", "rival", "ally", "enemy", "side", "everyone",
    "anyone", "somebody", "someone", "anybody", "nobody"})
# People someone speaks for: "my client did nothing wrong" defends the client, not the speaker.
PERSON_NOUNS = PEOPLE_NOUNS | frozenset({"client", "son", "daughter", "wife", "husband", "father", "mother",
                                         "brother", "sister", "family", "friend", "boss", "employee", "officer",
                                         "soldier", "troops", "president", "governor", "mayor", "minister",
                                         "boy", "girl", "child", "children", "kid", "kids", "partner"})
# Third-person pronouns: a judgement on "they"/"he" is an event even when the pronoun stays unresolved.
THIRD = frozenset({"he", "she", "they", "him", "her", "them", "it", "this", "that", "these", "those"})
DISMAY_PREPS = frozenset({"in", "with", "by", "about", "at", "over", "of", "toward", "towards"})
# Prepositions after a judgement word that name whom it is about ("critical of X", "proud of X").
ABOUT_PREPS = frozenset({"of", "about", "with", "toward", "towards", "in"})


def who(tok, index, speaker: Actor | None, praise: bool = False) -> Actor | None:
    """The actor ``tok`` names, when it names one other than the speaker: a name, a pronoun the
    index resolves, or an office ("the senator"); not a thing ("the Russia probe")."""
    if tok is None or tok.lower_ in SELF or (praise and tok.ent_type_ in PLACE_TYPES):
        return None
    if not (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_TYPES
            or sector_of(tok.lower_) or sector_of(tok.lemma_.lower())):
        owner = act_owner(tok, index, praise)
        return owner if owner is not None and not same_actor(speaker, owner) else None
    actor = actor_of(tok, index)
    if actor is None and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG"):
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        actor = Actor(ent.text if ent is not None else tok.text, None)  # named, though not coded ("AARP")
    return actor if actor is not None and not same_actor(speaker, actor) else None


def act_owner(tok, index, praise: bool = False) -> Actor | None:
    """Whose act or work a common noun names when the noun itself is nobody: the name compounded
    into it ("the National Enquirer story", "the Obama plan"), the one a claim is about ("claims that
    tea party activists ..."), its maker ("the decision by the Supreme Court") or the body that issues
    such works ("the indictment", "the bill"). None for a thing or a topic ("the Russia probe")."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "nmod") and c.i < tok.i and (c.ent_type_ in ACTOR_TYPES or (
                c.pos_ == "PROPN" and not c.ent_type_)) and not topic_place(c) and not (
                praise and c.ent_type_ in PLACE_TYPES):
            found = actor_of(c, index)
            if found is not None and found.code:
                return found
    for made in (claim_subject(tok), author_of(tok)):
        if made is not None and not (praise and made.ent_type_ in PLACE_TYPES):
            found = actor_of(made, index)
            if found is not None and found.code:
                return found
    issuer = work_sector(tok)
    return Actor(noun_phrase(tok).text, issuer, None) if issuer is not None else None


def _clause_subjects(cur) -> list:
    subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and cur.pos_ in ("VERB", "AUX") and subject_of(cur) is not None:
        subjects = [subject_of(cur)]
    if subjects and subjects[0].lower_ == "it":
        held = _extraposed(cur)
        if held is not None:
            return [held]  # "it is regrettable that Reid waited": Reid is judged, not "it"
    return subjects


def _extraposed(cur):
    """The subject of the clause an anticipatory "it" stands for: "it is regrettable that [Reid] waited",
    "it is outrageous for [the governor] to veto the bill"; None when there is none."""
    for c in cur.children:
        if c.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in (("that",) if c.dep_ == "ccomp" else ("for",)) for m in c.children):
            return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def judged_token(tok, stop: set[int]):
    """What the judgement word is said of: the noun it modifies ("a despicable decision"), the
    subject of its clause ("it's not OK", "they lied"), else None (a bare '"Nonsense," he said')."""
    cur = tok
    if tok.pos_ == "NOUN":  # "an indictment of the system", "a betrayal of our allies"
        about = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), None)
        if about is not None and not actless_thing(about):
            return about
    if tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
        noun = tok.head
        if noun.dep_ != "dobj" or not actless_thing(noun) or noun.head.i in stop:
            return noun  # "a despicable decision", "it's a terrible film", "describes the hostile reaction"
        cur = noun.head  # "could not give a good answer": judged is who gave it
    for _ in range(8):
        if cur.i in stop:
            return None
        subjects = _clause_subjects(cur) if (
            cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj", "parataxis")) else []
        subjects = [s for s in subjects if s.i not in stop]
        if subjects:
            return subjects[0]
        if cur.head.i == cur.i:
            break
        if cur.head.i in stop:  # "called the game a disaster": the naming verb's object is judged
            return next((c for c in cur.head.children if c.dep_ == "dobj" and c.i != tok.i), None)
        cur = cur.head
    return None


def self_judgement(judged) -> bool:
    """The speaker judges themselves or their own side: "I was wrong", "our nation will ...", "I used
    the wrong words", "portrayed himself as forthright"."""
    if judged is None:
        return False
    if first_person(judged) or judged.lower_ in ("himself", "herself", "themselves", "itself"):
        return True
    if judged.lemma_.lower() not in PERSON_NOUNS and any(c.dep_ == "poss" and first_person(c)
                                                          for c in judged.children):
        return True
    if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and first_person(g) for g in c.children)
           for c in judged.children):
        return True  # "the mistake I made", "the choices we made"
    if judged.dep_ == "dobj":  # an act's doer: "I used the wrong words"
        doer = next((c for c in judged.head.children if c.dep_ == "nsubj"), None)
        return doer is not None and first_person(doer)
    return False


def actless_thing(judged) -> bool:
    """A thing nobody did (the weather, a film, the economy): judging it is no event. Names,
    pronouns, offices and the acts of ACT_NOUNS are someone's."""
    if judged is None:
        return False
    if judged.lower_ in ("who", "which", "that") and judged.head.dep_ == "relcl":
        judged = judged.head.head  # "customers who feel ripped off": the antecedent
    if judged.pos_ == "PRON":
        return judged.lower_ not in THIRD and not first_person(judged)
    if judged.pos_ == "PROPN" or judged.ent_type_ in ACTOR_TYPES or sector_of(judged.lower_) \
            or sector_of(judged.lemma_.lower()):
        return False
    if any(c.dep_ == "poss" for c in judged.children):
        return False  # "his comments", "the president's plan"
    if any(c.dep_ == "compound" and c.lemma_.lower() in ACT_NOUNS for c in judged.children):
        return False  # "the impeachment process", "the tariff regime"
    if judged.pos_ == "NOUN" and act_owner(judged, None) is not None:
        return False  # "the National Enquirer story", "claims that X ...", "the decision by the court"
    if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.pos_ in ("PRON", "PROPN") and g.lower_ not in
                                     ("it", "which", "that", "who") for g in c.children) for c in judged.children):
        return False  # "the numbers that you gave", "the wall he wants": something someone did
    if judged.lower_ in THIRD or judged.lemma_.lower() in ACT_NOUNS or judged.lemma_.lower() in PEOPLE_NOUNS:
        return False
    if any(p.lower_ == "of" and any(g.dep_ == "pobj" and not actless_thing(g) for g in p.children)
           for p in judged.children):
        return False  # "this piece of legislation", "this kind of rhetoric"
    return judged.lemma_.lower() not in ACT_NOUNS and judged.lower_ not in ACT_NOUNS


def judged_actor(tok, stop: set[int], index, speaker: Actor | None, praise: bool,
                 naming: frozenset[str] = frozenset()) -> Actor | None:
    """The actor a judgement is about: the possessor or subject of the clauses around ``tok``, the
    object of "of"/"about" after it, or the named object of a naming verb."""
    head = tok.head
    if tok.dep_ == "attr":  # "Putin is not America's friend": the subject is judged, not the owner
        for s in _clause_subjects(head):
            actor = who(s, index, speaker, praise) if s.i not in stop else None
            if actor is not None:
                return actor
    if tok.dep_ in ("amod", "compound") and (head.pos_ == "PROPN" or any(
            c.dep_ == "compound" and c.ent_type_ in ACTOR_TYPES for c in head.children) or sector_of(head.lower_)):
        actor = who(head, index, speaker, praise)  # "the failed Obama administration", "a corrupt senator"
        if actor is not None:
            return actor
    for c in (*tok.children, *(head.children if tok.dep_ == "amod" else ())):
        # "called the governor's comments racist" parsed as one noun phrase; "his despicable decision"
        if c.dep_ in ("compound", "nmod", "poss") and c.i != tok.i:
            for x in (c, *(g for g in c.children if g.dep_ == "poss")):
                actor = who(x, index, speaker, praise)
                if actor is not None:
                    return actor
    if tok.dep_ == "amod" and head.pos_ == "NOUN":  # "hostile steps by Washington", "the illegal occupation by X"
        made = author_of(head)
        actor = who(made, index, speaker, praise) if made is not None and made.i not in stop else None
        if actor is not None:
            return actor
    for p in tok.children:  # "critical of the governor", "proud of our troops", "confidence in the director"
        if (p.dep_ == "prep" and p.lower_ in ABOUT_PREPS and (p.lower_ != "in" or tok.pos_ == "NOUN")) or (
                p.dep_ in ("prep", "agent") and p.lower_ == "by" and tok.pos_ == "NOUN"):  # "a power grab by X"
            for g in p.children:
                if g.dep_ == "pobj":
                    for x in (g, *(y for y in g.children if y.dep_ == "poss")):
                        actor = who(x, index, speaker, praise)
                        if actor is not None:
                            return actor
    cur = tok
    for _ in range(8):
        cands = [c for c in cur.children if c.dep_ == "poss"]
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj", "parataxis"):
            subjects = _clause_subjects(cur)
            agent = next((g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            cands += [t for t in (agent, *subjects) if t is not None]
            cands += [c for s in subjects for c in s.children if c.dep_ == "poss"]
        if cur.dep_ == "dative" or (cur.dep_ == "dobj" and any(c.dep_ == "dative" for c in cur.head.children)):
            cands += [c for c in cur.head.children if c.dep_ == "dative"]  # "we owe our military support"
        for c in cands:
            actor = who(c, index, speaker, praise) if c.i not in stop else None
            if actor is not None:
                return actor
        if cur is tok and tok.pos_ == "VERB" and praise:  # "he respects Grassley" (the speaker respects)
            for c in tok.children:
                if c.dep_ == "dobj" and c.i not in stop:
                    actor = who(c, index, speaker, praise)
                    if actor is not None:
                        return actor
        if cur.head.i == cur.i or cur.head.i in stop:
            break
        cur = cur.head
    # "called the senator a disgrace", "described the plan as reckless": the named object (not the
    # audience of "told CNN")
    obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i not in stop), None) \
        if cur.head.i in stop and cur.head.lemma_.lower() in naming else None
    for c in (obj, *(g for g in (obj.children if obj is not None else ()) if g.dep_ == "poss")):
        actor = who(c, index, speaker, praise)
        if actor is not None:
            return actor
    return None


def dismayed_at(tok, index, speaker: Actor | None) -> Actor | None:
    """Whom the speaker is disappointed in, troubled by, angry at."""
    for p in tok.children:
        if p.dep_ in ("prep", "agent") and p.lower_ in DISMAY_PREPS:
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                for c in (g, *(x for x in g.children if x.dep_ == "poss")):
                    actor = who(c, index, speaker)
                    if actor is not None:
                        return actor
    return None


def dative_target(tok, index, speaker: Actor | None) -> Actor | None:
    """The one a support or commitment is owed or offered to: "owe our military support",
    "look forward to working with the organization"."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("with", "for", "to")):
                objs = [c] if c.dep_ == "dative" else [g for g in c.children if g.dep_ == "pobj"]
                for g in objs:
                    actor = who(g, index, speaker)
                    if actor is not None:
                        return actor
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None
