"""The judges of candidate sources: each candidate (an outlet name, "according to", a source noun, a named
outlet head) is kept or dropped on its place in the dependency parse, and kept ones become ``_Found``."""
from __future__ import annotations

from .source_found import OUTLET_ANAPHOR, _Found, _key, _make
from .source_furniture import page_label
from .source_lexicon import canonical_outlet, is_own_outlet
from .source_mentions import (  # noqa: F401  (MODALS re-exported)
    MODALS,
    _content_clause,
    _issued_with_content,
    _video_carries_words,
    after_what,
    issued_mention,
    made_statement,
    one_by_agents,
    one_by_noun,
    open_clause,
    outlet_subject,
    report_tagged_noun,
)
from .source_outlets import AFFILIATES, JOURNAL_WORDS, outlet_name
from .source_syntax import (
    DETERMINERS,
    PERSONAL,
    SUBJECTS,
    agent_name,
    agent_of,
    body_kind,
    credited_place,
    heads_according,
    interview_context,
    is_according,
    is_person,
    named_agent,
    noun_core,
    noun_key,
    np_text,
    programme_of,
    quoting_verb,
    reporter_credits,
    source_noun_of,
    under_agent,
    verb_before,
    word_before,
)

TELL_WORDS = {"told", "telling", "tells", "tell"}
SEEN_VERBS = frozenset({"see", "obtain", "review", "view", "read", "hear", "receive"})  # what an outlet itself saw
QUANTIFIERS = frozenset({"every", "any", "all", "some", "many", "no", "each", "several", "most"})


