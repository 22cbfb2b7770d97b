"""What a readout verb states (issue #3): the token range of its content, read off the parse.

"The Secretary reaffirmed the importance of ...", "expressed his support for ...", "thanked X for Y", "agreed on
the need to ...", "committed to deepening ...", "They reflected that ...": the object noun phrase, the preposition
phrase or the clause the verb reports, with the phrases the parser hung on the verb right after it, cut before a
second readout verb the parser hung inside it. The lexicon is data/readout_cues.json (``readout_cues``).
``readout_statements`` decides where these ranges count and who said them.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .concern_contents import worry_content
from .finite_conjuncts import stray_finite
from .marks import OPENERS, STRAIGHT
from .phrase_regex import phrase_alternation
from .readout_objects import mourning, noted_with, split_possessor
from .sentence_view import doc_view
from .speaker_syntax import is_cue_token

DATA = Path(__file__).resolve().parent.parent / "data"
HEAD_CHARS = 1500  # a readout says what it is in its title or first sentences


@dataclass(frozen=True)
class ReadoutCues:
    object_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    express_verbs: frozenset[str]
    grounds_verbs: frozenset[str]
    plain_express_verbs: frozenset[str]
    position_verbs: frozenset[str]
    aside_verbs: frozenset[str]
    position_objects: frozenset[str]
    appeal_objects: frozenset[str]
    express_objects: frozenset[str]
    concern_objects: frozenset[str]
    weight_objects: frozenset[str]
    finding_objects: frozenset[str]
    concern_preps: frozenset[str]
    concern_verbs: frozenset[str]
    mourning_objects: frozenset[str]
    prep_verbs: dict[str, frozenset[str]]
    prep_objects: dict[str, frozenset[str]]
    infinitive_verbs: frozenset[str]
    setting_nouns: frozenset[str]
    signal_verbs: frozenset[str]
    quiet_verbs: frozenset[str]
    say_verbs: frozenset[str]
    relay_verbs: frozenset[str]
    meeting_words: frozenset[str]
    group_subjects: frozenset[str]
    aide_subjects: frozenset[str]
    title_words: frozenset[str]
    state_head_offices: frozenset[str]
    signal: re.Pattern


@lru_cache(maxsize=1)
def readout_cues() -> ReadoutCues:
    """The readout lexicon (data/readout_cues.json), loaded once."""
    with (DATA / "readout_cues.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    words = [w.lower() for w in raw["signal_words"]]
    return ReadoutCues(
        object_verbs=frozenset(raw["object_verbs"]), clause_verbs=frozenset(raw["clause_verbs"]), express_verbs=frozenset(raw["express_verbs"]) | frozenset(raw["plain_express_verbs"]),
        grounds_verbs=frozenset(raw["grounds_verbs"]), plain_express_verbs=frozenset(raw["plain_express_verbs"]),
        position_verbs=frozenset(raw["position_verbs"]), aside_verbs=frozenset(raw["aside_verbs"]),
        position_objects=frozenset(raw["position_objects"]),
        appeal_objects=frozenset(raw["appeal_objects"]),
        express_objects=frozenset(raw["express_objects"]),
        concern_objects=frozenset(raw["concern_objects"]), concern_preps=frozenset(raw["concern_preps"]),
        weight_objects=frozenset(raw["weight_objects"]), finding_objects=frozenset(raw["finding_objects"]),
        concern_verbs=frozenset(raw["concern_verbs"]), mourning_objects=frozenset(raw["mourning_objects"]),
        prep_verbs={k: frozenset(v) for k, v in raw["prep_verbs"].items()},
        prep_objects={k: frozenset(v) for k, v in raw["prep_objects"].items()},
        infinitive_verbs=frozenset(raw["infinitive_verbs"]),
        setting_nouns=frozenset(raw["setting_nouns"]),
        signal_verbs=(frozenset(raw["signal_verbs"]) | frozenset(raw["object_verbs"]) | frozenset(raw["express_verbs"]) |
                      frozenset(raw["prep_verbs"]) | frozenset(raw["clause_verbs"])) - frozenset(raw["quiet_verbs"]),
        quiet_verbs=frozenset(raw["quiet_verbs"]),
        say_verbs=frozenset(raw["say_verbs"]), relay_verbs=frozenset(raw["relay_verbs"]),
        meeting_words=frozenset(raw["meeting_words"]), group_subjects=frozenset(raw["group_subjects"]),
        aide_subjects=frozenset(raw["aide_subjects"]),
        title_words=frozenset(raw["title_words"]), state_head_offices=frozenset(raw["state_head_offices"]),
        # one trie-shaped alternation (the same words as the plain one, found about twice as fast): a page without a
        # signal word is read to HEAD_CHARS on every call
        signal=re.compile(r"\b(?:" + phrase_alternation(words) + r")\b", re.IGNORECASE))


def _object_content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """Token range of what a readout verb states through its object: the object noun phrase, with the
    verb's own 'for ...' / 'on ...' / 'to ...' / 'as ...' phrases after it ('thanked X for Y')."""
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or noted_with(verb, cues.concern_objects | cues.express_objects)
    on = next((c for c in verb.children if c.lower_ == "on" and c.i == verb.i + 1), None)
    if obj is None and on is not None and lemma in cues.express_verbs:  # 'passed on his condolences to X', the
        obj = next((c for c in on.children if c.dep_ == "pobj"), None)  # parser's 'on' holding the object
    if obj is None and lemma in cues.grounds_verbs:  # 'The ambassador thanked for the favorable conditions ...'
        why = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1), None)
        return _grounds(verb, why, cues) if why is not None and why.n_rights else None
    if obj is not None and obj.pos_ == "PRON" and obj.i > verb.i and lemma in cues.grounds_verbs:
        why = thanked_for(verb, obj)  # 'congratulated him on his reelection': 'him on his reelection'; not 'on Tuesday'
        return _grounds(verb, why, cues, obj) if why is not None and not _setting(why, cues) else None
    if obj is None or obj.i < verb.i or obj.pos_ in ("PRON",) and obj.lower_ not in ("one", "each") or \
            mourning(obj, cues.mourning_objects):
        return None  # 'extended his condolences to X': a courtesy, no content
    obj, owner = split_possessor(verb, obj)  # 'highlighted [Pakistan’s] [efforts in ...]': one object
    first = obj.left_edge.i if owner is None else owner.left_edge.i
    if lemma == "wish" and obj.pos_ != "NOUN":
        return None  # 'wished X success in Y': Y; not 'wished Ian Paisley all the best' (the parser's object: X)
    if lemma in cues.express_verbs and obj.lemma_.lower() in cues.finding_objects and owner is None:
        return _concern_content(verb, obj, cues, CLAUSE_ONLY)  # 'shared the understanding that X': X
    if (lemma in cues.express_verbs or lemma in cues.concern_verbs) and obj.lemma_.lower() in cues.concern_objects:
        if not _other_owner(obj) and owner is None:
            return _concern_content(verb, obj, cues, CLAUSE_ONLY)  # 'concern that X': X; 'concern over X': none
        return first, _extended(verb, obj.right_edge.i, cues) + 1  # 'to convey the displeasure of the
        # government over X': a feeling another owns is stated whole, as the genre gold keeps it
    if lemma in cues.concern_verbs:
        return None  # 'raised the issue of X': a topic, not a stated concern
    if lemma in cues.express_verbs and lemma not in cues.plain_express_verbs and owner is None and \
            _own_attitude(obj, cues):
        found = _concern_content(verb, obj, cues, OWN_ATTITUDE_PREPS)  # 'expressed his support for X': X
        if found is not None and obj.lower_ in ("thanks", "gratitude"):  # 'conveyed thanks for X': 'for X', as
            return found[0] - 1, found[1]  # 'thanked Y for X'
        if found is not None:
            return found
    if lemma in cues.express_verbs and obj.lemma_.lower() not in cues.express_objects | cues.weight_objects and \
            obj.lower_ not in cues.express_objects and not (  # 'thanks', which the tagger may read as 'thank's plural
                lemma in cues.plain_express_verbs and obj.lemma_.lower() in cues.position_objects and
                obj.lemma_.lower() not in cues.appeal_objects):  # not 'confirmed a call between X and Y'
        return None  # 'offered assistance': no content stated; 'confirmed the importance of X' states a position
    if obj.lemma_.lower() == "view" and any(c.dep_ == "prep" and c.lower_ in cues.concern_preps | {"on"} and
                                            c.i == obj.i + 1 for c in list(obj.children) + list(verb.children)):
        return None  # 'shared their views on X': the topic of an exchange (as 'exchanged views on'), no content
    if lemma in cues.express_verbs and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in obj.children):
        return None  # 'expressed these views': words given before, none stated here
    why = thanked_for(verb, obj) if lemma in cues.grounds_verbs else None
    if why is not None:  # 'thanked X for Y': 'X for Y'
        return _grounds(verb, why, cues, obj if owner is None else owner)
    start = _asked_for(obj, cues)
    return first if start is None else start, _extended(verb, obj.right_edge.i, cues) + 1


