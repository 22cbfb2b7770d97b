"""Features of one indirect-statement candidate for the learned keep/drop decision (indirect_model.py).

Structure, not wordings: the cue's lexicon class and syntax, how the content hangs on the cue and what
kind of phrase it is, who the subject is and how sure the speaker is, tense/modality/negation, quote
marks, headline and paragraph position, and the rules' guard that fired. The raw cue lemma is one
feature among many (the training script regularises it with the rest). Everything comes from the parse
the pipeline already has; indicator features are strings, as in event_model_features.py.
"""
from __future__ import annotations

from functools import lru_cache

from .clause_bounds import _clause_end
from .cues import FINITE, speech_cues
from .speakers import subject_of
from .text_lines import line_end, line_start

OBJECT_PREPS = {"as", "for", "of", "over", "against", "on"}  # 'praised X for ...', 'dismissed X as ...'
PREP_OBJECTS = {"for", "about", "at", "over", "against", "on", "of"}  # 'apologized for', 'took aim at'
MODAL_WORDS = {"will", "would", "could", "may", "might", "must", "should", "can", "'ll", "wo", "ca"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
NEXT_KEPT = {".", ",", ";", ":", "--", "\u2014", "(", "and", "but", "because", "as", "while", "if", "end", "VERB", "ADP"}
HEDGES = {"reportedly", "allegedly", "apparently", "privately", "publicly", "repeatedly", "later", "also"}


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, frozenset[str]], ...]:
    """Lexicon classes a cue lemma can belong to (speech_cues.json): the classes and each role list."""
    c = speech_cues()
    out = [("clause", c.clause_verbs), ("object", c.object_verbs), ("clause_only", c.clause_only_verbs),
           ("report_subject", c.report_subject_verbs), ("belief", c.belief_verbs), ("noun", c.cue_nouns),
           ("document", c.document_nouns), ("channel", c.channel_nouns)]
    out += [(name, words) for name, words in c.roles.items()]
    return tuple(out)


def object_range(cue) -> tuple[int, int, str] | None:
    """Token range a cue verb might report when the rules found no clause: a clause hanging on it
    ('did not say that ...', dropped for its negation), else its object with the phrase that says what
    the object is taken for ('praised the coalition for its restraint'); with the guard name the trace gives
    it. None for pronoun objects."""
    if cue.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(cue.children)
    clause = next((c for c in kids if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i), None)
    if clause is not None:
        return clause.left_edge.i, max(_clause_end(clause), clause.i + 1), "clause_dropped"
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:  # 'apologized for the delay', 'took aim at the rules': the object of the cue's preposition
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in PREP_OBJECTS and c.i > cue.i), None)
        pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is None or pobj.pos_ == "PRON":
            return None
        return pobj.left_edge.i, pobj.right_edge.i + 1, "prep_object"
    if obj.pos_ == "PRON":
        return None
    end = obj.right_edge.i + 1
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS and c.i >= end and c.i <= end + 1:
            end = c.right_edge.i + 1
    return obj.left_edge.i, end, "np_object"


def aside_range(cue, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """'Memories have faded, he said, and the records are gone': a cue set off by commas inside the sentence
    it reports; the whole sentence (the cue and its subject inside) as one candidate."""
    doc = cue.doc
    s0, s1 = sentence[0], min(sentence[1], len(doc))
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    first = subj.left_edge.i if subj is not None else cue.i
    last = cue.i
    while last + 1 < s1 and doc[last + 1].dep_ in ("prt", "advmod", "npadvmod") and doc[last + 1].head.i == cue.i:
        last += 1
    if first - s0 < 2 or s1 - last < 4 or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    end = s1
    while end > last + 2 and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ('"', "”"):
        end -= 1
    return s0, end


def unlisted_cue(tok, cue_ids: set[int]) -> bool:
    """A verb outside the cue lexicon reporting a that-clause of someone's ('Ryan highlighted that ...')."""
    if tok.pos_ != "VERB" or tok.i in cue_ids:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in tok.children)


CUT_DASHES = {"--", "\u2014", "\u2013"}


