"""People, organisations and places in one article, with aliases merged and pronouns linked.

``extract_entities(doc)`` takes spaCy's PERSON/ORG/GPE/NORP spans plus a few rules (names after
Mr./Mrs., surnames the NER missed), merges the mentions of one person ("Dong Jun", "Dong",
"Mr. Dong"), reads titles from pre-modifiers and appositions ("foreign ministry spokesperson
Wang Wenbin", "Wang Wenbin, a spokesperson for ..."), and links he/she/they to the most recent
compatible subject in one pass. The returned ``EntityIndex`` resolves any noun phrase (name,
surname, title such as "the minister", description, pronoun) to its entity.
"""
from __future__ import annotations

from ..model import Entity
from .actor_codes import code_entity_memo
from .actor_countries import country_kind
from .actor_names import fold_name
from .cues import norm_word
from .entity_index import EntityIndex
from .marks import quote_spans
from .name_titles import office_before_comma, office_taken, title_of
from .names import clean_mention, extra_person_mentions, gender_of_name, looks_like_name, title_words
from .portfolio_names import portfolio_names, portfolio_title
from .pronouns import link_pronouns, sentence_starts
from .sentence_view import doc_ents, doc_text, doc_view, slice_text, span_of

KEEP = {"PERSON", "ORG", "GPE", "NORP"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _person_key(words: list[str]) -> tuple[list[str], str]:
    core = [w for w in words if w not in SUFFIXES] or words
    return core, core[-1]


def _compatible(full: list[str], cand: list[str]) -> bool:
    """Two person names that may be the same person ("Hillary Clinton", "Hillary Rodham Clinton")."""
    if len(cand) == 1 or len(full) == 1:
        return True
    a, b = full[0], cand[0]
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)) or set(full) <= set(cand) \
        or set(cand) <= set(full)


def extract_entities(doc) -> EntityIndex:
    """All named actors of one parsed document, aliases merged and pronouns linked."""
    text = doc_text(doc)
    index = EntityIndex(quotes=quote_spans(text), text=text)
    index.sent_starts, index.n_tokens = sentence_starts(doc), len(doc)
    index.dates = [(e.start, e) for e in doc_ents(doc) if e.label_ == "DATE"]
    index._quote_starts = [q.start for q in index.quotes]
    mentions = [m for m in (clean_mention(ent) for ent in doc_ents(doc) if ent.label_ in KEEP or looks_like_name(ent))
                if m is not None]
    mentions = extra_person_mentions(doc, mentions)
    mentions = portfolio_names(doc, mentions)  # 'Minister for Food Security Kamran Butt'
    mentions.sort(key=lambda m: m.start)

    ents = index.entities
    seen_titles: dict[int, list[str]] = {}
    words_of: list[list[str]] = []
    by_surname: dict[str, list[int]] = {}
    by_key: dict[str, int] = {}
    heads_main: set[int] = set()  # people named as the subject of a main clause
    view = doc_view(doc)
    texts, punct = view.text, view.punct
    for m in mentions:
        span = span_of(doc, m.start, m.end)
        words = [norm_word(w) for i, w in enumerate(texts[m.start:m.end], m.start) if not punct[i] or w == "-"]
        if not words:
            continue
        span_text = slice_text(doc, m.start, m.end)  # (read once: Span.text joins its tokens at every read)
        if m.label == "PERSON":
            words = [fold_name(w) for w in words]  # 'Erdoğan' is the 'Recep Tayyip Erdogan' named above
            core, surname = _person_key(words)
            cands = [k for k in by_surname.get(surname, []) if _compatible(core, _person_key(words_of[k])[0])]
            if len(core) == 1 and not cands:
                cands += [k for k in range(len(ents)) if ents[k].type == "PERSON" and core[0] in words_of[k]
                          and k not in cands]
            if m.gender:  # 'Mr. Trump' is not Melania Trump
                fits = [c for c in cands if index.gender.get(c) in (None, m.gender)]
                if not fits and len(core) == 1:  # the President Trump named before, not his wife named since
                    fits = [k for k in range(len(ents)) if ents[k].type == "PERSON" and core[0] in words_of[k]
                            and index.gender.get(k) in (None, m.gender)]
                    cands = fits  # none: a person of their own (below)
                else:
                    cands = fits or cands
            if cands:
                # a bare surname goes to the person the article is most about, then to one who headed a main
                # clause ('Minister Park Sun-mi made the remarks' over 'after opposition leader Park Dong-hoon
                # accused ...'), then the latest
                bare = len(core) == 1
                k = max(cands, key=lambda c: (len(index._last_seen[c]) if bare else 0, bare and c in heads_main,
                                              index._last_seen[c][-1]))
                if len(words) > len(words_of[k]):
                    ents[k].name, words_of[k] = span_text, words
                    by_surname.setdefault(surname, []).append(k)
            else:
                k = _new(index, span_text, "PERSON", words_of, words)
                by_surname.setdefault(surname, []).append(k)
        else:
            key = " ".join(words)
            k = by_key.get(key)
            if k is None:
                k = _new(index, span_text, m.label, words_of, words)
                by_key[key] = k
        e = ents[k]
        e.mentions.append([span.start_char, span.end_char])
        if span_text not in e.aliases and span_text != e.name:
            e.aliases.append(span_text)
        index._last_seen[k].append(span.start_char)
        if m.label == "PERSON" and _main_subject(span):
            heads_main.add(k)
        for i in range(span.start, span.end):
            index.tok2ent[i] = k
        if m.label == "PERSON":
            try:
                title = portfolio_title(span) or title_of(span)  # 'Minister for Food Security X'
            except Exception:
                title = None
            taken = office_taken(span)  # 'X was appointed defence minister', 'X, who became prime minister'
            if taken:
                index.titles.setdefault(k, set()).update(title_words(taken))
            first_office = office_before_comma(span)  # 'The Deputy Premier and Minister for Trade, Jo Roe,'
            if first_office:
                index.titles.setdefault(k, set()).add(first_office)
            of_place = _of_country(doc, span.end)
            if of_place:  # "President Ivan Duque of Colombia", "Nancy Pelosi of California"
                seen_titles.setdefault(k, []).append(of_place)
            if title:
                seen_titles.setdefault(k, []).append(title)
                if not e.title or len(title) > len(e.title):
                    e.title = title
                index.titles.setdefault(k, set()).update(title_words(title))
            g = m.gender or gender_of_name(words, title)
            if g and k not in index.gender:
                index.gender[k] = g
    for k, e in enumerate(ents):
        if e.name in e.aliases:
            e.aliases.remove(e.name)
        if e.type == "PERSON" and e.title:
            index.titles.setdefault(k, set()).update(title_words(e.title, head_only=True))
        try:  # every title seen can tell the country ("Admiral" here, "Valdorian defence minister" there)
            context = "; ".join(seen_titles.get(k, [])) or None
            e.country, e.sector, e.code = code_entity_memo(e.name, e.type, e.title, context)
        except Exception:  # the coder is another module's work in progress: never fail here
            pass
    _home_senators(doc, ents)
    try:
        link_pronouns(doc, index)
    except Exception:  # an odd parse leaves pronouns unlinked rather than failing the document
        index.pronouns.clear()
        index.described.clear()
    return index


