"""The events of one sentence: candidate triggers, which of them stand (one sentence, few
events), and their source and target actors."""
from __future__ import annotations

from bisect import bisect_left

from ..model import Actor
from .actor_codes import code_entity
from .event_actors import actor_of, localise_sector, rivals, same_actor, subject_of, targets_of
from .event_asserted import (
    asserted_noun,
    asserted_relative,
    carried_controller,
    holder,
    own_relative,
    uncoded_sides,
)
from .event_clauses import (
    BARE_DEMAND,
    aux_of,
    blocked_by,
    controller,
    demand_in_speech,
    forecast,
    habitual,
    speech_head,
    spoken_obligations,
    unnamed_doer,
)
from .event_filters import accidental, no_event_for
from .event_frames import LEADERSHIP_CHANGE, leaver, offer, reframe
from .event_lexicon import framed_code, speech_verbs
from .event_match import POS_CODES, SUBJECT_DEPS, between_pair, licensed_noun, may_code
from .event_modality import (
    OBLIGATION,
    SPECULATIVE,
    background_clause,
    hypothetical,
    misread_verb,
    question,
    self_exhortation,
)
from .event_nominals import OFFER_NOUNS, attended, bare_offer, owned_act
from .event_sides import addressed, denied_side, member_sides, official, reacting, reciprocal
from .event_statements import evaluative_statement
from .event_triggers import GENERIC_VIOLENCE, Coded, code_action
from .sentence_view import doc_view

# Verbal acts (and frames): what an unnamed "he" says or undertakes is political news more often
# than what he materially does ("he had two interceptions, allowing a rating of 22").
VERBAL_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# Violence verbs that, aimed at a named person or a party, are political criticism.
VERBAL_ATTACKS = frozenset({"attack", "target"})
MAX_EVENTS_PER_SENTENCE = 3
# Words frames.offer and event_nominals.bare_offer code without a lexicon row of their own.
OFFER_WORDS = OFFER_NOUNS | {"offer"}
TEMPORAL_PREPS = frozenset({"after", "during", "before", "since", "amid", "following", "in"})
# Verbs whose subject undergoes the event noun they carry ("faced a probe", "suffered sanctions").
UNDERGOING = frozenset({"face", "undergo", "suffer", "endure"})
# Verbal acts each member of a compound subject does on its own ("Egypt and Jordan criticised X");
# for other acts "X and Y agreed" stays one event X -> Y.
EACH_SIDE_ROOTS = frozenset({"02", "05", "10", "11", "13"})
# Quarrels between two office-holders of the same sector are events between them ("the mayor accused the governor").
QUARREL_ROOTS = frozenset({"11", "12"})
# Acts a joint subject does side by side, not to each other: "lawmakers and the governor defended
# the bill" is no event between them (meetings, agreements and clashes between the two stay events).
ONE_SIDED_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13", "14"})
# Verbs whose subject receives the reaction their object names: "drew criticism from X".
REACTION_VERBS = frozenset({"draw", "meet", "face", "spark", "provoke", "trigger", "attract", "incur", "receive",
                            "win", "earn", "garner", "deflect", "rebuff", "weather", "withstand", "fend", "shrug",
                            "brush"})
# Targets that are buildings: "rioters attacked the Capitol" is violence even when the coder
# places the building with the legislature.
BUILDINGS = frozenset({"capitol", "building", "buildings", "headquarters", "office", "offices", "compound", "palace",
                       "embassy", "consulate", "premises", "station", "base", "parliament-building"})
COURTS = frozenset({"court", "judge", "justice", "tribunal"})
# Codes that need a named other side: hosting a show or returning (coming back) is no event.
NEEDS_TARGET = frozenset({"043"})


def _drop(trace: list | None, tok, code: str | None, reason: str) -> None:
    """Record in ``trace`` (when one is kept) why a coded trigger gave no event: (token, code, reason)."""
    if trace is not None and code is not None:
        trace.append((tok, code, reason))


def _code_of(tok, trace: list | None) -> str | None:
    """The code a token would have (only worked out when a trace is kept)."""
    if trace is None:
        return None
    coded = code_action(tok)
    return coded.code if coded is not None else None


