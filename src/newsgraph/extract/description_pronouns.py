"""'he'/'she' right after an unnamed description taken as the same speaker ('A senior official said ... He added
that ...'), and a pronoun whose own quote names its person handed back to the speaker before it."""
from __future__ import annotations

from ..model import Quote, Speaker
from .cues import person_words


def pronoun_after_description(index, quotes: list[Quote]) -> None:
    """'A senior official said ... He added that ...': 'he' is the official just described when nobody is
    named between them (pronouns are linked to named people only, so it went to someone named before)."""
    prev = None
    roles = person_words().anonymous_roles
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not sp.mention:
            continue
        words = sp.mention.lower().split()
        if sp.entity is None and len(words) > 1 and words[0] in ("a", "an") and not words[-1].endswith("s"):
            prev = q
            continue
        if sp.entity is None and len(words) == 2 and words[0] == "the" and words[1] in roles and \
                not words[1].endswith("s"):
            prev = q  # '"...," the spokesman told reporters.' and in the next paragraph '"...," he said.'
            continue
        if prev is None or words not in (["he"], ["she"]):
            prev = None if sp.entity is not None and words not in (["he"], ["she"]) else prev
            continue
        d = prev.speaker
        definite = d.mention.lower().startswith("the ")
        breaks = index.text[d.end:sp.start].count("\n\n")
        if sp.start - d.end > 400 or breaks > (1 if definite and q.kind == "direct" else 0):
            continue
        if any(e.type == "PERSON" and any(d.end <= m0 < sp.start for m0, _ in e.mentions) for e in index.entities):
            continue  # someone named in between may be meant
        if any(d.end <= pos < sp.start for pos, _ in getattr(index, "titled_subjects", ())):
            continue  # 'The governor then left ... he followed up': the nearer titled subject is meant
        q.speaker = Speaker(name=d.name, entity=None, mention=sp.mention, start=sp.start, end=sp.end)
    _pronoun_named_in_quote(index, quotes)


TITLED_GAP = 400  # characters from a titled subject to the pronoun that takes it up


def pronoun_after_titled(index, quotes: list[Quote]) -> None:
    """'The Secretary-General welcomed X. He said ...': 'he' is the person the definite title was found to name
    (the holder named below), not the person named last before the title (pronouns are linked to named people only,
    so it went to the briefing's spokesman); run after every step that names a title (known_holders). Only in the same paragraph, with no other person named between, of
    the pronoun's gender; later pronouns of the same run ('..., and he congratulated ...') follow."""
    prev = None
    for q in sorted((q for q in quotes if q.speaker is not None and q.speaker.start is not None),
                    key=lambda q: q.speaker.start):
        sp = q.speaker
        ent = index.entity(sp.entity) if sp.entity else None
        if ent is not None and ent.type == "PERSON" and sp.mention.lower().startswith("the "):
            prev = (ent, sp.end)
            continue
        if prev is None or sp.mention.lower() not in ("he", "she"):
            prev = None if ent is None or prev is None or ent.id != prev[0].id else (prev[0], sp.end)
            continue
        holder, end = prev
        if ent is not None and ent.id == holder.id:
            prev = (holder, sp.end)
            continue
        want = "f" if sp.mention.lower() == "she" else "m"
        if sp.start - end > TITLED_GAP or "\n\n" in index.text[end:sp.start] or \
                index.gender.get(index.entities.index(holder), want) != want or \
                any(e.type == "PERSON" and e.id != holder.id and any(end <= m0 < sp.start for m0, _ in e.mentions)
                    for e in index.entities):
            prev = None
            continue
        q.speaker = Speaker(name=holder.name, entity=holder.id, mention=sp.mention, start=sp.start, end=sp.end)
        prev = (holder, sp.end)


NAMED_IN_QUOTE_BREAKS = 2  # paragraph breaks back to the quote whose speaker takes over


def _pronoun_named_in_quote(index, quotes: list[Quote]) -> None:
    """'"Delighted to meet FM X of Tajikistan again," he said': 'he' is not X, whom his own words name (the
    pronoun went to X, named last as the object of 'a meeting with ... X'). The speaker of the direct quote before
    it takes over, when that is a person of the pronoun's gender whom this quote does not name, at most two
    paragraph breaks back; else the pronoun keeps its person."""
    prev = None
    for q in quotes:
        if q.kind != "direct" or q.speaker is None or q.speaker.start is None:
            continue
        sp = q.speaker
        ent = index.entity(sp.entity) if sp.entity else None
        if ent is not None and ent.type == "PERSON" and sp.mention.lower() in ("he", "she") and \
                any(q.start <= s < q.end for s, _ in ent.mentions) and prev is not None:
            p = prev.speaker
            other = index.entity(p.entity)
            want = "f" if sp.mention.lower() == "she" else "m"
            if other is not None and other.type == "PERSON" and other.id != ent.id and \
                    index.gender.get(index.entities.index(other), want) == want and \
                    not any(q.start <= s < q.end for s, _ in other.mentions) and \
                    index.text[prev.end:q.start].count("\n\n") <= NAMED_IN_QUOTE_BREAKS:
                q.speaker = Speaker(name=other.name, entity=other.id, mention=sp.mention, start=sp.start, end=sp.end)
        if q.speaker.entity is not None:
            prev = q
