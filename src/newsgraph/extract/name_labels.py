"""Slips of the name tagger repaired on one mention: a platform, outlet, place or party read as a person, a
country or place glued before a person's name in one organisation span; and the signs of a person's name the tagger
missed or typed as a place or body (an office word before it, a relative 'who' or an age after it)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import data_json
from .actor_countries import country_kind, institution_code
from .cues import norm_word, person_words, speech_cues
from .name_lexicon import ORG_WORDS, given_names, is_given_name
from .sentence_view import doc_ents, doc_view, slice_text, span_of
from .source_lexicon import canonical_outlet


def repair_label(doc, s: int, e: int, label: str, words) -> tuple[str, int]:
    """The label and start of the mention ``doc[s:e]`` the tagger called ``label``. A platform or news outlet read
    as a person ("Twitter said") is an organisation; a place, country or party of the data files ('Kiev said',
    'Zanu-PF'), which no person's name on the page contains, is no person; a country name
    glued before a person's name ("envoy to Ukraine Kurt Volker", read as one ORG) splits off, and so do a body's
    initials the page also names alone ('representative to the G20 Hubert Fuchs')."""
    if label == "PERSON":
        text = slice_text(doc, s, e)
        if text.lower() in speech_cues().channel_names or canonical_outlet(text) is not None:
            return "ORG", s
        other = _not_a_person(doc, text, country_kind, institution_code)
        if other is not None:
            return other, s
    if label in ("PERSON", "ORG") and 3 <= e - s <= 4 and doc[s].pos_ == "PROPN":
        rest = span_of(doc, s + 1, e)
        if all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in rest) \
                and _country_word(doc, doc[s].text, country_kind) \
                and (rest[0].lower_ in words.male_first or rest[0].lower_ in words.female_first
                     or s > 0 and doc[s - 1].pos_ == "ADP"
                     and (_named_alone(doc, rest[-1].text) or s > 1 and norm_word(doc[s - 2].text) in words.titles)):
            return "PERSON", s + 1  # 'ambassador to SA Jane Doe': the title before 'to' says a person follows
    if label in ("ORG", "GPE"):
        j = _titled_name_start(doc, s, e, words)
        if j is not None:
            return "PERSON", j  # 'Foreign Ministry Spokesman Bahram Ghasemi' read as one organisation
    if label == "ORG" and 3 <= e - s <= 4 and _acronym(doc[s].text) and _named_alone(doc, doc[s].text) \
            and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in ORG_WORDS
                    and norm_word(t.text) not in words.titles for t in doc[s + 1:e]) \
            and (is_given_name(doc[s + 1].text) or _written_alone(doc, doc[e - 1], s, e)):
        return "PERSON", s + 1  # 'the representative to the G20 Hubert Fuchs': a body the page names alone
    return label, s


def _written_alone(doc, tok, s: int, e: int) -> bool:
    """Whether the page writes ``tok``'s word again outside ``doc[s:e]`` without the words before it ('Fuchs,
    also ... said'), as a surname is; a tagger that missed the person there names no entity to ask."""
    return any(t.text == tok.text and not s <= t.i < e and (t.i == 0 or not doc[t.i - 1].text[:1].isupper())
               for t in doc if t.text[:1] == tok.text[:1])


def _acronym(word: str) -> bool:
    """A body's initials ('G20', 'NATO', 'UN'): capitals and digits, no lower case."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalnum()


def _not_a_person(doc, text: str, country_kind, institution_code) -> str | None:
    """GPE or ORG when the 'person' ``text`` is a country, capital or place of countries.tsv, an institution or party
    of institutions.tsv; None when it is neither, or when a longer person's name on the page holds it ('Jim Jordan'
    ... 'Jordan said'). (The tagger's label of the same words elsewhere on the page is no evidence: it calls
    people organisations too.)"""
    found = "GPE" if country_kind(text) else "ORG" if institution_code(text) else None
    if found is None:
        return None
    if any(ent.label_ == "PERSON" and len(ent.text) > len(text) and text in ent.text.split() for ent in doc_ents(doc)):
        return None
    return found


def _country_word(doc, word: str, country_kind) -> bool:
    """Whether ``word`` names a country: by countries.tsv, or as the end of a place the page names ('the Republic of
    SA', 'Freedonia')."""
    if (country_kind(word) or ("", ""))[1] == "name":
        return True
    return any(ent.label_ == "GPE" and ent[-1].text == word for ent in doc_ents(doc))


def _titled_name_start(doc, s: int, e: int, words) -> int | None:
    """Where the name starts in an 'organisation' span that ends in a capitalised title and two or three proper
    nouns ('Foreign Ministry Spokesman Bahram Ghasemi', 'Spokesperson Marie Harf'), when those read as a name: a
    given name first, or a last word the text also names alone. None otherwise."""
    for j in range(e - 2, max(s, e - 3) - 1, -1):
        title = doc[j - 1] if j > s else None
        if title is None or not title.text[:1].isupper() or norm_word(title.text) not in words.titles:
            continue
        rest = doc[j:e]
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in ORG_WORDS
                   and norm_word(t.text) not in words.titles for t in rest):
            return None
        if is_given_name(rest[0].text) or _named_alone(doc, rest[-1].text):
            return j
        return None
    return None


