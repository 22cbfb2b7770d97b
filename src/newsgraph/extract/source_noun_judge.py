"""The judge of a source noun ("the report", "a statement by the ministry", "a Washington Post op-ed by X"):
kept or dropped, with the author, the outlet that ran it and the outlet it was given to in its name."""
from __future__ import annotations

from .cues import person_words
from .sentence_view import sent_of
from .source_agents import agent_of, is_person, named_agent
from .source_data import unauthored_data
from .source_found import _Found, _key, _make
from .source_furniture import page_colophon, page_label
from .source_lexicon import canonical_outlet, is_own_outlet
from .source_mentions import issued_mention, one_by_agents
from .source_noun_places import _noun_credited, _outlet_in
from .source_owned_documents import named_owner
from .source_syntax import heads_according, is_according, noun_core, noun_key, np_text

SEEN_VERBS = frozenset({"see", "obtain", "review", "view", "read", "hear", "receive"})  # what an outlet itself saw


def _judge_noun(tok, lex, used, index, quotes, according: bool = False,
                named: set[str] | None = None, own: str | None = None) -> _Found | None:
    kind = lex.nouns[noun_key(tok)][0]
    if kind == "interview":
        return None  # an interview is credited through the outlet that ran it
    if page_label(tok) or page_colophon(tok, lex.cues["issue_verbs"]):
        return None  # "News story: PM calls with ...", "The press release issued by X on 4 May 2023.": the page's own
    if tok.lemma_.lower() == "readout" and any(c.lower_ == "following" for c in tok.lefts):
        return None  # "Press Secretary X provided the following readout:": the page itself, a readout
    mention = not _noun_credited(tok, lex, according)
    if mention and not issued_mention(tok, lex.cues):
        return None
    agents = one_by_agents(tok)
    if agents and all(a.i in used for a in agents):
        return None  # "two polls -- one by CBS, one by CNN --": the outlets are the sources
    if tok.lower_ in ("reports", "reporting") and not (according or heads_according(tok)) and not any(
            c.dep_ in ("amod", "compound", "prep", "acl", "poss", "nmod") and c.lower_ not in lex.cues["vague_report_words"]
            for c in tok.children):
        return None  # "according to reports", "earlier reports said": as unsourced as "reportedly"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "this" for p in c.children for g in p.children)
           for c in tok.children):
        return None  # "an earlier version of this article said": a correction note
    if kind == "outlet" and (any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.head.lemma_ == "express")):
        return None  # "this article", "the views expressed in the article": the article itself (a disclaimer)
    used.add(tok.i)
    if (document := article_of(tok)) is not None:  # "Article 3 of Brenmoor's Constitution stipulates that ..."
        return _make(tok.sent, f"{tok.text} {tok.doc[tok.i + 1].text} of {np_text(document)}", "document", tok,
                     carries=according or is_according(tok))
    if tok.dep_ == "compound" and kind == "video" and tok.head.lower_ in lex.cues["video_heads"]:
        tok = tok.head  # "video address", "video message": named and issued as the whole phrase
    if kind == "video" and posted_on_social_media(tok, lex.cues) and _said_by_person(tok, index):
        return None  # "she said in a video posted on Instagram": a person's post, as a tweet is (not a ministry's)
    agent = agent_of(tok, lex, quotes, index) or _outlet_in(tok, lex)
    if agent is None and noun_key(tok) in lex.cues["outlet_page_parts"]:
        return None  # "the headline reads ...": a page part is credited only with its outlet ("the front page of X")
    if agent and own and is_own_outlet(agent, own) and any(c.dep_ == "acl" and c.lemma_ in SEEN_VERBS
                                                            for c in tok.children):
        agent = None  # "a letter seen by the BBC" in a BBC article: the letter, not the outlet that saw it
    if not according and speaker_channel(tok, lex, index):
        return None  # "said Mr X in a nationwide broadcast": his own broadcast, the channel of his words
    if not according and unauthored_data(tok, agent, lex.cues):
        return None  # "polls show ...", "early results showed ...": data, with no pollster credited
    if agent is None and tok.dep_ == "dobj" and tok.head.lemma_ in lex.cues["disowning_verbs"]:
        return None  # "declined to confirm a report that ...": the report's author untold, nothing credited
    core = noun_core(tok) if noun_key(tok) == tok.lower_ else noun_key(tok)
    if kind == "outlet" and agent and not canonical_outlet(agent) and (paper := carrier_of(tok, named)) is not None \
            and _key(paper) not in _key(core):
        core = f"{paper} {core}"  # "a Washington Post op-ed by Tim Cook": the outlet that ran it and its author
    recipient = recipient_of(tok, lex)
    if recipient is not None:  # "a statement to The Atlantic by Alan Futerfas", as the dev gold names it
        to_name = recipient_name(recipient)
        if own and is_own_outlet(to_name, own) and kind != "statement":
            return None  # "wrote in an email to The Norland Herald" on that paper's page: its own reporting
        if not (own and is_own_outlet(to_name, own)):  # (a statement given to it is still the speaker's statement)
            core = f"{core} to {to_name}"
        if agent and _key(agent) == _key(to_name):
            agent = None
    hit = (canonical_outlet(agent) or canonical_outlet(f"The {agent}")) if agent else None
    if agent and not hit and named and _key(agent) in named:
        hit = (agent, "outlet")  # an outlet named in the text but not in the lexicon
    if hit:  # "the Global Times said in an editorial": one source, the outlet
        found = _make(tok.sent, f"{hit[0]} {core}", hit[1], tok, carries=according or is_according(tok),
                      key=_key(hit[0]))
        if found is not None:
            found.noun, found.mention = tok.lemma_.lower(), mention
        return found
    lefts = list(tok.lefts)
    definite = bool(lefts) and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                   for c in lefts)  # "the report", not "the Chinese readout"
    if agent and set(agent.lower().split()) & set(core.lower().split()):
        reported_by = f"{agent} {tok.text}"  # "Kremlin readout", not "Kremlin readout by Kremlin"
    else:
        reported_by = f"{core} by {agent}" if agent else core
    found = _make(sent_of(tok), reported_by, kind, tok, carries=according or is_according(tok))
    if found is not None:
        found.noun, found.definite = tok.lemma_.lower(), definite and not named_agent(tok) and not named_owner(tok)
        # ('the statement of UN Special Rapporteur X': its own owner, no "the statement" named before)
        found.mention = mention
    return found


