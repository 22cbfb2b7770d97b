"""Name mentions: cleaning NER spans, names the NER missed, titles and gender cues of a person."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_json
from .actor_names import PARTICLES, fold_name
from .cues import norm_word, person_words, speech_cues
from .datelines import in_dateline
from .name_labels import (
    district_name,
    name_words,
    placed_word,
    plain_name,
    repair_label,
    run_on_surnames,
    said_of_a_person,
    speaking_name,
    speaking_name_start,
    titled_untagged,
)
from .name_lexicon import given_sex, is_given_name
from .sentence_view import doc_ents, doc_view, slice_text, span_of

POSSESSIVE = {"'s", "’s", "'", "’"}
ARABIC_ARTICLES = frozenset({"al", "el", "ul", "ad", "ash", "ar", "as", "at", "az", "ibn", "abu"})  # 'al Qaeda'
TITLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "prep", "pobj", "advmod", "npadvmod", "punct", "det",
              "nummod", "cc", "conj"}
TITLE_POS = {"NOUN", "PROPN", "ADJ", "ADV", "ADP", "PART", "VERB", "PUNCT", "CCONJ", "NUM"}
TITLE_ADPS = {"of", "for", "on", "at", "to", "in"}  # 'Secretary of State', 'Minister for Europe', 'envoy to X'


@dataclass
class Mention:
    start: int  # token offsets
    end: int
    label: str
    gender: str | None = None


def looks_like_name(ent) -> bool:
    """A span the NER mislabelled (a WORK_OF_ART next to quotation marks) that reads as a person's name."""
    if ent.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LOC") or not 2 <= len(ent) <= 3:
        return False
    return all(t.pos_ == "PROPN" for t in ent) and is_given_name(ent[0].text)


def clean_mention(ent) -> Mention | None:
    """Strip articles, honorifics, titles and possessives from an NER span."""
    words = person_words()
    doc = ent.doc
    view = doc_view(doc)  # the view's lists: no Token is made to read a word
    text, lower, punct, alpha = view.text, view.lower, view.punct, view.alpha
    s, e = ent.start, ent.end
    label = ent.label_ if ent.label_ in ("PERSON", "ORG", "GPE", "NORP") else "PERSON"
    gender = None
    while e > s and (text[e - 1] in POSSESSIVE or punct[e - 1]):
        e -= 1
    while s < e and (lower[s] == "the" or punct[s]):
        s += 1
    if label == "ORG":  # 'the public organization Commission for Truth', 'rebel group M23': the body's name
        k = s
        while k < e - 1 and alpha[k] and text[k].islower() and lower[k] not in PARTICLES and lower[k] not in ARABIC_ARTICLES:
            k += 1
        if s < k and text[k][:1].isupper() and view.pos[k] == "PROPN":
            s = k
    for i in range(s + 1, e):  # 'Ilse Varnow (Ostravia' of 'Ilse Varnow (Ostravia), its President': the name
        if text[i] == "(" and ")" not in text[i + 1:e]:  # ends at a bracket the span does not close
            e = i
            break
    for i in range(s, e):  # a headline's last words run into the paragraph below: keep the later part
        if "\n" in text[i] and text[i].isspace():
            s = i + 1
    if label == "PERSON":
        for i in range(s + 1, e):  # "Trump’s Twitter": the name ends at the possessive
            if text[i] in POSSESSIVE:
                e = i
                break
        while e - s > 2 and _verb_like(lower[e - 1]):
            e -= 1  # a title-case headline: "Michael Steele Criticized ..."
        normed = [norm_word(w) for w in text[s:e]]  # (once, not once per office phrase)
        for phrase in _office_phrases():  # 'Crown Prince Mohammed ...': the office is no part of the name
            if e - s > len(phrase) and tuple(normed[:len(phrase)]) == phrase:
                s += len(phrase)
                break
        while s < e - 1 and norm_word(text[s]) in words.titles:
            w = norm_word(text[s])
            gender = gender or ("m" if w in words.male else "f" if w in words.female else None)
            s += 1
        s, e = _past_honorifics(doc, s, e)
        if e <= s:
            return None
        if s < e and not any(alpha[i] and text[i][:1].isupper() for i in range(s, e)):
            return None
        for i in range(s + 1, e):  # 'Alex Roe - the FM said': a dash set off by spaces ends the name
            if text[i] in ("-", "–", "—") and doc[i - 1].whitespace_:
                e = i
                break
        joined = text[s:e].count("-")  # 'El-Sisi' is one word
        if e - s - 2 * joined > 5 or e - s == 1 and _bare_title(doc, s, words):
            return None
    if e <= s:
        return None
    if label == "ORG" and e - s == 1 and _office_alone(norm_word(text[s]), words) and _bare_title(doc, s, words):
        return None  # 'The Taoiseach said', 'the Spokesperson added' tagged as a body: an office, no name
    label, s = repair_label(doc, s, e, label, words)
    if s > 0 and label == "PERSON" and gender is None:
        w = norm_word(text[s - 1])
        gender = "m" if w in words.male else "f" if w in words.female else None
    return Mention(s, e, label, gender)


