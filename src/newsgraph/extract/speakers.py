"""Who speaks through a cue word, to whom, through which channel and when."""
from __future__ import annotations

from ..model import Speaker
from .cues import norm_word, person_words, speech_cues
from .dates import resolve_date
from .names import noun_phrase
from .source_lexicon import canonical_outlet, lexicon

SUBJ = ("nsubj", "nsubjpass", "csubj")
CLIMB = ("advcl", "xcomp", "conj", "acl", "relcl", "pcomp", "dep", "ccomp", "parataxis", "prep", "pobj")
ADDRESSEE_VERBS = speech_cues().roles["addressee_verbs"]
CHANNEL_PREPS = {"in", "at", "on", "during", "via", "through", "over", "to"}
RELATIVE = {"who", "which", "that", "whom"}
# '..., saying/calling ...' closing a sentence whose reported clause has its own subject: the main speaker's
MAIN_SPEAKER_PARTICIPLES = {"say", "add", "call", "describe", "dismiss", "brand", "label", "term", "dub"}


def is_cue_token(tok) -> bool:
    """A verb from the speech lexicon, or 'according (to)'."""
    cues = speech_cues()
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children) or (tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to")
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("VBZ", "VBD")):
        if not (tok.pos_ == "PROPN" and tok.lemma_.lower() in ("say", "says")) and not verb_tagged_noun(tok):
            return False
    lemma = tok.lemma_.lower()
    if lemma == "point" and not any(c.lower_ == "out" for c in tok.children):
        return False
    if lemma == "make":
        return any(c.lower_ == "clear" for c in tok.children)  # 'made (it) clear that ...'
    if lemma in cues.roles["exchange_verbs"]:
        return exchange_topic(tok) is not None  # 'the two sides exchanged views on ...'
    return cues.is_verb_cue(lemma)


