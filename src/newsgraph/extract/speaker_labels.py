"""Speaker labels that name an office, not a person, read once more after every speaker is chosen: 'PM says ...',
'the EAM said', 'UN chief warns', 'Lib Dem leader accuses ...', 'its economy minister said', 'our correspondent
says', 'The Ministers acknowledged ...', and a document inside someone's reported words ('X said the draft text
asked "..."'). The annotation rules give such words to the fullest name the page gives that person anywhere; a
description stays only when the page never names them. In order:

- the person the label's own phrase names ('Fuchs, also Austria's state secretary', 'chief EU observer X', 'the
  government's chief negotiator, X');
- the one person of the page whose title holds every word of the label (initials and short forms spelled out:
  label_titles.json; a loose head such as 'chief' fits any office that leads a body), the title read from the entity
  index and from the words written right before a mention or in an apposition after it ('ministry of external
  affairs spokesperson X', 'X, External Affairs Minister, ...');
- for a reporter label, the one journalist the page names (a correspondent by title, or credited to an outlet: "the
  BBC's X in Y says");
- for a plural office ('the Ministers'), the two sides of the call or meeting a readout page opens with;
- for a document phrase inside another speaker's reported words, that speaker;
- for a pronoun the parse linked to a place or thing the tagger took for a person ('He urged ...' after 'the
  Brighton conference'), the named person who spoke just before; for another mention so linked, the mention.

A body's document ("the special counsel's filing said") stays the body's, as the annotation rules give documents to
their issuer. Nothing changes when no rule finds exactly one person."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import data_json
from ..model import Quote, Speaker
from .actor_countries import country_kind
from .cues import norm_word, person_words, speech_cues
from .speaker_descriptions import description_like
from .speaker_groups import readout_pair

WORD = re.compile(r"[A-Za-z][\w.\u2019'-]*")
FUNCTION_WORDS = frozenset({"of", "for", "to", "the", "and", "in", "at", "on", "'s", "\u2019s", "s"})
NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "PUNCT", "NUM", "CCONJ", "PART", "ADV", "SPACE"})
BEFORE_WORDS = 8  # words read back from a name for the title written before it
SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s|\n")
NUMBERS = frozenset({"a", "an", "one", "another", "some", "two", "both", "three", "four", "five", "several", "many",
                     "all", "other", "most"})
TITLE_PARTS = frozenset({"deputy", "vice", "prime", "foreign", "first", "general", "chief", "acting", "senior"})
OWNED_DOCUMENT = re.compile(r"['\u2019]s\s+(\w+)")
THING_WINDOW = 1500  # characters back to the person who spoke before a pronoun linked to a thing
PRONOUNS = frozenset({"he", "she", "they", "him", "her"})
OWN_PHRASE_SPAN = 16  # tokens from a label to a name its own phrase gives
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})


@lru_cache(maxsize=1)
def _words() -> dict:
    d = data_json("label_titles.json")
    return {"initialisms": {k: [tuple(r) for r in v] for k, v in d["initialisms"].items()},
            "forms": dict(d["word_forms"]), "heads": {k: frozenset(v) for k, v in d["head_words"].items()},
            "journalists": frozenset(d["journalists"]), "lead": frozenset(d["lead_words"]),
            "plural": dict(d["plural_offices"]), "honorifics": frozenset(d["honorifics"]),
            "written": dict(d["written_forms"])}


def _bare(word: str) -> str:
    word = norm_word(word)
    for end in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(end):
            return word[:-len(end)]
    return word


def _label_words(name: str, pw, words) -> tuple[str, list[tuple[str, ...]]] | None:
    """The label's kind ('office', 'journalist', 'plural') and its readings (the words a holder's title must carry),
    or None when the name is no label (a name, an indefinite 'an official', a phrase without an office head)."""
    toks = WORD.findall(name)
    definite = bool(toks) and toks[0].lower() == "the"
    while toks and norm_word(toks[0]) in words["lead"]:
        toks = toks[1:]
    if not toks or any(norm_word(t) in NUMBERS for t in toks):
        return None
    cut = next((n for n, t in enumerate(toks) if n and t.lower() in ("of", "for", "to", "at", "in")), len(toks))
    head = toks[cut - 1]
    low = _bare(head)
    if low in words["plural"]:
        return ("plural", [(words["plural"][low],)]) if len(toks) == 1 else None  # not 'Senior X ministers'
    if low in words["journalists"]:
        return "journalist", [(low,)]
    if low.endswith("s") and not head.isupper() and pw.expand(low[:-1]) in pw.titles:
        return None  # 'officials', 'administration officials': several people, not one office
    if low in words["honorifics"] and len(toks) == 1:
        return "honorific", [(low, "|", low)]
    office = (head.isupper() and low in words["initialisms"]) or pw.expand(low) in pw.titles or low in words["heads"]
    if not office:
        return ("role", []) if pw.expand(low) in pw.person_nouns else None  # 'chief EU observer X said'
    bare = definite and all(t[:1].isupper() and not (t.isupper() and _bare(t) in words["initialisms"]) and
                            (pw.expand(_bare(t)) in pw.titles or _bare(t) in TITLE_PARTS) for t in toks)
    readings: list[tuple[str, ...]] = [()]
    for t in toks:
        low = _bare(t)
        if low in FUNCTION_WORDS:
            continue
        if t.isupper() and low in words["initialisms"]:
            readings = [r + spelled for r in readings for spelled in words["initialisms"][low]]
        else:
            w = words["forms"].get(low, pw.expand(low))
            readings = [r + (w,) for r in readings]
    low = _bare(head)
    if head.isupper() and low in words["initialisms"]:
        offices = {r[-1] for r in words["initialisms"][low]}
    else:
        offices = {words["forms"].get(low, pw.expand(low))}
    return "bare office" if bare else "office", [r + ("|",) + (o,) for r in readings for o in offices]


def _same(a: str, b: str) -> bool:
    """One word in two forms: 'economy' / 'economic', 'democrat' / 'democratic', 'minister' / 'ministers'."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    for end in ("y", "s", "e"):
        if short.endswith(end) and len(short) > 4:
            short = short[:-1]
    return len(short) >= 5 and long_.startswith(short) and long_[len(short):] in ("", "s", "ic", "ics", "al", "y", "ian", "n")