def posted_on_social_media(noun, cues) -> bool:
    """'a video on the social media site', 'a video posted on Instagram / to her Twitter account': the noun, or the
    participle after it, is put on a social-media site (``social_words``)."""
    social = cues["social_words"]
    holders = [noun] + [c for c in noun.children if c.dep_ == "acl"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "to", "via"):
                if any(t.lower_ in social for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree):
                    return True
    return False


def _said_by_person(noun, index) -> bool:
    """The verb the noun is the channel of ('said in a video') has a person for its subject."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in ("he", "she", "i") or subj.ent_type_ == "PERSON" or is_person(subj, index))


def carrier_of(noun, named: set[str] | None) -> str | None:
    """The outlet that ran a piece, known or named as an outlet in the text: 'a Washington Post op-ed', 'an
    op-ed in/for The Detroit Free Press'."""
    doc = noun.doc

    def outlet(first: int, last: int) -> str | None:
        while first <= last and doc[first].dep_ == "det":
            first += 1
        if first > last:
            return None
        surface = doc[first:last + 1].text
        hit = canonical_outlet(surface) or canonical_outlet(f"The {surface}")
        if hit:
            return hit[0]
        return surface if named and _key(surface) in named else None

    for c in noun.children:
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i:
            name = outlet(c.left_edge.i, c.i)
            if name:
                return name
        if c.dep_ == "prep" and c.lower_ in ("in", "for", "on"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and (name := outlet(obj.left_edge.i, obj.i)):
                return name
    return None


def recipient_of(noun, lex):
    """The outlet a statement, letter or email was given to ("a statement to Fox News", "an email to The Hill"):
    the head of its "to" object when that is a known outlet; None otherwise."""
    if lex.nouns.get(noun_key(noun), ("",))[0] not in ("statement", "document"):
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and recipient_name(obj):
                return obj
    return None


def recipient_name(obj) -> str | None:
    """The known outlet named by the noun phrase of ``obj`` ("the BBC" -> "BBC"), else None."""
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
    if not words or words[0].i < obj.i - 4:
        return None
    surface = obj.doc[words[0].i:obj.i + 1].text
    hit = canonical_outlet(surface) or canonical_outlet(f"The {surface}")
    return hit[0] if hit else None


def speaker_channel(tok, lex, index) -> bool:
    """'"...," said Mr Varn in a nationwide broadcast', 'In a televised broadcast, he said ...': a person speaking
    in a broadcast (``speaker_channel_nouns``) that names no station ('a broadcast on Radio X', 'X's broadcast')."""
    cues = lex.cues
    if noun_key(tok) not in cues["speaker_channel_nouns"] or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "by", "from") or c.dep_ in ("compound", "poss", "nmod") and
           c.pos_ == "PROPN" for c in tok.children):
        return False
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_ not in cues["said_in_verbs"]:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or is_person(subj, index) or subj.lower_ in ("he", "she")
                                 or subj.lower_ in cues["person_nouns"] or subj.lower_ in person_words().titles)


def article_of(tok):
    """'Article 3 of/in Brenmoor's Constitution', 'Article 51 of the UN Charter': a numbered article of a law, charter
    or treaty (capitalised, a number after it), no news article: the document it belongs to, else None."""
    doc = tok.doc
    if tok.text != "Article" or tok.i + 1 >= len(doc) or not doc[tok.i + 1].like_num:
        return None
    prep = next((t for t in doc[tok.i + 2:tok.i + 3] if t.lower_ in ("of", "in")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.text[:1].isupper() else None

