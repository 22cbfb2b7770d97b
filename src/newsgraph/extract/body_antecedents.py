"""The organisation a definite body description stands for when its name does not hold the noun: one the page
introduced with that noun ('the opposition Alliance for Renewal ...', then 'The opposition said'; 'news portal
X', then 'the news portal reported'), one that spoke as the subject of the sentences just before ('Vostra said ...',
then 'The armed faction said'; 'The Front has said ...', then 'the party said'), and a UN agency the page names for
'the UN watchdog' or 'the UN refugee agency'."""
from __future__ import annotations

import re
from bisect import bisect_right

from .actor_countries import phrase_country
from .speaker_descriptions import LINKED_BODIES, SUBJECT_DEPS

# bodies a page calls by what they are rather than by their name ('the party' for an acronym, 'the faction')
CALLED_BODIES = LINKED_BODIES | {"opposition", "faction", "movement", "portal", "outlet", "agency", "watchdog",
                                 "group", "mission", "militia", "bloc", "coalition", "channel", "daily", "tabloid"}
# bodies whose earlier subject they stand for with no name or description to say so: political and armed groups
SPEAKING_BODIES = frozenset({"party", "faction", "movement", "opposition", "group", "militia", "organisation",
                             "organization", "bloc", "coalition", "alliance", "front"})
STATE_SECTORS = ("GOV", "MIL", "JUD", "LEG", "POL")
UN_WORDS = ("un", "u.n.", "united")  # 'the UN nuclear watchdog', "the United Nations' refugee agency"
UN_BODIES = frozenset({"agency", "watchdog", "organisation", "organization", "office"})
UN_FAMILY = frozenset({"IGOIAEA", "IGOWHO", "IGOUNHCR", "IGOUNICEF"})  # UN agencies with a code of their own
UN_ITSELF = frozenset({"UN", "United Nations", "Security Council", "UN Security Council", "United Nations Security Council",
                       "UN General Assembly", "United Nations General Assembly", "UNSC"})
WINDOW = 2500
BACK_SENTENCES = 4


