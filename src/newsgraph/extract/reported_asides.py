"""A reported clause that goes on past an aside set off by commas: 'urged the parties to begin, as soon as
possible, talks on a truce', 'called on all states to combat by all means, in accordance with the Charter,
threats to peace', 'plans to show the country's resolve, as this year's chair of the forum, to defend the order',
'said he would relay the request, would work closely with X, and would do ...'. The parser ends the clause at the
aside and hangs what follows it on the cue verb (a noun as its conjunct, a second clausal complement) or reads the
aside's 'as' as the mark of a time clause; what follows the aside completes what was said."""
from __future__ import annotations

from .clause_bounds import DASHES, _clause_end
from .speakers import is_cue_token

NOT_ASIDES = {"which", "who", "whom", "whose", "saying", "adding", "according", "while", "whereas", "although",
              "though", "but", "and", "or", "because", "after", "before", "when", "if", "unless", "citing",
              "despite", "amid", "during", "following", "since", "until", "including", "like", "such"}
OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "dative"}
MAX_ASIDE = 25


def _aside_close(doc, comma: int, stop: int) -> int | None:
    """The token that closes the aside opened at ``comma`` (a comma or a dash) before ``stop``: the next mark of the
    same kind, with an adverbial phrase between (opening with a preposition or an adverb) that states nothing of its
    own (no cue, no verb with a subject, no quotation or clause break) and opens with neither a relative word, a
    conjunction, a scene preposition ('despite', 'amid') nor a speech participle."""
    dash = doc[comma].text in DASHES
    first = doc[comma + 1] if comma + 1 < stop else None
    if first is None or first.lower_ in NOT_ASIDES or first.pos_ not in ("ADP", "ADV", "SCONJ"):
        return None  # an adverbial ('as soon as possible', 'in accordance with X', 'as chair of Y'), not a noun
        # ('Washington, D.C., primary, the final contest'), nor a clause of its own
    for k in range(comma + 1, min(stop, comma + MAX_ASIDE + 1)):
        t = doc[k]
        if (t.text in DASHES) if dash else t.text == ",":
            return k if k > comma + 1 else None
        if t.text in (";", ":", ".", "?", "!", '"', "\u201c", "\u201d", "(", ")") or "\n" in t.text or \
                t.text in DASHES or t.text == "," and dash:
            return None
        if is_cue_token(t) or t.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in t.children):
            return None
    return None


def _open_verb(doc, start: int, comma: int):
    """The last verb of the reported range [start, comma) when it has no object or complement of its own and the
    range ends in its phrase ('to combat by all means', 'to begin'): a verb still waiting for its object."""
    verbs = [t for t in doc[start:comma] if t.pos_ == "VERB" and t.dep_ not in ("amod", "acl", "relcl")]
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.right_edge.i < comma - 1 and not all(t.head.i == verb.i or t.head.i > verb.i for t in
                                                 doc[verb.i + 1:comma]):
        return None
    if any(g.dep_ in OBJECT_DEPS or g.dep_ == "prt" for g in verb.children):
        return None
    return verb


def _continuation_end(doc, cue, start: int, comma: int, close: int, stop: int) -> int | None:
    """Where what follows the aside ends, when it completes the reported range [start, comma): an infinitive
    ('..., as chair of X, to defend ...') or the object of the range's last verb ('to begin, as soon as
    possible, talks on ...'), run to its own end. None for anything else (a date, a subject of a new clause,
    a cue, a second statement)."""
    n = close + 1
    if n + 1 >= stop:
        return None
    first = doc[n]
    if first.lower_ == "to" and first.dep_ == "aux" and doc[n + 1].tag_ == "VB" and doc[n + 1].head.i != n:
        verb = doc[n + 1]
        if not (start <= verb.head.i < comma or verb.head.i == cue.i):
            return None
        return max(_clause_end(verb), verb.i + 1)
    if first.pos_ not in ("DET", "NOUN", "ADJ", "NUM", "PROPN") or first.ent_type_ in ("DATE", "TIME"):
        return None
    if _open_verb(doc, start, comma) is None:
        return None
    head = first
    while head.head.i != head.i and head.head.left_edge.i >= n:
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("nsubj", "nsubjpass") or head.ent_type_ in ("DATE", "TIME") \
            or not (head.head.i == cue.i or start <= head.head.i < comma or
                    comma < head.head.i < close and head.dep_ == "appos"):  # (or an appositive to the aside's noun)
        return None
    if any(is_cue_token(t) or t.dep_ in ("nsubj", "nsubjpass") for t in head.subtree):
        return None
    return min(head.right_edge.i + 1, stop)


def across_aside(cue, rng: tuple[int, int], stop: int) -> tuple[int, int]:
    """[start, end) carried past an aside set off by commas or dashes when what follows it completes the reported
    clause (see the module doc); ``stop`` is the sentence end."""
    start, end = rng
    if start <= cue.i or end >= stop:
        return rng
    doc = cue.doc
    j = end
    while j > start and doc[j - 1].is_punct and doc[j - 1].text in (",", *DASHES):
        j -= 1
    if j >= stop or doc[j].text not in (",", *DASHES):
        return rng
    close = _aside_close(doc, j, stop)  # the range ends before the aside
    opened = j
    if close is None:  # or the parser took the aside into the range and it ends at the closing mark
        opened = next((k for k in range(j - 1, start, -1) if doc[k].text == doc[j].text or
                       doc[k].text in DASHES and doc[j].text in DASHES), None)
        if opened is None or _aside_close(doc, opened, stop) != j:
            return rng
        close = j
    new = _continuation_end(doc, cue, start, opened, close, stop)
    return (start, new) if new is not None and new > end else rng


def second_complement(cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'said he would relay the request to X, would work closely with Y, and would do ...', 'said it had received
    the letter, would study it and might reply ...': a second clausal complement the parser hung on the cue right
    after a finite reported clause and a comma, opening with a modal and with no subject of its own (nor a cue:
    'would not say when'), shares the reported subject: what was said goes on through it."""
    start, end = rng
    if start <= cue.i:
        return rng
    doc = cue.doc
    head = next((c for c in cue.children if c.dep_ == "ccomp" and start <= c.i < end), None)
    if head is None or not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in head.children):
        return rng  # a finite reported clause whose subject the complement shares
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i < end:
            continue
        lead = c.left_edge.i
        while lead < c.i and doc[lead].text == ",":
            lead += 1  # (the parser may give the comma to the complement)
        if lead > end + 1 or not all(t.text == "," for t in doc[end:lead]) or doc[lead - 1].text != ",":
            return rng
        aux = [g for g in c.children if g.dep_ == "aux" and g.i < c.i]
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) or not aux or aux[0].tag_ != "MD" or \
                aux[0].i != lead or is_cue_token(c):
            return rng
        return start, max(_clause_end(c), c.i + 1)
    return rng
