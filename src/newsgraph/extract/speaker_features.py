"""Candidate speakers of a direct quote and their features, for the learned speaker choice (speaker_model.py).

For each direct or partial quote of the final output the candidates are: the rules' pick; the speakers of the
quotes and statements in the quote's paragraph, the two paragraphs above and the one below; every person or
body (EntityIndex entities, pronouns resolved to them) mentioned in the quote's sentence, the three sentences
before and the one after; and the speakers of the speech cues in that window. One candidate per entity (or per
name when a speaker has no entity).

Features are structure only, never words: the rules' path (where its speaker mention stands, cue or none),
sentence distance and direction of the nearest mention, mention type (full name, surname, pronoun, other
form, body), whether a mention is the subject of a speech cue or of the cue nearest the quote, the neighbouring
quotes' speakers, the last speaker before the quote, mentions inside the quote, the addressee, how often the
page names the candidate. Everything is computed per quote from per-document tables built once (``DocTables``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..model import Speaker

KINDS = ("PERSON", "ORG", "GPE", "NORP")
BEFORE, AFTER = 3, 1  # sentences of the window before and after the quote's own


@dataclass
class Candidate:
    key: str
    speaker: Speaker | None
    rule: bool = False
    mentions: list = field(default_factory=list)  # (char, end, type, dep, subj_of_cue, in_quote) in the window
    roles: set = field(default_factory=set)  # nb_same_para, nb_prev1, ..., cue_subj, nearest_cue_subj, ...


class DocTables:
    """Per-document tables: sentence and paragraph starts (chars), mentions sorted by position, pronouns."""

    def __init__(self, doc, index, cue_tokens):
        self.doc, self.index, self.text = doc, index, index.text
        n = len(doc)
        self.sent_chars = [doc[i].idx for i in index.sent_starts if i < n] or [0]
        text = self.text
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]  # blank lines are no paragraphs
        ments = []
        self.by_id = {e.id: e for e in index.entities}
        self.count: dict[str, int] = {}
        first_person = None
        run = None  # consecutive tokens of one entity make one mention ('Marta Quillon', 'Quillon')
        for i in sorted(index.tok2ent):
            k = index.tok2ent[i]
            if not 0 <= i < n or index.entities[k].type not in KINDS:
                continue
            if run is not None and run[2] == k and run[3] == i - 1:
                run[1], run[3] = doc[i].idx + len(doc[i].text), i
                continue
            if run is not None:
                ments.append((run[0], run[1], run[2], "name"))
            run = [doc[i].idx, doc[i].idx + len(doc[i].text), k, i]
        if run is not None:
            ments.append((run[0], run[1], run[2], "name"))
        ments += _surname_mentions(text, index, ments)
        for s, _, k, _ in ments:
            e = index.entities[k]
            self.count[e.id] = self.count.get(e.id, 0) + 1
            if e.type == "PERSON" and (first_person is None or s < first_person[0]):
                first_person = (s, k)
        for i, (_, k) in index.pronouns.items():
            if k is not None and 0 <= i < n and index.entities[k].type in KINDS:
                ments.append((doc[i].idx, doc[i].idx + len(doc[i].text), k, "pron"))
        ments.sort()
        self.ments = ments
        self.ment_starts = [m[0] for m in ments]
        self.first_person = first_person[1] if first_person else None
        self.cues = sorted(((t.idx, t) for t in cue_tokens), key=lambda x: x[0])
        self.cue_starts = [c for c, _ in self.cues]
        self.cue_ids = {t.i for t in cue_tokens}
        self._cue_speaker: dict[int, Speaker | None] = {}

    def sent_of(self, pos: int) -> int:
        return bisect_right(self.sent_chars, pos) - 1

    def para_of(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1

    def cue_speaker(self, tok):
        if tok.i not in self._cue_speaker:
            from .speakers import speaker_of_cue
            try:
                self._cue_speaker[tok.i] = speaker_of_cue(tok, self.index)
            except Exception:  # a cue the rules cannot read gives no candidate
                self._cue_speaker[tok.i] = None
        return self._cue_speaker[tok.i]


def _surname_mentions(text: str, index, ments: list) -> list:
    """Bare surnames of the page's people the entity index did not link ('Quillon told reporters'), found by one
    regular expression over the page; a surname two people share is left out."""
    owners: dict[str, int] = {}
    for k, e in enumerate(index.entities):
        if e.type == "PERSON" and len(e.name.split()) >= 2:
            last = e.name.split()[-1]
            if len(last) > 2 and last[:1].isupper():
                owners[last] = -1 if owners.get(last, k) != k else k
    owners = {w: k for w, k in owners.items() if k >= 0}
    if not owners:
        return []
    taken = sorted((s, t) for s, t, _, _ in ments)
    starts = [s for s, _ in taken]
    out = []
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(owners, key=len, reverse=True)) + r")\b")
    for m in pattern.finditer(text):
        j = bisect_right(starts, m.start()) - 1
        if j >= 0 and taken[j][1] > m.start():
            continue  # part of a mention the index already has
        out.append((m.start(), m.end(), owners[m.group(1)], "name"))
    return out


def speaker_key(sp: Speaker | None) -> str | None:
    if sp is None:
        return None
    return f"e:{sp.entity}" if sp.entity else "n:" + " ".join(sp.name.lower().split())


def rule_path(q) -> str:
    """Which branch of the rules gave the speaker, from what the quote carries: a cue or none, and where the
    speaker's mention stands against the quote."""
    sp = q.speaker
    if sp is None:
        return "none"
    cue = "cue" if q.cue else "nocue"
    if sp.start is None:
        where = "nomention"
    elif sp.start < q.start:
        where = "before"
    elif sp.start >= q.end:
        where = "after"
    else:
        where = "inside"
    return f"{cue}_{where}"


