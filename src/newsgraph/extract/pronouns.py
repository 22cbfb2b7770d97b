"""Pronoun linking: he/she/they/it to the most recent compatible subject, in one pass over the tokens.

Candidates are entity mentions and plural person nouns outside quotation marks; in the pronoun's
own sentence the last subject before it wins, in earlier sentences the subject of the main or
speech verb (else the first subject). Gender comes from honorifics, role nouns, first names and
what earlier pronouns taught; a resolved subject pronoun becomes a candidate itself.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import SENT_START

from .caption_lines import caption_paragraphs
from .cues import person_words, speech_cues
from .datelines import filed_at
from .modifier_mentions import modifier_mention
from .names import noun_phrase, surname_person
from .page_labels import label_paragraphs
from .plural_antecedents import plural_antecedent
from .pronoun_constraints import (
    asker_before,
    named_in_own_clause,
    object_possessive,
    own_clause_subject,
    told_sex_subject,
)
from .sentence_view import doc_view
from .speech_continuation import continues_speech, last_speaker, speaking_subject
from .title_appositions import title_of_apposition
from .unlike_people import unlike_person

MALE_PRON = {"he", "him", "his", "himself"}
FEMALE_PRON = {"she", "her", "hers", "herself"}
PLURAL_PRON = {"they", "them", "their", "themselves"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
LOOKBACK_SENTS = 5


@dataclass
class _Event:
    """A subject-ish or any mention that a later pronoun may point back to."""

    pos: int  # character offset
    sent: int
    ent: int | None  # index into entities
    subject: bool
    plural_name: str | None = None  # for plural noun subjects with no entity ("other lawmakers")
    main: bool = False  # subject of the sentence root or of a speech verb
    body: bool = False  # an unnamed body ('the hospital group'): 'it' or 'they' may stand for it
    owner: bool = False  # owns the subject ("Mr. X's letter said"): an antecedent only from an earlier sentence
    weak: bool = False  # owns something else ("condemned Mr. Y's approach"): the subject just before outbids it
    person: int | None = None  # token of a definite person description no entity stands for ('The envoy said')
    speaks: bool = False  # the subject of a speech verb: whom a later 'he added' may go on from


def _is_subject(tok) -> bool:
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and tok.dep_ == "compound":
        return False  # 'the Obama-era program', 'the Saudi-led coalition': a modifier, not who acts
    t = tok
    for _ in range(3):
        if t.dep_ in SUBJ_DEPS:
            return True
        if t.dep_ in ("compound", "appos", "conj", "flat") and t.head.i != t.i:
            t = t.head
            continue
        return False
    return False


def _logical_verb(tok):
    """The verb a name not parsed as a subject does the act of: the agent of a passive clause or of a participle on
    a noun ('was echoed by X', 'remarks made by X'; not 'Asked by X, Y said', where Y was asked) or the antecedent of
    a relative 'who' that speaks ('X, who told reporters'; not 'X, who is now deputy PM', 'X, who he said ...');
    else None."""
    t = tok
    while t.dep_ in ("compound", "appos", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return t.head.head if t.head.head.dep_ != "advcl" else None
    return next((c for c in t.children if c.dep_ == "relcl" and c.i > t.i and _speaks(c) and
                 [g.lower_ for g in c.children if g.dep_ in SUBJ_DEPS] == ["who"] and
                 t.doc[next(g.i for g in c.children if g.dep_ in SUBJ_DEPS) + 1].pos_ != "PRON"), None)


def link_pronouns(doc, index) -> None:
    """One pass over the tokens: each third-person pronoun to the most recent compatible subject."""
    sent_starts = index.sent_starts
    events: list[_Event] = []
    plural_heads = person_words().plural_person_heads
    pair_heads = speech_cues().roles["pair_heads"]
    body_heads = person_words().body_nouns
    titles = person_words().titles
    seen_ent_tokens: set[int] = set()
    labels = sorted(set(label_paragraphs(doc)) | set(caption_paragraphs(doc)))  # (captions with a verb too)
    label_starts = [a for a, _ in labels]
    skip = {n for n, i in enumerate(sent_starts) if _inside(doc[i].idx, labels, label_starts)}
    # a long quote's own sentences hold no one a later 'he' or 'she' means: they do not use up the look-back
    # (a plural or 'it' does not reach further back: the bodies there are seldom the ones it stands for)
    personal_skip = None  # read at the first 'he' or 'she'
    view = doc_view(doc)
    tokens, deps, tags = view.tokens, view.dep, view.pos
    tok2ent = index.tok2ent
    for i in range(len(tokens)):
        if i not in tok2ent and deps[i] not in SUBJ_DEPS and tags[i] != "PRON":
            continue  # every case below starts at an entity's word, a subject or a pronoun
        tok = tokens[i]
        sent = bisect_right(sent_starts, tok.i) - 1
        if index.in_quote(tok.idx) is not None:
            continue
        if skip and _inside(tok.idx, labels, label_starts):
            continue  # a caption or name line ('Former prime minister Lord Ashby'): nobody a later 'he' means
        k = index.tok2ent.get(tok.i)
        if k is None and tok.dep_ in SUBJ_DEPS and tok.text[:1].isupper():
            person = surname_person(tok, index)  # a surname the NER missed
            k = next((n for n, e in enumerate(index.entities) if e is person), None) if person else None
        if k is not None and filed_at(doc, tok.idx):
            continue  # 'SEOUL, Aug. 12 (Agency) -- ...': where the story was filed, nobody a later 'it' means
        if k is not None:
            if k not in seen_ent_tokens or tok.i == 0 or index.tok2ent.get(tok.i - 1) != k:
                root = tok
                while root.head.i != root.i and index.tok2ent.get(root.head.i) == k:
                    root = root.head
                if root.dep_ == "appos" and index.entities[k].type == "NORP":
                    seen_ent_tokens.add(k)  # 'X and Y, both Republicans,': a label of the subject, not a third party
                    continue
                if modifier_mention(root, k, index):
                    seen_ent_tokens.add(k)  # 'the Senate reform bill', 'Senate Majority Leader X': no one 'it' means
                    continue
                if root.dep_ == "appos":  # 'A spokesman for the party, X, told ...' with X hung on 'party'
                    root = title_of_apposition(root, index) or root
                subj = _is_subject(root)
                acts = None if subj else _logical_verb(root)  # 'echoed by X', 'X, who told reporters'
                events.append(_Event(tok.idx, sent, k, subj or acts is not None, main=subj and _is_main(root) or
                                     acts is not None and (acts.dep_ == "ROOT" or _speaks(acts)),
                                     owner=not subj and root.dep_ == "poss" and root.head.dep_ in SUBJ_DEPS,
                                     weak=not subj and root.dep_ == "poss",
                                     speaks=speaking_subject(root, _speaks, index) or acts is not None and _speaks(acts)))
                if events[-1].main and index.entities[k].type == "PERSON":
                    index.main_subjects.append((tok.idx, k))
                pair = _conjoined_subjects(root, k, index) if subj else None
                if pair is not None:  # 'Oklahoma and Nebraska said ... They say': the two together
                    events.append(_Event(tok.idx, sent, None, True, pair, main=events[-1].main))
            seen_ent_tokens.add(k)
            continue
        low = tok.lower_
        if tok.dep_ in SUBJ_DEPS and low in pair_heads:
            pair = _pair_name(tok, index)  # 'The two leaders discussed ... They agreed': the two named before
            if pair is not None:
                events.append(_Event(tok.idx, sent, None, True, pair, main=_is_main(tok)))
                continue
        if (tok.tag_ in ("NNS", "NNPS") or low.endswith("s")) and tok.dep_ in SUBJ_DEPS and low in plural_heads:
            # ('Two leading Vardan MPs have accused ...': 'MPs' tagged as a singular noun)
            events.append(_Event(tok.idx, sent, None, True, noun_phrase(tok)))
            continue
        if tok.tag_ == "NN" and tok.dep_ in SUBJ_DEPS and low in body_heads and _definite(tok):
            events.append(_body_event(tok, sent, index))  # 'The hospital group wrote ... they said'
            continue
        group = plural_antecedent(tok) if tok.dep_ in SUBJ_DEPS and tok.tag_ in ("NN", "NNS", "NNPS") else None
        if group is not None:  # 'Liberal groups', 'Slovenian police', 'A total of 199 MPs': what a 'they' may mean
            events.append(_Event(tok.idx, sent, None, True, group))
            continue
        if tok.tag_ == "NN" and tok.dep_ in SUBJ_DEPS and low in titles:
            k = _titled_person(tok, index)  # 'The president addressed a crowd ... as he described'
            if k is not None:  # main only as the subject of a speech verb: a named main subject wins otherwise
                index.titled_subjects.append((tok.idx, k))
                events.append(_Event(tok.idx, sent, k, True, main=_is_main(tok) and _speaks(tok.head),
                                     speaks=_speaks(tok.head)))
            elif _is_main(tok) and _speaks(tok.head) and _definite_person(tok):
                # "The head of the Ukrainian mission said ... "...," he said': the one described, not a
                # person named sentences before
                events.append(_Event(tok.idx, sent, None, True, main=True, person=tok.i, speaks=True))
            continue
        if tok.pos_ != "PRON":
            continue
        if low in MALE_PRON or low in FEMALE_PRON:
            want = "m" if low in MALE_PRON else "f"
            owned, k = object_possessive(tok, index, titles)
            if owned and (k is None or _fits(_Event(tok.idx, sent, k, False), index, want)):
                if k is not None:  # 'congratulated the Prime Minister on his victory': the one congratulated's
                    index.pronouns[tok.i] = (index.entities[k].name, k)
                    index.gender.setdefault(k, want)
                continue  # (a bare title naming no one: nobody to link, and no sex to learn for the subject)
            speaking = tok.dep_ in SUBJ_DEPS and _speaks(tok.head)
            if personal_skip is None:
                personal_skip = skip | _quoted_sentences(doc, sent_starts, index)
            spoken_of = _named_in_quote(tok, index) if speaking else None
            others = named_in_own_clause(tok, index) if tok.dep_ in SUBJ_DEPS else own_clause_subject(tok, index)
            if speaking:  # 'X asked Y whether ...', then '"...," she said': Y answers
                others |= asker_before(tok, index, want)
            hit = _pick(events, sent, index, want, prefer_main=speaking, described=True, skip=personal_skip,
                        spoken_of=spoken_of, others=others)
            described = hit.person if hit is not None else None
            if described is not None:  # speakers.py takes the description when it names someone; else the pick
                index.described[tok.i] = described  # that passes over it
                hit = _pick(events, sent, index, want, prefer_main=speaking, skip=personal_skip, spoken_of=spoken_of,
                            others=others)
            hit = told_sex_subject(doc, events, hit, sent, LOOKBACK_SENTS, index, want, others) or hit
            if hit is not None and hit.sent < sent and not hit.speaks and continues_speech(tok, _speaks):
                hit = last_speaker(events, sent, _lookback_low(sent, personal_skip), lambda e, o=others, w=want:
                                   e.ent is not None and e.ent not in o and _fits(e, index, w)) or hit  # 'he added': who spoke
            if hit is not None and hit.ent is not None:
                index.pronouns[tok.i] = (index.entities[hit.ent].name, hit.ent)
                index.gender.setdefault(hit.ent, want)
                if tok.dep_ in SUBJ_DEPS:
                    events.append(_Event(tok.idx, sent, hit.ent, True, main=_is_main(tok),
                                         speaks=speaking_subject(tok, _speaks, index)))
                    if events[-1].main and index.entities[hit.ent].type == "PERSON":
                        index.main_subjects.append((tok.idx, hit.ent))
            if described is not None and tok.dep_ in SUBJ_DEPS:  # after the pick's event: wins where it may
                events.append(_Event(tok.idx, sent, None, True, main=_is_main(tok), person=described))
        elif low in ("it", "its") and tok.dep_ in SUBJ_DEPS and _speaks(tok.head):
            hit = _pick(events, sent, index, "body", skip=skip)  # 'as it suggested that ...': a body, not a thing
            if hit is not None and hit.sent < sent and not hit.speaks and continues_speech(tok, _speaks):
                hit = last_speaker(events, sent, _lookback_low(sent, skip),
                                   lambda e: _fits(e, index, "body")) or hit  # 'It added that ...': who spoke
            if hit is not None and hit.ent is not None:
                index.pronouns[tok.i] = (index.entities[hit.ent].name, hit.ent)
            elif hit is not None and hit.plural_name:
                index.pronouns[tok.i] = (hit.plural_name, None)  # 'the utility ... it said'
        elif low in PLURAL_PRON:
            hit = _pick(events, sent, index, "plural", skip=skip)
            if hit is not None:
                name = hit.plural_name if hit.ent is None else index.entities[hit.ent].name
                index.pronouns[tok.i] = (name, hit.ent)
                if tok.dep_ in SUBJ_DEPS:
                    events.append(_Event(tok.idx, sent, hit.ent, True, hit.plural_name))


def _pair_name(tok, index) -> str | None:
    """'the two sides', 'both leaders' as a subject: the names of the two it stands for, else None."""
    from .speaker_groups import pair_speaker
    pair = pair_speaker(tok, index)
    return pair.name if pair is not None else None


def _conjoined_subjects(root, k: int, index) -> str | None:
    """'X and Y' when ``root`` is the second of two named subjects joined by 'and' (not 'X, Y and Z')."""
    head = root.head
    if root.dep_ != "conj" or head.i == root.i or head.i > root.i:
        return None
    j = index.tok2ent.get(head.i)
    if j is None or j == k or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return None
    a, b = index.entities[j], index.entities[k]
    if a.type != b.type or a.type not in ("PERSON", "GPE", "ORG") or \
            sum(1 for c in head.children if c.dep_ == "conj") != 1:
        return None
    return f"{a.name} and {b.name}"


def _titled_person(tok, index) -> int | None:
    """'the president', 'the senator' as a subject: the person last named before with that title, else None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("poss", "compound", "appos") or c.dep_ == "prep" for c in tok.children):
        return None  # "Trump's lawyer", 'the defense secretary', 'the chairman of X' may be someone else
    ent = index.by_title(tok)
    if ent is None or ent.type != "PERSON":
        return None
    k = next((n for n, e in enumerate(index.entities) if e is ent), None)
    return k if k is not None and tok.lower_ in index.titles.get(k, ()) else None


