"""Acts done by saying something, read from the form of what is said: an appeal ("Tone down the
rhetoric", "we must stand together" -> 020), a refusal in the first person ("I'm not going to pay"
-> 120) and declining to comment ("we're not going to get into that" -> 011). Only direct quotes
and reported speech are read (see event_statements)."""
from __future__ import annotations

from .sentence_view import doc_view, sent_of

# Imperatives of conversation, not appeals: "look, ...", "let me be clear", "make no mistake".
DISCOURSE_VERBS = frozenset({"let", "look", "see", "listen", "thank", "imagine", "remember", "mind", "say", "excuse",
                             "forgive", "believe", "trust", "make", "wait", "hear", "consider", "take", "get", "go",
                             "come", "guess", "suppose", "note", "understand", "know", "tell", "ask", "read", "check",
                             "watch", "stay", "keep", "worry", "call", "please", "welcome", "hello", "be", "have",
                             "do", "congratulate", "bless", "love", "enjoy", "pardon", "kid", "fuck"})
# What a first-person "we will not ..." leaves undone without refusing anyone.
NO_REFUSAL = frozenset({"be", "have", "know", "forget", "see", "happen", "rest", "stop", "quit", "give", "let", "go",
                        "get", "need", "want", "like", "make", "do", "say", "tell", "think", "find", "lose", "win",
                        "fail", "succeed", "come", "stand", "sit", "wait", "hesitate", "look", "change", "run", "take",
                        "allow", "forgive", "apologize", "apologise", "back", "bow", "kneel", "yield", "cave", "break",
                        "tolerate", "survive", "die", "live", "last", "work", "ask", "call", "urge", "seek", "request",
                        "try", "pretend", "speculate"})
COMMENT_VERBS = frozenset({"comment", "speculate", "discuss", "elaborate", "characterize", "characterise", "disclose",
                           "reveal", "talk", "address", "detail", "confirm", "respond", "answer", "weigh", "get"})