@lru_cache(maxsize=1)
def name_honorifics() -> tuple[frozenset[str], int]:
    """Honorifics written before a name and no part of it ('Datuk Seri', 'Tan Sri', 'H.E.'; data/person_titles.json),
    and the most tokens one of them spans."""
    phrases = frozenset(p.lower() for p in data_json("person_titles.json").get("name_honorifics", ()))
    return phrases, 4


@lru_cache(maxsize=1)
def _honorific_starts() -> frozenset[str]:
    """Every opening of a name honorific ('d', 'da', ..., 'datuk seri'): a token whose lower-case form is none of
    them starts no honorific, so honorific_at need not read the spans after it."""
    return frozenset(p[:k] for p in name_honorifics()[0] for k in range(1, len(p) + 1))


def honorific_at(doc, i: int, end: int | None = None) -> int:
    """Where the name honorifics starting at token ``i`` end ('Datuk Seri Anifah Aman' -> the index of 'Anifah'); ``i``
    when none starts there. A following 'Seri'/'Sri' after a tagged 'Dato'' counts with it."""
    phrases, most = name_honorifics()
    end = len(doc) if end is None else end
    starts = _honorific_starts()
    lowers = doc_view(doc).lower  # (the view's words: no Token for the first test)
    j = i
    while j < end:
        if lowers[j] not in starts:
            break
        hit = 0
        for n in range(min(most, end - j), 0, -1):
            if slice_text(doc, j, j + n).lower() in phrases:
                hit = n
                break
        if not hit:
            break
        j += hit
    return j


def _past_honorifics(doc, s: int, e: int) -> tuple[int, int]:
    """A person span without the honorifics that open it ('Datuk Seri Anifah Aman' -> 'Anifah Aman'; 'Seri Anwar'
    after an untagged "Dato'" -> 'Anwar'). A span of nothing but honorifics ('Datuk Seri' before an untagged 'Anifah
    Aman') becomes the run of capitalised proper nouns right after it, when no other tagged name starts there; else
    it is empty (e <= s)."""
    k = honorific_at(doc, s, e)
    if k == s and doc[s].lower_ in ("seri", "sri") and any(honorific_at(doc, i, s) == s for i in range(max(0, s - 3), s)):
        k = s + 1  # "Dato' Seri Anwar" tagged from 'Seri'
    if k == s:
        return s, e
    if k < e:
        return k, e
    j = e
    if j < len(doc) and doc[j].ent_iob_ == "B":
        return e, e  # 'Datuk Seri' before a name tagged on its own
    while j < len(doc) and j - e < 4 and doc[j].pos_ == "PROPN" and doc[j].is_alpha and doc[j].text[:1].isupper():
        j += 1
    return (e, j) if j > e else (e, e)


def _verb_like(word: str) -> bool:
    cues = speech_cues()
    stems = {word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else word, word[:-2] + "e"}
    return any(cues.is_verb_cue(w) for w in stems if len(w) > 2)