def _definite_person(tok) -> bool:
    """'the envoy', "Norland's envoy", 'the head of the mission': one person the text points at, not 'an envoy'."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in tok.children)


def _definite(tok) -> bool:
    """'the group', 'a campaign group', 'the country's largest utility': a body the text introduces."""
    return any(c.dep_ in ("det", "poss") for c in tok.children)


def _body_event(tok, sent: int, index) -> _Event:
    """A subject naming a body by description: its entity when 'the company' stands for a named one."""
    k = None
    if any(c.lower_ in ("the", "this", "that") for c in tok.children):
        from .body_antecedents import body_antecedent
        from .speaker_descriptions import named_body
        try:
            ent = named_body(tok, index) or index.by_title(tok) or body_antecedent(tok, index)
        except Exception:  # the entity index is another step's work: an unresolved body stays a description
            ent = None
        if ent is not None and ent.type in ("ORG", "GPE"):
            k = next((n for n, e in enumerate(index.entities) if e is ent), None)
    return _Event(tok.idx, sent, k, True, None if k is not None else noun_phrase(tok), body=k is None,
                  speaks=speaking_subject(tok, _speaks, index))


def _quoted_sentences(doc, sent_starts: list[int], index) -> set[int]:
    """Sentences whose first and last words are inside quotation marks (a long quote's own sentences)."""
    if not index.quotes:
        return set()
    out = set()
    view = doc_view(doc)
    alpha, idx = view.alpha, view.idx
    ends = sent_starts[1:] + [len(doc)]
    for n, (a, b) in enumerate(zip(sent_starts, ends, strict=True)):
        first = next((i for i in range(a, b) if alpha[i]), None)  # the first and last word (on the view's lists)
        if first is None:
            continue
        last = next(i for i in range(b - 1, first - 1, -1) if alpha[i])
        if index.in_quote(idx[first]) is not None and index.in_quote(idx[last]) is not None:
            out.add(n)
    return out


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    n = bisect_right(starts, pos) - 1
    return n >= 0 and pos < spans[n][1]