def _fits(reading: tuple[str, ...], title: set[str], words) -> bool:
    for w in reading:
        loose = words["heads"].get(w)
        if loose is not None:
            if not loose & title:
                return False
        elif not any(_same(w, t) for t in title):
            return False
    return True


def _is_title(word: str, pw) -> bool:
    return pw.expand(word) in pw.titles or word in TITLE_PARTS


def _written_title(doc, index, k, pw) -> tuple[set[str], set[str]]:
    """The words written as a person's title next to their mentions, and the office among them (the title words
    nearest the name): right before the name ('ministry of external affairs spokesperson X', "the BBC's X") and in
    an apposition after it holding a title word ('X, External Affairs Minister, ...')."""
    out: set[str] = set()
    heads: set[str] = set()
    names = _name_words(doc, index, pw)
    for s in _mentions(doc, index, k, names):
        if index.in_quote(s) is not None:
            continue
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        while span.end < len(doc) and doc[span.end].pos_ == "PROPN":
            span = doc[span.start:span.end + 1]
        j, n, run = span.start - 1, 0, None
        if j > 0 and doc[j].text == "," and _is_title(_bare(doc[j - 1].text), pw):
            j -= 1  # 'Foreign Minister, X, received ...'
        while j >= 0 and n < BEFORE_WORDS:
            t = doc[j]
            if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM") or t.is_punct and t.text not in ("-", ".") \
                    or t.is_space or t.pos_ == "ADP" and t.lower_ not in ("of", "for") or t.pos_ == "DET":
                break
            low = _bare(t.text)
            out.add(low)
            out.update(_bare(p) for p in t.text.split("-") if p)
            if run is None and _is_title(low, pw):
                run = True  # the office nearest the name: 'Secretary General' in 'UN Secretary General X'
            if run:
                if _is_title(low, pw):
                    heads.add(low)
                else:
                    run = False
            j, n = j - 1, n + 1
        e = span.end
        if e + 1 < len(doc) and doc[e].text == ",":
            after = []
            for t in doc[e + 1:e + 1 + BEFORE_WORDS]:
                if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or t.pos_ == "ADP" and \
                        t.lower_ not in ("of", "for"):
                    break
                after.append(_bare(t.text))
            if any(_is_title(w, pw) for w in after):
                out.update(after)
                head = after[:next((n for n, w in enumerate(after) if n and w in ("of", "for")), len(after))]
                while head and _is_title(head[-1], pw):  # the office heads the apposition's noun: 'spokesman'
                    heads.add(head.pop())  # in "the special counsel's spokesman", 'secretary' in 'secretary of X'

    return out, heads


