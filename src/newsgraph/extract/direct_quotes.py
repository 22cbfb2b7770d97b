"""Direct and partial quotes from the quotation-mark scanner (``marks.py``), each attributed through the cue
verb next to it ('"...," he said', 'Smith said: "..."'), else the cue that governs it inside a reporter's sentence
(partial quotes), else the nearest speaker before it (a quote standing alone continues the last speaker).
Scare quotes, set terms and titles of works are left out."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import Quote, Speaker
from .crossheads import LABEL_WORDS, entry_heading, entry_speaker, is_crosshead, pull_quote_name, speaker_below
from .cues import person_words, speech_cues
from .heading_fragments import heading_line, is_predicate, opens_headline
from .headline_labels import colon_label, dash_label, headline_end, title_end, verb_label_speaker
from .quote_context import STOP, named_subject_before, next_sentence_report, outer_reports, owner_named_after
from .quote_cues import (
    chant_subject,
    crowd_speaker,
    governing_cue,
    is_cue_noun,
    noun_speaker_tok,
    passive_without_agent,
)
from .quote_echoes import echoed_in_quote
from .quote_filters import (
    WORD,
    asked_by_nobody,
    chant_word,
    label_before_noun,
    last_complete_sentence,
    title_line_cue,
    unattributed_cut_off,
)
from .quote_keep import keep_quote
from .quote_trace import dropped
from .quoted_laws import law_in_clause, law_of_cue
from .sentence_view import doc_text
from .speaker_syntax import time_stamp
from .speakers import addressee_of, channel_of, date_of, speaker_from, speaker_of_cue
from .speech_nouns import colon_verdict_owner, in_words_of, verdict_owner
from .text_lines import line_bounds, line_label

LOOKBACK_CHARS = 1500
SPEAKING = speech_cues().roles["speaking_verbs"]  # 'spoke of', 'wrote about': speech with no clause of its own
EXPRESSING = speech_cues().roles["express_verbs"]  # 'expressed "deep regret"', 'voiced "serious concern"'


def _words(s: str) -> list[str]:
    return WORD.findall(s)


def _sentence_break(doc, a: int, b: int) -> bool:
    """A sentence-final mark among the tokens between characters a and b (not the point of a title's short form
    that the tokenizer split off: '"...," JCS spokesman Col. Kim Jun-rak said', 'Lt. Gov. X said')."""
    span = doc.char_span(a, b, alignment_mode="contract") if b > a else None
    return span is not None and any(t.text in STOP and not _title_point(t) for t in span)


def _title_point(t) -> bool:
    """The point of a short title ('Col', 'Lt', 'Dr') split off as a token of its own, a name following it."""
    if t.text != "." or t.i == 0 or t.i + 1 >= len(t.doc):
        return False
    prev, nxt = t.doc[t.i - 1], t.doc[t.i + 1]
    pw = person_words()
    return not prev.whitespace_ and len(prev.text) <= 4 and prev.text[:1].isupper() and nxt.text[:1].isupper() and \
        (prev.lower_ in pw.abbreviations or prev.lower_ in pw.honorifics)


def _governing_cue(doc, index, q, cue_set: set[int], noun_ids: set[int] = frozenset()):
    """For a quoted fragment in a reporter's sentence: (the cue it hangs from, else the law whose clause holds it
    when no cue comes before it ('Federal law makes it a crime for anyone "who ..."'), else a cue in the
    sentence)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    t = governing_cue(doc, span, cue_set, noun_ids, index.text)
    if t is not None:
        return t, None
    s0, s1 = index.sentence(span.start)
    best = None
    for i in range(s0, min(s1, len(doc))):
        if i in cue_set and not (span.start <= i < span.end):
            if best is None or abs(i - span.start) < abs(best.i - span.start):
                best = doc[i]
    if best is None or best.i > span.start:
        law = law_in_clause(span, index)
        if law is not None:
            return None, law
    return best, None