def verb_tagged_noun(tok) -> bool:
    """'Grassley, who owns a farm, often notes ... that he is ...': a third-person verb the tagger read as a
    plural noun (right after an adverb, a name or a pronoun, with a that-clause following)."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i == 0:
        return False
    if tok.lemma_.lower() not in speech_cues().clause_verbs or tok.doc[tok.i - 1].pos_ not in ("ADV", "PROPN", "PRON"):
        return False
    if any(c.dep_ == "det" for c in tok.children):
        return False
    return any(t.lower_ == "that" and t.dep_ == "mark" for t in tok.doc[tok.i + 1:tok.i + 9])


def _topic(*holders):
    """The object of the first 'on/about/over/regarding' phrase hanging on any of ``holders``."""
    for holder in holders:
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "about", "over", "regarding"):
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def exchange_noun_topic(noun):
    """'had an exchange of views on X': the token heading X, else None."""
    objects = speech_cues().roles["exchange_objects"]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            views = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in objects), None)
            if views is None:
                continue
            return _topic(views, noun)
    return None


def exchange_topic(verb):
    """'exchanged views on the situation in X': the token heading what was talked about, else None."""
    objects = speech_cues().roles["exchange_objects"]
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in objects:
            return _topic(c, verb)
    return None


def subject_of(verb):
    """The token naming who does ``verb``, climbing through saying/adding/xcomp/conj chains."""
    return next(subject_candidates(verb), None)


def subject_candidates(verb, through_ccomp: bool = False):
    """Possible subjects of ``verb``, nearest first; with ``through_ccomp`` the climb goes on past a
    reported clause ('he said the question was ... and urged ...')."""
    v = verb
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.tag_ == "PRP" and before.lower_ in ("he", "she", "they") and \
            verb.i > 1 and verb.doc[verb.i - 2].lower_ in RELATIVE:
        yield before  # 'Mr. Trump, who he said "led me to ..."': the pronoun speaks, not the antecedent
        if not through_ccomp:
            return
    for _ in range(6):
        agent = None
        found = None
        for c in v.children:
            if c.is_punct or is_dateline(c):
                continue  # a stray '.' or a dateline ('LONDON -') the parser made a subject
            if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and v.lemma_ not in ADDRESSEE_VERBS and (
                    v.lemma_ in ("quote", "cite") or not any(g.dep_ == "agent" for g in v.children))):
                found = v.head if c.lower_ in RELATIVE and v.dep_ == "relcl" else c
                break
            if c.dep_ == "agent":
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
        if found is None and agent is not None:
            found = agent
        if found is None and v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_.lower() == "quote":
            found = next((c for c in v.head.head.children if c.dep_ == "dobj"), None)  # 'X quoted Y as saying'
        if found is None and v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
            via = _medium_holder(v)
            if via is not None:
                v = via  # 'Steele issued a statement saying', 'sent an e-mail to members saying': the sender speaks
                continue
            found = v.head
        if found is not None:
            yield found
            if not through_ccomp:
                return
        if v.dep_ not in CLIMB or v.head is v:
            return
        if v.dep_ == "ccomp" and not through_ccomp and v.head.lemma_.lower() not in ("begin", "continue", "go",
                                                                                       "start", "try"):
            return
        v = v.head


def _medium_holder(participle):
    """For 'saying' hanging on a document or on the person it went to ('issued a statement saying',
    'sent an e-mail to RNC members saying'): the verb whose subject speaks, else None."""
    if participle.tag_ != "VBG" or participle.dep_ != "acl":
        return None
    noun = participle.head
    cues = speech_cues()
    is_medium = noun.lemma_.lower() in cues.document_nouns or noun.lemma_.lower() in cues.channel_nouns \
        or noun.lower_ in ("mail", "e-mail", "note")
    to_whom = (noun.dep_ == "pobj" and noun.head.lower_ == "to") or noun.left_edge.lower_ == "to"
    if not (is_medium or to_whom):
        return None
    g = noun.head
    if g.dep_ in ("prep", "dative") and g.head is not g:
        g = g.head
    if g.pos_ in ("VERB", "AUX") and g.i != participle.i and noun.dep_ in ("dobj", "pobj", "nsubjpass"):
        return g
    return None


def inverted_subject(verb):
    """'..., said Mr Smith': the name after the verb when the parser missed the inversion."""
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod", "appos", "oprd", "dative") and c.pos_ in ("PROPN", "NOUN"):
            return c
    nxt = verb.i + 1
    if nxt < len(verb.doc) and verb.doc[nxt].pos_ == "PROPN":
        t = verb.doc[nxt]
        while t.i + 1 < len(verb.doc) and verb.doc[t.i + 1].pos_ == "PROPN":
            t = verb.doc[t.i + 1]
        return t
    return None


def according_to(tok):
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        to = tok.nbor()
    if to is None:
        return None
    return next((c for c in to.children if c.dep_ == "pobj"), None)


def owner_of_document(tok, index):
    """'BuzzFeed's report', 'a report by X', 'excerpts from his speech': who stands behind a document noun."""
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.i in index.tok2ent):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and c.lower_ == "of" and p.pos_ != "PROPN" and p.i not in index.tok2ent:
                inner = _released_by(p)  # 'a video of his remarks released by X': X, not the remarks
                if inner is not None:
                    return inner
                continue
            if p is not None:
                inner = owner_of_document(p, index) if p.lemma_.lower() in speech_cues().document_nouns else None
                return inner or p
    return _released_by(tok)


def _released_by(tok):
    """'a statement released by X', 'a video posted by X': X."""
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in ("carry", "air", "broadcast", "print", "run"):
            for g in c.children:  # 'carried by news agency X' names who carried it, not who issued it
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "from")):
                    p = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if p is not None:
                        return p
    return None


