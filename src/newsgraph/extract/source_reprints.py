"""The page's own outlet when the outlet given with a page names a news agency but its URL is another site's.

A page's input may give both a URL and an outlet, and the outlet given for a reprint is often the agency whose
copy the page runs: "AP" for a story on a local broadcaster's site, "Xinhua" on a paper's, or both names in one
("Marelia Herald (PTI)", "PTI (Marelia Herald)"). The URL says which site the page is on; on a site that is not
the agency's own (``source_wire.agency_site``) the page is a reprint, and the agency it credits in its dateline,
byline or credit line is a source, not its own outlet. So with a URL, an agency named in the given outlet counts
as the page's own only on its own site: the outlet left is the other name given, else none (the URL then names
the page's outlet, as when no outlet is given).
"""
from __future__ import annotations

import re

from .credit_lines import agency_named
from .source_lexicon import own_key
from .source_wire import SITE_SUFFIXES, agency_site

_PARTS = re.compile(r"\s*\(([^()]*)\)\s*$")  # 'Marelia Herald (PTI)': the name in brackets at the end


def outlet_parts(outlet: str) -> list[str]:
    """The names an outlet given as 'A (B)' joins, each as written: ['A', 'B']; one name otherwise."""
    m = _PARTS.search(outlet)
    if m is None or not outlet[:m.start()].strip():
        return [outlet.strip()]
    return [outlet[:m.start()].strip(), m.group(1).strip()]


def _initials_site(name: str, url: str) -> bool:
    """The site's name is the initials of the agency's capitalised words ('Norland Press Agency' on
    npa.example), alone or with 'news'/'net' after them."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper()).lower()
    label = own_key(url).split(".")[0]
    return len(initials) >= 2 and label.startswith(initials) and label[len(initials):] in SITE_SUFFIXES


def reprint_outlet(outlet: str | None, url: str | None) -> str | None:
    """The page's own outlet from the ``outlet`` given with it and its ``url``: the outlet as given, less a news
    agency it names whose own site the URL is not ('AP' on a site that runs AP copy gives None; 'Marelia Herald
    (PTI)' gives 'Marelia Herald'). Without a URL, the outlet as given."""
    if not outlet or not url or "://" not in url:
        return outlet
    parts = outlet_parts(outlet)
    kept = [p for p in parts if not (agency_named(p) and not agency_site(p, url) and not _initials_site(p, url))]
    if len(kept) == len(parts):
        return outlet
    return kept[0] if kept else None
