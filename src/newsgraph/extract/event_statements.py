"""Statements that are events: what a speaker says carries criticism (111), praise (051) or the
denial of an allegation (016).

A sentence that reports speech ("X said ...", "X wrote, '...'", a quote with a known speaker)
and codes nothing else is read for evaluative words (data/event_evaluations.tsv). The speaker is
the source; the target is the actor the judgment is about: the subject (or possessor) of the
clause that holds the evaluative word, looked up clause by clause but never past the verb of
saying. Criticism needs a target or two different critical words; praise needs a person or
organisation as target; a denial needs no target ("The allegations are false," a spokesman said).
"""
from __future__ import annotations

from ..model import Actor
from .actor_codes import sector_of
from .event_actors import actor_of, same_actor, subject_of
from .event_lexicon import evaluations
from .event_modality import unreal
from .event_triggers import Coded

_POS_LETTER = {"ADJ": "A", "VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N"}
CODES = {"criticism": "111", "praise": "051", "denial": "016", "dismay": "110"}
DISMAY_PREPS = frozenset({"in", "with", "by", "about", "at", "over"})
# What a denial can be about: "the allegations are false", "that is nonsense", "it's a lie".
ALLEGATION_NOUNS = frozenset({
    "allegation", "accusation", "charge", "claim", "report", "story", "suggestion", "assertion", "rumor",
    "rumour", "article", "reporting", "account", "characterization", "depiction", "notion", "idea", "insinuation",
    "implication", "speculation", "that", "this", "it", "these", "those", "which", "everything", "anything"})
NEGATORS = frozenset({"no", "never", "nothing", "neither", "nor", "without"})
SELF = frozenset({"i", "we", "me", "us", "my", "our", "you", "your"})
# A praise target must be a person or an organisation, not a place ("a great day for Ohio").
PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})
PHRASE_GAP = 2
# What a government or party does that can be criticised without naming anyone.
POLICY_NOUNS = frozenset({"legislation", "bill", "law", "policy", "plan", "decision", "proposal", "order", "ruling",
                          "budget", "reform", "measure", "program", "programme", "deal", "agreement", "strategy",
                          "regulation", "rule", "ban", "tariff", "tariffs", "sanctions", "response", "handling"})
# Accusing verbs that, inside a relative clause, state a fact about someone rather than judge.
CRIMES = frozenset({"lie", "collude", "bribe", "steal", "embezzle", "defraud", "launder", "extort", "blackmail",
                    "harass", "stonewall", "cover", "cheat", "mislead", "deceive", "rig"})
# Words of innocence that, said of someone's act without a negation, are a judgment against it.
IMPROPER = frozenset({"improper", "inappropriate", "unethical", "untoward"})
# Verbs of saying whose object is the person addressed ("told reporters"), not what is said.
ADDRESSING = frozenset({"tell", "inform", "assure", "remind", "brief", "notify", "warn"})


def _who(tok, index, speaker: Actor | None, praise: bool = False) -> Actor | None:
    """The actor ``tok`` names, when it names one other than the speaker: a name, a pronoun the
    index resolves, or an office ("the senator"); not a thing ("the Russia probe")."""
    if tok is None or tok.lower_ in SELF or (praise and tok.ent_type_ in PLACE_TYPES):
        return None
    if not (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or sector_of(tok.lower_) or sector_of(tok.lemma_.lower())):
        return None
    actor = actor_of(tok, index)
    return actor if actor is not None and not same_actor(speaker, actor) else None


def _negated(tok) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in tok.children):
        return True
    return tok.dep_ in ("acomp", "attr", "oprd", "xcomp", "dobj") and any(
        c.dep_ == "neg" for c in tok.head.children)


def _phrase_at(tok, rest: tuple[str, ...], end: int) -> bool:
    """The lemmas ``rest`` follow ``tok`` in order, at most PHRASE_GAP other words apart."""
    doc, i = tok.doc, tok.i
    for lemma in rest:
        for j in range(i + 1, min(i + 2 + PHRASE_GAP, end)):
            if doc[j].lemma_.lower() == lemma or doc[j].lower_ == lemma:
                i = j
                break
        else:
            return False
    return True


