"""Sources the article credits: outlets, agencies, ministries, statements, videos, documents.

``extract_attributions`` finds, sentence by sentence, every source the article credits as the
origin of information ("according to a video released by Russia's defense ministry", "China
Daily reported", "said in a statement", "told CNN", "a report by X found", "intelligence
agencies believe") and links each to the quotes it carries, setting ``Quote.reported_by``.
People are not sources here ("according to two officials" is reported speech), nor are
"told reporters", tweets, or interviews given to the document's own outlet.

One pass over the tokens collects candidates (outlet names from a PhraseMatcher, named
organisations that look like outlets, source nouns, "according to"); each is then judged on
its place in the dependency parse.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.util import filter_spans

from ..model import Attribution, Quote
from .source_lexicon import canonical_outlet, is_own_outlet, lexicon, outlet_matcher, own_key

QUOTE_OPEN = {"\u201c", "\u2018\u2018", "``"}
QUOTE_CLOSE = {"\u201d", "''"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their"}
PERSONAL = {"PERSON"}
OUTLET_NAME_LABELS = {"ORG", "WORK_OF_ART", "PERSON", "GPE", "FAC", "NORP", "PRODUCT"}
SUBJECTS = {"nsubj", "nsubjpass"}
TELL_WORDS = {"told", "telling", "tells", "tell"}
MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "to", "'ll", "wo", "ca"})
QUANTIFIERS = frozenset({"every", "any", "all", "some", "many", "no", "each", "several", "most"})
NOT_CORE = frozenset({"new", "latest", "rare", "brief", "separate", "same", "other", "own", "first", "second"})


@dataclass
class _Found:
    sent: object
    reported_by: str
    kind: str
    key: str
    anchor: int  # char offset of the source words (for the entity lookup and ordering)
    anchor_end: int
    carries_paragraph: bool = False
    noun: str | None = None  # the source noun's lemma, to resolve "the report" to an earlier one
    definite: bool = False  # "the video", "that cable": may refer back to a source named before


def extract_attributions(doc, index, quotes: list[Quote], outlet: str | None = None) -> list[Attribution]:
    """Every source the article credits, one entry per sentence and source, linked to its quotes.

    ``outlet`` is the document's own outlet (name, alias or short code): interviews given to it
    ("told Fox News" in a Fox News article) are not credited sources.
    """
    lex = lexicon()
    inside = _inside_quotes(doc)
    found: list[_Found] = []
    used: set[int] = set()  # token indices of source nouns already credited

    outlets = _outlet_spans(doc, lex)
    outlet = outlet or _own_outlet_in_text(outlets)
    ends = {span.end for span in outlets}
    named = {own_key(_outlet_name(span)[0]) for span in outlets}
    for span in outlets:
        used.update(range(span.start, span.end))
    for span in outlets:
        if inside[span.root.i] or (span.start - 1 in ends and doc[span.start - 1].text in POSSESSIVE):
            continue  # "NBC's Meet the Press": the programme is credited with its network
        item = _judge_outlet(span, lex, outlet, used, index, quotes)
        if item is not None:
            found.append(item)

    for tok in doc:
        if inside[tok.i] or tok.i in used:
            continue
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            item = _judge_according(doc[tok.i + 1], lex, used, index, quotes, outlets, named)
        elif low in lex.nouns and tok.pos_ in ("NOUN", "PROPN"):
            item = _judge_noun(tok, lex, used, index, quotes, named=named)
        elif tok.dep_ == "nsubj" and tok.head.lemma_ in lex.cues["belief_verbs"] and (
                (low in lex.cues["agency_heads"] and _intelligence(tok)) or low in lex.cues["finding_bodies"]):
            item = _make(tok.sent, _np_text(tok), _body_kind(tok, lex) or "other", tok)
        elif low in lex.cues["outlet_heads"] and tok.pos_ in ("NOUN", "PROPN"):
            item = _judge_outlet_noun(tok, lex, outlet, used)
        else:
            item = None
        if item is not None:
            found.append(item)
    return _finish(doc, found, index, quotes)


# --- candidates ---------------------------------------------------------------------------------

def _inside_quotes(doc) -> list[bool]:
    """For each token, whether it stands inside quotation marks (reset at each line break)."""
    flags, open_ = [False] * len(doc), False
    for tok in doc:
        text = tok.text
        if "\n" in text:
            open_ = False
        elif text in QUOTE_OPEN:
            open_ = True
        elif text in QUOTE_CLOSE:
            open_ = False
        elif text == '"':
            open_ = not open_
        else:
            flags[tok.i] = open_
    return flags


def _outlet_spans(doc, lex) -> list:
    spans = [doc[s:e] for _, s, e in outlet_matcher(doc.vocab)(doc)]
    words = lex.cues["outlet_name_words"]
    for ent in doc.ents:
        if ent.label_ in OUTLET_NAME_LABELS and len(ent) > 1 and any(t.text in words for t in ent[1:]):
            spans.append(ent)
    return filter_spans(spans)


def _own_outlet_in_text(outlets) -> str | None:
    """The article's own outlet when the text shows it: a dateline "LONDON (Reuters) -" or
    "the BBC understands", "CNN has learned"."""
    for span in outlets:
        doc = span.doc
        if span.start < 40 and span.start > 0 and span.end < len(doc) \
                and doc[span.start - 1].text == "(" and doc[span.end].text == ")":
            return span.text
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_ in ("understand", "learn") and root.head.i > root.i:
            return span.text
    return None


def _outlet_name(span) -> tuple[str, str]:
    hit = canonical_outlet(span.text)
    if hit:
        return hit
    toks = [t for t in span if t.text not in POSSESSIVE]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    name = _join(toks) or span.text
    kind = "agency" if any(t.lower_ == "agency" for t in span) else "outlet"
    return name, kind


# --- judges -------------------------------------------------------------------------------------

def _judge_outlet(span, lex, own, used, index, quotes) -> _Found | None:
    cues = lex.cues
    root = span.root
    name, kind = _outlet_name(span)
    head = root.head
    # "BuzzFeed's report", "a Fox News poll", "a report in The Atlantic": one entry for both
    before = _word_before(span)
    noun = _source_noun_of(root, lex)
    if noun is not None:
        used.add(noun.i)
        if _noun_credited(noun, lex):
            core = _noun_core(noun)
            if set(core.lower().split()) & set(name.lower().split()):
                core = noun.text
            found = _make(root.sent, f"{name} {core}", kind, noun, carries=_is_according(noun))
            if found is not None:
                found.noun = noun.lemma_.lower()
            return found
    if before == "to" and _is_according(root):
        return _make(root.sent, name, kind, root, carries=True)
    if before == "by" and is_own_outlet(name, own):
        return None  # "a letter seen by the BBC" in a BBC article: the letter is the source
    if before == "by" and span.start >= 2 and _verb_before(span).lemma_ in lex.cues["agent_verbs"]:
        return _make(root.sent, name, kind, root)
    # "CNN's Jake Tapper", "Fox News host Sean Hannity": the person speaks, not the outlet
    if root.dep_ in ("poss", "compound", "nmod") and (head.ent_type_ in PERSONAL or head.lower_ in cues["media_person_nouns"]):
        if not _under_agent(head):
            return None
    if root.dep_ in ("appos",) and head.ent_type_ in PERSONAL:
        return None
    if head.lemma_ == "contribute" or (span.start > 0 and span.doc[span.start - 1].text == "("):
        return None  # "X contributed to this report", a dateline "(Reuters)"
    if is_own_outlet(name, own) and head.lemma_ in ("understand", "learn"):
        return None  # "the BBC understands": the article's own reporting
    if root.dep_ in ("poss", "compound", "nmod") and head.i in used and head.pos_ == "PROPN":
        root = head  # "said on NBC's Meet the Press": judged where the programme stands
    elif root.dep_ in ("compound", "appos", "nmod", "poss") and head.lower_ in lex.cues["outlet_heads"]:
        root = head  # "Xinhua news agency said", "told state news agency RIA Novosti"
        if root.dep_ in ("compound", "appos") and root.head.lower_ in lex.cues["outlet_heads"]:
            root = root.head
    interview = _interview_context(root, lex) or before in TELL_WORDS
    if interview and is_own_outlet(name, own):
        return None
    if not interview and not _credited_place(root, lex):
        return None
    if is_own_outlet(name, own) and root.dep_ in ("dobj", "dative"):
        return None
    return _make(root.sent, name, kind, root, carries=_is_according(root), key=own_key(name))


def _judge_according(to_tok, lex, used, index, quotes, outlets, named) -> _Found | None:
    pobj = next((c for c in to_tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        nxt = [t for t in to_tok.doc[to_tok.i + 1:to_tok.sent.end] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nxt:
            return None
        pobj = nxt[0]
    if pobj.i in used or any(pobj.left_edge.i <= s.start <= pobj.right_edge.i for s in outlets):
        return None  # the outlet judge credits it
    low = pobj.lower_
    if low in lex.nouns:
        return _judge_noun(pobj, lex, used, index, quotes, according=True, named=named)
    if pobj.pos_ == "PRON" or pobj.ent_type_ in PERSONAL or low in lex.cues["person_nouns"]:
        return None
    if low in lex.cues["outlet_heads"]:
        return _make(pobj.sent, _np_text(pobj), "outlet", pobj, carries=True)
    kind = _body_kind(pobj, lex)
    if kind is None or _is_person(pobj, index):
        return None
    return _make(pobj.sent, _np_text(pobj), kind, pobj, carries=True)


def _noun_credited(tok, lex, according: bool = False) -> bool:
    """Whether a source noun is credited here as the origin of information."""
    cues = lex.cues
    kind, tier = lex.nouns[tok.lower_]
    head = tok.head
    if according or _is_according(tok):
        return True
    if tok.dep_ == "pobj" and head.lower_ in cues["not_source_preps"]:
        return False
    if tok.dep_ == "nsubj" or (tok.dep_ == "ROOT" and tok.pos_ == "PROPN"):
        return head.lemma_ in cues["report_verbs"] or head.lower_ in cues["report_verbs"]
    if tier != "strong":
        return False
    determined = any(c.dep_ in ("det", "poss", "nummod") or c.tag_ == "PRP$" for c in tok.children)
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return determined and kind != "interview"
    if tok.dep_ == "pobj" and head.lower_ == "in" and any(c.dep_ == "poss" for c in tok.children):
        return kind != "interview"  # "did not mention the remarks in its readout"
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep" and head.head.dep_ == "ROOT":
        return determined and kind != "interview"
    if tok.dep_ == "dobj" and head.lemma_ in cues["issue_verbs"]:
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in head.children):
            return False  # "will publish its report", "did not release a statement"
        if head.lemma_ == "read" and not any(c.lower_ in ("a", "an") for c in tok.children):
            return False  # "had not read the report"
        return determined
    if any(c.dep_ in ("acl", "relcl") and (c.lemma_ in cues["report_verbs"] or c.lemma_ in cues["agent_verbs"])
           and c.i > tok.i for c in tok.children):
        return True
    return False


def _judge_noun(tok, lex, used, index, quotes, according: bool = False,
                named: set[str] | None = None) -> _Found | None:
    kind = lex.nouns[tok.lower_][0]
    if kind == "interview" or not _noun_credited(tok, lex, according):
        return None  # an interview is credited through the outlet that ran it
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "this" for p in c.children for g in p.children)
           for c in tok.children):
        return None  # "an earlier version of this article said": a correction note
    used.add(tok.i)
    agent = _agent_of(tok, lex, quotes, index)
    core = _noun_core(tok)
    hit = (canonical_outlet(agent) or canonical_outlet(f"The {agent}")) if agent else None
    if agent and not hit and named and own_key(agent) in named:
        hit = (agent, "outlet")  # an outlet named in the text but not in the lexicon
    if hit:  # "the Global Times said in an editorial": one source, the outlet
        found = _make(tok.sent, f"{hit[0]} {core}", hit[1], tok, carries=according or _is_according(tok),
                      key=own_key(hit[0]))
        if found is not None:
            found.noun = tok.lemma_.lower()
        return found
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
    if agent and set(agent.lower().split()) & set(core.lower().split()):
        reported_by = f"{agent} {tok.text}"  # "Kremlin readout", not "Kremlin readout by Kremlin"
    else:
        reported_by = f"{core} by {agent}" if agent else core
    found = _make(tok.sent, reported_by, kind, tok, carries=according or _is_according(tok))
    if found is not None:
        found.noun, found.definite = tok.lemma_.lower(), definite and not _named_agent(tok)
    return found


def _judge_outlet_noun(tok, lex, own, used) -> _Found | None:
    """An unnamed outlet: "told a local radio station", "state media reported"."""
    if is_own_outlet(_np_text(tok), own):
        return None
    if any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in tok.children):
        return None  # "appeared in every magazine"
    if tok.dep_ == "pobj" and tok.head.head.lower_ in lex.nouns:
        return None  # "reports in an Atlanta newspaper": one source, credited with the noun
    if tok.lower_ in ("agency", "agencies") and not any(c.lower_ in ("news", "press", "state", "wire")
                                                         for c in tok.lefts):
        return None  # a government agency, not a news agency
    sent = tok.sent
    if any(j in used for j in range(max(sent.start, tok.i - 3), min(sent.end, tok.i + 4))):
        return None  # "state media KCNA", "Xinhua news agency": the name is credited
    if _interview_context(tok, lex) or _is_according(tok) or (
            tok.dep_ in SUBJECTS and tok.head.lemma_ in ("report", "publish", "broadcast", "air", "write", "say", "quote", "cite")):
        if tok.dep_ == "compound":
            return None
        kind = "agency" if tok.lower_ in ("agency", "agencies", "wire") else "outlet"
        return _make(tok.sent, _np_text(tok), kind, tok, carries=_is_according(tok))
    return None


# --- syntax helpers -----------------------------------------------------------------------------

def _intelligence(tok) -> bool:
    """"intelligence agencies", "the spy agency": an intelligence body, not any agency."""
    return tok.lower_ == "intelligence" or any(t.lower_ in ("intelligence", "spy", "espionage")
                                                 for t in tok.lefts)


def _word_before(span) -> str:
    """The word before a name, skipping "the": "told (the) X", "by (the) X"."""
    i = span.start - 1
    doc = span.doc
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _verb_before(span):
    """The verb just before "by (the) X", skipping adverbs: "published (first) by X"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].pos_ not in ("VERB", "AUX"):
        if span.start - i > 4:
            break
        i -= 1
    return doc[max(i, 0)]