def _mention_type(tab: DocTables, s: int, t: int, k: int, how: str) -> str:
    ent = tab.index.entities[k]
    if how == "pron":
        return "pron"
    if ent.type != "PERSON":
        return "body"
    words = tab.text[s:t].split()
    name = set(ent.name.lower().split())
    if len(words) >= 2 and all(w.lower() in name for w in words):
        return "full"
    if len(words) == 1 and words[0].lower() in name:
        return "surname"
    return "other"


def _dep_of(tab: DocTables, s: int, t: int):
    span = tab.doc.char_span(s, t, alignment_mode="expand")
    if span is None or not len(span):
        return "none", False
    root = span.root
    dep = root.dep_ if root.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj", "appos", "compound", "conj",
                                     "ROOT") else "other"
    head = root.head
    if dep in ("appos", "compound", "conj") and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head
        dep = "nsubj_" + dep
    subj_cue = dep.startswith("nsubj") and head.i in tab.cue_ids
    if dep == "pobj" and head.lower_ in ("to", "by") and head.head.i in tab.cue_ids:
        dep = "pobj_" + head.lower_  # 'told X', 'said by X', 'according to X'
        subj_cue = head.lower_ == "by" or head.head.lower_ in ("according", "per")
    return dep, subj_cue


def candidates(tab: DocTables, q, quotes: list) -> list[Candidate]:
    """Every candidate speaker of quote ``q`` (the rules' pick first), with the facts its features come from."""
    index = tab.index
    text = tab.text
    cands: dict[str, Candidate] = {}

    def add(key, sp) -> Candidate:
        c = cands.get(key)
        if c is None:
            c = cands[key] = Candidate(key, sp)
        elif c.speaker is None and sp is not None:
            c.speaker = sp
        return c

    rk = speaker_key(q.speaker)
    if rk is not None:
        add(rk, q.speaker).rule = True
    s0, s1 = tab.sent_of(q.start), tab.sent_of(max(q.start, q.end - 1))
    a = tab.sent_chars[max(0, s0 - BEFORE)]
    b = tab.sent_chars[s1 + AFTER + 1] if s1 + AFTER + 1 < len(tab.sent_chars) else len(text)
    # mentions in the window
    for j in range(bisect_left(tab.ment_starts, a), bisect_left(tab.ment_starts, b)):
        s, t, k, how = tab.ments[j]
        ent = index.entities[k]
        sp = Speaker(name=ent.name, entity=ent.id, mention=text[s:t], start=s, end=t)
        c = add(f"e:{ent.id}", sp)
        inside = q.start <= s < q.end
        other_q = not inside and index.in_quote(s) is not None
        dep, subj_cue = _dep_of(tab, s, t)
        c.mentions.append((s, t, _mention_type(tab, s, t, k, how), dep, subj_cue, "this" if inside else
                           "other" if other_q else "out"))
    # neighbouring quotes and statements
    p = tab.para_of(q.start)
    last_before = None
    for o in quotes:
        if o is q or o.speaker is None:
            continue
        if o.start < q.start:
            last_before = o
        d = tab.para_of(o.start) - p
        if -2 <= d <= 1:
            name = {0: "nb_same_para", -1: "nb_prev1", -2: "nb_prev2", 1: "nb_next1"}[d]
            c = add(speaker_key(o.speaker), o.speaker)
            c.roles.add(name)
            if o.kind == "indirect":
                c.roles.add(name + "_ind")
    if last_before is not None:
        add(speaker_key(last_before.speaker), last_before.speaker).roles.add("last_spk")
    # speech cues in the window, outside quotes
    nearest, near_d = None, None
    for j in range(bisect_left(tab.cue_starts, a), bisect_left(tab.cue_starts, b)):
        pos, tok = tab.cues[j]
        if index.in_quote(pos) is not None:
            continue
        sp = tab.cue_speaker(tok)
        if sp is None:
            continue
        c = add(speaker_key(sp), sp)
        same = s0 <= tab.sent_of(pos) <= s1
        c.roles.add("cue_subj_same" if same else "cue_subj_win")
        d = q.start - pos if pos < q.start else pos - q.end
        if near_d is None or d < near_d:
            nearest, near_d = c, d
    if nearest is not None:
        nearest.roles.add("nearest_cue_subj")
    if q.addressee:
        low = q.addressee.lower()
        for c in cands.values():
            if c.speaker is not None and c.speaker.name and c.speaker.name.lower().split()[-1] in low:
                c.roles.add("addressee")
    out = list(cands.values())
    out.sort(key=lambda c: (not c.rule,))
    return out


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})


