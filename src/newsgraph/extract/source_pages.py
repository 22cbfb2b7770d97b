"""A body's or a person's own web page credited as the place something was said or published.

"the service announced on its website that ...", "X says this about himself on his website: ...", "wrote on the
group's website that ...", "he wrote in his Election Law Blog" credit the page (a publication of its owner, as a
statement is), unlike a post on a social-media site (a tweet, not credited). The page must belong to someone (a
possessor or "of X"), carry its own name, or be told apart by what it is ("a pro-rebel website": credited as an
outlet), and be where a reporting verb that tells content happened.
"""
from __future__ import annotations

from .source_found import _Found, _make
from .source_mentions import open_clause
from .source_syntax import entity_text, np_text, past_progressive

PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
SOCIAL = frozenset({"social", "media", "facebook", "twitter", "instagram", "youtube", "tiktok", "telegram"})


def _owner(page, verb, index=None) -> str | None:
    """Whose page: the possessor ("the group's website"), the verb's subject for a pronoun ("on its website"; a
    pronoun subject as the entity index linked it: 'He also states on his website that ...'), or "of X"."""
    subj = next((s for s in verb.children if s.dep_ == "nsubj"), None)
    for c in page.children:
        if c.dep_ == "poss":
            if c.lower_ not in PRONOUNS:
                if c.pos_ == "NOUN" and subj is not None and any(g.lower_ == "the" for g in c.children):
                    org = next((t for t in subj.subtree if t.ent_type_ == "ORG" and t.i < subj.i), None)
                    if org is not None:
                        return entity_text(org)  # "Tea Party organizer Bill Hennessy wrote on the group's website"
                return np_text(c)
            if subj is not None and subj.pos_ == "PRON" and index is not None:
                linked = getattr(index, "pronouns", {}).get(subj.i)
                return linked[0] if linked and linked[0] else None
            if subj is None or subj.pos_ == "PRON":
                return None
            return entity_text(subj) if subj.ent_type_ else np_text(subj)
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return entity_text(obj) if obj.ent_type_ else np_text(obj)
    return None


def judge_page(tok, lex, index=None) -> _Found | None:
    """``tok`` is a page noun (``page_nouns``: website, blog ...) after "on"/"in", hung on a reporting verb:
    credited as "<Name>" when the page has a proper name ("Election Law Blog"), else "website of <owner>"."""
    prep = tok.head
    verb = prep.head
    if tok.dep_ == "pobj" and prep.lower_ == "for" and verb.lemma_ == "write" and past_progressive(verb):
        return _written_for(tok)
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "in") or verb.pos_ != "VERB":
        return None
    if verb.lemma_ not in lex.cues["said_in_verbs"] and verb.lemma_ not in ("post", "publish"):
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.lower_ in lex.nouns:
        return None  # "a statement posted on the ministry's website": the statement is the source
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "the article was re-posted on her website": the page carried it, nobody said anything
    if any(c.dep_ == "neg" for c in verb.children) or open_clause(verb):
        return None  # "did not say on its website", "plans to announce on its website"
    if any(c.lower_ in SOCIAL for c in tok.lefts):
        return None  # "said on the social media site": a post, as a tweet
    if any(c.dep_ == "dobj" and c.lower_ in lex.nouns for c in verb.children):
        return None  # "posted a statement on its website": the statement is the source
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and tok.text[:1].isupper():
        name = tok.doc[names[0].i:tok.i + 1].text  # "his widely read Election Law Blog"
        return _make(tok.sent, name, "outlet", tok)
    owner = _owner(tok, verb, index)
    if owner is None:
        return _described_site(tok)
    return _make(tok.sent, f"{tok.lower_} of {owner}", "document", tok)


def _written_for(page) -> _Found | None:
    """'He was writing for the Bluegate website': a site named by the capitalised word before it, that the person
    wrote the piece for on one occasion (the past progressive; 'has written for X' is a career)."""
    names = [c for c in page.lefts if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
    if not names or not any(c.dep_ == "det" and c.lower_ == "the" for c in page.lefts):
        return None
    return _make(page.sent, f"{page.doc[names[0].i:page.i].text} {page.lower_}", "outlet", page)


def _described_site(page) -> _Found | None:
    """'he said on a pro-rebel website', 'wrote on an opposition website': a site no one is named as owning, told
    apart by what it is ("a" and a modifier), credited as the outlet it is, as "a local radio station" is."""
    lefts = list(page.lefts)
    if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in ("a", "an") or not any(
            c.dep_ in ("amod", "compound") for c in lefts[1:]):
        return None
    return _make(page.sent, np_text(page), "outlet", page)