def body_antecedent(tok, index):
    """The named organisation a definite body description ('the party', 'The armed faction', 'the news portal',
    'the UN nuclear watchdog') stands for, or None (the description stays)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or lemma not in CALLED_BODIES:
        return None
    k = index.tok2ent.get(tok.i)
    if k is not None:  # "The United Nations' nuclear watchdog" the name finder took for a name
        e = index.entities[k]
        described = e.name.split()[-1].islower() or e.name.replace(".", "") in UN_ITSELF
        return _un_agency(tok, lemma, index) if e.type == "ORG" and described else None
    found = _un_agency(tok, lemma, index)  # "the UN nuclear watchdog", "The United Nations' health agency"
    if found is not None or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or \
            any(c.dep_ in ("poss", "appos", "prep", "conj") for c in tok.children):
        return found
    return _described_before(tok, lemma, index) or \
        (_last_speaking_body(tok, lemma, index) if lemma in SPEAKING_BODIES else None)


def _orgs_before(tok, index):
    """(last mention start before tok, entity) of the organisations named before it, most recent first."""
    out = []
    for e in index.entities:
        if e.type != "ORG":
            continue
        before = [s for s, _ in e.mentions if s < tok.idx and tok.idx - s <= WINDOW and index.in_quote(s) is None]
        if before:
            out.append((max(before), e))
    out.sort(key=lambda x: -x[0])
    return out


def _nation_fits(tok, ent) -> bool:
    nation = phrase_country(tok)
    return nation is None or ent.country is None or ent.country == nation


def _described_before(tok, lemma: str, index):
    """'the opposition Alliance for Renewal', 'news portal X', 'The Islamist group X', 'X, the armed faction
    that ...': the organisation the page introduced with the description's noun, the nearest one before."""
    text = index.text
    word = re.compile(rf"\b{re.escape(lemma)}\b", re.I)
    for _, e in _orgs_before(tok, index):
        if not _nation_fits(tok, e):
            continue
        if lemma in e.name.lower().split():
            return e  # 'portal X' as the name found: 'the news portal'
        for s0, e0 in e.mentions:
            if s0 >= tok.idx or index.in_quote(s0) is not None:
                continue
            before = re.split(r"[\n.,;:()]", text[max(0, s0 - 40):s0])[-1]
            hits = list(word.finditer(before))
            m = hits[-1] if hits else None
            if m is not None and all(w[:1].isupper() for w in before[m.end():].split()):
                return e  # 'the opposition Alliance for Renewal', 'news portal X' ('the group's X' is no such)
            after = text[e0:e0 + 80]
            if after.startswith(", ") or after.startswith(" - "):
                appos = re.split(r"[,.;()\n]| - ", after[2:] if after[0] == "," else after[3:])[0].lower().split()
                if appos[:1] in (["a"], ["an"], ["the"]) and len(appos) <= 6 and lemma in appos:
                    return e  # 'X, the armed faction that ...', 'X - a militant group -'
    return None


def _last_speaking_body(tok, lemma: str, index):
    """'Vostra said on Monday ... / The armed faction said ...': the organisation heading the main clause of a
    sentence just before (at most two paragraph breaks back, sentences whose subject is this same description or
    a pronoun passed over), when that is a non-state body whose name names no other kind of body and nobody else
    heads a clause between. Only for the subject of a clause."""
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    doc = tok.doc
    starts = index.sent_starts
    k = bisect_right(starts, tok.i) - 1
    for m in range(k - 1, max(-1, k - 1 - BACK_SENTENCES), -1):
        a, b = starts[m], starts[m + 1] if m + 1 < len(starts) else len(doc)
        if index.text[doc[a].idx:tok.idx].count("\n\n") > 2:
            return None
        subj = _main_subject(doc, a, b, index)
        if subj is None:
            continue  # a sentence of quoted words or with no main clause subject
        if subj.i not in index.tok2ent and (subj.lower_ in ("it", "its") or subj.lemma_.lower() in CALLED_BODIES and
                                            any(c.lower_ == "the" for c in subj.children)):
            continue  # 'The party had been moving ...', 'The group said ...': a description, further back
        j = index.tok2ent.get(subj.i)
        if j is None:
            return None  # someone or something else was the subject: the description may be that
        e = index.entities[j]
        if e.type != "ORG" or (e.sector or "") in STATE_SECTORS or not _nation_fits(tok, e):
            return None
        words = {w.lower() for w in e.name.split()}
        if words & (LINKED_BODIES | CALLED_BODIES) - {lemma}:
            return None  # 'Velmar Holdings Company', 'the Federation ... Union': the name says what it is
        return e
    return None


def _main_subject(doc, a: int, b: int, index):
    """The subject of the main clause of the sentence doc[a:b], outside quotation marks, or None; of two, the one
    nearer its verb ('CAIRO (Wire) - Vostra said': the parser makes the dateline a subject too)."""
    found = None
    for t in doc[a:b]:
        if t.dep_ not in SUBJECT_DEPS or index.in_quote(t.idx) is not None:
            continue
        h = t.head
        if h.dep_ == "ROOT" or h.dep_ == "conj" and h.head.dep_ == "ROOT":
            if found is not None and found.head.i == h.i and t.i < h.i:
                found = t
            elif found is None:
                found = t
    return found


def _un_agency(tok, lemma: str, index):
    """'the UN nuclear watchdog', 'the UN refugee agency': the one UN agency the page names (a body of the
    international sector other than the UN itself), or among several the one whose name holds a modifier."""
    if lemma not in UN_BODIES or tok.left_edge.lower_ != "the":
        return None  # 'a UN agency' is one the page does not name
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if not any(c.lower_ in UN_WORDS or c.lower_ == "nations" for c in tok.subtree if c.i < tok.i):
        return None
    found = {}
    for e in index.entities:
        code = e.code or ""
        if e.type != "ORG" or not (code in UN_FAMILY or code == "IGOUNO" and e.name.replace(".", "") not in UN_ITSELF) \
                or e.name.split()[-1].islower():
            continue  # not the UN itself, nor a description the name finder took for a name
        found.setdefault(code if code != "IGOUNO" else e.name, []).append(e)
    if not found:
        return None
    if len(found) > 1:
        words = {c.lower_[:5] for c in mods if c.lower_ not in UN_WORDS and len(c.text) > 3}
        found = {k: v for k, v in found.items() if any(w[:5] in words for e in v for w in e.name.lower().split())}
        if len(found) != 1:
            return None
    group = next(iter(found.values()))
    return max(group, key=lambda e: (len(e.name.split()), -min(s for s, _ in e.mentions)))
