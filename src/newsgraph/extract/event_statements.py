"""Statements that are events: what a speaker says carries criticism (111), an accusation (112),
praise (051), a defence (052), the denial of an allegation (016), an optimistic or pessimistic
outlook (013 optimistic, 012 pessimistic), an intent to work with someone (030), an appeal (020), a refusal (120) or a
refusal to comment (011).

A sentence that reports speech ("X said ...", "X wrote, '...'", a quote with its speaker, a
sentence that is itself a direct quote) is read for evaluative words in what is said
(data/event_evaluations.tsv, event_statement_words) and for the form of what is said (imperatives,
"we must", "we will not ...": event_speech_acts). The speaker is the source, resolved here or by
the quote extraction (pronoun speakers included); when the speaker stays unknown ("he said" in a
sentence alone) the event has no source. The target is the actor judged (event_statement_targets):
the subject or possessor of the clause that holds the word, the object of "of"/"about" after it,
or the named object of a naming verb; none when nobody is named. A judgement about a thing nobody
did (the weather, a film, the economy), about the speaker or "we", inside a question or a
condition, or in the reporter's own prose gives nothing; praise needs a named target.

Modules: event_statement_words (the vocabulary, phrases, negation), event_statement_readings (what
a word says in its clause), event_statement_targets (who or what is judged), event_speech_acts
(appeals and refusals by form); this module finds the speech, the speaker and picks the events.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..model import Actor
from .event_actors import actor_of, same_actor, subject_of
from .event_modality import is_negated, unreal
from .event_speech_acts import CLAUSE_DEPS, first_person_refusal, imperative, obligation_appeal
from .event_statement_readings import conditional, readings
from .event_statement_targets import (
    PERSON_NOUNS,
    THIRD,
    actless_thing,
    dative_target,
    dismayed_at,
    judged_actor,
    judged_token,
    self_judgement,
    who,
)
from .event_statement_words import first_person, verbs_of_kind, vocabulary
from .event_triggers import Coded
from .marks import QUOTE_MARKS
from .sentence_view import doc_view

CODES = {"criticism": "111", "accusation": "112", "praise": "051", "defence": "052", "denial": "016",
         "dismay": "110", "optimism": "013", "pessimism": "012", "intent": "030", "appeal": "020"}
# Verbs of saying whose object is the person addressed ("told reporters"), not what is said.
ADDRESSING = frozenset({"tell", "inform", "assure", "remind", "brief", "notify", "warn"})
# Verbs that report a question, not a judgement ("asked whether the plan was fair").
QUESTION_HEADS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query"})
OPEN_QUOTES = frozenset({"“", "``"})
CLOSE_QUOTES = frozenset({"”", "''"})  # single quotes are left out: "’" is an apostrophe as often
# A sentence that is a quote of its own needs this many quoted words to count as speech
# (a scare-quoted phrase in the reporter's prose does not).
MIN_BARE_QUOTE = 5
MAX_STATEMENT_EVENTS = 2
VERBS = frozenset({"VERB"})
# Lemmas event_speech_acts.obligation_appeal reads without a "must": "we need to", "we have to", "let's".
APPEAL_LEMMAS = frozenset({"need", "have", "let"})
IMPERATIVE_DEPS = CLAUSE_DEPS | {"xcomp"}  # where event_speech_acts.imperative looks for an order
HINDSIGHT = frozenset({"should", "would", "could", "might"})
# Contacts whose denial by the speaker answers an allegation ("I never met him").
CONTACT_VERBS = frozenset({"meet", "talk", "speak", "contact", "communicate", "discuss", "collude", "coordinate",
                           "conspire"})
# Marks of an adverbial clause that sets the scene ("when reports surfaced") in the reporter's words.
SCENE_MARKS = frozenset({"when", "after", "before", "since", "as", "while", "until", "once", "because", "so"})
SCENE_PREPS = frozenset({"despite", "amid", "following", "notwithstanding"})


def quoted_tokens(sent) -> set[int]:
    """Indices of the tokens inside quotation marks; a sentence that closes a quote opened in an
    earlier one counts as quoted from its start."""
    if isinstance(sent, Span):
        return _quoted_in_view(doc_view(sent.doc), sent.start, sent.end)
    marks = [t for t in sent if t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text == '"']
    inside = bool(marks) and (marks[0].text in CLOSE_QUOTES or (
        sum(1 for t in marks if t.text == '"') % 2 == 1 and marks[0].i > sent.start
        and marks[0].nbor(-1).is_punct and marks[0].nbor(-1).text not in ("(", "-")))
    out: set[int] = set()
    for t in sent:
        if t.text in OPEN_QUOTES:
            inside = True
        elif t.text in CLOSE_QUOTES:
            inside = False
        elif t.text == '"':
            inside = not inside
        elif inside:
            out.add(t.i)
    return out


def _quoted_in_view(view, start: int, end: int) -> set[int]:
    """quoted_tokens for the sentence ``start``..``end`` of a DocView: the same reading on plain lists."""
    text = view.text
    marks = [i for i in range(start, end) if text[i] in QUOTE_MARKS]
    if not marks:
        return set()
    first = marks[0]
    inside = text[first] in CLOSE_QUOTES or (
        sum(1 for i in marks if text[i] == '"') % 2 == 1 and first > start
        and view.punct[first - 1] and text[first - 1] not in ("(", "-"))
    out: set[int] = set()
    for i in range(start, end):
        word = text[i]
        if word in OPEN_QUOTES:
            inside = True
        elif word in CLOSE_QUOTES:
            inside = False
        elif word == '"':
            inside = not inside
        elif inside:
            out.add(i)
    return out


def _scene(tok) -> bool:
    """``tok`` sits in an adverbial clause that sets the scene ("..., when reports of misconduct
    surfaced"): the reporter's words, not what is said."""
    return any((a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in a.children))
               or (a.dep_ == "prep" and a.lower_ in SCENE_PREPS) for a in (tok, *tok.ancestors))


