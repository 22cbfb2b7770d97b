"""Indicator features of a source candidate for the learned keep/drop decision (source_model.py).

A candidate is a ``_Found`` of extract_attributions: a source the judges credited (guard None), one they kept as a
mention only ("mention": named, nothing credited to it), an outlet named but not credited ("named_only"), or a
token at which a branch of the token loop looked and declined ("declined_<branch>"). Every feature is general:
the candidate's kind and guard, the place of its source word in the parse (dependency, the head's word class,
"according to", "told X", "in a statement", a possessive), the verb it hangs on (its cue class), where it stands
on the page (headline, first or last paragraph, dateline or credit line) and how often the page names it. No
word of a particular page or name is a feature, only closed classes of the source lexicon (data/source_cues.json).
"""
from __future__ import annotations

from .source_lexicon import is_own_outlet, lexicon
from .source_syntax import noun_key

SAY = frozenset({"say", "tell", "add", "state", "write", "announce"})
PREPS = frozenset({"in", "on", "to", "from", "by", "of", "per", "with", "at", "for", "through", "via"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def source_token(found):
    """The token the candidate is anchored on (its source word), or None."""
    for tok in found.sent:
        if tok.idx == found.anchor:
            return tok
    return None


def verb_class(verb, cues) -> str:
    """The cue class of the verb a source word hangs on."""
    lemma = verb.lemma_.lower()
    if lemma in SAY:
        return lemma
    for name in ("report_verbs", "belief_verbs", "body_report_verbs", "interview_verbs", "verdict_verbs",
                 "demand_verbs", "issue_verbs", "poll_verbs", "closing_verbs", "sending_verbs"):
        if lemma in cues[name]:
            return name
    return "other"


def _governing_verb(tok):
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur is not tok:
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _bucket(n: int, edges=(1, 2, 4)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def candidate_features(doc, text: str, found, guard: str | None, own: str | None, counts: dict[str, int]) -> list[str]:
    """The indicator features of one candidate (``counts``: key -> how many candidates of the page share it)."""
    lex = lexicon()
    cues = lex.cues
    g = guard or "kept"
    gb = g.split("_")[0] if g.startswith("declined") else g
    feats = [f"g={g}", f"gb={gb}", f"kind={found.kind}", f"kind_g={found.kind}|{gb}",
             f"def={int(found.definite)}", f"carries={int(found.carries_paragraph)}"]
    name = found.reported_by
    words = name.split()
    feats.append(f"nwords={_bucket(len(words), (1, 2, 3, 5))}")
    feats.append(f"cap={int(name[:1].isupper())}")
    feats.append(f"upper={int(any(w.isupper() and len(w) > 1 for w in words))}")
    feats.append(f"own={int(is_own_outlet(name, own))}")
    feats.append(f"count={_bucket(counts.get(found.key, 1))}")
    tok = source_token(found)
    if tok is None:
        feats.append("notok")
        return feats
    key = noun_key(tok)
    if key in lex.nouns:
        nk, strength = lex.nouns[key]
        feats += [f"noun={nk}", f"noun_s={nk}|{strength}", f"noun_g={nk}|{gb}"]
    elif tok.lower_ in cues["outlet_heads"]:
        feats.append("noun=outlet_head")
    feats.append(f"ent={tok.ent_type_ or '-'}")
    feats.append(f"pos={tok.pos_}")
    dep = tok.dep_
    head = tok.head
    feats += [f"dep={dep}", f"dep_g={dep}|{gb}", f"dep_kind={dep}|{found.kind}"]
    if any(c.dep_ == "poss" for c in tok.children):
        feats.append("has_poss")
    if dep == "poss":
        feats.append(f"poss_of={head.pos_}")
    lefts = [c.lower_ for c in tok.lefts if c.dep_ == "det"]
    feats.append(f"det={lefts[0] if lefts and lefts[0] in ('the', 'a', 'an', 'this', 'that') else '-'}")
    if dep == "pobj":
        prep = head.lower_
        feats.append(f"prep={prep if prep in PREPS else 'other'}")
        if prep == "to" and head.i > 0 and doc[head.i - 1].lower_ == "according":
            feats.append("according")
        elif prep in ("in", "on", "from", "by"):
            feats.append(f"prep_verb={prep}|{verb_class(head.head, cues) if head.head.pos_ in ('VERB', 'AUX') else head.head.pos_}")
            if head.head.dep_ == "agent" or (prep == "by" and head.head.pos_ == "VERB"):
                feats.append("agent")
        elif prep == "to" and head.head.pos_ in ("VERB", "AUX"):
            feats.append(f"to_verb={verb_class(head.head, cues)}")
    if dep in ("dobj", "dative") and head.lemma_ == "tell":
        feats.append("told_x")
    if dep in ("nsubj", "nsubjpass"):
        feats.append(f"subj_of={verb_class(head, cues)}")
        if head.lemma_ in SAY or head.lemma_ in cues["report_verbs"]:
            feats.append("subj_report")
    verb = _governing_verb(tok)
    feats.append(f"verb={verb_class(verb, cues) if verb is not None else '-'}")
    if verb is not None and any(c.dep_ == "ccomp" for c in verb.children):
        feats.append("verb_ccomp")
    sent = tok.sent
    stext = sent.text
    feats.append(f"quote_in_sent={int(any(q in stext for q in QUOTE_MARKS))}")
    rel = (tok.i - sent.start) / max(1, len(sent))
    feats.append(f"pos_in_sent={'start' if rel < 0.2 else 'end' if rel > 0.7 else 'mid'}")
    feats.append(f"sent_len={_bucket(len(sent), (8, 20, 40))}")
    para_start = text.rfind("\n\n", 0, found.anchor) + 1
    para_end = text.find("\n\n", found.anchor)
    feats.append(f"para={'first' if para_start == 0 else 'last' if para_end < 0 else 'body'}")
    line_start = text.rfind("\n", 0, found.anchor) + 1
    line_end = text.find("\n", found.anchor)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if len(line) < 90 and not line.rstrip().endswith((".", '"', "\u201d")):
        feats.append("short_line")  # a headline, a credit or furniture line
    before = text[max(0, found.anchor - 3):found.anchor]
    if "(" in before:
        feats.append("in_parens")
    return feats