def _form(sp: Speaker | None, ent) -> str:
    """What kind of name a candidate has: an entity, a document ('the statement'), a description ('a rebel
    spokesman'), a capitalised name the index does not know (one word or more)."""
    if sp is None or not sp.name:
        return "none"
    if ent is not None:
        return "entity"
    words = sp.name.split()
    last = words[-1].lower().rstrip(".,")
    if last in _doc_nouns() or last.rstrip("s") in _doc_nouns():
        return "document"
    if words[0][:1].islower() or words[0].lower() in ("the", "a", "an"):
        return "description"
    return "cap1" if len(words) == 1 else "capN"


def _mention_form(sp: Speaker | None) -> str:
    if sp is None or not sp.mention:
        return "none"
    m = sp.mention.strip()
    if m.lower() in PRONOUNS:
        return "pronoun"
    if m == sp.name:
        return "same"
    if len(m.split()) == 1 and m in sp.name.split():
        return "part"
    return "other"


def _doc_nouns() -> frozenset:
    from .cues import speech_cues
    return speech_cues().document_nouns


def _bucket(tab: DocTables, q, s: int) -> str:
    if q.start <= s < q.end:
        return "in_quote"
    d = tab.sent_of(s) - (tab.sent_of(q.start) if s < q.start else tab.sent_of(max(q.start, q.end - 1)))
    if d == 0:
        return "same_before" if s < q.start else "same_after"
    return f"prev{-d}" if d < 0 else f"next{d}"


