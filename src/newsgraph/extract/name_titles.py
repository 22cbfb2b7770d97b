"""Titles a person mention carries: the office words before the name ('State Councilor and Foreign Minister X',
'Crown Prince X') or an apposition ('X, the defence minister,')."""
from __future__ import annotations

from .actor_countries import country_kind
from .cues import norm_word, person_words
from .names import TITLE_ADPS, TITLE_DEPS, TITLE_POS, _office_phrases, honorific_at
from .sentence_view import doc_view, slice_text


def title_of(span) -> str | None:
    """The title or role a person mention carries: pre-modifiers or an apposition."""
    doc = span.doc
    view = doc_view(doc)
    toks, texts = view.tokens, view.text  # (the view's Tokens and words: none made per step back)
    pw = person_words()
    inside = set(range(span.start, span.end))
    end0 = span.start  # the title ends before any honorifics of the name ('Foreign Minister Datuk Seri X')
    hon = next((i for i in range(max(0, span.start - 4), span.start) if honorific_at(doc, i, span.start) == span.start),
               None)
    if hon is not None:
        end0 = hon
        inside |= set(range(hon, span.start))
    j = end0 - 1
    first = end0
    while j >= 0 and span.start - j <= 10:
        t = toks[j]
        tagged_with_name = toks[j + 1].ent_iob_ == "I" and toks[j + 1].ent_type_ == "PERSON"  # 'Crown Prince X' as one span
        if t.ent_type_ == "PERSON" and not tagged_with_name or t.text in (",", ";", ":", "(", "—", "--") or \
                t.is_sent_start and t.is_punct or t.text in ("!", "?") or \
                t.text == "." and j > 0 and norm_word(texts[j - 1]) not in pw.titles and \
                norm_word(texts[j - 1]) not in pw.abbreviations:
            break  # a full stop the parser did not end a sentence at ('on Monday. President X'), not 'Capt. X'
        if j == end0 - 1 and (t.head.i == t.i or t.head.i >= span.end) and t.pos_ == "PROPN" and \
                t.text[:1].isupper() and norm_word(t.text) in pw.titles:
            first = j  # 'President Obama spoke ...' opening a paragraph: the parser cut 'President' off as a root;
            # 'Finance Minister X and Trade Minister Y met': it hung 'Minister' on the second name
            inside.add(j)
            j -= 1
            continue
        if t.pos_ not in TITLE_POS or t.dep_ not in TITLE_DEPS or t.pos_ == "ADP" and t.lower_ not in TITLE_ADPS:
            break  # "the President's Call with Prime Minister X": no title runs on past 'with'
        if t.head.i not in inside and not (t.head.i < t.i and span.start - t.head.i <= 10):
            break
        if t.lower_ == "and" and first < end0:
            k = _title_before_and(doc, j, pw)
            if k is not None:  # 'State Councilor and Foreign Minister X': both titles are X's
                first = k
            break
        if t.lower_ in ("the", "a", "an", "and", "but", "then", "said", "says"):
            break
        if t.pos_ == "VERB" and t.tag_ != "VBN":
            break
        first = j
        inside.add(j)
        j -= 1
    words = [norm_word(w) for w in texts[first:end0]]
    pre = None
    if first < end0 and (any(w in pw.titles and w not in pw.honorifics or w in ("president",) for w in words)
                         or _office_phrase(words)):
        while first < end0 and (view.punct[first] or view.pos[first] in ("ADP", "CCONJ")):
            first += 1
        pre = slice_text(doc, first, end0) or None
        if pre and ")" in pre and "(" not in pre:
            pre = " ".join(pre.replace(")", " ").split())  # 'African Union Commission (AUC) Chairman X': 'AUC Chairman'
    if pre and len(pre.split()) > 1:
        return pre
    # a one-word rank ("Admiral Anselm Dravik, Valdoria's new defense minister,") yields to the apposition
    return _apposition_title(span, pw) or pre


def office_before_comma(span) -> str | None:
    """The office word heading a definite title phrase the name follows after a comma, when the parser hung the
    name on it ('The Deputy Premier and Minister for Trade, Jo Roe,' with 'Roe' an apposition or a conjunct of
    'Premier'): that first office is the person's too, beside the portfolio read after 'and'. Else None."""
    root = span.root
    head = root.head
    if root.dep_ not in ("appos", "conj") or head.i >= span.start or head.pos_ != "PROPN" or \
            not head.text[:1].isupper() or span.start < 1 or span.doc[span.start - 1].text != ",":
        return None
    pw = person_words()
    word = pw.expand(norm_word(head.lemma_))
    if word not in pw.titles or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return word