def extra_person_mentions(doc, mentions: list[Mention]) -> list[Mention]:
    """Add names after Mr./Mrs./Sen. ... and surnames of known people that the NER missed or mislabelled."""
    words = person_words()
    taken: dict[int, int] = {}
    for n, m in enumerate(mentions):
        for i in range(m.start, m.end):
            taken[i] = n
    surnames: set[str] = set()
    firsts: set[str] = set()
    view = doc_view(doc)
    texts, lowers = view.text, view.lower  # (the view's words: no Token per mention read)
    person_last = {texts[m.end - 1] for m in mentions if m.label == "PERSON"}
    known_first = words.male_first | words.female_first
    person_last |= {texts[m.start] for m in mentions if m.label == "PERSON" and m.end - m.start == 2
                    and lowers[m.start] not in known_first}
    alone = {texts[m.start] for m in mentions if m.label == "PERSON" and m.end - m.start == 1}
    multi_last = {texts[m.end - 1] for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    full_names: dict[str, int] = {}  # a name of two words or more: how many more times it is a person than not
    for m in mentions:
        if m.end - m.start > 1:
            key = slice_text(doc, m.start, m.end)
            full_names[key] = full_names.get(key, 0) + (1 if m.label == "PERSON" else -1)
    placed: dict[str, bool] = {}  # placed_word reads the whole page: once per word
    for m in mentions:
        if m.label != "PERSON" and m.end - m.start == 1 and doc[m.start].text in person_last:
            m.label = "PERSON"
        elif m.label in ("GPE", "ORG", "NORP") and m.end - m.start > 1 and \
                full_names.get(slice_text(doc, m.start, m.end), -1) >= 0:
            m.label = "PERSON"  # 'Omar Hadley responds to ...' read as a place, 'Omar Hadley' a person as often
        elif (m.label == "GPE" or m.label == "ORG" and is_given_name(doc[m.start].text)) and \
                doc[m.end - 1].text in alone and plain_name(doc[m.start:m.end]):  # not the group 'Resist Trump'
            m.label = "PERSON"  # 'Halldor Vesterlund said' read as a place, 'Vesterlund' alone a person below
        elif m.label == "ORG" and (_titled_name(doc, m, words) or said_of_a_person(doc, m.start, m.end) and
                                   (is_given_name(doc[m.start].text) or doc[m.end - 1].text in alone)):
            m.label = "PERSON"  # 'Strzok attorney Aitan Goelman', 'Aitan Goelman, Mr. Strzok's lawyer,', 'X, who ...'
        elif m.label == "PERSON" and m.end - m.start == 1 and m.gender is None and \
                doc[m.start].text not in multi_last and (placed[w] if (w := doc[m.start].text) in placed
                                                        else placed.setdefault(w, placed_word(doc, w))):
            m.label = "GPE"  # 'Residents of Skarra said ...': no person
        elif m.label in ("ORG", "GPE") and (k := speaking_name_start(doc, m.start, m.end)) is not None:
            m.label, m.start = "PERSON", k  # 'But Sabri Oktaylan said ...' then 'He said ...'
        elif m.label == "PERSON" and m.gender is None and district_name(doc, m.start, m.end, placed):
            m.label = "GPE"  # 'Glasgow Southside', 'Kelbridge North': a constituency or district
    run_on = run_on_surnames(doc, mentions, taken)  # 'Prime Minister Shahid Khaqan Abbasi' tagged up to 'Khaqan'
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start >= 2:
            toks = [t for t in span_of(doc, m.start, m.end) if t.is_alpha]
            if toks:
                surnames.add(toks[-1].text)
                firsts.add(toks[0].text)
                if len(toks) == 2 and toks[0].lower_ not in known_first:
                    surnames.add(toks[0].text)  # "Wang Yi" may later be "Wang"
    folded = {fold_name(s) for s in surnames}  # 'Demirtas' alone after 'Ayşe Demirtaş', 'Erdoğan' after 'Erdogan'
    # the capitalised words that fold to one of those surnames, each word folded once (not once per token)
    distinct = set(texts)
    folded_hits = {w for w in distinct if w[:1].isupper() and fold_name(w) in folded} if folded else set()
    normed = {w: norm_word(w) for w in distinct}  # (each distinct word normalised once)
    out = []
    drop: set[int] = run_on
    n_tok = len(doc)
    i = 0
    while i < n_tok:
        w = normed[texts[i]]
        if i + 3 < n_tok and texts[i + 2] == "," and i not in taken and i + 1 not in taken and \
                (i == 0 or not texts[i - 1][:1].isupper()) and said_of_a_person(doc, i, i + 2):
            out.append(Mention(i, i + 2, "PERSON"))  # 'Lorcan Vettori, who became prime minister': no tag
            taken[i] = taken[i + 1] = -1
            i += 2
            continue
        if w in words.titles and w not in words.honorifics and i not in taken and titled_untagged(doc, i, taken):
            j = _untagged_run(view, i + 1, taken)
            out.append(Mention(i + 1, j, "PERSON"))  # 'telephoned Chancellor Matthias Obenauer': no tag
            for x in range(i + 1, j):
                taken[x] = -1
            i = j
            continue
        if i not in taken and view.pos[i] == "PROPN" and texts[i][:1].isupper() and \
                (i == 0 or view.pos[i - 1] != "PROPN" or w in words.titles) and w not in words.titles:
            j = _untagged_run(view, i, taken)
            if j > i + 1 and (speaking_name(doc, i, j) or _titled_name(doc, Mention(i, j, ""), words)):
                out.append(Mention(i, j, "PERSON"))  # 'Gavril Oster said on Monday ...' then 'He added ...': no tag
                for x in range(i, j):
                    taken[x] = -1
                i = j
                continue
        if w not in words.honorifics and lowers[i] not in known_first and texts[i] not in surnames and \
                texts[i] not in folded_hits:
            i += 1
            continue  # no title, first name or known surname: nothing below starts here
        tok = view.tokens[i]
        if w in words.honorifics and i + 1 < n_tok and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            j = i + 1
            while j < n_tok and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j - i <= 3:
                j += 1
            j = max(j, i + 2)
            owner = {taken[x] for x in range(i + 1, j) if x in taken}
            if not owner or all(mentions[o].label != "PERSON" for o in owner):
                drop |= owner
                g = "m" if w in words.male else "f" if w in words.female else None
                out.append(Mention(i + 1, j, "PERSON", g))
                for x in range(i + 1, j):
                    taken[x] = -1
            i = j
            continue
        if i not in taken and tok.lower_ in known_first and _untagged_subject_name(doc, i, taken):
            g = "m" if tok.lower_ in words.male_first else "f" if tok.lower_ in words.female_first else None
            out.append(Mention(i, i + 2, "PERSON", g))  # 'Jane Doe has admitted ...': the NER saw no name
            taken[i] = taken[i + 1] = -1
            i += 2
            continue
        if (tok.text in surnames or fold_name(tok.text) in folded) and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper())):
            o = taken.get(i)
            if o is None:
                out.append(Mention(i, i + 1, "PERSON"))
                taken[i] = -1
            elif o >= 0 and mentions[o].label != "PERSON" and mentions[o].end - mentions[o].start == 1:
                drop.add(o)
                out.append(Mention(i, i + 1, "PERSON"))
                taken[i] = -1
        i += 1
    kept = [m for n, m in enumerate(mentions) if n not in drop]
    _hyphenated_surnames(doc, kept, out)
    return kept + out