def _judge_outlet(span, lex, own, used, short) -> _Found | None:
    cues = lex.cues
    root = _name_root(span)
    name, kind = outlet_name(span, short)
    head = root.head
    # "BuzzFeed's report", "a Fox News poll", "a report in The Atlantic": one entry for both
    before = word_before(span)
    noun = source_noun_of(root, lex)
    if noun is not None and root.dep_ == "pobj" and root.head.lower_ == "by" and \
            root.head.head.lemma_ in SEEN_VERBS and is_own_outlet(name, own):
        return None  # "a letter seen by the BBC" in a BBC article: the letter is the source, judged as a noun
    if noun is not None and (to := recipient_of(noun, lex)) is not None and to.i == root.i and _noun_credited(noun, lex):
        return None  # "said in a statement to Fox News": the statement is the source, judged as a noun
    if noun is not None:
        used.add(noun.i)
        if _noun_credited(noun, lex):
            core = noun_core(noun)
            if set(core.lower().split()) & set(name.lower().split()):
                core = noun.text
            found = _make(root.sent, f"{name} {core}", kind, noun, carries=is_according(noun))
            if found is not None:
                found.noun = noun.lemma_.lower()
            return found
        if lex.nouns[noun.lower_][0] == "interview" and noun.dep_ == "pobj" and noun.head.lower_ in (
                "in", "during") and not is_own_outlet(name, own) and root.i < noun.i:
            return _make(root.sent, name, kind, root, key=_key(name))  # 'said in a New York Times interview'
    if before == "to" and is_according(root):
        return _make(root.sent, name, kind, root, carries=True)
    if before == "by" and (polls := one_by_noun(root)) is not None and polls.lower_ in lex.nouns \
            and _noun_credited(polls, lex):
        return _make(root.sent, name, kind, root, key=_key(name))  # "two polls -- one by CBS, one by CNN -- showed"
    if before == "by" and is_own_outlet(name, own):
        return None  # "a letter seen by the BBC" in a BBC article: the letter is the source
    if before == "by" and span.start >= 2 and verb_before(span).lemma_ in lex.cues["agent_verbs"]:
        return _make(root.sent, name, kind, root)
    if root.dep_ in ("poss", "compound", "nmod") and head.lemma_.lower() in cues["witness_journalists"] and \
            head.dep_ in SUBJECTS and head.head.lemma_ in cues["witness_verbs"] and not is_own_outlet(name, own):
        return _make(root.sent, name, kind, root, key=_key(name))  # 'An AP journalist at the scene reported ...'
    if any(c.dep_ == "appos" and (c.ent_type_ in PERSONAL or c.lower_ in cues["person_nouns"]) for c in root.children) \
            and not written_in(root):
        return None  # "Bloomberg, the former mayor, said": a person who shares an outlet's name
    if root.dep_ == "compound" and head.ent_type_ == "DATE" and head.i == span.end:
        root, head = head, head.head  # "an interview with WMUR Monday": the parse hung the name on the date
    programme = programme_of(root, cues)
    if programme is not None:  # "told the BBC's Andrew Marr Show", "speaking on BBC One's Sunday programme"
        root, head = programme, programme.head
    if reporter_credits(root, cues):  # "NPR's Emily Feng reported", "Wee of the Times reports that ..."
        return None if is_own_outlet(name, own) else _make(root.sent, name, kind, root, key=_key(name))
    # "CNN's Jake Tapper", "Fox News host Sean Hannity": the person speaks, not the outlet
    if root.dep_ in ("poss", "compound", "nmod") and (head.ent_type_ in PERSONAL or head.lemma_.lower() in cues["media_person_nouns"]):
        if head.dep_ in ("dobj", "dative", "pobj") and interview_context(head, lex):
            # "told The Washington Post's Manuel Roig-Franzia": an interview with the outlet
            return None if is_own_outlet(name, own) else _make(root.sent, name, kind, root, key=_key(name))
        if not under_agent(head):
            return None
    if root.dep_ in ("appos",) and head.ent_type_ in PERSONAL:
        return None
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and (nxt.lower_ in cues["media_person_nouns"] or nxt.lower_[:-1] in cues["media_person_nouns"]):
        return None  # "Associated Press writers ...", "BBC correspondent ..." (whatever the parse says)
    if head.lemma_ == "contribute" or (span.start > 0 and span.doc[span.start - 1].text == "("):
        return None  # "X contributed to this report", a dateline "(Reuters)"
    if is_own_outlet(name, own) and (head.lemma_ in ("understand", "learn") or
                                     (root.dep_ == "nsubjpass" and head.lemma_ == "tell") or
                                     (head.lemma_ == "confirm" and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                                                       for c in head.children))):
        return None  # "the BBC understands", "the BBC has been told", "Fox News has confirmed": its own reporting
    if is_own_outlet(name, own) and root.dep_ in SUBJECTS and head.lemma_ not in cues["report_verbs"]:
        return None  # "WIRED spoke to one mother": the article's own reporting ("as Gizmodo reported" is credited)
    if root.dep_ in ("poss", "compound", "nmod") and (
            (head.i in used and head.pos_ == "PROPN") or
            (head.pos_ in ("PROPN", "NOUN") and any(t.text in ('"', "\u201c") for t in span.doc[span.end:head.i]))):
        root = head  # "said on NBC's Meet the Press", 'on ABC's "This Week"': judged where the programme stands
    elif root.dep_ in ("compound", "appos", "nmod", "poss", "amod") and (head.lower_ in lex.cues["outlet_heads"] or
                                                                 head.lower_ in JOURNAL_WORDS or
                                                                 (kind == "outlet" and head.lower_ in AFFILIATES)):
        root = head  # "Xinhua news agency said", "told state news agency RIA Novosti" ("Iran's IRNA news agency":
        # the parse may make the name an amod of the head)
        if root.dep_ in ("compound", "appos") and root.head.lower_ in lex.cues["outlet_heads"]:
            root = root.head
    elif root.dep_ == "compound" and head.lower_ in ("news", "wire", "press") and head.dep_ == "compound" and \
            head.head.lower_ in lex.cues["outlet_heads"]:
        root = head.head  # "the official KCNA news agency": the parse hangs the name on "news"
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("agency", "newspaper", "broadcaster") and \
            span.doc[span.start - 1].dep_ == "pobj" and under_agent(span.doc[span.start - 1]) and \
            span.doc[span.start - 1].head.head.lemma_ in cues["agent_verbs"]:
        return _make(root.sent, name, kind, root)  # 'carried by state news agency KCNA that': the parse split it
    after_comma = before == "," or (span.start > 0 and span.doc[span.start - 1].text == ",")
    if root.dep_ not in ("pobj", "dobj", "dative") and _report_verb_follows(span[-1], cues, participle=after_comma):
        return _make(root.sent, name, kind, root, key=_key(name))  # "..., the Harbour Times calculated"
    if not is_own_outlet(name, own) and any(c.dep_ == "relcl" and c.i > root.i and c.lemma_ in cues["report_verbs"]
                                            and c.lemma_ not in ("air", "broadcast") for c in root.children):
        return _make(root.sent, name, kind, root, key=_key(name))  # "Vanity Fair magazine, which estimated ..."
    interview = interview_context(root, lex) or before in TELL_WORDS
    if interview and is_own_outlet(name, own):
        return None
    if not interview and not credited_place(root, lex):
        return None
    if is_own_outlet(name, own) and root.dep_ in ("dobj", "dative"):
        return None
    return _make(root.sent, name, kind, root, carries=is_according(root), key=_key(name))