FUTURE = frozenset({"will", "wo", "'ll", "’ll", "shall"})
TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "at", "by"})
APPEAL_SUBJECTS = frozenset({"you", "everyone", "everybody", "all", "americans"})
# "We must ...": an appeal; "we need to ..." is as often the speaker's own plan.
MUST_SUBJECTS = APPEAL_SUBJECTS | {"we"}
OBLIGATION = frozenset({"must"})
MODALS = frozenset({"may", "might", "could", "would", "can", "will", "'ll", "’ll"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis", "conj", "advcl"})
QUOTE_OPENERS = frozenset({'"', "“", "``", ":"})
OPENERS = frozenset({'"', "“", "``", "'", "‘", "please", "and", "so", "but", "now", "just", "do", "n't", "not",
                     "never", "-", "—", "–", ":", ",", "then"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def _subject(tok):
    view = doc_view(tok.doc)  # the view's lists: no Token is made for children that are no subject
    dep = view.dep
    return next((view.tokens[c] for c in view.children[tok.i] if dep[c] in SUBJECT_DEPS), None)


def _opens_clause(tok, quoted: set[int]) -> bool:
    """Nothing but an opening quote, "please", "and" or "don't" stands before ``tok`` in its quote."""
    j = tok.i - 1
    start = sent_of(tok).start  # (Token.sent finds the sentence afresh at every read)
    while j >= start:
        prev = tok.doc[j]
        if prev.text in QUOTE_OPENERS:  # a quote that opens a sentence or follows a colon/comma, not a fragment
            before = tok.doc[j - 1] if j > start else None  # ("he'd \"like to shoot\" his father")
            return before is None or before.is_punct or before.pos_ == "VERB" or prev.text == ":"
        if prev.lower_ not in OPENERS or j not in quoted:
            return False
        j -= 1
    return True


def imperative(tok, quoted: set[int]) -> bool:
    """``tok`` heads an imperative clause inside a direct quote: "Tone down our rhetoric", "Stop the
    killing", "Don't let them divide us"."""
    if tok.i not in quoted or tok.dep_ not in CLAUSE_DEPS | {"xcomp"} or _subject(tok) is not None:
        return False
    if tok.lemma_.lower() in DISCOURSE_VERBS or tok.lower_ in DISCOURSE_VERBS:
        return False
    if tok.lower_ == "put" and tok.doc[tok.i + 1:tok.i + 4].text.lower() == "it this way":
        return False  # "Put it this way: ..."
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do",) for c in tok.children):
        return False
    if any(c.dep_ == "mark" for c in tok.children):
        return False
    sent = sent_of(tok)  # (read once: Token.sent finds the sentence afresh at every read)
    if sent[-1].text == "?":
        return False
    base = tok.tag_ == "VB" or any(c.dep_ == "conj" and c.tag_ == "VB" and _subject(c) is None for c in tok.children)
    if not base or not _opens_clause(tok, quoted):
        return False
    run = [t for t in tok.doc[tok.i:sent.end] if t.i in quoted]
    words = [t for t in run if t.is_alpha]
    content_words = [t for t in words if t.lower_ not in TITLE_SMALL_WORDS]
    if len(words) < 2 or all(t.is_title for t in content_words):
        return False  # a title ("Face the Nation", "Meet the Press"), not an order
    if tok.dep_ in ("advcl", "xcomp"):  # a misparsed quote opening ('"Tone down ...," he said'), not "as promised, address"
        j = tok.i - 1
        while j >= sent.start and tok.doc[j].lower_ in ("please", "do", "n't", "not", "never"):
            j -= 1
        if j < sent.start or tok.doc[j].text not in ('"', "“", "``"):
            return False
    return tok.dep_ != "conj" or _subject(tok.head) is None  # "we came and stay": not an order


def obligation_appeal(tok) -> bool:
    """ "We must stand together", "you have to listen", "we need to tone it down", "let's work
    together": an appeal to the audience."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = _subject(tok)
    lemma = tok.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in tok.children)
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children):
        return False  # "you may have to do more work": advice on what could be needed
    if lemma in ("need", "have") and subj is not None and subj.lower_ in APPEAL_SUBJECTS - {"you"} and not negated:
        inner = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        return inner is not None and any(c.lower_ == "to" for c in inner.children)  # "we need to", "we have to"
    if subj is not None and subj.lower_ in MUST_SUBJECTS and any(
            c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
        return not negated and lemma != "have"
    if lemma == "let" and any(c.lower_ in ("'s", "’s", "us") for c in tok.children):
        return not any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() == "be" for c in tok.children)  # "let's be clear"
    return False


def first_person_refusal(tok) -> str | None:
    """ "We will not accept ...", "I'm not going to pay", "we won't comment": 120 for a refusal, 011
    for declining to comment; None otherwise."""
    view = doc_view(tok.doc)  # read on the view's lists: this is asked of every base-form verb of what is said
    i, dep, lower, kids = tok.i, view.dep, view.lower, view.children
    if view.pos[i] != "VERB" or view.tag[i] != "VB":
        return None
    lemma = view.lemma[i]
    clause = i
    auxes = {lower[c] for c in kids[i] if dep[c] == "aux"}
    negs = any(dep[c] == "neg" or lower[c] == "never" for c in kids[i])
    if dep[i] == "xcomp" and lower[view.head[i]] == "going":  # "I'm not going to pay"
        clause = view.head[i]
        auxes = {lower[c] for c in kids[clause] if dep[c] == "aux"} | {"will"}
        negs = any(dep[c] == "neg" or lower[c] == "never" for c in kids[clause])
    subj = next((c for c in kids[clause] if dep[c] in SUBJECT_DEPS), None)
    if subj is None or lower[subj] not in ("i", "we") or not negs or not (auxes & (FUTURE | {"will"})):
        return None
    if lemma in COMMENT_VERBS:
        return "011"
    if lemma in NO_REFUSAL or any(dep[c] == "mark" for c in kids[clause]):
        return None
    return "120"
