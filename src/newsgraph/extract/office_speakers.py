"""Speakers named through an office. A spokesperson named by the person they speak for ("the prime minister's spokesman", "Mr Rolt's spokeswoman", 'a
spokesman for the president'): the speaker is "<holder>'s spokesman", the holder being the person the page names,
by name or as the one person holding that title. A bare 'the spokesman' below it, and 'he'/'she' taken from that
(described_speakers), are the same spokesperson. An office written as initials that the parse took for an
organisation ('the EAM said', person_titles.json title_initialisms) is the person of the page holding every word of
the office ('External Affairs Minister X'). A body named by its owner ("the Prime Minister's Office said") keeps the
owner in its name, not the bare 'Office'; a bare 'the office said' or 'according to the statement' below it is that
office's ("..., the Prime Minister's press office said. ... , the office said")."""
from __future__ import annotations

from dataclasses import replace

from ..model import Speaker
from .actor_countries import phrase_country
from .cues import norm_word, person_words
from .document_owners import document_words
from .speaker_descriptions import description_like

SPOKESPERSON = "spokesperson"  # person_titles.json abbreviations map spokesman / spokeswoman to it
BARE_WINDOW = 2000  # characters back from a bare 'the spokesman' to the spokesperson it refers to


def _is_spokesperson(tok, pw) -> bool:
    return pw.expand(norm_word(tok.lemma_)) == SPOKESPERSON or pw.expand(tok.lower_) == SPOKESPERSON


def _title_holder(tok, index, pw):
    """The one person of the page holding the title a phrase names ('the prime minister', 'the President'):
    every title word of the phrase among the person's title words; None unless exactly one person fits."""
    words = {pw.expand(norm_word(tok.lemma_))}
    words |= {pw.expand(norm_word(c.text)) for c in tok.lefts if c.dep_ in ("compound", "amod")}
    words &= pw.titles
    head = pw.expand(norm_word(tok.lemma_))
    if head not in pw.titles or head == SPOKESPERSON or head in pw.anonymous_roles:
        return None
    try:
        nation = phrase_country(tok)  # "Norland's prime minister"
    except Exception:  # the entity index is another step's work
        nation = None
    fits = [e for k, e in enumerate(index.entities) if e.type == "PERSON" and not description_like(e, pw) and
            words <= index.titles.get(k, set()) and (nation is None or e.country in (None, nation))]
    return fits[0] if len(fits) == 1 else None


def _owner(tok, index, pw):
    """The person a spokesperson phrase names as the one spoken for: its owner ("X's spokesman", "the prime
    minister's spokesman") or the object of 'for' ('a spokeswoman for the president'). None for a body
    ('the ministry's spokesman', 'a spokesman for the Presidency') or a title no one person of the page holds."""
    for c in tok.children:
        if c.dep_ == "poss":
            target = c
        elif c.dep_ == "prep" and c.lower_ == "for":
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if target is None:
            continue
        k = index.tok2ent.get(target.i)
        if k is not None:
            ent = index.entities[k]
            return ent if ent.type == "PERSON" and not description_like(ent, pw) else None
        if target.pos_ in ("NOUN", "PROPN"):
            return _title_holder(target, index, pw)
    return None


def _bare(tok) -> bool:
    """'the spokesman' with nothing else in the phrase."""
    kids = list(tok.children)
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _referred(tok, index, pw, depth: int = 3):
    """The holder for a bare 'the spokesman': the spokesperson mentioned last before it (outside quotation marks,
    at most BARE_WINDOW characters back), if that phrase names its holder or is itself bare and refers back."""
    doc = tok.doc
    for t in reversed(doc[:tok.i]):
        if tok.idx - t.idx > BARE_WINDOW:
            return None
        if not _is_spokesperson(t, pw) or index.in_quote(t.idx) is not None or t.i in index.tok2ent:
            continue
        if _bare(t):
            return _referred(t, index, pw, depth - 1) if depth > 0 else None
        return _owner(t, index, pw)
    return None


