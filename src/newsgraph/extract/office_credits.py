"""A heading that credits its statement to an office, a body or a group after a colon or dash ('Ferries resume
sailing on Monday: official', 'N. Vostria fires two rockets: defence ministry', 'Talks may need another round -
diplomats', 'Port blockade lifted - reports'): agency and BBC headlines name the source by its role and the story
below names it in full. The statement is the speaker's whom the story's first lines give for the same words (the
statement below that repeats most of the heading's words), or, for a single office ('official', 'spokesperson'),
the first person the story quotes; a group with no statement below keeps its own words ('diplomats'). The heading
must state something with a finite verb (credited_headings checks it); a topic label after the mark ('Live
updates', 'What we know') is no office."""
from __future__ import annotations

from ..model import Quote, Speaker
from .crossheads import SMALL, stem
from .cues import norm_word, person_words
from .quote_filters import WORD

BODIES = frozenset({"ministry", "department", "office", "government", "police", "army", "military", "embassy",
                    "sources", "source", "reports", "report", "media", "officials", "authorities", "spokesperson",
                    "spokesman", "spokeswoman", "diplomats", "analysts", "experts", "witnesses", "residents"})
GROUPS = frozenset({"diplomats", "sources", "officials", "authorities", "analysts", "experts", "witnesses",
                    "residents", "police", "media", "reports"})
TAIL_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET"})
MAX_TAIL = 4  # 'S. Vostria's defence ministry', 'senior official'
WINDOW = 1500  # characters below the heading in which the statement naming the source starts
ECHO_WORDS = 2  # heading words a statement below must repeat ...
ECHO_SHARE = 0.4  # ... and this share of them
FUNCTION_WORDS = SMALL | {"be", "are", "was", "will", "would", "may", "could", "can", "not", "has", "have", "its"}


def office_credited(doc, index, body: tuple[int, int], tail, lb: int, indirect: list[Quote], mark: str):
    """The heading's statement (chars ``body``) credited to the office in ``tail`` (a span after the mark, the
    heading line ending at ``lb``), with the speaker the story below gives; None when ``tail`` is no office or body,
    or no speaker is found."""
    words = [t for t in tail if not t.is_punct]
    if not 0 < len(words) <= MAX_TAIL or any(t.pos_ not in TAIL_POS and not (t.tag_ == "POS") for t in words):
        return None
    head = words[-1]
    pw = person_words()
    key = norm_word(head.lower_)
    lemma = norm_word(head.lemma_.lower())
    single = pw.expand(lemma) in pw.titles or lemma in pw.titles
    if not (single or key in BODIES or lemma in BODIES):
        return None
    s, e = _after_label(index.text, *body)
    below = [q for q in indirect if lb < q.start < lb + WINDOW and q.speaker is not None]
    speaker = _echo(index.text[s:e], below)
    if speaker is None and single and key not in GROUPS and below:
        first = below[0]  # 'Talks went well: official' over 'X, the envoy, told reporters that ...'
        ent = index.entity(first.speaker.entity) if first.speaker.entity is not None else None
        named = first.speaker.name[:1].isupper() and first.speaker.name.lower() not in pw.titles
        speaker = first.speaker if (ent.type == "PERSON" if ent is not None else named) else None
    if speaker is None and key in GROUPS and key not in ("reports", "media"):
        return Quote(id="", text=index.text[s:e], start=s, end=e, kind="indirect",
                     speaker=Speaker(name=tail.text, entity=None, mention=tail.text, start=tail.start_char,
                                     end=tail.end_char), cue=mark)
    if speaker is None:
        return None
    return Quote(id="", text=index.text[s:e], start=s, end=e, kind="indirect",
                 speaker=Speaker(name=speaker.name, entity=speaker.entity, mention=tail.text, start=tail.start_char,
                                 end=tail.end_char), cue=mark)


def _after_label(text: str, s: int, e: int) -> tuple[int, int]:
    """The statement's bounds less a label before it ('Interview: X sees ...', '(LEAD) X fires ...'): a colon
    after at most three words with no verb, or a bracketed tag opening the line."""
    if text[s:s + 1] == "(":
        k = text.find(")", s, e)
        if 0 < k - s <= 12:
            s = k + 1
    k = text.find(": ", s, e)
    if k > 0 and len(text[s:k].split()) <= 3 and not any(w.lower().endswith(("s", "ed")) and w.islower()
                                                          for w in text[s:k].split()):
        s = k + 2
    while s < e and text[s] == " ":
        s += 1
    return s, e


def _content(text: str) -> set[str]:
    return {stem(w) for w in WORD.findall(text) if len(w) > 2 and w.lower() not in FUNCTION_WORDS}


def _echo(heading: str, below: list[Quote]):
    """The speaker of the statement below that repeats most of the heading's content words, else None."""
    words = _content(heading)
    if len(words) < ECHO_WORDS:
        return None
    best = None
    for q in below:
        n = len(words & _content(q.text))
        if n >= ECHO_WORDS and n >= ECHO_SHARE * len(words) and (best is None or n > best[0]):
            best = (n, q)
    return best[1].speaker if best is not None else None