def titled_people(doc, index, pw):
    """(entity, title words, office words) of every named person of the page, once per document."""
    key = "newsgraph.label_people"
    if key not in doc.user_data:
        people = []
        for k, ent in enumerate(index.entities):
            if ent.type != "PERSON" or description_like(ent, pw) or not ent.mentions:
                continue
            recorded = {_bare(w) for w in index.titles.get(k, set())}
            written, heads = _written_title(doc, index, k, pw)
            title = recorded | written
            title |= {pw.expand(w) for w in title}
            title -= {_bare(w) for w in ent.name.split()}
            title |= {_words()["written"][w] for w in title if w in _words()["written"]}  # 'H.H. X'
            heads = ({pw.expand(w) for w in heads} | heads) if heads else title
            people.append((ent, title, heads))
        doc.user_data[key] = people
    return doc.user_data[key]


def _holder(doc, index, readings, pw, words, bare: bool = False, loose: bool = False):
    """The one person whose title carries every word of one reading of the label, its office nearest the name
    (not for an honorific, ``loose``: 'His Highness Sheikh X')."""
    split = [(r[:r.index("|")], r[-1:]) for r in readings]  # (every word of the label, its office)
    fits = [(ent, title) for ent, title, heads in titled_people(doc, index, pw)
            if any(_fits(r, title, words) and _fits(office, title if loose else heads, words) for r, office in split)]
    if bare:  # 'The Foreign Minister': the page's own, a holder whose title names no country
        fits = [(ent, title) for ent, title in fits if not names_country(title)]
    return fits[0][0] if len(fits) == 1 else None


def office_beside(doc, index, label: str, ent) -> bool:
    """Whether the bare office stands in a sentence that also names the holder, not as the words introducing them
    ('The Prime Minister met Prime Minister X of Y'): then it is someone else, the page's own."""
    starts = {s for s, _ in ent.mentions}
    for m in re.finditer(re.escape(label), index.text, flags=re.IGNORECASE):
        if any(m.end() <= s <= m.end() + 2 for s in starts) or index.in_quote(m.start()) is not None:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        a, b = index.sentence(span.start)
        lo, hi = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text) if b > a else doc[a].idx
        if any(lo <= s < hi for s in starts):
            return True
    return False


def names_country(title: set[str]) -> bool:
    """Whether a person's written title names a country ('Australian Prime Minister', 'US President')."""
    return any(country_kind(w.upper() if len(w) <= 3 else w.capitalize()) for w in title)


def _two_holders(doc, index, office: str, pw) -> list[str] | None:
    """The two people of the page holding the office a plural label names ('The Ministers': the two ministers;
    'The leaders': the two holders of an office that leads a state or government), in the order the page names
    them; None unless exactly two."""
    offices = {office} if office else set(pw.leader_offices)
    found = [ent for ent, title, _ in titled_people(doc, index, pw) if offices & title]
    if len(found) != 2:
        return None
    return [e.name for e in sorted(found, key=lambda e: min(s for s, _ in e.mentions))]


def _journalist(doc, index, noun, pw):
    """The one journalist the page names: titled with the label's noun ('BBC correspondent X') or credited to an
    outlet right before the name ("the BBC's X")."""
    found = []
    for ent, title, _ in titled_people(doc, index, pw):
        credited = False
        for s, _ in ent.mentions:
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is None or span.start < 2:
                continue
            poss, owner = doc[span.start - 1], doc[span.start - 2]
            if poss.lower_ in ("'s", "\u2019s") and (owner.ent_type_ == "ORG" or owner.text.isupper()):
                credited = True
        if credited or noun in title:
            found.append(ent)
    return found[0] if len(found) == 1 else None