def _name_root(span):
    """The word of an outlet name that attaches it to the sentence: "the Mail on Sunday" hangs on "Mail",
    not on "on" (spaCy's root when the parse hangs two of the name's words outside it)."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    if len(outside) > 1:
        named = [t for t in outside if t.pos_ in ("PROPN", "NOUN")]
        if named:
            return named[0]
    return span.root


GENERIC_MEDIA_WORDS = frozenset({"the", "news", "mainstream", "national", "some", "many", "other"})


GENERIC_MEDIUMS = frozenset({"tv", "television", "radio", "newspapers", "papers", "magazines", "websites", "outlets"})
MEDIUM_WORDS = frozenset({"cable", "talk", "network", "broadcast", "print", "the", "news", "mainstream"})


def generic_media(tok) -> bool:
    """"told the media", "a conference call with media", "the news media reported", "on cable TV or in
    newspapers", "other media outlets pointed out": the press at large, as unsourced as "told reporters" (not
    "state media", "Israeli media", "local media", "a local radio station", "the paper")."""
    if tok.lower_ == "media":
        return all(c.lower_ in GENERIC_MEDIA_WORDS for c in tok.lefts)
    return tok.lower_ in GENERIC_MEDIUMS and all(c.lower_ in MEDIUM_WORDS | GENERIC_MEDIA_WORDS and c.lower_ != "the"
                                                 or c.lower_ == "media" for c in tok.lefts) \
        and not any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in tok.children)


def _group_of_people(tok, lex) -> bool:
    """"a group of employees", "a coalition of local farmers": people speaking, not a body credited."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ == "PERSON" or obj.lower_ in lex.cues["person_nouns"]
                                    or obj.lemma_.lower() in lex.cues["people_nouns"]):
                return True
    return False


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
    acronym = len(pobj.text) > 1 and pobj.text.isupper()  # "according to WHO" is no "who"
    if pobj.pos_ == "PRON" or pobj.ent_type_ in PERSONAL or (low in lex.cues["person_nouns"] and not acronym) \
            or _group_of_people(pobj, lex):
        return None
    if pobj.pos_ == "PROPN" and _key(np_text(pobj)) in named:
        return _make(pobj.sent, np_text(pobj), "agency", pobj, carries=True)  # 'according to ESTA', named before
    if low in lex.cues["outlet_heads"] and body_kind(pobj, lex) != "government":
        found = _make(pobj.sent, np_text(pobj), "outlet", pobj, carries=True)
        if found is not None:  # "according to the network": the outlet named before, as "told the paper"
            found.noun = OUTLET_ANAPHOR + "outlet"
            found.definite = [c.lower_ for c in pobj.lefts] in (["the"], ["that"], ["this"])
        return found
    kind = body_kind(pobj, lex)
    if kind is None or is_person(pobj, index):
        return None
    return _make(pobj.sent, np_text(pobj), kind, pobj, carries=True)