def speaker_from(tok, index) -> Speaker | None:
    """A Speaker for the subject token of a cue (name, entity, resolved pronoun, description)."""
    if tok is None:
        return None
    cues = speech_cues()
    if tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in cues.document_nouns or tok.lower_ in
                                          cues.document_nouns) and tok.i not in index.tok2ent:
        owner = owner_of_document(tok, index)
        lemma = tok.lemma_.lower()
        if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.i != tok.i:
            owner = owner.head.head  # "the former secretary of state's campaign"
        if owner is not None:
            found = speaker_from(owner, index)
            if found is not None:
                index.document_owners[lemma] = found
                return found
        elif any(c.lower_ in ("the", "that", "this") for c in tok.children):
            owner_sp = index.document_owners.get(lemma)
            if owner_sp is not None:
                return owner_sp
            pub = index.publisher_before(tok.idx)
            if pub is not None:
                s, e = _mention_bounds(tok, None, index)
                return Speaker(name=pub.name, entity=pub.id, mention=index.text[s:e], start=s, end=e)
            owner_sp = index.document_owners.get("*")
            if owner_sp is not None:
                return owner_sp
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") and \
                tok.head.head.lower_ != "according":
            found = speaker_from(subject_of(tok.head.head), index)  # 'X wrote in a letter calling on ...'
            if found is not None:
                return found
    if tok.lower_ in ("i", "we", "you", "me", "us", "this", "that", "there", "which", "what", "who") and \
            not (tok.text == "US" and tok.ent_type_ in ("GPE", "ORG", "NORP")):
        return None  # a pronoun, not the country 'US'
    if is_dateline(tok):
        return None  # 'BEIJING, Feb. 3 (Xinhua) -- X said': the parser made the place the subject
    pair = _pair_speaker(tok, index)
    if pair is not None:
        return pair
    if tok.pos_ == "NOUN" and tok.i not in index.tok2ent and not title_word(tok):
        conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and title_word(c)), None)
        if conj is not None:
            tok = conj  # 'The work and pensions secretary has said': the parser made 'work' the subject
    name, ent = index.describe(tok)
    if ent is not None and ent.type == "ORG" and tok.pos_ == "NOUN" and tok.i not in index.tok2ent and \
            tok.lower_ not in lexicon().cues["outlet_heads"] and canonical_outlet(ent.name) is not None:
        name, ent = noun_phrase(tok), None  # 'In a letter seen by Reuters, the company warned': not Reuters
    if ent is not None and ent.type == "PERSON" and tok.i not in index.tok2ent and _only_credited(ent, index):
        name, ent = noun_phrase(tok), None  # 'the minister' is not the reporter of the credit line at the end
    if tok.pos_ in ("NOUN", "PROPN") and tok.i not in index.tok2ent and title_word(tok):
        named = _named_in_apposition(tok, index)
        if named is not None:
            name, ent = named.name, named  # 'Another diplomat, former special envoy to X Kurt Volker, said'
        elif _qualified(tok) and not _title_fits(ent, tok, index):
            later = same_description_person(index, tok.doc[tok.left_edge.i:tok.i + 1], exclude=None)
            name, ent = (later.name, later) if later is not None else (noun_phrase(tok), None)
    if name and ent is None and not plausible(tok, ent):
        for c in tok.children:  # 'a terse response from the GOP said'
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None:
                    return speaker_from(p, index)
    if not name or not plausible(tok, ent):
        return None
    start, end = _mention_bounds(tok, ent, index)
    if ent is not None and ent.type == "ORG" and ent.name.isupper() and 2 <= len(ent.name) <= 5:
        full = _spelled_out(ent.name, index)
        if full is not None:
            name, ent = full.name, full  # 'the EU' after 'the European Union': the fullest name the article gives
    if ent is None and tok.pos_ == "NOUN" and any(c.lower_ in ("a", "an", "one") for c in tok.children):
        index.descriptions.append((tok.idx, tok.lemma_.lower(), name))
    return Speaker(name=name, entity=ent.id if ent else None, mention=index.text[start:end], start=start, end=end)


DATELINE_DASHES = {"-", "--", "\u2014", "\u2013", "\u2015", "/"}


CREDIT_MARKS = ("contributed to this report", "reporting by", "writing by", "editing by", "contributed reporting")


