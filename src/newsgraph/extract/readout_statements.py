"""Reported speech in official readouts (issue #3): statements made without quote marks or that-clauses.

A readout of a call or meeting ("Readout of the President's call with ...", "The Prime Minister spoke to ...",
"The following statement was issued by the Spokesman ...") reports what was said through verbs whose object is
the content: "The Secretary reaffirmed the importance of ...", "Both sides welcomed ongoing efforts to ...",
"He condemned the attacks on ...", "The leaders thanked one another for ...", "expressed his support for ...",
"agreed on the need to ...", "committed to deepening ...", "pointed to X as ...". The annotation rules count
these (a noun-phrase object states the content); topic-only verbs ("discussed", "raised", "briefed X on") stay
out, and so does this whole pass outside readouts: in newspaper prose "welcomed the decision" or "condemned the
attack" are not annotated as statements, save a readout a reporter relays ("the ministry said the minister
reaffirmed ...": both levels). Statements another pass already found are left alone.
"""
from __future__ import annotations

from ..model import Quote, Speaker
from .cues import norm_word, person_words, speech_cues
from .readout_asides import aside_range
from .readout_content import (
    HEAD_CHARS,
    content_range,
    cut_at_cue,
    cut_at_setting,
    position_range,
    readout_cues,
    talks_range,
)
from .readout_extents import run_on
from .readout_participants import person_entity, title_only
from .readout_titles import named_in_apposition, titled_person
from .relative_labels import label_inside
from .reported_shapes import hosted_guest
from .sentence_view import doc_view
from .speaker_groups import one_side, readout_group, readout_pair
from .speakers import addressee_of, channel_of, date_of, speaker_of_cue, subject_of


def _scan(doc) -> tuple[list, int, int]:
    """One pass over the tokens: the verbs (candidate cues), and how many main clauses (a sentence root with a
    subject, or a verb coordinated with a root) report through a readout verb and through a say-verb."""
    cues = readout_cues()
    verbs, readout, said = [], 0, 0
    view = doc_view(doc)  # (the view's lists: no Token is made for the words that are no verb)
    pos, dep, head = view.pos, view.dep, view.head
    for i, tok in enumerate(view.tokens):
        if pos[i] != "VERB":
            continue
        verbs.append(tok)
        if dep[i] == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) or \
                dep[i] == "conj" and dep[head[i]] == "ROOT":
            lemma = view.lemma[i]
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


def _speaker(verb, index) -> Speaker | None:
    """The cue's subject as the speaker API resolves it; a coordinated verb without one ('reaffirmed A and
    reiterated B') takes the speaker of the verb it is coordinated with."""
    head = subject_verb(verb)
    if head is not verb and subject_of(head) is not None:
        return speaker_of_cue(head, index)
    return speaker_of_cue(verb, index)


def subject_verb(verb):
    """The verb whose subject is the cue's: itself, or the readout verb it is coordinated with. The parser often
    hangs a second readout verb on a verb inside the first one's object ('stressed the need for X to refrain
    ... and reaffirmed Y'): the readout verb above it is the one coordinated."""
    if verb.dep_ != "conj" or subject_of(verb) is not None and subject_of(verb).i > verb.head.i:
        return verb
    cues = readout_cues()
    head = verb.head
    if verb.tag_ in ("VBD", "VBZ") and head.tag_ == verb.tag_ and any(c.dep_ == "nsubj" for c in head.children):
        return head  # 'X held a call with Y and agreed to Z, the government said': X's, not the reporter's
    while head.dep_ != "ROOT" and head.lemma_.lower() not in cues.signal_verbs and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() not in cues.signal_verbs and head.lemma_.lower() not in cues.say_verbs:
        return verb
    return subject_verb(head) if subject_of(head) is None else head


def named_speaker(ent, tok) -> Speaker:
    return Speaker(name=ent.name, entity=ent.id, mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text))


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
        ent = person_entity(index, index.tok2ent.get(subj.i)) or named_in_apposition(subj, index) or \
            titled_person(subj, index)
        if ent is not None:
            return named_speaker(ent, pronoun)
        if subj.pos_ in ("NOUN", "PROPN") and subj.text[:1].isupper() and subj.i not in index.tok2ent:
            words = doc[subj.left_edge.i:subj.i + 1].text  # 'The Prime Minister', named nowhere on the page
            return Speaker(name=words, entity=None, mention=pronoun.text, start=pronoun.idx,
                           end=pronoun.idx + len(pronoun.text))
    return None


