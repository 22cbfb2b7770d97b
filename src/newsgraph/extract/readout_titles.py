"""Who a readout's bare title stands for (issue #3): 'The Secretary', 'The Secretary-General', 'The Egyptian president',
'the Head of State' as the person the page names with that title - before the name ('Secretary of Defense X'), after
it with a comma ('X, Secretary-General'), before it with a comma ('the Chancellor of Veldania, X'), with a country
adjective of the country the written title names ("Egypt's President X"), or as the side of the call from that
country; and the person a titled subject names in apposition ('The Secretary-General of the Council, X, met ...').
``readout_statements`` and ``talks_speakers`` ask it for the speakers of title subjects.
"""
from __future__ import annotations

from .actor_countries import country_kind
from .cues import norm_word, person_words
from .name_titles import comma_title_holds, demonym_of, demonym_title, title_in
from .readout_content import readout_cues
from .readout_participants import person_entity, title_only
from .speaker_groups import readout_pair, talks_pair


def titled_person(subj, index):
    """The person a bare title stands for in a readout ('The Secretary', 'The Secretary-General'): the first
    person the page names right after that title ('Secretary of Defense Lloyd Austin', 'UN Secretary-General
    Ana Ruiz') or with that title after a comma ('Ana Ruiz, Secretary-General'); 'His Excellency' the first
    person the page names as 'His Excellency X'. Not a person its own sentence names ('The Prime Minister called
    Prime Minister Y': not Y)."""
    if subj.lower_ == "head" and subj.i + 2 < len(subj.doc) and subj.doc[subj.i + 1].lower_ == "of" and \
            subj.doc[subj.i + 2].lower_ == "state" and subj.i not in index.tok2ent:
        return _state_head(subj, index)
    if subj.i in index.tok2ent and person_entity(index, index.tok2ent[subj.i]) is not None or \
            subj.pos_ not in ("NOUN", "PROPN") or not (subj.text[:1].isupper() or _definite_title(subj)):
        return None  # 'Mr. President': a title the tagger named, as a title
    doc = subj.doc
    words = [t for t in subj.subtree if t.dep_ not in ("det", "poss") and t.i <= subj.i]  # 'His Excellency'
    if not words or any(t.ent_type_ == "PERSON" and not title_only(t.text) for t in words):
        return None
    while len(words) > 1 and (norm_word(words[0].text) in person_words().honorifics or
                              words[0].text.isupper() and words[0].lower_ in readout_cues().title_words):
        words = words[1:]  # 'Mr. President': the title 'President'; 'HE Secretary-General' (His Excellency)
    title = doc[words[0].i:subj.i + 1].text.lower()
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subj.i + 1), None)
    whose = [t.lower_ for t in of.subtree if t.pos_ == "PROPN"] if of is not None else []  # 'The President of
    # Russia': a person named with the title and Russia
    other = _other_side(doc, index, title)  # 'The Prime Minister met Prime Minister Y': the page's own unnamed
    # principal, never Y
    own = {w.i for w in subj.subtree}
    others = {index.tok2ent.get(t.i) for t in subj.sent if t.i not in own}
    for tok in doc[:subj.i]:
        ent = person_entity(index, index.tok2ent.get(tok.i))
        if ent is None or index.tok2ent[tok.i] in others or tok.i > 0 and index.tok2ent.get(tok.i - 1) == index.tok2ent[tok.i]:
            continue  # the first token of each person's mention
        if ent.name == other:
            continue
        k = tok.i
        while k > 0 and tok.i - k < 16 and _in_title(doc, k - 1):
            k -= 1
        before = doc[k:tok.i]
        ahead = title in before.text.lower()
        written = before.text.lower() if ahead else _title_after(doc, index, tok.i)
        if _served(written, title, ahead):
            continue  # 'X, Spokesman for the Secretary-General': X speaks for the holder, X is not the holder
        if title_in(title, written) and all(w in written for w in whose) or comma_title_holds(doc, tok.i, title, whose) or \
                not whose and demonym_title(title, before) or \
                _of_country_after(doc, index, tok.i, title, whose, before):  # 'President X of Egypt'
            return ent
    return _side_of_country(subj, index, title, of)


SERVING = ("for", "to", "of", "for the", "to the", "of the")


def _served(written: str, title: str, ahead: bool = False) -> bool:
    """Whether ``title`` stands in a written title only as whom another role serves: 'spokesman for the
    secretary-general', 'special envoy of the president', 'adviser to the prime minister' (a title word, then
    for / to / of, then the title); not 'un secretary-general' or 'minister for foreign affairs'. Written ``ahead``
    of the name without 'the' the title is the name's own: 'Spokesman for Secretary-General X', 'adviser to
    President X' (X holds it); 'Spokesperson for the Secretary-General X' is the spokesperson X."""
    at = written.find(title)
    if at <= 0:
        return False
    before = written[:at].split()
    pw = person_words()
    for n in (2, 1):
        if len(before) > n and " ".join(before[-n:]) in SERVING and not (ahead and n == 1):
            return any(norm_word(w) in pw.titles for w in before[:-n])
    return False


