"""Countries, international organisations and institutions named in a text: a whole name, adjective or capital
("Chinese" -> CHN), the first country named anywhere in a phrase ("China's defense minister"), a nationality
describing a person ("Iranian cleric X"), a country cue ("Sen.", "Republicans"), an IGO ("NATO" -> IGOWSTNAT)
or an institution named exactly ("ANC" -> ZAFPTY), and the country a title phrase's modifiers name.
"""
from __future__ import annotations

from .actor_names import norm_spaces, strip_name
from .actor_tables import code_tables, remembered


@remembered("country")
def country_hit(text: str) -> tuple[str, str] | None:
    """(ISO3, kind) when ``text`` as a whole is a country name, adjective or capital."""
    t = code_tables()
    s = strip_name(text)
    if not s or not s[0].isupper():
        return None
    hit = t.exact_cased.get(s) or t.exact.get(s.lower())
    if hit is None and s.lower().startswith("the "):
        hit = t.exact.get(s.lower()[4:])
    if hit is None:
        hit = t.exact.get(("the " + s).lower())
    return hit


def country_of(text: str) -> str | None:
    """ISO3 code for a country name, nationality adjective or capital in ``text`` ("Chinese" -> CHN).

    A whole-string match wins; otherwise the first country named anywhere in the text
    ("China's defense minister" -> CHN).
    """
    if not text:
        return None
    hit = country_hit(text)
    if hit:
        return hit[0]
    m = code_tables().country_rx.search(norm_spaces(text))
    if not m:
        return None
    found = country_hit(m.group(0))
    return found[0] if found else None


def country_kind(text: str) -> tuple[str, str] | None:
    """(ISO3, kind) when ``text`` is a country's name ("name"), adjective ("adj"), capital or seat
    of government ("capital") or a large city or region ("place")."""
    return country_hit(text) if text else None


def institution_code(text: str) -> str | None:
    """Code of the institution or party institutions.tsv names exactly by ``text`` ('ANC' -> ZAFPTY), else None."""
    return code_tables().inst.get(strip_name(text).lower()) if text else None


def igo_of(text: str) -> str | None:
    """IGO code for an international organisation named in ``text`` ("NATO" -> IGOWSTNAT)."""
    if not text:
        return None
    t = code_tables()
    s = strip_name(text)
    code = t.igo_cased.get(s) or t.igo.get(s.lower())
    if code:
        return code
    m = t.igo_rx.search(norm_spaces(text))
    if not m:
        return None
    g = m.group(0)
    return t.igo_cased.get(g) or t.igo.get(g.lower())


def described_nationality(name: str) -> str | None:
    """Country of a nationality adjective describing a person before the name ("Saudi dissident
    X", "Iranian cleric X"); a country's name inside a person's name is no nationality ("Jordan
    Peterson")."""
    norm = norm_spaces(name)
    for m in code_tables().country_rx.finditer(norm):
        hit = country_hit(m.group(0))
        if hit and hit[1] == "adj" and m.end() < len(norm) and len(norm[m.end():].split()) >= 2:
            return hit[0]
    return None


def country_cue(*texts: str | None) -> str | None:
    """Code of the first country cue (country_cues.tsv: "Sen.", "Republicans") in the texts."""
    t = code_tables()
    for text in texts:
        if text:
            m = t.cue_rx.search(text)
            if m:
                return t.cue[m.group(0)]
    return None


def phrase_country(tok) -> str | None:
    """The country a title phrase names in its modifiers ("the Valdorian defense chief", "China's envoy")."""
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.text[:1].isupper() and len(c.text) > 2:
            try:
                code = country_of(c.text)
            except Exception:  # the coder's tables are data: never fail resolution on them
                code = None
            if code:
                return code
    return None