def features(tab: DocTables, q, c: Candidate, rule: Candidate | None = None) -> list[str]:
    """Indicator features of candidate ``c`` for quote ``q``; ``rule`` (the rules' pick) is described on each
    other candidate, so the model weighs an alternative against what the rules chose."""
    index = tab.index
    path = rule_path(q)
    text = tab.text
    la = text.rfind("\n", 0, q.start) + 1
    before = text[la:q.start].rstrip()
    qpos = "para_init" if len(before) <= 1 else "after_colon" if before.endswith(":") else "in_sentence"
    f = [f"kind={q.kind}|{qpos}"]
    ent = tab.by_id.get(c.key[2:]) if c.key.startswith("e:") else None
    etype = ent.type if ent is not None else "noent"
    f.append(f"et={etype}")
    form = _form(c.speaker, ent)
    f.append(f"form={form}")
    if c.rule:
        f += ["rule", f"rule|{path}", f"rule|et={etype}", f"rule|{q.kind}", f"rule|form={form}",
              f"rule|mention={_mention_form(c.speaker)}"]
    outside = [m for m in c.mentions if m[5] == "out"]
    if any(m[5] == "this" for m in c.mentions):
        f.append("named_in_quote")
    if any(m[5] == "other" for m in c.mentions) and not outside:
        f.append("only_in_other_quotes")
    if outside:
        near = min(outside, key=lambda m: abs(m[0] - q.start) if m[0] < q.start else abs(m[0] - q.end))
        bucket = _bucket(tab, q, near[0])
        f += [f"pos={bucket}", f"pos={bucket}|{path}", f"mt={near[2]}", f"dep={near[3]}",
              f"pos={bucket}|dep={near[3]}"]
        for bkt in {_bucket(tab, q, m[0]) for m in outside}:
            f.append(f"has={bkt}")
        types = {m[2] for m in outside}
        best = next((t for t in ("full", "surname", "body", "other", "pron") if t in types), None)
        f.append(f"mt_best={best}")
        subj = [m for m in outside if m[4]]
        if subj:
            f.append("subj_of_cue")
            f.append(f"subj_of_cue@{_bucket(tab, q, min(subj, key=lambda m: abs(m[0] - q.start))[0])}")
    else:
        f.append("no_mention")
    if not c.rule:
        rent = tab.by_id.get(rule.key[2:]) if rule is not None and rule.key.startswith("e:") else None
        rform = _form(rule.speaker, rent) if rule is not None else "none"
        rnear = "no_mention"
        if rule is not None:
            rout = [m for m in rule.mentions if m[5] == "out"]
            if rout:
                rnear = _bucket(tab, q, min(rout, key=lambda m: abs(m[0] - q.start))[0])
        mine = _bucket(tab, q, near[0]) if outside else "no_mention"
        f += [f"alt|rule_form={rform}", f"alt|rule_at={rnear}", f"alt|rule_at={rnear}|at={mine}",
              f"alt|rule_form={rform}|at={mine}|et={etype}"]
        if rule is not None and rule.speaker is not None:
            f.append(f"alt|rule_mention={_mention_form(rule.speaker)}")
            rs, re_ = rule.speaker.start, rule.speaker.end
            if rs is not None and re_ is not None and outside:
                gap = min(max(m[0] - re_, rs - m[1], 0) for m in outside)
                near_rule = "overlap" if any(m[0] < re_ and rs < m[1] for m in outside) else \
                    "adjacent" if gap <= 3 else "near" if gap <= 40 else "far"
                f += [f"alt|by_rule_mention={near_rule}", f"alt|by_rule_mention={near_rule}|rule_form={rform}"]
    for r in sorted(c.roles):
        f.append(r)
        f.append(f"{r}|{path}")
    if ent is not None:
        n = tab.count.get(ent.id, len(ent.mentions))
        f.append("cnt=" + ("1" if n <= 1 else "2" if n == 2 else "3-5" if n <= 5 else "6+"))
        if tab.first_person is not None and index.entities[tab.first_person] is ent:
            f.append("first_person")
    return f