def _only_credited(ent, index) -> bool:
    """Every mention of the person stands in a credit line ('Reporting by X; Editing by Y', 'X contributed to
    this report')."""
    text = index.text
    for s0, _ in ent.mentions:
        a = text.rfind("\n", 0, s0) + 1
        b = text.find("\n", s0)
        line = text[a:b if b >= 0 else len(text)].lower()
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
    return None


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
    if pw.expand(norm_word(tok.lemma_)) in titles:
        return True
    mods = {norm_word(c.text) for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")}
    if mods & titles:
        return True  # 'the Valdorian defense chief' for "Valdoria's new defense minister"
    try:  # 'the Valdorian defense chief' for the Valdorian defense minister: the entity index matched the country
        nation = index._phrase_country(tok)
    except Exception:  # the entity index is another step's work
        nation = None
    return nation is not None and (ent.country == nation or ent.country is None and ent.sector is not None)


def same_description_person(index, span, exclude=None, window: int = 3000):
    """The person first named after ``span`` whose title carries the same description: the head title and
    every capitalised word ('the MP, Harold Penwick' or 'Interior Minister Wolfgang Peschorn' after
    "Austria's interior minister"). Anonymous roles ('a senior official') and 'another ...' are never named."""
    pw = person_words()
    head = span.root
    key = pw.expand(norm_word(head.lemma_))
    if head.lower_ in pw.anonymous_roles or key in pw.anonymous_roles or key not in pw.titles:
        return None
    mods = {pw.expand(norm_word(t.text)) for t in span if t.i != head.i and t.text[:1].isupper()
            and t.i != span.start and t.pos_ != "DET"}
    described = {pw.expand(norm_word(t.text)) for t in span}
    start, end = span.start_char, span.end_char
    best = None
    for k, ent in enumerate(index.entities):
        if ent.type != "PERSON" or ent.id == exclude or description_like(ent, pw):
            continue
        titles = index.titles.get(k, set())
        if key not in titles or not (mods <= titles or titles <= described):
            continue
        later = sorted(s for s, _ in ent.mentions if end <= s <= end + window)
        if not later or any(s < start for s, _ in ent.mentions):
            continue  # named only before the description: someone the text would have named there
        before = index.text[max(0, later[0] - 40):later[0]].lower()
        if "another" in before or "second" in before or "other " in before:
            continue
        if best is None or later[0] < best[0]:
            best = (later[0], ent)
    return best[1] if best is not None else None


def description_like(ent, pw) -> bool:
    """A 'person' whose name is a description: 'Tory MP', 'Labour MP' (a title last, no first name)."""
    words = ent.name.split()
    if ent.type != "PERSON" or not 1 < len(words) <= 3:
        return False
    first, last = norm_word(words[0]), pw.expand(norm_word(words[-1]))
    return last in pw.titles and first not in pw.male_first and first not in pw.female_first \
        and first not in pw.honorifics


def is_dateline(tok) -> bool:
    """A place in capitals opening a paragraph, followed by a dash: 'BEIJING, Feb. 3 (Xinhua) --'."""
    if not (tok.text.isupper() and len(tok.text) > 2 and tok.is_alpha):
        return False
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text):
        if not (doc[i].text.isupper() or doc[i].is_punct):
            return False  # a capitalised name inside a sentence ('NATO said')
        i -= 1
    for t in doc[tok.i + 1:min(len(doc), tok.i + 12)]:
        if t.text in DATELINE_DASHES or t.text.strip("-\u2014\u2013\u2015") == "" and t.is_punct:
            return True
        if t.is_space and "\n" in t.text:
            break
    return False


