"""Who a readout's call or meeting is between: its two sides, found in the page's opening ('X spoke with Y',
'X and his counterpart Y met', 'X and Y reaffirmed ties in a phone call', 'talks with Y, ..., Z said' without the
reporter Z), and which tagged persons are people rather than titles the tagger took for names. Used by
readout_statements, talks_speakers and speaker_groups."""
from __future__ import annotations

from .cues import norm_word, person_words
from .readout_content import HEAD_CHARS, readout_cues
from .sentence_view import sent_of
from .speakers import subject_of


def person_entity(index, k: int | None):
    """The person entity ``k``, unless its name is only title words ('President' from 'Mr. President',
    'Extraordinary' from 'Ambassador Extraordinary and Plenipotentiary'): a title the tagger took for a name."""
    if k is None:
        return None
    ent = index.entities[k]
    return ent if ent.type == "PERSON" and not title_only(ent.name) else None


def title_only(name: str) -> bool:
    words = [norm_word(w) for w in name.split()]
    titles = person_words().titles | readout_cues().title_words
    return bool(words) and all(w in titles for w in words)


PARTICIPANTS = "newsgraph.readout_participants"  # doc.user_data key: participants() of the document


def participants(doc, index) -> list[str] | None:
    """The two sides of the call or meeting a readout reports, from its opening: the person named nearest
    before the first meeting word ('met', 'spoke', 'call', 'meeting') and the one nearest after it in the
    same sentence; a side the page names only by title ('The Prime Minister met ...') by the subject's words.
    Read once per document (readout pairs, talks pages and group speakers all ask)."""
    if PARTICIPANTS not in doc.user_data:
        doc.user_data[PARTICIPANTS] = _participants(doc, index)
    found = doc.user_data[PARTICIPANTS]
    return list(found) if found is not None else None


def _participants(doc, index) -> list[str] | None:
    cues = readout_cues()
    for tok in doc:
        if tok.idx > HEAD_CHARS:
            return None
        if tok.lemma_.lower() not in cues.meeting_words or tok.pos_ not in ("VERB", "NOUN") and \
                not (tok.pos_ == "PROPN" and (tok.dep_ == "dobj" or _titled_with(tok))) or \
                index.in_quote(tok.idx) is not None:
            continue  # '"He had bilateral meetings with ...," the spokesman said': no call the page reports
        if _many_sides(tok, index):
            return None  # 'hosted a videoconference with Allies and partners': 'the leaders' are all of them
        if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _plural_group(c, index) for c in tok.children):
            continue  # 'traveled to X to meet rebel representatives': a group, not the person named after it
        sent = sent_of(tok)
        at = next((t.i for t in reversed(doc[sent.start:tok.i]) if person_entity(index, index.tok2ent.get(t.i)) is not None),
                  None)
        before = index.entities[index.tok2ent[at]] if at is not None else None
        after = next((index.entities[index.tok2ent[t.i]] for t in doc[tok.i + 1:sent.end]
                      if person_entity(index, index.tok2ent.get(t.i)) is not None and not _reporter(t, tok, index)), None)
        subj = subject_of(tok) if tok.pos_ == "VERB" else _pair_holding(tok)
        subj = max((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), key=lambda c: c.i,
                   default=subj)  # 'date 2025-09-26 This afternoon the Prime Minister hosted': two subjects
        other = next((c for c in subj.children if c.dep_ == "conj"), None) if subj is not None else None
        if other is not None:  # 'The Prime Minister and President Ana Ruiz met ...'
            late = [c for c in subj.children if c.dep_ == "appos" and c.i > other.i]  # the parser's
            sides = [_side(subj, index), late and _side(late[0], index) or _side(other, index)]  # misplaced name
            if sides[0] != sides[1]:
                return sides
        if after is None:
            continue
        if before is None and subj is None and tok.pos_ == "NOUN":  # 'In a phone call with X, President Y
            root = sent.root  # discussed ...': Y, also where the parser made Y an apposition of X
            main = subject_of(root) if root.pos_ in ("VERB", "AUX") and \
                root.lemma_.lower() not in cues.say_verbs else None  # '..., Z said': the reporter, no side
            lead = person_entity(index, index.tok2ent.get(main.i)) if main is not None and main.i > tok.i else \
                next((p for p in (person_entity(index, index.tok2ent.get(t.i)) for t in doc[tok.i + 1:root.i])
                      if p is not None and p.id != after.id), None) if main is None and root.i > tok.i else None
            if lead is not None and lead.id != after.id:
                return [lead.name, after.name]
        if before is not None and before.id == after.id:
            near = max((c for c in tok.children if c.dep_ == "nsubj" and at < c.i < tok.i), key=lambda c: c.i,
                       default=None)  # 'PM meeting with X: ... The Prime Minister met X': a headline the parser
            if near is not None and near.i not in index.tok2ent and near.pos_ in ("NOUN", "PROPN") and \
                    near.text[:1].isupper():  # ran into the lede
                return [_side(near, index), after.name]
            other = next((index.entities[index.tok2ent[t.i]] for t in doc[tok.i + 1:sent.end]
                          if (p := person_entity(index, index.tok2ent.get(t.i))) is not None and p.id != before.id
                          and not _reporter(t, tok, index)), None)  # 'X meets President of Y\nX welcomed ... Z': a
            if other is not None and near is None:  # hard-wrapped headline run into its lede names X twice; the
                return [before.name, other.name]  # other side is the next person the sentence names
            continue
        if before is not None:
            return [before.name, after.name]
        if subj is not None and subj.i < tok.i:
            return [_side(subj, index), after.name]
    return None


