"""Whether a source noun tells something where it stands, or is only mentioned: 'a statement saying ...' and
'the report that ...' carry content; 'whether she had seen the cable', 'without seeing the report', 'what the
report found', 'issued a lengthy statement with it' do not."""
from __future__ import annotations

from .source_syntax import SUBJECTS, conj_root, unrealised

MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "to", "'ll", "wo", "ca"})
OPEN_MARKS = frozenset({"whether", "if"})
UNDONE_PREPS = frozenset({"without", "before"})


def open_clause(verb) -> bool:
    """A verb whose clause tells no content: 'whether she had seen the cable', 'without seeing his report',
    'what the report found remains unknown' (a free relative), 'plans to publish a series of reports'."""
    if unrealised(verb) or unrealised(conj_root(verb)) or (verb.dep_ == "pcomp" and verb.head.lower_ in UNDONE_PREPS):
        return True
    return any((c.dep_ == "mark" and c.lower_ in OPEN_MARKS) or (c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") and not (
        c.tag_ == "WDT" and any(g.dep_ == "ccomp" for g in verb.children)))  # but 'an election which polls suggest
               for c in verb.children)  # X will lose': the relative word is the object of the clause stated


CONDITION_MARKS = frozenset({"if", "unless", "whether", "once", "until"})  # 'if the government determines that ...'
NOT_YET_MARKS = frozenset({"before", "until", "till"})  # 'Before X made a statement, ...': the time of other news
FAULT_PREPS = frozenset({"for", "over", "about", "against", "despite"})  # 'criticised for making a statement'
FORMAL_STATEMENT_WORDS = frozenset({"a", "an", "joint", "brief", "short", "formal", "written", "public", "further"})


def made_statement(tok, verb) -> bool:
    """"X made a statement on behalf of the members", "has made a statement to the Senedd": one formal statement
    given (not "issued a statement", which may be only the news that one exists; not "made sweeping statements",
    "made a false statement", remarks judged; not "will make a statement", "did not make a statement", "before X made
    a statement", a time when it was not yet made)."""
    if any(c.dep_ in ("amod", "det", "compound") and c.lower_ not in FORMAL_STATEMENT_WORDS for c in tok.children) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ in FAULT_PREPS:
        return False  # "reprimanded an official for making a statement on X": the fault, not a source of the news
    return not (any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) or (
        c.dep_ in ("mark", "prep") and c.lower_ in NOT_YET_MARKS and c.i == verb.left_edge.i) for c in verb.children)
                or open_clause(verb))  # ('Before X made ...' may be parsed as a preposition opening the clause)


def content_clause(noun, cues=None) -> bool:
    """"the report that the minister had resigned": a that-clause telling what the source says (not "the
    report that he read", a relative clause whose "that" is its object); without "that" ("a report he had lied
    about his record") when the clause is complete and its verb is no reading or publishing verb."""
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl", "ccomp") or c.i < noun.i or c.pos_ not in ("VERB", "AUX"):
            continue
        that = next((g for g in c.children if g.lower_ == "that" and g.i < c.i), None)
        finite = c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "aux" and g.lower_ in ("had", "has", "have", "would")
                                                          for g in c.children)
        if that is None and cues is not None and finite and \
                c.lemma_ not in cues["agent_verbs"] and c.lemma_ not in cues["report_verbs"] and \
                not any(g.lower_ in ("which", "who", "that", "whom") for g in c.children) and \
                any(g.dep_ == "nsubj" and g.i < c.i for g in c.children) and any(
                g.dep_ in ("dobj", "ccomp", "attr", "acomp") or (g.dep_ == "prep" and any(h.dep_ == "pobj" for h in g.children))
                for g in c.children):
            return True
        if that is None or not any(g.dep_ in ("nsubj", "nsubjpass") and g.i != that.i for g in c.children):
            continue
        if that.dep_ == "mark" or any(g.dep_ in ("dobj", "attr", "ccomp", "xcomp", "acomp", "oprd") and g.i != that.i
                                      for g in c.children):
            return True
    return False


def _video_carries_words(tok, cues) -> bool:
    """A video credited as a source shows someone saying or doing something the sentence reports
    ('released a video showing ...', 'a video in which he said ...', or a quotation in the sentence)."""
    if any(c.dep_ in ("acl", "relcl") and (c.lemma_ in cues["report_verbs"] or any(
            g.lemma_ in cues["report_verbs"] for g in c.subtree)) and c.lemma_ not in ("contain", "include")
           for c in tok.children):
        return True
    return any(t.text in ('"', "\u201c", "\u201d") for t in tok.sent)


def after_what(tok) -> bool:
    """A noun phrase opening a free relative: "what the report found", "whatever the memo says"."""
    start = tok.left_edge.i
    prev = tok.doc[start - 1] if start > 0 else None
    return prev is not None and prev.tag_ in ("WP", "WDT") and prev.lower_ in ("what", "whatever")


def _issued_with_content(noun, verb, cues) -> bool:
    """A statement, letter or report issued in this sentence tells something here: it is followed by what it
    says ('issued a statement saying ...', 'signed a letter calling on him to resign', 'issued a statement:',
    'issued the following statement', a quotation in this sentence or opening the next), or has a content clause."""
    if _video_carries_words(noun, cues) or content_clause(noun, cues):
        return True
    if any(c.lower_ == "following" for c in noun.lefts):
        return True
    if any(c.tag_ == "VBG" and c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.i > noun.i
           for c in verb.subtree):
        return True  # "a letter urging ...", "sent a letter on Thursday asking them to ..."
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.i > noun.i and c.lemma_ in cues["report_verbs"]
           for c in verb.children):
        return True  # "released a statement Tuesday and said ..."
    doc, sent = noun.doc, noun.sent
    end = noun.right_edge.i + 1
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    nxt = sent.end
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    return (end < sent.end and doc[end].text == ":") or doc[last].text in (":", "\u2014") or (
        nxt < len(doc) and doc[nxt].text in ('"', "\u201c"))


