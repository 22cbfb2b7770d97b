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
from .speaker_groups import readout_group, readout_pair
from .speakers import addressee_of, channel_of, date_of, speaker_of_cue, subject_of

DATA = Path(__file__).resolve().parent.parent / "data"
HEAD_CHARS = 1500  # a readout says what it is in its title or first sentences


@dataclass(frozen=True)
class ReadoutCues:
    object_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    express_verbs: frozenset[str]
    express_objects: frozenset[str]
    concern_objects: frozenset[str]
    concern_preps: frozenset[str]
    prep_verbs: dict[str, frozenset[str]]
    prep_objects: dict[str, frozenset[str]]
    setting_nouns: frozenset[str]
    signal_verbs: frozenset[str]
    say_verbs: frozenset[str]
    meeting_words: frozenset[str]
    group_subjects: frozenset[str]
    signal: re.Pattern


@lru_cache(maxsize=1)
def readout_cues() -> ReadoutCues:
    """The readout lexicon (data/readout_cues.json), loaded once."""
    with (DATA / "readout_cues.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    words = sorted(raw["signal_words"], key=len, reverse=True)
    return ReadoutCues(
        object_verbs=frozenset(raw["object_verbs"]), clause_verbs=frozenset(raw["clause_verbs"]), express_verbs=frozenset(raw["express_verbs"]),
        express_objects=frozenset(raw["express_objects"]),
        concern_objects=frozenset(raw["concern_objects"]), concern_preps=frozenset(raw["concern_preps"]),
        prep_verbs={k: frozenset(v) for k, v in raw["prep_verbs"].items()},
        prep_objects={k: frozenset(v) for k, v in raw["prep_objects"].items()},
        setting_nouns=frozenset(raw["setting_nouns"]),
        signal_verbs=frozenset(raw["signal_verbs"]) | frozenset(raw["object_verbs"]) |
        frozenset(raw["express_verbs"]) | frozenset(raw["prep_verbs"]) | frozenset(raw["clause_verbs"]),
        say_verbs=frozenset(raw["say_verbs"]),
        meeting_words=frozenset(raw["meeting_words"]), group_subjects=frozenset(raw["group_subjects"]),
        signal=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE))


def _scan(doc) -> tuple[list, int, int]:
    """One pass over the tokens: the verbs (candidate cues), and how many main clauses (a sentence root with a
    subject, or a verb coordinated with a root) report through a readout verb and through a say-verb."""
    cues = readout_cues()
    verbs, readout, said = [], 0, 0
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        verbs.append(tok)
        if tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) or \
                tok.dep_ == "conj" and tok.head.dep_ == "ROOT":
            lemma = tok.lemma_.lower()
            if lemma in cues.signal_verbs:
                readout += 1
            elif lemma in cues.say_verbs:
                said += 1
    return verbs, readout, said


def is_readout(doc, index, scan: tuple[list, int, int] | None = None) -> bool:
    """The page reads as an official readout or statement: its main clauses report through readout verbs
    ('reaffirmed', 'discussed', 'agreed', 'met') more than twice as often as through say-verbs, with no more
    quotations than such clauses; or, where its title or opening names a readout, a call, a meeting or a
    statement, at least three such clauses and more than say-verbs."""
    _, readout, said = scan if scan is not None else _scan(doc)
    if readout < 2 or len(index.quotes) > readout:
        return False
    if readout > 2 * said:
        return True
    return readout >= 3 and readout > said and readout_cues().signal.search(index.text, 0, HEAD_CHARS) is not None


def _object_content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """Token range of what a readout verb states through its object: the object noun phrase, with the
    verb's own 'for ...' / 'on ...' / 'to ...' / 'as ...' phrases after it ('thanked X for Y')."""
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i < verb.i or obj.pos_ in ("PRON",) and obj.lower_ not in ("one", "each"):
        return None
    if lemma in cues.express_verbs and obj.lemma_.lower() in cues.concern_objects:
        return _concern_content(verb, obj, cues)
    if lemma in cues.express_verbs and obj.lemma_.lower() not in cues.express_objects:
        return None  # 'offered condolences': no content stated
    if lemma in cues.express_verbs and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in obj.children):
        return None  # 'expressed these views': words given before, none stated here
    return obj.left_edge.i, _extended(verb, obj.right_edge.i, cues) + 1


DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})


