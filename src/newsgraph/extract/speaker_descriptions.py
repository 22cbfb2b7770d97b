"""Linking a described speaker ('the interior minister', 'the EU') to the person or body the article names:
credit lines, acronyms, appositions, qualified titles and the person a description stands for."""
from __future__ import annotations

import re

from .actor_countries import phrase_country
from .cues import norm_word, person_words, portfolio_words
from .name_titles import SUBORDINATE_WORDS, counterpart_holds, names_nation
from .names import RANK_MODIFIERS, has_title, title_modifiers
from .text_lines import line_bounds

CREDIT_MARKS = ("contributed to this report", "reporting by", "writing by", "editing by", "contributed reporting")


def _only_credited(ent, index) -> bool:
    """Every mention of the person stands in a credit line ('Reporting by X; Editing by Y', 'X contributed to
    this report')."""
    text = index.text
    for s0, _ in ent.mentions:
        a, b = line_bounds(text, s0)
        line = text[a:b].lower()
        if not any(m in line for m in CREDIT_MARKS):
            return False
    return bool(ent.mentions)


def _spelled_out(acronym: str, index):
    """The entity whose name the acronym abbreviates ('EU' -> 'European Union'), if the article names it."""
    for e in index.entities:
        words = [w for w in e.name.replace("-", " ").split() if w[:1].isupper()]
        if len(words) == len(acronym) and "".join(w[0] for w in words) == acronym and e.name != acronym:
            return e
    return None


def _named_in_apposition(tok, index):
    """The person an apposition names at its end ('Another diplomat, former special envoy to X Kurt Volker,')."""
    for c in tok.children:
        if c.dep_ != "appos" or c.i < tok.i:
            continue
        last = c.right_edge
        k = index.tok2ent.get(last.i)
        nxt = tok.doc[last.i + 1].text if last.i + 1 < len(tok.doc) else ","
        if k is not None and index.entities[k].type == "PERSON" and nxt in (",", ")", "\u2014", "--", "."):
            return index.entities[k]
    from .title_appositions import named_beside_title
    return named_beside_title(tok, index)  # 'A spokesman for the party, Jo Roe,' with the name hung on 'party'


def _qualified(tok) -> bool:
    """A title with its own qualifiers ("Austria's interior minister", 'the chairman of the Conservative
    Party', "China's ambassador to Britain"), not a bare 'the minister' that refers back."""
    for c in tok.children:
        if c.dep_ == "poss" and c.text[:1].isupper():
            return True
        if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() and c.i > tok.left_edge.i:
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "at"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and (p.text[:1].isupper() or p.ent_type_):
                return True
    return False


