"""An indefinite role speaker ('a spokesman said Wednesday', 'an Interior Ministry spokeswoman said', 'A government
minister said that ...') whose role the page gives, a little further down, to a person it names with that same
role word: 'X, a spokesman for the chancellor, told reporters', 'spokeswoman X told journalists', 'Justice
Minister X said'. The description introduced that person (agency and BBC usage: the role first, the name below).
Counted over the dev half: gold names the person 8 of 8 spans (7 pages) when the same role word stands in the
name's own title phrase within WINDOW characters after the description."""
from __future__ import annotations

import re

from .actor_countries import phrase_country
from .cues import norm_word
from .speakers import description_like

WINDOW = 1500
GENERIC_MODS = frozenset({"a", "an", "the", "one", "senior", "top", "leading", "former", "chief", "deputy",
                          "high-ranking", "veteran", "junior", "acting", "new", "official"})
# anonymous roles that many people on one page share ('a senior official', 'a source', 'a resident'): one named
# official below is not the one who spoke
SHARED_ROLES = frozenset({"official", "officials", "source", "sources", "member", "person", "resident", "witness",
                          "worker", "employee", "student", "protester", "demonstrator", "critic", "supporter",
                          "expert", "analyst", "insider", "staffer", "officer", "diplomat", "official's"})
# or in an apposition after it: 'X, a spokesman for the chancellor,', 'X, special envoy for ...'
_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s+)?([^,.;:\n\"\u201c\u201d]{0,50}?)(?=[,.;\n]|\s+(?:for|of|at|to|in)\b|$)")


def _word(w: str) -> str:
    w = w.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _role_phrase(text: str, start: int, end: int, role: str) -> str | None:
    """The title phrase of the name at [start, end) when it has ``role`` (a lower-case word, compared as written:
    'spokeswoman' is not 'spokesman'), right before the name or in an apposition right after it; else None."""
    chunk = re.split(r"[,.;:!?()\"\u201c\u201d\n]", text[max(0, start - 60):start])[-1]
    words = chunk.split()[-6:]
    at = max((n for n, w in enumerate(words) if _word(w) == role), default=None)
    if at is not None and all(w[:1].isupper() for w in words[at + 1:]):
        return " ".join(words)  # 'Green Party justice spokesperson X', 'Justice Minister X'
    post = _AFTER.match(text, end, min(len(text), end + 80))
    if post is not None and role in {_word(w) for w in re.findall(r"[A-Za-z]+", post.group(1))}:
        tail = re.match(r"[^.;\n]*", text[post.end():post.end() + 60]).group(0)
        return post.group(1) + tail.split(",")[0]
    return None


def _kinds(words) -> set[str]:
    """The lower-case words that say which role it is ('government', 'justice', 'military'), not its rank."""
    return {w for w in words if w.isalpha() and w.islower() and w not in GENERIC_MODS}


def _caps(words) -> set[str]:
    return {w.lower() for w in words if w[:1].isupper() and w.lower() not in ("a", "an", "the")}


def role_named_below(doc, index, sp, pw):
    """The first person named within WINDOW characters after the indefinite description ``sp`` (not inside a
    quotation) whose title phrase carries the description's head word, or None. Offices and serving roles only
    (spokesperson, envoy, minister, adviser, senator ...); not the roles many unnamed people share."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.tag_ not in ("NN", "NNP") or head.lower_ in SHARED_ROLES:
        return None
    key = pw.expand(norm_word(head.lemma_))
    if key not in pw.titles or key in pw.generic_office_words or key in SHARED_ROLES:
        return None
    role = _word(head.text)
    marks = _caps(t.text for t in span if t.i != head.i)  # 'Vestian', 'Interior Ministry'
    kinds = _kinds(t.text for t in span if t.i < head.i)  # 'government', 'military'
    nation = phrase_country(head)
    text = index.text
    best = None
    for ent in index.entities:
        if ent.type != "PERSON" or description_like(ent, pw):
            continue
        if nation is not None and ent.country is not None and ent.country != nation:
            continue  # 'a Norland spokesman' is not Vestia's spokesman named below
        for s, e in ent.mentions:
            if not (sp.end < s <= sp.end + WINDOW and (best is None or s < best[0])) or index.in_quote(s) is not None:
                continue
            phrase = _role_phrase(text, s, e, role)
            if phrase is None:
                continue
            words = re.findall(r"[\w'\u2019-]+", phrase)
            own = _caps(words) - {w.lower() for w in ent.name.split()}
            if marks and own and not marks & own:
                continue  # 'A Vestian spokesman' is not 'X, a Korvan spokesman'
            kind = _kinds(words[:next((n for n, w in enumerate(words) if _word(w) == role), len(words))])
            if kinds and kind and not kinds & kind:
                continue  # 'A government spokesperson' is not 'Green Party justice spokesperson X'
            best = (s, ent)
            break
    return None if best is None else best[1]