def sentence_starts(doc) -> list[int]:
    """Token offsets where sentences start: spaCy's, plus every paragraph start (it sometimes runs on).

    One pass over the tokens; ``Token.sent`` walks the document on every call, so nothing here uses it."""
    starts = [0] if len(doc) else []
    n = len(doc)
    if not n:
        return starts
    texts = doc_view(doc).text
    sent_start = doc.to_array(SENT_START).tolist()  # 1 starts a sentence, -1 does not, 0 unknown
    broken = ["\n" in text and text.isspace() for text in texts]  # a space token holding a line break
    for i in range(n):
        if i and (sent_start[i] == 1 or broken[i - 1]):
            if starts[-1] != i:
                starts.append(i)
        elif broken[i] and i + 1 < n and starts[-1] != i + 1:
            starts.append(i + 1)
    return starts


def _speaks(verb) -> bool:
    from .speakers import is_cue_token
    return is_cue_token(verb)


def _fits(ev: _Event, index, want: str, described: bool = False) -> bool:
    if ev.person is not None:
        return described and want in ("m", "f")
    if ev.ent is None:
        return want == "plural" or (want == "body" and ev.body)
    e = index.entities[ev.ent]
    if want == "body":
        return e.type in ("ORG", "GPE")
    if want == "plural":
        return e.type == "ORG" or (e.type == "NORP" and e.name.endswith("s")) or \
            e.type == "PERSON" and e.name.rsplit(" ", 1)[-1].lower() in person_words().plural_person_heads
        # 'Varda MPs' that the name finder took for a person
    if e.type != "PERSON" or unlike_person(ev.ent, index):
        return False  # (a party, country or word the tagger called a person: 'Corvan-Green pact', 'the draft')
    g = index.gender.get(ev.ent)
    return g is None or g == want