def _asked_for(obj, cues: ReadoutCues) -> int | None:
    """'reiterated his call for political dialogue', 'renewed its demand for a ceasefire': what was asked for is
    the statement, from the word after 'for' (the start of the content), else None."""
    if obj.lemma_.lower() not in cues.appeal_objects:
        return None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == obj.i + 1), None)
    return prep.i + 1 if prep is not None and any(c.dep_ == "pobj" for c in prep.children) else None


def _grounds(verb, why, cues: ReadoutCues, whom=None) -> tuple[int, int]:
    """'X for Y' (``whom`` the person thanked or congratulated, X; 'for Y' where the verb has none: 'thanked for
    Y'), with a second 'for' phrase the parser hung on the verb after ', and' ('thanked X for his work, and for his
    part in Z')."""
    doc, end = verb.doc, _extended(verb, why.right_edge.i, cues)
    more = next((c for c in verb.children if c.dep_ in ("prep", "conj") and c.lower_ == why.lower_ and
                 c.i > end + 1 and any(t.dep_ == "cc" for t in doc[end + 1:c.i]) and
                 all(t.is_punct or t.dep_ == "cc" for t in doc[end + 1:c.i])), None)
    start = whom.left_edge.i if whom is not None and verb.i < whom.left_edge.i < why.i else why.i
    return start, _extended(verb, more.right_edge.i if more is not None else end, cues) + 1