def _title_fits(ent, tok, index) -> bool:
    """Whether a person found for a title phrase carries that title (else the parse picked a bystander)."""
    k = next((i for i, e in enumerate(index.entities) if e is ent), None) if ent is not None else None
    if k is None:
        return False
    if any(index.tok2ent.get(t.i) == k for t in tok.subtree if t.dep_ == "appos" or t.head.dep_ == "appos"):
        return True  # "Labour's shadow housing secretary, Nadia Farrant,": named in the phrase itself
    if ent.type != "PERSON":
        return False
    pw = person_words()
    titles = index.titles.get(k, set())
    if has_title(titles, pw.expand(norm_word(tok.lemma_))):
        return True
    mods = {norm_word(c.text) for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")}
    if mods & titles:
        return True  # 'the Valdorian defense chief' for "Valdoria's new defense minister"
    if counterpart_holds(tok, k, index):
        return True  # 'the Ostrevian minister' for 'his counterpart X of Ostrevia'
    try:  # 'the Valdorian defense chief' for the Valdorian defense minister: the entity index matched the country
        nation = phrase_country(tok)
    except Exception:  # the entity index is another step's work
        nation = None
    return nation is not None and (ent.country == nation or ent.country is None and ent.sector is not None)


SPOKESPERSON = "spokesperson"  # what 'spokesman' and 'spokeswoman' expand to (person_titles.json abbreviations)


def same_description_person(index, span, exclude=None, window: int = 3000):
    """The person first named after ``span`` whose title carries the same description: the head title and
    every capitalised word ('the MP, Harold Penwick' or 'Interior Minister Wolfgang Peschorn' after
    "Austria's interior minister"). Anonymous roles ('a senior official') and 'another ...' are never named, but a
    spokesperson of a named body is ('a Foreign Ministry spokesman said ...', then 'Foreign Ministry spokesman X')."""
    pw = person_words()
    head = span.root
    key = pw.expand(norm_word(head.lemma_))
    if head.tag_ in ("NNS", "NNPS"):
        return None  # 'Lawmakers at the scene' are several people, none of them the one named below
    owned = any(c.dep_ == "poss" and c.text[:1].isupper() and c.pos_ == "PROPN" for c in head.children)
    mods = {pw.expand(norm_word(t.text)) for t in span if t.i != head.i and t.text[:1].isupper()
            and t.i != span.start and t.pos_ != "DET" and t.dep_ != "case"}
    if key == SPOKESPERSON and not mods:  # 'A spokesman for the Afghan Taliban' with the mention 'A spokesman'
        mods = {pw.expand(norm_word(t.text)) for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                for t in c.subtree if t.text[:1].isupper() and t.pos_ == "PROPN"}
    spoken_for = key == SPOKESPERSON and bool(mods)  # 'a Foreign Ministry spokesman', 'A spokesman for the X'
    if (head.lower_ in pw.anonymous_roles or key in pw.anonymous_roles) and not (owned or spoken_for) or \
            key not in pw.titles:
        return None  # 'a lawyer' is nobody named; "Mr. Strzok's lawyer" is one person
    described = {pw.expand(norm_word(t.text)) for t in span} | mods
    portfolio = {pw.expand(norm_word(t.text)) for t in span if t.i < head.i and t.dep_ in ("amod", "compound")
                 and t.text.isalpha() and t.text.islower() and t.lower_ in portfolio_words()
                 and t.lower_ not in RANK_MODIFIERS}  # 'foreign' of "Norland's foreign minister"; not 'top' of
    # "Norland's top diplomat" (a foreign minister) nor 'outspoken' (no portfolio word)
    start, end = span.start_char, span.end_char
    nation = phrase_country(head)
    best = None
    for k, ent in enumerate(index.entities):
        if ent.type != "PERSON" or ent.id == exclude or description_like(ent, pw):
            continue
        if nation is not None and ent.country is not None and ent.country != nation:
            continue  # "Poland's defence minister" is not the Lithuanian defence minister named below
        titles = {bare_title_word(w) for w in index.titles.get(k, set())}
        if key not in titles or not (mods <= titles or titles <= described):
            continue
        if titles & SUBORDINATE_WORDS - described:
            continue  # 'the Secretary-General' is not the 'Under-Secretary-General' named below
        if portfolio and titles - {key} and not portfolio & titles and \
                pw.expand(norm_word((ent.title or "-").split()[-1])) == key:
            continue  # "Norland's foreign minister" is not 'Defence Minister X' named below
        if spoken_for and not owned and not mods & titles:
            continue  # a spokesperson of the body the description names, not any spokesperson named below
        later = sorted(s for s, _ in ent.mentions if end <= s <= end + window)
        if not later or any(s < start for s, _ in ent.mentions):
            continue  # named only before the description: someone the text would have named there
        before = index.text[max(0, later[0] - 40):later[0]].lower()
        if "another" in before or "second" in before or "other " in before:
            continue
        if best is None or later[0] < best[0]:
            best = (later[0], ent)
    return best[1] if best is not None else None


def bare_title_word(word: str) -> str:
    """A title word without a possessive ending ("strzok's" -> 'strzok')."""
    for end in ("'s", "\u2019s"):
        if word.endswith(end):
            return word[:-len(end)]
    return word


def description_like(ent, pw) -> bool:
    """A 'person' whose name is a description: 'Tory MP', 'Labour MP' (a title last, no first name)."""
    words = ent.name.split()
    if ent.type != "PERSON" or not 1 < len(words) <= 3:
        return False
    first, last = norm_word(words[0]), pw.expand(norm_word(words[-1]))
    return last in pw.titles and first not in pw.male_first and first not in pw.female_first \
        and first not in pw.honorifics


def office_holder(tok, index):
    """The person a capitalised office phrase stands for ('The Prime Minister', 'The outgoing First Minister', 'The
    Secretary General'): the one the entity index binds it to, if that person holds every capitalised word of
    the office (so 'The Prime Minister' is no foreign minister, nor a president named before); else None."""
    ent = index.by_title(tok)
    if ent is None or ent.type != "PERSON":
        return None
    pw = person_words()
    k = next((n for n, e in enumerate(index.entities) if e is ent), None)
    titles = index.titles.get(k, set()) if k is not None else set()
    words = {pw.expand(norm_word(c.text)) for c in tok.children if c.dep_ in ("compound", "amod") and
             c.text[:1].isupper()}
    spelled = set(pw.title_initialisms.get(tok.lower_, ())) if tok.text.isupper() else set()  # 'the PM'
    head = pw.expand(norm_word(tok.lemma_))
    if not (words | spelled <= titles and (spelled or has_title(titles, head) or tok.lower_ in titles)):
        return None
    return None if _office_with_holder(tok, ent, index) else ent


def _office_with_holder(tok, ent, index) -> bool:
    """Whether the same bare office ('the Prime Minister') appears in a sentence that also names ``ent``
    ("New Zealand's Prime Minister X called the Prime Minister"): then the bare office is someone else, the
    readout's own leader."""
    doc = tok.doc
    starts = {s for s, _ in ent.mentions}
    for t in doc[:tok.i]:
        if t.lower_ != tok.lower_ or t.i in index.tok2ent or not any(c.lower_ == "the" for c in t.children):
            continue
        after = t.idx + len(t.text)
        if any(after <= m <= after + 2 for m in starts):
            continue  # 'the Alliance Secretary General, Aino Salo,': the office that introduces ``ent`` itself
        if any(c.dep_ == "appos" and any(s <= c.idx < e for s, e in ent.mentions) for c in t.children):
            continue  # 'The Chairperson of the X Commission, Dr. Ana Roe,': introduced through its 'of' phrase
        if any(c.dep_ == "conj" and any(s <= c.idx < e for s, e in ent.mentions) and c.left_edge.i > 0 and
               doc[c.left_edge.i - 1].text == "," for c in t.children):
            continue  # 'The Deputy Premier and Minister for Trade, Jo Roe,' parsed with the name a conjunct
        if _written_own_office(t, ent):
            continue  # 'Jo Roe, the Relief Commissioner for Refugees, said': her own office written out in full
        s0, s1 = index.sentence(t.i)
        if any(doc[s0].idx <= m < (doc[s1 - 1].idx if s1 <= len(doc) else len(index.text)) for m in starts):
            return True
    return False


def _written_own_office(t, ent) -> bool:
    """Whether the office at ``t`` is written with its 'for'/'of' phrase ('the High Commissioner for Human Rights')
    and that whole phrase is part of the title recorded for ``ent`` ('United Nations High Commissioner for Human
    Rights'): the page names ``ent``'s own office there, not another holder's."""
    prep = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    if prep is None or not ent.title:
        return False
    words = [w.text for w in t.doc[t.left_edge.i:prep.right_edge.i + 1] if w.dep_ != "det" or w.i > t.i]
    phrase = " ".join(words).lower()
    return len(words) > 2 and phrase in " ".join(ent.title.split()).lower()


def title_word(tok) -> bool:
    pw = person_words()
    return norm_word(tok.lemma_) in pw.titles or (tok.text.isupper() and tok.lower_ in pw.title_initialisms)


ACRONYM_LINK = re.compile(r"(?:\(|, or |, known as |\u2014 )(?:the )?([A-Z][A-Z.&]{1,9}[A-Z.]|[A-Z][A-Za-z]{1,2}[A-Z][A-Z.]*)(?:\)|,|\u2014| )")
NAME_WORD = re.compile(r"[A-Z][\w.&'\u2019-]*|of|for|and|on|the|de|du|to|&|in")
JOINERS = {"of", "for", "and", "on", "the", "de", "du", "to", "&", "in"}


def acronym_names(text: str) -> dict[str, str]:
    """'the Federal Emergency Management Agency (FEMA)', 'Deferred Action for Childhood Arrivals, or DACA':
    acronym -> the full name the article links it to (the name's capitalised initials spell the acronym)."""
    out: dict[str, str] = {}
    for m in ACRONYM_LINK.finditer(text):
        acr = m.group(1)
        letters = acr.replace(".", "").replace("&", "")
        if len(letters) < 2 or acr in out:
            continue
        words = text[max(0, m.start() - 120):m.start()].split()
        name: list[str] = []
        for w in reversed(words):
            w2 = w.rstrip(",")
            if w2 != w and name or not NAME_WORD.fullmatch(w2):
                break
            name.insert(0, w2)
        while name and name[0].lower() in JOINERS:
            name.pop(0)
        while name and name[-1].lower() in JOINERS:
            name.pop()
        initials = "".join(w[0] for part in name for w in part.split("-") if w[:1].isupper())
        if len(name) < 2 or not _spells(letters.upper(), initials.upper()):
            continue
        out[acr] = " ".join(name)
        out.setdefault(letters, " ".join(name))
    return out


def _spells(acronym: str, initials: str) -> bool:
    """The acronym's letters are the name's initials in order, the first ones matching ('CDC' in
    'Centers for Disease Control and Prevention', 'FDA' in 'U.S. Food and Drug Administration')."""
    if not initials or len(acronym) > len(initials):
        return False
    for skip in range(0, len(initials) - len(acronym) + 1):
        rest = initials[skip:]
        if rest[0] != acronym[0]:
            continue
        j = 0
        for ch in rest:
            if j < len(acronym) and ch == acronym[j]:
                j += 1
        if j == len(acronym) and len(rest) - len(acronym) <= 1:
            return True
    return False


def canonical_acronyms(index, quotes) -> None:
    """A speaker named by an acronym ('FEMA', 'the CDC') the article spells out elsewhere gets the full name."""
    names = None
    for q in quotes:
        sp = q.speaker
        if sp is None or not sp.name:
            continue
        key = sp.name[4:] if sp.name.lower().startswith("the ") else sp.name
        if not (key.replace(".", "").isupper() and 2 <= len(key) <= 12):
            continue
        if names is None:
            names = acronym_names(index.text)
        full = names.get(key) or names.get(key.replace(".", "")) or _named_organisation(key.replace(".", ""), index)
        if full:
            sp.name = full


def _named_organisation(acronym: str, index) -> str | None:
    """The one organisation of the article whose capitalised initials spell the acronym ('the Chinese
    Center for Disease Control and Prevention' for 'the CDC'), when the article never links the two."""
    found = {e.name for e in index.entities if e.type == "ORG" and e.name != acronym and len(e.name.split()) >= 2
             and _spells(acronym, "".join(w[0] for w in e.name.replace("-", " ").split() if w[:1].isupper()))}
    return found.pop() if len(found) == 1 else None


LINKED_BODIES = {"agency", "utility", "company", "firm", "airline", "group", "organisation", "organization", "charity",
                 "union", "bank", "carrier", "retailer", "manufacturer", "insurer", "lender", "operator", "watchdog",
                 "regulator", "foundation", "institute", "center", "centre", "association", "federation", "coalition",
                 "alliance", "network", "broadcaster", "newspaper", "platform", "giant", "startup", "developer",
                 "contractor", "supplier", "provider", "body", "commission", "authority", "board", "committee",
                 "council", "consortium", "publisher", "chain", "automaker", "carmaker", "trust", "society",
                 "hospital", "university", "school", "club", "league", "studio", "museum", "party"}
OUTLET_BODIES = {"newspaper", "broadcaster", "network", "publisher", "paper"}
ANY_ORG_BODIES = {"company", "firm", "agency", "group", "organisation", "organization", "utility", "airline", "carrier",
                  "retailer", "manufacturer", "insurer", "lender", "operator", "giant", "startup", "automaker",
                  "carmaker", "chain", "developer", "contractor", "supplier", "provider", "consortium", "charity",
                  "watchdog", "regulator"} | OUTLET_BODIES  # other bodies ('the union') need a name that says so


def named_body(tok, index, window: int = 3000):
    """'the utility', 'the agency' after 'Pacific Gas and Electric said ...': the organisation named last before
    (one whose name holds the noun first: 'the agency' for 'the Environmental Protection Agency'); 'the doctors' or
    'the physicians' for an organisation named with, or described by, that word ('Doctors for Patient Safety',
    'X, a group representing 3,000 physicians'). None when nothing fits."""
    if tok.i in index.tok2ent:
        return None
    called = called_name(tok, index)
    if called is not None:
        return called
    if not any(c.lower_ in ("the", "this") and c.dep_ == "det" for c in tok.children):
        return None
    lemma, low = tok.lemma_.lower(), tok.lower_
    pw = person_words()
    plural_people = tok.tag_ == "NNS" and low in pw.plural_person_heads and lemma not in pw.anonymous_roles \
        and low not in pw.anonymous_roles
    if lemma not in LINKED_BODIES and not plural_people:
        return None
    modified = any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
    from .source_lexicon import canonical_outlet
    text = index.text
    best = None
    for e in index.entities:
        if e.type != "ORG":
            continue
        before = [s for s, _ in e.mentions if s < tok.idx and tok.idx - s <= window and index.in_quote(s) is None]
        if not before:
            continue
        name = e.name.lower()
        if plural_people:
            stem = lemma[:-1] if lemma.endswith("s") else lemma
            if stem not in name and not any(_described_as(text, s, e.name, stem) for s in before):
                continue
        elif (canonical_outlet(e.name) is not None) != (lemma in OUTLET_BODIES):
            continue  # 'the company' is not the outlet credited; 'the newspaper' is
        elif (modified or lemma not in ANY_ORG_BODIES) and lemma not in name:
            continue  # 'the review board', 'the union' are not the last organisation named unless the name says so
        key = (lemma in name, max(before)) if not plural_people else (True, max(before))
        if best is None or key > best[0]:
            best = (key, e)
    return best[1] if best is not None else None


def _described_as(text: str, start: int, name: str, stem: str) -> bool:
    """'Doctors for X, a group representing 3,000 physicians,': the apposition right after a mention uses ``stem``."""
    after = text[start + len(name):start + len(name) + 90]
    if not after.startswith(","):
        return False
    appos = after[1:].split(",")[0].lower()
    return appos.split()[:1] in (["a"], ["an"], ["the"]) and stem in appos  # ', a group representing physicians,'


NAMING_VERBS = {"call", "name", "dub", "know", "title"}


def called_name(tok, index):
    """'A group called the St. Louis Tea Party issued ...', 'a man named X said', 'an organisation known as X':
    a description that gives its own name in a participle clause is the entity so named (a person or a body).
    Only an indefinite person or body noun ("The group's first ad called Obama ..." is a verb the parser hung on
    the noun)."""
    pw = person_words()
    lemma = tok.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or \
            not (lemma in LINKED_BODIES or lemma in pw.person_nouns or lemma in pw.group_nouns
                 or pw.expand(norm_word(lemma)) in pw.titles):
        return None
    for c in tok.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in NAMING_VERBS or c.i != tok.i + 1:
            continue
        for g in c.children:
            obj = g if g.dep_ in ("oprd", "attr", "dobj") else None
            if obj is None and g.dep_ == "prep" and g.lower_ == "as":
                obj = next((x for x in g.children if x.dep_ == "pobj"), None)
            k = index.tok2ent.get(obj.i) if obj is not None else None
            if k is not None and index.entities[k].type in ("PERSON", "ORG"):
                return index.entities[k]
    return None


SUBJECT_DEPS = ("nsubj", "nsubjpass")
STATE_SECTORS = ("GOV", "MIL", "JUD", "LEG", "POL")


def topic_antecedent(tok, ent, index):
    """'Romney said he ... / "...," the Republican senator said': a definite description as subject ('the
    senator', 'the Mexican-born journalist', 'the group') is the subject of the sentence just before when that
    subject is compatible (a person holding the title, or of no known title, for a title; a non-state body for
    'the group', 'the company'), rather than the last entity mentioned with the title or as an object or owner
    ("... response to the NAACP's plan. The group"). None when the rule does not apply or agrees with ``ent``."""
    body = _body_owner(tok, index)  # "Labour's deputy leader also accused ...": the party's, not a person's
    if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.i in index.tok2ent or tok.tag_ != "NN" or \
            not (body or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)) or \
            any(c.dep_ in ("appos", "prep", "conj") or c.dep_ == "poss" and not body for c in tok.children):
        return None
    pw = person_words()
    key = pw.expand(norm_word(tok.lemma_))
    lemma = tok.lemma_.lower()
    if key in pw.titles and lemma not in pw.anonymous_roles and key not in pw.anonymous_roles:
        want = "PERSON"
    elif lemma in ANY_ORG_BODIES and lemma not in OUTLET_BODIES and \
            not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
        want = "ORG"
    else:
        return None
    subj = _previous_subject(tok, index, want)
    if subj is None or subj is ent:
        return None
    k = next(n for n, e in enumerate(index.entities) if e is subj)
    if ent is not None and any(tok.sent.start_char <= s < tok.idx for s, _ in ent.mentions):
        return None  # 'calling on Rep. X to quit, as the Republican congressman ...': named in its own sentence
    if ent is not None and _marked(tok, ent, index) and not _marked(tok, subj, index):
        return None  # 'the Norland minister': the one introduced with 'Norland', not the subject from elsewhere
    if want == "PERSON":
        titles = index.titles.get(k, set())
        j = next((n for n, e in enumerate(index.entities) if e is ent), None)
        if j is not None and has_title(index.titles.get(j, set()), key) and not has_title(titles, key):
            return None  # the entity found holds the title, the subject does not
        if j is not None and _fits_other(tok, key, index.titles.get(j, set()), titles):
            return None  # 'the finance minister': the one found is, the subject is the trade minister
        nouns = any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and not title_word(c) for c in tok.children)
        if not (has_title(titles, key) or not titles and not nouns):
            return None
    elif (subj.sector or "") in STATE_SECTORS and lemma not in subj.name.lower():
        return None  # 'the group' is not the government body that was the subject
    return subj