def _readout_speaker(verb, index, found: Speaker | None, pair: list[str] | None) -> Speaker | None:
    """Who speaks in a readout sentence: 'They' / 'Both sides' / 'The two leaders' are the two participants,
    'He' / 'She' the person of the clause before, a bare title the person the page names with it; any other
    subject as the speaker API resolved it."""
    subj = subject_of(subject_verb(verb))
    if subj is None or index.in_quote(subj.idx) is not None:
        return found
    named = person_entity(index, index.tok2ent.get(subj.i))
    if named is not None:
        return found
    if one_side(subj):  # 'The Russian side noted ...': that side, as the page writes it
        s, e = subj.left_edge.idx, subj.idx + len(subj.text)
        return Speaker(name=index.text[s:e], entity=None, mention=index.text[s:e], start=s, end=e)
    group = readout_group(subj, index) if pair is not None else None  # 'They', 'Both sides': the two sides
    if group is not None:
        return group
    if subj.lower_ in ("he", "she"):
        return _earlier_person(verb.doc, index, verb, subj) or found
    ent = titled_person(subj, index)
    return named_speaker(ent, subj) if ent is not None else found


def _participle_owner(verb):
    """The clause whose subject a participle cue's words are: 'X spoke about Y, stressing the importance of Z' (a
    participle after a comma, or after ', while', with no subject of its own carries on the main clause), also when the parser hung it
    inside a reported clause ('X said Ankara is working to ..., stressing Z': X's); 'Expressing support for Y, X
    said ...' (a participle opening the sentence) the main clause after it. None for any other participle."""
    head, doc = verb.head, verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                      for c in verb.children):
        return None
    if verb.i < head.i:  # 'Expressing support for Y, X said ...'
        opens = verb.left_edge.i == verb.sent.start and doc[verb.right_edge.i + 1].text == ","
        return head if opens and head.pos_ in ("VERB", "AUX") and subject_of(head) is not None else None
    before = verb.i - 1
    if doc[before].lower_ == "while" and doc[before].head.i == verb.i and before > 0:
        before -= 1  # '..., while recalling the responsibility of X': the same participle after 'while'
    if doc[before].text != "," or head.pos_ not in ("VERB", "AUX"):
        return None
    cues, v = readout_cues(), head
    while True:  # up to the cue whose reported clause holds it
        if v.lemma_.lower() in cues.say_verbs | cues.signal_verbs and subject_of(v) is not None:
            return v
        if v.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or v.head.i >= v.i:
            return head if subject_of(head) is not None else None
        v = v.head