def alternative_ends(doc, cue, a: int, b: int, sentence: tuple[int, int]) -> list[tuple[int, int, str]]:
    """Other ends for the statement in tokens [a, b) that follows its cue: cut before the first comma, dash or
    semicolon inside it, before a verb coordinated after 'and'/'but', or run on to the end of the sentence.
    (start, end, name) token ranges; the model chooses among them and the rules' own end."""
    out = []
    if a <= cue.i:
        return out
    for t in doc[a + 3:b - 2]:
        if t.text in (",", ";") or t.text in CUT_DASHES:
            out.append((a, t.i, "alt_cut_dash" if t.text in CUT_DASHES else "alt_cut_comma"))
            break
    for t in doc[a + 3:b - 1]:
        if t.dep_ == "cc" and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > t.i and
                                  not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                  for c in t.head.children):
            out.append((a, t.i, "alt_cut_conj"))
            break
    end = min(sentence[1], len(doc))
    while end > b and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end > b + 1:
        out.append((a, end, "alt_to_sentence_end"))
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _subject_kind(subj, index) -> str:
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return "pron_resolved" if subj.i in index.pronouns and index.pronouns[subj.i][1] is not None else "pron"
    k = index.tok2ent.get(subj.i)
    if k is not None:
        return "ent_" + index.entities[k].type
    if subj.pos_ == "PROPN":
        return "propn"
    if subj.pos_ == "NOUN":
        return "noun_pl" if subj.tag_ == "NNS" else "noun"
    return "other"


def _content_relation(doc, cue, a: int, b: int) -> list[str]:
    """How the candidate's tokens [a, b) hang on the cue: the dependency of the span's root, and whether
    that root's head is the cue."""
    if a >= b:
        return ["rel=empty"]
    roots = [t for t in doc[a:b] if not (a <= t.head.i < b) or t.head.i == t.i]
    root = roots[0] if roots else doc[a]
    head = "cue" if root.head.i == cue.i else ("self" if root.head.i == root.i else "other")
    return [f"rel={root.dep_}", f"relhead={head}", f"rel_head={root.dep_}|{head}", f"root_pos={root.pos_}",
            f"nroots={_bucket(len(roots), (1, 2, 4))}"]


def _edges(doc, a: int, b: int) -> list[str]:
    """What the span ends on and what follows it: a statement cut at a comma or run on past one."""
    if a >= b:
        return []
    last = doc[b - 1]
    nxt = doc[b] if b < len(doc) else None
    after = "end" if nxt is None else nxt.text if nxt.is_punct else nxt.lower_ if nxt.dep_ in ("cc", "mark") else \
        nxt.pos_
    commas = sum(t.text == "," for t in doc[a:b])
    out = [f"last={last.pos_}", f"next={after if after in NEXT_KEPT else 'other'}",
           f"commas={_bucket(commas, (0, 1, 3))}"]
    if any(t.dep_ == "relcl" and doc[t.left_edge.i - 1].text == "," for t in doc[a + 1:b] if t.left_edge.i > a):
        out.append("set_off_relative")
    return out


def _content_kind(span) -> list[str]:
    toks = [t for t in span if not t.is_punct and not t.is_space]
    if not toks:
        return ["kind=empty"]
    first = toks[0]
    finite = any(t.tag_ in FINITE for t in toks)
    subj = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in toks)
    verb = any(t.pos_ in ("VERB", "AUX") for t in toks)
    kind = "clause" if finite and subj else "infinitive" if first.lower_ == "to" or (
        verb and any(t.tag_ == "VB" for t in toks[:3])) else "verbal" if verb else "np"
    lead = first.lower_ if first.lower_ in ("that", "to", "whether", "if", "how", "why", "what", "the", "a", "an",
                                            "he", "she", "it", "they", "we", "i") else first.pos_
    out = [f"kind={kind}", f"lead={lead}"]
    if any(t.tag_ == "MD" or t.lower_ in MODAL_WORDS for t in toks):
        out.append("content_modal")
    if any(t.dep_ == "neg" for t in toks):
        out.append("content_neg")
    if any(t.text == "?" for t in span):
        out.append("question")
    return out