def _pair_speaker(tok, index) -> Speaker | None:
    """'The two sides', 'both leaders', 'the two presidents': the two people last named before them
    (the participants of the call or meeting a readout reports)."""
    low = tok.lower_
    if low not in speech_cues().roles["pair_heads"] or tok.i in index.tok2ent:
        return None
    kids = {c.lower_ for c in tok.children}
    if low == "two" and "the" not in kids or low not in ("two", "both") and not (
            "both" in kids or {"the", "two"} <= kids):
        return None  # 'the two sides', 'both leaders'; not 'two diplomats familiar with the talks'
    last: dict[int, int] = {}
    for kinds in (("PERSON",), ("GPE", "ORG")):  # 'China and Russia held talks ... the two sides'
        for k, e in enumerate(index.entities):
            if e.type not in kinds:
                continue
            starts = [s for s, _ in e.mentions if s < tok.idx and index.in_quote(s) is None]
            if starts:
                last[k] = max(starts)
        if len(last) >= 2:
            break
        last = {}
    if len(last) < 2:
        return None
    if index.entities[next(iter(last))].type != "PERSON":  # countries: the two named first, not the venue
        last = {k: -min(s for s, _ in index.entities[k].mentions) for k in last}
    two = sorted(last, key=lambda k: last[k], reverse=True)[:2]
    two.sort(key=lambda k: min(s for s, _ in index.entities[k].mentions))
    s, e = _mention_bounds(tok, None, index)
    return Speaker(name=" and ".join(index.entities[k].name for k in two), entity=None,
                   mention=index.text[s:e], start=s, end=e)


SPEAKING_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
BAD_ENT_TYPES = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "LAW", "LANGUAGE"}


def plausible(tok, ent) -> bool:
    """Can this noun phrase speak? People, bodies, titles, groups, documents; not dates, places or things."""
    if ent is not None:
        return ent.type in SPEAKING_TYPES or ent.name.lower() in person_words().government_seats
    if tok.ent_type_ and tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text.lower() in person_words().government_seats:
        return True  # 'Number 10 said', 'Downing Street said'
    if tok.pos_ in ("PRON", "NUM") or tok.lower_ in ("some", "many", "others", "several", "both", "all", "most"):
        return True
    if tok.ent_type_ in BAD_ENT_TYPES:
        return False
    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_sent_start and tok.pos_ == "NOUN"
                               and not any(c.dep_ == "det" for c in tok.children)):
        return True
    pw = person_words()
    low, lemma = tok.lower_, tok.lemma_.lower()
    return (pw.expand(norm_word(lemma)) in pw.titles or low in pw.titles or low in pw.plural_person_heads
            or low in pw.anonymous_roles or lemma in pw.anonymous_roles or lemma in pw.person_nouns  # 'one person familiar with ...'
            or lemma in pw.group_nouns or low in pw.group_nouns or lemma in speech_cues().document_nouns
            or low in speech_cues().document_nouns)


def _mention_bounds(tok, ent, index) -> tuple[int, int]:
    if ent is not None and tok.i in index.tok2ent:
        for s, e in ent.mentions:
            if s <= tok.idx < e:
                return s, e
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok.text)
    left = tok.left_edge
    while left.i < tok.i and left.is_punct:
        left = left.nbor()
    return left.idx, tok.idx + len(tok.text)


