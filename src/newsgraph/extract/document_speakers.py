"""Words of a document go to whoever issued it (issue #3, speakers): one mechanism for every document phrase a
cue makes a speaker. 'The resolution said ...' after 'The NAACP adopted a resolution' is the NAACP's; 'the
indictment said' after 'an indictment released by the Justice Department' is the department's; 'The missive
accused ...' after 'the group fired off the statement' is the group's. The issuer is read from the document phrase
itself ('the NAACP's resolution', 'a letter from X', 'a statement released by X', 'the letter X sent', 'the NAACP
resolution') or from an earlier mention it takes up ('X filed a lawsuit ... The lawsuit says', 'X said in a
statement ... the statement'). A possessor the document is against is no issuer ("Stone's indictment"), nor is
the subject of 'an investigation of X'. When the article names no issuer the document phrase stays the speaker,
as the annotation rules keep 'the indictments'. ``speakers.speaker_from`` hands every document noun to
``document_speaker`` and an 'it' subject to ``document_it``."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import data_json
from ..model import Speaker
from .cues import speech_cues
from .names import noun_phrase
from .speaker_syntax import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
IN_PREPS = frozenset({"in", "through", "via"})
RELATIVE = frozenset({"that", "which", "who", "whom"})
FAMILY_SENTENCES = 2  # another noun takes up a document named at most this many sentences before
NO_ISSUER_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
IT_WINDOW = 800  # characters back an unlinked 'it' may take up a document issued before


@dataclass(frozen=True, eq=False)
class DocumentWords:
    nouns: frozenset[str]  # document nouns (speech_cues.json)
    issue_verbs: frozenset[str]  # 'X adopted / filed / sent a <document>'
    family: dict[str, str]  # noun -> family: 'The missive' may take up 'the statement'
    not_issuers: frozenset[str]  # possessives naming no issuer: "Today's indictment"
    published_in: frozenset[str]  # 'an article in The Daily Caller' is the publication's
    possessor_is_target: frozenset[str]  # "Stone's indictment" is against Stone, not by him
    keep_without_issuer: frozenset[str]  # 'The indictment alleges' with no issuer named: the phrase, no publisher
    of_is_subject: frozenset[str]  # 'an investigation of X' is about X, not by X
    carriers: frozenset[str]  # 'a statement carried by agency X': X only carried it
    obtained: frozenset[str]  # 'documents obtained by X': X, unless another is named as issuing them
    released_verbs: frozenset[str]  # 'the letter, which was signed by X'
    issued: frozenset[str]  # nouns an unlinked 'it' may take up ('X released a statement ... it says')
    it_extra: frozenset[str]  # not document nouns, but an 'it' after them is the document ("X's reporting ...")


@lru_cache(maxsize=1)
def document_words() -> DocumentWords:
    d = data_json("document_issuers.json")
    family = {w: name for name, words in d["families"].items() for w in words}
    return DocumentWords(nouns=speech_cues().document_nouns, issue_verbs=frozenset(d["issue_verbs"]),
                         family=family, not_issuers=frozenset(d["not_issuers"]),
                         published_in=frozenset(d["published_in"]),
                         possessor_is_target=frozenset(d["possessor_is_target"]),
                         keep_without_issuer=frozenset(d["keep_without_issuer"]),
                         of_is_subject=frozenset(d["of_is_subject"]), carriers=frozenset(d["carriers"]), obtained=frozenset(d["obtained"]),
                         issued=frozenset(d["issued"]), released_verbs=frozenset(d["released_verbs"]), it_extra=frozenset(d["it_extra"]))


def is_document(tok: Token) -> bool:
    words = document_words()
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in words.nouns or tok.lower_ in words.nouns)


Resolve = Callable[..., "Speaker | None"]


def document_speaker(tok: Token, index, resolve: Resolve) -> Speaker | None:
    """The speaker of a document phrase ('the letter said', 'according to the indictment'): its own issuer ('the
    NAACP's resolution', 'a letter from X'); for a definite phrase the issuer of the last same document that spoke,
    else of the document it takes up ('X filed a lawsuit ... The lawsuit says'), else the phrase itself for court
    papers and letters, else the last publisher seen; 'X wrote in a letter' is X's; a document no one is named for
    stays the phrase. None leaves the token to the caller. ``resolve(token, index)`` is speakers.speaker_from."""
    lemma = tok.lemma_.lower()
    owner = own_issuer(tok, index) or clause_issuer(tok)
    if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.i != tok.i:
        owner = owner.head.head  # "the former secretary of state's campaign"
    if owner is not None:
        found = _resolved(owner, index, resolve)
        if found is not None:
            index.document_owners[lemma] = found
            return found
        if owner.pos_ in ("NOUN", "PROPN") and not is_document(owner):
            start, end = _phrase_bounds(tok)  # 'The letter released by the faculty at Georgetown': not another letter
            return Speaker(name=noun_phrase(owner), entity=None, mention=index.text[start:end], start=start, end=end)
        return None
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE or c.dep_ == "poss" for c in tok.children)
    if definite:
        found = earlier_issuer(tok, index, resolve)  # 'The resolution said' after 'X adopted a resolution'
        if found is not None:
            index.document_owners[lemma] = found
            start, end = _phrase_bounds(tok)
            return Speaker(name=found.name, entity=found.entity, mention=index.text[start:end], start=start, end=end)
        cached = index.document_owners.get(lemma)  # the last one whose issuer was read from its cue or its phrase
        if cached is not None and cached.start < tok.idx:
            return cached
        words = document_words()
        if lemma in words.keep_without_issuer or tok.lower_ in words.keep_without_issuer:
            return _phrase(tok, index)  # 'The indictment alleges' with no issuer named
        pub = index.publisher_before(tok.idx)
        if pub is not None:
            start, end = _phrase_bounds(tok)
            return Speaker(name=pub.name, entity=pub.id, mention=index.text[start:end], start=start, end=end)
        cached = index.document_owners.get("*")
        if cached is not None:
            return cached
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") and \
            tok.head.head.lower_ != "according":
        found = resolve(subject_of(tok.head.head), index)  # 'X wrote in a letter calling on ...'
        if found is not None:
            return found
    if owner is None and (tok.dep_ == "pobj" or tok.dep_ == "nsubj" and any(
            c.dep_ == "det" or (c.dep_ == "acl" and c.tag_ == "VBN") for c in tok.children)):
        return _phrase(tok, index)  # 'according to the documents', 'the court papers say': no owner named
    return None


def document_it(tok: Token, index, resolve: Resolve) -> Speaker | None:
    """The issuer behind an 'it' that stands for a document: the document subject just before ("X's letter did not
    name anyone. Instead, it condemned ..."), else, when the pronoun resolver linked the 'it' to nothing, a document
    issued shortly before ('X released a statement ... it says')."""
    paper = _document_antecedent(tok, index)
    found = None
    if paper is not None:
        found = _resolved(own_issuer(paper, index), index, resolve) or resolve(paper, index)
    if found is not None:
        return replace(found, mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    if tok.i in index.pronouns:
        return None
    return earlier_issuer(tok, index, resolve, lemmas=document_words().issued, window=IT_WINDOW)


def earlier_issuer(tok: Token, index, resolve: Resolve, lemmas: frozenset[str] | None = None,
                   window: int | None = None) -> Speaker | None:
    """The issuer of the earlier document a phrase takes up: of the nearest earlier mention of the same noun (of any
    noun of ``lemmas``, within ``window`` characters, when given) that names one, then of the family nouns and the
    verb ('The Atlantic reported ... According to the report')."""
    lemma = tok.lemma_.lower()
    for earlier in antecedents(tok, index, lemmas, window):
        issuer = mention_issuer(earlier, index)
        if issuer is None or issuer.lemma_.lower() == lemma:
            continue
        found = _resolved(issuer, index, resolve)
        if found is not None:
            return found
    return None


def mention_issuer(t: Token, index) -> Token | None:
    """Who issued the document an earlier mention names: the subject of 'X reported' (a verb mention), of 'X said
    in / sent / adopted a <document>', or the issuer the phrase itself names."""
    if t.pos_ == "VERB":
        subj = subject_of(t)
        return subj if subj is not None and not any(c.dep_ == "auxpass" for c in t.children) else None
    return speaking_in(t) or own_issuer(t, index) or clause_issuer(t)  # 'X said in a statement released by Y': X


def _phrase(tok: Token, index) -> Speaker:
    start, end = _phrase_bounds(tok)
    return Speaker(name=noun_phrase(tok), entity=None, mention=index.text[start:end], start=start, end=end)


def own_issuer(tok: Token, index) -> Token | None:
    """The token naming the issuer inside the document phrase: a possessive ('the NAACP's resolution', not
    "Stone's indictment"), a named modifier ('the DOJ document'), 'a letter from/by X', 'a report of the Senate'
    (not 'an investigation of X'), 'a statement released by X', 'the letter X sent', 'an article in The Daily
    Caller'."""
    words = document_words()
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "poss":
            if c.lower_ not in words.not_issuers and c.ent_type_ not in NO_ISSUER_TYPES and \
                    tok.lower_ not in words.possessor_is_target and lemma not in words.possessor_is_target:
                return c
            continue
        if c.dep_ == "compound" and c.i in index.tok2ent and index.entities[index.tok2ent[c.i]].type != "GPE":
            return c  # 'the DOJ document', not the place of 'the Benghazi emails'
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is None or p.ent_type_ in NO_ISSUER_TYPES:
                continue
            if c.lower_ == "of":
                if lemma in words.of_is_subject or tok.lower_ in words.of_is_subject:
                    continue  # 'an investigation of X' is about X
                if p.pos_ != "PROPN" and p.i not in index.tok2ent:
                    inner = released_by(p)  # 'a video of his remarks released by X': X, not the remarks
                    if inner is not None:
                        return inner
                    continue
            return (own_issuer(p, index) if is_document(p) else None) or p
        if c.dep_ == "prep" and c.lower_ == "in" and lemma in words.published_in:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            k = index.tok2ent.get(p.i) if p is not None else None
            if k is not None and index.entities[k].type == "ORG":
                return p  # 'an article in The Daily Caller'
        if c.dep_ == "relcl" and c.i > tok.i and c.lemma_.lower() in words.issue_verbs and \
                not any(g.dep_ == "auxpass" for g in c.children):
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in RELATIVE), None)
            if subj is not None:
                return subj  # 'a letter that Mr. Vega sent'
        if c.dep_ in ("acl", "relcl") and c.i > tok.i:
            signer = _under_signature(c)
            if signer is not None:
                return signer  # 'The cable, sent under Ambassador X's signature'
    return released_by(tok)