def _issued_saying(tok, head, cues) -> bool:
    """A document issued, sent or drafted in this sentence by a finite verb, followed by a participle of a reporting,
    judging or demand verb that tells what it says: 'issued its own resolution Tuesday calling on ...', 'drafted a
    resolution condemning ...', 'issued statements Thursday night saying ...' (a bare plural counts here)."""
    if tok.dep_ != "dobj" or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or (
            head.lemma_ not in cues["issue_verbs"] and head.lemma_ not in cues["sending_verbs"]):
        return False
    if not (tok.tag_ == "NNS" or any(c.dep_ in ("det", "poss") or c.tag_ == "PRP$" for c in tok.children)):
        return False
    if open_clause(head) or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in head.children):
        return False
    return any(c.tag_ == "VBG" and c.dep_ in ("acl", "advcl", "xcomp") and c.i > tok.i and (
        c.lemma_ in cues["report_verbs"] or c.lemma_ in cues["verdict_verbs"] or c.lemma_ in cues["demand_verbs"])
        for c in (*tok.children, *head.children))


def _noun_credited(tok, lex, according: bool = False) -> bool:
    """Whether a source noun is credited here as the origin of information."""
    cues = lex.cues
    kind, tier = lex.nouns[noun_key(tok)]
    head = tok.head
    if according or heads_according(tok):
        return True
    if after_what(tok):
        return False  # "questions about what the report uncovered": no content told
    if tok.dep_ == "compound" and kind == "video" and head.lower_ in cues["video_heads"]:
        tok, head = head, head.head  # "said in his nightly video address": judged where the address stands
        if heads_according(tok):
            return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in cues["collection_nouns"]:
        tok, head = head.head, head.head.head  # 'a series of text messages ... showed'
    if tok.dep_ == "pobj" and head.lower_ == "from" and (head.head.lemma_ in ("quote", "cite", "read", "excerpt") or
                                                          head.head.lower_ in cues["quoting_nouns"]):
        return True  # "quotes from the bishops' letters", "an excerpt from the Times report"
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in cues["referring_verbs"] and \
            head.head.tag_ != "VBG" and named_agent(tok):
        return True  # "KCNA also referred to a statement from the US command": cited, with its author (not the
        # participle of '"...," she said, referring to the Tribune piece': her words, the piece what they are about
    if tok.dep_ == "pobj" and head.lower_ in cues["not_source_preps"] and not (
            head.lower_ == "against" and tier == "strong" and _content_clause(tok, cues)):
        return False  # (but "defending himself against a report he had lied": the report's claim is told)
    if tok.dep_ == "dobj" and head.lemma_ in cues["own_view_verbs"] and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children) and _content_clause(tok, cues):
        return False  # "announced their assessment that ...": the subject's own words, told as reported speech
    if tier == "strong" and _content_clause(tok, cues) and (named_agent(tok) or any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("some", "any", "no") for c in tok.children)):
        return True  # "since the report by the Times on March 2 that she used only a private account"
    if tok.dep_ == "nsubj" and any(c.dep_ == "nsubj" and tok.i < c.i < head.i for c in head.children):
        return False  # "The release, minutes after the Post published a recording, ...": not the verb's subject
    if tok.dep_ == "nsubj" or (tok.dep_ == "ROOT" and tok.pos_ == "PROPN"):
        if head.lemma_ == "make" and any(c.dep_ == "dobj" and c.lower_ == "mention" for c in head.children):
            return True  # "the readout made no mention of ..."
        if head.lemma_ == "mention" and kind in ("statement", "document") and any(c.dep_ == "neg" for c in head.children) \
                and not open_clause(head) and not any(g.lower_ in ("whether", "if") for c in head.children
                                                      if c.dep_ == "ccomp" for g in c.children):
            return True  # "the Chinese readout did not mention Taiwan": what it leaves out, as "made no mention"
        if any(c.dep_ == "neg" for c in head.children) or open_clause(head):
            return False  # "the images do not show who ...", "what the report found is unknown"
        if head.lemma_ in cues["report_verbs"] or head.lower_ in cues["report_verbs"] or _goes_on(head, cues):
            return True
        if kind in ("document", "statement") and (head.lemma_ in cues["verdict_verbs"] or (
                head.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "issue" for c in head.children))):
            return True  # "the report faulted the agency", "the report also took issue with ...": its judgement
        if head.tag_ == "VBD" and head.dep_ != "ROOT" and (head.lemma_ in cues["agent_verbs"] or head.lemma_ in
                                                             ("address", "date", "attach", "deliver")) and \
                _orphan_report_verb(tok, cues):
            return True  # "the letter addressed to the chairman reads": the parse took the participle for its verb
        if head.lemma_ in cues["poll_verbs"] and kind == "analysis" and tok.lemma_.lower() in ("poll", "survey"):
            return True  # "a YouGov poll put Labour ten points ahead"
    if tier == "strong" and tok.dep_ not in ("pobj", "dobj") and _report_verb_follows(tok, cues):
        return True  # the parse lost the subject: "The Valdorian readout also made no mention ..."
    if tier == "strong" and tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and _orphan_report_verb(tok, cues):
        return True  # "The July indictment of twelve officers ... referred to him as ...": the parse lost the verb
    if tok.dep_ == "dobj" and head.lower_ in ("citing", "quoting") and head.dep_ in ("advcl", "acl", "xcomp") \
            and not any(c.lower_ in ("the", "this", "that") for c in tok.lefts):
        return True  # "the paper said, citing a government document" (not "repeatedly cited the video")
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ in SUBJECTS and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.head.lemma_ in cues["said_in_verbs"] and head.head.head.i < head.head.i:
        # "..., said the chairman in an email to staff": the parse hung the phrase on the speaker
        if any(c.dep_ in ("det", "poss") for c in tok.children) and noun_key(tok) not in cues["not_said_in"]:
            return True
    if tier != "strong" and tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ in cues["said_in_verbs"] \
            and any(c.dep_ in ("det", "poss") for c in tok.children) and noun_key(tok) not in cues["not_said_in"]:
        return True  # "said in its second estimate", "wrote in a column", "said in a court complaint"
    if kind in ("document", "statement") and _issued_saying(tok, head, cues):
        return True  # "issued its own resolution Tuesday calling on ...", "drafted a resolution condemning ..."
    if tier != "strong" and not any(c.lower_ in ("press", "news") for c in tok.lefts):
        return False  # a weak noun counts in more places as a "press release", a "news release"
    determined = any(c.dep_ in ("det", "poss", "nummod") or c.tag_ == "PRP$" for c in tok.children) or (
        noun_key(tok) != tok.lower_ and tok.i >= 3 and tok.doc[tok.i - 3].lower_ in DETERMINERS)  # 'an e-mail'
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        if head.head.lemma_ in cues["charging_verbs"] or head.head.lemma_ in cues["taking_part_verbs"]:
            return False  # "charged him in an indictment", "filled in the survey": the news, not its source
        if open_clause(head.head) or (head.head.lemma_ == "be" and any(c.dep_ == "neg" for c in head.head.children)):
            return False  # "plans to publish it in a report", "was not in any part of the report"
        return determined and kind != "interview"
    if tok.dep_ == "pobj" and head.lower_ == "in" and any(c.dep_ == "poss" for c in tok.children):
        return kind != "interview"  # "did not mention the remarks in its readout"
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep" and head.head.dep_ == "ROOT":
        return determined and kind != "interview"
    if tok.dep_ == "dobj" and head.lemma_ == "make" and tok.lower_ == "statement" and made_statement(tok, head):
        return True  # "X made a statement to parliament": given, like "said in a statement"
    if tok.dep_ == "dobj" and head.lemma_ in cues["issue_verbs"]:
        if kind == "video" and not _video_carries_words(tok, cues):
            return False  # 'released two videos of the hostages': the video is the news, not its source
        if not _issued_with_content(tok, head, cues):
            return False  # "issued a lengthy statement with it": that it was issued is the news, nothing it says
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in head.children) \
                or open_clause(head):
            return False  # "will publish its report", "did not release a statement", "without seeing the report"
        if head.lemma_ == "read" and not any(c.lower_ in ("a", "an") for c in tok.children):
            return False  # "had not read the report"
        return determined
    if any(c.dep_ in ("acl", "relcl") and (c.lemma_ in cues["report_verbs"] or c.lemma_ in cues["agent_verbs"])
           and c.i > tok.i for c in tok.children):
        return True
    return False