def speaker_of_cue(cue, index) -> Speaker | None:
    if cue.lower_ == "according":
        return speaker_from(according_to(cue), index)
    if (cue.dep_ == "advcl" and cue.tag_ in ("VBN", "VBD") and cue.lower_.endswith("ed")
            and cue.lemma_.lower() in ADDRESSEE_VERBS
            and not any(c.dep_.startswith("nsubj") for c in cue.children)):
        return None  # 'Asked whether ..., he said': the subject is who was asked
    if cue.pos_ == "NOUN" and cue.dep_ == "appos" and cue.head.pos_ == "PROPN":
        return speaker_from(cue.head, index)  # 'Grassley, who owns a farm, often notes that ...'
    subj = subject_of(cue)
    if cue.tag_ == "VBG" and cue.lemma_.lower() in MAIN_SPEAKER_PARTICIPLES and cue.dep_ == "advcl" and \
            cue.head.dep_ == "ccomp" and is_cue_token(cue.head.head) \
            and cue.i > 0 and cue.doc[cue.i - 1].text == "," and index.sentence(cue.head.head.i) == index.sentence(cue.i):
        subj = subject_of(cue.head.head) or subj  # 'Pompeo said that Washington had ..., saying he trusted ...'
    if not any(c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct for c in cue.children):
        subj = _relative_antecedent(cue) or subj
        h = cue.head
        if cue.dep_ == "conj" and h.dep_ == "ccomp" and is_cue_token(h.head):
            subj = subject_of(h.head) or subj  # 'X responded that Congress had delayed aid and said ...'
        elif cue.dep_ == "conj" and h.dep_ == "acl" and h.head.dep_ in ("dobj", "dative") and \
                is_cue_token(h.head.head) and any(c.lower_ == "that" and c.dep_ == "mark" for c in h.children):
            subj = subject_of(h.head.head) or subj  # 'X informed his counterpart that ... and called on ...'

    if subj is not None and index.in_quote(subj.idx) is not None and index.in_quote(cue.idx) is None:
        subj = left_subject(cue, index)
    if subj is not None:
        s0, s1 = index.sentence(cue.i)
        if not s0 <= subj.i < s1:  # the parser reached into another paragraph
            subj = left_subject(cue, index) or inverted_subject(cue)
    if subj is None and cue.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        subj = left_subject(cue, index) or inverted_subject(cue)
    speaker = speaker_from(subj, index)
    if speaker is None and subj is not None:
        left = left_subject(cue, index)
        if not (left is not None and cue.tag_ == "VBG" and left.dep_ == "pobj" and left.head.lower_ == "to"):
            speaker = speaker_from(left, index)  # not whom it went to: 'wrote to X urging him to ...'
    if speaker is not None:
        for c in cue.children:  # 'the ministry said in a statement': a later 'the statement said' is the ministry's
            if c.dep_ == "prep" and c.lower_ == "in":
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and p.lemma_.lower() in speech_cues().document_nouns and \
                        not any(g.dep_ == "poss" for g in p.children):
                    index.document_owners.setdefault(p.lemma_.lower(), speaker)
    if speaker is not None and cue.lemma_.lower() in ("report", "publish", "write", "reveal") and speaker.entity:
        ent = index.entity(speaker.entity)
        if ent is not None and ent.type == "ORG":
            index.document_owners["*"] = speaker  # a later 'the report said' is most likely theirs
    if speaker is None and subj is not None and cue.dep_ == "conj":
        for cand in list(subject_candidates(cue, through_ccomp=True))[1:]:
            speaker = speaker_from(cand, index)
            if speaker is not None:
                break
    if speaker is None and cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and cue.head.i < cue.i:
        speaker = speaker_from(left_subject(cue.head, index), index)  # 'X on Tuesday renewed ... and said'
    return speaker


def _relative_antecedent(cue):
    """'Christie, who is not a candidate, said ...': the name a relative clause just before the cue hangs on."""
    doc = cue.doc
    j = cue.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    t = doc[j - 1]
    for _ in range(10):
        if t.dep_ == "relcl" and t.head.i < t.i and t.head.pos_ in ("PROPN", "NOUN"):
            if any(x.is_space and "\n" in x.text for x in doc[t.head.i:cue.i]):
                return None  # the parser ran a headline into the paragraph below
            return t.head
        if t.head is t or t.head.i > cue.i:
            return None
        t = t.head
    return None


def left_subject(cue, index):
    """The name or pronoun just before the cue ('... Rigged system!" Mr. Assange said', 'Trump on Saturday
    said', 'Schiff (D-Calif.) revealed'), when the parse is off."""
    doc = cue.doc
    j = cue.i - 1
    while j >= 0 and cue.i - j <= 10:
        t = doc[j]
        if index.in_quote(t.idx) is not None or t.text in ('"', "\u201d", "\u201c", ".", ";", ":"):
            return None
        if t.text == ")":
            while j > 0 and doc[j].text != "(" and cue.i - j <= 10:
                j -= 1
            j -= 1
            continue
        if t.i in index.tok2ent or t.lower_ in ("he", "she", "they"):
            return t
        if t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_:
            return t  # 'Downing Street said' run into a headline by the parser
        if t.pos_ not in ("ADV", "AUX", "PART", "PUNCT", "SPACE", "ADP", "DET") and t.ent_type_ not in ("DATE",
                                                                                                      "TIME"):
            return None
        j -= 1
    return None