def _named_in_quote(pron, index) -> str | None:
    """The words of the quote a speaking pronoun closes ('"... to [Mr Dahl] a nation ...," he said'), when the
    pronoun follows its closing mark; else None."""
    k = bisect_right(index._quote_starts, pron.idx) - 1
    if k < 0:
        return None
    q = index.quotes[k]
    between = index.text[q.close:pron.idx] if q.close <= pron.idx else "x"
    return index.text[q.start:q.end] if not between.strip(" ,\n") else None


def _spoken_of(ent, quote: str) -> bool:
    """Whether ``quote`` names the entity's person after an honorific or inside an editor's bracket ('Mr Dahl',
    '[Dahl]'): someone the speaker speaks of, not the speaker."""
    last = ent.name.split()[-1] if ent.name.split() else ""
    if len(last) < 3 or last not in quote:
        return False
    honorifics = person_words().honorifics
    at = quote.find(last)
    while at >= 0:
        before = quote[max(0, at - 12):at].split()
        word = before[-1].strip(".").lstrip("[").lower() if before else ""
        if quote[at - 1:at] == "[" or word in honorifics:
            return True
        at = quote.find(last, at + 1)
    return False


def _pick(events: list[_Event], sent: int, index, want: str, prefer_main: bool = False,
          described: bool = False, skip: set[int] = frozenset(), spoken_of: str | None = None,
          others: frozenset[int] = frozenset()) -> _Event | None:
    """Current sentence: the last subject before the pronoun; earlier sentences: their first subject.

    With ``prefer_main`` (the pronoun speaks: 'X said Y must go -- though he said ...') a subject of the
    sentence's main or speech verb wins over the subject of a reported clause. With ``described`` a definite
    description that speaks ('The head of the mission said') is a candidate too. Sentences in ``skip``
    (captions, name lines) do not count among the sentences looked back over."""
    j = len(events) - 1
    fallback, fallback_sent = None, -1
    low = _lookback_low(sent, skip)
    for s in range(sent, low, -1):
        if fallback is not None and s < fallback_sent - 1:
            return fallback  # only the sentence right before a bystander's may outbid it
        group = []
        while j >= 0 and events[j].sent >= s:
            if events[j].sent == s and _fits(events[j], index, want, described) and events[j].ent not in others \
                    and not (spoken_of and events[j].ent is not None and
                             _spoken_of(index.entities[events[j].ent], spoken_of)):
                group.append(events[j])
            j -= 1
        if not group:
            continue
        group.reverse()
        subjects = [e for e in group if e.subject]
        if s == sent:
            mains = [e for e in subjects if e.main] if prefer_main else []
            if mains:
                return mains[-1]
            if subjects:
                return subjects[-1]
            continue
        mains = [e for e in subjects if e.main]
        if mains:
            return mains[-1]
        if subjects:
            return subjects[0]
        owners = [e for e in group if e.owner]
        if owners:  # "Mr. X's letter did not name anyone. It condemned Y's approach. He said ...": X
            return owners[0]
        if fallback is not None or not group[0].weak:
            return fallback or group[0]
        fallback, fallback_sent = group[0], s  # an owner of a bystander ('... Y's approach'): unless the one before
    return fallback