def _hyphenated_surnames(doc, kept: list[Mention], out: list[Mention]) -> None:
    """A hyphenated surname written alone ('Varga-Lind said') that the tagger typed as a body or place is the person
    whose name ends in it ('Ilse Varga-Lind')."""
    lone = [m for m in kept if m.label != "PERSON" and m.end - m.start == 3 and doc[m.start + 1].text == "-"]
    if not lone:
        return
    texts = doc_view(doc).text
    ends = {"".join(texts[m.end - 3:m.end]) for m in kept + out if m.label == "PERSON" and m.end - m.start > 3}
    for m in lone:
        if "".join(texts[m.start:m.end]) in ends:
            m.label = "PERSON"


def _untagged_run(view, i: int, taken: dict[int, int]) -> int:
    """The end of the run of capitalised proper nouns no mention holds from ``i`` (a hyphenated word whole), at
    most four words."""
    j, n = i, 0
    while j < view.n and n < 4 and j not in taken and view.pos[j] == "PROPN" and view.text[j][:1].isupper():
        j, n = j + 1, n + 1
        if j + 1 < view.n and view.text[j] == "-" and view.text[j + 1][:1].isupper() and j + 1 not in taken:
            j += 2
    return j


def _untagged_subject_name(doc, i: int, taken: dict[int, int]) -> bool:
    """A known given name and one capitalised word after it, neither in any mention, that together are the
    subject of a verb: a person the NER missed ('Jane Doe has admitted', 'Jane Doe said')."""
    if i + 1 >= len(doc) or i + 1 in taken or not doc[i].text[:1].isupper():
        return False
    nxt = doc[i + 1]
    if not (nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
        return False
    if i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN" and doc[i + 2].text[:1].isupper():
        return False  # a longer proper name ('Grace Memorial Hospital')
    head = doc[i + 1] if doc[i].head.i == i + 1 else doc[i] if doc[i + 1].head.i == i else None
    return head is not None and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX")


def _titled_name(doc, m: Mention, words) -> bool:
    """An 'organisation' of two or three capitalised words that a person's title introduces or explains: a role
    noun right before it ('Strzok attorney Aitan Goelman') or an apposition headed by one after it ('Aitan
    Goelman, Mr. Strzok's lawyer,'). The NER reads some unfamiliar names as organisations."""
    toks = span_of(doc, m.start, m.end)
    if name_words(doc, m.start, m.end) is None:  # ('Ines Varga-Lind': two words)
        return False
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.text[:1].islower() and norm_word(before.lemma_) in words.titles and \
            before.head.i in range(m.start, m.end):
        return True
    root = toks.root
    for c in root.children:
        if c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN" and norm_word(c.lemma_) in words.titles and \
                c.left_edge.i == m.end + 1 and doc[m.end].text == ",":
            return True
    return False


# words before an office that rank or time its holder, not its portfolio ('top' of 'the top diplomat')
RANK_MODIFIERS = frozenset({"top", "senior", "chief", "new", "former", "acting", "deputy", "current", "outgoing",
                            "incoming", "interim"})


def gender_of_name(words: list[str], title: str | None) -> str | None:
    pw = person_words()
    if title:
        tw = title.lower().replace("-", " ").split()
        for n, w in enumerate(tw):
            if w in pw.honorifics and n + 1 < len(tw) and tw[n + 1] in pw.titles and tw[n + 1] not in pw.honorifics:
                continue  # 'Former Lord Speaker', 'Lord Chief Justice': an honorific naming an office, not the person
            if w in pw.female:
                return "f"
            if w in pw.male:
                return "m"
    if words:
        if words[0] in pw.female_first:
            return "f"
        if words[0] in pw.male_first:
            return "m"
        if len(words) >= 2:  # a first name before a surname; a lone word may be a surname ('Warren', 'Reid')
            return given_sex(words[0])
    return None


def _office_alone(word: str, words) -> bool:
    """An office a reader knows by itself ('president', 'taoiseach', 'secretary-general') or a spokesperson's role:
    a person's office, never the name of a body, when the tagger reads it alone as an organisation."""
    return word in words.offices_known_alone or word in words.serving_roles and word.startswith("spokes")


def _bare_title(doc, i: int, words) -> bool:
    """A title word tagged alone as a person ('State Councilor and Foreign Minister X' with 'Councilor' tagged) is no
    name, unless a longer name on the page ends in it ('Ann King' ... 'King said')."""
    w = doc[i].text
    return norm_word(w) in words.titles and not any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == w for ent in doc_ents(doc))