def _bare_quote(sent, quoted: set[int]) -> bool:
    """The sentence is a direct quote of its own: most of its words are quoted."""
    punct = doc_view(sent.doc).punct
    words = [i for i in range(sent.start, sent.end) if not punct[i]]
    inside = [i for i in words if i in quoted]
    if len(inside) >= 2 and len(inside) == len(words) and sent[0].text in OPEN_QUOTES | {'"'}:
        return True  # '"Stop lying!"' split off from its "she said"
    return len(inside) >= MIN_BARE_QUOTE and len(inside) >= 0.7 * len(words)


def _speech_heads(sent, cands: list[Coded], quoted: set[int] = frozenset()) -> list:
    """Verbs that report speech in the sentence: the coded verbs of saying and the extra cues. A cue
    verb that says nothing ("posted a video") reports no speech: it needs a clause or a quote."""
    ev = vocabulary()
    heads = [c.tok for c in cands if c.speech and not c.negated]
    has_quote = len(quoted) >= 3
    view = doc_view(sent.doc)
    for i in view.indices(sent, VERBS):
        lemma = view.lemma[i]
        kinds = ev.words.get(("V", lemma), ())
        if "cue" not in kinds and "naming" not in kinds and lemma not in ev.phrases:
            continue  # no test below can add it
        tok = view.tokens[i]
        if tok in heads:
            continue
        if "naming" in kinds and not any(c.dep_ in ("dobj", "oprd") or (c.dep_ == "ccomp" and c.pos_ == "ADJ")
                                         for c in tok.children):  # "considers the blockade unacceptable"
            continue
        if "cue" in kinds and "naming" not in kinds and not has_quote and not any(
                c.dep_ in ("ccomp", "parataxis") for c in tok.children):
            continue
        if "cue" in kinds or "naming" in kinds or any(
                kind == "cue" and any(g.dep_ == "dobj" and g.lemma_.lower() == rest[0] for g in tok.children)
                for kind, rest in ev.phrases.get(lemma, ())):
            heads.append(tok)
    heads = [h for h in heads if h.lemma_.lower() not in QUESTION_HEADS and h.i not in quoted and not any(
        c.dep_ == "neg" for c in h.children)  # "telling women what to do" inside a quote is what is said
        and not (any(c.dep_ == "auxpass" for c in h.children) and not any(c.dep_ == "agent" for c in h.children))]
    # ("it was revealed that ...": nobody speaks)
    return sorted(heads, key=lambda h: (sum(1 for _ in h.ancestors), h.i))  # the outermost verb of saying first