def _lookback_low(sent: int, skip: set[int]) -> int:
    """The sentence before the first one a pronoun in ``sent`` looks back to (``skip``'s sentences do not count)."""
    low, seen = sent, 0
    while low >= 0 and seen < LOOKBACK_SENTS:
        seen += low not in skip
        low -= 1
    return low


def _is_main(tok) -> bool:
    """Subject of the sentence's main verb or of a speech verb."""
    from .speakers import is_cue_token
    t = tok
    while t.dep_ in ("compound", "appos", "conj", "flat") and t.head.i != t.i:
        t = t.head
    verb = t.head
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i and \
            any(c.dep_ == "cc" for c in verb.head.children if verb.head.i < c.i < verb.i):
        verb = verb.head  # '... comes to an end and X raises a point': a second main clause of its own
    return verb.dep_ == "ROOT" or (is_cue_token(verb) and verb.dep_ not in ("ccomp", "xcomp", "relcl", "acl") and
                                   not _subordinate(verb))


PARALLEL_MARKS = frozenset({"while", "whereas", "whilst"})  # 'X said ..., while Y said ...': two reports side by side


def _subordinate(verb) -> bool:
    """An adverbial clause a conjunction opens ('X said ..., as Y has repeatedly stated', 'after Y said ...'): its
    subject spoke of the matter elsewhere, not in the sentence's own report (not 'while Y said ...', a second report
    beside the first)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.i < verb.i and c.lower_ not in PARALLEL_MARKS
                                        for c in verb.children)