def _name_words(doc, index, pw) -> dict[str, set[int]]:
    """Capitalised words of the names of the page's people -> those people (a name the tagger left out of a
    mention: 'ministry spokesperson Syed X told', 'Minister for Y Affairs Djoko X said')."""
    key = "newsgraph.label_name_words"
    if key not in doc.user_data:
        out: dict[str, set[int]] = {}
        for k, ent in enumerate(index.entities):
            if ent.type == "PERSON" and not description_like(ent, pw):
                for w in ent.name.split():
                    if len(w) > 2 and w[:1].isupper() and norm_word(w) not in pw.titles:
                        out.setdefault(w, set()).add(k)
        doc.user_data[key] = out
    return doc.user_data[key]


def _person_at(tok, index, names) -> int | None:
    """The named person a token stands in: its entity, else the one person whose name has that word."""
    k = index.tok2ent.get(tok.i)
    if k is not None:
        return k if index.entities[k].type == "PERSON" else None
    found = names.get(tok.text, ()) if tok.pos_ == "PROPN" else ()
    return next(iter(found)) if len(found) == 1 else None


def _mentions(doc, index, k, names):
    """Character starts of the person's mentions, with their name words the tagger left out of a mention."""
    ent = index.entities[k]
    starts = {s for s, _ in ent.mentions}
    for w in ent.name.split():
        if names.get(w) == {k}:
            for m in re.finditer(r"\b" + re.escape(w) + r"\b", index.text):
                starts.add(m.start())
    return sorted(starts)