def _titled_with(tok) -> bool:
    """A meeting word of a headline in title case that the parser took for a name: "Secretary X's Phone Call With
    Y", "President X's Meeting With Y" (the word heads a 'with' phrase)."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _many_sides(meeting, index) -> bool:
    """A call or meeting of more than two sides: held 'with' a plural group ('hosted a videoconference with Allies
    and partners', 'joined a call with G7 leaders', 'met with her counterparts from X and Y'), or with three or more
    people the sentence lists after the meeting word ('Joining President X on the call were A, B, C and D')."""
    heads = [meeting] + [c for c in meeting.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            for g in (g for g in prep.children if g.dep_ == "pobj"):
                if _plural_group(g, index):
                    return True  # not 'with the two leaders'
    sent = sent_of(meeting)
    names = {index.tok2ent[t.i] for t in meeting.doc[meeting.i + 1:sent.end]
             if person_entity(index, index.tok2ent.get(t.i)) is not None}
    names -= {index.tok2ent.get(t.i) for t in meeting.doc[sent.start:meeting.i]}  # not the side named before it
    return len(names) >= 3


def _plural_group(noun, index) -> bool:
    """A plural common noun naming several people or bodies ('representatives', 'Allies and partners'), not
    'the two leaders'."""
    return noun.tag_ in ("NNS", "NNPS") and noun.i not in index.tok2ent and not noun.ent_type_ and \
        not any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in noun.children)


def speaking_pair(doc, index) -> list[str] | None:
    """The two sides of a readout whose opening names no call or meeting between two people (a page that starts
    on 'The two leaders expressed ...' under a headline of titles, naming 'X stressed ...' and 'Y agreed ...' only
    below): the two people who are the subjects of its main clauses with a readout verb, alone or joined by 'and',
    when exactly two are, in page order; not a spokesman who 'provided the following readout'."""
    found: list = []
    verbs = readout_cues().signal_verbs
    for sent in doc.sents:
        root = sent.root
        for verb in [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
            subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs else None
            if subj is None or index.in_quote(subj.idx) is not None:
                continue
            for tok in [subj] + [c for c in subj.children if c.dep_ == "conj"]:
                ent = person_entity(index, index.tok2ent.get(tok.i))
                if ent is not None and ent not in found:
                    found.append(ent)
    if len(found) != 2:
        return None
    found.sort(key=lambda e: min(s for s, _ in e.mentions))
    return [found[0].name, found[1].name]


def meeting_they(tok, index) -> str | None:
    """'they' in a relative clause on a call or meeting is its two sides: 'X and Y had a call on Tuesday in which
    they reaffirmed ...' (the pair holding the call), 'following a call between the two leaders in which they
    vowed ...' (the pair the call is between), 'X held talks with Y, during which they agreed ...'; None elsewhere."""
    verb, cues = tok.head, readout_cues()
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    head = verb.head
    if head.lemma_.lower() not in cues.meeting_words and not (head.dep_ == "pobj" and head.head.lower_ == "between"):
        return _talked_with(verb, index)  # 'X discussed with Y and Z the situation in W, where they all agreed ...'
    if head.dep_ == "pobj" and head.head.lower_ == "between" and head.head.head.lemma_.lower() in cues.meeting_words:
        return _named_pair(head, index)  # the parser hung the clause on 'the two leaders' of 'between'
    if head.lemma_.lower() not in cues.meeting_words or head.pos_ != "NOUN":
        return None
    between = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "between"
                    for g in c.children if g.dep_ == "pobj"), None)
    if between is not None:
        return _named_pair(between, index)
    holder = head.head if head.dep_ == "dobj" else None
    subj = subject_of(holder) if holder is not None and holder.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return None
    pair = _named_pair(subj, index)
    one = person_entity(index, index.tok2ent.get(subj.i))
    other = next((person_entity(index, index.tok2ent.get(g.i)) for h in (head, holder) for c in h.children
                  if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
    return pair or (f"{one.name} and {other.name}" if one is not None and other is not None and one is not other
                    else None)


def _talked_with(verb, index) -> str | None:
    """'they' of a relative clause on what a meeting verb's clause names ('X discussed with Y and Z the situation in W,
    where they all agreed ...'): the clause's subject and the people it met or talked 'with'; None unless every one
    of them is a named person (a title the page names, 'The President', too)."""
    cues = readout_cues()
    main = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if main is None or main.lemma_.lower() not in cues.signal_verbs | cues.meeting_words:
        return None
    subj = subject_of(main)
    met = [g for c in main.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if subj is None or not met:
        return None
    from .readout_titles import titled_person  # it builds on this module
    people = [person_entity(index, index.tok2ent.get(subj.i)) or titled_person(subj, index)]
    while met:
        g = met.pop(0)
        people.append(person_entity(index, index.tok2ent.get(g.i)))
        met += [c for c in g.children if c.dep_ == "conj"]
    if any(p is None for p in people) or len({p.name for p in people}) != len(people):
        return None
    names = [p.name for p in people]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _named_pair(tok, index) -> str | None:
    """'X and Y' as two named people, or 'the two leaders' as the pair it stands for; None otherwise."""
    one = person_entity(index, index.tok2ent.get(tok.i))
    conj = next((c for c in tok.children if c.dep_ == "conj"), None)
    two = person_entity(index, index.tok2ent.get(conj.i)) if conj is not None else None
    if one is not None and two is not None and one is not two:
        return f"{one.name} and {two.name}"
    if one is None and tok.pos_ == "NOUN":
        from .speaker_groups import pair_speaker  # it builds on this module
        found = pair_speaker(tok, index)
        return found.name if found is not None else None
    return None


def _pair_holding(noun):
    """'X and Y discussed A in a phone call', 'X and his counterpart Y reaffirmed B during talks': the two joined
    subject of the verb a meeting noun's phrase hangs on, else None."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("hold", "have", "conduct") and noun.head.i < noun.i:
        subj = subject_of(noun.head)  # 'X and Y held talks', 'X and Y held the fifth Annual Leaders' Dialogue'
        return subj if subj is not None and any(c.dep_ == "conj" for c in subj.children) else None
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    while verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj", "prep", "conj") and verb.head.i != verb.i:
        verb = verb.head  # 'discuss X, Y and the Z situation in a phone call': the phrase hangs on the object
    if verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    subj = subject_of(verb)
    if subj is not None and subj.lower_ == "they" and verb.dep_ in ("advcl", "conj"):
        subj = subject_of(verb.head)  # 'X and Y discussed A as they reaffirmed B in a call'
    return subj if subj is not None and any(c.dep_ == "conj" for c in subj.children) else None


def _reporter(person, meeting, index) -> bool:
    """Whether a person named after a meeting word is the subject of a say-verb that reports the meeting ('X met
    Y, spokesman Z said'): who tells of the talks, not a side of them."""
    root, k = person, index.tok2ent.get(person.i)
    while root.head.i != root.i and index.tok2ent.get(root.head.i) == k:
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_.lower() in readout_cues().say_verbs and verb.is_ancestor(meeting)


def _side(tok, index) -> str:
    """A participant's name, or the words of a title naming one ('The Prime Minister')."""
    conj = min((c.i for c in tok.children if c.dep_ == "conj"), default=len(tok.doc))
    skip = {t.i for c in tok.children if c.dep_ in ("conj", "cc") or c.i > conj for t in c.subtree}
    own = [t for t in tok.subtree if t.i not in skip]
    ent = next((e for e in (person_entity(index, index.tok2ent.get(t.i)) for t in own) if e is not None), None)
    if ent is None and norm_word(tok.text) in person_words().titles:  # 'Prime Minister and Crown Prince X':
        ent = next((e for e in (person_entity(index, index.tok2ent.get(c.i)) for c in tok.children  # two titles
                                if c.dep_ == "conj") if e is not None), None)  # of one person, the parser's conjuncts
    if ent is not None:
        return ent.name  # 'the President of the Council Ana Ruiz'
    return tok.doc[min(t.i for t in own):tok.i + 1].text
