"""A holder's name run on after the place or body of an office, with no comma: 'Socialist mayor of Kelsbury Jane Roe
said', 'Chairperson of the Norland Commission Jo Bloggs expressed concern'. The parser hangs the name under the
office's 'of' phrase as the last words of that phrase (and the tagger often reads the place and the name as one
person, or the name as part of the body), so the speaker would be the place or the bare title. Wire copy writes
offices this way often; the holder at the end of the phrase is who speaks."""
from __future__ import annotations

from .name_lexicon import ORG_WORDS
from .speaker_descriptions import title_word


def _plain_name(words: list[str]) -> bool:
    """Two to four capitalised words, none of them a word that ends a body's name ('Council', 'Party')."""
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in words)


def holder_after_office(tok, index):
    """The entity of the person named at the end of the title ``tok``'s 'of' phrase, after the place or
    body the office belongs to ('mayor of Kelsbury Jane Roe'); None when the phrase holds one name only ('the
    mayor of Kelsbury', 'Minister of Foreign Affairs'), a title stands before the name ('a spokesman of President
    Jo Roe': someone else speaks for the person) or the last name there reads as a body's."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if prep is None:
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or any(c.i > obj.i for c in obj.children):
        return None  # 'mayor of Kelsbury, Jane Roe': an apposition, read elsewhere
    k = index.tok2ent.get(obj.i)
    if k is None:
        return None
    ent = index.entities[k]
    first = obj.i
    while first - 1 > prep.i and index.tok2ent.get(first - 1) == k:
        first -= 1
    run = [t for t in tok.doc[prep.i + 1:first] if t.dep_ != "det"]
    if not run or any(t.pos_ != "PROPN" or title_word(t) for t in run) or any(t.i != obj.i and t.head.i != obj.i and
                                                            t.head.i >= first for t in run):
        return None  # the office's place or body must stand before the name, as part of the same phrase
    words = [t.text for t in tok.doc[first:obj.i + 1]]
    if ent.type == "PERSON" or ent.type == "ORG" and _plain_name(words) and \
            index.tok2ent.get(first - 1) is not None and index.tok2ent.get(first - 1) != k:
        return ent  # (an ORG-tagged name only right after the body it heads: 'the X Commission Jo Bloggs')
    return None