def _concern_content(verb, obj, cues: ReadoutCues) -> tuple[int, int] | None:
    """'expressed his deep concern over the impact of X': what the concern is about (the rules' 'expressed
    concern about'), the object of its preposition on the noun or, as the parser may hang it, on the verb."""
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in cues.concern_preps), None) or \
        next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in cues.concern_preps and
              c.i == obj.right_edge.i + 1), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep.i + 1, _extended(verb, prep.right_edge.i, cues) + 1


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
    doc = verb.doc
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end or c.dep_ in ("punct", "cc"):
            continue
        if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and \
                all(t.is_punct or t.dep_ == "cc" for t in doc[end + 1:c.left_edge.i]):
            end = c.right_edge.i  # '... his view that A, and that B': one statement, as the dev rules
            continue
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i and doc[end + 1].text == "," and \
                c.i == end + 2 and c.lemma_.lower() not in cues.say_verbs | cues.signal_verbs:
            end = c.right_edge.i  # '... presence in the Aegean, helping X to ...': what the contribution does
            continue
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > end and \
                all(t.is_punct or t.dep_ == "cc" for t in doc[end + 1:c.left_edge.i]) and c.left_edge.i > end + 1:
            end = c.right_edge.i  # 'reaffirmed the position of X on Y and the rights of Z': a second object
            continue  # the parser hung on the verb
        if c.left_edge.i != end + 1:
            continue
        if c.dep_ in ("prep", "dative") and not _setting(c, cues) or c.dep_ in ("xcomp", "ccomp") or \
                c.dep_ == "advcl" and c.left_edge.lower_ == "to":
            end = c.right_edge.i
        else:
            break
    return end


def _clause_content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """'They reflected that ...', 'The leaders agreed the two countries were ...': the clause after the verb."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    s = clause.left_edge.i
    if verb.doc[s].lower_ == "that" and verb.doc[s].dep_ == "mark":
        s += 1
    return s, _extended(verb, clause.right_edge.i, cues) + 1


def _content(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    lemma = verb.lemma_.lower()
    if lemma in cues.clause_verbs:
        found = _clause_content(verb, cues)
        if found is not None:
            return found
    if lemma in cues.object_verbs or lemma in cues.express_verbs:
        return _object_content(verb, cues)
    return _prep_content(verb, cues)


def _speaker(verb, index) -> Speaker | None:
    """The cue's subject as the speaker API resolves it; a coordinated verb without one ('reaffirmed A and
    reiterated B') takes the speaker of the verb it is coordinated with."""
    head = _subject_verb(verb)
    if head is not verb and subject_of(head) is not None:
        return speaker_of_cue(head, index)
    return speaker_of_cue(verb, index)


def _subject_verb(verb):
    """The verb whose subject is the cue's: itself, or the readout verb it is coordinated with. The parser often
    hangs a second readout verb on a verb inside the first one's object ('stressed the need for X to refrain
    ... and reaffirmed Y'): the readout verb above it is the one coordinated."""
    if verb.dep_ != "conj" or subject_of(verb) is not None and subject_of(verb).i > verb.head.i:
        return verb
    cues = readout_cues()
    head = verb.head
    while head.dep_ != "ROOT" and head.lemma_.lower() not in cues.signal_verbs and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() not in cues.signal_verbs and head.lemma_.lower() not in cues.say_verbs:
        return verb
    return _subject_verb(head) if subject_of(head) is None else head


def _cut_at_cue(doc, s: int, e: int) -> int:
    """The end of a readout object before a readout verb the parser hung inside it ('the need for X to refrain
    ... [and also reaffirmed Y]')."""
    cues = readout_cues()
    for t in doc[s + 1:e]:
        if t.pos_ == "VERB" and t.dep_ == "conj" and t.lemma_.lower() in cues.signal_verbs:
            k = t.left_edge.i
            while k > s and (doc[k - 1].dep_ in ("cc", "advmod") or doc[k - 1].is_punct):
                k -= 1
            return k
    return e


def _person(index, k: int | None):
    if k is None:
        return None
    ent = index.entities[k]
    return ent if ent.type == "PERSON" else None


def _named(ent, tok) -> Speaker:
    return Speaker(name=ent.name, entity=ent.id, mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text))


