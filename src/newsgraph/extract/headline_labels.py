"""Quoted fragments in a headline: 'Minister: X will "step aside" if ...' and 'Envoy to Y: we won't pay for "that
wall"' are the words of the one named before the colon, cue or not; a fragment with no speaker of its own may
still take the speaker of the body quote that repeats it (``headline_quotes._headline_echoes``), so the caller
keeps it until then. On a live page a verb of saying before the colon ('Tweets: "..."') is no name: the line's words
are those of the person on the name line above it."""
from __future__ import annotations

import re

from ..model import Speaker
from .cues import norm_word, person_words, speech_cues
from .source_lexicon import canonical_outlet
from .text_lines import line_end, line_start

HEADLINE_MAX = 200
SPEAKER_TYPES = {"PERSON", "ORG"}  # the name finder often takes a hyphenated surname for an organisation


def headline_end(text: str) -> int:
    """End of the headline line, or 0 when the first line reads as a paragraph (a sentence-final mark, or long)."""
    end = text.find("\n")
    if end <= 0 or end > HEADLINE_MAX or text[:end].rstrip()[-1:] in (".", "?", "!"):
        return 0
    return end


TITLE_LINES = 6  # page furniture above a headline: a menu entry, a section name, a banner


def title_end(text: str) -> int:
    """End of the title block: the lines before the first one that reads as a paragraph (a sentence-final mark, or
    long), at most ``TITLE_LINES`` of them. On a page that opens with furniture ('Left Menu', 'All news') the
    headline is one of these lines; on a page that opens with the headline it is ``headline_end`` or later."""
    end, pos = 0, 0
    for _ in range(TITLE_LINES):
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        nl = line_end(text, pos)
        line = text[pos:nl].rstrip()
        if not line or nl - pos > HEADLINE_MAX or line[-1] in (".", "?", "!") or nl >= len(text):
            break
        end, pos = nl, nl
    return end


def colon_label(doc, index, open_at: int, subject_before) -> Speaker | None:
    """The person named before a colon that comes before the fragment in the headline ('Smith: ... "..."'); a
    bare surname the name finder missed in the headline is the body's only person of that surname. A place or
    a topic before the colon ('Estavia: ...', 'Ukraine war: ...') names no speaker."""
    colon = index.text.rfind(":", 0, open_at)
    if colon <= 0 or index.in_quote(colon) is not None:
        return None
    sp = subject_before(doc, index, colon)
    if sp is not None and sp.entity is not None:
        ent = index.entity(sp.entity)
        if ent is not None and ent.type in SPEAKER_TYPES:
            return sp  # not a place or a topic label ('Estavia: ...', 'Ukraine war: ...')
    label = index.text[:colon].strip()
    if not label or " " in label:
        return None
    span = doc.char_span(max(0, colon - 1), colon, alignment_mode="expand")
    if span is None or not len(span) or span[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    word = span[-1]
    people = {e.id: e for e in index.entities if e.type == "PERSON" and e.name.split()[-1] == word.text}
    if len(people) != 1:
        return None
    ent = next(iter(people.values()))
    return Speaker(name=ent.name, entity=ent.id, mention=word.text, start=word.idx, end=word.idx + len(word.text))


NAME_LINE_WORDS = 12  # 'Jo Roe, political editor of The Lantern': a name line, not a paragraph


def verb_label_speaker(t, index) -> Speaker | None | bool:
    """A line opening with a verb of saying before its colon ('Tweets: "..."', 'Writes: "..."') below a live
    page's name line ('Jo Roe, political editor of X'): the person of that line. False when the word before the
    colon is no such verb; None when it is one but the line above names nobody (the verb is no speaker either)."""
    text = index.text
    line = line_start(text, t.idx)
    word = t.lower_
    if text[line:t.idx].strip() or not any(speech_cues().is_verb_cue(w) for w in (word, t.lemma_.lower(),
                                                                                 word[:-1] if word.endswith("s") else word)):
        return False
    end = line - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    start = line_start(text, end)
    if end <= start or len(text[start:end].split()) > NAME_LINE_WORDS:
        return None
    first = text[start:end].split(",")[0]
    ent = index.at_char(start, start + len(first))
    if ent is None or ent.type != "PERSON" or not any(s == start for s, _ in ent.mentions):
        return None
    return Speaker(name=ent.name, entity=ent.id, mention=first.strip(), start=start, end=start + len(first.rstrip()))


DASH_TAIL = re.compile(r"[ \t]*(?:--|[-\u2013\u2014])[ \t]+(?=[A-Z])")  # "... 'serious danger' - Gerry Carroll"
NAME_POS = frozenset({"PROPN", "NOUN"})
TAIL_WORDS = 6  # 'Zimbabwe police say sorry': the name and at most a short verb phrase


def dash_label(doc, index, close: int, lb: int, speaker_of) -> Speaker | None:
    """A heading line in the British form "Public services in 'serious danger' - Gerry Carroll", "'We respect the
    media' - Zimbabwe police say sorry": the quotation closing right before the dash is the words of the one named
    after it, whether or not the body repeats them. ``speaker_of`` reads the name's token. Not a site's name
    ("... 'unacceptable' - Brenmoor Gazette"), nor words after the dash that name no one."""
    m = DASH_TAIL.match(index.text, close, lb)
    if m is None or len(index.text[m.end():lb].split()) > TAIL_WORDS:
        return None
    tail = index.text[m.end():lb].strip()
    if canonical_outlet(tail) is not None or canonical_outlet(tail.rsplit(" ", 1)[0]) is not None:
        return None  # a page title's site name
    span = doc.char_span(m.end(), lb, alignment_mode="contract")
    if span is None or not len(span):
        return None
    run = []
    for t in span:
        if t.pos_ not in NAME_POS and not (run and t.tag_ == "POS"):
            break
        run.append(t)
    if not run:
        return None
    head = next((t for t in run if not run[0].i <= t.head.i <= run[-1].i or t.head.i == t.i), run[-1])
    sp = speaker_of(head, index)
    if sp is None or sp.entity is None and person_words().expand(norm_word(head.text)) not in person_words().titles:
        return None  # a name the page knows or an office ('- Minister'), not 'Reality Check'
    return sp
