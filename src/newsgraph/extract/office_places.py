"""The country an office phrase names in its 'of' phrase ('the Prime Minister of Norland', 'The President of the
Republic of Kestria'): a readout's or report's way of writing an office held in that country."""
from __future__ import annotations

from .actor_countries import country_of


def of_country(tok) -> str | None:
    """The country code of the place in ``tok``'s own 'of' phrase ('Prime Minister of Norland' -> Norland's), when
    that phrase is a capitalised place and nothing else; else None."""
    for c in tok.rights:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or not obj.text[:1].isupper():
            return None
        words = [t for t in obj.subtree if t.dep_ != "det"]
        return country_of(" ".join(t.text for t in words))
    return None