def _kind(tok, end: int) -> str | None:
    """criticism, praise, falsity, innocence, cue or None for one content token."""
    ev = evaluations()
    lemma = tok.lemma_.lower()
    pos = _POS_LETTER.get(tok.pos_)
    for rest_kind, rest in ev.phrases.get(lemma, ()):
        if _phrase_at(tok, rest, end):
            return rest_kind
    if pos is None:
        return None
    kind = ev.words.get((pos, lemma)) or ev.words.get((pos, tok.lower_))
    if kind is None and pos == "N":
        kind = ev.words.get(("A", tok.lower_))  # an adjective the tagger took for a noun ("comments racist")
    if lemma == "fail" and pos == "V" and not any(c.dep_ == "dobj" for c in tok.children):
        return None  # "failed to fulfil its cuts" reports; "failed the voters" judges
    if kind == "criticism" and lemma in CRIMES and any(a.dep_ in ("relcl", "acl") for a in (tok, *tok.ancestors)):
        return None  # "X, whom he fired for lying to the FBI": a fact about someone, not the judgment said
    if lemma == "cover" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return None  # only "cover up"
    if kind is None and tok.tag_ == "VBN":
        kind = ev.words.get(("A", tok.lower_))  # "was disappointed", "feel cheated"
    if kind is None and lemma == "true" and _negated(tok):
        return "falsity"  # "that is not true"
    return kind


def _denies(tok, kind: str) -> bool:
    """A falsity word said of an allegation, or an innocence word under a negation."""
    if kind == "innocence":
        if tok.pos_ == "ADJ":  # "did nothing wrong", "was not improper"
            return tok.head.lower_ == "nothing" or any(
                t.lower_ == "nothing" for t in tok.doc[max(tok.i - 2, 0):tok.i]) or _negated(tok)
        return any(c.lower_ in ("no", "any") for c in tok.children) or _negated(tok.head) or (
            tok.head.dep_ == "prep" and _negated(tok.head.head))
    if tok.dep_ == "amod":  # "these false allegations"
        return tok.head.lemma_.lower() in ALLEGATION_NOUNS
    clause = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return tok.dep_ in ("ROOT", "ccomp", "parataxis", "conj")  # '"Nonsense," he said.'
    return subj.lemma_.lower() in ALLEGATION_NOUNS or subj.lower_ in ALLEGATION_NOUNS


def _judged(tok, stop: set[int], index, speaker: Actor | None, praise: bool) -> Actor | None:
    """The actor a judgment is about: the possessor or subject of the clauses around ``tok``."""
    head = tok.head
    if tok.dep_ in ("amod", "compound") and (head.pos_ == "PROPN" or any(
            c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for c in head.children)):
        actor = _who(head, index, speaker, praise)  # "the failed Obama administration"
        if actor is not None:
            return actor
    for c in tok.children:  # "called the governor's comments racist" parsed as one noun phrase
        if c.dep_ in ("compound", "nmod"):
            for x in (c, *(g for g in c.children if g.dep_ == "poss")):
                actor = _who(x, index, speaker, praise)
                if actor is not None:
                    return actor
    cur = tok
    for _ in range(8):
        cands = [c for c in cur.children if c.dep_ == "poss"]
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj", "parataxis"):
            subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and cur.pos_ in ("VERB", "AUX") and subject_of(cur) is not None:
                subjects = [subject_of(cur)]
            agent = next((g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            cands += [t for t in (agent, *subjects) if t is not None]
            cands += [c for s in subjects for c in s.children if c.dep_ == "poss"]
        for c in cands:
            actor = _who(c, index, speaker, praise) if c.i not in stop else None
            if actor is not None:
                return actor
        if cur.head is cur or cur.head.i in stop:
            break
        cur = cur.head
    # "called the senator a disgrace", "described the plan as reckless": the named object
    obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i not in stop), None) \
        if cur.head.i in stop else None
    for c in (obj, *(g for g in (obj.children if obj is not None else ()) if g.dep_ == "poss")):
        actor = _who(c, index, speaker, praise)
        if actor is not None:
            return actor
    return None


