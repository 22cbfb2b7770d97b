"""Where a reported clause ends when the speaker's next act is coordinated after it: 'The minister said she had
no news and referred reporters to the ministry', 'told the radio his country did not want a weak deal and
referred to points still open', 'saying the complaints are bogus and questioning her account'. The parser hangs
the second verb on the reported clause's verb (a conjunct), so the span runs on; but a verb of saying or
referring with no subject of its own, in the same form as the cue ('said ... and referred', 'saying ... and
questioning'), is the speaker's second act, not more of what was said. A conjunct that is not a speech act
('said the army had seized the town and killed twenty rebels') stays in the clause, and so does the reported
speaker's own second act ('said X welcomed the deal and urged ...', speaker_syntax.reported_second_act)."""
from __future__ import annotations

from .speaker_syntax import reported_second_act
from .speakers import is_cue_token

SPEAKER_ACTS = frozenset({"refer", "contrast", "question"})  # acts of the speaker outside the speech lexicon
SAME_FORM = {"VBD": {"VBD"}, "VBZ": {"VBZ"}, "VBP": {"VBP", "VB"}, "VBG": {"VBG"}, "VBN": {"VBN", "VBD"}}
SUBJECTS = ("nsubj", "nsubjpass", "expl")


def speaker_conjunct_cut(doc, cue, s: int, e: int) -> int:
    """The char offset where the clause (chars ``s``-``e``, after ``cue``) ends before a conjunct that is the
    speaker's own next act (see the module's docstring), else ``e``."""
    forms = SAME_FORM.get(cue.tag_)
    if forms is None or cue.pos_ not in ("VERB", "AUX"):
        return e
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 4:
        return e
    for t in span[2:]:
        if t.dep_ != "conj" or t.pos_ != "VERB" or t.tag_ not in forms or not span.start <= t.head.i < t.i:
            continue
        head = t.head
        if not (head.dep_ in ("ccomp", "xcomp") and head.head.i == cue.i or head.i == cue.i):
            continue  # the conjunct of a verb inside the clause, not of the clause's own verb
        if head.i == cue.i or head.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in head.children) or \
                any(c.dep_ in SUBJECTS for c in t.children):
            continue  # an infinitive with no subject of its own ('vowed to X and Y'), or a conjunct with one
        if not (t.lemma_.lower() in SPEAKER_ACTS or is_cue_token(t)) or reported_second_act(t):
            continue  # (not 'said X welcomed the deal and urged ...': X's second act, reported too)
        end = t.i
        while end > span.start and (doc[end - 1].dep_ in ("cc", "advmod") and doc[end - 1].i > head.i or
                                    doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1  # back over 'and', 'and also', a comma
        if end - span.start < 3:
            return e
        return doc[end - 1].idx + len(doc[end - 1].text)
    return e