def _is_according(tok) -> bool:
    """Whether ``tok`` stands in an "according to ..." phrase (up to three heads up)."""
    cur = tok
    for _ in range(4):
        if cur.lower_ == "to" and cur.i > 0 and cur.doc[cur.i - 1].lower_ == "according":
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _source_noun_of(root, lex):
    """The source noun an outlet name belongs to ("BuzzFeed's report", "a report in The Atlantic")."""
    head = root.head
    if root.dep_ in ("poss", "compound", "nmod") and head.lower_ in lex.nouns and head.pos_ in ("NOUN", "PROPN"):
        return head
    if root.dep_ == "pobj" and head.lower_ in ("by", "in", "from", "to", "of", "with", "on") \
            and head.head.lower_ in lex.nouns:
        return head.head
    if root.dep_ == "pobj" and (head.dep_ == "agent" or head.lower_ == "by") \
            and head.head.dep_ in ("acl", "relcl") and head.head.head.lower_ in lex.nouns:
        return head.head.head  # "a video released by X", "documents, which were reviewed by X"
    return None


def _under_agent(tok) -> bool:
    """"messages obtained by The Atlantic's Julia Ioffe": the person is the agent of a report."""
    head = tok.head
    return tok.dep_ == "pobj" and (head.dep_ == "agent" or head.lower_ == "by" or _is_according(tok))


