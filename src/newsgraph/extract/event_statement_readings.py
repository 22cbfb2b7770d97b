"""What one evaluative word or phrase says in its clause (data/event_evaluations.tsv through
event_statement_words): criticism, an accusation, praise, a defence, a denial, an outlook, an
intent, or nothing when it is negated the wrong way, only mentioned ("reports of misconduct"),
fought ("the fight against corruption") or conditional ("if voters choose the wrong candidate")."""
from __future__ import annotations

from .event_modality import unreal
from .event_statement_words import CRIMES, NEGATORS, first_words, kinds_of, negated, phrase_at
from .sentence_view import doc_view

# What a denial can be about: "the allegations are false", "that is nonsense", "it's a lie".
ALLEGATION_NOUNS = frozenset({
    "allegation", "accusation", "charge", "claim", "report", "story", "suggestion", "assertion", "rumor",
    "rumour", "article", "reporting", "account", "characterization", "depiction", "notion", "idea", "insinuation",
    "implication", "speculation", "that", "this", "it", "these", "those", "which", "everything", "anything",
    "narrative", "theory", "assessment", "conclusion", "finding", "portrayal", "version", "headline",
    "news", "tweet", "post", "contention"})
# Words of innocence that, said of someone's act without a negation, are a judgment against it.
IMPROPER = frozenset({"improper", "inappropriate", "unethical", "untoward", "illegal", "unlawful", "wrong", "corrupt",
                      "criminal"})
# Verbs whose object is a wrong fought, not a judgement ("tackle corruption", "end the chaos").
COMBAT_VERBS = frozenset({"fight", "combat", "tackle", "end", "stop", "eliminate", "eradicate", "root", "prevent",
                          "reduce", "curb", "address", "condemn", "denounce", "investigate", "expose", "report",
                          "oppose", "resist", "confront", "punish", "prosecute", "ban", "outlaw", "criminalize", "cut",
                          "crack", "target", "attack", "prohibit", "counter", "clean", "drain", "avert", "avoid"})
# Nouns after which a wrong is only mentioned ("allegations of fraud", "a probe into corruption").
MENTIONING = frozenset({"report", "allegation", "accusation", "charge", "claim", "evidence", "investigation",
                        "probe", "inquiry", "case", "count", "rumor", "rumour", "suspicion", "question", "story",
                        "complaint", "finding", "conviction", "trial", "history", "record", "culture", "problem",
                        "issue", "fight", "war", "crackdown", "campaign", "law", "bill", "victim", "scene",
                        "proof", "sign", "indication", "hint", "trace", "talk", "definition"})
# Verbs whose that-clause the speaker concedes about their own side.
ADMITTING = frozenset({"admit", "acknowledge", "concede", "confess"})
# Nouns whose that-clause is only reported ("allegations that he misused his office").
REPORT_NOUNS = frozenset({"report", "allegation", "accusation", "charge", "claim", "evidence", "proof", "sign",
                          "indication", "suspicion", "rumor", "rumour", "story", "speculation", "suggestion"})
# Predicative places of a judgement word ("was improper", "called it illegal"), not "illegal immigrants".
PREDICATIVE = frozenset({"acomp", "attr", "oprd", "ccomp", "ROOT", "xcomp", "conj"})
# Nouns whose negated good quality is a criticism ("could not give a good answer"), unlike "did not
# contain sufficient evidence".
ACCEPTABLE_NOUNS = frozenset({"answer", "job", "explanation", "reason", "excuse", "leader", "argument", "case",
                              "idea", "plan", "solution", "deal", "faith", "effort", "work", "decision", "choice",
                              "candidate", "option", "president", "leadership", "response", "policy", "judgment"})


def _denies(tok, kind: str) -> bool:
    """A falsity word said of an allegation, or an innocence word under a negation."""
    if kind == "innocence":
        if tok.pos_ == "ADJ":  # "did nothing wrong", "was not improper"
            return tok.head.lower_ == "nothing" or any(
                t.lower_ == "nothing" for t in tok.doc[max(tok.i - 2, 0):tok.i]) or negated(tok)
        return any(c.lower_ in ("no", "any") for c in tok.children) or negated(tok.head) or (
            tok.head.dep_ == "prep" and negated(tok.head.head))
    if tok.dep_ == "amod":  # "these false allegations"
        return tok.head.lemma_.lower() in ALLEGATION_NOUNS
    clause = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return tok.dep_ in ("ROOT", "ccomp", "parataxis")  # '"Nonsense," he said.'
    return subj.lemma_.lower() in ALLEGATION_NOUNS or subj.lower_ in ALLEGATION_NOUNS


def conditional(tok) -> bool:
    """ "It would be a disaster if ...", "if voters choose the wrong candidate": the judgement is of a
    case that has not happened."""
    view = doc_view(tok.doc)  # read on the view's lists (tok and its ancestors by position): no Token is made
    head, dep, lower, lemma, kids = view.head, view.dep, view.lower, view.lemma, view.children
    chain = [tok.i]
    while head[chain[-1]] != chain[-1] and len(chain) <= len(head):
        chain.append(head[chain[-1]])
    if any(dep[c] == "mark" and lower[c] in ("if", "unless", "whether") for a in chain for c in kids[a]):
        return True
    if any(dep[a] == "ccomp" and lemma[head[a]] in ("hope", "wish", "pray") for a in chain):
        return True  # "I hope they are not right about him": a wish
    if any(dep[a] == "ccomp" and lemma[head[a]] in ADMITTING for a in chain):
        return True  # "he'll be the first to admit that those were mistakes": an admission, not a judgement
    if any({lower[c] for c in kids[a] if dep[c] == "aux"} >= {"have"} and any(
            dep[c] == "aux" and lower[c] in ("would", "could", "might") for c in kids[a]) for a in chain):
        return True  # "how bad that might have been": what did not happen
    return any(dep[c] == "advcl" and any(dep[m] == "mark" and lower[m] in ("if", "unless") for m in kids[c])
               for a in chain for c in kids[a])


