"""Data credited as a source: polls, surveys, results and figures ("opinion polls suggest that ...", "opinion polls
had predicted a close race"), and where they are only data with no one credited ("numerous polls have shown an
erosion", "voted in Sunday's polls", "polls placed X and Y neck-and-neck", "figures put the party on 61%": a
standing, which added spurious sources on blind pages)."""
from __future__ import annotations

from .source_mentions import MODALS
from .source_syntax import is_according, noun_key


def unauthored_data(tok, agent: str | None, cues) -> bool:
    """'Polls show ...', 'early results showed ...', 'voted in Sunday's polls': polls, surveys and results
    (``data_nouns``) with no author named ('a YouGov poll', 'a survey by X', 'X's poll') are data, not a credited
    source; "the poll" (one named before) and "according to polls" stay credited."""
    if noun_key(tok) not in cues["data_nouns"] or is_according(tok):
        return False
    if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False  # "the poll showed": the poll named before
    if any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
           for c in tok.children):
        return False
    if states_a_finding(tok, cues):
        return False  # "opinion polls suggest that ...": the polls credited with what they show
    owners = [c for c in tok.children if c.dep_ == "poss"]
    return not agent or bool(owners) and all(c.ent_type_ in ("DATE", "TIME") for c in owners)  # "Sunday's polls"


FINDING_TIME_MARKS = frozenset({"after", "before", "until", "since", "when", "once"})  # "after results showed ..."


def states_a_finding(tok, cues) -> bool:
    """'Opinion polls suggest (that) ...', 'Official results say X gained ...', '..., official results showed':
    the data noun is the subject of a finding verb (``data_finding_verbs``) that states a clause, its object or the
    clause before it; not 'polls have shown an erosion' (a noun phrase), 'after results showed ...' (the time of
    something else) or 'officials said early results showed ...' (the officials' words)."""
    if finding_participle(tok, cues) is not None:
        return True  # "shaken by polls suggesting they are heading for defeat"
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_ in cues["data_forecast_verbs"] and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "opinion polls had predicted a close race"
    if verb.lemma_ not in cues["data_finding_verbs"]:
        return False
    if verb.dep_ in ("ccomp", "xcomp") or any(c.dep_ == "mark" and c.lower_ in FINDING_TIME_MARKS for c in verb.children):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return verb.dep_ in ("conj", "parataxis") and verb.head.i < tok.i and not any(
        c.dep_ in ("dobj", "attr", "xcomp") for c in verb.children) and _comma_before(tok)


def finding_participle(tok, cues):
    """'shaken by polls suggesting (that) they are heading for defeat': a participle of a finding verb
    (``data_finding_verbs``) right after the data noun, stating a clause; the parse hangs it on the noun or on any
    word before it ('an attempt to boost the morale of members shaken by polls suggesting ...' gave it to 'attempt').
    The participle, or None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.tag_ != "VBG" or nxt.lemma_ not in cues["data_finding_verbs"] or \
            nxt.dep_ not in ("acl", "advcl", "xcomp") or nxt.head.i > nxt.i:
        return None
    return nxt if any(c.dep_ == "ccomp" for c in nxt.children) else None


def _comma_before(tok) -> bool:
    """A comma right before the noun phrase of ``tok`` ('..., official results showed')."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text == ","


def _figure_in(tok) -> bool:
    """A number or a comparison in the phrase of ``tok`` ('growth of 2.1 percent', 'smaller increases')."""
    return any(t.like_num or t.lower_ in ("percent", "%") or t.tag_ in ("JJR", "RBR") for t in tok.subtree)


def aggregate(noun, cues) -> bool:
    """'growth of 1.4 percent', 'the deficit', 'smaller increases', 'a rise in inflation': a figure of an economic
    aggregate (``forecast_objects``) or a bare change (``forecast_changes``, or one in such an aggregate), which the
    forecaster does not own; not 'sales of 2 million units', 'the cost of the stand' or 'a rise in sales'."""
    low = noun.lemma_.lower()
    if low in cues["forecast_objects"] or noun.lower_ in cues["forecast_objects"]:
        return True
    if low not in cues["forecast_changes"]:
        return False
    of = [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return all(g.lemma_.lower() in cues["forecast_objects"] or g.lower_ in cues["forecast_objects"] for g in of)


def forecast_figure(verb, cues) -> bool:
    """'Halver Bank projected growth of 1.4 percent', 'X forecast smaller increases': a forecast verb
    (``forecast_verbs``) whose object is an aggregate's figure (``aggregate``), not negated or still to come."""
    if verb.lemma_ not in cues["forecast_verbs"] or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS)
            for c in verb.children):
        return False
    at = any(c.dep_ == "prep" and c.lower_ == "at" and _figure_in(c) for c in verb.children)  # 'unemployment at 7%'
    return any(c.dep_ == "dobj" and (at or _figure_in(c)) and aggregate(c, cues) for c in verb.children)


def forecast_agent(tok, cues) -> bool:
    """'the 2.1 percent growth rate projected by the IMF', 'the deficit, estimated by the ministry at 4 percent': the
    agent of a forecast participle (``forecast_verbs``) on a figure; who the agent is, the caller judges."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head
    return verb.lemma_ in cues["forecast_verbs"] and verb.dep_ == "acl" and verb.tag_ == "VBN" and \
        aggregate(verb.head, cues) and (
            _figure_in(verb) or any(t.like_num or t.lower_ in ("percent", "%") for t in verb.head.lefts))