def _title_before_and(doc, j: int, pw) -> int | None:
    """Where a capitalised title ending just before the 'and' at ``j`` starts ('[Chinese State Councilor] and Foreign
    Minister X'), or None when the word before 'and' is no capitalised title or the title follows an article."""
    k = j - 1
    if k < 0 or not doc[k].text[:1].isupper() or norm_word(doc[k].text) not in pw.titles:
        return None
    while k > 0 and j - k < 4 and doc[k - 1].pos_ in ("PROPN", "ADJ") and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].dep_ in ("compound", "amod") and not doc[k].is_sent_start:
        k -= 1
    if k > 0 and doc[k - 1].pos_ == "DET":
        return None  # 'the President and Speaker X': two people, one named
    return k


def _office_phrase(words: list[str]) -> bool:
    """Whether title words hold an office written with an honorific ('Crown Prince X' is an office, 'Prince X' is
    not; data/person_titles.json 'honorific_offices')."""
    for phrase in _office_phrases():
        n = len(phrase)
        if any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1)):
            return True
    return False


def _apposition_title(span, pw) -> str | None:
    doc = span.doc
    root = span.root
    for child in list(root.children) + ([root.head] if root.dep_ == "appos" else []):
        is_app = child.dep_ == "appos" or child.i == root.head.i  # tokens are new objects: compare positions
        if not is_app or child.i in range(span.start, span.end) or child.pos_ not in ("NOUN", "PROPN"):
            continue
        if child.pos_ == "PROPN" and child.ent_type_ in ("PERSON",):
            continue
        s = child.left_edge.i
        while s < child.i and (doc[s].pos_ in ("DET", "PUNCT")):
            s += 1
        e = child.i + 1
        for r in child.rights:
            if r.dep_ == "prep" and r.lower_ in ("of", "for", "on", "at", "in", "to") and r.i == e:
                e = r.right_edge.i + 1
            else:
                break
        if e - s <= 12 and (norm_word(child.lemma_) in pw.titles or child.pos_ == "NOUN"):
            return slice_text(doc, s, e)
    return None


def comma_title_holds(doc, i: int, title: str, whose: list[str]) -> bool:
    """Whether the person named at token ``i`` holds ``title`` (lower case, as a readout subject writes it: 'foreign
    minister', 'australian foreign minister') by a title written before the name and a comma ('Foreign Minister, X,
    received ...'; 'the Foreign Minister of Iran, Y, ...'). Two holders on a page keep apart by country: a title
    with a country adjective ('The Australian Foreign Minister') needs a written title naming that country; one
    with 'of Y' (``whose``) needs Y; a bare one ('The Foreign Minister') only a written title naming no country -
    the page's own minister, as a government's readout writes its own."""
    while i > 0 and norm_word(doc[i - 1].text) in person_words().honorifics:
        i -= 1  # '..., Ms. X'
    if i < 2 or doc[i - 1].text != "," or not doc[i - 2].text[:1].isupper() \
            or norm_word(doc[i - 2].text) not in person_words().titles and doc[i - 2].pos_ != "PROPN":
        return False
    k = i - 1
    while k > 0 and i - k < 10 and not doc[k].is_sent_start and (
            doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[k - 1].is_space
            or doc[k - 1].lower_ in ("of", "for") or doc[k - 1].lower_ == "the" and doc[k - 2].lower_ in ("of", "for")
            or doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and doc[k - 2].text[:1].isupper()):  # 'Secretary-General'
        k -= 1
    written = doc[k:i - 1]
    text = written.text.lower()
    codes = {hit[0] for t in written if t.text[:1].isupper() and (hit := country_kind(t.text))}
    if whose:
        return title_in(title, text) and all(w in text for w in whose)
    first, _, core = title.partition(" ")
    mine = country_kind(first.capitalize()) if core else None
    if mine is not None:
        return core in text and mine[0] in codes
    return title_in(title, text) and not codes or demonym_title(title, written)


def demonym_title(title: str, written) -> bool:
    """'egyptian president' written before a name as 'Egypt's President' (``written``, the tokens): the title's
    office, and the country its adjective is of (``demonym_of``)."""
    first, _, core = title.partition(" ")
    return bool(core) and core in written.text.lower() and demonym_of(first, written)


def demonym_of(adjective: str, words) -> bool:
    """Whether a country adjective ('veldanian', 'egyptian', lower case) is that of a name among ``words`` (tokens)
    no data file needs to know: another word, which begins the adjective ('Veldania', 'Egypt', 'Quessa' for
    'quessan'); never the word itself ('Foreign' in 'Foreign Minister of X' is no country of 'foreign minister').
    Countries the data files know ('China' for 'chinese') are matched by their codes."""
    for t in words:
        name = t.lower_
        if len(name) < 4 or not t.text[:1].isupper() or name == adjective:
            continue
        if adjective.startswith(name):
            return True
    return False


