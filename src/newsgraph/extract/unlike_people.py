"""Names the tagger called a person that the page itself shows are no one's: a party, country or plain word read
as a one-word person ('The voters wanted Corvan to proceed ..., he told the chamber', where 'Corvan' is the party of
'the Corvan-Green pact'; 'Draft "talking points" showed ...' at the head of a sentence, where the page also writes
'the final draft'). A 'he' or 'she' does not stand for such a name (pronouns._fits)."""
from __future__ import annotations

import re


def unlike_person(k: int, index) -> bool:
    """Whether the entity ``k`` typed PERSON is one word with no title and no sex the page told (honorific, title,
    first name), which the page writes joined by a hyphen to another capitalised word ('Corvan-Green', 'Ostra-Corvan
    rail link': a party or country, as people's names in such pairs carry a title or honorific elsewhere) or also
    in lower case as a plain word ('draft'). Cached on the index."""
    cache = index.__dict__.setdefault("_unlike_people", {})
    if k in cache:
        return cache[k]
    e = index.entities[k]
    words = e.name.split()
    found = False
    if len(words) == 1 and e.type == "PERSON" and not e.title and index.gender.get(k) is None:
        w = words[0]
        if w.isalpha() and w[:1].isupper() and len(w) > 2:
            text = index.text
            w_ = re.escape(w)
            found = re.search(rf"(?<![\w-])(?:[A-Z][\w']*-{w_}|{w_}-[A-Z][\w']*)(?![\w-])", text) is not None or \
                re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text) is not None
    cache[k] = found
    return found
