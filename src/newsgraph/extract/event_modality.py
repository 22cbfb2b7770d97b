"""Negation and modality around an event trigger: negation ("did not agree"), auxiliaries
inherited through xcomp chains ("will begin to withdraw"), and background relative clauses."""
from __future__ import annotations

from .event_match import entry_for
from .sentence_view import doc_view

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
SPECULATIVE = frozenset({"may", "might", "could"})
OBLIGATION = frozenset({"must", "should"})
BE_FORMS = frozenset({"'s", "’s", "'re", "’re", "'m", "’m", "is", "are", "am", "was", "were"})
# Cooperative verbs whose negation is a refusal ("did not agree", "will not sign"); other
# negated actions ("never met") are no event. Not here (a refusal only with "will"/"would":
# "will not allow", "would not commit"): letting, committing and backing, whose plain negation
# states a standing rule or a position held ("California does not allow write-in candidates",
# "has not committed to any specifics", "isn't backing down"): in the coded training batches
# 0 of 11 such rule events were gold refusals (session 7, docs/events.md).
REFUSAL_WHEN_NEGATED = frozenset({
    "agree", "accept", "approve", "sign", "support", "endorse", "cooperate",
    "negotiate", "join", "recognize", "recognise", "lift", "withdraw", "release", "comply", "ratify",
    "abandon", "help", "provide", "send", "meet", "talk", "attend", "resume", "return", "ease", "yield",
    "concede", "extradite", "hand", "grant"})
# Taken out of REFUSAL_WHEN_NEGATED (see above); kept for the measurement scripts.
PLAIN_NEGATION_NO_REFUSAL = frozenset({"allow", "permit", "commit", "back"})


def is_negated(tok) -> bool:
    view = doc_view(tok.doc)  # (children and their words from the view's lists)
    kids, dep, lower = view.children, view.dep, view.lower
    i = tok.i
    for c in kids[i]:
        if dep[c] == "neg" or lower[c] in ("never", "no"):
            return True
        if lower[c] == "longer" and any(lower[g] == "no" for g in kids[c]):
            return True  # "no longer supports"
        if dep[c] == "dobj" and view.pos[i] == "VERB" and any(dep[g] == "det" and lower[g] == "no" for g in kids[c]):
            return True  # "held no talks", "made no concessions"
    if dep[i] in ("xcomp", "acomp") and tok.head.pos_ in ("VERB", "AUX"):
        # "is not willing to", "has no plans to", "is not going to ask"
        return any(c.dep_ == "neg" for c in tok.head.children) and (
            tok.head.lemma_ in ("be", "have", "go", "appear", "seem") or tok.head.lower_ in BE_FORMS)
    return False


def auxiliaries(tok) -> set[str]:
    """Auxiliaries of the trigger, inherited through xcomp chains ("will begin to withdraw")."""
    out: set[str] = set()
    view = doc_view(tok.doc)  # (children, heads and words from the view's lists)
    kids, dep, lower, head = view.children, view.dep, view.lower, view.head
    cur = tok.i
    for _ in range(3):
        out.update(lower[c] for c in kids[cur] if dep[c] in ("aux", "auxpass"))
        if dep[cur] != "xcomp" or head[cur] == cur:
            break
        if view.lemma[head[cur]] == "go" and lower[head[cur]] == "going":
            out.add("will")
        cur = head[cur]
        if entry_for(view.tokens[cur]) is not None:
            break
    if "going" in out:
        out.add("will")
    return out