def _fits_other(tok, key: str, found: set[str], subject: set[str]) -> bool:
    """Whether the person found holds every modifier of the description ('the finance minister', 'the former
    home secretary') and the subject before does not, being another office of that kind ('Trade Minister X') or
    the holder the 'former' one is not."""
    mods = title_modifiers(tok)
    if not mods or not mods <= found or mods <= subject:
        return False
    return "former" in mods - subject or bool(subject - mods - {key})


def _body_owner(tok, index) -> bool:
    """The description is owned by a party, body or country ("Labour's deputy leader", "Britain's foreign
    secretary"), not by a person ("Trump's lawyer" is someone else)."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    k = index.tok2ent.get(owner.i) if owner is not None else None
    return k is not None and index.entities[k].type in ("ORG", "NORP", "GPE")


def _previous_subject(tok, index, want: str, back: int = 3):
    """The entity heading the main clause of the nearest sentence before ``tok``'s that has a main subject
    outside quotation marks (sentences of quoted words are passed over; no more than one paragraph break
    between); a resolved pronoun counts as its entity. None when that subject is no entity of kind ``want``."""
    from bisect import bisect_right
    starts = index.sent_starts
    k = bisect_right(starts, tok.i) - 1
    doc = tok.doc
    for m in range(k - 1, max(-1, k - 1 - back), -1):
        a, b = starts[m], starts[m + 1]
        if index.text[doc[a].idx:tok.idx].count("\n\n") > 1:
            return None
        for t in doc[a:b]:
            if t.dep_ not in SUBJECT_DEPS or index.in_quote(t.idx) is not None:
                continue
            h = t.head
            if not (h.dep_ == "ROOT" or h.dep_ == "conj" and h.head.dep_ == "ROOT"):
                continue
            j = index.tok2ent.get(t.i)
            if j is None and t.i in index.pronouns:
                j = index.pronouns[t.i][1]
            if j is None:
                return None  # the main subject is no entity: the description may be someone else
            e = index.entities[j]
            return e if e.type == want else None
    return None


def _marked(tok, ent, index) -> bool:
    """Whether a proper-noun modifier of the description ('the Norland minister') is among the entity's titles
    or right before one of its mentions ("Norland's Foreign Minister X")."""
    stems = [c.text.lower()[:5] for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
             and c.text[:1].isupper() and len(c.text) > 3]  # a place name, not a party word ('the Republican senator')
    if not stems:
        return False
    k = next((n for n, e in enumerate(index.entities) if e is ent), None)
    if k is not None and any(w.startswith(st) for w in index.titles.get(k, ()) for st in stems):
        return True
    if any(st in index.text[max(0, s - 40):s].rsplit("\n", 1)[-1].lower() for s, _ in ent.mentions for st in stems):
        return True
    adjs = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and len(c.text) > 3]
    return k is not None and names_nation(k, adjs, index, tok.doc)  # "his counterpart X of Norland"