def _direct_quotes(doc, index, cue_tokens, noun_tokens, indirect, published) -> list[Quote]:
    text = index.text
    marks = index.quotes
    cue_pos = [t.idx for t in cue_tokens]
    noun_ids = {t.i for t in noun_tokens}
    only_quote = speech_cues().quote_only_verbs
    cue_set = {t.i for t in cue_tokens if t.lemma_.lower() not in only_quote} | noun_ids  # for partial quotes
    timeline: list[tuple[int, Speaker]] = [(q.start, q.speaker) for q in outer_reports(indirect)]
    last_of_line: dict[int, object] = {}
    for t in cue_tokens:  # 'The ministry said in a statement:' closing a paragraph introduces the quote below
        line_end = text.find("\n", t.idx)
        if line_end > 0 and text[t.idx:line_end].rstrip().endswith(":"):  # the cue itself is no space
            last_of_line[line_end] = t
    for t in last_of_line.values():
        sp = speaker_of_cue(t, index)
        if sp is not None:
            timeline.append((t.idx, sp))
    found: list[tuple[object, Quote | None, object]] = []  # (mark, quote, cue)
    head_end = headline_end(text)
    titles = max(head_end, title_end(text))  # the headline block, below any page furniture
    heads: set[int] = set()  # crossheads: their speaker is named below them
    held: set[int] = set()  # heading fragments below page furniture: heading_fragments.heading_echoes names them
    for k, m in enumerate(marks):
        try:
            qtext = text[m.start:m.end]
            words = _words(qtext)
            if not words:
                found.append((m, None, None))
                continue
            la, lb = line_bounds(text, m.open)
            if is_crosshead(text, m, la, lb, words, head_end):
                heads.add(k)
                found.append((m, Quote(id="", text=qtext, start=m.start, end=m.end, kind="partial", speaker=None)
                              if len(words) > 1 else None, None))
                continue
            prev_close = max(la, marks[k - 1].close) if k > 0 and marks[k - 1].close > la else la
            next_open = min(lb, marks[k + 1].open) if k + 1 < len(marks) and marks[k + 1].open < lb else lb
            if m.paragraphs > 1:
                _, next_open = line_bounds(text, m.close - 1 if m.closed else m.close)
                if k + 1 < len(marks) and marks[k + 1].open < next_open:
                    next_open = marks[k + 1].open
            prefix = text[prev_close:m.open].rstrip()
            after_cue = _first_cue(doc, cue_tokens, cue_pos, m.close, next_open)
            if after_cue is not None and next_sentence_report(text, qtext, m.close, after_cue):
                after_cue = None  # '"We have to succeed here." The delegate of X, Y, said the week had ...'
            before_cue = _last_cue(doc, cue_tokens, cue_pos, prev_close, m.open)
            full = not prefix or prefix[-1] in ":,—–-.!?" or prefix.endswith("--")
            if not prefix and m.open < titles and after_cue is None and opens_headline(text, m, lb):
                full = False  # "'Crunch time' for climate talks": a headline's fragment waits for its body echo
            strong = full
            if not full and before_cue is not None and before_cue.idx + len(before_cue.text) >= len(prefix) + prev_close - 1 \
                    and not passive_without_agent(before_cue):  # 'had been briefed "on ..."': the one told, no speaker
                full = True  # 'said "any suggestion ... is off base."': a whole sentence after the cue
            terminal = qtext.rstrip("”’\"' )")[-1:] in ("." , "!", "?")
            answer = prefix[-1:] in (".", "!") and "," in text[m.end:m.close] and after_cue is not None and \
                len(text[m.close:after_cue.idx].split()) <= 4 and text[m.close:after_cue.idx].split()[:1] != ["as"]
            chant = chant_word(doc, m)
            crowd = chant_subject(chant) if chant is not None else None  # 'the crowd chanted "..."'
            echoed = not strong and m.open >= titles and echoed_in_quote(text, marks, k)  # 'SNP "tunnel vision"'
            # over a quote that says it (in the headline a noun phrase stays a label: headline_quotes._headline_echoes)
            if not keep_quote(words, strong, full, terminal, m, prefix, doc, answer, crowd is not None, echoed) or (
                    before_cue is None and prefix[-1:] in ("", ".", "!", "?") and unattributed_cut_off(doc, index, m)
                    and not dropped(m, "unattributed_cut_off")) \
                    or prefix[-1:] in (":", ",") and asked_by_nobody(doc, m) and not dropped(m, "asked_by_nobody"):
                # 'Voters will be asked: "...?"'
                found.append((m, None, None))
                continue
            dash = dash_label(doc, index, m.close, lb, speaker_from) if m.closed and (
                m.open < titles or heading_line(text, la, lb)) else None  # "Services in 'serious danger' - X"
            cue = law = None
            title_cue = m.open < titles and len(words) <= 3 and title_line_cue(text, m)  # 'X Calls Y A "Grim
            # Ritual"' (quote_keep keeps it for its cue): the parse of a title-case headline names no one; the body
            # quote that repeats the words does (_headline_echoes)
            if dash is not None:
                pass  # the heading names who said it after its dash
            elif title_cue:
                pass
            elif full:
                order = (before_cue, after_cue) if before_cue is not None and (
                    qtext.rstrip().endswith(".") or not strong or _introduces(text, before_cue, m.open)) \
                    else (after_cue, before_cue)  # 'what he called "..." after X reported': the cue right before
                for c in order:
                    if c is not None:
                        cue = c
                        break
            else:
                cue, law = _governing_cue(doc, index, m, cue_set, noun_ids)
                if cue is None and law is None:
                    law = _speaking_subject(doc, index, m)  # 'X spoke of "the honour" he felt': X's words
                if cue is None and law is None and label_before_noun(doc, m) and not dropped(m, "label_before_noun"):
                    found.append((m, None, None))  # 'and a "state of the art" crisis centre': no one's words
                    continue
                if cue is None and law is None and crowd is None and len(words) <= 3 and m.open >= titles and \
                        _line_label(text, la, m.open, index) is None:  # a headline fragment waits for a label or a
                    # body echo (a crowd's slogan has its speaker)
                    if heading_line(text, la, lb):  # a heading below page furniture: its echo below names it
                        held.add(k)
                        found.append((m, Quote(id="", text=qtext, start=m.start, end=m.end, kind="partial"), None))
                    else:
                        found.append((m, None, None))
                        dropped(m, "short_fragment")
                    continue
            speaker = law or dash
            if cue is None and dash is None and full and prefix[-1:] in (":", "—", "–", "-"):
                speaker = _subject_before(doc, index, m.open)  # 'Ruiz was blunt: "The plan is dead."'
            if cue is None and full and speaker is None and m.closed:
                owner = verdict_owner(doc, m.close) or owner_named_after(doc, m.close) or (
                    in_words_of(doc, prev_close, m.open) if prefix[-1:] in (",", ":") else None)  # '"...," was the
                # verdict of X'; '"..." Those were the words of X'; 'In the words of X, "..."'
                speaker = speaker_from(owner, index) if owner is not None else None
            if cue is not None:
                if is_cue_noun(cue, noun_ids) if not full else cue.i in noun_ids:
                    speaker = speaker_from(noun_speaker_tok(cue, index), index)
                else:
                    speaker = law_of_cue(cue, index) or speaker_of_cue(cue, index)
            if crowd is not None:  # a crowd's slogan: the crowd chants it, whatever the quote's own words name
                speaker = crowd_speaker(crowd, index)
                if speaker is None:
                    dropped(m, "unnamed_crowd")
                    found.append((m, None, None))  # an unnamed crowd, 'someone shouted': no identifiable speaker
                    continue
            if speaker is None and m.open < titles and not entry_heading(text, la, lb):
                speaker = colon_label(doc, index, m.open, _subject_before)  # 'Smith: X will "step aside" if ...'
            kind = "direct" if full and not title_cue else "partial"  # a headline's words wait for their echo
            end = last_complete_sentence(text, m)  # a quote the page's end cut off: up to its last whole sentence
            q = Quote(id="", text=text[m.start:end], start=m.start, end=end, kind=kind, speaker=speaker,
                      cue=cue.text if cue is not None else None)
            if cue is not None and cue.i not in noun_ids:
                q.addressee = addressee_of(cue, index)
                q.channel = channel_of(cue)
                q.said_on = date_of(cue, published, index)
            if speaker is not None:
                timeline.append((m.start, speaker))
            found.append((m, q, cue))
        except Exception:  # one odd quote must not cost the article its other quotes
            dropped(m, "error")
            found.append((m, None, None))
    timeline.sort(key=lambda x: x[0])
    starts = [p for p, _ in timeline]
    out: list[Quote] = []
    entries: list[Quote] = []
    for n, (_m, q, _cue) in enumerate(found):
        if q is None:
            continue
        if n in heads:
            continue  # resolved below, once every quote after it has its speaker
        if n in held:
            out.append(q)
            continue
        if q.speaker is None and entry_heading(text, *line_bounds(text, q.start)):
            entries.append(q)  # a live page's entry heading: named in its entry, below it
            continue
        if q.speaker is None:
            q.speaker = _carry_over(text, found, n, timeline, starts, index, doc)
            if q.kind == "partial" and q.start >= titles and not _reporting_body(q.speaker, index):
                q.speaker = _clause_subject(doc, index, q) or q.speaker  # 'X has "no mandate ..."': X's words
            if q.speaker is None and q.kind == "partial" and q.start >= titles:
                dropped(q, "fragment_no_speaker")
                continue  # a headline fragment waits for the body quote that repeats it (_headline_echoes)
        out.append(q)
    for n in heads:
        q = found[n][1]
        if q is not None:
            lb = line_bounds(text, q.start)[1]
            label = len(_words(q.text)) <= LABEL_WORDS and not is_predicate(doc, q)  # 'Democratic means', not
            # 'Fatally damaged'
            q.speaker = pull_quote_name(index, lb) or speaker_below(text, q, lb, out, timeline, starts, indirect, label)
            if q.speaker is not None:
                out.append(q)
            else:
                dropped(q, "crosshead_no_speaker")
    for q in entries:
        q.speaker = entry_speaker(text, q, line_bounds(text, q.start)[1], out, timeline, starts,
                                  lambda a, b: _name_line(text, a, b, index))
        if q.speaker is not None:
            out.append(q)
        else:
            dropped(q, "entry_no_speaker")
    out.sort(key=lambda q: q.start)
    return out