def _named_alone(doc, word: str) -> bool:
    """Whether ``word`` is also a one-word name elsewhere in the text ('Volker said'), as a surname is."""
    return any(len(ent) == 1 and ent.text == word for ent in doc_ents(doc))


def titled_untagged(doc, i: int, taken: dict[int, int]) -> bool:
    """A capitalised office word ('Chancellor', 'Minister') before two or three capitalised words no mention
    holds, the last of them the head and written alone elsewhere on the page ('Obenauer told her'): a person's
    name the tagger missed."""
    if not doc[i].text[:1].isupper() or doc[i].pos_ != "PROPN" and doc[i].pos_ != "NOUN":
        return False
    j, n = i + 1, 0
    while j < len(doc) and n < 4 and doc[j].pos_ == "PROPN" and j not in taken and doc[j].is_alpha and \
            doc[j].text[:1].isupper() and doc[j].text[1:].islower() and doc[j].lower_ not in ORG_WORDS and \
            norm_word(doc[j].text) not in person_words().titles:
        j, n = j + 1, n + 1
        if _hyphen_at(doc, j) and j + 1 not in taken:
            j += 2  # 'General Tobiah Nakashima-Reyes': one word
    if not 2 <= n <= 3 or j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].text[:1].isupper() and
                                                     doc[j].is_alpha) or doc[j - 1].dep_ == "compound":
        return False
    return _surname_alone(doc, i + 1, j)


def _hyphen_at(doc, j: int) -> bool:
    """A hyphen at ``j`` joining two capitalised words into one ('Nakashima-Reyes')."""
    return j + 1 < len(doc) and doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_ \
        and doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper()


def _surname_alone(doc, s: int, e: int) -> bool:
    """Whether the last word of ``doc[s:e]`` (a hyphenated one whole) stands elsewhere on the page without a
    capitalised word before it ('Obenauer told her', 'Nakashima-Reyes said'), as a surname does."""
    uses = list(_lone_uses(doc, s, e, e - 3 if e - s > 3 and _hyphen_at(doc, e - 2) else e - 1))
    return bool(uses) and None not in uses


def run_on_surnames(doc, mentions, taken: dict[int, int]) -> set[int]:
    """A person's name the tagger ended a word early ('Prime Minister Shahid Khaqan Abbasi Friday rejected ...' tagged
    'Shahid Khaqan'; 'Tahir Jamal' of 'Tahir Jamal Qureshan', 'Qureshan' tagged on its own): the capitalised proper
    noun right after it, untagged or a one-word person, which the parser makes the head of the name and the page
    also writes alone as a surname is ('Prime Minister Abbasi said', 'Qureshan told'), is the name's last word. The
    mention grows over it; the numbers of the one-word mentions it took in are returned."""
    words = person_words()
    gone: set[int] = set()
    full = {(doc[m.start].text, doc[m.end - 1].text) for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    for n, m in enumerate(mentions):
        j = m.end
        if m.label != "PERSON" or n in gone or j >= len(doc) or doc[m.end - 1].head.i != j or \
                doc[m.end - 1].dep_ not in ("compound", "flat"):
            continue
        o = taken.get(j)
        if o is not None and (o < 0 or mentions[o].label != "PERSON" or mentions[o].end != j + 1):
            continue
        t = doc[j]
        if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper() or \
                o is None and t.ent_type_ or t.lower_ in ORG_WORDS or norm_word(t.text) in words.titles:
            continue
        if any(first == doc[m.start].text and last != t.text for first, last in full if (first, last) !=
               (doc[m.start].text, doc[m.end - 1].text)):
            continue  # 'Glenn Beck Rips Progressivism' in a headline, 'Glenn Beck' below: the name is known
        if _surname_alone(doc, m.start, j + 1):
            m.end = j + 1
            taken[j] = n
            if o is not None:
                gone.add(o)
    return gone


def plain_name(toks) -> bool:
    """Two or three capitalised words and nothing else, none a body word or a title ('Halldor Vesterlund')."""
    return 2 <= len(toks) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and
                                       t.text[1:].islower() and t.lower_ not in ORG_WORDS and
                                       norm_word(t.text) not in person_words().titles for t in toks)