def position_range(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """Outside a readout (a news copy of a call or meeting): only a stated position, 'stressed the importance of X',
    'reiterated his support for X', 'expressed concern over X', 'voiced solidarity with X'; not 'welcomed the
    decision' or 'noted the irony' in newspaper prose."""
    lemma = verb.lemma_.lower()
    head = verb.head if verb.dep_ == "conj" else verb
    if verb.tag_ == "VB" and head.dep_ in ("advcl", "xcomp") and head.head.lemma_.lower() == "call" and \
            called_to_say(head.head):
        return talks_range(verb, cues)  # 'called X to congratulate him on Y': what the call told X, on any page
    obj = doc_view(verb.doc).child(verb.i, "dobj")  # (the view's Token: none made per child)
    if obj is None or lemma in cues.plain_express_verbs or verb.tag_ == "VB" and not _emphatic(verb):
        return None  # 'sought to underscore its commitment to X': an aim, not a statement
    if not (lemma in cues.position_verbs and obj.lemma_.lower() in cues.position_objects or lemma in cues.express_verbs
            or lemma in cues.concern_verbs):
        return None
    rng = _object_content(verb, cues)
    return rng if rng is not None and rng[1] > obj.i + 1 else None  # not 'voiced optimism': nothing stated


def _emphatic(verb) -> bool:
    """'X did raise concerns about Y': a bare verb after an affirming 'did/does', a statement made (not a question,
    'Did X raise ...?', nor 'did not')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ == "aux" and c.lower_ in ("did", "does") and c.i > subj.i
                                    for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)


def talks_range(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """On a news copy of a call or meeting between two named people: what a readout verb states, as on a readout
    ('reaffirmed bilateral ties', 'agreed on the need to ...', 'congratulated X on Y'), with the news guards of
    ``position_range``: not an aim ('to express his congratulations'), not a bare noun ('voiced optimism',
    'praising X': nothing stated)."""
    if verb.tag_ == "VB" and not _call_purpose(verb, cues):
        return None
    rng = content_range(verb, cues)
    return rng if rng is not None and rng[1] - rng[0] > 1 else None


def _call_purpose(verb, cues: ReadoutCues) -> bool:
    """An infinitive saying what a call or meeting was for ('called X to congratulate him on Y and to reaffirm Z'):
    what was said in it."""
    head = verb.head if verb.dep_ == "conj" else verb
    return head.dep_ in ("advcl", "xcomp") and head.head.lemma_.lower() in cues.meeting_words and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def called_to_say(verb) -> bool:
    """'called X (on Friday) to congratulate him on Y', 'calls X to thank him for Y', 'phoned X to discuss Y': 'call'
    with a person and an infinitive of greeting, thanks or talks is a phone call, whose infinitive says what the
    caller told X; 'call' there neither labels X ('called X a liar') nor asks X to act ('called X to resign')."""
    called = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i), None)
    if called is None:
        return False
    inf = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > called.i and c.tag_ == "VB" and
                any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if inf is None:
        return False
    cues, lemma = readout_cues(), inf.lemma_.lower()
    return lemma in cues.grounds_verbs | cues.express_verbs | cues.signal_verbs or called.ent_type_ == "PERSON" and \
        any(g.dep_ == "dobj" and g.lower_ in ("him", "her") for g in inf.children)  # 'to wish him well'


def thanked_for(verb, obj):
    """The 'for' / 'on' phrase after the person thanked or congratulated ('thanked X for Y', 'congratulated X on Y',
    hung on the verb or on X), or None."""
    return next((c for c in sorted(list(verb.children) + list(obj.children), key=lambda t: t.i)
                 if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i > obj.i and
                 any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)


DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})


CLAUSE_ONLY: frozenset[str] = frozenset()
OWN_ATTITUDE_PREPS = frozenset({"about", "at", "for", "of", "on", "over", "regarding", "with"})
OWN_DETERMINERS = frozenset({"his", "her", "their", "its", "our"})


def _other_owner(obj) -> bool:
    """'the displeasure of the government', "Ankara's concern": a feeling with a named owner, not the speaker's own."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i == obj.i + 1 for c in obj.children) or \
        any(c.dep_ == "poss" and c.lower_ not in OWN_DETERMINERS for c in obj.children)


def _own_attitude(obj, cues: ReadoutCues) -> bool:
    """'support', 'his appreciation', 'their deep gratitude': an attitude (express_objects) the speaker states as
    their own, bare or after a possessive pronoun; not one with a named owner or an article ('Ankara's readiness to
    ...', 'the full support of the United Nations'), which the genre gold keeps as the statement."""
    return (obj.lemma_.lower() in cues.express_objects or obj.lower_ in cues.express_objects) and \
        obj.lemma_.lower() not in ("view", "solidarity") and \
        all(c.lower_ in OWN_DETERMINERS for c in obj.children if c.dep_ in ("det", "poss"))  # not 'shared their
    # views on X' (a topic, as 'exchanged views on'), nor 'solidarity with X' (whom it is with)


def _concern_content(verb, obj, cues: ReadoutCues, preps: frozenset[str]) -> tuple[int, int] | None:
    """'expressed his support for X' (OWN_ATTITUDE_PREPS): X, the object of its preposition on the noun or on the
    verb; CLAUSE_ONLY (a concern): only the that-clause ('expressed concern that X'; a concern over a thing: none)."""
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in preps), None) or \
        next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and
              c.i == obj.right_edge.i + 1), None)
    if prep is None and preps is not OWN_ATTITUDE_PREPS:  # 'raised concerns that the terminal would damage X': the clause
        from .clause_bounds import _clause_end  # (clause_bounds imports speakers, which imports this module)
        said = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > obj.i and
                     c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == obj.i + 1 for g in c.children)), None)
        if said is not None:  # (a clause the parser took for a relative one: its 'that' is a mark, no pronoun)
            return obj.i + 2, _clause_end(said)
        worry = worry_content(verb, obj)  # 'concerns about how X could ...', 'worry he would ...'
        return (worry[0], _extended(verb, worry[1], cues) + 1) if worry is not None else None
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    end = max(prep.right_edge.i, obj.right_edge.i)  # 'concerns over X with China, and Y': what the parser hung on
    # the noun after its object is more of what the concern is about
    return prep.i + 1, _extended(verb, end, cues) + 1