def issued_mention(noun, cues) -> bool:
    """'issued a statement on Friday', 'released a letter from her doctor': a source noun issued in this sentence
    that tells nothing here, said in the main clause (kept only to name "the statement" of later sentences)."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_ in cues["issue_verbs"] and conj_root(verb).dep_ == "ROOT" \
        and not open_clause(verb) and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children) and any(
        c.dep_ in ("det", "poss") or c.tag_ == "PRP$" for c in noun.children)


def one_by_noun(name_root):
    """'two polls -- one by ABC, one by CNN --': the source noun whose "one by X" names ``name_root``'s outlet."""
    by = name_root.head
    if name_root.dep_ != "pobj" or by.lower_ != "by" or by.head.lower_ not in ("one", "ones"):
        return None
    cur = by.head
    while cur.dep_ in ("appos", "conj") and cur.head.i != cur.i:
        cur = cur.head
        if cur.lower_ not in ("one", "ones"):
            return cur if cur.pos_ == "NOUN" else None
    return None


def one_by_agents(noun) -> list:
    """The names after "one by" in the noun's appositions ('polls, one by ABC and one by CNN')."""
    out = []
    for c in noun.children:
        if c.dep_ != "appos" or c.lower_ not in ("one", "ones"):
            continue
        for one in (c, *(g for g in c.subtree if g.dep_ == "conj" and g.lower_ in ("one", "ones"))):
            out += [p for b in one.children if b.dep_ == "prep" and b.lower_ == "by"
                    for p in b.children if p.dep_ == "pobj"]
    return out


OUTLET_VERBS = frozenset({"report", "publish", "broadcast", "air", "write", "say", "quote", "cite", "show"})


def outlet_subject(tok, cues) -> bool:
    """"the paper reported", "the newspaper also claimed (that) ...", "the news agency blamed X for ...": an
    unnamed outlet as the subject of a verb that tells what it published: a reporting verb with a reported clause,
    a forecasting verb with its object ("the newspaper has predicted a run-off"), or a judging verb."""
    if tok.dep_ == "conj" and tok.head.dep_ in SUBJECTS and tok.head.i < tok.i:
        tok = tok.head  # "Witnesses and local media say ...": one of two subjects
    elif tok.dep_ in ("nmod", "compound") and tok.head.dep_ in SUBJECTS and tok.head.i > tok.i and any(
            c.dep_ == "cc" for c in tok.children) and any(c.dep_ == "conj" and c.i < tok.head.i for c in tok.children):
        tok = tok.head  # "local media and police sources said": the parse made the first subject a modifier
    verb = tok.head
    if tok.dep_ not in SUBJECTS:
        return False
    if verb.lemma_ in OUTLET_VERBS:
        return True
    return verb.pos_ == "VERB" and (verb.lemma_ in cues["verdict_verbs"] or (
        verb.lemma_ in cues["report_verbs"] and any(c.dep_ == "ccomp" for c in verb.children)) or (
        verb.lemma_ in cues["data_forecast_verbs"] and any(c.dep_ == "dobj" for c in verb.children) and not any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)))  # 'the state-run
    # newspaper has predicted a run-off': what it forecasts it states


def report_tagged_noun(tok) -> bool:
    """'Instead, the paper reports, ...', '..., the state news agency reports.', '..., Tarvian media report.': a
    source noun before a "reports" or "writes" (after a plural, "report", "write") the tagger read as a noun,
    closing a clause (a comma after it) or the sentence."""
    doc = tok.doc
    head = tok.head
    plural = tok.tag_ == "NNS" or tok.lower_ == "media"  # '..., Tarvian media report.'
    gap = doc[tok.i + 1:head.i] if head.i > tok.i else None  # '..., the Norland News Agency (NNA) reports.'
    coded = gap is not None and len(gap) == 3 and gap[0].text == "(" and gap[2].text == ")" and gap[1].text.isupper()
    if tok.dep_ not in ("compound", "nmod") or (head.i != tok.i + 1 and not coded) or \
            tok.dep_ == "nmod" and not coded or head.lower_ not in ("reports", "writes") and not (
            plural and head.lower_ in ("report", "write")):
        return False
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return after is not None and (after.text == "," or after.text in (".", "!") and all(
        t.is_space for t in doc[after.i + 1:tok.sent.end]) and any(t.text == "," for t in doc[tok.sent.start:tok.i]))


def adjective_outlet(tok) -> bool:
    """'"...," the daily quoted him as saying': an outlet noun ("daily") the tagger read as an adjective of the
    name after its verb: "the" before it, a finite reporting verb of outlets right after."""
    doc = tok.doc
    if tok.pos_ != "ADJ" or tok.i < 1 or tok.i + 1 >= len(doc) or doc[tok.i - 1].lower_ not in ("the", "this"):
        return False
    verb = doc[tok.i + 1]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN", "VBZ") and verb.lemma_ in OUTLET_VERBS


def conditional(verb) -> bool:
    """'if the government determines that ...', 'once the board finds that ...': a finding still to be made, no source."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)
