"""Where a source noun stands credited as the origin of information ("the report found", "said in a
statement", "issued a statement saying", "the letter goes on:"), and where it is only mentioned: ``noun_credited``
and the reporting-verb look-ups it shares with the outlet judge of ``source_judges.py``."""
from __future__ import annotations

from .sentence_view import sent_of
from .source_agents import named_agent
from .source_data import finding_participle
from .source_documents import document_credited, drawn_attention_to
from .source_mentions import (
    MODALS,
    _issued_with_content,
    _video_carries_words,
    after_what,
    content_clause,
    made_statement,
    open_clause,
)
from .source_named_statements import named_statement
from .source_outlet_roles import body_account
from .source_owned_documents import owned_document
from .source_syntax import DETERMINERS, SUBJECTS, heads_according, noun_key, np_text

PRESS_WORDS = frozenset({"press", "news"})  # 'press reports that ...', 'news reports that ...'


def cited_by_reference(tok, cues) -> bool:
    """'referred to a statement from X' / 'pointed to the report by X': a document cited with its author (not the
    participle '"...," she said, referring to the piece')."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in cues["referring_verbs"] and \
        head.head.tag_ != "VBG" and named_agent(tok) or drawn_attention_to(tok)  # 'drew attention to a report by X'

RELATIVE_WORDS = frozenset({"which", "that"})
RELATIVE_SUBJECTS = frozenset({"which", "that", "who", "it", "he", "she", "they"})
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "PART", "CCONJ"})


def told_in_relative(tok, cues) -> bool:
    """'the announcement which stated that ...', 'a statement by X in which he stated that ...', 'issued a statement
    after the meeting in which it stated that ...', 'a letter that appears to suggest ...': the first relative clause
    after the noun, with only its noun phrase between (the parse may hang the clause on a later noun), tells what the
    source says: a reporting verb with a content clause whose subject is the relative word or a pronoun."""
    doc = tok.doc
    authored = any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children)
    end = min(sent_of(tok).end, tok.i + (20 if authored else 12))  # (an author's title may run long)
    for j in range(tok.i + 1, end):
        t = doc[j]
        if t.lower_ in RELATIVE_WORDS or (t.lower_ == "in" and j + 1 < end and doc[j + 1].lower_ == "which") or (
                t.lower_ == "who" and authored):  # 'heard a statement by X, Minister of Y, who said that ...'
            rel = doc[j + 1] if t.lower_ == "in" else t
            if not (rel.dep_ == "nsubj" or rel.dep_ == "pobj" and rel.head.i == j):
                return False  # 'a presentation that he said they did not want to hear': the object of another verb
            verb = rel.head.head if rel.dep_ == "pobj" else rel.head
            return verb.dep_ == "relcl" and verb.i > rel.i and _states_content(verb, rel, cues)
        if t.pos_ not in NOUN_PHRASE_POS and t.text != ",":
            return False
    return False


def _states_content(verb, rel, cues) -> bool:
    """A relative clause's reporting verb with a content clause ('which stated that ...'), or 'appears/seems to' such
    a verb; its subject the relative word or a pronoun."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in RELATIVE_SUBJECTS or (subj.lower_ in RELATIVE_WORDS and subj.i != rel.i):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return False
    if verb.lemma_ in ("appear", "seem"):
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return False
    return verb.lemma_ in cues["report_verbs"] and any(c.dep_ == "ccomp" for c in verb.children)


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
    return any((c.tag_ == "VBG" and c.dep_ in ("acl", "advcl", "xcomp") or c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)) and c.i > tok.i and (
        c.lemma_ in cues["report_verbs"] or c.lemma_ in cues["verdict_verbs"] or c.lemma_ in cues["demand_verbs"])
        for c in (*tok.children, *head.children))  # (or 'issued identical statements afterward that said ...')