def _prep_content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """'agreed on the need to ...', 'committed to deepening ...', 'pointed to X as Y', 'paid tribute to X'."""
    lemma = verb.lemma_.lower()
    preps = cues.prep_verbs.get(lemma)
    if preps is None:
        return None
    need = cues.prep_objects.get(lemma)
    if need is not None:  # 'paid tribute to': only with its noun
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in need:
            return None
    heads = [verb] if need is None else [verb, obj]  # 'took note of X', 'reached consensus on X': on the noun too
    prep = next((c for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in preps and
                 c.i > verb.i), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    start = prep.i + 1 if prep.lower_ == "for" else prep.i  # 'urged for X', 'called for X': what is asked, X
    return start, _extended(verb, max(prep.right_edge.i, obj.right_edge.i if need else 0), cues) + 1


def _setting(tok, cues: ReadoutCues) -> bool:
    """A phrase saying when or where the words were said, not what: 'during the call', 'on Tuesday', 'today', 'after
    meeting with X'; the occasions of readout_cues' setting_nouns ('during a working lunch hosted by X', 'at the start
    of the session', 'at a ceremony marking ...'), not a 'during' phrase of any other noun ('thanked X for its support
    during the wildfire season': what it thanked for)."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    obj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in cues.setting_nouns or
                                obj.dep_ == "pcomp" and obj.lemma_.lower() in cues.meeting_words)  # 'after meeting
    # with X', 'before speaking to X': when the words were said


def _extended(verb, end: int, cues: ReadoutCues) -> int:
    """The content's last token, taking in the phrases the parser hung on the verb right after it: 'thanked X
    for Y', 'reaffirmed the interest in preventing ...', 'the importance of cooperation to advance ...',
    'agreed with X that ...'; not a coordinated verb, nor a phrase of time or setting."""
    doc = verb.doc
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end or c.dep_ in ("punct", "cc"):
            continue
        if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and \
                all(t.is_punct or t.dep_ == "cc" for t in doc[end + 1:c.left_edge.i]):
            end = c.right_edge.i  # '... his view that A, and that B': one statement, as the dev rules
            continue
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i and c.i == end + 1 and \
                c.lemma_.lower() not in cues.say_verbs | cues.signal_verbs and not is_cue_token(c):
            end = c.right_edge.i  # 'rejected the decrees entitling X to Y': a participle right after the object
            continue  # (no comma) that the parser hung on the verb describes the object
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i and doc[end + 1].text == "," and \
                c.i == end + 2 and c.lemma_.lower() not in cues.say_verbs | cues.signal_verbs:
            end = c.right_edge.i  # '... presence in the Aegean, helping X to ...': what the contribution does
            continue
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i and doc[end + 1].text == "," and \
                c.i == end + 3 and doc[end + 2].text in OPENERS | {STRAIGHT} and c.lemma_.lower() not in cues.say_verbs:
            end = c.right_edge.i  # 'reiterated its position on the crisis, "stressing the need to ..."': the
            continue  # speaker's own words on it, quoted
        if c.dep_ == "conj" and c.tag_ == "VB" and verb.tag_ in ("VBD", "VBZ") and c.i > end and \
                not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children) and _open_infinitive(doc, end) and \
                all(t.is_punct or t.dep_ == "cc" for t in doc[end + 1:c.left_edge.i]):
            end = c.right_edge.i  # 'highlighted his plan to fight A, protect B and build C': a bare verb is no
            continue  # conjunct of a past verb, it goes on with the infinitive the content holds
        if c.dep_ == "prep" and c.lower_ == "with" and c.i == end + 2 and doc[end + 1].text == "," and \
                any(g.tag_ == "VBG" and g.dep_ in ("pcomp", "acl") for g in c.subtree):
            end = c.right_edge.i  # '... progress in the partnership, with trade continuing to grow': how it stands
            continue
        if c.dep_ == "prep" and c.lower_ == "including" and c.i == end + 2 and doc[end + 1].text == ",":
            end = c.right_edge.i  # '... humanitarian efforts, including those in X and Y': the examples of it
            continue
        if c.dep_ in ("conj", "dobj") and c.pos_ in ("NOUN", "PROPN") and c.i > end and \
                all(t.is_punct or t.dep_ == "cc" for t in doc[end + 1:c.left_edge.i]) and c.left_edge.i > end + 1:
            end = c.right_edge.i  # 'reaffirmed the position of X on Y and the rights of Z': a second object
            continue  # the parser hung on the verb (as a conjunct, or as a second direct object after 'and')
        if c.left_edge.i != end + 1:
            continue
        if c.dep_ in ("prep", "dative") and not _setting(c, cues) or c.dep_ in ("xcomp", "ccomp") or \
                c.dep_ == "advcl" and (c.left_edge.lower_ == "to" or _reason_as(c, cues)):
            end = c.right_edge.i
        else:
            break
    return end


def _reason_as(clause, cues: ReadoutCues) -> bool:
    """'reaffirmed the strength of the partnership as we celebrate its 25th year', 'condemned the launches as they
    constitute a grave threat': an 'as' clause with a subject of its own right after the content gives its
    reason or its occasion in the statement, and is part of it; not the speaker's own moment ('as he arrived'), nor
    a clause that reports or meets itself ('as they discussed ...', 'as she said')."""
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < clause.i), None)
    if clause.left_edge.lower_ != "as" or subj is None or subj.lower_ in ("he", "she"):
        return False
    return not any(t.lemma_.lower() in cues.signal_verbs | cues.say_verbs | cues.meeting_words or is_cue_token(t)
                   for t in clause.subtree if t.pos_ in ("VERB", "AUX"))


def _open_infinitive(doc, end: int) -> bool:
    """Whether the content ending at token ``end`` holds a to-infinitive still running there ('his plan to fight
    A'): the infinitive's phrase reaches ``end``."""
    start = max(doc[end].sent.start, end - 40)
    for t in reversed(doc[start:end + 1]):
        if t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
            return t.right_edge.i == end
    return False


def _clause_content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """'They reflected that ...', 'The leaders agreed the two countries were ...': the clause after the verb."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    s = clause.left_edge.i
    if verb.doc[s].lower_ == "that" and verb.doc[s].dep_ == "mark":
        s += 1
    return s, _extended(verb, clause.right_edge.i, cues) + 1


def content_range(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    lemma = verb.lemma_.lower()
    if lemma in cues.clause_verbs:
        found = _clause_content(verb, cues)
        if found is not None:
            return found
    if lemma in cues.object_verbs or lemma in cues.express_verbs or lemma in cues.concern_verbs:
        found = _object_content(verb, cues)
        if found is not None or lemma not in cues.infinitive_verbs:
            return found  # 'confirmed to continue X' (no object): its infinitive
    if lemma in cues.infinitive_verbs:
        found = _infinitive_content(verb, cues)
        if found is not None:
            return found
    return _prep_content(verb, cues)


def _infinitive_content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """'The leaders agreed to stay in close contact', 'pledged to work with X': the to-infinitive the verb governs."""
    inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.tag_ == "VB" and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if inf is None:
        return None
    return inf.left_edge.i, _extended(verb, inf.right_edge.i, cues) + 1


def cut_at_cue(doc, s: int, e: int) -> int:
    """The end of a readout object before a readout verb the parser hung inside it ('the need for X to refrain
    ... [and also reaffirmed Y]'), or before a speech verb with no subject of its own the parser coordinated with
    the reported clause's verb ('stressed that X was Y, [and appealed to Z ...]', 'noting that X is Y [and stating
    that ...]') or hung on an infinitive or a noun inside the object ('the need to act [and urged X to ...]',
    ``finite_conjuncts``): the speaker's next statement."""
    cues = readout_cues()
    for t in doc[s + 1:e]:
        if t.pos_ == "VERB" and (t.dep_ == "conj" and (t.lemma_.lower() in cues.signal_verbs or _next_statement(t)) or
                                 stray_finite(t) is not None and is_cue_token(t)):
            k = t.left_edge.i
            while k > s and (doc[k - 1].dep_ in ("cc", "advmod") or doc[k - 1].is_punct):
                k -= 1
            return k
    return e


def cut_at_setting(doc, s: int, e: int) -> int:
    """The end of a readout statement before a closing 'during' phrase of the call or meeting it was said in ('agreed
    to expand X [during their meeting ahead of the summit]', 'stressed the priority of the fight against X [during the
    call, which ...]'): when it was said, not what; not one a participle inside the statement carries."""
    cues = readout_cues()
    for t in doc[s + 2:e]:
        if t.lower_ == "during" and t.dep_ == "prep" and t.right_edge.i >= e - 2 and \
                (t.head.pos_ in ("NOUN", "PROPN") or t.head.pos_ == "VERB" and t.head.dep_ not in ("acl", "relcl", "amod")) and \
                any(g.dep_ == "pobj" and g.lemma_.lower() in cues.setting_nouns for g in t.children):  # not 'the
            # understandings reached during their previous conversations': a thing the statement names
            k = t.i
            while k > s and doc[k - 1].is_punct:
                k -= 1
            return k
    return e


def _next_statement(verb) -> bool:
    """A speech verb coordinated with a finite verb, without a subject of its own: in the past or present ('and
    appealed to X'), or a participle after a finite verb ('X is Y and stating that ...'); a past one after a present
    progressive ('both sides are continuing to work on X, but clarified that ...'): the speaker's, not the clause's."""
    head = verb.head
    finite = head.tag_ in ("VBD", "VBZ", "VBP") or head.tag_ in ("VBG", "VBN") and verb.tag_ == "VBD" and \
        any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in head.children)  # 'are continuing A, but clarified',
    # 'noted that X has improved and urged Y to ...' (a past act after a present perfect shares no auxiliary)
    if not finite or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP", "VBG") and is_cue_token(verb)