def released_by(tok: Token) -> Token | None:
    """'a statement released by X', 'a video posted by X', 'the letter, which was signed by X': X; not 'carried
    by news agency X', who only carried it; 'documents obtained by X' only when no one is named as issuing them."""
    words = document_words()
    holder = None
    for c in tok.children:
        passive_rel = c.dep_ == "relcl" and c.lemma_.lower() in words.released_verbs and any(
            g.dep_ == "auxpass" for g in c.children)
        if not (c.dep_ == "acl" and c.tag_ == "VBN" or passive_rel):
            continue
        for v in (c, *c.conjuncts):  # 'released Tuesday and signed by X', 'obtained by Y and signed by X'
            if v.lemma_.lower() in words.carriers:
                continue
            for g in v.children:
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "from")):
                    p = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if p is not None and v.lemma_.lower() in words.obtained:
                        holder = holder or p
                    elif p is not None:
                        return p
    return holder


def clause_issuer(tok: Token) -> Token | None:
    """The subject of the clause that issues the document: 'X adopted/filed/sent a <document>', 'X sent Y, of Z, a
    letter' (the parser may hang the document on the first object as an apposition)."""
    h = tok.head
    if tok.dep_ == "appos" and h.dep_ in ("dobj", "dative") and h.i < tok.i:
        h = h.head
    elif tok.dep_ != "dobj":
        return None
    if h.lemma_.lower() in document_words().issue_verbs:
        subj = subject_of(h)
        return subj if subj is not None and subj.i != tok.i and not is_document(subj) else None
    return None


