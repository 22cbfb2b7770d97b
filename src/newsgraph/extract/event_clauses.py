"""Which coded triggers of a sentence stand as events, read from the clause around them: whose
speech a trigger sits in and what a spoken obligation demands, which triggers only elaborate or
belong to another ("..., killing three", what a charge names), forecasts under may/will that
nobody on the doer's side said, the object that does a prompted infinitive, and who did an act
when only "he" or "his comments" names them. Used by event_sentences."""
from __future__ import annotations

from ..model import Actor
from .event_actors import actor_of, same_actor, subject_of
from .event_lexicon import speech_verbs
from .event_match import SUBJECT_DEPS, entries_for
from .event_modality import FUTURE, OBLIGATION, SPECULATIVE, auxiliaries, hypothetical, is_negated
from .event_triggers import GENERIC_VIOLENCE, Coded
from .sentence_view import doc_view

BARE_DEMAND = "100"
# Acts a passive obligation demands of whoever holds the power ("the report should be released",
# "the charges must be dropped"); other passives say how something ought to be ("the matter should
# be decided by the states", "it should be built elsewhere"): an opinion, no event.
DEMANDED_ACTS = frozenset({"release", "drop", "withdraw", "end", "stop", "halt", "lift", "reverse", "repeal", "scrap",
                           "cancel", "reopen", "redo", "investigate", "punish", "fire", "remove", "prosecute",
                           "impeach", "arrest", "free", "disclose", "publish", "abolish", "suspend", "dismiss",
                           "rescind", "revoke", "overturn", "expel", "sack", "oust", "jail", "charge", "recall"})
# Verbs whose object does their infinitive ("prompted Kristol to call for", "forced the minister to
# resign"); after others the infinitive is the subject's purpose ("called Ms. Brewer to urge her").
OBJECT_CONTROL = frozenset({"prompt", "force", "lead", "persuade", "convince", "push", "pressure", "compel", "get",
                            "cause", "inspire", "spur", "drive", "move", "provoke", "oblige", "induce", "galvanize",
                            "galvanise", "embolden", "encourage", "allow", "enable", "help"})
# Legal steps whose complement is an event of its own ("pleaded guilty to threatening", "charged with assaulting").
LEGAL_PROCESS = frozenset({"015", "173"})
# Legal steps after which what they name is established, not only alleged ("convicted of assaulting").
ESTABLISHED = frozenset({"convict", "sentence", "jail", "imprison", "find"})
ALLEGING = frozenset({"charge", "indict", "accuse", "suspect", "prosecute", "sue", "charges", "indictment"})
# Pronouns that stand for a person or group the sentence does not name: the event still happened.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

def speech_head(tok):
    """(speech verb, its subject) when ``tok`` sits in the clause a verb of saying reports."""
    cur = tok
    for _ in range(5):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in speech_verbs():
            return cur.head, subject_of(cur.head)
        if cur.head.i == cur.i:
            break
        if cur.dep_ == "ROOT":
            for c in cur.children:
                if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in speech_verbs():
                    return c, subject_of(c)
            break
        cur = cur.head
    return None, None


def demand_in_speech(coded: Coded) -> bool:
    """An obligation ("must", "should", "has to") inside reported speech is a demand."""
    return coded.frame is None and bool(auxiliaries(coded.tok) & OBLIGATION) and speech_head(coded.tok)[0] is not None


def obligation_clause(tok) -> bool:
    """A clause that says what ought to happen: "should be released", "must go", "ought to resign"."""
    view = doc_view(tok.doc)  # (its children's words from the view's lists)
    i, dep, lower = tok.i, view.dep, view.lower
    if lower[i] == "ought":
        return dep[i] in ("ccomp", "parataxis", "conj")
    if view.pos[i] not in ("VERB", "AUX") or dep[i] not in ("ccomp", "parataxis", "conj"):
        return False
    auxes = {lower[c] for c in view.children[i] if dep[c] in ("aux", "auxpass")}
    return bool(auxes & OBLIGATION) and "have" not in auxes  # "should have waited": hindsight, not a demand