def _naming_verbs() -> frozenset[str]:
    return verbs_of_kind("naming")


def _content(sent, heads, quoted: set[int]) -> list:
    """Tokens of what is said: the sentence without the verbs of saying, their subjects and
    adjuncts ("wrote in an op-ed for The Hill")."""
    skip: set[int] = set()
    view = doc_view(sent.doc)
    naming_verbs = _naming_verbs()
    cues = verbs_of_kind("cue")
    for h in heads:
        skip.add(h.i)
        naming = h.lemma_.lower() in naming_verbs
        subjects = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        speaker = min(subjects, key=lambda c: abs(c.i - h.i), default=None)  # a misparse may add others
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != speaker.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "as" and naming:
                continue  # "described the plan as reckless": what is said
            if c.dep_ in ("nsubj", "nsubjpass", "prep", "agent", "advmod", "aux", "neg", "dative") or (
                    c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")):
                skip.update(view.subtree(c.i))
            elif c.dep_ == "dobj" and h.lemma_.lower() in ADDRESSING:
                skip.update(view.subtree(c.i))  # "told reporters"
            elif c.dep_ == "dobj" and not naming and c.i not in quoted and not any(  # not "made the case that"
                    g.dep_ == "ccomp" or (g.dep_ == "acl" and any(m.dep_ == "mark" for m in g.children))
                    for g in c.children):
                skip.update(view.subtree(c.i))  # "repeated his false claims": the reporter's words
            elif c.dep_ == "advcl" and c.lemma_.lower() not in cues and c.i not in quoted and c not in heads:
                skip.update(view.subtree(c.i))  # "..., making a false claim", "when reports surfaced": the reporter's
    return [t for t in view.sentence(sent) if t.i not in skip]


def _speaker(heads, content, index, quote_speakers: dict[int, Actor]) -> Actor | None:
    said = " ".join(t.text for t in content)
    for h in heads:
        subj = subject_of(h)
        speaker = quote_speakers.get(h.i) if subj is not None and subj.pos_ == "PRON" else None
        if speaker is None and subj is not None and subj.lower_ not in ("it", "they"):
            speaker = actor_of(subj, index)
            if speaker is not None and subj.pos_ == "PRON" and speaker.name in said:
                speaker = None  # '"Pat is passionate about ...," she said': she is not Pat
        speaker = speaker or quote_speakers.get(h.i)
        if speaker is not None:
            return speaker
    return next((quote_speakers[t.i] for t in content if t.i in quote_speakers), None)


def _own_voice(judged, index, speaker: Actor | None) -> bool:
    """The clause is about the speaker (or says nothing of anyone else): "I'm optimistic",
    "she had no knowledge of the warning", "the outlook is bleak"."""
    if judged is None or first_person(judged):
        return True
    if judged.lower_ in ("he", "she", "they", "it", "this", "that"):
        actor = actor_of(judged, index)
        return actor is None or speaker is None or same_actor(speaker, actor) or same_actor(actor, speaker)
    actor = who(judged, index, None)
    return actor is None or (speaker is not None and same_actor(speaker, actor))


def said_of(heads, index, speaker: Actor | None) -> Actor | None:
    """Whom the speaker spoke of: '"They lied," Pelosi said of the administration'."""
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "about"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        actor = who(g, index, speaker)
                        if actor is not None:
                            return actor
    return None


def _denied_contact(sent, quoted: set[int]):
    """ "I never met the man", "she said she had not spoken to anyone in Moscow": a negated contact of the
    speaker's own (coded by the lexicon, then dropped as negated) is a denial."""
    view = doc_view(sent.doc)
    for i in view.indices(sent, VERBS):
        if view.lemma[i] not in CONTACT_VERBS:
            continue
        tok = view.tokens[i]
        if not is_negated(tok):
            continue
        auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if not (tok.tag_ in ("VBD", "VBN") or auxes & {"did", "had"}) or auxes - {"did", "had", "have", "has"}:
            continue  # only what the speaker did not do: "never met", "did not speak"; not "can't speak for"
        subj = subject_of(tok)
        if subj is not None and (subj.lower_ in ("i", "we") or _reported_self(subj, quoted)) and not (
                unreal(tok) or conditional(tok) or any(c.lower_ in ("because", "since") for c in tok.subtree)):
            return tok
    return None


def _addressee(heads, index, speaker: Actor | None) -> Actor | None:
    """Whom an appeal is told to: the object of "told"/"urged", not the press ("told reporters")."""
    for h in heads:
        if h.lemma_.lower() in ADDRESSING:
            for c in h.children:
                if c.dep_ in ("dobj", "dative"):
                    actor = who(c, index, speaker)
                    if actor is not None and (actor.code or "")[-3:] != "MED":
                        return actor
    return None


def _reported_self(judged, quoted: set[int]) -> bool:
    """ "X said he had no interest in ...": in reported (unquoted) speech "he"/"she" is the speaker."""
    return judged.lower_ in ("he", "she") and judged.i not in quoted


def _evaluation(found, stop, index, speaker, about: Actor | None = None, quoted: set[int] = frozenset()):
    """The one criticism, accusation, praise or defence event of what is said, as (code, trigger, target);
    ``about`` is whom the speaker spoke of, the target of a judgement on a pronoun or on nobody named."""
    groups: dict[str, list] = {"criticism": [], "praise": [], "defence": []}
    for tok, reading in found:
        if reading in ("criticism", "accusation"):
            groups["criticism"].append((tok, reading))
        elif reading == "praise":
            groups["praise"].append((tok, reading))
        elif reading in ("defence", "undone", "innocent", "denied"):
            groups["defence"].append((tok, reading))
    kind = "criticism" if groups["criticism"] and len(groups["criticism"]) >= len(groups["praise"]) else \
        "praise" if groups["praise"] else "defence"
    for tok, reading in groups[kind]:
        if reading in ("undone", "innocent", "denied"):  # "he is not a racist": only the one the clause is about
            judged = judged_token(tok, stop)
            target = who(judged, index, speaker) if judged is not None else None
            if target is not None:
                return "052", tok, target
            if reading == "denied" and judged is not None and speaker is not None and (
                    judged.lower_ in ("i", "we") or _reported_self(judged, quoted)):
                return "016", tok, None  # "I did not break any laws": the speaker denies
            continue
        what = judged_token(tok, stop)
        if what is not None and (actless_thing(what) or _reported_self(what, quoted) or self_judgement(what)):
            continue  # "life is not fair", "he said he had no interest in ...": nobody else judged
        if kind == "praise" and not _finite(tok):
            continue  # "steps to move our party in the right direction": a goal, not a judgement
        target = judged_actor(tok, stop, index, speaker, kind == "praise", _naming_verbs())
        if target is not None:
            if kind == "criticism":
                accused = any(r == "accusation" and judged_actor(t, stop, index, speaker, False, _naming_verbs()) is not None
                              for t, r in groups[kind])
                return ("112" if accused else "111"), tok, target
            return CODES[kind], tok, target
    if about is not None and groups[kind]:
        tok, reading = groups[kind][0]
        what = judged_token(tok, stop)
        if what is None or what.lower_ in THIRD:
            if kind == "criticism":
                return ("112" if any(r == "accusation" for _, r in groups[kind]) else "111"), tok, about
            if reading not in ("undone", "innocent") or kind == "praise":
                return CODES[kind], tok, about
    if kind == "criticism":
        judged = [(tok, judged_token(tok, stop)) for tok, _ in groups[kind]]
        for tok, what in judged:
            if not (what is not None and (self_judgement(what) or actless_thing(what))):
                return "111", tok, None
        if len({tok.lemma_.lower() for tok, _ in judged}) >= 2 and not all(
                what is not None and self_judgement(what) for _, what in judged):
            return "111", judged[0][0], None  # several critical words: criticism even of nobody named
    if kind == "defence":
        for tok, reading in groups[kind]:
            judged = judged_token(tok, stop)
            if reading == "defence" and judged is not None and (
                    (judged.lower_ in THIRD - {"it", "this", "that"} and not _own_voice(judged, index, speaker))
                    or (judged.pos_ == "NOUN" and judged.lemma_.lower() in PERSON_NOUNS)):
                return "052", tok, None  # "he is passionate about his beliefs": someone else defended
    return None


def _denial(found, stop, index, speaker):
    """A denial (016), or a defence of a named other (052) for "he did nothing wrong"."""
    for tok, reading in found:
        if reading == "denial":
            return "016", tok, None
        if reading == "defence" and tok.pos_ == "VERB" and self_judgement(judged_token(tok, stop)) and speaker \
                is not None and judged_actor(tok, stop, index, speaker, False, _naming_verbs()) is None:
            return "016", tok, None  # "I did nothing wrong", "we followed the law": the speaker denies
        if reading in ("innocent", "ignorance"):
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)  # "it's not her fault"
            judged = owner if owner is not None and not first_person(owner) else judged_token(tok, stop)
            if _own_voice(judged, index, speaker) and owner is None:
                return "016", tok, None
            if owner is not None and reading == "innocent":
                return "052", tok, who(owner, index, speaker)
            if reading == "innocent":
                target = who(judged, index, speaker)
                if target is not None:
                    return "052", tok, target
    return None