def background_clause(tok) -> bool:
    """A relative clause that describes rather than reports: a standing position ("a group
    that opposes same-sex marriage") or a hypothetical one ("a president who will fund ...")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not aux and tok.tag_ in ("VBZ", "VBP"):
        return True
    if any(c.lower_ == "whose" for s in tok.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children):
        return True  # "a parent whose son was killed": a description of the parent
    head = tok.head
    return bool(aux) and any(a.lower_ in FUTURE | SPECULATIVE for a in aux) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in head.children)


# Verbs of stance whose gerund complement is a position held, not an act done.
STANCE_VERBS = frozenset({"favor", "favour", "advocate", "oppose", "support", "endorse", "back", "reject",
                          # and proposals: "suggested pushing back the date", "considered imposing"
                          "suggest", "propose", "recommend", "consider", "contemplate", "mull", "discuss", "urge"})
WISH_VERBS = frozenset({"want", "wish", "need", "like", "prefer", "love", "expect"})
# Feelings whose that-clause is what someone fears or welcomes, not a reported event.
FEELINGS = frozenset({"alarm", "worry", "fear", "concern", "anger", "upset", "outrage", "trouble", "frighten",
                      "disturb", "please", "delight", "relieve", "dismay", "frustrate"})
# Nouns whose infinitive is only intended ("a request to investigate"); an attempt or a decision may
# have happened and is left to the coder.
INTENTION_NOUNS = frozenset({
    "request", "plan", "proposal", "idea", "need", "desire", "wish", "push", "promise", "pledge", "intention", "offer",
    "call", "demand", "suggestion", "threat", "bid", "ambition", "hope", "goal", "aim", "dream", "effort",
    "recommendation", "question", "possibility", "prospect", "conspiracy", "plot", "scheme", "fear", "worry", "risk",
    "danger", "chance", "likelihood",
    # capacities and occasions: "the absolute right to declare an emergency", "the power to impose tariffs"
    "right", "power", "authority", "ability", "capacity", "freedom", "option", "permission", "leeway", "latitude",
    "license", "licence", "means", "opportunity", "mandate", "duty", "obligation", "pressure",
    "incentive", "reason", "temptation", "urge", "motivation", "tool", "leverage", "opening", "window", "room",
    # reluctance and failure: "Trump's reluctance to roll back tariffs", "the failure to pass the bill"
    "reluctance", "hesitation", "hesitancy", "unwillingness", "inability", "failure"})
# Words of predicting whose infinitive has not happened: "is likely to deploy", "is set to visit".
PREDICTIVE = frozenset({"likely", "unlikely", "certain", "sure", "bound", "poised", "set", "due", "scheduled", "slated",
                        "projected", "predicted", "forecast", "tipped", "apt", "liable", "destined", "supposed",
                        "predict", "project", "schedule", "slate", "tip", "anticipate", "prepare", "gear"})
# Verbs of seeming and believing: what only seems or is believed to be coming has not happened
# ("it looks like X is going to beat Y", "it seems Russia will attack").
SEEMING = frozenset({"seem", "look", "sound", "appear"})
BELIEVING = frozenset({"think", "believe", "suspect", "guess", "bet", "predict", "reckon", "suppose", "imagine",
                       "assume", "doubt", "estimate", "anticipate", "presume", "feel"})
# Verbs whose bare subjunctive clause is asked for, not done ("suggested that Beijing resume buying").
ASKING = frozenset({"suggest", "propose", "recommend", "demand", "insist", "ask", "urge", "request", "require",
                    "order", "advise", "prefer", "move", "pray", "beg"})
# Time clauses that speak of what has not happened yet: "until the FBI completes its probe",
# "before Trump has a chance to interfere".
NOT_YET_MARKS = frozenset({"until", "till", "before", "once"})
# Adjectives of hesitation whose "of"-complement has not happened ("wary of offering concessions").
WARY = frozenset({"wary", "afraid", "fearful", "scared", "worried", "reluctant", "hesitant", "nervous", "leery",
                  "cautious", "suspicious", "skeptical", "sceptical", "capable"})
# Verbs of finding out whose negated that-clause did not (as far as anyone showed) happen.
ESTABLISHING = frozenset({"establish", "prove", "show", "find", "conclude", "confirm", "demonstrate"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Links followed up from a trigger to the clauses that may make it hypothetical.
CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "conj", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "agent"})


def misread_verb(tok) -> bool:
    """A main verb the parser hung on its object as a modifier: "Trump assailed Williams", "the
    story that alleged Cruz has had ...": a past-tense form, or a participle between two names."""
    if tok.tag_ == "VBD":
        return True
    doc = tok.doc
    return tok.tag_ == "VBN" and tok.head.pos_ == "PROPN" and tok.i > 0 and doc[tok.i - 1].pos_ in ("PROPN", "PRON")