@lru_cache(maxsize=1)
def _office_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in data_json("person_titles.json").get("honorific_offices", ()))


def noun_phrase(tok, max_tokens: int = 14) -> str:
    """The words of a noun phrase headed by ``tok``: modifiers and of/for/from/on phrases, no clauses."""
    doc = tok.doc
    view = doc_view(doc)  # (the view's lists: no Token per word tested)
    texts, lowers, deps, punct = view.text, view.lower, view.dep, view.punct
    start = tok.left_edge.i
    for i in range(start, tok.i):
        if (punct[i] and texts[i] not in ("'s", "’s", "-", ".") and deps[i] != "case") or texts[i].isspace():
            start = i + 1
    while start < tok.i and (punct[start] and deps[start] != "case" or in_dateline(view.tokens[start])):
        start += 1  # '- Valdoria's new defence minister' after a dateline the parser joined to the phrase
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("prep", "compound", "amod", "nummod", "cc", "conj") and child.i == end:
            if child.dep_ == "prep" and child.lower_ not in ("of", "for", "from", "on", "at", "in", "with"):
                break
            if child.dep_ == "prep" and child.lower_ in ("on", "at") and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
                break  # 'The ministry on Thursday said': when it spoke, not who ('Polling in the past year' stays)
            end = child.right_edge.i + 1
        else:
            break
    for i in range(tok.i + 1, end):  # no relative clauses: 'members ... who wanted to ...'
        if lowers[i] in ("who", "which", "that", "whose") or texts[i].isspace() or texts[i] in (",", ";", "(", "—"):
            end = i
            break
    if end - start > max_tokens:
        end = min(end, start + max_tokens)
    while end > start and (punct[end - 1] or texts[end - 1].isspace() or deps[end - 1] == "cc"):
        end -= 1
    return slice_text(doc, start, end)


