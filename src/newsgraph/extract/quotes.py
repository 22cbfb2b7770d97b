"""Direct, partial and indirect quotes with their speakers: the core of "who said what".

Direct quotes come from the quotation-mark scanner (``marks.py``); each one is attributed
through the cue verb next to it ('"...," he said', 'Smith said: "..."', '"A," he said, "B."'),
else the cue that governs it inside a reporter's sentence (partial quotes), else the nearest
speaker before it (a quote standing alone continues the last speaker). Indirect speech comes
from ``indirect.py``. One pass over the tokens collects every cue.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import Quote, Speaker
from .cues import norm_word, person_words, speech_cues
from .indirect import indirect_quotes
from .speakers import (
    addressee_of,
    channel_of,
    date_of,
    description_like,
    exchange_noun_topic,
    is_cue_token,
    same_description_person,
    speaker_from,
    speaker_of_cue,
    verb_tagged_noun,
)

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
SMALL = {"of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "by", "or", "with", "from", "is"}
ARTICLES = {"a", "an", "the"}
STOP = {".", "!", "?"}
LOOKBACK_CHARS = 1500
EXPRESS_VERBS = speech_cues().roles["express_verbs"]
EXCHANGE_WORDS = speech_cues().roles["exchange_verbs"]  # 'an exchange of views on ...' as a noun too


def extract_quotes(doc, index, published: str | None = None) -> list[Quote]:
    """Every direct, partial and indirect quote in the document, ids q1, q2... in text order."""
    cues = speech_cues()
    cue_tokens, noun_tokens, quote_only = [], [], []
    publishers = []
    for tok in doc:
        if index.in_quote(tok.idx) is not None:
            continue
        owner = _publisher(tok, index, cues)
        if owner is not None:
            publishers.append((tok.idx, owner))
        nominal = tok.pos_ == "NOUN" or (tok.dep_ in ("pobj", "dobj", "nsubj") and tok.tag_ in ("NNS", "VBZ"))
        if nominal and tok.tag_ == "NNS" and verb_tagged_noun(tok):
            cue_tokens.append(tok)  # 'Grassley often notes ... that ...': a verb the tagger read as a noun
        elif nominal and (tok.lemma_.lower() in cues.cue_nouns or
                        (tok.dep_ == "dobj" and tok.head.lemma_.lower() in EXPRESS_VERBS) or
                        (tok.lemma_.lower() in EXCHANGE_WORDS and exchange_noun_topic(tok) is not None)):
            noun_tokens.append(tok)  # 'a statement that ...', 'expressed hope that ...'
        elif is_cue_token(tok):
            cue_tokens.append(tok)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in cues.quote_only_verbs:
            quote_only.append(tok)  # '..." Assange continued.'

    index.publishers = publishers
    indirect = indirect_quotes(doc, index, cue_tokens, noun_tokens, published)
    attribution = sorted(cue_tokens + quote_only, key=lambda t: t.i)
    direct = _direct_quotes(doc, index, attribution, noun_tokens, indirect, published)
    indirect += _headline_reports(index, indirect)
    quotes = sorted(direct + indirect, key=lambda q: (q.start, q.kind == "indirect"))
    _name_descriptions(doc, index, quotes)
    _pronoun_after_description(index, quotes)
    _headline_echoes(index.text, quotes)
    for n, q in enumerate(quotes, 1):
        q.id = f"q{n}"
    return quotes


PUBLISH_VERBS = speech_cues().roles["publish_verbs"]


def _publisher(tok, index, cues):
    """An organisation publishing ('BuzzFeed published the story') or owning a document ('BuzzFeed's report')."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in PUBLISH_VERBS:
        kids = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    elif tok.pos_ == "NOUN" and lemma in cues.document_nouns:
        kids = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    else:
        return None
    for c in kids:
        if c.dep_ == "agent":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        k = index.tok2ent.get(c.i)
        if k is not None and index.entities[k].type == "ORG":
            return index.entities[k]
    return None


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _words(s: str) -> list[str]:
    return WORD.findall(s)


def _sentence_break(doc, a: int, b: int) -> bool:
    """A sentence-final mark among the tokens between characters a and b."""
    span = doc.char_span(a, b, alignment_mode="contract") if b > a else None
    return span is not None and any(t.text in STOP for t in span)


def _governing_cue(doc, index, q, cue_set: set[int]):
    """For a quoted fragment in a reporter's sentence: the cue it hangs from, else one in the sentence."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span[0]
    text = index.text
    for _ in range(8):
        if t.i in cue_set and not (span.start <= t.i < span.end):
            a, b = sorted((t.idx, q.start))
            if "\n" not in text[a:b]:  # the parser may run a headline into the paragraph below
                return t
        if t.head is t:
            break
        t = t.head
    s0, s1 = index.sentence(span.start)
    best = None
    for i in range(s0, min(s1, len(doc))):
        if i in cue_set and not (span.start <= i < span.end):
            if best is None or abs(i - span.start) < abs(best.i - span.start):
                best = doc[i]
    return best


def _direct_quotes(doc, index, cue_tokens, noun_tokens, indirect, published) -> list[Quote]:
    text = index.text
    marks = index.quotes
    cue_pos = [t.idx for t in cue_tokens]
    noun_ids = {t.i for t in noun_tokens}
    only_quote = speech_cues().quote_only_verbs
    cue_set = {t.i for t in cue_tokens if t.lemma_.lower() not in only_quote} | noun_ids  # for partial quotes
    timeline: list[tuple[int, Speaker]] = [(q.start, q.speaker) for q in indirect if q.speaker]
    last_of_line: dict[int, object] = {}
    for t in cue_tokens:  # 'The ministry said in a statement:' closing a paragraph introduces the quote below
        line_end = text.find("\n", t.idx)
        if line_end > 0 and text[:line_end].rstrip().endswith(":"):
            last_of_line[line_end] = t
    for t in last_of_line.values():
        sp = speaker_of_cue(t, index)
        if sp is not None:
            timeline.append((t.idx, sp))
    found: list[tuple[object, Quote | None, object]] = []  # (mark, quote, cue)
    for k, m in enumerate(marks):
        try:
            qtext = text[m.start:m.end]
            words = _words(qtext)
            if not words:
                found.append((m, None, None))
                continue
            la, lb = _line_bounds(text, m.open)
            prev_close = max(la, marks[k - 1].close) if k > 0 and marks[k - 1].close > la else la
            next_open = min(lb, marks[k + 1].open) if k + 1 < len(marks) and marks[k + 1].open < lb else lb
            if m.paragraphs > 1:
                _, next_open = _line_bounds(text, m.close - 1 if m.closed else m.close)
                if k + 1 < len(marks) and marks[k + 1].open < next_open:
                    next_open = marks[k + 1].open
            prefix = text[prev_close:m.open].rstrip()
            after_cue = _first_cue(doc, cue_tokens, cue_pos, m.close, next_open)
            before_cue = _last_cue(doc, cue_tokens, cue_pos, prev_close, m.open)
            full = not prefix or prefix[-1] in ":,—–-.!?" or prefix.endswith("--")
            strong = full
            if not full and before_cue is not None and before_cue.idx + len(before_cue.text) >= len(prefix) + prev_close - 1:
                full = True  # 'said "any suggestion ... is off base."': a whole sentence after the cue
            terminal = qtext.rstrip("”’\"' )")[-1:] in ("." , "!", "?")
            if not _keep(words, strong, full, terminal, m, prefix, doc):
                found.append((m, None, None))
                continue
            cue = None
            if full:
                order = (before_cue, after_cue) if before_cue is not None and (
                    qtext.rstrip().endswith(".") or _introduces(text, before_cue, m.open)) else (after_cue, before_cue)
                for c in order:
                    if c is not None:
                        cue = c
                        break
            else:
                cue = _governing_cue(doc, index, m, cue_set)
                if cue is None and len(words) <= 3 and _line_label(text, la, m.open, index) is None:
                    found.append((m, None, None))
                    continue
            speaker = None
            if cue is None and full and prefix[-1:] in (":", "—", "–", "-"):
                speaker = _subject_before(doc, index, m.open)  # 'Ruiz was blunt: "The plan is dead."'
            if cue is not None:
                if cue.i in noun_ids:
                    from .indirect import _noun_speaker_tok
                    speaker = speaker_from(_noun_speaker_tok(cue, index), index)
                else:
                    speaker = speaker_of_cue(cue, index)
            kind = "direct" if full else "partial"
            q = Quote(id="", text=qtext, start=m.start, end=m.end, kind=kind, speaker=speaker,
                      cue=cue.text if cue is not None else None)
            if cue is not None and cue.i not in noun_ids:
                q.addressee = addressee_of(cue, index)
                q.channel = channel_of(cue)
                q.said_on = date_of(cue, published, index)
            if speaker is not None:
                timeline.append((m.start, speaker))
            found.append((m, q, cue))
        except Exception:  # one odd quote must not cost the article its other quotes
            found.append((m, None, None))
    timeline.sort(key=lambda x: x[0])
    starts = [p for p, _ in timeline]
    out: list[Quote] = []
    for n, (_m, q, _cue) in enumerate(found):
        if q is None:
            continue
        if q.speaker is None:
            q.speaker = _carry_over(text, found, n, timeline, starts, index, doc)
            if q.speaker is None and q.kind == "partial":
                continue
        out.append(q)
    return out


INTRO_GAP = re.compile(r"[^.!?\"\u201c\u201d]{0,60}[,:]\s*")


def _introduces(text: str, cue, open_at: int) -> bool:
    """'X said in a statement, "We are relieved" at ...', 'and said, "somebody ought to ...," the office said':
    the cue just before the quote, with at most a short phrase and a comma between, introduces it."""
    end = cue.idx + len(cue.text)
    return open_at - end <= 62 and INTRO_GAP.fullmatch(text, end, open_at) is not None


def _subject_before(doc, index, pos: int) -> Speaker | None:
    """The subject of the clause that a colon or dash hands over to a quotation."""
    span = doc.char_span(max(0, pos - 3), pos, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span[0]
    while t.i > 0 and (t.is_punct or t.is_space or t.idx >= pos):
        t = doc[t.i - 1]
    for _ in range(8):
        if t.head is t or t.dep_ == "ROOT" or t.head.idx >= pos:
            break  # the parser often makes the quotation the root: stop before it
        t = t.head
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
    if subj is None and t.pos_ in ("PROPN", "NOUN") and t.idx < pos:
        subj = t  # a headline: 'Sunak: "We will not rejoin"'
    if subj is None or index.in_quote(subj.idx) is not None:
        return None
    return speaker_from(subj, index)


def _first_cue(doc, cue_tokens, cue_pos, a: int, b: int):
    i = bisect_left(cue_pos, a)
    while i < len(cue_tokens) and cue_pos[i] < b and _modifier_participle(cue_tokens[i]):
        i += 1  # '"... the little deal" announced in October, said X': the participle is no attribution
    if i < len(cue_tokens) and cue_pos[i] < b and not _sentence_break(doc, a, cue_pos[i]):
        return cue_tokens[i]
    return None


def _modifier_participle(tok) -> bool:
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)


def _last_cue(doc, cue_tokens, cue_pos, a: int, b: int):
    i = bisect_left(cue_pos, b) - 1
    if i >= 0 and cue_pos[i] >= a:
        t = cue_tokens[i]
        if not _sentence_break(doc, t.idx + len(t.text), b):
            return t
    return None


def _keep(words: list[str], strong: bool, full: bool, terminal: bool, m, prefix: str, doc) -> bool:
    """Leave out scare quotes, set terms and titles of works (see the annotation rules)."""
    n = len(words)
    if n == 1:
        return full and (terminal or not prefix or prefix.endswith(":"))
    if not strong:
        if n == 2 and words[0].lower() in ARTICLES:
            return False
        if prefix.lower().endswith(("so-called", "so called", "dubbed", "known as", "titled", "entitled")):
            return False
        if n <= 3:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and all(t.pos_ in ("NOUN", "PROPN") or t.is_punct for t in span):
                return False
            root = span.root if span is not None else None
            if root is not None and root.dep_ in ("amod", "compound", "nmod") and root.head.i > span.end and \
                    root.head.pos_ in ("NOUN", "PROPN") and not any(
                        x.is_space and "\n" in x.text for x in doc[span.end:root.head.i]):
                return False  # a label in front of a noun: 'his "deep state" Justice Department'
    content = [w for w in words if w.lower() not in SMALL]
    if content and all(w[:1].isupper() for w in content) and (not terminal or not full) and n <= 8:
        return False
    if not m.closed and n < 4:
        return False
    return True


def _line_label(text: str, la: int, pos: int, index) -> Speaker | None:
    """A transcript line 'Lin Mei: We hope ... "concrete results"': the person named before the colon."""
    colon = text.find(":", la, min(pos, la + 60))
    if colon < 0 or not text[la:colon].strip() or len(text[la:colon].split()) > 5:
        return None
    ent = index.at_char(la, colon)
    if ent is None or ent.type != "PERSON":
        return None
    return Speaker(name=ent.name, entity=ent.id, mention=text[la:colon].strip(), start=la, end=colon)


def _carry_over(text, found, n, timeline, starts, index, doc) -> Speaker | None:
    """A quote standing alone: the speaker of a neighbouring quote, else the last speaker before it."""
    m = found[n][0]
    la, lb = _line_bounds(text, m.open)
    label = _line_label(text, la, m.open, index)
    if label is not None:
        return label
    for j in range(n - 1, -1, -1):
        pm, pq, _ = found[j]
        if pm.close < la:
            break
        if pq is not None and pq.speaker is not None:
            return pq.speaker
    for j in range(n + 1, len(found)):
        nm, nq, _ = found[j]
        if nm.open > lb:
            break
        if nq is not None and nq.speaker is not None and not text[m.close:nm.open].strip(" ,"):
            return nq.speaker
    k = bisect_right(starts, m.open) - 1
    if k >= 0 and m.open - starts[k] < LOOKBACK_CHARS:
        return timeline[k][1]
    return None


DESCRIPTION_WINDOW = 3000
GENERIC_MODS = {"a", "an", "one", "senior", "top", "leading", "prominent", "veteran", "former", "high-ranking",
                "influential", "outspoken", "backbench", "junior", "longtime", "long-serving"}


def _name_descriptions(doc, index, quotes: list[Quote]) -> None:
    """'A senior Conservative MP has warned that ...' in a lede, then 'the MP, Harold Penwick' below: the
    description is the named person when a later person carries the same description in their title
    (head noun and every capitalised word), or, in a headline or lede, when the next paragraph opens
    with a person of no other title; else the description stays the speaker. Anonymous roles ('a senior
    official') are never named this way. A description the name finder took for a person ('says Tory
    MP') is treated as a description."""
    pw = person_words()
    cache: dict[object, object] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not sp.mention:
            continue
        if sp.entity is not None:
            ent = index.entity(sp.entity)
            if ent is None or not description_like(ent, pw):
                continue
            if ent.id not in cache:
                s0, e0 = min(ent.mentions)
                cache[ent.id] = _described_person(doc, index, Speaker(name=ent.name, entity=ent.id, mention=index.text[s0:e0],
                                                                      start=s0, end=e0), pw)
            found = cache[ent.id]
        else:
            words = sp.mention.split()
            headline = sp.start < _first_break(index.text)
            if not headline and (len(words) < 2 or words[0].lower() not in ("a", "an")) and \
                    not _lede_subject(index.text, sp):
                continue  # 'a senior MP'; in a headline also 'says Tory MP'; 'The work and pensions secretary has said'
            if sp.start not in cache:
                cache[sp.start] = _described_person(doc, index, sp, pw)
            found = cache[sp.start]
        if found is not None:
            q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)


def _described_person(doc, index, sp: Speaker, pw):
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    found = same_description_person(index, span, exclude=sp.entity)
    if found is not None:
        return found
    head = span.root
    key = pw.expand(norm_word(head.lemma_))
    if head.lower_ in pw.anonymous_roles or key in pw.anonymous_roles or key not in pw.titles:
        return None
    return _named_below_lede(index, sp, key, pw)


def _first_break(text: str) -> int:
    k = text.find("\n")
    return len(text) if k < 0 else k


def _named_below_lede(index, sp: Speaker, key: str, pw):
    """BBC-style copy: a description in the headline or lede ('A senior Conservative MP has warned ...'),
    then a paragraph opening with the person's name ('Sir Graham Whitlow, who chairs ..., told the BBC').
    The person must carry no other title ('Health Secretary Tom Marl' is someone else)."""
    text = index.text
    paras = _first_paragraphs(text, 3)
    if len(paras) < 3 or sp.start >= paras[2]:
        return None  # only the headline and the first paragraph below it
    for start in paras[1:3]:
        if start <= sp.end:
            continue
        hit = None
        for ent in index.entities:
            if ent.type != "PERSON" or description_like(ent, pw):
                continue
            first = min((s for s, _ in ent.mentions), default=-1)
            before = text[start:first]
            if start <= first <= start + 80 and (all(w[:1].isupper() for w in before.split()) and first <= start + 30
                                                 or _opening_participle(before)):
                hit = ent
                break
        if hit is None:
            continue
        if any(s < sp.start for s, _ in hit.mentions):
            return None
        if hit.title and pw.expand(norm_word(hit.title.split()[-1])) not in (key, ""):
            return None
        return hit
    return None


def _first_paragraphs(text: str, n: int) -> list[int]:
    """Start offsets of the first ``n`` + 1 paragraphs (blank-line separated)."""
    out = [0]
    k = text.find("\n\n")
    while k >= 0 and len(out) <= n:
        out.append(k + 2)
        k = text.find("\n\n", k + 2)
    return out


def _opening_participle(before: str) -> bool:
    """'Speaking to BBC Breakfast, ' before the name that opens a paragraph."""
    words = before.split()
    return bool(words) and words[0].endswith("ing") and words[0][:1].isupper() and before.rstrip().endswith(",") \
        and "," not in before.rstrip()[:-1]


def _lede_subject(text: str, sp: Speaker) -> bool:
    """A description opening the first paragraph below the headline ('The work and pensions secretary has said')."""
    paras = _first_paragraphs(text, 2)
    return len(paras) > 2 and paras[1] <= sp.start <= paras[1] + 40 and sp.start < paras[2]


def _headline_echoes(text: str, quotes: list[Quote]) -> None:
    """A headline quote with no named speaker ('Minister: "We will not back down"') takes the speaker of the
    body quote that repeats most of its words."""
    cut = _first_break(text)
    for q in quotes:
        if q.start >= cut:
            break
        if q.speaker is not None and q.speaker.entity is not None:
            continue
        words = {w.lower() for w in _words(q.text)}
        if len(words) < 2:
            continue
        best = None
        for other in quotes:
            if other.start < cut or other.speaker is None or other.speaker.entity is None:
                continue
            share = len(words & {w.lower() for w in _words(other.text)}) / len(words)
            if share >= 0.6 and (best is None or share > best[0]):
                best = (share, other)
        if best is not None:
            sp = best[1].speaker
            q.speaker = Speaker(name=sp.name, entity=sp.entity, mention=q.speaker.mention if q.speaker else None,
                                start=q.speaker.start if q.speaker else None, end=q.speaker.end if q.speaker else None)


def _pronoun_after_description(index, quotes: list[Quote]) -> None:
    """'A senior official said ... He added that ...': 'he' is the official just described when nobody is
    named between them (pronouns are linked to named people only, so it went to someone named before)."""
    prev = None
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not sp.mention:
            continue
        words = sp.mention.lower().split()
        if sp.entity is None and len(words) > 1 and words[0] in ("a", "an") and not words[-1].endswith("s"):
            prev = q
            continue
        if prev is None or words not in (["he"], ["she"]):
            prev = None if sp.entity is not None and words not in (["he"], ["she"]) else prev
            continue
        d = prev.speaker
        if sp.start - d.end > 400 or "\n\n" in index.text[d.end:sp.start]:
            continue
        if any(e.type == "PERSON" and any(d.end <= m0 < sp.start for m0, _ in e.mentions) for e in index.entities):
            continue  # someone named in between may be meant
        q.speaker = Speaker(name=d.name, entity=None, mention=sp.mention, start=sp.start, end=sp.end)


HEADLINE_VERBS = speech_cues().roles["headline_verbs"]
HEADLINE_CLAUSE_VERBS = {"threaten", "ask", "deny", "reject", "dismiss", "confirm", "announce", "reveal", "predict",
                         "suggest", "argue", "insist", "claim", "admit"}  # 'Pledges Support for X' is a pledge
HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")


def _verb_of(word: str, verbs) -> str | None:
    """'Urges' -> 'urge', 'Denies' -> 'deny', 'Slams' -> 'slam', 'Urge' -> 'urge' (a headline's verb)."""
    low = word.lower()
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-3] + "y" if low.endswith("ies") else "",
                 low[:-2] if low.endswith("es") else ""):
        if cand and cand in verbs:
            return cand
    return None