def _name_line(text: str, a: int, b: int, index) -> Speaker | None:
    """The person whose name is all a line holds ('    Adam Fleming' opening a live page's entry)."""
    line = text[a:b].strip()
    start = a + text[a:b].find(line)
    ent = index.at_char(start, start + len(line))
    if ent is None or ent.type != "PERSON" or not any(s <= start and start + len(line) <= e for s, e in ent.mentions):
        return None
    return Speaker(name=ent.name, entity=ent.id, mention=line, start=start, end=start + len(line))


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
        if t.head.i == t.i or t.dep_ == "ROOT" or t.head.idx >= pos:
            break  # the parser often makes the quotation the root: stop before it
        t = t.head
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
    subj = next((c for c in subjects if not time_stamp(c)), subjects[0] if subjects else None)
    if subj is None or subj.i not in index.tok2ent and subj.pos_ != "PRON":
        owner = colon_verdict_owner(t, index.tok2ent)  # 'For X, the answer is simple:'
        if owner is not None and index.in_quote(owner.idx) is None:
            return speaker_from(owner, index)
    if subj is None and t.pos_ in ("PROPN", "NOUN") and t.idx < pos:
        label = verb_label_speaker(t, index)  # 'Tweets: "..."' below the name line 'Jo Roe, political editor'
        if label is not False:
            return label
        subj = t  # a headline: 'Sunak: "We will not rejoin"'
    if subj is None or index.in_quote(subj.idx) is not None:
        return None
    return speaker_from(subj, index)


