"""The details of a speech act besides its speaker: to whom (addressee), through which channel, and when."""
from __future__ import annotations

from .cues import speech_cues
from .dates import resolve_date
from .sentence_view import doc_view, slice_text
from .speaker_syntax import ADDRESSEE_VERBS

CHANNEL_PREPS = {"in", "at", "on", "during", "via", "through", "over", "to"}


def _addressee_name(tok, index) -> str | None:
    """Canonical name for a person or body; for other nouns just the noun and its modifiers ('reporters')."""
    name, ent = index.describe(tok)
    if ent is not None or tok.pos_ != "NOUN":
        return name
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].dep_ in ("det", "punct"):
        start += 1
    return slice_text(tok.doc, start, tok.i + 1)


def addressee_of(cue, index) -> str | None:
    """'told reporters' -> 'reporters'; 'told Shoigu' -> the canonical name; 'said to X' -> X."""
    lemma = cue.lemma_.lower()
    channels = speech_cues().channel_nouns
    for c in _with_speaking(cue):
        if c.head is not cue and c.dep_ == "prep" and c.lower_ == "to":  # 'speaking to reporters, X said'
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None:
                return _addressee_name(p, index)
    for c in cue.children:
        if c.dep_ in ("dobj", "dative", "iobj") and lemma in ADDRESSEE_VERBS and c.pos_ in ("NOUN", "PROPN", "PRON"):
            if c.lower_ in ("it", "that", "this", "what") or c.lemma_.lower() in channels:
                continue
            return _addressee_name(c, index)
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and lemma in ("say", "speak", "write", "talk", "tweet",
                                                                          "complain", "explain", "note", "admit"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None:
                return _addressee_name(p, index)
    return None


SPEAKING = speech_cues().roles["speaking_verbs"]


def _with_speaking(cue):
    """The cue's children, then those of a 'speaking in/at/to ...' participle attached to it (the view's Tokens:
    read from its children lists, none made per child)."""
    view = doc_view(cue.doc)
    toks, below, dep = view.tokens, view.children, view.dep
    kids = below[cue.i]
    subj = next((c for c in kids if dep[c] == "nsubj"), None)
    around = kids + (below[subj] if subj is not None else [])
    extra = [toks[g] for c in around if dep[c] in ("advcl", "xcomp", "acl") and view.lemma[c] in SPEAKING
             and view.tag[c] == "VBG" for g in below[c]]
    return [toks[c] for c in kids] + extra


def channel_of(cue) -> str | None:
    """'in a video call', 'at a daily press briefing', 'in a statement', 'on Twitter', 'in an interview with X'."""
    cues = speech_cues()
    doc = cue.doc
    for c in _with_speaking(cue):
        if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in cues.channel_nouns and cue.lemma_.lower() == "tell":
            s = c.left_edge.i
            while s < c.i and doc[s].dep_ in ("det", "poss"):
                s += 1
            return doc[s:c.right_edge.i + 1].text  # 'told a daily press briefing'
        if c.dep_ != "prep" or c.lower_ not in CHANNEL_PREPS:
            continue
        p = next((g for g in c.children if g.dep_ == "pobj"), None)
        if p is None:
            continue
        if p.lemma_.lower() in cues.channel_nouns or p.lower_ in cues.channel_names or \
                doc[p.left_edge.i:p.i + 1].text.lower() in cues.channel_names:
            s = p.left_edge.i
            while s < p.i and doc[s].pos_ in ("DET", "PRON") and doc[s].dep_ in ("det", "poss"):
                s += 1
            e = p.i + 1
            for r in p.rights:  # 'interview with CNN' yes, 'statement on Friday' no
                if r.i == e and not any(t.ent_type_ in ("DATE", "TIME") for t in r.subtree):
                    e = r.right_edge.i + 1
                else:
                    break
            while e > p.i + 1 and doc[e - 1].is_punct:
                e -= 1
            return slice_text(doc, s, e)
    if cue.lemma_.lower() in ("tweet", "retweet") or cue.lower_.startswith("tweet"):
        return "Twitter"  # 'the senator tweeted that ...': the verb names its channel
    return None


def date_of(cue, published: str | None, index) -> str | None:
    """The date the sentence gives for the speech act ('on Tuesday', 'Feb. 1'), resolved when possible."""
    s0, s1 = index.sentence(cue.i)
    for start, ent in index.dates:
        if start < s0 or start >= s1:
            continue
        head = ent.root
        chain = 0
        while head.head is not head and chain < 3 and head.i != cue.i:
            head = head.head
            chain += 1
        if head.i == cue.i:
            try:
                found = resolve_date(ent.text, published)
            except Exception:  # the date module is another step's work: never fail a quote on it
                found = None
            if found:
                return found  # else go on: 'daily' in 'a daily briefing on Tuesday' is no date
    return None