def office_taken(span) -> str | None:
    """The office the clause naming a person gives them ('X was appointed Drevnia's defence minister', 'X, who
    became prime minister in 2023', 'X was sworn in as president', 'Parliament elected X as speaker'; verbs in
    person_titles.json 'office_verbs'): the title phrase, else None. An active subject of 'appoint' or 'elect'
    gives the office to someone else; only 'become' is taken by its subject."""
    pw = person_words()
    head = span.root
    found = []
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        found.append((head.head, head.dep_))
    found += [(c, g.dep_) for c in head.children if c.dep_ == "relcl" and c.i > head.i
              for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who"]
    for verb, dep in found:
        lemma = verb.lemma_.lower()
        if lemma not in pw.office_verbs or dep == "nsubj" and lemma != "become":
            continue
        for c in verb.children:
            comp = c if c.dep_ in ("oprd", "attr") else None
            if c.dep_ == "prep" and c.lower_ == "as":
                comp = next((g for g in c.children if g.dep_ == "pobj"), None)
            if comp is not None and comp.pos_ in ("NOUN", "PROPN") and pw.expand(norm_word(comp.lemma_)) in pw.titles:
                first = comp.left_edge.i + (comp.left_edge.dep_ == "det")
                return comp.doc[first:comp.i + 1].text or None
    return None


def counterpart_of_nation(tok, holder: int, index) -> int | None:
    """'Foreign Minister X held talks with his Ostrevian counterpart Y' ('his counterpart Y of Ostrevia', 'her
    counterpart from Ostrevia, Y'), then 'the Ostrevian minister said': a title (``tok``) whose capitalised
    country adjective the holder found by its head word (X) has neither among his title words nor just before a
    mention is the counterpart whose phrase names that country (entity number, else None). Only a qualified
    title: a bare 'the minister' stays with the holder of the office."""
    adjs = nation_words(tok)
    if not adjs:
        return None
    if names_nation(holder, adjs, index, tok.doc):
        return None
    for k, ent in enumerate(index.entities):
        if k != holder and ent.type == "PERSON" and ent.mentions and ent.mentions[0][0] < tok.idx and \
                counterpart_holds(tok, k, index, adjs):
            return k
    return None


def nation_words(tok) -> list[str]:
    """The capitalised modifiers of a title that may name a country ('Ostrevian' in 'the Ostrevian minister'),
    lower-cased; no office word ('the Foreign Minister')."""
    return [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper() and
            c.pos_ in ("ADJ", "PROPN") and norm_word(c.text) not in person_words().titles]


def counterpart_holds(tok, k: int, index, adjs: list[str] | None = None) -> bool:
    """Whether person ``k``, brought in as someone's counterpart ('his Ostrevian counterpart Y', 'his
    counterpart Y of Ostrevia'), is the one a country-qualified title (``tok``: 'the Ostrevian minister') means;
    ``adjs``: the title's nation_words, when the caller has them."""
    ent = index.entities[k]
    words = index.titles.get(k, set()) | set((ent.title or "").lower().split())
    if adjs is None:
        adjs = nation_words(tok)
    return "counterpart" in words and bool(adjs) and names_nation(k, adjs, index, tok.doc)


def names_nation(k: int, adjs: list[str], index, doc) -> bool:
    """Whether person ``k``'s title words hold one of the country adjectives, or the words just before one of
    their mentions (back to another person) name it or its country, or 'of'/'from' + the country right after."""
    if any(a in index.titles.get(k, ()) for a in adjs):
        return True
    for s0, e0 in index.entities[k].mentions:
        span = doc.char_span(s0, e0, alignment_mode="expand")
        if span is None or not len(span):
            continue
        near = []
        for t in reversed(doc[max(0, span.start - 6):span.start]):
            if t.ent_type_ == "PERSON" or t.is_sent_end:
                break
            near.append(t)
        after = doc[span.end:span.end + 3]
        if len(after) and after[0].lower_ in ("of", "from"):
            near.extend(after)
        if any(t.lower_ in adjs for t in near) or any(demonym_of(a, near) for a in adjs):
            return True
    return False


SUBORDINATE = ("under", "vice", "deputy", "assistant", "sub")  # words that make a title another office
SUBORDINATE_WORDS = frozenset(SUBORDINATE)


def title_in(title: str, written: str) -> bool:
    """Whether a written title (lower case) holds ``title`` as its own office: 'un secretary-general', 'former
    secretary-general'; not only inside a subordinate office named with the same words ('under-secretary-general
    for peace operations', 'vice-president', 'deputy prime minister' are someone else's offices)."""
    at = written.find(title)
    while at >= 0:
        before = written[:at]
        word = before.rstrip("- ").rsplit(" ", 1)[-1].rsplit("-", 1)[-1] if before.endswith(("-", " ")) else ""
        if word not in SUBORDINATE or title.startswith(SUBORDINATE):
            return True
        at = written.find(title, at + 1)
    return False