# Acts two sides named together do with each other ("officials from Peru and Chile met"); for other
# acts each side named after "from"/"of" acts on its own.
JOINT_ROOTS = frozenset({"03", "04", "06", "19", "20"})


def _bare_intent(c: Coded) -> bool:
    """An intent whose wrapped act has no code ("vowed to remain in the race"): an event only
    toward someone that act names ("vowed to work with the governor")."""
    return c.frame == "INTENT" and c.base is None and c.inner is not None and c.inner.pos_ in ("VERB", "AUX")


def _asks(view, start: int, end: int) -> bool:
    """A token of ``start``..``end`` opens with a question mark: the positions of such tokens are found once
    per document (kept in the view's memo) and looked up by bisection."""
    marks = view.memo.get("question_marks")
    if marks is None:
        marks = view.memo["question_marks"] = [i for i, w in enumerate(view.text) if w[:1] == "?"]
    k = bisect_left(marks, start)
    return k < len(marks) and marks[k] < end


def sentence_events(sent, index, quote_speakers: dict[int, Actor], voices: dict[int, Actor] | None = None,
                    trace: list | None = None) -> list[tuple[Coded, Actor | None, Actor | None]]:
    """Coded events of one sentence as (coded trigger, source, target). ``quote_speakers`` maps the
    tokens of quotes (and their cue words) to the quote's coded speaker, ``voices`` to its speaker
    coded or not. ``trace``, when given, collects (token, code, reason) for every coded trigger that
    gave no event (see _drop)."""
    voices = quote_speakers if voices is None else voices
    cands: list[Coded] = []
    consumed: set[int] = set()
    view = doc_view(sent.doc)
    asks = _asks(view, sent.start, sent.end)  # see event_modality.question
    tokens = view.tokens
    for i in view.indices(sent, POS_CODES):
        if i in consumed or not may_code(view, i, OFFER_WORDS):
            continue  # no lexicon row, speech verb or offer word: code_action/offer/bare_offer give None
        tok = tokens[i]
        owned = False
        if tok.pos_ in ("NOUN", "PROPN") and not licensed_noun(tok) and not asserted_noun(tok):
            owned = owned_act(tok) or attended(tok)  # "Beijing's demands to roll back tariffs", "at a meeting"
            if not owned:
                _drop(trace, tok, _code_of(tok, trace), "noun not licensed")
                continue
        if tok.pos_ == "ADJ" and not any(c.dep_ == "xcomp" for c in tok.children):
            continue
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl" and background_clause(clause) and not asserted_relative(clause, tok):
            _drop(trace, tok, _code_of(tok, trace), "background relative clause")
            continue
        coded = code_action(tok) or offer(tok) or (bare_offer(tok) if owned else None)
        if coded is None:
            continue
        coded = reframe(coded)
        if forecast(coded, index, quote_speakers):
            _drop(trace, tok, coded.code, "forecast")
            continue  # "Iran could retaliate", "Washington may agree to the demands": a forecast
        consumed.update(coded.consumed)
        asked = asks and question(tok)
        if asked or (not owned and hypothetical(tok)):
            _drop(trace, tok, coded.code, "question" if asked else "hypothetical")
            continue
        if not coded.suppress:
            cands.append(coded)
        else:
            _drop(trace, tok, coded.code, "suppressed")
    for c in cands:
        if c.tok.i in consumed:
            _drop(trace, c.tok, c.code, "part of another trigger")
    cands = [c for c in cands if c.tok.i not in consumed]
    if not cands:
        found = evaluative_statement(sent, cands, index, voices)
        return found + spoken_obligations(sent, index, quote_speakers, found)
    substantive = [c for c in cands if not c.speech]
    keep = [c for c in substantive if own_relative(c.tok) or not blocked_by(c, substantive)]
    if trace is not None:
        trace.extend((c.tok, c.code, "speech word") for c in cands if c.speech)
        trace.extend((c.tok, c.code, "governed by another act") for c in substantive if c not in keep)
    if any(c.code[:2] == "14" for c in keep):  # "protesters marched, demanding ...": the protest's purpose
        for c in keep:
            if c.code[:2] in ("02", "10") and not any(g.dep_ in SUBJECT_DEPS for g in c.tok.children):
                _drop(trace, c.tok, c.code, "purpose of a protest")
        keep = [c for c in keep if c.code[:2] not in ("02", "10") or any(
            g.dep_ in SUBJECT_DEPS for g in c.tok.children)]
    keep.sort(key=lambda c: (sum(1 for _ in c.tok.ancestors), c.tok.i))
    out = []
    for c in keep:
        if c.negated and c.frame is None:
            _drop(trace, c.tok, c.code, "negated")
            continue
        code = c.code
        speech, speaker_tok = speech_head(c.tok)
        speaker = actor_of(speaker_tok, index) if speaker_tok is not None else quote_speakers.get(c.tok.i)
        if speaker is None and speech is not None:
            speaker = quote_speakers.get(speech.i)
        if aux_of(c) & OBLIGATION and (not demand_in_speech(c) or self_exhortation(c.tok)):
            _drop(trace, c.tok, c.code, "obligation (opinion)")
            continue  # "we should be supporting Ukraine", "that should force anyone to question ...": an opinion
        if c.frame in ("DEMAND", "APPEAL") and c.tok.lemma_.lower() in speech_verbs() and aux_of(c) & SPECULATIVE:
            _drop(trace, c.tok, c.code, "speculative speech")
            continue  # "others might argue that the minister should resign": nobody said it
        if demand_in_speech(c):
            target = actor_of(subject_of(c.tok), index)
            if target is None and speech is not None:  # '"This must stop," the minister told Israel'
                target = next((a for g in speech.children if g.dep_ in ("dobj", "dative")
                               for a in (actor_of(g, index),) if a is not None), None)
            if (target is None or (target.code or "")[-3:] == "CVL") and framed_code("DEMAND", code) == BARE_DEMAND:
                _drop(trace, c.tok, c.code, "obligation (advice)")
                continue  # "the matter should be decided ...", "residents should take precautions": advice
            out.append((Coded(c.tok, framed_code("DEMAND", code), frame="DEMAND"), speaker, target))
            continue
        misread = c.tok.dep_ == "amod" and c.tok.pos_ == "VERB" and misread_verb(c.tok)
        # "Trump assailed Williams" parsed as a modifier of "Williams": the name before is the subject
        subj = (c.tok.doc[c.tok.i - 1] if misread else None) or controller(c.tok) or carried_controller(c.tok) \
            or subject_of(c.tok)
        if c.tok.pos_ == "NOUN" and c.tok.dep_ == "pobj" and c.tok.head.lower_ in TEMPORAL_PREPS:
            # "... after the massacre at the school": the clause's subject did not do it
            own = next((g for g in c.tok.children if g.dep_ == "poss" or (
                g.dep_ in ("amod", "compound") and g.ent_type_ in ("NORP", "GPE", "ORG"))), None)
            subj = subj if own is not None and own.pos_ == "PRON" else own  # "after his resignation": his = the subject
        if accidental(c, subj):
            _drop(trace, c.tok, c.code, "accident")
            continue  # "an earthquake struck eastern Turkey", "the crash killed 346": no actor did it
        if c.code == "150" and subj is not None and any(g.dep_ == "conj" for g in subj.children):
            c = Coded(c.tok, "062")  # "Russia and China held naval drills": joint exercises
        passive = next((g for g in c.tok.children if g.dep_ == "nsubjpass"), None)
        if passive is None and subj is None and c.tok.dep_ == "conj" and c.tok.tag_ in ("VBN", "VBD") and any(
                g.dep_ == "auxpass" for g in c.tok.head.children):
            # "was evicted and sentenced": the second passive shares the first one's subject
            passive = next((g for g in c.tok.head.children if g.dep_ == "nsubjpass"), None)
        a1 = actor_of(subj, index, speaker)
        if a1 is None and subj is None and passive is None and speaker is not None and (
                speech is not None or c.tok.i in quote_speakers):
            a1 = speaker  # "it will send aid", reported by the speaker
        exclude = {subj.i} if subj is not None else set()
        if a1 is None and c.tok.pos_ == "NOUN":  # "the investigation of X, by the F.B.I.", "pushback from his party"
            preps = [*c.tok.children, *(c.tok.head.children if c.tok.dep_ == "nsubjpass" else ())]  # "were announced by X"
            agent = next((g for p in preps if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                          for g in p.children if g.dep_ == "pobj"), None)
            a1 = actor_of(agent, index, speaker) if agent is not None else None
            if a1 is not None:
                exclude.add(agent.i)
        if subj is None and passive is not None:  # "three soldiers were killed": the victims are the target
            victim = actor_of(passive, index, speaker)
            if victim is not None and c.code in GENERIC_VIOLENCE and c.tok.lemma_.lower() in VERBAL_ATTACKS and (
                    passive.ent_type_ == "PERSON" or (victim.code or "")[3:6] in ("PTY", "LEG")
                    or victim.code in ("PTY", "LEG")):
                c = Coded(c.tok, "111")  # "Republicans are often attacked for supporting him": words
            if victim is not None:
                if not no_event_for(c, None, victim):  # "hostages held by X were released": X released them
                    out.append((c, actor_of(holder(c.code, passive), index, speaker), victim))
                else:
                    _drop(trace, c.tok, c.code, "no_event_for")
                continue
        a2 = actor_of(c.tok.head, index, speaker) if misread else None
        pair = between_pair(c.tok) if c.code[:2] in ("03", "04", "05", "06", "19") else None
        if pair is not None:  # "talks between Peru and Chile", "clashes between police and protesters"
            one, two = actor_of(pair[0], index, speaker), actor_of(pair[1], index, speaker)
            if one is not None and two is not None:
                a1 = a1 if a1 is not None and c.tok.dep_ not in ("nsubj", "nsubjpass", "attr") else one
                a2 = two if same_actor(a1, one) else one
            elif a1 is None or c.tok.dep_ in ("nsubj", "nsubjpass", "attr"):
                a1 = one or two  # one side known: it is the source, the other nobody coded
        heads = []
        if c.frame in ("APPEAL", "DEMAND", "THREATEN"):
            heads = [c.tok] + ([c.inner] if c.inner is not None else [])
        elif c.inner is not None:
            heads = [c.inner, c.tok]
            if _bare_intent(c):  # a bare vow: only whom the act names ("vowed to work with the governor")
                heads = []
                a2 = next((a for t in addressed(c.inner) for a in (actor_of(t, index, speaker),) if a is not None), None)
        else:
            heads = [c.tok]
            if c.tok.pos_ in ("NOUN", "PROPN") and c.tok.head.i != c.tok.i:
                heads.append(c.tok.head)
            heads.extend(g for g in c.tok.children if g.dep_ in ("advcl", "xcomp") and g.tag_ == "VBG")
        if c.frame in ("DEMAND", "APPEAL") and c.inner is not None and (
                c.tok.lemma_.lower() in speech_verbs() or c.inner.dep_ in ("advcl", "ccomp")):
            # "said Iraq must release ...", "called for the governor to step down": the clause's subject
            inner_subj = next((g for g in c.inner.children if g.dep_ in SUBJECT_DEPS), None)
            if inner_subj is not None:
                a2 = actor_of(inner_subj, index)
                heads = [] if a2 is not None else heads
                if a2 is not None and c.code == BARE_DEMAND and (a2.code or "")[-3:] == "CVL":
                    _drop(trace, c.tok, c.code, "obligation (advice)")
                    continue  # "residents should take precautions": advice, not a demand
            if a2 is None and c.tok.lemma_.lower() in speech_verbs():
                a2 = next((a for g in c.tok.children if g.dep_ in ("dobj", "dative")
                           for a in (actor_of(g, index),) if a is not None), None)  # "... told Israel"
                if a2 is None and c.code == BARE_DEMAND:
                    _drop(trace, c.tok, c.code, "obligation (nobody)")
                    continue  # "said the matter should be decided ...": an opinion, not a demand on anyone
                heads = [] if a2 is not None else heads
        if c.code == LEADERSHIP_CHANGE and c.inner is not None:
            # "called on X to resign", "called for X's resignation": the one to leave is the target
            who = leaver(c.inner)
            cand = actor_of(who, index, speaker) if who is not None else None
            if cand is not None:
                a2, heads = cand, []
        if a2 is None and c.code[:3] == "112" and c.frame is None:
            # "charged that the governor had ...", "charges that the president is appeasing X": the accused
            # is the subject of the accusation's content clause
            clause = next((g for g in c.tok.children if g.dep_ == "ccomp" or (g.dep_ == "acl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in g.children))), None)
            accused = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
            cand = actor_of(accused, index, speaker) if accused is not None and accused.pos_ != "PRON" else None
            if cand is not None and (not same_actor(a1, cand) or rivals(a1, cand)):
                a2, heads = cand, []
        if a2 is not None:
            heads = []
        for h in heads:
            for t in targets_of(h, exclude, places=code[:3] in ("042", "043", "036") or code[:2] in (
                    "14", "15", "17", "18", "19", "20")):
                if denied_side(t):
                    continue  # "took his shot not at the Senate Republicans but at those in the House"
                cand = actor_of(t, index, speaker)
                if cand is not None and c.tok.lemma_.lower() in speech_verbs() and (cand.code or "")[-3:] == "MED":
                    continue  # "told the BBC": the outlet is the audience, not the other side
                if cand is not None and (not same_actor(a1, cand) or (c.code[:2] in QUARREL_ROOTS and rivals(a1, cand))):
                    a2 = cand
                    if c.code in GENERIC_VIOLENCE and c.tok.lemma_.lower() in VERBAL_ATTACKS and t.lower_ not in BUILDINGS and (
                            t.ent_type_ == "PERSON" or (cand.code or "")[3:6] in ("PTY", "LEG")
                            or (a1 is not None and ((a1.code or "")[3:6] in ("PTY", "LEG") or a1.code in ("PTY", "LEG")))
                            or (
                                t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
                                and len(cand.code or "") != 3 and (cand.code or "")[3:6] in ("", "GOV", "JUD"))):
                        c = Coded(c.tok, "111")  # "Trump attacked Clinton": words, not weapons
                    break
            if a2 is not None:
                break
        mutual = a1 is not None and bool(a1.code) and any(reciprocal(t) for h in heads for t in h.children)
        if a2 is None and mutual:  # "officials accused one another", "Peru and Chile blamed each other"
            side = next((g for g in subj.children if g.dep_ == "conj"), None) if subj is not None else None
            a2 = (actor_of(side, index, speaker) if side is not None else None) or a1
        if a1 is None and subj is not None and subj.dep_ in ("nsubj",):
            for g in subj.children:
                if g.dep_ == "conj":
                    a1 = actor_of(g, index, speaker)
                    break
        if a2 is None and subj is not None:
            for g in subj.children:
                if g.dep_ == "conj" and c.code[:2] not in ONE_SIDED_ROOTS:
                    a2 = actor_of(g, index, speaker)
                    break
                if g.dep_ == "prep" and g.lower_ in ("from", "of") and c.code[:2] in JOINT_ROOTS:
                    for x in g.children:
                        if x.dep_ == "pobj":
                            y = next((z for z in x.children if z.dep_ == "conj"), None)
                            if y is not None:
                                a2 = localise_sector(actor_of(y, index, speaker), subj)
                            break
                    if a2 is not None:
                        break
                if g.dep_ in ("amod", "compound"):
                    for x in g.children:
                        if x.dep_ == "conj":
                            _, _, code2 = code_entity(f"{x.text} {subj.text}", "NOUN")
                            if code2 and (a1 is None or code2[:3] != (a1.code or "")[:3]):
                                a2 = Actor(f"{x.text} {subj.text}", code2)
                            break
        if c.frame == "APPEAL" and c.inner is not None and c.inner.pos_ == "VERB" and a2 is not None \
                and (a2.code or "")[-3:] == "JUD" and any(
                g.dep_ == "dobj" and g.lemma_.lower() in COURTS for g in c.tok.children):
            c = Coded(c.tok, "115")  # "asked the Supreme Court to strike down the law": legal action
        if c.code[:2] == "14" and c.tok.lemma_.lower() == "protest" and official(a1):
            c = Coded(c.tok, "114", negated=c.negated)  # "the embassy protested against the visit": a complaint
        if c.tok.pos_ == "NOUN" and c.tok.dep_ == "dobj" and c.tok.head.lemma_.lower() in UNDERGOING:
            # "the senator faced a probe by the Justice Department": done to the subject
            doer = next((g for p in c.tok.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                         for g in p.children if g.dep_ == "pobj"), None)
            a1, a2 = (actor_of(doer, index, speaker) if doer is not None else None), a1
        if c.tok.lemma_.lower() in REACTION_VERBS and (c.code[:2] in ("11", "05") or (
                c.tok.lemma_.lower() == "face" and c.code[:2] in ("09", "11", "17", "18"))):
            a1, a2 = reacting(c.tok, index, speaker), a1  # "drew criticism from X": X criticised the subject
        if no_event_for(c, a1, a2):
            _drop(trace, c.tok, c.code, "no_event_for")
            continue
        doer = unnamed_doer(subj)
        if a1 is None and a2 is None and doer is not None and not habitual(c.tok) and not c.negated and (
                c.frame is not None or c.code[:2] in VERBAL_ROOTS):
            a1 = Actor(doer.text, None)  # "he agreed to return the cash": someone the sentence does not name
        if a1 is None and a2 is None and not habitual(c.tok) and not c.negated:
            a1, a2 = uncoded_sides(c.tok, subj, passive)  # "Lauten apologized", "Sayoc was charged": nobody coded
        if a1 is None and a2 is None:
            _drop(trace, c.tok, c.code, "no actor")
            continue  # nobody to code: no event row
        if (c.code in NEEDS_TARGET or _bare_intent(c)) and (a2 is None or not a2.code):
            _drop(trace, c.tok, c.code, "needs a target")
            continue  # "hosted the show": hosting needs a guest
        out.append((c, a1, a2))
        if subj is not None and c.code[:2] not in JOINT_ROOTS:
            # "officials from Mexico, Canada and Japan made concessions": each country's officials did
            for g in member_sides(subj):
                other = localise_sector(actor_of(g, index, speaker), subj)
                if other is not None and other.code and not same_actor(a1, other) and not same_actor(a2, other):
                    out.append((c, other, a2))
        if a2 is not None and subj is not None and subj.dep_ == "nsubj" and c.code[:2] in EACH_SIDE_ROOTS:
            appos = [g for g in subj.children if g.dep_ == "appos"] if subj.tag_ in ("NNS", "NNPS") else []
            sides = [g for s in (subj, *appos) for g in s.children if g.dep_ == "conj"] + appos
            for g in sides:  # "Egypt and Jordan criticised X", "the two states - Egypt and Jordan - ...": each side
                other = actor_of(g, index, speaker)
                if other is not None and other.code and not same_actor(a1, other) and not same_actor(a2, other):
                    out.append((c, other, a2))
                elif mutual and other is not None and other.code and same_actor(a2, other):
                    out.append((c, other, a1))  # "Peru and Chile accused one another": both directions
    roots = {c.code[:2] for c, _, _ in out}
    if not roots & {"01", "11"}:  # a statement event unless the sentence already codes one of its kind
        # what a negated act would have said is not said either ("was not accusing him of lying")
        covered = {t for c in [o[0] for o in out] + [c for c in cands if c.negated] for t in view.subtree(c.tok.i)}
        out.extend(s for s in evaluative_statement(sent, cands, index, voices, covered) if s[0].code[:2] not in roots)
    if not any(c.code[:2] == "10" for c, _, _ in out):
        out.extend(spoken_obligations(sent, index, quote_speakers, out))
    if any(c.code[:2] == "13" and c.code != "130" for c, _, _ in out):
        for c, _, _ in out:
            if c.code == "130":
                _drop(trace, c.tok, c.code, "bare threat beside a specific one")
        out = [o for o in out if o[0].code != "130"]  # one warning: its specific threat, not a bare one too
    seen = set()
    unique = []
    for c, a1, a2 in out:
        who = (a1.code or a1.name if a1 else None, a2.code or a2.name if a2 else None)
        lemma_key = (c.tok.lemma_.lower(), *who)
        if lemma_key in seen:
            _drop(trace, c.tok, c.code, "duplicate")
            continue
        seen.add(lemma_key)
        key = (c.code, *who)
        if key in seen:
            _drop(trace, c.tok, c.code, "duplicate")
            continue
        seen.add(key)
        unique.append((c, a1, a2))
    for c, _, _ in unique[MAX_EVENTS_PER_SENTENCE:]:
        _drop(trace, c.tok, c.code, "over the per-sentence limit")
    return unique[:MAX_EVENTS_PER_SENTENCE]