def _opposed(tok) -> bool:
    """A wrong named as what someone fights ("its fight against corruption", "to root out racism"):
    no judgement of anyone."""
    while tok.dep_ == "conj" and tok.head is not tok:  # "cutting waste and fraud"
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("against", "on") and head.head.lemma_.lower() not in ("be",):
        return True
    if tok.dep_ == "amod":
        tok, head = tok.head, tok.head.head  # "no proof of racist behavior": the noun decides
    if tok.dep_ == "pobj" and head.lower_ in ("of", "about", "into") and head.head.lemma_.lower() in MENTIONING:
        return True  # "reports of sexual misconduct", "an investigation into corruption": mentioned, not judged
    if any(a.dep_ in ("acl", "ccomp") and a.head.pos_ == "NOUN" and a.head.lemma_.lower() in REPORT_NOUNS
           for a in (tok, *tok.ancestors)):
        return True  # "accusations that the congressman had misused his office", "no sign that it is inaccurate"
    return tok.dep_ == "dobj" and head.lemma_.lower() in COMBAT_VERBS


def _reading(tok, kinds: tuple[str, ...], phrase: int | None, anchor=None) -> str | None:
    """What one evaluative word (or the phrase it starts, ending at index ``phrase``, hanging in the
    clause by ``anchor``) says in its clause: criticism, praise, denial, ..., or nothing."""
    anchor = tok if anchor is None else anchor
    if phrase is not None and tok.lower_ in NEGATORS:
        neg = False  # "no business", "no knowledge": the negation is the phrase's own
    elif phrase is not None:  # "committed no crime" is negated, "did nothing wrong" is not
        span = range(tok.i, phrase + 1)
        neg = any((c.dep_ == "neg" or c.lower_ in NEGATORS) and c.i not in span
                  for t in tok.doc[tok.i:phrase + 1] for c in t.children) or (
            negated(anchor) and not any(c.i in span and c.lower_ in NEGATORS for c in anchor.children))
    else:
        neg = negated(tok)
    if _opposed(anchor) and any(k in ("criticism", "accusation", "falsity", "innocence") for k in kinds):
        return None
    for kind in kinds:
        if kind == "falsity":
            if _denies(anchor, "falsity") or (phrase is not None and tok.lower_ in NEGATORS):
                return "denial"
            if not neg and tok.lemma_.lower() != "true":
                return "criticism"  # "his plan is nonsense": a judgment, not a denial
            continue
        if kind == "innocence":
            if _denies(tok, "innocence"):
                return "innocent"
            if tok.lemma_.lower() in IMPROPER and not neg and tok.dep_ in PREDICATIVE:
                return "criticism"  # "the request was improper", "considers the activity illegal"
            continue
        if kind == "involvement":
            if neg:
                return "ignorance"
            continue
        if kind == "acceptable":  # "is not OK", "could not give a good answer"; not "no sufficient evidence"
            if neg and (anchor.dep_ != "amod" or anchor.head.lemma_.lower() in ACCEPTABLE_NOUNS):
                return "criticism"
            continue
        if kind == "accusation" and anchor.pos_ == "ADJ" and anchor.dep_ == "amod":
            continue  # "criminal charges", "a corrupt system": only said of someone ("he is corrupt")
        if kind == "accusation":
            return "denied" if neg else kind  # "I did not break any laws", "she committed no crime"
        if kind == "criticism":
            return "undone" if neg else kind
        if kind == "praise":
            if anchor.dep_ == "pobj" and anchor.head.lower_ == "without":
                return None  # "appointed without the full backing of the Senate"
            return "criticism" if neg else "praise"
        if kind == "optimism":
            return "pessimism" if neg else "optimism"
        if kind in ("ignorance", "dismay", "pessimism", "intent", "defence"):
            return None if neg else kind
    return None


def readings(content: list, end: int) -> list[tuple[object, str]]:
    found = []
    skip_until = -1
    if not content:
        return found
    view = doc_view(content[0].doc)
    lemmas, lowers, listed = view.lemma, view.lower, first_words()
    for tok in content:
        if tok.i <= skip_until:
            continue
        if lemmas[tok.i] not in listed and lowers[tok.i] not in listed:
            continue  # no listed word or phrase starts here: phrase_at and kinds_of find nothing
        match = phrase_at(tok, end)
        anchor = tok
        if match is not None:
            kinds, phrase = (match[0],), match[1]
            skip_until = match[1]
            span = tok.doc[tok.i:phrase + 1]
            # the phrase's word that hangs in the clause: "completely false" -> false, "had no knowledge" -> had
            anchor = next((t for t in span if t.head.i < tok.i or t.head.i > phrase or t.head is t), tok)
            if kinds[0] in ("criticism", "accusation") and anchor.lemma_.lower() in CRIMES and any(
                    a.dep_ in ("relcl", "acl") for a in (anchor, *anchor.ancestors)):
                continue  # "whom he fired for lying to the vice president": a fact, not a judgement
        else:
            kinds, phrase = kinds_of(tok), None
        kinds = tuple(k for k in kinds if k not in ("cue", "naming"))
        if not kinds or unreal(anchor) or conditional(anchor):
            continue
        reading = _reading(tok, kinds, phrase, anchor)
        if reading is not None:
            found.append((anchor, reading))
    return found