def _titled_person(subj, index):
    """The person a bare title stands for in a readout ('The Secretary', 'The Secretary-General'): the first
    person the page names right after that title ('Secretary of Defense Lloyd Austin', 'UN Secretary-General
    Ana Ruiz') or with that title after a comma ('Ana Ruiz, Secretary-General'); 'His Excellency' the first
    person the page names as 'His Excellency X'."""
    if subj.i in index.tok2ent or subj.pos_ not in ("NOUN", "PROPN") or not subj.text[:1].isupper():
        return None
    doc = subj.doc
    words = [t for t in subj.subtree if t.dep_ not in ("det", "poss") and t.i <= subj.i]  # 'His Excellency'
    if not words or any(t.ent_type_ == "PERSON" for t in words):
        return None
    title = doc[words[0].i:subj.i + 1].text.lower()
    for tok in doc:
        if tok.i >= subj.i:
            return None
        ent = _person(index, index.tok2ent.get(tok.i))
        if ent is None or tok.i > 0 and index.tok2ent.get(tok.i - 1) == index.tok2ent[tok.i]:
            continue  # the first token of each person's mention
        k = tok.i
        while k > 0 and tok.i - k < 6 and (doc[k - 1].pos_ in ("PROPN", "NOUN", "ADP", "PUNCT") and
                                            doc[k - 1].text not in (",", ".", ";", ":", "(", ")")):
            k -= 1
        if title in doc[k:tok.i].text.lower() or title in _title_after(doc, index, tok.i):
            return ent
    return None


def _title_after(doc, index, i: int) -> str:
    """The title a comma puts after a person's name ('Ban Ki-Moon, Former Secretary-General'; 'X, President of
    Y'), lower case; '' when none follows."""
    k = i
    while k + 1 < len(doc) and index.tok2ent.get(k + 1) == index.tok2ent.get(i):
        k += 1
    if k + 2 >= len(doc) or doc[k + 1].text != ",":
        return ""
    end = k + 2
    while end < min(len(doc), k + 9) and not doc[end].is_space and doc[end].text not in (",", ".", ";", ":", "(", ")") \
            and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "PUNCT", "DET"):
        end += 1
    return doc[k + 2:end].text.lower()


def participants(doc, index) -> list[str] | None:
    """The two sides of the call or meeting a readout reports, from its opening: the person named nearest
    before the first meeting word ('met', 'spoke', 'call', 'meeting') and the one nearest after it in the
    same sentence; a side the page names only by title ('The Prime Minister met ...') by the subject's words."""
    cues = readout_cues()
    for tok in doc:
        if tok.idx > HEAD_CHARS:
            return None
        if tok.lemma_.lower() not in cues.meeting_words or tok.pos_ not in ("VERB", "NOUN"):
            continue
        sent = tok.sent
        at = next((t.i for t in reversed(doc[sent.start:tok.i]) if _person(index, index.tok2ent.get(t.i)) is not None),
                  None)
        before = index.entities[index.tok2ent[at]] if at is not None else None
        after = next((index.entities[index.tok2ent[t.i]] for t in doc[tok.i + 1:sent.end]
                      if _person(index, index.tok2ent.get(t.i)) is not None), None)
        subj = subject_of(tok) if tok.pos_ == "VERB" else None
        other = next((c for c in subj.children if c.dep_ == "conj"), None) if subj is not None else None
        if other is not None:  # 'The Prime Minister and President Ana Ruiz met ...'
            late = [c for c in subj.children if c.dep_ == "appos" and c.i > other.i]  # the parser's
            return [_side(subj, index), late and _side(late[0], index) or _side(other, index)]  # misplaced name
        if after is None:
            continue
        if before is not None and before.id == after.id:
            near = max((c for c in tok.children if c.dep_ == "nsubj" and at < c.i < tok.i), key=lambda c: c.i,
                       default=None)  # 'PM meeting with X: ... The Prime Minister met X': a headline the parser
            if near is not None and near.i not in index.tok2ent and near.pos_ in ("NOUN", "PROPN") and \
                    near.text[:1].isupper():  # ran into the lede
                return [_side(near, index), after.name]
            continue
        if before is not None:
            return [before.name, after.name]
        if subj is not None and subj.i < tok.i:
            return [_side(subj, index), after.name]
    return None