def _reporting_body(sp: Speaker | None, index) -> bool:
    """A body's words carry on through sentences about what others did ('the ministry said. ... X and Y
    exchanged views on "..."': a readout's words), a person's do not."""
    ent = index.entity(sp.entity) if sp is not None and sp.entity else None
    return ent is not None and ent.type in ("ORG", "GPE", "NORP")


def _clause_subject(doc, index, q) -> Speaker | None:
    """A quoted fragment in a sentence with no cue ('X has "no mandate to ..." but is "always at Y's disposal"',
    'Chanting "...", many protesters marched'): the named subject of the sentence's main verb, standing before the
    fragment outside quotation marks, said those words, rather than the person who spoke last; not a thing, an
    unnamed noun ('The plan faces "..."') or a country or body (a readout's 'X said that ... . Kestmark will handle
    it "in accordance with the law"' goes on X's account). Not after a body's words (``_reporting_body``)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if "(" in doc_text(doc)[doc[span.start].sent.start_char:q.start].rsplit(")", 1)[-1]:
        return None  # a fragment in brackets: an aside, not what the subject says
    verb = span.root
    for _ in range(2):  # the verb the fragment hangs on ('has "no mandate"', 'is "always at ..."')
        if verb.pos_ in ("VERB", "AUX") and not span.start <= verb.i < span.end or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # '... but is "always at Y's disposal"': the first verb's subject
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT" or span.start <= verb.i < span.end:
        return None  # 'because X wanted ..., so he considered "..."': a clause inside someone else's account
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= span.start or index.in_quote(subj.idx) is not None:
        return None
    k = index.tok2ent.get(subj.i)  # a name, not a pronoun: 'so he considered "..."' goes on someone's account
    if k is None and not (subj.tag_ == "NNS" and subj.lower_ in person_words().plural_person_heads):
        return None
    if k is not None and index.entities[k].type != "PERSON":
        return None  # 'X said that ... . Kestmark will handle it "in accordance with the law"': X's account goes on
    return speaker_from(subj, index)


def _speaking_subject(doc, index, m) -> Speaker | None:
    """A quoted fragment in the object of a verb of speaking that reports no clause ('spoke of "the tremendous
    honour" he felt', 'wrote about "a country that works"', 'addressed "the people of Wales"') or the direct object
    of a verb of expressing ('expressed "deep regret"', 'voiced "serious concern"'): the verb's subject said those
    words."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span.root
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "about"):
        t = t.head  # 'spoke of "..."', 'wrote about "..."'
    elif t.dep_ != "dobj":
        return None  # 'talked "at length"': how, not what
    direct_object = t.dep_ == "dobj"
    t = t.head
    if t.pos_ != "VERB" or t.i > span.start or t.lemma_.lower() not in SPEAKING and not (
            direct_object and t.lemma_.lower() in EXPRESSING):  # 'expressed "deep regret"': what he expressed
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
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