def _goes_on(verb, cues) -> bool:
    """'The letter goes on: "..."', 'the memo continues', 'the report went on to say that ...': a source that
    keeps speaking (a colon or a quotation next, or a reporting verb after "to")."""
    if not (verb.lemma_ == "continue" or (verb.lemma_ == "go" and any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "on" and c.i == verb.i + 1 for c in verb.children))):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_ in cues["report_verbs"] for c in verb.children):
        return True
    doc, j = verb.doc, verb.i + 1
    if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) and any(
            t.is_quote for t in doc[verb.sent.start:verb.i]):
        return True  # '"We cannot wait," the statement continued.'

    while j < len(doc) and (doc[j].lower_ == "on" or doc[j].pos_ == "ADV") and j - verb.i < 3:
        j += 1
    return j < len(doc) and doc[j].text in (":", '"', "\u201c", ",")


def _orphan_report_verb(noun, cues) -> bool:
    """A finite reporting verb after ``noun`` in its sentence with no subject of its own."""
    for t in noun.doc[noun.i + 1:noun.sent.end]:
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ") and t.lemma_ in cues["report_verbs"] and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
    return False


def _report_verb_follows(tok, cues, participle: bool = False) -> bool:
    """Whether a reporting verb comes right after ``tok`` (adverbs skipped): "X also reported"."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV" and j - tok.i < 3:
        j += 1
    if j >= len(doc) or doc[j].pos_ != "VERB":
        return False
    nxt = doc[j + 1:j + 3]
    if doc[j].lemma_ == "make" and len(nxt) == 2 and nxt[0].lower_ == "no" and nxt[1].lower_ == "mention":
        return True
    tags = ("VBD", "VBZ", "VBP", "VBN") if participle else ("VBD", "VBZ", "VBP")
    return doc[j].lemma_ in cues["report_verbs"] and doc[j].tag_ in tags


def _judge_noun(tok, lex, used, index, quotes, according: bool = False,
                named: set[str] | None = None, own: str | None = None) -> _Found | None:
    kind = lex.nouns[noun_key(tok)][0]
    if kind == "interview":
        return None  # an interview is credited through the outlet that ran it
    if page_label(tok):
        return None  # "News story: PM calls with ...": the page's own type above its headline
    mention = not _noun_credited(tok, lex, according)
    if mention and not issued_mention(tok, lex.cues):
        return None
    agents = one_by_agents(tok)
    if agents and all(a.i in used for a in agents):
        return None  # "two polls -- one by CBS, one by CNN --": the outlets are the sources
    if tok.lower_ in ("reports", "reporting") and not any(
            c.dep_ in ("amod", "compound", "prep", "acl", "poss", "nmod") for c in tok.children):
        return None  # "according to reports": as unsourced as "reportedly"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "this" for p in c.children for g in p.children)
           for c in tok.children):
        return None  # "an earlier version of this article said": a correction note
    if kind == "outlet" and (any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.head.lemma_ == "express")):
        return None  # "this article", "the views expressed in the article": the article itself (a disclaimer)
    used.add(tok.i)
    if tok.dep_ == "compound" and kind == "video" and tok.head.lower_ in lex.cues["video_heads"]:
        tok = tok.head  # "video address", "video message": named and issued as the whole phrase
    agent = agent_of(tok, lex, quotes, index) or _outlet_in(tok, lex)
    if agent and own and is_own_outlet(agent, own) and any(c.dep_ == "acl" and c.lemma_ in SEEN_VERBS
                                                            for c in tok.children):
        agent = None  # "a letter seen by the BBC" in a BBC article: the letter, not the outlet that saw it
    if agent is None and tok.dep_ == "dobj" and tok.head.lemma_ in lex.cues["disowning_verbs"]:
        return None  # "declined to confirm a report that ...": the report's author untold, nothing credited
    core = noun_core(tok) if noun_key(tok) == tok.lower_ else noun_key(tok)
    if kind == "outlet" and agent and not canonical_outlet(agent) and (paper := carrier_of(tok, named)) is not None \
            and _key(paper) not in _key(core):
        core = f"{paper} {core}"  # "a Washington Post op-ed by Tim Cook": the outlet that ran it and its author
    recipient = recipient_of(tok, lex)
    if recipient is not None:  # "a statement to The Atlantic by Alan Futerfas", as the dev gold names it
        to_name = recipient_name(recipient)
        core = f"{core} to {to_name}"
        if agent and _key(agent) == _key(to_name):
            agent = None
    hit = (canonical_outlet(agent) or canonical_outlet(f"The {agent}")) if agent else None
    if agent and not hit and named and _key(agent) in named:
        hit = (agent, "outlet")  # an outlet named in the text but not in the lexicon
    if hit:  # "the Global Times said in an editorial": one source, the outlet
        found = _make(tok.sent, f"{hit[0]} {core}", hit[1], tok, carries=according or is_according(tok),
                      key=_key(hit[0]))
        if found is not None:
            found.noun, found.mention = tok.lemma_.lower(), mention
        return found
    lefts = list(tok.lefts)
    definite = bool(lefts) and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                   for c in lefts)  # "the report", not "the Chinese readout"
    if agent and set(agent.lower().split()) & set(core.lower().split()):
        reported_by = f"{agent} {tok.text}"  # "Kremlin readout", not "Kremlin readout by Kremlin"
    else:
        reported_by = f"{core} by {agent}" if agent else core
    found = _make(tok.sent, reported_by, kind, tok, carries=according or is_according(tok))
    if found is not None:
        found.noun, found.definite = tok.lemma_.lower(), definite and not named_agent(tok)
        found.mention = mention
    return found


def written_in(root) -> bool:
    """'Writing in the Daily Telegraph, a former minister said': the outlet of an opening participle, whatever
    the parse hung on it after the comma."""
    prep = root.head
    verb = prep.head
    return root.dep_ == "pobj" and prep.lower_ in ("in", "to", "on", "for") and verb.tag_ == "VBG" and \
        verb.i == root.sent.start


def carrier_of(noun, named: set[str] | None) -> str | None:
    """The outlet that ran a piece, known or named as an outlet in the text: 'a Washington Post op-ed', 'an
    op-ed in/for The Detroit Free Press'."""
    doc = noun.doc

    def outlet(first: int, last: int) -> str | None:
        while first <= last and doc[first].dep_ == "det":
            first += 1
        if first > last:
            return None
        surface = doc[first:last + 1].text
        hit = canonical_outlet(surface) or canonical_outlet(f"The {surface}")
        if hit:
            return hit[0]
        return surface if named and _key(surface) in named else None

    for c in noun.children:
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i:
            name = outlet(c.left_edge.i, c.i)
            if name:
                return name
        if c.dep_ == "prep" and c.lower_ in ("in", "for", "on"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and (name := outlet(obj.left_edge.i, obj.i)):
                return name
    return None


def recipient_of(noun, lex):
    """The outlet a statement, letter or email was given to ("a statement to Fox News", "an email to The Hill"):
    the head of its "to" object when that is a known outlet; None otherwise."""
    if lex.nouns.get(noun_key(noun), ("",))[0] not in ("statement", "document"):
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and recipient_name(obj):
                return obj
    return None


def recipient_name(obj) -> str | None:
    """The known outlet named by the noun phrase of ``obj`` ("the BBC" -> "BBC"), else None."""
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
    if not words or words[0].i < obj.i - 4:
        return None
    surface = obj.doc[words[0].i:obj.i + 1].text
    hit = canonical_outlet(surface) or canonical_outlet(f"The {surface}")
    return hit[0] if hit else None


def _cited_body(tok, lex, index) -> bool:
    """'Citing the health ministry, the agency said ...': a named body (not people, not 'sources')."""
    if tok.pos_ == "PRON" or tok.ent_type_ in PERSONAL or tok.lower_ in lex.cues["person_nouns"] \
            or is_person(tok, index) or tok.lower_ in lex.nouns:
        return False
    return body_kind(tok, lex) is not None


def _released_by_body(tok, lex, index) -> bool:
    """'Remarks by the minister were released by the ministry', 'the minister's comments, published by his
    office', 'he was quoted by the party as saying': a body (not a person, not an outlet noun, which
    ``_judge_outlet_noun`` credits) named as the agent that released what someone said."""
    verb = tok.head.head
    if verb.lemma_ not in lex.cues["agent_verbs"] or tok.lower_ in lex.cues["outlet_heads"]:
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in PERSONAL or tok.lower_ in lex.cues["person_nouns"] \
            or is_person(tok, index):
        return False
    if is_according(verb) or any(a.lower_ in lex.nouns for a in verb.ancestors):
        return False  # 'according to excerpts from his speech provided by X': credited with the excerpts
    if verb.lemma_ in ("quote", "cite"):
        return any(c.dep_ == "nsubjpass" for c in verb.children)  # 'was quoted/cited by X as saying'
    released = lex.cues["released_nouns"]
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj.lower_ in released or subj.lemma_.lower() in released
    return verb.dep_ == "acl" and verb.head.lower_ in released and verb.head.lower_ not in lex.nouns


def _participle_noun(tok, doc) -> bool:
    """'an interview broadcast on Velta TV': a participle the tagger took for the noun 'broadcast'."""
    return tok.lower_ in ("broadcast", "release") and tok.i > 0 and doc[tok.i - 1].pos_ == "NOUN" and \
        tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("on", "by", "in", "from")


def _outlet_in(tok, lex) -> str | None:
    """'reports in the Israeli media', 'an article in a local paper': the outlet that carried the report."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.lower_ in lex.cues["outlet_heads"]:
                return np_text(p)
    return None


def _judge_outlet_noun(tok, lex, own, used) -> _Found | None:
    """An unnamed outlet: "told a local radio station", "state media reported"."""
    if is_own_outlet(np_text(tok), own) or generic_media(tok):
        return None
    if any(t.lower_ in QUANTIFIERS for t in tok.subtree if t.i < tok.i):
        return None  # "appeared in every magazine"
    if tok.lower_ == "channel" and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return None  # "said on his YouTube channel", "the official channel of the ministry": its own posts, like tweets
    if tok.dep_ == "pobj" and tok.head.head.lower_ in lex.nouns and tok.head.head.pos_ in ("NOUN", "PROPN") and \
            not _participle_noun(tok.head.head, tok.doc):
        return None  # "reports in an Atlanta newspaper": one source, credited with the noun
    if tok.lower_ in ("agency", "agencies") and not any(c.lower_ in ("news", "press", "state", "wire")
                                                         for c in tok.lefts):
        return None  # a government agency, not a news agency
    sent = tok.sent
    if any(j in used for j in range(max(sent.start, tok.i - 3), min(sent.end, tok.i + 4))):
        return None  # "state media KCNA", "Xinhua news agency": the name is credited
    if tok.dep_ == "appos" and tok.head.i in used:
        return None  # "according to The Hill, a political publication,": the name is credited
    if tok.dep_ in ("compound", "appos") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i and any(
            c.lower_ in ("news", "press", "state", "wire") for c in tok.lefts) and tok.head.dep_ in SUBJECTS and \
            tok.head.head.lemma_ in ("report", "quote", "cite", "say", "publish", "broadcast", "carry"):
        name = tok.head  # "state news agency ESTA quoted ...": the agency's own name is credited
        kind = "agency" if tok.lower_ in ("agency", "agencies", "wire") else "outlet"
        found = _make(name.sent, np_text(name), kind, name)
        if found is not None:
            found.noun = OUTLET_ANAPHOR + kind
        return found
    agent = tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "by") \
        and quoting_verb(tok.head.head).lemma_ in lex.cues["agent_verbs"]  # "remarks carried by state media"
    doc = tok.doc
    verb_as_noun = report_tagged_noun(tok)  # "Instead, the paper reports, ...", "..., the paper reports."
    if agent or verb_as_noun or interview_context(tok, lex) or is_according(tok) or outlet_subject(tok, lex.cues):
        if tok.dep_ == "compound" and not verb_as_noun:
            return None
        if tok.lower_ in ("paper", "papers") and any(c.lower_ in lex.cues["paper_kinds"] for c in tok.lefts):
            return _make(tok.sent, np_text(tok), "document", tok, carries=is_according(tok))  # "a white paper"
        kind = "agency" if tok.lower_ in ("agency", "agencies", "wire") else "outlet"
        found = _make(tok.sent, agent_name(tok), kind, tok, carries=is_according(tok))
        if found is not None:  # "told the paper": the outlet named before
            found.noun = OUTLET_ANAPHOR + kind  # "the paper" is an outlet, "the agency" an agency
            found.definite = any(c.lower_ in ("the", "that", "this") for c in tok.children) and len(list(tok.lefts)) == 1 \
                or verb_as_noun and tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "that", "this")
        return found
    return None