def _initialism_holder(doc, index, sp, pw):
    """The person an office written as initials stands for ('the EAM'), when the entity index made it an
    organisation: the holder by_title finds (every word the initials spell among the person's titles)."""
    ent = index.entity(sp.entity)
    if ent is None or ent.type != "ORG" or not ent.name.isupper() or ent.name.lower() not in pw.title_initialisms:
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span) or not span.root.text.isupper():
        return None
    found = index.by_title(span.root)
    return found if found is not None and found.type == "PERSON" else None


def _owned_body_name(head, sp, pw) -> str | None:
    """"Prime Minister's Office" for the speaker named 'Office' by 'the Prime Minister's Office said': a body
    noun written as a name (person_titles.json group_nouns, capitalised) whose owner the name left out."""
    if sp.name != head.text or not head.text[:1].isupper() or head.lower_ not in pw.group_nouns:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.text[:1].isupper()), None)
    if owner is None:
        return None
    start = owner.left_edge.i
    while start < owner.i and head.doc[start].dep_ == "det":
        start += 1  # "Prime Minister's Office", not 'the ...'
    return head.doc[start:head.i + 1].text


ISSUER_WINDOW = 1500  # characters back from 'the office said' to the owned office it takes up


def _owned_body(tok) -> bool:
    """A body noun whose phrase names its owner with capitals ("the Prime Minister's press office", 'the press
    service of the X Ministry') or is itself a capitalised name ('the Foreign Ministry')."""
    if tok.text[:1].isupper() and tok.tag_ == "NNP":
        return True
    return any(c.dep_ == "poss" and c.text[:1].isupper() or
               c.dep_ == "prep" and c.lower_ == "of" and any(t.text[:1].isupper() for t in c.subtree if t.i != c.i)
               for c in tok.children)


def _issuer_before(doc, q, quotes, pw) -> Speaker | None:
    """The office a bare 'the office said' / 'according to the statement' takes up: the speaker of the nearest
    statement before it (at most ISSUER_WINDOW characters back) named as an owned body ("the Prime Minister's
    press office said"), of the same body noun for a bare body ('the office'), of any for a bare statement noun
    ('the statement', 'the readout': the office that issued it), past the people its statements relay."""
    sp = q.speaker
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span) or not _bare(span.root):
        return None
    head = span.root
    statement = head.lower_ in document_words()["body_statements"]
    if not statement and (head.lower_ not in pw.body_nouns or head.tag_ != "NN"):
        return None
    for other in sorted((o for o in quotes if o.speaker is not None and o.speaker.start is not None and
                         sp.start - ISSUER_WINDOW < o.speaker.start < sp.start), key=lambda o: -o.speaker.start):
        found = other.speaker
        if found.entity is not None:
            continue
        oth = doc.char_span(found.start, found.end, alignment_mode="expand")
        if oth is None or not len(oth) or oth.root.i == head.i or _bare(oth.root):
            continue
        root = oth.root
        if root.lower_ in pw.body_nouns and _owned_body(root) and (statement or root.lower_ == head.lower_):
            return replace(found, mention=sp.mention, start=sp.start, end=sp.end)
    return None


def name_office_speakers(doc, index, quotes) -> None:
    """Speakers that are a person's spokesperson, with no entity of their own, named "<holder>'s spokesman";
    an office written as initials taken for an organisation named as its holder; "the Prime Minister's Office"
with its owner."""
    pw = person_words()
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.entity is not None and sp.start is not None:
            holder = _initialism_holder(doc, index, sp, pw)
            if holder is not None:
                q.speaker = Speaker(name=holder.name, entity=holder.id, mention=sp.mention, start=sp.start,
                                    end=sp.end)
            continue
        if sp is None or sp.entity is not None or sp.start is None or not sp.mention:
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        owned = _owned_body_name(head, sp, pw)
        if owned is not None:
            q.speaker = replace(sp, name=owned)
            continue
        issuer = _issuer_before(doc, q, quotes, pw)
        if issuer is not None:  # '..., the office said' below "..., the Prime Minister's press office said"
            q.speaker = issuer
            continue
        if not _is_spokesperson(head, pw) or head.tag_ not in ("NN", "NNP"):
            continue
        holder = _referred(head, index, pw) if _bare(head) else _owner(head, index, pw)
        if holder is not None:
            q.speaker = replace(sp, name=f"{holder.name}'s {head.lower_}")
