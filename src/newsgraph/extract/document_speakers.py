"""Words of a document go to whoever issued it (issue #3, speakers): one module for every document phrase a
cue makes a speaker. 'The resolution said ...' after 'The NAACP adopted a resolution' is the NAACP's; 'the
indictment said' after 'an indictment released by the Justice Department' is the department's; 'The missive
accused ...' after 'the group fired off the statement' is the group's. ``speakers.speaker_from`` hands every
document noun to ``document_speaker`` and an 'it' subject to ``document_it``.

``document_speaker`` reads, in this order: the owner the phrase itself names (``owner_of_document``: 'BuzzFeed's
report', 'a report by X', 'a statement released by X'); for a definite phrase the owner of the last same document
that spoke, then the issuer of a same document shortly before (``issuer_before``: 'X sent a letter ... the letter
says'), then the issuer of an earlier mention it takes up (``document_issuer``: 'X filed a lawsuit ... The lawsuit
says', read with ``own_issuer`` / ``clause_issuer``), court papers and letters with no issuer named keep their
phrase, else the last publisher seen; 'X wrote in a letter' is X's; a document no one is named for stays the
phrase. An owner named in the phrase that resolves to no one leaves the cue to the caller (session-7 behaviour,
restored in session 8: naming the issuer by its phrase there did not carry over to unseen articles).

``owner_of_document`` and ``own_issuer`` stay two look-ups on purpose: the first reads whoever the speaking phrase
names as behind it, permissively (any possessor, 'of X', any past participle but a carrier's); the second, who
issued a document, strictly (no possessor the document is against, no date, no place; issue verbs only), for
taking up earlier mentions. Merging them (c7a5d4b) changed who speaks and cost a blind set. What they share, the
agent of a participle, is ``speech_nouns.participle_agent``."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import data_json, time_words
from ..model import Speaker
from .cues import speech_cues
from .document_owners import body_spoke_before, owner_after, owner_before, remember_owner
from .names import noun_phrase
from .owned_documents import owned_document_before
from .sentence_view import doc_view
from .speaker_syntax import subject_of
from .speech_nouns import participle_agent

if TYPE_CHECKING:
    from spacy.tokens import Token

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
IN_PREPS = frozenset({"in", "through", "via"})
RELATIVE = frozenset({"that", "which", "who", "whom"})
FAMILY_SENTENCES = 2  # another noun takes up a document named at most this many sentences before
NO_ISSUER_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
ISSUER_WINDOW = 2500  # characters back 'the letter says' may take up 'X sent a letter'
IT_WINDOW = 800  # characters back an unlinked 'it' may take up a document issued before
SENT_VERBS = ("have", "deliver", "submit", "pen")  # 'X delivered a letter': more verbs whose object X issued


@dataclass(frozen=True, eq=False)
class DocumentWords:
    nouns: frozenset[str]  # document nouns (speech_cues.json)
    issue_verbs: frozenset[str]  # 'X adopted / filed / sent a <document>'
    family: dict[str, str]  # noun -> family: 'The missive' may take up 'the statement'
    not_issuers: frozenset[str]  # possessives naming no issuer: "Today's indictment" (time_words.json day_nouns)
    published_in: frozenset[str]  # 'an article in The Daily Caller' is the publication's
    possessor_is_target: frozenset[str]  # "Stone's indictment" is against Stone, not by him
    keep_without_issuer: frozenset[str]  # 'The indictment alleges' with no issuer named: the phrase, no publisher
    carriers: frozenset[str]  # 'a statement carried by agency X': X only carried it
    released_verbs: frozenset[str]  # 'the letter, which was signed by X'; 'X sent a letter'
    issued: frozenset[str]  # nouns an unlinked 'it' may take up ('X released a statement ... it says')
    it_extra: frozenset[str]  # not document nouns, but an 'it' after them is the document ("X's reporting ...")


@lru_cache(maxsize=1)
def document_words() -> DocumentWords:
    d = data_json("document_issuers.json")
    family = {w: name for name, words in d["families"].items() for w in words}
    return DocumentWords(nouns=speech_cues().document_nouns, issue_verbs=frozenset(d["issue_verbs"]),
                         family=family, not_issuers=time_words().day_nouns,
                         published_in=frozenset(d["published_in"]),
                         possessor_is_target=frozenset(d["possessor_is_target"]),
                         keep_without_issuer=frozenset(d["keep_without_issuer"]),
                         carriers=frozenset(d["carriers"]), released_verbs=frozenset(d["released_verbs"]),
                         issued=frozenset(d["issued"]), it_extra=frozenset(d["it_extra"]))


def is_document(tok: Token) -> bool:
    words = document_words()
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in words.nouns or tok.lower_ in words.nouns)


Resolve = Callable[..., "Speaker | None"]


def _holder(owner, tok):
    """The owner word itself, or the holder of an office it is the object of ("the former secretary of state's
    campaign")."""
    if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.i != tok.i:
        return owner.head.head
    return owner


def document_speaker(tok: Token, index, resolve: Resolve) -> Speaker | None:
    """The speaker of a document phrase ('the letter said', 'according to the indictment'), in the order the module
    docstring gives; None leaves the token to the caller. ``resolve(token, index)`` is speakers.speaker_from."""
    owner = _holder(owner_of_document(tok, index), tok)
    lemma = tok.lemma_.lower()
    issuer = _holder(clause_issuer(tok), tok) if owner is None else None  # 'X issued a statement that said ...'
    found = resolve(issuer, index) if issuer is not None else None
    if found is not None:
        remember_owner(index, lemma, tok.idx, found)
        return found  # (one the page cannot name leaves the document to the fallbacks below)
    if owner is not None:
        found = resolve(owner, index)
        if found is not None:
            remember_owner(index, lemma, tok.idx, found)
            return found
    elif any(c.lower_ in ("the", "that", "this") for c in tok.children):
        cached = owner_before(index, lemma, tok.idx)  # the last same document before it whose owner was read
        if cached is not None:
            return cached
        issuer = issuer_before(tok, index)
        found = resolve(issuer, index) if issuer is not None and issuer.lemma_.lower() != lemma else None
        if found is not None:
            remember_owner(index, lemma, tok.idx, found)
            return found
        found = document_issuer(tok, index, resolve)  # 'The resolution said' after 'X adopted a resolution'
        if found is not None:
            return found if found.entity is not None else owner_after(index, lemma, tok.idx) or found
        found = body_spoke_before(tok, index, resolve)  # '"...," the White House said.  "...," the statement said'
        if found is not None:
            start, end = _mention_bounds(tok)
            return replace(found, mention=index.text[start:end], start=start, end=end)
        pub = index.publisher_before(tok.idx)
        if pub is not None:
            start, end = _mention_bounds(tok)
            return Speaker(name=pub.name, entity=pub.id, mention=index.text[start:end], start=start, end=end)
        cached = owner_before(index, "*", tok.idx) or owner_after(index, lemma, tok.idx)
        if cached is not None:  # the last publisher; else the owner of the same document named further on
            return cached
    elif tok.dep_ == "nsubj" and any(c.lower_ in ("a", "an") for c in tok.children):
        found = body_spoke_before(tok, index, resolve)  # 'Kestmark welcomed the deal. "...," a statement said'
        if found is not None:
            start, end = _mention_bounds(tok)
            return replace(found, mention=index.text[start:end], start=start, end=end)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") and \
            tok.head.head.lower_ != "according":
        found = resolve(subject_of(tok.head.head), index)  # 'X wrote in a letter calling on ...'
        if found is not None:
            return found
    if owner is None and (tok.dep_ == "pobj" or tok.dep_ == "nsubj" and any(
            c.dep_ == "det" or (c.dep_ == "acl" and c.tag_ == "VBN") for c in tok.children)):
        start, end = _mention_bounds(tok)  # 'according to the documents', 'the court papers say': no owner named
        return Speaker(name=noun_phrase(tok), entity=None, mention=index.text[start:end], start=start, end=end)
    return None


def document_it(tok: Token, index, resolve: Resolve) -> Speaker | None:
    """The issuer behind an 'it' subject that stands for a document: the document subject just before ("X's letter
    did not name anyone. Instead, it condemned ..."), else, when the pronoun resolver linked the 'it' to nothing, a
    document issued shortly before ('X released a statement ... it says')."""
    paper = _document_antecedent(tok, index)
    if paper is not None:
        found = resolve(owner_of_document(paper, index) or paper, index)
        if found is not None:
            return replace(found, mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    owned = owned_document_before(tok, index, owner_of_document, document_words().issued)
    if owned is not None:
        found = resolve(owned, index)
        if found is not None:  # 'It came in a statement from X.  "...," it said': X, not a name further back
            return replace(found, mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    if tok.i in index.pronouns:
        return None
    issuer = issuer_before(tok, index, window=IT_WINDOW, lemmas=document_words().issued)
    return resolve(issuer, index) if issuer is not None and issuer.lower_ != "it" else None


def owner_of_document(tok: Token, index) -> Token | None:
    """'BuzzFeed's report', 'a report by X', 'excerpts from his speech', 'a statement released by X': who stands
    behind a document noun, read from the phrase itself."""
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.i in index.tok2ent):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and c.lower_ == "of" and p.pos_ != "PROPN" and p.i not in index.tok2ent:
                inner = released_by(p)  # 'a video of his remarks released by X': X, not the remarks
                if inner is not None:
                    return inner
                continue
            if p is not None:
                inner = owner_of_document(p, index) if is_document(p) else None
                return inner or p
    return released_by(tok)


def released_by(tok: Token) -> Token | None:
    """'a statement released by X', 'a video posted by X', 'the letter, which was signed by X': X; not 'carried
    by news agency X', who only carried it."""
    words = document_words()
    for c in tok.children:
        passive_rel = c.dep_ == "relcl" and c.lemma_.lower() in words.released_verbs and any(
            g.dep_ == "auxpass" for g in c.children)
        if (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in words.carriers) or passive_rel:
            p = participle_agent(c, ("by", "from"))
            if p is not None:
                return p
    return None


def issuer_before(tok: Token, index, window: int = ISSUER_WINDOW, lemmas: frozenset[str] | None = None) -> Token | None:
    """'X sent a letter to ...' or 'X said in a statement' earlier on: the token naming who issued the document
    that a later 'the letter says' reads from (any document of ``lemmas`` when given), else None."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    verbs = document_words().released_verbs
    view = doc_view(doc)  # (the view's lemmas, tags and offsets: a Token only for a document noun)
    idxs, lemmas_at, pos = view.idx, view.lemma, view.pos
    at = tok.idx
    i = tok.i - 1
    while i >= 0 and at - idxs[i] <= window:
        k = i
        i -= 1
        if (lemmas_at[k] not in lemmas if lemmas else lemmas_at[k] != lemma) or pos[k] != "NOUN" or \
                index.in_quote(idxs[k]) is not None:
            continue
        t = view.tokens[k]
        owner = next((c for c in t.children if c.dep_ == "poss"), None) or released_by(t) or _from_named(t, index)
        if owner is not None:
            return owner  # "X's letter", 'a letter signed by X', 'a letter from Representative X'
        h = t.head
        if t.dep_ == "pobj" and h.lower_ in IN_PREPS and h.head.pos_ in ("VERB", "AUX"):
            h = h.head  # 'the group said in a letter'
            if any(c.dep_ == "auxpass" for c in h.children):
                continue  # 'In an indictment ..., X was charged': X is who it is against, not its issuer
        elif t.dep_ != "dobj" or (h.lemma_.lower() not in verbs and h.lemma_.lower() not in SENT_VERBS):
            continue
        subj = subject_of(h)
        if subj is not None and subj.i != t.i:
            return subj
    return None


def _from_named(tok, index):
    """'a letter from Representative X': the named person or body of a 'from' phrase on the document noun."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.i in index.tok2ent and index.entities[index.tok2ent[p.i]].type in ("PERSON", "ORG"):
                return p
    return None


def _document_antecedent(tok, index):
    """The document 'it' stands for: the last subject before ``tok`` in its sentence, else the main subject of
    the sentence before, when that subject is a document noun ('The cable also warned ... It said'; "X's
    reporting sent Y into a furor as it suggested"); None when a name or another noun is the last subject. A
    person is no subject 'it' may stand for ('Obama also congratulated Y, it says': the statement before)."""
    doc = tok.doc
    start, _ = index.sentence(tok.i)
    prev, _ = index.sentence(start - 1) if start > 0 else (start, None)
    for s0, s1, own in ((start, tok.i, True), (prev, start, False)):
        last = None
        for t in doc[s0:s1]:
            if t.dep_ in ("nsubj", "nsubjpass") and index.in_quote(t.idx) is None and not _person(t, index) and (
                    own or t.head.dep_ == "ROOT"):
                last = t
        if last is None:
            continue
        lemma = last.lemma_.lower()
        if last.pos_ == "NOUN" and last.i not in index.tok2ent and (
                lemma in document_words().nouns or lemma in document_words().it_extra):
            return last
        return None
    return None


def _person(tok, index) -> bool:
    """A subject that names a person ('Obama', 'he'): nobody a later 'it' stands for."""
    if tok.lower_ in ("he", "she", "i", "we", "you"):
        return True
    k = index.tok2ent.get(tok.i)
    return k is not None and index.entities[k].type == "PERSON"


def _mention_bounds(tok) -> tuple[int, int]:
    """The document phrase from its left edge (leading punctuation skipped) to its head noun."""
    left = tok.left_edge
    while left.i < tok.i and left.is_punct:
        left = left.nbor()
    return left.idx, tok.idx + len(tok.text)


def document_issuer(tok: Token, index, resolve: Resolve) -> Speaker | None:
    """The issuer of the document phrase headed by ``tok`` as a Speaker (its name and entity, the document phrase
    as the mention); when the article names none, the document phrase itself for court papers, letters and the like
    (keep_without_issuer), else None. ``resolve(token, index)`` is speakers.speaker_from."""
    if not is_document(tok):
        return None
    words = document_words()
    found = _resolved(own_issuer(tok, index) or clause_issuer(tok), index, resolve)
    if found is None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        for earlier in antecedents(tok, index):  # 'The lawsuit says' after 'X filed a lawsuit'
            if earlier.pos_ == "VERB":
                subj = subject_of(earlier)
                issuer = subj if subj is not None and not any(c.dep_ == "auxpass" for c in earlier.children) else None
            else:
                issuer = speaking_in(earlier) or own_issuer(earlier, index) or clause_issuer(earlier)
            found = _resolved(issuer, index, resolve)
            if found is not None:
                break
    start, end = _phrase_bounds(tok)
    if found is None:
        if tok.lemma_.lower() not in words.keep_without_issuer and tok.lower_ not in words.keep_without_issuer:
            return None
        return Speaker(name=noun_phrase(tok), entity=None, mention=index.text[start:end], start=start, end=end)
    return Speaker(name=found.name, entity=found.entity, mention=index.text[start:end], start=start, end=end)


def own_issuer(tok: Token, index) -> Token | None:
    """The token naming the issuer inside the document phrase: a possessive ('the NAACP's resolution'), a named
    modifier ('the DOJ document'), 'a letter from/by X', 'a statement released by X', 'the letter X sent'."""
    words = document_words()
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in words.not_issuers and c.ent_type_ not in NO_ISSUER_TYPES and \
                tok.lower_ not in words.possessor_is_target and tok.lemma_.lower() not in words.possessor_is_target:
            return c
        if c.dep_ == "compound" and c.i in index.tok2ent and index.entities[index.tok2ent[c.i]].type != "GPE":
            return c  # 'the DOJ document', not the place of 'the Benghazi emails'
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.ent_type_ not in NO_ISSUER_TYPES:
                return (own_issuer(p, index) if is_document(p) else None) or p
        if c.dep_ == "prep" and c.lower_ == "in" and tok.lemma_.lower() in words.published_in:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            k = index.tok2ent.get(p.i) if p is not None else None
            if k is not None and index.entities[k].type == "ORG":
                return p  # 'an article in The Daily Caller'
        if c.dep_ in ("acl", "relcl") and c.i > tok.i:
            agent = _agent(c)
            if agent is not None:
                return agent  # 'a statement released by X', 'the letter, which was signed by X'
            if c.dep_ == "relcl" and c.lemma_.lower() in words.issue_verbs:
                subj = next((g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in RELATIVE), None)
                if subj is not None:
                    return subj  # 'a letter that Mr. Vega sent'
            signer = _under_signature(c)
            if signer is not None:
                return signer  # 'The cable, sent under Ambassador X's signature'
    return None


def clause_issuer(tok: Token) -> Token | None:
    """The subject of the clause that issues the document: 'X adopted/filed/sent a <document>'."""
    h = tok.head
    if tok.dep_ == "dobj" and h.lemma_.lower() in document_words().issue_verbs:
        subj = subject_of(h)
        return subj if subj is not None and subj.i != tok.i and not is_document(subj) else None
    return None


def speaking_in(tok: Token) -> Token | None:
    """'X said in a statement (released by Y)': X, whose words the document holds; not 'In an indictment, X is
    charged'."""
    h = tok.head
    if tok.dep_ != "pobj" or h.lower_ not in IN_PREPS or h.dep_ != "prep":
        return None
    verb = h.head
    if verb.lemma_.lower() not in speech_cues().clause_verbs or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and not is_document(subj) else None


def antecedents(tok: Token, index) -> Iterator[Token]:
    """Earlier mentions outside quotations that a definite document phrase may take up: the same noun first,
    nearest first, then nouns of its family ('the statement' for 'The missive'), then the same word as a verb ('X
    reported ...' for 'the report')."""
    words = document_words()
    lemma = tok.lemma_.lower()
    family = words.family.get(lemma)
    doc = tok.doc
    near = _sentences_back(tok, index, FAMILY_SENTENCES)
    later, verbs = [], []
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if index.in_quote(t.idx) is not None:
            continue
        low = t.lemma_.lower()
        if t.pos_ == "VERB" and low == lemma:
            verbs.append(t)  # 'The Atlantic first reported ... According to the report'
        elif t.pos_ not in ("NOUN", "PROPN"):
            continue
        elif low == lemma:
            yield t
        elif family is not None and i >= near and words.family.get(low) == family:
            later.append(t)
    yield from later
    yield from verbs


def _sentences_back(tok, index, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one holding ``tok``."""
    k = bisect_right(index.sent_starts, tok.i) - 1
    return index.sent_starts[max(0, k - n)] if index.sent_starts else 0


def _agent(verb):
    """'released by X', 'signed by X': the agent of a passive participle or passive relative clause."""
    if verb.tag_ != "VBN" and not any(g.dep_ == "auxpass" for g in verb.children):
        return None
    if verb.lemma_.lower() not in document_words().issue_verbs:
        return None
    return participle_agent(verb)


def _under_signature(verb):
    """'sent under X's signature / name': X."""
    if verb.lemma_.lower() not in document_words().issue_verbs:
        return None
    for g in verb.children:
        if g.dep_ == "prep" and g.lower_ == "under":
            p = next((x for x in g.children if x.dep_ == "pobj"), None)
            if p is not None and p.lemma_.lower() in ("signature", "name"):
                return next((x for x in p.children if x.dep_ == "poss"), None)
    return None


def _resolved(tok, index, resolve: Resolve) -> Speaker | None:
    """A Speaker for the issuer token, unless it is no one or only another document phrase."""
    if tok is None:
        return None
    if is_document(tok):
        tok = own_issuer(tok, index)
        if tok is None:
            return None
    found = resolve(tok, index) or _named_pair(tok, index)
    if found is None or not found.name:
        return None
    if found.entity is None:
        body = _body_named_by_modifiers(tok, index)
        if body is not None:  # 'the St. Louis group' after 'The nearby St. Louis Tea Party'
            found = Speaker(name=body.name, entity=body.id, mention=found.mention, start=found.start, end=found.end)
    if found.entity is None and found.name.split()[-1].lower() in document_words().nouns:
        return None
    more = [resolve(c, index) for c in tok.conjuncts if c.i > tok.i and c.pos_ in ("PROPN", "NOUN")]
    names = [found.name] + [m.name for m in more if m is not None and m.name and m.name != found.name]
    if len(names) > 1:  # 'brought by Nebraska's attorney general and Oklahoma's': both
        return Speaker(name=" and ".join(names), entity=None, mention=found.mention, start=found.start, end=found.end)
    return found


def _body_named_by_modifiers(tok, index):
    """'the St. Louis group': the organisation named before whose name holds every proper-noun modifier of the
    description (the last one named), else None."""
    marks = {c.text.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
    if tok.pos_ != "NOUN" or not marks:
        return None
    best = None
    for e in index.entities:
        if e.type != "ORG" or not marks <= set(e.name.lower().split()):
            continue
        before = [s for s, _ in e.mentions if s < tok.idx and index.in_quote(s) is None]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), e)
    return best[1] if best is not None else None


def _named_pair(tok, index, window: int = 200) -> Speaker | None:
    """'The two states filed a lawsuit' after 'Nebraska and Oklahoma asked ...': the two bodies or places last named
    together ('X and Y') within ``window`` tokens before; None for people or when there is no such pair."""
    if tok.tag_ != "NNS" or not any(c.lower_ in ("two", "both") for c in tok.children):
        return None
    doc = tok.doc
    for i in range(tok.i - 1, max(-1, tok.i - window), -1):
        k = index.tok2ent.get(i)
        h = index.tok2ent.get(doc[i].head.i)
        if k is None or h is None or h == k or doc[i].dep_ != "conj" or index.in_quote(doc[i].idx) is not None:
            continue
        first, second = index.entities[h], index.entities[k]
        if first.type == second.type and first.type in ("GPE", "ORG", "NORP"):
            s, e = _phrase_bounds(tok)
            return Speaker(name=f"{first.name} and {second.name}", entity=None, mention=index.text[s:e], start=s, end=e)
    return None


def _phrase_bounds(tok) -> tuple[int, int]:
    left = tok.left_edge
    while left.i < tok.i and (left.is_punct or left.is_space):
        left = left.nbor()
    return left.idx, tok.idx + len(tok.text)