def _interview_context(tok, lex) -> bool:
    """"told CNN", "said on NBC", "an interview with Fox News", "wrote in The Post-Dispatch"."""
    cues = lex.cues
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_ in ("tell", "give"):
        return True
    if tok.dep_ == "pobj" and head.lower_ in cues["interview_preps"]:
        gov = head.head
        if gov.lemma_ in cues["interview_verbs"] and gov.pos_ in ("VERB", "AUX"):
            return True
        if gov.lower_ in cues["interview_nouns"]:
            return True
    if tok.dep_ == "conj":
        return _interview_context(_conj_root(tok), lex)
    return False


def _conj_root(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _credited_place(tok, lex) -> bool:
    """Whether an outlet named here is credited as a source (subject, agent, "from", ...)."""
    cues = lex.cues
    tok = _conj_root(tok)
    head = tok.head
    if tok.dep_ in SUBJECTS:
        return head.lemma_ not in ("contribute", "ask", "sue", "fire", "hire", "own", "buy")
    if tok.dep_ == "pobj":
        if _is_according(tok):
            return True
        prep = head.lower_
        if (head.dep_ == "agent" or prep == "by") and head.head.lemma_ in cues["agent_verbs"]:
            return True
        if prep in ("from", "at") and head.head.lower_ in cues["crowd_of_reporters"]:
            return True
        if prep in ("in", "on") and head.head.lemma_ in cues["report_verbs"]:
            return True
        return False
    if tok.dep_ in ("dobj",) and head.lemma_ in ("cite", "quote"):
        return True
    return False


def _body_kind(tok, lex) -> str | None:
    """Kind of a named body credited after "according to" (a ministry, an agency, a think tank)."""
    low = tok.lower_
    cues = lex.cues
    if low in ("ministry", "ministries") or any(c.lower_ in ("ministry",) for c in tok.subtree):
        return "ministry"
    if low in cues["agency_heads"]:
        return "agency"
    if low in cues["think_tank_heads"]:
        return "analysis"
    if any(t.ent_type_ == "PERSON" for t in tok.subtree) or tok.ent_type_ == "NORP":
        return None
    if low in cues["government_heads"] or tok.ent_type_ in ("ORG", "GPE"):
        return "government"
    return None


def _agent_of(noun, lex, quotes, index) -> str | None:
    """Who issued a statement or document: "by X", "X's", "released by X", or the subject of "said in"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in DETERMINERS:
            return _np_text(c)
    holders = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.head.i == noun.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return _np_text(obj)
        if c.dep_ == "acl" and c.lemma_ in lex.cues["agent_verbs"]:
            for g in c.children:
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "from")):
                    obj = next((h for h in g.children if h.dep_ == "pobj"), None)
                    if obj is not None:
                        return _np_text(obj)
    # "X said in a statement", "X issued a statement", "In a filing, prosecutors said"
    if _is_according(noun) or not (noun.dep_ in ("dobj", "pobj") or noun.head.dep_ == "prep"):
        return None
    cur = noun
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subj = next((c for c in cur.children if c.dep_ in ("nsubj",) and c.i != noun.i), None)
            if subj is not None:
                return _speaker_name(subj, quotes, index)
            if cur.dep_ in ("acl", "advcl", "xcomp", "pcomp") and cur.head.pos_ in ("NOUN", "PROPN"):
                return _np_text(cur.head) if cur.head.ent_type_ or cur.head.pos_ == "PROPN" else None
    return None


def _speaker_name(subj, quotes, index) -> str | None:
    """The name of who speaks: the named entity of the subject or its apposition, else the phrase."""
    if subj.pos_ != "PRON":
        for t in [subj, *(c for c in subj.children if c.dep_ == "appos")]:
            if t.ent_type_ in ("PERSON", "ORG"):
                return _entity_text(t)
        return _np_text(subj)
    sent = subj.sent
    for q in quotes:
        if q.speaker and q.speaker.name and sent.start_char <= q.start < sent.end_char:
            return q.speaker.name
    ent = _resolve(index, subj)
    return ent.name if ent is not None else None


def _entity_text(tok) -> str:
    """The whole named entity ``tok`` belongs to ("Mittenthal" -> "Matt Mittenthal")."""
    doc, i, j = tok.doc, tok.i, tok.i + 1
    while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_type_ == tok.ent_type_:
        i -= 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return _join([t for t in doc[i:j]])


def _is_person(tok, index) -> bool:
    """Whether the entity index knows the name at ``tok`` as a person ("according to Sznewajs")."""
    ent = _entity_obj_at(index, tok.idx, tok.idx + len(tok.text))
    return ent is not None and getattr(ent, "type", None) == "PERSON"


def _entity_obj_at(index, start: int, end: int):
    try:
        return index.at_char(start, end)
    except Exception:  # the entity index is another step's work
        return None


def _resolve(index, span_or_tok):
    try:
        doc = span_or_tok.doc
        span = span_or_tok if hasattr(span_or_tok, "start_char") and not hasattr(span_or_tok, "idx") \
            else doc[span_or_tok.i:span_or_tok.i + 1]
        return index.resolve_span(span)
    except Exception:  # the entity index is another step's work; a failure there is not ours
        return None


def _named_agent(noun) -> bool:
    """Whether the noun names its own source ("the BuzzFeed report", "the report by X")."""
    return any((c.dep_ in ("poss", "compound") and c.pos_ == "PROPN") or
               (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)


def _noun_core(noun) -> str:
    """The source noun with its compounds: "court filing", "sentencing memo", "news report"."""
    left = [t for c in noun.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("DATE", "TIME")
            and c.pos_ in ("NOUN", "ADJ", "PROPN") and c.lower_ not in NOT_CORE
            for t in c.subtree if t.dep_ not in ("det", "poss", "punct", "case") and t.i >= noun.i - 5]
    return _join(sorted([*left, noun], key=lambda t: t.i))


def _np_text(tok) -> str:
    """A compact noun phrase for ``tok``: its left modifiers and an "of ..." tail, no article."""
    toks = [t for t in tok.subtree if t.i <= tok.i and t.i >= tok.left_edge.i
            and t.dep_ not in ("punct", "relcl", "acl") and t.ent_type_ not in ("DATE", "TIME")]
    toks = [t for t in toks if t.head.i <= tok.i or t is tok]
    for c in tok.rights:
        if c.dep_ in ("prep",) and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.i - c.i <= 6:
                toks += [c, *[t for t in obj.subtree if t.i <= obj.i and t.dep_ != "punct"]]
        elif c.dep_ in ("compound", "flat", "appos") and c.i == tok.i + 1:
            toks.append(c)
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and tok.ent_iob_ in ("B", "I") and doc[j].ent_iob_ == "I" and j - tok.i <= 4:
        toks.append(doc[j])  # the rest of a name the parse split: "Vice President Mike | Pence"
        j += 1
    while toks and toks[0].lower_ in DETERMINERS:
        toks = toks[1:]
    return _join(toks)


def _join(toks) -> str:
    """Text of tokens in order, without possessive 's, keeping the article's own spacing."""
    out = []
    for t in sorted(set(toks), key=lambda t: t.i):
        if t.text in POSSESSIVE or t.tag_ == "POS":
            if out and t.whitespace_:
                out.append(" ")
            continue
        if out and out[-1] and not out[-1].endswith(" ") and t.i > 0 and t.doc[t.i - 1].whitespace_ == "" \
                and t.doc[t.i - 1] not in toks:
            out.append(" ")
        out.append(t.text_with_ws)
    return " ".join("".join(out).split())


def _make(sent, reported_by: str, kind: str, tok, carries: bool = False, key: str | None = None) -> _Found | None:
    reported_by = reported_by.strip(" ,;:-")
    if not reported_by:
        return None
    key = key or " ".join(w for w in reported_by.lower().split() if w not in DETERMINERS)
    return _Found(sent, reported_by, kind, key, tok.idx, tok.idx + len(tok.text), carries)


# --- output -------------------------------------------------------------------------------------

def _finish(doc, found: list[_Found], index, quotes: list[Quote]) -> list[Attribution]:
    found.sort(key=lambda f: f.anchor)
    seen: set[tuple[int, str]] = set()
    named: dict[str, tuple[str, str]] = {}  # noun lemma -> (reported_by, kind) of the last one named
    out: list[Attribution] = []
    text = doc.text
    for f in found:
        if f.definite and f.noun in named:
            f.reported_by, f.kind = named[f.noun]  # "the report said" -> the report named before
            f.key = f.reported_by.lower()
        elif f.noun and f.reported_by.lower() != f.noun:
            named[f.noun] = (f.reported_by, f.kind)
        # the sentence, cut to the line that holds the source words
        start = max(f.sent.start_char, text.rfind("\n", 0, f.anchor) + 1)
        line_end = text.find("\n", f.anchor_end)
        end = min(f.sent.end_char, line_end if line_end >= 0 else len(text))
        piece = text[start:end]
        end -= len(piece) - len(piece.rstrip())
        start += len(piece) - len(piece.lstrip())
        k = (start, f.key)
        if k in seen:
            continue
        seen.add(k)
        ent = _entity_at(index, f.anchor, f.anchor_end)
        att = Attribution(id=f"s{len(out) + 1}", reported_by=f.reported_by, kind=f.kind, start=start,
                          end=end, text=doc.text[start:end], entity=ent)
        out.append(att)
        _link(doc, att, f, quotes)
    return out


def _entity_at(index, start: int, end: int) -> str | None:
    try:
        ent = index.at_char(start, end)
    except Exception:  # the entity index is another step's work
        return None
    return ent.id if ent is not None else None


PRIORITY = {"outlet": 0, "agency": 0, "video": 1, "ministry": 2, "government": 2, "analysis": 3,
            "document": 3, "statement": 4, "interview": 5, "social": 6, "other": 7}


def _link(doc, att: Attribution, f: _Found, quotes: list[Quote]) -> None:
    """Link the quotes of the attribution's sentence (and, for "according to ...", of its paragraph)."""
    lo, hi = att.start, att.end
    if f.carries_paragraph:
        para_start = doc.text.rfind("\n\n", 0, lo)
        para_end = doc.text.find("\n\n", hi)
        lo = para_start + 2 if para_start >= 0 else 0
        hi = para_end if para_end >= 0 else len(doc.text)
    for q in quotes:
        in_sentence = att.start <= q.start < att.end or q.start <= att.start < q.end
        if not (in_sentence or (f.carries_paragraph and lo <= q.start < hi)):
            continue
        att.quotes.append(q.id)
        if q.reported_by is None or (in_sentence and PRIORITY.get(att.kind, 9) < getattr(q, "_source_rank", 9)):
            q.reported_by = att.reported_by
            try:
                object.__setattr__(q, "_source_rank", PRIORITY.get(att.kind, 9) if in_sentence else 9)
            except AttributeError:
                pass