def _line_label(text: str, la: int, pos: int, index) -> Speaker | None:
    """A transcript line 'Lin Mei: We hope ... "concrete results"': the person named before the colon
    (``text_lines.line_label``)."""
    found = line_label(text, la, pos, index, 60, 5)
    if found is None or found[2] is None:
        return None
    label, colon, ent = found
    return Speaker(name=ent.name, entity=ent.id, mention=label.strip(), start=la, end=colon)


def _carry_over(text, found, n, timeline, starts, index, doc) -> Speaker | None:
    """A quote standing alone: the speaker of a neighbouring quote, else the last speaker before it."""
    m = found[n][0]
    la, lb = line_bounds(text, m.open)
    label = _line_label(text, la, m.open, index)
    if label is not None:
        return label
    if found[n][2] is None and not text[la:m.open].strip() and not text[m.close:lb].strip():
        label = pull_quote_name(index, lb)  # '"We will not be bullied."' over the name line 'Jo Roe, campaigner'
        if label is not None:
            return label
    if found[n][2] is None:  # no cue at all (a cue whose speaker was not found keeps to the timeline)
        prev_close = found[n - 1][0].close if n > 0 else 0
        opens = not text[la:m.open].strip()  # the quote opens its paragraph: the paragraph above may bring him in
        named = named_subject_before(doc, index, m.open, prev_close if opens else max(la, prev_close), starts)
        if named is not None:
            return named
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