def speaking_in(tok: Token) -> Token | None:
    """'X said in a statement (released by Y)', 'the group wrote in a letter': X, whose words the document holds;
    not 'In an indictment, X is charged'."""
    h = tok.head
    if tok.dep_ != "pobj" or h.lower_ not in IN_PREPS or h.dep_ != "prep":
        return None
    verb = h.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.i != tok.i and not is_document(subj) else None


def antecedents(tok: Token, index, lemmas: frozenset[str] | None = None, window: int | None = None) -> Iterator[Token]:
    """Earlier mentions outside quotations that a document phrase may take up: the same noun first, nearest first,
    then nouns of its family ('the statement' for 'The missive'), then the same word as a verb ('X reported ...'
    for 'the report'). With ``lemmas``: any noun of them within ``window`` characters, nearest first."""
    words = document_words()
    lemma = tok.lemma_.lower()
    family = None if lemmas else words.family.get(lemma)
    doc = tok.doc
    near = _sentences_back(tok, index, FAMILY_SENTENCES)
    later, verbs = [], []
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if window is not None and tok.idx - t.idx > window:
            break
        if index.in_quote(t.idx) is not None:
            continue
        low = t.lemma_.lower()
        if lemmas:
            if t.pos_ == "NOUN" and low in lemmas:
                yield t
            continue
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


