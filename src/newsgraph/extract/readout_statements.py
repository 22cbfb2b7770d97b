"""Reported speech in official readouts (issue #3): statements made without quote marks or that-clauses.

A readout of a call or meeting ("Readout of the President's call with ...", "The Prime Minister spoke to ...",
"The following statement was issued by the Spokesman ...") reports what was said through verbs whose object is
the content: "The Secretary reaffirmed the importance of ...", "Both sides welcomed ongoing efforts to ...",
"He condemned the attacks on ...", "The leaders thanked one another for ...", "expressed his support for ...",
"agreed on the need to ...", "committed to deepening ...", "pointed to X as ...". The annotation rules count
these (a noun-phrase object states the content); topic-only verbs ("discussed", "raised", "briefed X on") stay
out, and so does this whole pass outside readouts: in newspaper prose "welcomed the decision" or "condemned the
attack" are not annotated as statements. Statements another pass already found are left alone.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import Quote, Speaker
from .speakers import addressee_of, channel_of, date_of, speaker_of_cue, subject_of

DATA = Path(__file__).resolve().parent.parent / "data"
HEAD_CHARS = 1500  # a readout says what it is in its title or first sentences


@dataclass(frozen=True)
class ReadoutCues:
    object_verbs: frozenset[str]
    express_verbs: frozenset[str]
    express_objects: frozenset[str]
    prep_verbs: dict[str, frozenset[str]]
    prep_objects: dict[str, frozenset[str]]
    setting_nouns: frozenset[str]
    signal_verbs: frozenset[str]
    say_verbs: frozenset[str]
    signal: re.Pattern


@lru_cache(maxsize=1)
def readout_cues() -> ReadoutCues:
    """The readout lexicon (data/readout_cues.json), loaded once."""
    with (DATA / "readout_cues.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    words = sorted(raw["signal_words"], key=len, reverse=True)
    return ReadoutCues(
        object_verbs=frozenset(raw["object_verbs"]), express_verbs=frozenset(raw["express_verbs"]),
        express_objects=frozenset(raw["express_objects"]),
        prep_verbs={k: frozenset(v) for k, v in raw["prep_verbs"].items()},
        prep_objects={k: frozenset(v) for k, v in raw["prep_objects"].items()},
        setting_nouns=frozenset(raw["setting_nouns"]),
        signal_verbs=frozenset(raw["signal_verbs"]) | frozenset(raw["object_verbs"]) |
        frozenset(raw["express_verbs"]) | frozenset(raw["prep_verbs"]),
        say_verbs=frozenset(raw["say_verbs"]),
        signal=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE))


def _main_verbs(doc):
    """The verbs of main clauses: a sentence root with a subject, and the verbs coordinated with it."""
    for tok in doc:
        if tok.pos_ == "VERB" and (tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) or
                                   tok.dep_ == "conj" and tok.head.dep_ == "ROOT"):
            yield tok


def is_readout(doc, index) -> bool:
    """The page reads as an official readout or statement: its main clauses report through readout verbs
    ('reaffirmed', 'discussed', 'agreed', 'met') more than twice as often as through say-verbs, with no more
    quotations than such clauses; or, where its title or opening names a readout, a call, a meeting or a
    statement, at least three such clauses and more than say-verbs."""
    cues = readout_cues()
    readout = said = 0
    for tok in _main_verbs(doc):
        lemma = tok.lemma_.lower()
        if lemma in cues.signal_verbs:
            readout += 1
        elif lemma in cues.say_verbs:
            said += 1
    if readout < 2 or len(index.quotes) > readout:
        return False
    if readout > 2 * said:
        return True
    return readout >= 3 and readout > said and cues.signal.search(index.text, 0, HEAD_CHARS) is not None


def _object_content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """Token range of what a readout verb states through its object: the object noun phrase, with the
    verb's own 'for ...' / 'on ...' / 'to ...' / 'as ...' phrases after it ('thanked X for Y')."""
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i < verb.i or obj.pos_ in ("PRON",) and obj.lower_ not in ("one", "each"):
        return None
    if lemma in cues.express_verbs and obj.lemma_.lower() not in cues.express_objects:
        return None  # 'expressed concern about', 'offered condolences': no content stated
    return obj.left_edge.i, _extended(verb, obj.right_edge.i, cues) + 1


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
    prep = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i > verb.i), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep.i, _extended(verb, prep.right_edge.i, cues) + 1


def _setting(tok, cues: ReadoutCues) -> bool:
    """A phrase saying when or where the words were said, not what: 'during the call', 'on Tuesday', 'today'."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in cues.setting_nouns)


def _extended(verb, end: int, cues: ReadoutCues) -> int:
    """The content's last token, taking in the phrases the parser hung on the verb right after it: 'thanked X
    for Y', 'reaffirmed the interest in preventing ...', 'the importance of cooperation to advance ...',
    'agreed with X that ...'; not a coordinated verb, nor a phrase of time or setting."""
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end or c.left_edge.i != end + 1:
            continue
        if c.dep_ in ("prep", "dative") and not _setting(c, cues) or c.dep_ in ("xcomp", "ccomp") or \
                c.dep_ == "advcl" and c.left_edge.lower_ == "to":
            end = c.right_edge.i
        else:
            break
    return end


def _content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    lemma = verb.lemma_.lower()
    if lemma in cues.object_verbs or lemma in cues.express_verbs:
        return _object_content(verb, cues)
    return _prep_content(verb, cues)


def _speaker(verb, index) -> Speaker | None:
    """The cue's subject as the speaker API resolves it; a coordinated verb without one ('reaffirmed A and
    reiterated B') takes the speaker of the verb it is coordinated with."""
    found = speaker_of_cue(verb, index)
    if found is not None:
        return found
    head = verb
    while head.dep_ == "conj" and subject_of(head) is None and head.head.i < head.i:
        head = head.head
    if head is not verb:
        return speaker_of_cue(head, index)
    return None


def _chars(doc, text: str, s: int, e: int) -> tuple[int, int]:
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    while end > start and text[end - 1] in ".,;: ":
        end -= 1
    return start, end


def readout_statements(doc, index, found: list[Quote], published: str | None = None) -> list[Quote]:
    """Statements a readout reports through content-stating verbs, where no statement in ``found`` overlaps."""
    text = index.text
    if not is_readout(doc, index):
        return []
    cues = readout_cues()
    taken = sorted((q.start, q.end) for q in found)
    out: list[Quote] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("amod", "acl", "advcl"):
            continue
        try:
            rng = _content(verb, cues)
            if rng is None or index.in_quote(verb.idx) is not None:
                continue
            s, e = _chars(doc, text, *rng)
            if e - s < 3 or "\n" in text[verb.idx:e] or any(a < e and s < b for a, b in taken):
                continue
            speaker = _speaker(verb, index)
            if speaker is None:
                continue
            out.append(Quote(id="", text=text[s:e], start=s, end=e, kind="indirect", speaker=speaker,
                             cue=verb.text, addressee=addressee_of(verb, index), channel=channel_of(verb),
                             said_on=date_of(verb, published, index)))
            taken.append((s, e))
        except Exception:  # one odd parse must not cost the page its other statements
            continue
    return out