def spoken_obligations(sent, index, quote_speakers: dict[int, Actor], done: list
                       ) -> list[tuple[Coded, Actor | None, Actor | None]]:
    """A demand (100) reported in words whose action the lexicon does not code: "said the report
    should be released", "maintaining that the president ought to reopen the government". The
    source is the speaker; the target the clause's subject when it is a (non-civilian) actor. A
    passive ("should be dropped") demands it of nobody named; an active clause about civilians or
    nobody known ("people should stay home") is advice, no event."""
    view = doc_view(sent.doc)
    pos, dep, lower = view.pos, view.dep, view.lower
    for i in range(sent.start, sent.end):
        if lower[i] != "ought" and (pos[i] not in ("VERB", "AUX") or dep[i] not in ("ccomp", "parataxis", "conj")):
            continue  # no clause obligation_clause could accept
        tok = view.tokens[i]
        if not obligation_clause(tok) or any(c.tok.i in set(view.subtree(i)) for c, _, _ in done):
            continue
        if is_negated(tok) or hypothetical(tok):
            continue
        speech, speaker_tok = speech_head(tok)
        if speech is None or is_negated(speech) or auxiliaries(speech) & SPECULATIVE:
            continue  # "others might argue that X should ...": nobody demanded it
        speaker = (actor_of(speaker_tok, index) if speaker_tok is not None else None) or quote_speakers.get(speech.i)
        subj = next((g for g in tok.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if speaker is None or subj is None or subj.pos_ == "PRON":
            continue
        if subj.dep_ == "nsubjpass" and tok.lemma_.lower() in DEMANDED_ACTS:
            return [(Coded(tok, BARE_DEMAND, frame="DEMAND"), speaker, None)]
        target = actor_of(subj, index)
        if target is not None and (target.code or "")[-3:] != "CVL" and not same_actor(speaker, target):
            if subj.dep_ != "nsubjpass":
                return [(Coded(tok, BARE_DEMAND, frame="DEMAND"), speaker, target)]
    return []


def _quad(code: str) -> int:
    root = int(code[:2] or 0)
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def blocked_by(c: Coded, others: list[Coded]) -> bool:
    """True when another coded trigger governs this one through a complement relation, when
    it only elaborates another ("..., killing three"), or when it is a generic verb whose
    subject names the event better ("a suicide bomber killed ...")."""
    idx = {o.tok.i: o for o in others if o is not c and not o.speech}
    for o in others:  # "led a protest march ... to protest against the outcome": the verb carrying a noun act
        if o is not c and not o.speech and o.tok.pos_ == "NOUN" and o.tok.dep_ in ("dobj", "attr") \
                and o.tok.head.i == c.tok.head.i and c.tok.dep_ in ("advcl", "xcomp"):
            idx.setdefault(o.tok.head.i, o)
    if c.code in GENERIC_VIOLENCE and any(
            ch.i in idx and ch.dep_ in ("nsubj", "nsubjpass") and idx[ch.i].tok.pos_ == "NOUN"
            for ch in c.tok.children):
        return True
    governor = next((idx[a.i] for a in c.tok.ancestors if a.i in idx), None)
    if governor is not None and governor.code in LEGAL_PROCESS and (
            governor.code != "173" or governor.tok.lemma_.lower() in ESTABLISHED):
        return False  # "pleaded guilty to threatening to kill X": the threat is an event of its own
    if any(idx[a.i].code[:3] == "173" and idx[a.i].tok.lemma_.lower() in ALLEGING for a in c.tok.ancestors
           if a.i in idx):
        return True  # "charged with making threats and assaulting officers": alleged, inside the charge
    own_subject = any(ch.dep_ in SUBJECT_DEPS and ch.lower_ not in RELATIVE_PRONOUNS for ch in c.tok.children)
    if own_subject and c.tok.dep_ in ("relcl", "advcl", "acl", "pcomp"):
        return False  # "X, whom he accused of ...", "with Jordan's minister warning of ...": a clause of its own
    if c.tok.dep_ in ("advcl", "xcomp", "acl", "conj") and not any(ch.dep_ in SUBJECT_DEPS for ch in c.tok.children) \
            and (c.tok.tag_ == "VBG" or any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in c.tok.children)) \
            and governor is not None:
        if c.tok.tag_ == "VBG" and c.tok.dep_ == "advcl" and _quad(c.code) != _quad(governor.code):
            return False  # "urged lawmakers to act, while mocking them": a different kind of act
        if c.tok.dep_ == "conj" and c.tok.head.i == governor.tok.i and c.code[:2] != governor.code[:2] and not any(
                a.i in idx for a in governor.tok.ancestors):
            return False  # "calling for unity but refusing to tone down": two acts side by side
        return True  # "summoned the envoy to protest ...", "..., killing three": purpose or elaboration
    if c.tok.dep_ in ("nsubj", "nsubjpass") and c.tok.head.i in idx and idx[c.tok.head.i].code in GENERIC_VIOLENCE:
        return False
    cur = c.tok
    for _ in range(8):
        if cur.head.i == cur.i or cur.dep_ in ("conj", "advcl", "parataxis", "ROOT"):
            return False
        cur = cur.head
        if cur.i in idx:
            return True
    return False


def controller(tok):
    """The object of the verb whose infinitive the trigger is: "prompted Kristol to call for ...",
    "forced the minister to resign" (not "promised voters to ...": the subject keeps its promise)."""
    if tok.dep_ != "xcomp" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    if not any(e.frame or e.code[:2] not in ("01", "NO") for e in entries_for(tok)):
        return None  # "forced Trump to reconsider": considering is no act on anyone
    if any(g.dep_ in ("nsubj", "nsubjpass") for g in tok.children):
        return None
    return next((g for g in tok.head.children if g.dep_ == "dobj" and g.i < tok.i and g.pos_ in ("PROPN", "NOUN")), None)


def aux_of(c: Coded) -> set[str]:
    """The auxiliaries that bear on a coded trigger (a noun's through the verb that carries it)."""
    verb = c.tok.head if c.tok.pos_ in ("NOUN", "PROPN") and c.tok.dep_ in ("dobj", "attr") else c.tok
    return auxiliaries(verb)


def forecast(c: Coded, index, quote_speakers: dict[int, Actor]) -> bool:
    """A threat or an intent under may/might/could is a forecast unless its doer's side says so
    ("Iran could retaliate", "Washington may agree to the demands"; but "we could strike back",
    "Iran could retaliate, its foreign minister said")."""
    if c.frame not in ("THREATEN", "INTENT") or (c.frame == "THREATEN" and c.inner is not None):
        return False
    if c.frame == "THREATEN" and any(e.frame for e in entries_for(c.tok)):
        return False  # "would not rule out military action": a stated position, not a modal act
    aux = aux_of(c)
    if not aux & (SPECULATIVE | FUTURE):
        return False
    speech, speaker_tok = speech_head(c.tok)
    speaker = actor_of(speaker_tok, index) if speaker_tok is not None else quote_speakers.get(c.tok.i)
    spoken = speech is not None or c.tok.i in quote_tokens(c) or c.tok.i in quote_speakers
    if not spoken:
        return not aux & FUTURE  # "Israel will strike back": a plan reported as such stays a threat or intent
    subj = subject_of(c.tok)
    if subj is None or subj.pos_ == "PRON":
        return False
    if c.frame == "INTENT" and aux & FUTURE:
        return False  # "the minister said Iran will send aid": reported intents stay
    # "... saying al-Qaddafi is going to beat the United States": a forecast about someone else
    doer = actor_of(subj, index)
    if speaker is None or not speaker.code:
        return not aux & FUTURE  # "officials said Egypt would ...": whose officials is not known
    return doer is None or not doer.code or doer.code[:3] != speaker.code[:3]


def quote_tokens(c: Coded) -> set[int]:
    """Token indices of the trigger's sentence that sit inside quotation marks."""
    out, inside = set(), False
    for t in c.tok.sent:
        if t.text in ('"', "“", "”"):
            inside = not inside if t.text == '"' else t.text == "“"
            continue
        if inside:
            out.add(t.i)
    return out


# What speaks for its owner: "his comments echoed ..., calling for unity".
VOICE_NOUNS = frozenset({"comment", "remark", "statement", "speech", "word", "tweet", "letter", "message", "post",
                         "interview", "address", "column", "op-ed", "campaign", "office", "spokesman", "spokeswoman",
                         "spokesperson", "aide", "lawyer", "attorney"})


def unnamed_doer(subj):
    """The pronoun that did the act when the sentence names nobody: "he", or "his" of "his comments"."""
    if subj is None:
        return None
    if subj.lower_ in PERSONAL_PRONOUNS:
        return subj
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in VOICE_NOUNS:
        return next((g for g in subj.children if g.dep_ == "poss" and g.lower_ in ("his", "her")), None)
    return None


def habitual(tok) -> bool:
    """The simple present of a verb (or of the verb carrying a noun): a standing position or a habit
    ("he rejects calls for a wage hike"), not a reported act."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr") else tok
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