def _chars(doc, text: str, s: int, e: int) -> tuple[int, int]:
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    while end > start and text[end - 1] in ".,;: ":
        end -= 1
    if text[end:end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
        end += 1  # '... Development (IGAD)': the closing bracket the parser left outside
    return start, end


def _reports(outer: Quote, verb, s: int, e: int) -> bool:
    """Whether an indirect statement another pass found reports the readout verb's statement: the verb and its
    content lie inside it, and it is not this verb's own statement ('The ministry said the minister reaffirmed
    its support for X': the ministry's clause holds the minister's statement). Only a past act: 'X said the UK
    was committed to Y', 'said Norland appreciates Y', 'calls on them to extend their support' report a state, a
    view or a wish, no second statement."""
    return outer.kind == "indirect" and outer.start <= verb.idx and e <= outer.end and (s, e) != (outer.start, outer.end) \
        and outer.cue != verb.text and (_past_act(verb) or _done_purpose(verb))


def _done_purpose(verb) -> bool:
    """'called X on Friday to congratulate him on ... and to reaffirm ..., the presidency said': the purpose of
    a past act, done in it (an infinitive adverbial clause of a past verb, or its conjunct)."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb.tag_ == "VB" and verb.dep_ == "advcl" and _past_act(verb.head) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _relayed_range(verb, cues, found: list[Quote]) -> tuple[int, int] | None:
    """On any page, a readout verb's content inside a clause a say-verb reports ('the ministry said the minister
    reaffirmed the partnership', 'X conveyed Y, the White House said', 'according to the ministry, X and Y had
    agreed on Z'): the reporter relays a readout, and both levels count. A past act only; the statement found for
    the say-verb must hold the verb."""
    if not _past_act(verb):
        return None
    relays = {t.text for t in verb.ancestors if t.lemma_.lower() in cues.relay_verbs} | \
        {c.text for c in verb.children if c.lower_ == "according"}
    if not relays or not any(q.kind == "indirect" and q.start <= verb.idx < q.end and q.cue in relays for q in found):
        return None
    subj = subject_of(verb)
    if subj is not None and subj.lemma_.lower() in speech_cues().document_nouns:
        return None  # 'said the speech reflected ...': a view of a thing
    rng = talks_range(verb, cues)
    if rng is None or verb.doc[rng[0]].lower_ == "with" or \
            any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.doc[rng[0]:rng[1]]):
        return None  # 'agreed with X': a stance; 'recognized the package as ...': a perception
    return rng


def _quoted_words(q: Quote, verb, s: int, e: int) -> bool:
    """Whether a quotation another pass found is the readout statement's own words, quoted in it ('reaffirmed the
    importance of "fully abiding by ..."', 'congratulated X on her "historic" victory', 'commended X's "firm
    response" to Y'): both count, as the rules keep a partial quote and the statement around it; not a statement
    wholly in quotation marks ('stressed "the seriousness of ..."', 'agreed that "the situation is grave"': a
    direct quote only, as the rules keep a quoted clause)."""
    return q.kind in ("direct", "partial") and q.start >= verb.idx and not (q.start <= s + 1 and e <= q.end + 1)


def _nested_report(q: Quote, verb, s: int, e: int) -> bool:
    """Whether a statement another pass found is reported inside the readout statement's content, by a speaker the
    content names ('congratulated X on the success of the summit, which he said had made a difference'): both
    levels count. Not the readout verb's own statement ('reiterated her call that X': X)."""
    sp = q.speaker
    return q.kind == "indirect" and q.cue != verb.text and s < q.start and q.end <= e and sp is not None and \
        sp.start is not None and s < sp.start < q.end


def _past_act(verb) -> bool:
    """A verb of a past act: the simple past or the past perfect ('had reaffirmed')."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                            for c in verb.children)


def _lengthen(found: list[Quote], verb, s: int, e: int, text: str) -> None:
    """A statement another pass found for the same readout verb, starting where this pass's content starts and
    ending before it, runs to this pass's end ('thanked X for his work, and for his part in Z')."""
    for q in found:
        if q.kind == "indirect" and q.cue == verb.text and q.start == s and q.end < e and verb.idx < s and \
                "\n" not in text[s:e]:
            q.end, q.text = e, text[s:e]


def bare_title_subject(subj) -> bool:
    """A title standing alone for its holder ('The Secretary', 'The Foreign Minister'), not a title before a name
    the tagger missed ('Prime Minister May')."""
    nxt = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
    return norm_word(subj.text) in person_words().titles and \
        not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())


def _readout_way(doc, index, found: list[Quote], readout: bool = True, group=None) -> None:
    """Statements other passes found on a readout page, whose speaker is a main clause's 'He' / 'She' or a title
    the tagger took for a name ('The Ambassador' as 'Extraordinary'), are resolved as this pass would: 'He' the
    person of the clause before ('The President expressed ... He noted that ...': the President, not the other
    side named last), the title the person the page names with it; the 'They' of a main clause with a readout verb
    the two sides (``group``: 'They exchanged views on X, pledging to ...': not a body named before; not 'X, they
    said', whom the pronoun pass reads). Changes the speakers in place."""
    for q in found:
        sp = q.speaker
        if q.kind not in ("indirect", "partial") or sp is None or sp.start is None or index.in_quote(sp.start) is not None:
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        subj = span.root if span is not None and len(span) else None
        according = subj is not None and subj.dep_ == "pobj" and subj.head.lower_ == "to" and \
            subj.head.head.lower_ == "according"  # '<clause>, according to the Head of State, ...'
        if subj is None or not according and (subj.dep_ not in ("nsubj", "nsubjpass") or
                                              subj.head.pos_ not in ("VERB", "AUX")):
            continue
        if subj.lower_ in ("he", "she"):
            if subj.i != subj.sent.start or not readout:
                continue  # '..., Minister X expressed A, and ... he stated B': the clause before in its sentence
            new = _earlier_person(doc, index, subj.head, subj)
            k = next((k for k, e in enumerate(index.entities) if new is not None and e.id == new.entity), None)
            if k is not None and index.gender.get(k, "mf"[subj.lower_ == "she"]) != "mf"[subj.lower_ == "she"]:
                continue  # 'She began ...' is not the man the title found
        elif subj.lower_ == "they" and group is not None and subj.head.lemma_.lower() in readout_cues().signal_verbs:
            new = group(subj)
            if new is not None and new.name != sp.name and " and " in new.name:
                q.speaker = new
            continue
        elif index.tok2ent.get(subj.i) is None and (sp.entity is None or title_only(sp.name) or
                                                    bare_title_subject(subj)):
            ent = titled_person(subj, index)
            new = named_speaker(ent, subj) if ent is not None else None
        else:
            continue
        if new is not None and new.entity is not None and new.name != sp.name:
            q.speaker = new


