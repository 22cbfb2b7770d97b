"""What an exchange of views was about: 'exchanged views on the situation in X', 'had an exchange of views on X'
(speech_cues exchange_objects): the token heading the topic after 'on', 'about', 'over' or 'regarding'."""
from __future__ import annotations

from .cues import speech_cues


def _topic(*holders):
    """The object of the first 'on/about/over/regarding' phrase hanging on any of ``holders``."""
    for holder in holders:
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "about", "over", "regarding"):
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def exchange_noun_topic(noun):
    """'had an exchange of views on X': the token heading X, else None."""
    objects = speech_cues().roles["exchange_objects"]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            views = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in objects), None)
            if views is None:
                continue
            return _topic(views, noun)
    return None


def exchange_topic(verb):
    """'exchanged views on the situation in X': the token heading what was talked about, else None."""
    objects = speech_cues().roles["exchange_objects"]
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in objects:
            return _topic(c, verb)
    return None