def _time_after_participle(tok, verb) -> bool:
    """'A statement issued after the talks said ...': the parse read 'after the talks said' as a clause, so the
    verb has a second subject; no verb stands between the noun's participle and the reporting verb (not 'The
    release, minutes after the Post published a recording, ...')."""
    between = tok.doc[tok.i + 1:verb.i]
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == tok.i + 1 for c in tok.children) and \
        any(t.dep_ == "mark" and t.head.i == verb.i for t in between) and \
        not any(t.pos_ in ("VERB", "AUX") for t in between[1:])


def _outlet_in(tok, lex) -> str | None:
    """'reports in the Tarnian media', 'an article in a local paper': the outlet that carried the report (the
    noun names the outlets that ran it)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.lower_ in lex.cues["outlet_heads"]:
                return np_text(p)
    return None


DOCUMENT_PARTS = frozenset({"conclusion", "conclusions", "summary", "preface", "introduction", "foreword", "annex",
                            "appendix", "section", "chapter", "footnote"})  # a part of a document that says


def _noun_credited(tok, lex, according: bool = False) -> bool:
    """Whether a source noun is credited here as the origin of information."""
    cues = lex.cues
    kind, tier = lex.nouns[noun_key(tok)]
    head = tok.head
    if according or heads_according(tok):
        return True
    if after_what(tok):
        return False  # "questions about what the report uncovered": no content told
    if tok.dep_ == "pobj" and head.dep_ == "agent" and (head.head.lemma_ in cues["report_verbs"] or head.head.lemma_
                                                        in cues["demand_verbs"]) and kind != "interview":
        return True  # "as demanded by the relevant resolutions of the Council", "the risks identified by the audit"
    if tok.dep_ == "compound" and kind == "video" and head.lower_ in cues["video_heads"]:
        tok, head = head, head.head  # "said in his nightly video address": judged where the address stands
        if heads_according(tok):
            return True
    member = None
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in cues["collection_nouns"]:
        member, tok, head = tok, head.head, head.head.head  # 'a series of text messages ... showed'
    if kind == "analysis" and finding_participle(tok, cues) is not None:
        return True  # "shaken by polls suggesting they are heading for defeat"
    if tok.dep_ == "pobj" and head.lower_ == "from" and (head.head.lemma_ in ("quote", "cite", "read", "excerpt") or
                                                          head.head.lower_ in cues["quoting_nouns"]):
        return True  # "quotes from the bishops' letters", "an excerpt from the Times report"
    if tok.dep_ == "pobj" and head.lower_ in ("of", "to") and head.head.lower_ in DOCUMENT_PARTS and \
            noun_key(head.head) not in lex.nouns and head.head.dep_ == "nsubj" and head.head.head.lemma_ in cues["report_verbs"] and \
            not any(c.dep_ == "neg" for c in head.head.head.children):
        return True  # '"...," the conclusion to the report said', 'the summary of the audit found ...'
    if cited_by_reference(tok, cues):
        return True  # "KCNA also referred to a statement from the US command": cited, with its author (not the
        # participle of '"...," she said, referring to the Tribune piece': her words, the piece what they are about
    if told_in_relative(tok, cues):
        return True  # "the announcement which stated that ...", "a statement by X in which he stated that ..."
    if document_credited(tok, cues):
        return True  # "the risk assessment is that ...", "statements by X indicating that ...": source_documents.py
    if owned_document(tok, lex):
        return True  # "welcomed the statement of X", "the letter of X shows ...": source_owned_documents.py
    if named_statement(tok, lex):
        return True  # "X also issued a statement", "I have a statement from X": source_named_statements.py
    if tok.dep_ == "pobj" and head.lower_ in cues["not_source_preps"] and not (
            head.lower_ == "against" and tier == "strong" and content_clause(tok, cues)) and not (
            head.lower_ == "about" and tier == "strong" and _outlet_in(tok, lex) is not None and content_clause(tok, cues)):
        return False  # (but "defending himself against a report he had lied": the report's claim is told; "asked
        # about reports in the Tarnian media that ...": the reports' claim, and the outlets they ran in)
    if tok.dep_ == "dobj" and head.lemma_ in cues["own_view_verbs"] and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children) and content_clause(tok, cues):
        return False  # "announced their assessment that ...": the subject's own words, told as reported speech
    if tier == "strong" and content_clause(tok, cues) and (named_agent(tok) or _outlet_in(tok, lex) is not None or any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("some", "any", "no") or c.dep_ in ("compound", "amod") and
            (c.lower_ in cues["outlet_heads"] or c.lower_ in PRESS_WORDS) for c in tok.children)):
        return True  # "since the report by the Times on March 2 that she used only a private account", "noted media
        # reports that ..."
    if tok.dep_ == "nsubj" and any(c.dep_ == "nsubj" and tok.i < c.i < head.i for c in head.children) and \
            not _time_after_participle(tok, head):
        return False  # "The release, minutes after the Post published a recording, ...": not the verb's subject
    if tok.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and _introduces_text(tok, head, member):
        return True  # "The following is a report by AFP:": the text below is the report's
    if tok.dep_ == "ROOT" and _closes_label(tok):
        return False  # "Kosovo: Special Report" on a line of its own: a link to a section, no verb of its own
    if tok.dep_ == "nsubj" and noun_key(tok) in cues["decision_nouns"] and head.lemma_ not in cues["decision_verbs"]:
        return False  # "the decision angered farmers", "the decision shows resolve": no finding of the decision's
    if tok.dep_ == "nsubj" and noun_key(tok) in cues["venue_nouns"] and any(c.dep_ == "dobj" for c in head.children) \
            and not any(c.dep_ == "ccomp" for c in head.children):
        return False  # "the official gazette published the decree": where the decree came out, not who told it
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
        if head.lemma_ in cues["poll_verbs"] and kind == "analysis" and tok.lemma_.lower() in ("poll", "survey", "polling"):
            return True  # "a YouGov poll put Labour ten points ahead", "Polling by X for Y puts the party on 23%"
    if tier == "strong" and tok.dep_ not in ("pobj", "dobj") and _report_verb_follows(tok, cues):
        return True  # the parse lost the subject: "The Valdorian readout also made no mention ..."
    if tier == "strong" and tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and _orphan_report_verb(tok, cues):
        return True  # "The July indictment of twelve officers ... referred to him as ...": the parse lost the verb
    if tok.dep_ == "dobj" and head.lower_ in ("citing", "quoting") and head.dep_ in ("advcl", "acl", "xcomp") \
            and not any(c.lower_ in ("the", "this", "that") for c in tok.lefts):
        return True  # "the paper said, citing a government document" (not "repeatedly cited the video")
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ in SUBJECTS and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.head.lemma_ in cues["said_in_verbs"] and (head.head.head.i < head.head.i or any(
                c.dep_ == "poss" for c in tok.children)):
        # "..., said the chairman in an email to staff": the parse hung the phrase on the speaker (or "The commission
        # in its announcement called ...": on the subject before the verb)
        if any(c.dep_ in ("det", "poss") for c in tok.children) and noun_key(tok) not in cues["not_said_in"]:
            return True
    if body_account(tok, cues):
        return True  # "In the Kremlin's account of the call, Putin stressed ...": the body's statement
    if tier != "strong" and tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ in cues["said_in_verbs"] \
            and any(c.dep_ in ("det", "poss") for c in tok.children) and noun_key(tok) not in cues["not_said_in"]:
        return True  # "said in its second estimate", "wrote in a column", "said in a court complaint"
    if kind in ("document", "statement") and _issued_saying(tok, head, cues):
        return True  # "issued its own resolution Tuesday calling on ...", "drafted a resolution condemning ..."
    if tier != "strong" and (not any(c.lower_ in ("press", "news") for c in tok.lefts) or spoken_occasion(tok, cues)):
        return False  # a weak noun counts in more places as a "press release", a "news release" (not a spoken
        # "press briefing")
    determined = any(c.dep_ in ("det", "poss", "nummod") or c.tag_ == "PRP$" for c in tok.children) or (
        noun_key(tok) != tok.lower_ and tok.i >= 3 and tok.doc[tok.i - 3].lower_ in DETERMINERS)  # 'an e-mail'
    verb = _verb_of_in(tok)
    if verb is not None:
        if verb.lemma_ in cues["charging_verbs"] or verb.lemma_ in cues["taking_part_verbs"]:
            return False  # "charged him in an indictment", "filled in the survey": the news, not its source
        if open_clause(verb) or (verb.lemma_ == "be" and any(c.dep_ == "neg" for c in verb.children)):
            return False  # "plans to publish it in a report", "was not in any part of the report"
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children):
            return False  # "the details will be presented in a press release": not yet issued
        return determined and kind != "interview"
    if tok.dep_ == "pobj" and head.lower_ == "in" and any(c.dep_ == "poss" for c in tok.children):
        return kind != "interview"  # "did not mention the remarks in its readout"
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep" and head.head.dep_ == "ROOT":
        return determined and kind != "interview"
    if tok.dep_ == "dobj" and _inverted_after_quote(tok, head, cues):
        return True  # '"...," read the statement by the agency': the parse made the inverted subject an object
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


def spoken_occasion(tok, cues) -> bool:
    """'said in a weekly press briefing': a briefing given by word of mouth (``spoken_occasions``), like "told
    reporters", unless it is a written one ('said in a written press briefing')."""
    return noun_key(tok) in cues["spoken_occasions"] and not any(c.lower_ == "written" for c in tok.lefts)


