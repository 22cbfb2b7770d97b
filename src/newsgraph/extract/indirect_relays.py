"""A speaker's words relayed by an outlet: "<clause>, the minister said, AFP reports."

Rewritten wire copy closes a sentence with two attributions: the speaker's cue and the outlet's ("..., Foreign
Minister Jane Roe said, Xinhua reported.", "..., the spokesman told reporters, TASS reported."). The parser
makes the outlet's verb the root, with the fronted clause its complement and the speaker's cue a clause beside
it, so the outlet gets the clause and the speaker the whole sentence, or the outlet gets the sentence and the
speaker the clause. The clause is the speaker's; the outlet is the source the sentence credits (the source step
counts it), not a second statement.
"""
from __future__ import annotations

from .sentence_view import slice_text
from .source_lexicon import lexicon
from .speakers import speaker_of_cue, subject_of

RELAY_VERBS = frozenset({"report", "say", "quote", "cite"})


def _outlet_subject(verb) -> bool:
    """The verb's subject is an outlet or agency ('AFP', 'the Tass news agency', 'state media')."""
    subj = subject_of(verb)
    if subj is None or subj.i > verb.i + 1 and subj.dep_ != "nsubj":
        return False
    lex = lexicon()
    words = subj.doc[subj.left_edge.i:subj.i + 1]
    if words.text in lex.outlets or subj.text in lex.outlets or any(
            slice_text(subj.doc, i, subj.i + 1) in lex.outlets for i in range(words.start, subj.i + 1)):
        return True
    return subj.lower_ in lex.cues["outlet_heads"] and subj.pos_ == "NOUN"


def relayed_statements(out: list, cue_at: dict[int, object], cue_ids: set[int], index) -> list:
    """``out`` with each outlet's relay dropped and the speaker's statement cut to the fronted clause (or, when the
    speaker's cue found none, the relayed clause given to the speaker); ``cue_at`` maps id(quote) to its cue
    token, ``cue_ids`` are the token indices of every cue verb."""
    by_cue = {tok.i: q for q in out if (tok := cue_at.get(id(q))) is not None}
    drop: set[int] = set()
    for q in out:
        relay = cue_at.get(id(q))
        if relay is None or relay.lemma_.lower() not in RELAY_VERBS or relay.pos_ != "VERB" or \
                relay.dep_ != "ROOT" or not _outlet_subject(relay):
            continue
        inner = next((c for c in relay.children if c.dep_ in ("parataxis", "ccomp") and c.i < relay.i and
                      c.i in cue_ids and c.idx > q.start and by_cue.get(c.i) is not q), None)
        if inner is None or _outlet_subject(inner):
            continue
        said = by_cue.get(inner.i)
        if said is None:
            speaker = speaker_of_cue(inner, index) if q.end <= inner.idx else None
            if speaker is not None:  # the speaker's cue reported nothing of its own: the clause is theirs
                q.speaker, q.cue = speaker, inner.text
            continue
        if q.end <= inner.idx and said.start <= q.start and said.end > inner.idx:
            said.start, said.end, said.text = q.start, q.end, q.text  # the speaker's clause, not the sentence
        elif not (q.start <= said.start and said.end <= inner.idx <= q.end):
            continue
        drop.add(id(q))
    return [q for q in out if id(q) not in drop]


def _closing_outlet(relay, cue_ids: set[int]):
    """'X said <clause>, Xinhua reported.': the parser hung the outlet's closing cue on the speaker's cue (a ccomp or
    conj after it, or on the clause's verb) and the outlet's verb reports nothing of its own. The comma token before
    the outlet's phrase and the speaker's cue, or None."""
    head = relay.head
    if relay.dep_ in ("advcl", "ccomp", "conj") and head.dep_ == "ccomp" and head.i not in cue_ids:
        head = head.head  # 'X said <clause>, AFP reported' with the outlet's verb hung on the clause's verb
    if relay.lemma_.lower() not in RELAY_VERBS or relay.pos_ != "VERB" or relay.dep_ not in ("advcl", "ccomp", "conj") \
            or head.i not in cue_ids or head.i >= relay.i or head.pos_ != "VERB" or _outlet_subject(head) or \
            not _outlet_subject(relay):
        return None
    if any(c.i > relay.i and c.dep_ not in ("prep", "npadvmod", "advmod", "punct") for c in relay.children) or \
            any(c.dep_ in ("neg", "mark", "aux") for c in relay.children):
        return None  # 'X said AFP reported that ...', 'X said the agency had not reported it': the agency's own
    subj = subject_of(relay)
    j = subj.left_edge.i - 1 if subj is not None and subj.i < relay.i else -1
    if j <= head.i or relay.doc[j].text != ",":
        return None
    return relay.doc[j], head


def fronted_relays(out: list, cue_at: dict[int, object], cue_ids: set[int], doc, index) -> list:
    """'At a briefing, the President said <clause>, Xinhua news agency reported.': two statements, the speaker's
    clause (without the outlet's closing cue) and the outlet's report of the sentence up to its comma (the
    speaker, cue and clause); ``cue_at`` maps id(quote) to its cue token, ``cue_ids`` are the cue tokens' indices."""
    from ..model import Quote
    from .datelines import dateline_end_at

    by_cue = {tok.i: q for q in out if (tok := cue_at.get(id(q))) is not None}
    text = index.text
    for i in sorted(cue_ids):
        relay = doc[i]
        found = _closing_outlet(relay, cue_ids)
        if found is None:
            continue
        comma, cue = found
        cut = comma.idx
        said = by_cue.get(cue.i)
        if said is not None and said.start < cut < said.end:
            said.end = said.start + len(text[said.start:cut].rstrip(" ,"))
            said.text = text[said.start:said.end]
        s0 = index.sentence(relay.i)[0]
        start = doc[s0].idx
        filed = dateline_end_at(doc, start)
        if filed is not None and filed < cue.idx:
            start = filed  # 'ANKARA (Reuters) - Iran said ...': the dateline is no part of the report
        if text.rfind("\n", start, cut) >= 0 or start >= cue.idx:
            continue
        end = start + len(text[start:cut].rstrip(" ,"))
        q = by_cue.get(relay.i)
        if q is None:
            speaker = speaker_of_cue(relay, index)
            if speaker is None:
                continue
            q = Quote(id="", text="", start=start, end=end, kind="indirect", speaker=speaker, cue=relay.text,
                      addressee=None, channel=None)
            out.append(q)
            cue_at[id(q)] = relay
        q.start, q.end, q.text = start, end, text[start:end]
    return out
