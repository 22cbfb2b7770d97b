"""The evaluative words of a statement (data/event_evaluations.tsv) and how a clause turns them:
which kinds a token carries (criticism, praise, falsity, ...) and whether it stands under a
negation ("not OK", "could not give a good answer", "has no integrity")."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import alternatives, data_rows
from .sentence_view import doc_view

POS_LETTER = {"ADJ": "A", "VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N"}
NEGATORS = frozenset({"no", "never", "nothing", "neither", "nor", "without", "not", "n't", "hardly", "barely"})
PHRASE_GAP = 2
NAME_TYPES = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "GPE", "PERSON", "NORP", "LOC"})
# Accusing verbs that, inside a relative clause, state a fact about someone rather than judge.
CRIMES = frozenset({"lie", "collude", "bribe", "steal", "embezzle", "defraud", "launder", "extort", "blackmail",
                    "harass", "stonewall", "cover", "cheat", "mislead", "deceive", "rig", "conspire", "obstruct",
                    "tamper", "falsify", "forge", "leak", "spy", "profit", "abuse", "assault"})
# Verbs that say what someone feels or thinks: "I don't think it's OK" negates the clause it holds.
OPINION_VERBS = frozenset({"think", "believe", "feel", "consider", "find", "expect", "suppose", "guess", "reckon"})


@dataclass(frozen=True)
class Vocabulary:
    words: dict[tuple[str, str], tuple[str, ...]]  # (pos letter, lemma) -> kinds, first listed first
    phrases: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # first word -> (kind, rest), longest first


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    words: dict[tuple[str, str], list[str]] = {}
    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, pos, field in data_rows("event_evaluations.tsv"):
        for w in alternatives(field):
            parts = w.lower().split()
            if len(parts) == 1:
                kinds = words.setdefault((pos, parts[0]), [])
                if kind not in kinds:
                    kinds.append(kind)
            else:
                phrases.setdefault(parts[0], []).append((kind, tuple(parts[1:])))
    return Vocabulary({k: tuple(v) for k, v in words.items()},
                      {k: tuple(sorted(v, key=lambda r: -len(r[1]))) for k, v in phrases.items()})


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """Every listed word and every phrase's first word: a token whose lemma and lower-case form are
    both outside this set has no kinds and starts no phrase."""
    ev = vocabulary()
    return frozenset(ev.phrases) | frozenset(lemma for _, lemma in ev.words)


@lru_cache(maxsize=16)
def verbs_of_kind(kind: str) -> frozenset[str]:
    """Verb lemmas listed under ``kind`` ("naming", "cue")."""
    return frozenset(lemma for (pos, lemma), kinds in vocabulary().words.items() if pos == "V" and kind in kinds)


def _phrase_end_at(lemmas: list[str], lowers: list[str], i: int, rest: tuple[str, ...], end: int) -> int | None:
    """Index of the last word when the words ``rest`` follow token ``i`` in order, at most PHRASE_GAP
    other words apart (on a sentence_view.DocView's lemma and lower lists)."""
    for word in rest:
        for j in range(i + 1, min(i + 2 + PHRASE_GAP, end)):
            if lemmas[j] == word or lowers[j] == word:
                i = j
                break
        else:
            return None
    return i


def phrase_at(tok, end: int) -> tuple[str, int] | None:
    """(kind, index of its last word) of the longest listed phrase starting at ``tok``."""
    phrases = vocabulary().phrases
    view = doc_view(tok.doc)
    i = tok.i
    lemma, lower = view.lemma[i], view.lower[i]
    if lemma not in phrases and lower not in phrases:
        return None
    for key in dict.fromkeys((lemma, lower)):
        for kind, rest in phrases.get(key, ()):
            last = _phrase_end_at(view.lemma, view.lower, i, rest, end)
            if last is not None:
                return kind, last
    return None


def kinds_of(tok) -> tuple[str, ...]:
    """Kinds of one content word (phrases aside)."""
    words = vocabulary().words
    lemma = tok.lemma_.lower()
    pos = POS_LETTER.get(tok.pos_)
    if pos is None or (tok.pos_ == "PROPN" and tok.ent_type_ in NAME_TYPES):
        return ()  # part of a name ("the Patriot Act", "Justice Department")
    kinds = words.get((pos, lemma)) or words.get((pos, tok.lower_)) or ()
    if not kinds and pos == "N":
        kinds = words.get(("A", tok.lower_), ())  # an adjective the tagger took for a noun ("comments racist")
    if not kinds and tok.tag_ == "VBN":
        kinds = words.get(("A", tok.lower_), ())  # "was disappointed", "feel cheated"
    if not kinds and pos == "V" and tok.dep_ in ("amod", "acomp"):
        kinds = words.get(("A", tok.lower_), ())
    if not kinds:
        return ()
    if pos == "V" and tok.dep_ == "amod":
        return ()  # "imperiled species", "a documented record": a participle describing, not a judgement
    if pos == "N" and tok.dep_ == "compound":
        return ()  # "libel laws", "fraud charges": a noun naming a kind of thing
    if lemma == "fail" and pos == "V" and not any(c.dep_ == "dobj" for c in tok.children):
        kinds = tuple(k for k in kinds if k != "criticism")  # "failed to pass" reports; "failed the voters" judges
    if lemma in CRIMES and pos == "V" and any(a.dep_ in ("relcl", "acl") for a in (tok, *tok.ancestors)):
        return ()  # "X, whom he fired for lying to the FBI": a fact about someone, not the judgment said
    if lemma == "cover" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return ()  # only "cover up"
    return kinds


def negated(tok) -> bool:
    """``tok`` stands under a negation: its own ("not fit"), its clause's ("is not OK", "could not give
    a good answer"), or an opinion verb's over its clause ("I don't think it's OK")."""
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in ("acomp", "attr", "oprd", "xcomp", "dobj", "amod", "ccomp") and head.i != tok.i:
        if tok.dep_ == "amod":  # "no good answer", "could not give a good answer"
            if any(c.lower_ in ("no", "never") for c in head.children):
                return True
            if head.dep_ in ("dobj", "attr") and head.head.i != head.i:
                head = head.head
            else:
                return False
        if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children):
            return True
        clause = head
    else:
        clause = tok
    # "I don't think it's OK": the opinion verb's negation passes to the clause it holds
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in OPINION_VERBS and any(
            c.dep_ == "neg" for c in clause.head.children):
        return True
    return False


def first_person(tok) -> bool:
    return tok is not None and tok.lower_ in ("i", "we", "me", "us", "my", "our", "myself", "ourselves")