def _finite(tok) -> bool:
    """The word stands in a finite clause ("we are confident"), not an infinitive or gerund
    ("getting the country back on track")."""
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:  # "to cross over and work together"
        verb = verb.head
    return verb is None or (verb.tag_ != "VBG" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _outlook(found, stop, index, speaker):
    for tok, reading in found:
        if not _finite(tok):
            continue
        if reading in ("optimism", "pessimism") and _own_voice(judged_token(tok, stop), index, speaker):
            return CODES[reading], tok, None
        if reading == "intent" and _own_voice(judged_token(tok, stop), index, speaker):
            return "030", tok, dative_target(tok, index, speaker)
    return None


def _hindsight(sent, quoted: set[int]) -> bool:
    """The frame around the quote is counterfactual ("wrote what they should have done: ..."): what
    it quotes is no appeal made to anyone."""
    return any(t.i not in quoted and t.dep_ == "aux" and t.lower_ in HINDSIGHT and any(
        s.dep_ == "aux" and s.lower_ == "have" for s in t.head.children) for t in sent)


def _speech_act(content, quoted: set[int], marked: set[int]):
    """An appeal, refusal or refusal to comment in the form of what is said (``quoted``: the tokens
    of direct quotes, ``marked``: those inside quotation marks)."""
    if not content:
        return None
    view = doc_view(content[0].doc)
    pos, tag, lemma = view.pos, view.tag, view.lemma
    musts = view.memo.get("must_heads")
    if musts is None:  # tokens with a "must" under them (a superset of obligation_appeal's "we must")
        musts = view.memo["must_heads"] = {view.head[j] for j, w in enumerate(view.lower) if w == "must"}
    dep = view.dep
    for tok in content:
        i = tok.i
        if pos[i] not in ("VERB", "AUX", "NOUN"):
            continue
        # the cheap guard of each test below (False or None where it fails): imperative needs a quoted clause
        # head, obligation_appeal a verb with an appeal lemma or a "must", first_person_refusal a verb's base form
        imp = i in quoted and dep[i] in IMPERATIVE_DEPS
        obliged = pos[i] != "NOUN" and (lemma[i] in APPEAL_LEMMAS or i in musts)
        refused = pos[i] == "VERB" and tag[i] == "VB"
        if not (imp or obliged or refused):
            continue
        code = "020" if (imp and imperative(tok, quoted)) or (obliged and obligation_appeal(tok)) else \
            first_person_refusal(tok) if refused else None
        if code is not None and not (unreal(tok) or conditional(tok) or _hindsight(tok.sent, marked)
                                     or (tok.i not in marked and _scene(tok))):
            return code, tok, None
    return None


def evaluative_statement(sent, cands: list[Coded], index, quote_speakers: dict[int, Actor],
                         covered: set[int] = frozenset()) -> list[tuple[Coded, Actor | None, Actor | None]]:
    """At most two events (an evaluation or denial, and an outlook or speech act) for a sentence
    that reports speech; words inside ``covered`` (the subtrees of events already coded) do not count."""
    quoted = quoted_tokens(sent)
    heads = _speech_heads(sent, cands, quoted)
    if heads:
        content = _content(sent, heads, quoted)
    elif quote_speakers:
        content = [t for t in doc_view(sent.doc).sentence(sent) if t.i in quote_speakers]
    elif _bare_quote(sent, quoted):
        content = [t for t in doc_view(sent.doc).sentence(sent) if t.i in quoted]
    else:
        return []
    declined = next((c.tok for c in cands if c.speech and c.negated and first_person_refusal(c.tok) == "011"), None)
    contact = _denied_contact(sent, quoted) if heads or quote_speakers else None
    content = [t for t in content if t.i not in covered]
    words = doc_view(sent.doc).text
    if not content or any(words[t.i] == "?" for t in content):
        return []  # a question asserts nothing
    found = [(tok, r) for tok, r in readings(content, sent.end) if tok.i in quoted or not _scene(tok)]
    spoken = quoted | set(quote_speakers)
    # an imperative the lexicon codes as an act ("Stop the shelling") is still an appeal by the speaker
    act = _speech_act(content, spoken, quoted)
    if act is None:
        coded = _speech_act([c.tok for c in cands if not c.speech and not c.negated and c.tok.i in spoken
                             and imperative(c.tok, spoken)], spoken, quoted)
        # the verb of saying carries it: the coded act keeps its own trigger
        act = (coded[0], heads[0], None) if coded is not None and heads else None
    if not found and act is None and declined is None and contact is None:
        return []
    speaker = _speaker(heads, content, index, quote_speakers)
    stop = {h.i for h in heads}
    out = []
    first = _denial(found, stop, index, speaker) or (("016", contact, None) if contact is not None else None) or _evaluation(found, stop, index, speaker,
                                                                  said_of(heads, index, speaker), spoken)
    if first is None:
        dismay = next(((tok, t) for tok, r in found if r == "dismay"
                       for t in (dismayed_at(tok, index, speaker),) if t is not None), None)
        first = ("110", dismay[0], dismay[1]) if dismay is not None and speaker is not None else None
    if first is not None and not (first[0] in ("051", "052") and speaker is None and not heads):
        out.append(first)
    if act is not None and act[0] == "020":
        act = (act[0], act[1], _addressee(heads, index, speaker))  # "told Israel: 'Stop the shelling'"
    acts = [_outlook(found, stop, index, speaker), act,
            ("011", declined, None) if declined is not None else None]  # "we're not going to comment"
    for extra in acts:
        if extra is not None and len(out) < MAX_STATEMENT_EVENTS and all(extra[0][:2] != o[0][:2] for o in out):
            out.append(extra)
    return [(Coded(tok, code), speaker, target) for code, tok, target in out]