def _about_policy(tok) -> bool:
    """The judged clause is about a policy ("this piece of legislation flies in the face of
    values"): criticism even with nobody named."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lemma_.lower() in POLICY_NOUNS or any(  # "this piece of legislation"
                g.dep_ == "pobj" and g.lemma_.lower() in POLICY_NOUNS for p in subj.children if p.lower_ == "of"
                for g in p.children)
        if cur.head is cur:
            return False
        cur = cur.head
    return tok.dep_ == "amod" and tok.head.lemma_.lower() in POLICY_NOUNS


def _dismayed_at(tok, index, speaker: Actor | None) -> Actor | None:
    """Whom the speaker is disappointed in, troubled by, angry at."""
    for p in tok.children:
        if p.dep_ in ("prep", "agent") and p.lower_ in DISMAY_PREPS:
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                for c in (g, *(x for x in g.children if x.dep_ == "poss")):
                    actor = _who(c, index, speaker)
                    if actor is not None:
                        return actor
    return None


def _speech_heads(sent, cands: list[Coded]) -> list:
    """Verbs that report speech in the sentence: the coded verbs of saying and the extra cues."""
    ev = evaluations()
    heads = [c.tok for c in cands if c.speech and not c.negated]
    for tok in sent:
        if tok.pos_ != "VERB" or tok in heads:
            continue
        lemma = tok.lemma_.lower()
        kind = ev.words.get(("V", lemma))
        if kind == "naming" and not any(c.dep_ in ("dobj", "oprd") or (c.dep_ == "ccomp" and c.pos_ == "ADJ")
                                        for c in tok.children):  # "considers the blockade unacceptable"
            continue
        if kind in ("cue", "naming") or any(
                kind == "cue" and any(g.dep_ == "dobj" and g.lemma_.lower() == rest[0] for g in tok.children)
                for kind, rest in ev.phrases.get(lemma, ())):
            heads.append(tok)
    return heads


def _content(sent, heads, quoted: set[int]) -> list:
    """Tokens of what is said: the sentence without the verbs of saying, their subjects and
    adjuncts ("wrote in an op-ed for The Hill"); or the quoted tokens."""
    if not heads:
        return [t for t in sent if t.i in quoted]
    skip: set[int] = set()
    for h in heads:
        skip.add(h.i)
        naming = evaluations().words.get(("V", h.lemma_.lower())) == "naming"
        subjects = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        speaker = min(subjects, key=lambda c: abs(c.i - h.i), default=None)  # a misparse may add others
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != speaker.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "as" and naming:
                continue  # "described the plan as reckless": what is said
            if c.dep_ in ("nsubj", "nsubjpass", "prep", "agent", "advmod", "aux", "neg", "dative") or (
                    c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")):
                skip.update(t.i for t in c.subtree)
            elif c.dep_ == "dobj" and h.lemma_.lower() in ADDRESSING:
                skip.update(t.i for t in c.subtree)  # "told reporters"
    return [t for t in sent if t.i not in skip]


def _speaker(heads, content, index, quote_speakers: dict[int, Actor]) -> Actor | None:
    for h in heads:
        subj = subject_of(h)
        speaker = actor_of(subj, index) if subj is not None and subj.lower_ not in ("it", "they") else None
        speaker = speaker or quote_speakers.get(h.i)
        if speaker is not None:
            return speaker
    return next((quote_speakers[t.i] for t in content if t.i in quote_speakers), None)


def evaluative_statement(sent, cands: list[Coded], index, quote_speakers: dict[int, Actor],
                         covered: set[int] = frozenset()) -> list[tuple[Coded, Actor | None, Actor | None]]:
    """At most one criticism, praise or denial event for a sentence that reports speech; words
    inside ``covered`` (the subtrees of events already coded) do not count."""
    heads = _speech_heads(sent, cands)
    if not heads and not quote_speakers:
        return []
    end = sent.end
    found = [(tok, kind) for tok in _content(sent, heads, set(quote_speakers)) if tok.i not in covered
             for kind in (_kind(tok, end),) if kind is not None and kind not in ("cue", "naming")
             and not (kind in ("criticism", "praise") and unreal(tok))]
    if not found:
        return []
    content = [tok for tok, _ in found]
    speaker = _speaker(heads, content, index, quote_speakers)
    stop = {h.i for h in heads}
    hits: dict[str, list] = {"criticism": [], "praise": [], "denial": []}
    dismay = None
    seen: set[str] = set()
    for tok, kind in found:
        if kind == "dismay":
            target = _dismayed_at(tok, index, speaker) if not _negated(tok) else None
            if target is not None and speaker is not None:
                dismay = (Coded(tok, CODES["dismay"]), speaker, target)
            continue
        if kind in ("falsity", "innocence"):
            if _denies(tok, kind):
                hits["denial"].append(tok)
                continue
            if (kind == "innocence" and tok.lemma_.lower() not in IMPROPER) or _negated(tok) \
                    or tok.lemma_.lower() == "true":
                continue
            kind = "criticism"  # "his plan is nonsense", "the request was improper": a judgment, not a denial
        negated = _negated(tok)
        if kind == "praise" and negated:
            kind = "criticism"  # "not qualified", "no leader"
        elif negated:
            continue
        if tok.lemma_.lower() not in seen:
            seen.add(tok.lemma_.lower())
            hits[kind].append(tok)
    if hits["denial"]:
        trigger = hits["denial"][0]
        return [(Coded(trigger, CODES["denial"]), speaker, None)] if speaker is not None else []
    kind = "criticism" if len(hits["criticism"]) >= len(hits["praise"]) else "praise"
    if not hits[kind]:
        return [dismay] if dismay is not None else []
    target = None
    for tok in hits[kind]:
        target = _judged(tok, stop, index, speaker, kind == "praise")
        if target is not None:
            break
    if target is None and not (kind == "criticism" and (len(hits[kind]) >= 2 or any(
            _about_policy(tok) for tok in hits[kind]))):
        return [dismay] if dismay is not None else []
    if speaker is None and target is None:
        return []
    if kind == "praise" and speaker is None:
        return []  # praise is someone's statement; a description ("a comic-book hero") is none
    return [(Coded(hits[kind][0], CODES[kind]), speaker, target)]