def _state_head(subj, index):
    """'The Head of State also extended ...', 'according to the Head of State': of the people named before it, the
    first whose title is an office that heads a state (a president, king, emir: readout_cues' state_head_offices;
    the page's own leader is named first); on a call whose sides are a head of government and a person written
    without a title, that person; else None."""
    offices = readout_cues().state_head_offices
    pair = readout_pair(subj.doc, index) or talks_pair(subj.doc, index)
    people = []
    for k, ent in enumerate(index.entities):
        first = min((s for s, _ in ent.mentions), default=None)
        if person_entity(index, k) is None or first is None or first > subj.idx:
            continue
        words = {norm_word(w) for w in index.titles.get(k, set())} | {norm_word(w) for w in (ent.title or "").split()}
        people.append((first, ent, words))
    people.sort(key=lambda p: p[0])
    heads = [ent for _, ent, words in people if words & offices]
    if heads:
        return heads[0]
    sides = [(ent, words) for _, ent, words in people if pair and ent.name in pair]
    untitled = [ent for ent, words in sides if not words]
    return untitled[0] if len(untitled) == 1 and len(sides) == 2 else None


def _side_of_country(subj, index, title: str, of):
    """'The President of Russia', 'The Egyptian President' where the page names its holder without the title: the
    side of the page's call or meeting whose actor code is of that country, when only one side is."""
    first, _, core = title.partition(" ")
    if of is not None:
        words = [t for t in of.subtree if t.i > of.i and t.lower_ != "the"]
        hit = country_kind(" ".join(t.text for t in words)) if words else None
    else:
        hit = country_kind(first.capitalize()) if core else None
    pair = readout_pair(subj.doc, index) or talks_pair(subj.doc, index)
    if hit is None or not pair:
        return None
    sides = [e for e in index.entities if e.type == "PERSON" and e.name in pair and (e.code or "")[:3] == hit[0]]
    return sides[0] if len(sides) == 1 else None


def _of_country_after(doc, index, i: int, title: str, whose: list[str], before) -> bool:
    """Whether the person named at token ``i`` with an office written before the name (``before``) and its country
    after it ('President Ana Ruiz of Veldania', '... of the Republic of Veldania') holds ``title``: 'The Veldania
    president', 'The Veldanian president' (a country word or adjective of the 'of' phrase), 'The President of
    Veldania' (``whose``)."""
    k = i
    while k + 1 < len(doc) and index.tok2ent.get(k + 1) == index.tok2ent.get(i):
        k += 1
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "of" or not before.text:
        return False
    end = k + 2
    while end < min(len(doc), k + 8) and (doc[end].pos_ in ("PROPN", "DET") or doc[end].lower_ == "of") and \
            not doc[end].is_space and \
            person_entity(index, index.tok2ent.get(end)) is None:
        end += 1
    place = [t for t in doc[k + 2:end] if t.pos_ == "PROPN"]
    if not place:
        return False
    written = before.text.lower()
    if whose:
        return title in written and all(any(w == t.lower_ for t in place) for w in whose)
    first, _, core = title.partition(" ")
    return bool(core) and core in written and (any(first == t.lower_ for t in place) or demonym_of(first, place))


def _definite_title(subj) -> bool:
    """'the Iranian foreign minister': a title written in lower case after 'the', standing for one holder."""
    return norm_word(subj.lemma_) in person_words().titles and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def _other_side(doc, index, title: str) -> str | None:
    """The named side of a readout's call or meeting whose other side is written only as a title holding ``title``
    ('The Prime Minister spoke to Prime Minister Y': Y), or None."""
    pair = readout_pair(doc, index)
    if pair is None:
        return None
    names = {e.name for e in index.entities}
    unnamed = [side for side in pair if side not in names and title in side.lower()]
    return next((side for side in pair if side in names), None) if unnamed else None


def _in_title(doc, i: int) -> bool:
    """Whether word ``i`` can be part of a title written before a name: a noun, name, preposition, hyphen or
    bracket; 'the' after a preposition ('Ambassador of the Republic of Y'); 'and' before a title word ('Ambassador
    Extraordinary and Plenipotentiary')."""
    tok = doc[i]
    if tok.pos_ == "ADJ" and tok.ent_type_ == "NORP":
        return True  # 'Iranian Foreign Minister X'
    if tok.pos_ in ("PROPN", "NOUN", "ADP", "PUNCT"):  # 'of the North Atlantic Treaty Organization (NATO)'
        return tok.text not in (",", ".", ";", ":") and not tok.is_space
    if tok.lower_ == "the":
        return i > 0 and doc[i - 1].pos_ == "ADP"
    return tok.lower_ == "and" and i + 1 < len(doc) and doc[i + 1].lower_ in readout_cues().title_words


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
            and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "PUNCT", "DET") and \
            person_entity(index, index.tok2ent.get(end)) is None:
        end += 1
    if end < len(doc) and person_entity(index, index.tok2ent.get(end)) is not None:
        return ""  # 'with X, President Y discussed': Y's title
    return doc[k + 2:end].text.lower()


def named_in_apposition(subj, index):
    """The person a title subject names in apposition ('The Secretary-General of the Council, Ana Ruiz, met ...'),
    or None."""
    return next((ent for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                 for ent in [person_entity(index, index.tok2ent.get(c.i))] if ent is not None), None)