def _addressee_name(tok, index) -> str | None:
    """Canonical name for a person or body; for other nouns just the noun and its modifiers ('reporters')."""
    name, ent = index.describe(tok)
    if ent is not None or tok.pos_ != "NOUN":
        return name
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].dep_ in ("det", "punct"):
        start += 1
    return tok.doc[start:tok.i + 1].text


def addressee_of(cue, index) -> str | None:
    """'told reporters' -> 'reporters'; 'told Shoigu' -> the canonical name; 'said to X' -> X."""
    lemma = cue.lemma_.lower()
    channels = speech_cues().channel_nouns
    for c in _with_speaking(cue):
        if c.head is not cue and c.dep_ == "prep" and c.lower_ == "to":  # 'speaking to reporters, X said'
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None:
                return _addressee_name(p, index)
    for c in cue.children:
        if c.dep_ in ("dobj", "dative", "iobj") and lemma in ADDRESSEE_VERBS and c.pos_ in ("NOUN", "PROPN", "PRON"):
            if c.lower_ in ("it", "that", "this", "what") or c.lemma_.lower() in channels:
                continue
            return _addressee_name(c, index)
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and lemma in ("say", "speak", "write", "talk", "tweet",
                                                                          "complain", "explain", "note", "admit"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None:
                return _addressee_name(p, index)
    return None


SPEAKING = speech_cues().roles["speaking_verbs"]


def _with_speaking(cue):
    """The cue's children, then those of a 'speaking in/at/to ...' participle attached to it."""
    kids = list(cue.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    around = kids + (list(subj.children) if subj is not None else [])
    extra = [g for c in around if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in SPEAKING
             and c.tag_ == "VBG" for g in c.children]
    return kids + extra


def channel_of(cue) -> str | None:
    """'in a video call', 'at a daily press briefing', 'in a statement', 'on Twitter', 'in an interview with X'."""
    cues = speech_cues()
    doc = cue.doc
    for c in _with_speaking(cue):
        if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in cues.channel_nouns and cue.lemma_.lower() == "tell":
            s = c.left_edge.i
            while s < c.i and doc[s].dep_ in ("det", "poss"):
                s += 1
            return doc[s:c.right_edge.i + 1].text  # 'told a daily press briefing'
        if c.dep_ != "prep" or c.lower_ not in CHANNEL_PREPS:
            continue
        p = next((g for g in c.children if g.dep_ == "pobj"), None)
        if p is None:
            continue
        if p.lemma_.lower() in cues.channel_nouns or p.lower_ in cues.channel_names or \
                doc[p.left_edge.i:p.i + 1].text.lower() in cues.channel_names:
            s = p.left_edge.i
            while s < p.i and doc[s].pos_ in ("DET", "PRON") and doc[s].dep_ in ("det", "poss"):
                s += 1
            e = p.i + 1
            for r in p.rights:  # 'interview with CNN' yes, 'statement on Friday' no
                if r.i == e and not any(t.ent_type_ in ("DATE", "TIME") for t in r.subtree):
                    e = r.right_edge.i + 1
                else:
                    break
            while e > p.i + 1 and doc[e - 1].is_punct:
                e -= 1
            return doc[s:e].text
    return None


def date_of(cue, published: str | None, index) -> str | None:
    """The date the sentence gives for the speech act ('on Tuesday', 'Feb. 1'), resolved when possible."""
    s0, s1 = index.sentence(cue.i)
    for start, ent in index.dates:
        if start < s0 or start >= s1:
            continue
        head = ent.root
        chain = 0
        while head.head is not head and chain < 3 and head.i != cue.i:
            head = head.head
            chain += 1
        if head.i == cue.i:
            try:
                found = resolve_date(ent.text, published)
            except Exception:  # the date module is another step's work: never fail a quote on it
                found = None
            if found:
                return found  # else go on: 'daily' in 'a daily briefing on Tuesday' is no date
    return None


def title_word(tok) -> bool:
    return norm_word(tok.lemma_) in person_words().titles