def _headline_reports(index, indirect: list[Quote]) -> list[Quote]:
    """A title-case headline the parser cannot read ('Democrats Urge Trump to Cancel Summit', 'X Slams Y For
    Z', 'BuzzFeed Report: Trump Told Cohen To Lie'): the words before the first cue verb speak, the words
    after it are what was said."""
    text = index.text
    end = text.find("\n")
    if end <= 0 or end > 200 or text[:end].rstrip()[-1:] in (".", "?", "!", '"', "\u201d"):
        return []
    if any(q.start < end for q in indirect):
        return []  # the parser read it
    words = [(m.start(), m.end(), m.group()) for m in HEADLINE_WORD.finditer(text, 0, end)]
    if len(words) < 3 or sum(w[2][:1].isupper() for w in words) < 0.7 * len(words):
        return []  # not a title-case headline
    verbs = HEADLINE_VERBS
    for k, (a, b, w) in enumerate(words[1:], 1):
        lemma = _verb_of(w, verbs)
        if lemma is None or (lemma == "report") != (text[b:b + 1] == ":"):
            continue
        if w.lower() == lemma and lemma != "report" and not words[k - 1][2].lower().endswith("s"):
            continue  # a bare form only after a plural subject ('Democrats Urge'), not 'Attack Ad'

        s0 = b + 1 if text[b:b + 1] == ":" else b
        rest = text[s0:end].strip()
        lead = rest.split(" ", 1)[0].lower()
        if lemma in HEADLINE_CLAUSE_VERBS and lead not in ("to", "that") and not lead.endswith("ing"):
            return []  # 'Pledges Support for X', 'Denies the Report': an object, not what was said
        if lead in ("for", "on", "of", "that", "to") and lemma in ("call", "warn", "urge", "say", "press"):
            rest = rest.split(" ", 1)[1] if " " in rest else ""
        if len(rest.split()) < 2 or index.in_quote(a) is not None:
            return []
        cs = text.find(rest, s0, end)
        first = words[0][0]
        comma = text.rfind(",", first, words[k - 1][1])
        if comma >= 0:
            first = next((x[0] for x in words if x[0] > comma), words[k - 1][0])  # 'Facing Congress, Clinton Defends'
        speaker_text = text[first:words[k - 1][1]]
        if "'" in speaker_text or "\u2019" in speaker_text and not speaker_text.split("\u2019")[0].istitle():
            return []
        ent = index.at_char(words[k - 1][0], words[k - 1][1])  # the name right before the verb
        if ent is None or ent.name.lower() not in speaker_text.lower() + " " + " ".join(
                n.lower() for n in ent.aliases):
            ent = None  # the NER ran the headline's words together: keep the words before the verb
        sp = Speaker(name=ent.name if ent is not None else speaker_text, entity=ent.id if ent is not None else None,
                     mention=speaker_text, start=first, end=words[k - 1][1])
        return [Quote(id="", text=rest, start=cs, end=cs + len(rest), kind="indirect", speaker=sp, cue=w)]
    return []