def readout_statements(doc, index, found: list[Quote], published: str | None = None) -> list[Quote]:
    """Statements a readout reports through content-stating verbs, where no statement in ``found`` overlaps, save
    an indirect statement that reports this one ('X said the two sides affirmed the need for Y': both levels). On a
    news copy of a call between two named people the readout lexicon with news guards (``talks_range``); on any
    other page only stated positions (``position_range``: 'stressed the importance of X', 'reiterated its claim
    to Y', 'expressed concern about Z'), which the genre rules count in news copy as in readouts."""
    from .talks_speakers import reports_talks, talks_speaker  # it builds on this module
    text = index.text
    scan = _scan(doc)
    view = doc_view(doc)
    readout = is_readout(doc, index, scan)
    cues = readout_cues()
    pair = readout_pair(doc, index, scan) if readout else None
    talks = not readout and cues.signal.search(text, 0, HEAD_CHARS) is not None  # a page opening on a call or talks
    full = readout or talks and reports_talks(doc, index)  # a news copy of a call between two named people
    if full:  # its bare titles, its 'They' (and on a readout its 'He') as this pass reads them
        _readout_way(doc, index, found, readout, (lambda t: readout_group(t, index)) if readout else
                     (lambda t: talks_speaker(t.head, index, None)))
    taken: list[tuple[int, int]] = []  # this pass's own statements
    out: list[Quote] = []
    for verb in scan[0]:
        owner = _participle_owner(verb) if verb.tag_ == "VBG" and verb.dep_ == "advcl" else None
        if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("amod", "acl", "advcl") and owner is None or \
                verb.lemma_.lower() in cues.quiet_verbs and (not readout or any(
                    q.kind == "indirect" and q.start <= verb.idx < q.end for q in found)):
            continue  # 'the party rejected the results': a quiet verb states content on a readout only, and
            # not inside another's statement ('said it is regrettable that X had rejected his offer')
        if hosted_guest(verb, view.child(verb.i, "dobj")):
            continue  # 'welcomed President X to Chequers': a host greets a guest
        rng = content_range(verb, cues) if readout else talks_range(verb, cues) if full else \
            position_range(verb, cues)
        rng = rng or aside_range(verb, cues)  # ', highlighting the adoption of X': on any page
        relayed = rng is None and not full and _relayed_range(verb, cues, found)  # 'X said Y reaffirmed Z'
        rng = rng or relayed
        if not rng or index.in_quote(verb.idx) is not None:
            continue
        rng = rng[0], cut_at_setting(doc, rng[0], cut_at_cue(doc, rng[0], run_on(doc, verb, *rng)))
        s, e = _chars(doc, text, *rng)
        if not relayed:  # a relayed statement only adds one the other pass missed
            _lengthen(found, verb, s, e, text)
        if e - s < 3 or "\n" in text[verb.idx:e] or any(a < e and s < b for a, b in taken) or \
                any(q.start < e and s < q.end and not _reports(q, verb, s, e) and not _quoted_words(q, verb, s, e) and
                    not _nested_report(q, verb, s, e) and not label_inside(q, text, s, e) for q in found):
            continue
        speaker = speaker_of_cue(owner, index) if owner is not None and (owner is not verb.head or verb.i < owner.i) \
            else _speaker(verb, index)  # ', stressing ...' after a reported clause: the reporter's
        said = owner if owner is not None and owner.i < verb.i else verb  # ', stressing ...': its clause's subject
        speaker = _readout_speaker(said, index, speaker, pair) if readout else \
            talks_speaker(said, index, speaker) if full else speaker
        if speaker is None:
            continue
        out.append(Quote(id="", text=text[s:e], start=s, end=e, kind="indirect", speaker=speaker,
                         cue=verb.text, addressee=addressee_of(verb, index), channel=channel_of(verb),
                         said_on=date_of(verb, published, index)))
        taken.append((s, e))
    return out