def hypothetical(tok) -> bool:
    """No event happens in a wish, a condition or a question ("wants Congress to investigate",
    "if negotiators decide to compromise", "asked whether he supported", "a need for X to
    launch investigations"), in what a noun intends ("Trump's request to investigate", "a plan to
    withdraw"), in what someone is alarmed or glad about ("alarmed that the government is
    denying ..."), nor in a participle used as an adjective ("its agreed cuts")."""
    if tok.dep_ in ("amod", "compound") and tok.pos_ == "VERB" and not misread_verb(tok):
        return True  # "its agreed cuts", "talking points"
    if tok.dep_ in ("csubj", "csubjpass") or (tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "VBG"):
        return True  # "actually signing a deal has proved elusive": an act talked about, not done
    return unreal(tok)


def _not_yet(view, clause: int) -> bool:
    """ "until the FBI completes its probe", "before Trump has a chance": not happened yet (``clause``: a position
    in the document of ``view``)."""
    kids, dep, lower = view.children, view.dep, view.lower
    if not any(dep[c] == "mark" and lower[c] in NOT_YET_MARKS for c in kids[clause]):
        return False
    if any(dep[c] == "mark" and lower[c] in ("until", "till") for c in kids[clause]):
        head = view.head[clause]  # "did not stop until police fired": it did; "shouldn't get a vote until ...": not yet
        return not (any(dep[c] == "neg" for c in kids[head]) and (view.tag[head] == "VBD" or any(
            dep[c] == "aux" and lower[c] in ("did", "had", "was", "were") for c in kids[head])))
    auxes = {lower[c] for c in kids[clause] if dep[c] in ("aux", "auxpass")}
    return view.tag[clause] in ("VBZ", "VBP") or bool(auxes & {"can", "will", "'ll", "is", "are", "am"}) and \
        view.tag[clause] != "VBG"


def _purpose(view, clause: int) -> bool:
    """ "in order to X", "so as to X": what an act was for is not asserted."""
    kids, dep, lower = view.children, view.dep, view.lower
    if not any(dep[c] == "aux" and lower[c] == "to" for c in kids[clause]):
        return False
    head = view.head[clause]
    if lower[head] == "order" and lower[view.head[head]] == "in":
        return True
    return any(lower[c] == "as" and c == clause - 2 for c in kids[clause])  # "so as to"