def candidate_features(doc, index, cue, is_noun: bool, q, guard: str | None) -> list[str]:
    """Indicator features of one candidate: cue ``cue`` (a noun cue when ``is_noun``) reporting quote ``q``
    (char span, speaker), dropped by the rules' guard ``guard`` (None: kept)."""
    lemma = cue.lemma_.lower()
    f = ["bias_rule" if guard is None else f"guard={guard}", f"noun={int(is_noun)}",
         f"tag={cue.tag_}", f"dep={cue.dep_}", f"lemma={lemma}"]
    fams = [name for name, words in _families() if lemma in words]
    f += [f"fam={n}" for n in fams] or ["fam=none"]
    if guard is not None:
        f.append(f"guard_noun={guard}|{int(is_noun)}")
    kids = list(cue.children)
    if any(c.dep_ == "neg" for c in kids):
        f.append("cue_neg")
    if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in kids):
        f.append("cue_modal")
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        f.append("cue_passive")
    if any(c.lower_ in HEDGES for c in kids):
        f.append("cue_hedge")
    if any(c.dep_ in ("dative",) or (c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "NORP")) for c in kids):
        f.append("addressee")
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    a, b = (span.start, span.end) if span is not None else (cue.i, cue.i + 1)
    where = "after" if a > cue.i else "before" if b <= cue.i else "around"
    f.append(f"where={where}")
    f += _content_relation(doc, cue, a, b)
    f += _content_kind(doc[a:b])
    verbs = speech_cues().clause_verbs
    if any(t.pos_ == "VERB" and t.i != cue.i and t.lemma_.lower() in verbs for t in doc[a:b]):
        f.append("cue_inside_span")  # another speech verb inside: a nested statement or a run-on
    if a < b and index.sentence(a) != index.sentence(b - 1):
        f.append("crosses_sentence")
    if where == "after":
        f.append(f"gap={_bucket(a - cue.i - 1, (0, 1, 3, 6))}")
    f.append(f"len={_bucket(b - a, (2, 4, 8, 15, 30, 50))}")
    f += _edges(doc, a, b)
    f.append(f"where_noun={where}|{int(is_noun)}")
    subj = subject_of(cue) if not is_noun else None
    sk = _subject_kind(subj, index)
    f.append(f"subj={sk}")
    sp = q.speaker
    if sp is not None:
        etype = next((e.type for e in index.entities if e.id == sp.entity), None) if sp.entity else None
        f.append(f"spk={etype or 'phrase'}")
        f.append(f"spk_subj={etype or 'phrase'}|{sk}")
        mention = (sp.mention or "").lower()
        if mention in PRONOUNS:
            f.append("spk_pronoun")
        if sp.start is None:
            f.append("spk_unplaced")
        else:
            if 0 <= sp.start < line_end(index.text, 0) <= cue.idx:
                f.append("spk_from_headline")
            s0c = doc[index.sentence(cue.i)[0]].idx
            f.append("spk_dist=" + ("in_sentence" if sp.start >= s0c else
                                    _bucket((s0c - sp.start) // 100, (0, 2, 5))))
        f.append(f"spk_words={_bucket(len(sp.name.split()), (1, 2, 3, 5))}")
        m = (sp.mention or "").strip()
        f.append("spk_mention=" + ("pronoun" if mention in PRONOUNS else "none" if not m else
                                   "name" if m[:1].isupper() else "description"))
        if subj is not None and sp.start is not None and sp.start <= subj.idx < (sp.end or sp.start + 1):
            f.append("spk_is_subject")
        last = sp.name.split()[-1] if sp.name.split() else ""
        s0c, s1c = index.sentence(cue.i)
        if last and last in doc[s0c:min(s1c, len(doc))].text:
            f.append("spk_named_in_sentence")
    quoted = sum(max(0, min(m.end, q.end) - max(m.start, q.start)) for m in index.quotes)
    share = quoted / max(1, q.end - q.start)
    f.append("quoted=" + ("none" if share == 0 else "part" if share < 0.5 else "most"))
    if any(m.start <= cue.idx < m.end for m in index.quotes):
        f.append("cue_in_quote")
    text = index.text
    para_start = line_start(text, cue.idx)
    if cue.idx < line_end(text, 0):
        f.append("headline")
    para_no = text.count("\n\n", 0, para_start)
    f.append(f"para={_bucket(para_no, (1, 2, 4, 8))}")
    s0, s1 = index.sentence(cue.i)
    s1 = min(s1, len(doc))
    f.append(f"sent_len={_bucket(s1 - s0, (8, 15, 25, 40))}")
    f.append("sent_first" if doc[s0].idx <= para_start + 1 else "sent_later")
    f.append(f"cue_pos={_bucket(int(4 * (cue.i - s0) / max(1, s1 - s0)), (0, 1, 2))}")
    ends = b >= s1 or (b < len(doc) and doc[b].is_punct and doc[b].text in ".?!")
    f.append(f"ends_sentence={int(ends)}")
    if q.channel:
        f.append("channel")
    if q.addressee:
        f.append("addressee_found")
    origin = "rule" if guard is None else guard  # the same evidence may weigh differently for a kept statement
    f += [f"{origin}&{x}" for x in f if x.startswith(("fam=", "kind=", "subj=", "rel=", "spk="))]
    return f