def said_of_a_person(doc, s: int, e: int) -> bool:
    """Two or three capitalised words followed by what only a person has: a relative 'who' or an age between
    commas ('X, who became prime minister', 'X, 58, said'); no body word among them. The tagger misses or
    mistypes some unfamiliar names."""
    if e + 2 >= len(doc) or doc[e].text != "," or not plain_name(span_of(doc, s, e)):
        return False  # 'Mr Mbeki, who ...' is a name the tagger found, with its honorific
    after = doc[e + 1]
    return after.lower_ == "who" or after.text.isdigit() and doc[e + 2].text == ","


_HE_SHE = frozenset({"he", "she", "his", "her", "him"})
_IT = frozenset({"it", "its"})


def name_words(doc, s: int, e: int) -> list[int] | None:
    """The starts of the words of ``doc[s:e]`` when it is two or three capitalised proper nouns, a hyphenated
    surname counting as one word ('Ilse Varga-Lind'), none in capitals ('PM'), a body
    word, a title or a place, body or outlet the data files know; else None."""
    starts, i = [], s
    while i < e:
        t = doc[i]
        if not (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.pos_ == "PROPN"
                and t.lower_ not in ORG_WORDS
                and norm_word(t.text) not in person_words().titles):
            return None
        starts.append(i)
        i += 1
        while i + 1 < e and _hyphen_at(doc, i):
            i += 2
    if not 2 <= len(starts) <= 3:
        return None
    text = slice_text(doc, s, e)
    if country_kind(text) or institution_code(text) or canonical_outlet(text) is not None or \
            any(country_kind(doc[k].text) for k in starts):
        return None
    return starts


def _speech_subject(tok):
    """The verb of saying ``tok`` (a name's head) is the subject of, or None."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "nsubj" or t.head.pos_ not in ("VERB", "AUX") or not speech_cues().is_verb_cue(t.head.lemma_):
        return None
    return t.head


def _told_person(doc, verb, s: int, e: int) -> bool | None:
    """Whether the page goes on about the subject ``doc[s:e]`` of the verb of saying ``verb`` as a person: the
    first pronoun after the verb in its sentence, before any other name, is 'he' or 'she' ('X said his government
    ...'; 'it' there: False), or the next sentence opens with 'He' or 'She' when the sentence names no
    one else. None when the page says neither."""
    sent = verb.sent
    for t in doc[max(verb.i, e):sent.end]:
        if t.lower_ in _HE_SHE:
            return True
        if t.lower_ in _IT:
            return False
        if t.ent_type_ in ("PERSON", "ORG", "GPE") or t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_:
            break  # a pronoun after another name ('X said Norland would not allow it') may be that name's
    if any(t.ent_type_ == "PERSON" and not s <= t.i < e for t in sent):
        return None
    nxt = sent.end
    while nxt < len(doc) and (doc[nxt].is_space or doc[nxt].lower_ in ("but", "and")):  # not '"He ...' quoted
        nxt += 1
    return True if nxt < len(doc) and doc[nxt].lower_ in ("he", "she") and doc[nxt].text[:1].isupper() else None


def _lone_uses(doc, s: int, e: int, last: int):
    """The heads of the other places the page writes the name's last word (a hyphenated one whole) alone, with
    no capitalised word but an honorific or title before it ('Oster said', 'Dr Varga-Lind told') and none after it,
    outside ``doc[s:e]``; None for one after 'the' ('the Tigers said'), as a group's name stands."""
    texts = doc_view(doc).text
    words = texts[last:e]
    n = len(words)
    for i, w in enumerate(texts):
        if w != words[0] or s <= i < e or texts[i:i + n] != words:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + n] if i + n < len(doc) else None
        if before is not None and before.lower_ == "the":
            yield None  # 'the Tigers said': a group's name
            continue
        if before is not None and before.text[:1].isupper() and before.is_alpha and \
                norm_word(before.text) not in person_words().honorifics and \
                norm_word(before.text) not in person_words().titles or \
                after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            continue
        yield doc[i:i + n].root