def unreal(tok) -> bool:
    """The clause of ``tok`` is a wish, a condition, a question, an intention or a feeling (see
    ``hypothetical``). (Walks the clauses above ``tok`` on the sentence_view lists: positions, not Tokens.)"""
    view = doc_view(tok.doc)
    kids, dep, lower, lemma, pos, tag, head_of = (view.children, view.dep, view.lower, view.lemma, view.pos,
                                                  view.tag, view.head)
    t = tok.i
    cur = head_of[t] if pos[t] in ("NOUN", "PROPN") and dep[t] in ("dobj", "attr") else t
    if t >= 2 and lower[t - 1] == "to" and lemma[t - 2] in INTENTION_NOUNS and pos[t - 2] == "NOUN":
        return True  # "his threats to declare an emergency", however the parser hangs the infinitive
    own_clause = True
    for _ in range(6):
        below = kids[cur]
        auxes = {lower[c] for c in below if dep[c] == "aux"} if own_clause else set()
        if auxes & {"would", "could", "might", "should"} and "have" in auxes:
            return True  # "he would have objected to ...": a counterfactual
        if any(dep[c] == "mark" and lower[c] in CONDITIONAL_MARKS for c in below):
            return True
        if _not_yet(view, cur):
            return True
        d, head = dep[cur], head_of[cur]
        above = lemma[head]
        if own_clause and d == "ccomp" and tag[cur] == "VB" and above in ASKING and any(
                dep[c] in ("nsubj", "nsubjpass") for c in below) and not any(
                dep[c] in ("aux", "auxpass") for c in below):
            return True  # "suggested that Beijing resume buying": a subjunctive, asked for, not done
        if d in ("xcomp", "ccomp", "advcl") and above in PREDICTIVE:
            return True  # "is likely to deploy", "is set to visit"
        if d in ("ccomp", "advcl") and above in SEEMING and (d == "ccomp" or any(
                dep[c] == "mark" and lower[c] in ("like", "though", "if") for c in below)):
            return True  # "it looks like X is going to beat Y", "it seems Russia will attack"
        if d == "ccomp" and above in BELIEVING and auxiliaries(tok) & (FUTURE | SPECULATIVE):
            return True  # "I think they will strike": a forecast
        if d in ("advcl", "acl") and _purpose(view, cur):
            return True  # "visited X in order to end the friendship": a purpose, not a deed
        if d == "pcomp" and lower[head] == "without":
            return True  # "without having to make any concessions"
        if head == cur or d not in CLAUSE_LINKS:
            return False
        if d in ("xcomp", "ccomp", "acl", "relcl") and above in WISH_VERBS:
            return True
        if d in ("xcomp", "pcomp", "dobj") and tag[cur] == "VBG" and (
                above in STANCE_VERBS or (dep[head] == "prep" and lemma[head_of[head]] == "believe")):
            return True  # "favors allowing partnerships", "did not believe in torturing suspects": a stance
        if d in ("acl", "advcl", "ccomp", "relcl") and above in INTENTION_NOUNS and (
                d == "ccomp" or any(dep[a] in ("aux", "mark") and lower[a] in ("to", "that") for a in below)):
            return True  # "Trump's request to investigate", "a plan to withdraw troops", "the recommendation that ..."
        if d == "ccomp" and (pos[head] == "ADJ" or above in FEELINGS):
            return True  # "alarmed that ...", "happy that ..."
        if d == "ccomp" and above in ESTABLISHING and any(dep[c] == "neg" for c in kids[head]):
            return True  # "did not establish that they coordinated with Russia"
        if d == "pcomp" and lower[head] == "of" and (
                lemma[head_of[head]] in INTENTION_NOUNS or lemma[head_of[head]] in WARY):
            return True  # "his fear of being extradited", "wary of offering concessions"
        own_clause = own_clause and (d in ("xcomp", "conj", "pcomp", "pobj", "prep") or (
            d == "advcl" and tag[cur] == "VBG"))
        cur = head
    return False


def clause_head(tok):
    """The verb heading the clause of ``tok`` (through infinitives and noun objects)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("dobj", "attr", "pobj", "nsubj", "nsubjpass"):
            cur = cur.head if cur.dep_ != "pobj" else cur.head.head
            continue
        if cur.dep_ in ("xcomp", "prep") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return cur


def question(tok) -> bool:
    """The trigger's clause asks whether it happens ("Will Russia attack Ukraine?", "Did the
    president meet Kim?"): an auxiliary before the subject in a sentence that ends in "?"."""
    head = clause_head(tok)
    ends = [t for t in tok.sent if t.i > tok.i and t.text in ("?", "?\"", "?”")]
    if not ends:
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in head.children) or (
        head.pos_ == "AUX" and head.i < subj.i)


def self_exhortation(tok) -> bool:
    """ "We should be supporting Ukraine", "I must tell you": what the speaker's own side ought
    to do is an opinion, not a demand on anyone."""
    subj = next((c for c in clause_head(tok).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in ("we", "i", "you", "one", "everyone", "everybody", "people")
