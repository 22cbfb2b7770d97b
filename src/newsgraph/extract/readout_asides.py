"""What a participle after a comma points out (issue #3): 'X said today, highlighting the adoption of six
resolutions', 'raised the issue of Y, mentioning the recent visit to Y by Z', 'recalled the resolution, noting full
cooperation by all States as ...'. The participle carries on its clause's subject, and its object noun phrase is
what that speaker pointed out; the genre gold keeps it on readouts and in news copy alike, where the bare verb of
newspaper prose ('noted the irony') is left to ``position_range``. The verbs are the readout lexicon's
``aside_verbs``, those of pointing a thing out (highlight, mention, note); a participle of emphasis after a quotation
('said X, underscoring the extent to which ...') glosses the quoted words, and stress / underscore keep to the stated
positions of ``position_range``."""
from __future__ import annotations

from .readout_content import ReadoutCues, _object_content


def aside_range(verb, cues: ReadoutCues) -> tuple[int, int] | None:
    """The token range of the object a participle of an aside verb after a comma points out, else None (no such
    participle, no noun-phrase object after it, or a bare noun: nothing stated)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.lemma_.lower() not in cues.aside_verbs:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i < verb.i or obj.pos_ == "PRON":
        return None
    rng = _object_content(verb, cues)
    return rng if rng is not None and rng[1] > obj.i + 1 else None