def speaking_name_start(doc, s: int, e: int) -> int | None:
    """Where the person's name starts in ``doc[s:e]`` when ``speaking_name`` finds one there: past the last word of
    an office written before it ('Head of State Kassym-Jomart Tokayev' tagged from 'State'); None when it finds
    none."""
    if s > 0 and doc[s - 1].lower_ in ("of", "for") and e - s > 2:
        s += 1
    return s if speaking_name(doc, s, e) else None


def speaking_name(doc, s: int, e: int) -> bool:
    """A person's name the tagger missed or typed as a body or place ('Gavril Oster said ... He added', 'But Sabri
    Oktaylan said ... He said'): a name of two or three capitalised words (``name_words``) that speaks as a person
    - it, or its last word written alone elsewhere, is the subject of a verb of saying the page goes on about with
    'he' or 'she' - or that speaks while its last word alone is elsewhere the subject of a verb, as a surname is
    ('Gudmund Aasvik said ...', 'Aasvik said ...'). A body says 'it' ('Halden Marsh said it would ...')."""
    starts = name_words(doc, s, e)
    if starts is None:
        return False
    last = slice_text(doc, starts[-1], e)
    if any(ent.label_ == "PERSON" and ent.end - ent.start > 1 and ent.text.endswith(last) and ent.start != s
           for ent in doc_ents(doc)):
        return False  # a full name the tagger found ('Head of State X Y' ... 'X Y said'): no other person
    subject = next((t for t in doc[s:e] if t.dep_ == "nsubj" and not s <= t.head.i < e), None)
    heads = [subject or doc[s:e].root] + list(_lone_uses(doc, s, e, starts[-1]))  # (a split hyphen may be root)
    if None in heads:
        return False
    told = said = alone_subject = False
    for n, h in enumerate(heads):
        verb = _speech_subject(h)
        if verb is not None:
            said = True
            span = (s, e) if n == 0 else (h.left_edge.i, h.i + 1)
            person = _told_person(doc, verb, *span)
            if person is False:
                return False
            told = told or bool(person)
        if n and h.dep_ in ("nsubj", "nsubjpass"):
            alone_subject = True
    return told or said and alone_subject


_PLACE_PREPS = frozenset({"in", "near", "outside", "across", "throughout", "inside", "around"})


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return frozenset(data_json("person_titles.json").get("place_nouns", ()))


_DISTRICT_ENDS = re.compile(r"(?:north|south|east|west)(?:side|ern)?|central|mid")


def district_name(doc, s: int, e: int, placed: dict[str, bool]) -> bool:
    """Whether the 'person' ``doc[s:e]`` is a district or constituency: two words, a compass word last ('Glasgow
    Southside', 'Kelbridge North'), the first no given name and a place - by countries.tsv or written as one on
    the page ('in Kelbridge', ``placed_word``; memoised in ``placed``). The tagger reads some as people."""
    if e - s != 2 or not _DISTRICT_ENDS.fullmatch(doc[s + 1].lower_) or not doc[s].is_alpha or \
            is_given_name(doc[s].text) or doc[s].lower_ in given_names():
        return False
    w = doc[s].text
    if country_kind(w):
        return True
    if w not in placed:
        placed[w] = placed_word(doc, w)
    return placed[w]


def placed_word(doc, word: str) -> bool:
    """Whether the page writes the one-word 'person' ``word`` as a place: after 'in', 'near' ... on a verb ('was
    killed in Tresk'), after 'of' or 'from' on a place noun ('residents of Skarra', 'troops from Tresk') or on a
    person's name ('President Aldo Brescan of Tresk'); and never after an honorific or a given name. The tagger
    takes some unfamiliar places for people."""
    texts = doc_view(doc).text
    place = False
    for i, w in enumerate(texts):
        if w != word:
            continue
        t = doc[i]
        if i > 0 and (norm_word(texts[i - 1]) in person_words().honorifics or is_given_name(texts[i - 1])):
            return False
        if t.dep_ != "pobj":
            continue
        prep = t.head
        if prep.lower_ in _PLACE_PREPS and prep.head.pos_ in ("VERB", "AUX") or prep.lower_ in ("of", "from") and (
                prep.head.lemma_.lower() in _place_nouns() or prep.head.lower_ in _place_nouns()
                or prep.lower_ == "of" and prep.head.ent_type_ == "PERSON" and prep.head.i == prep.i - 1):
            place = True
    return place
