"""Headline English that puts what was said first and its speaker after a comma or colon: 'Grain exports to
resume next month, says Norland minister', 'Ferry chief detained after sinking, police say', 'Talks ready to
resume: foreign minister says'. The parser often reads the front as the subject of 'says' and the speaker as a
loose 'dep', so the verb has no clause and no subject the other rules take; in a line without a closing full
stop (a headline, crosshead or bullet) the front, up to the comma, colon or dash, is the reported clause and the
bare noun phrase on the other side of the verb is its speaker, when the page names who that is (headline_speaker)."""
from __future__ import annotations

from ..model import Quote, Speaker
from .clause_bounds import FRONTING
from .cues import norm_word, person_words
from .speaker_syntax import is_cue_token
from .speakers import description_like
from .text_lines import unclosed_line

SEPARATORS = frozenset({",", ":", "-", "\u2013", "\u2014"})
LINE_ENDS = (".", "?", "!", ".\"", ".\u201d", ".'", ".\u2019")
SPEAKER_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"})
MAX_SPEAKER = 7  # tokens of a speaker phrase ("Norland's deputy foreign minister")


def _speaker_head(phrase):
    """The one token of a bare noun phrase whose head lies outside it (its head noun), else None: no verb,
    pronoun, punctuation other than a possessive, nor a phrase longer than MAX_SPEAKER."""
    if not 0 < len(phrase) <= MAX_SPEAKER or any(
            t.pos_ not in SPEAKER_POS or (t.pos_ == "PART" and t.lower_ not in ("'s", "\u2019s")) for t in phrase):
        return None
    lo, hi = phrase[0].i, phrase[-1].i
    heads = [t for t in phrase if not lo <= t.head.i <= hi or t.head.i == t.i]
    nouns = [t for t in heads if t.pos_ in ("NOUN", "PROPN")]
    if len(nouns) == 1:
        return nouns[0]
    last = phrase[-1]
    return last if last.pos_ in ("NOUN", "PROPN") and not nouns else None


def headline_front(doc, index, cue):
    """((start, end) token range of the fronted report, speaker head token, "headline") for a present-tense verb of saying
    (speech_cues fronting_verbs, 'says'/'say'/'warns') in a line with no closing full stop, after a comma, colon
    or dash that ends the report, with a bare noun phrase as its speaker right after it ('..., says X') or
    between the separator and it ('..., X says'), and nothing else on the line; else None. Not a report holding
    another cue verb, nor one of fewer than two words."""
    if cue.tag_ not in ("VBZ", "VBP") or cue.lemma_.lower() not in FRONTING or \
            any(c.dep_ in ("ccomp", "xcomp", "dobj", "neg", "aux") and c.i > cue.i for c in cue.children):
        return None
    got = unclosed_line(index.text, cue.idx, LINE_ENDS)
    if got is None:
        return None
    a, line = got
    end = a + len(line)
    lo = cue.i
    while lo > 0 and doc[lo - 1].idx >= a:
        lo -= 1
    hi = cue.i + 1
    while hi < len(doc) and doc[hi].idx < end:
        hi += 1
    sep = next((j for j in range(cue.i - 1, lo, -1) if doc[j].text in SEPARATORS and (
        doc[j].text != "-" or doc[j].whitespace_)), None)  # not the hyphen of 'year-long'
    if sep is None:
        return None
    before = doc[sep + 1:cue.i]
    after = [t for t in doc[cue.i + 1:hi] if not t.is_space]
    while after and after[-1].is_punct:
        after.pop()
    if len(before) and after:
        return None  # '..., X says Y': a speaker on both sides is some other shape
    head = _speaker_head(before if len(before) else after)
    if head is None:
        return None
    report = [t for t in doc[lo:sep] if not t.is_punct and not t.is_space]
    if len(report) < 2 or any(is_cue_token(t) for t in doc[lo:sep]):
        return None
    return (lo, sep), head, "headline"


def headline_speaker(cue, index, sep: int, head, found):
    """The speaker of a headline report (``head`` from headline_front, ``sep`` its separator's index; ``found`` what
    speakers.speaker_from made of the head): ``found`` when it names someone at the phrase itself ('says
    Erdogan'); for an office or title ('says Tory MP', 'foreign minister says') an OfficeSpeaker, which the
    naming steps after extraction may turn into the person the page names (the statement is left out at the end
    if none does: unnamed_offices); else None. A group the headline echo would hand to a person of the body
    ('police say' above '..., a police spokeswoman said') is left out."""
    doc = cue.doc
    start = max(head.left_edge.i, sep + 1 if head.i < cue.i else cue.i + 1)  # the phrase on its side of the verb,
    s, e = doc[start].idx, head.idx + len(head.text)  # whatever the parser hung on the head across it
    pw = person_words()
    if found is not None and found.entity is not None and found.start is not None and s <= found.start < e:
        ent = index.entity(found.entity)
        if ent is None or not description_like(ent, pw):
            return found
    if pw.expand(norm_word(head.lemma_)) not in pw.titles and head.lower_ not in pw.titles:
        return None
    words = doc[start:head.i + 1].text
    return OfficeSpeaker(name=words, entity=None, mention=words, start=s, end=e)


class OfficeSpeaker(Speaker):
    """A headline office the steps after extraction may name ('says Tory MP', then 'Sir Hugh Penrose' below)."""


class OfficeQuote(Quote):
    """A headline statement whose speaker is an office (OfficeSpeaker) when extracted: left out at the end unless
    some step named the person (unnamed_offices)."""


def unnamed_offices(index, quotes: list) -> list:
    """``quotes`` less the headline statements of an office no step named (no entity, or one that is itself a
    description the name finder took for a person, 'Tory MP')."""
    pw = person_words()

    def named(q) -> bool:
        ent = index.entity(q.speaker.entity) if q.speaker is not None and q.speaker.entity is not None else None
        return ent is not None and not description_like(ent, pw)
    return [q for q in quotes if not isinstance(q, OfficeQuote) or named(q)]