def _verb_of_in(tok):
    """The verb an "in a statement" phrase tells the channel of: its head's head, or the verb of the object the
    parse hung a new ("a") statement on ("decried the launch in a statement", "welcomed the move in a letter")."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "in":
        return None
    if head.head.pos_ in ("VERB", "AUX"):
        return head.head
    obj = head.head
    if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.head.pos_ == "VERB" and obj.i < head.i and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return obj.head  # (a new statement; "denied the claims in the article" names where the claims stand)
    return None


def _introduces_text(tok, verb, member=None) -> bool:
    """'The following is a report by X:', 'Here is the statement by X:': the noun, with its author, names the text
    after the colon ('Here is an excerpt from the Times report:' credits the report, judged where it stands);
    ``member``: the source noun of a collection noun ``tok`` ('a copy of the X statement'), which may name the author."""
    parts = [tok] if member is None else [tok, member]  # "Here's a copy of the X Police statement in full:"
    if not any((c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ in ("poss", "compound") and c.pos_ == "PROPN")
               or (c.dep_ == "poss" and c.pos_ == "NOUN")  # "Here is the foreign ministry's statement in full:"
               or c.dep_ in ("acl", "relcl") and any(g.dep_ == "agent" for g in c.children)
               for part in parts for c in part.children):
        return False  # (or 'Here is the readout that was issued by X after the call:')
    if not any((c.dep_ == "nsubj" and c.lower_ == "following") or (c.dep_ == "advmod" and c.lower_ in ("here", "below"))
               for c in verb.children):
        return False
    doc = tok.doc
    after = tok.right_edge.i + 1
    if after < len(doc) and doc[after].text == ":":
        return True
    colon = next((c for c in tok.children if c.dep_ == "punct" and c.text == ":"), None)  # the parse may hang
    return colon is not None and not any(t.text in (".", "!", "?") or "\n" in t.text for t in doc[tok.i:colon.i])
    # the colon and the text after it on the noun


def _closes_label(tok) -> bool:
    """The noun ends its line (a page's link or section label, 'Kosovo: Special Report'), no word after it."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].text not in (":",):
        j += 1
    return j >= len(doc) or "\n" in doc[j].text or (j > tok.i + 1 and "\n" in doc[j - 1].whitespace_)


def _inverted_after_quote(tok, verb, cues) -> bool:
    """'"We will not yield," read the statement', '"...," added the report': a reporting verb right after the
    closing mark of the words it reports (its clausal complement), with the source noun after it."""
    if verb.lemma_ not in cues["report_verbs"] or verb.i > tok.i or verb.i < 2:
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return False
    between = verb.doc[clause.right_edge.i + 1:verb.i]
    return len(between) > 0 and all(t.is_punct for t in between) and any(t.is_quote for t in between)


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