def _main_subject(span) -> bool:
    """A name heading its sentence's main clause ('Trade Minister X made the remarks', 'His deputy, X, told')."""
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"


_SHARED_TITLE = ("senator", "sen.", "senate", "congressman", "congresswoman", "representative", "rep.")


def _home_senators(doc, ents: list[Entity]) -> None:
    """A senator or representative the coder placed in the USA only through that title ("Senator Dino
    Melaye") belongs to the story's home country when that is another one (Nigeria, the Philippines)."""
    cands = [e for e in ents if e.type == "PERSON" and e.country == "USA" and e.title
             and any(w in e.title.lower().split() for w in _SHARED_TITLE)]
    if not cands:
        return
    try:
        foreign = False
        for ent in doc_ents(doc):  # cheap first: a story naming no other country keeps its senators American
            if ent.label_ in ("GPE", "NORP"):
                hit = country_kind(ent.text)
                if hit and hit[0] != "USA":
                    foreign = True
                    break
        if not foreign:
            return
        from .actor_home import _context

        home = _context(doc).home
        if not home or home == "USA":
            return
        for e in cands:
            if code_entity_memo(e.name, "PERSON")[0] is None:  # nobody the people files know as American
                e.country, e.code = home, home + (e.sector or "")
    except Exception:  # the home country is a refinement: never fail entity extraction on it
        return


def _of_country(doc, end: int) -> str | None:
    """ "of Colombia" right after a person's name: the place the person stands for (a country, its
    capital or one of its regions), as words for the coder."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    j = end + 1
    if doc[j].lower_ == "the":
        j += 1
    if j >= len(doc) or doc[j].pos_ != "PROPN" or (doc[j].ent_type_ and doc[j].ent_type_ not in ("GPE", "LOC")):
        return None
    k = j + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and k - j < 4:
        k += 1
    place = doc[j:k].text
    try:
        return f"of {place}" if country_kind(place) else None
    except Exception:  # the coder's tables are data: never fail entity extraction on them
        return None


def _new(index: EntityIndex, name: str, label: str, words_of: list, words: list[str]) -> int:
    k = len(index.entities)
    index.entities.append(Entity(id=f"e{k + 1}", name=name, type=label))
    words_of.append(words)
    index._last_seen[k] = []
    return k