_BODY_WORDS = frozenset({"for", "of", "to", "at", "with", "on", "from", "in", "under", "who", "whose", "which", "that"})


def title_words(title: str, head_only: bool = False) -> set[str]:
    """The words a later description may use for a person with this title: the role phrase before any body it
    speaks for ('spokesman for the special counsel' -> spokesperson, not counsel), each expanded ('Rep.' ->
    representative). Wider words of the same family ('the lawmaker') are matched by ``has_title``."""
    pw = person_words()
    words = title.replace("-", " ").replace(",", " , ").split()
    role: list[str] = []
    for w in words:
        low = w.lower()
        if low.endswith(("'s", "’s")) and len(low) > 2:
            role = [low]  # "special counsel's spokesman": the owner stays as it is written, its modifiers go
            continue
        if (low in _BODY_WORDS or w in (",", ";", "(", "—")) and role and role[-1] in pw.titles:
            break  # the body a titled role speaks for; a clipped phrase without a role before it is kept whole
        role.append(pw.expand(norm_word(w)))
    role = [w for w in role if w and w not in ("a", "an", "the")]
    if not role:
        return set()
    return {role[-1]} if head_only else set(role)


def has_title(titles: set[str], word: str) -> bool:
    """Whether a person with these title words may be called ``word`` ('the lawmaker' for a representative)."""
    broader = person_words().title_broader
    return word in titles or any(word in broader.get(w, ()) for w in titles)


def title_modifiers(tok) -> set[str]:
    """The words before a description's head title that a person's title words may hold ('finance' of 'the
    finance minister', 'former' of 'the former president', 'liberal' of 'the Liberal leader')."""
    pw = person_words()
    return {pw.expand(norm_word(c.text)) for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and
            not c.is_punct} - {""}  # 'the ex-minister': 'ex' (former), not the hyphen


def best_by_modifiers(tok, hits, titles):
    """Of several people holding the head title of a description, those whose titles also hold the most of its
    modifiers ('the finance minister' of a finance and a trade minister; 'the former president', 'the Liberal
    leader'); all of them when none holds any."""
    mods = title_modifiers(tok)
    if not mods or len(hits) < 2:
        return hits
    score = {h: len(mods & titles.get(h[1], set())) for h in hits}
    best = max(score.values())
    return [h for h in hits if score[h] == best] if best else hits


def surname_person(tok, index):
    """A person named earlier whose surname is ``tok``, a proper noun the NER left untagged ('Bruning, a
    Republican, blamed ...', 'Trump infamously bragged ...', which the tagger may even call a verb): the one
    person with that surname, else None."""
    if tok.pos_ not in ("PROPN", "NOUN", "VERB") or tok.ent_type_ or tok.i in index.tok2ent or not tok.text[:1].isupper() or \
            any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return None
    low = norm_word(tok.text)
    found = None
    for e in index.entities:
        if e.type != "PERSON" or not e.mentions or e.mentions[0][0] >= tok.idx:
            continue
        words = e.name.split()
        if len(words) >= 2 and norm_word(words[-1]) == low:
            if found is not None:
                return None  # two people of that name: left to the usual rules
            found = e
    return found
