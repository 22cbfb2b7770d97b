"""The article's own outlet when nothing else names it: the one outlet that unnamed insiders talk to.

A source, an aide, an official or a spokesperson who "told X" without a name is how an article reports its own
reporting ("a source told Fox News", "a representative for his office told HuffPost", "Senate aides told The
Times"); another outlet's interviews are mostly with named people on a programme. An article has one own outlet,
so the inference is made only when that outlet is the only one anyone "told" in the text. With no URL either, an
outlet that several people talk to (in two sentences or more: "Ryan told Fox News ...", "In his interview with Fox
News, Ryan ...") is the own outlet too: another outlet's interview is mostly cited once, or with its host or
programme ("told CNN's Jake Tapper", "said on NBC's Meet the Press"), which is not a plain "told X".
"""
from __future__ import annotations

UNNAMED_TELLERS = frozenset({"source", "sources", "official", "officials", "aide", "aides", "spokesman", "spokeswoman",
                             "spokesperson", "spokespeople", "representative", "representatives", "insider",
                             "insiders", "agent", "agents", "staffer", "staffers", "adviser", "advisers", "advisor",
                             "advisors"})
TALK_VERBS = frozenset({"tell", "confirm", "say", "speak", "talk"})
# people who are unnamed only with "a", "one", "another" or a number: "a senior MP told the BBC", "two ministers
# told the BBC" (not "the minister", someone named before)
INDEFINITE_TELLERS = frozenset({"mp", "mps", "minister", "ministers", "backbencher", "backbenchers", "figure",
                                "figures", "member", "members", "diplomat", "diplomats", "ally", "allies",
                                "lawmaker", "lawmakers", "legislator", "legislators"})
INDEFINITE = frozenset({"a", "an", "one", "another", "two", "three", "several", "some"})


def _told_verb(root):
    """The verb an outlet was told through: "told X", "confirmed to X", "said to X", "spoke to X", or the noun of
    "an interview with X"."""
    head = root.head
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in TALK_VERBS:
        return head.head
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in ("interview", "interviews"):
        return head.head
    return None


def _unnamed_teller(verb, outlet_tokens: frozenset[int] = frozenset()) -> bool:
    for c in verb.children:
        if c.dep_ == "nsubj":
            if any(g.dep_ in ("compound", "poss") and g.i in outlet_tokens for g in c.children):
                return False  # "a BuzzFeed spokesman told The New York Times": another outlet speaking for itself
            if c.lower_ in INDEFINITE_TELLERS and c.ent_type_ != "PERSON":
                return any(g.i < c.i and g.lower_ in INDEFINITE and g.dep_ in ("det", "nummod") for g in c.children) \
                    and not any(g.dep_ in ("appos", "acl", "relcl") for g in c.children)
            return c.lower_ in UNNAMED_TELLERS and c.ent_type_ != "PERSON" and not any(
                g.dep_ == "appos" or (g.dep_ == "compound" and g.ent_type_ == "PERSON" and g.i == c.i - 1
                                      and c.lower_ not in ("spokesman", "spokeswoman", "spokesperson"))
                for g in c.children)
    return False


def tipped_own_outlet(outlets, own_key, kind_of, repeated: bool = True) -> str | None:
    """The own outlet of an article with no outlet given: the only outlet told anything, told by an unnamed
    insider at least once or (``repeated``: no URL says where the text is from either) in two sentences or more,
    or else the only outlet unnamed insiders tell (others told by named people only); and no news agency told
    anything by an unnamed insider (wire copy). ``own_key`` gives one key per outlet ("HuffPost" = "The
    Huffington Post", so an outlet written two ways is still the only one told); ``kind_of`` gives a name's kind
    ("agency", "outlet")."""
    told: dict[str, object] = {}
    tipped: set[str] = set()
    sentences: dict[str, set[int]] = {}
    ends = {span.end for span in outlets}
    outlet_tokens = frozenset(t.i for span in outlets for t in span)
    for span in outlets:
        if span.start in ends:
            continue  # "BBC Newsnight": the programme of the outlet just named
        verb = _told_verb(span.root)
        if verb is None:
            continue
        if kind_of(span) == "agency" and _unnamed_teller(verb, outlet_tokens):
            return None  # "a source told AFP": wire copy that other outlets run, crediting the agency
        key = own_key(span.text)
        told.setdefault(key, span)
        sentences.setdefault(key, set()).add(span.sent.start)
        if _unnamed_teller(verb, outlet_tokens):
            tipped.add(key)
    if len(told) == 1 and (tipped or (repeated and len(next(iter(sentences.values()))) >= 2)):
        return next(iter(told.values())).text
    if len(tipped) == 1:
        return told[next(iter(tipped))].text  # the one outlet unnamed insiders tell; named people tell others
    return None