def _own_phrase_person(doc, index, sp: Speaker, pw):
    """The person the label's own phrase names: a name after the title, closing the phrase ('chief EU observer X
    said', 'Coordinating Minister for Y Affairs X said', "the government's chief negotiator, X."), or a name the
    phrase opens with ('X, also the state secretary'); not one joined by 'and' ('EAM and Secretary X'), nor the
    one spoken for ('the spokesman for X')."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    names = _name_words(doc, index, pw)
    k = _person_at(span[0], index, names)
    if k is not None:
        j = span.start
        while j + 1 < span.end and doc[j + 1].pos_ == "PROPN":
            j += 1
        return index.entities[k] if j + 1 < span.end and doc[j + 1].text == "," else None
    if span.end < len(doc) and doc[span.end].pos_ == "CCONJ":
        return None
    for i in range(span.end, min(len(doc), span.end + OWN_PHRASE_SPAN)):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or t.text in QUOTE_MARKS or t.text in (".", ";", ":") or \
                "\n" in t.text or i > span.end and t.is_sent_start:
            return None
        k = _person_at(t, index, names)
        if k is None:
            continue
        j = i
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        last = doc[j]
        if last.dep_ in ("poss", "conj") or last.dep_ == "pobj" and last.head.lower_ in ("for", "with", "by", "of") \
                or index.in_quote(t.idx) is not None:
            return None
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is None or nxt.is_punct and nxt.text not in QUOTE_MARKS or nxt.pos_ in ("VERB", "AUX"):
            return index.entities[k]
        return None
    return None


def _outer_speaker(q: Quote, quotes: list[Quote], text: str) -> Speaker | None:
    """The speaker of the reported words a document label stands inside, the cue before them in one sentence ('X
    said the draft text asked "..."')."""
    sp = q.speaker
    outer = [o for o in quotes if o is not q and o.kind == "indirect" and o.start <= sp.start < o.end and
             o.speaker is not None and o.speaker.start is not None and o.speaker.end is not None and
             o.speaker.end <= o.start and not SENTENCE_END.search(text[o.speaker.end:o.start])]
    return outer[0].speaker if len(outer) == 1 else None


def _thing_as_person(doc, index, ent) -> bool:
    """A one-word 'person' of the tagger that the page writes as a place or a thing: never the subject of a clause,
    an apposition or an owner, and once after an article ('the Brighton conference', 'the Situation in X') or as
    the modifier of a common noun ('Cotton picking', 'Rohingya repatriation')."""
    if ent.type != "PERSON" or len(ent.name.split()) != 1:
        return False
    thing = False
    for s, e in ent.mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        t = span.root
        if t.dep_ in ("nsubj", "nsubjpass", "appos", "poss", "agent") or t.head.lower_ == "by":
            return False
        if span.start and doc[span.start - 1].lower_ in ("the", "a", "an") or \
                t.dep_ == "compound" and t.head.pos_ == "NOUN":
            thing = True
    return thing


def _speaker_before(q: Quote, quotes: list[Quote], index, pw, window: int = THING_WINDOW) -> Speaker | None:
    """The named person who spoke last before a quote (the speaker the rules fall back on for a pronoun)."""
    for o in reversed(quotes):
        if o.start >= q.start or o.speaker is None or o.speaker.entity is None:
            continue
        if q.start - o.start > window:
            return None
        ent = index.entity(o.speaker.entity)
        if ent is not None and ent.type == "PERSON" and not description_like(ent, pw):
            return o.speaker
    return None


def name_labelled_speakers(doc, index, quotes: list[Quote]) -> None:
    """Replace a speaker that is a bare office, a reporter, a plural office or an embedded document by the person
    or pair the page names for it (module docstring); leave it when none or several fit."""
    pw = person_words()
    words = _words()
    documents = speech_cues().document_nouns
    document_stems = {d.rstrip("s") for d in documents}
    things: dict[str, bool] = {}  # entity id -> a place or thing the tagger took for a person
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not sp.name:
            continue
        ent = index.entity(sp.entity) if sp.entity is not None else None
        if ent is not None and ent.type == "PERSON" and ent.id not in things:
            things[ent.id] = _thing_as_person(doc, index, ent)
        if ent is not None and ent.type == "PERSON" and things[ent.id]:
            if sp.mention and sp.mention.lower() in PRONOUNS:  # 'He urged ...' linked to 'the Brighton conference'
                before = _speaker_before(q, quotes, index, pw)
                if before is not None:
                    q.speaker = Speaker(name=before.name, entity=before.entity, mention=sp.mention, start=sp.start,
                                        end=sp.end)
            elif sp.mention and sp.mention != ent.name:  # 'Ministers' linked to 'the Situation in X'
                q.speaker = Speaker(name=sp.mention, entity=None, mention=sp.mention, start=sp.start, end=sp.end)
            continue
        if ent is not None and ent.type == "PERSON" and not description_like(ent, pw):
            continue
        if ent is not None and (ent.type not in ("ORG", "PERSON") or ent.type == "ORG" and not (
                ent.name.isupper() and ent.name.lower() in words["initialisms"] or ent.name.lower() in words["plural"])):
            continue  # a named body ('HuffPost Pollster'), not an office the tagger took for one ('EAM', 'Ministers')
        head = WORD.findall(sp.name)[-1:] if sp.name else []
        if head and head[0].lower() in documents and sp.mention and sp.mention.split()[0].lower() == "the" and \
                q.kind != "indirect":  # quoted words, not a clause the document is said to state
            outer = _outer_speaker(q, quotes, index.text)
            if outer is not None:
                q.speaker = Speaker(name=outer.name, entity=outer.entity, mention=sp.mention, start=sp.start,
                                    end=sp.end)
            continue
        owned = OWNED_DOCUMENT.match(index.text, sp.end) if sp.end is not None else None
        if owned and owned.group(1).lower().rstrip("s") in document_stems:
            continue  # "the special counsel's filing said": a document, the body's (annotation rules)
        name = sp.name
        if sp.mention and sp.mention.lower().startswith("the ") and sp.mention.lower().endswith(name.lower()):
            name = sp.mention  # 'The Prince' named 'Prince'
        label = _label_words(name, pw, words)
        if label is None:
            continue
        kind, readings = label
        found = None
        if kind == "plural":
            pair = readout_pair(doc, index) or _two_holders(doc, index, readings[0][0], pw)
            if pair and len(pair) == 2:
                q.speaker = Speaker(name=" and ".join(pair), entity=None, mention=sp.mention, start=sp.start,
                                    end=sp.end)
            continue
        own = sp.mention and sp.mention.split()[0].lower() not in PRONOUNS | {"it"}
        if own:
            found = _own_phrase_person(doc, index, sp, pw)
        if found is None and kind == "journalist":
            found = _journalist(doc, index, readings[0][0], pw)
        elif found is None and kind != "role":
            found = _holder(doc, index, readings, pw, words, bare=kind == "bare office", loose=kind == "honorific")
            if found is not None and kind == "bare office" and office_beside(doc, index, " ".join(WORD.findall(
                    name)[1:]), found):
                found = None
        if found is not None:
            q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)