def _document_antecedent(tok, index):
    """The document 'it' stands for: the last subject before ``tok`` in its sentence, else the main subject of
    the sentence before, when that subject is a document noun ('The cable also warned ... It said'; "X's
    reporting sent Y into a furor as it suggested"); None when a name or another noun is the last subject."""
    doc = tok.doc
    start, _ = index.sentence(tok.i)
    prev, _ = index.sentence(start - 1) if start > 0 else (start, None)
    for s0, s1, own in ((start, tok.i, True), (prev, start, False)):
        last = None
        for t in doc[s0:s1]:
            if t.dep_ in ("nsubj", "nsubjpass") and index.in_quote(t.idx) is None and (own or t.head.dep_ == "ROOT"):
                last = t
        if last is None:
            continue
        if last.pos_ == "NOUN" and last.i not in index.tok2ent and (
                is_document(last) or last.lemma_.lower() in document_words().it_extra):
            return last
        return None
    return None


def _sentences_back(tok, index, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one holding ``tok``."""
    k = bisect_right(index.sent_starts, tok.i) - 1
    return index.sent_starts[max(0, k - n)] if index.sent_starts else 0


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
    more = [resolve(c, index) for c in tok.conjuncts if c.i > tok.i and c.pos_ in ("PROPN", "NOUN")] if any(
        g.dep_ == "cc" for c in tok.conjuncts for g in c.head.children) else []
    names = [found.name] + [m.name for m in more if m is not None and m.name and m.name != found.name]
    if len(names) > 1:  # 'brought by Nebraska's attorney general and Oklahoma's': both
        return Speaker(name=" and ".join(names), entity=None, mention=found.mention, start=found.start, end=found.end)
    return found


def _body_named_by_modifiers(tok, index):
    """'the St. Louis group': the organisation named before whose name holds every proper-noun modifier of the
    description (the last one named), else None."""
    marks = {c.text.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()}
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