def _side(tok, index) -> str:
    """A participant's name, or the words of a title naming one ('The Prime Minister')."""
    conj = min((c.i for c in tok.children if c.dep_ == "conj"), default=len(tok.doc))
    skip = {t.i for c in tok.children if c.dep_ in ("conj", "cc") or c.i > conj for t in c.subtree}
    own = [t for t in tok.subtree if t.i not in skip]
    ent = next((e for e in (_person(index, index.tok2ent.get(t.i)) for t in own) if e is not None), None)
    if ent is not None:
        return ent.name  # 'the President of the Council Ana Ruiz'
    return tok.doc[min(t.i for t in own):tok.i + 1].text


def _earlier_person(doc, index, verb, pronoun) -> Speaker | None:
    """The person a readout's 'He' / 'She' continues: the subject of the nearest earlier main clause that names
    one person, by name or by title ('The Prime Minister', kept as written when the page names nobody with
    it); None when a plural subject ('They') comes first."""
    cues = readout_cues()
    sent = verb.sent
    for _ in range(6):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subj = subject_of(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.lower_ in ("he", "she"):
            continue
        if subj.lower_ in cues.group_subjects or subj.tag_ in ("NNS", "NNPS") or \
                any(c.dep_ == "conj" for c in subj.children):
            return None
        ent = _person(index, index.tok2ent.get(subj.i)) or _titled_person(subj, index)
        if ent is not None:
            return _named(ent, pronoun)
        if subj.pos_ in ("NOUN", "PROPN") and subj.text[:1].isupper() and subj.i not in index.tok2ent:
            words = doc[subj.left_edge.i:subj.i + 1].text  # 'The Prime Minister', named nowhere on the page
            return Speaker(name=words, entity=None, mention=pronoun.text, start=pronoun.idx,
                           end=pronoun.idx + len(pronoun.text))
    return None


def _readout_speaker(verb, index, found: Speaker | None, pair: list[str] | None) -> Speaker | None:
    """Who speaks in a readout sentence: 'They' / 'Both sides' / 'The two leaders' are the two participants,
    'He' / 'She' the person of the clause before, a bare title the person the page names with it; any other
    subject as the speaker API resolved it."""
    subj = subject_of(_subject_verb(verb))
    if subj is None or index.in_quote(subj.idx) is not None:
        return found
    named = _person(index, index.tok2ent.get(subj.i))
    if named is not None:
        return found
    group = readout_group(subj, index) if pair is not None else None  # 'They', 'Both sides': the two sides
    if group is not None:
        return group
    if subj.lower_ in ("he", "she"):
        return _earlier_person(verb.doc, index, verb, subj) or found
    ent = _titled_person(subj, index)
    return _named(ent, subj) if ent is not None else found


def _closing_participle(verb) -> bool:
    """'X spoke about Y, stressing the importance of Z': a participle after a comma that carries on the main
    clause's subject (no subject of its own), so it states what that subject said."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > head.i and verb.i > 0 and \
        verb.doc[verb.i - 1].text == "," and head.pos_ in ("VERB", "AUX") and subject_of(head) is not None and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _chars(doc, text: str, s: int, e: int) -> tuple[int, int]:
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    while end > start and text[end - 1] in ".,;: ":
        end -= 1
    if text[end:end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
        end += 1  # '... Development (IGAD)': the closing bracket the parser left outside
    return start, end


def readout_statements(doc, index, found: list[Quote], published: str | None = None) -> list[Quote]:
    """Statements a readout reports through content-stating verbs, where no statement in ``found`` overlaps."""
    text = index.text
    scan = _scan(doc)
    if not is_readout(doc, index, scan):
        return []
    cues = readout_cues()
    pair = readout_pair(doc, index, scan)
    taken = sorted((q.start, q.end) for q in found)
    out: list[Quote] = []
    for verb in scan[0]:
        if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("amod", "acl", "advcl") and not _closing_participle(verb):
            continue
        rng = _content(verb, cues)
        if rng is None or index.in_quote(verb.idx) is not None:
            continue
        rng = rng[0], _cut_at_cue(doc, *rng)
        s, e = _chars(doc, text, *rng)
        if e - s < 3 or "\n" in text[verb.idx:e] or any(a < e and s < b for a, b in taken):
            continue
        speaker = _readout_speaker(verb, index, _speaker(verb, index), pair)
        if speaker is None:
            continue
        out.append(Quote(id="", text=text[s:e], start=s, end=e, kind="indirect", speaker=speaker,
                         cue=verb.text, addressee=addressee_of(verb, index), channel=channel_of(verb),
                         said_on=date_of(verb, published, index)))
        taken.append((s, e))
    return out
