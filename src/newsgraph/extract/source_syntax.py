"""Reading a source off the dependency parse: where a name or noun stands, who issued it.

Helpers for ``sources.py``: each takes spaCy tokens and the source lexicon and answers one
question ("is this an interview with an outlet?", "who issued this statement?").
"""
from __future__ import annotations

from functools import lru_cache

from .datelines import in_dateline
from .source_front_pages import leads_with, saying_participle
from .source_lexicon import lexicon

POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their"}
PERSONAL = {"PERSON"}
SUBJECTS = {"nsubj", "nsubjpass"}
NOT_CORE = frozenset({"new", "latest", "rare", "brief", "separate", "same", "other", "own", "first", "second"})


def intelligence_body(tok) -> bool:
    """"intelligence agencies", "the spy agency": an intelligence body, not any agency."""
    return tok.lower_ == "intelligence" or any(t.lower_ in ("intelligence", "spy", "espionage")
                                                 for t in tok.lefts)


@lru_cache(maxsize=1)
def _two_word_heads() -> frozenset[str]:
    """Last words of the two-word source nouns in the lexicon ("tax return" -> "return")."""
    return frozenset(key.split()[-1] for key in lexicon().nouns if " " in key)


def noun_key(tok) -> str:
    """The lexicon key of a noun the tokenizer split at its hyphen: 'op-ed', 'e-mail' (read at 'ed', 'mail')."""
    low = tok.lower_
    doc, i = tok.doc, tok.i
    if i > 0 and low in _two_word_heads() and f"{doc[i - 1].lower_} {low}" in lexicon().nouns:
        # "a blog post" (a publication, not a social-media post), "her tax returns show" (a filing, not a
        # comeback), "according to a written speech by Xi", "in prepared remarks": the two words name the source
        return f"{doc[i - 1].lower_} {low}"
    if low not in ("ed", "mail", "eds", "mails"):
        return low  # ("e-mails", "op-eds": the plural is split the same way)
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ \
            and doc[i - 2].lower_ in ("op", "e"):
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def word_before(span) -> str:
    """The word before a name, skipping "the", who runs the outlet ("by state-run X") and the line breaks of
    hard-wrapped copy: "told (the) X", "by (the) X", "told\nX"."""
    i = span.start - 1
    doc = span.doc
    while i >= 0 and doc[i].is_space:
        i -= 1
    j = i
    owners = lexicon().cues["ownership_words"]
    while j >= 0 and i - j < 4 and doc[j].lower_ in owners:
        j -= 1  # "by state-run Radio X", "told the state-owned daily X": who runs the outlet
    if j < i and j >= 0 and doc[j].lower_ in ("by", "the", "told", "to"):
        i = j
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
        while i >= 0 and doc[i].is_space:
            i -= 1
    return doc[i].lower_ if i >= 0 else ""


def verb_before(span):
    """The verb just before "by (the) X", skipping adverbs: "published (first) by X"."""
    doc = span.doc
    i = span.start - 1
    skip = lexicon().cues["ownership_words"] | {"the"}
    while i >= 0 and span.start - i < 5 and doc[i].lower_ in skip:
        i -= 1  # "quoted by state-run X": 'run' is no verb of the sentence
    first = i
    while i >= 0 and doc[i].pos_ not in ("VERB", "AUX"):
        if first - i > 4:
            break
        i -= 1
    return quoting_verb(doc[max(i, 0)])


def quoting_verb(verb):
    """"(was) quoted as saying by X": the "quoted" a "saying" belongs to (X is the agent of the quoting), else the
    verb itself."""
    if verb.lower_ == "saying" and verb.head.lower_ == "as" and verb.head.head.lemma_ in ("quote", "cite"):
        return verb.head.head
    return verb


def is_per(tok) -> bool:
    """"per the WHO", "per NPR": "per" in the sense of "according to" (not "per cent", "per day")."""
    return tok.lower_ == "per" and tok.pos_ == "ADP" and any(
        c.dep_ == "pobj" and (c.pos_ == "PROPN" or any(g.dep_ in ("det", "poss") for g in c.children))
        for c in tok.children)


def is_according(tok) -> bool:
    """Whether ``tok`` stands in an "according to ..." (or "per ...") phrase (up to three heads up)."""
    cur = tok
    for _ in range(4):
        if cur.lower_ == "to" and cur.i > 0 and cur.doc[cur.i - 1].lower_ == "according":
            return True
        if cur.lower_ == "per" and is_per(cur):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def heads_according(tok) -> bool:
    """Whether ``tok`` is itself what "according to" names (or a conjunct of it), not a word inside."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    return tok.dep_ == "pobj" and (head.lower_ == "to" and head.i > 0 and tok.doc[head.i - 1].lower_ == "according"
                                   or is_per(head))


def source_noun_of(root, lex):
    """The source noun an outlet name belongs to ("BuzzFeed's report", "a report in The Atlantic", "a study
    published in the journal X")."""
    if root.dep_ in ("appos", "compound") and root.head.lower_ in ("journal", "journals"):
        root = root.head  # "the journal X": judged where "journal" stands
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "acl" and head.head.lemma_ == "publish" \
            and head.head.head.lower_ in lex.nouns:
        return head.head.head  # "the study, published in the journal X,"
    if root.dep_ in ("poss", "compound", "nmod") and head.lower_ in lex.nouns and head.pos_ in ("NOUN", "PROPN"):
        return head
    if root.dep_ == "pobj" and head.lower_ in ("by", "in", "from", "to", "of", "with", "on", "for") \
            and head.head.lower_ in lex.nouns:
        return head.head
    if root.dep_ == "pobj" and (head.dep_ == "agent" or head.lower_ == "by") \
            and head.head.dep_ in ("acl", "relcl") and head.head.head.lower_ in lex.nouns:
        return head.head.head  # "a video released by X", "documents, which were reviewed by X"
    return None


def under_agent(tok) -> bool:
    """"messages obtained by The Atlantic's Julia Ioffe": the person is the agent of a report."""
    head = tok.head
    return tok.dep_ == "pobj" and (head.dep_ == "agent" or head.lower_ == "by" or is_according(tok))


def programme_of(root, cues):
    """The programme an outlet name stands in: "the BBC's Andrew Marr Show", "BBC One's Sunday programme", "on X's
    Sunday Desk"."""
    cur = root
    for _ in range(3):
        head = cur.head
        if cur.dep_ not in ("poss", "compound", "nmod") or head.i <= cur.i or head.pos_ not in ("PROPN", "NOUN"):
            return None
        cur = head
        if cur.lower_ in cues["programme_words"]:
            return cur
        if cur.dep_ == "pobj" and cur.head.lower_ == "on" and cur.pos_ == "PROPN" and cur.text[:1].isupper():
            return cur  # "appeared on X's Sunday Desk": a programme named without a programme word
    return None


def reporter_credits(root, cues) -> bool:
    """An outlet credited through its journalist's report: "NPR's Emily Feng reported", "Wee of the Times
    reports that ...", "as Feng reports for NPR" (not what the journalist asked or said on air)."""
    head = root.head
    if root.dep_ in ("poss", "compound", "nmod"):
        person = head
    elif root.dep_ == "pobj" and head.lower_ in ("of", "at", "for", "with", "from"):
        person = head.head
        if head.lower_ == "for" and person.lemma_ in cues["reporter_verbs"] and person.pos_ == "VERB":
            return person.dep_ not in ("relcl", "acl") and any(  # "as Emily Feng reports for NPR"
                c.dep_ in ("dobj", "ccomp") or (c.dep_ == "mark" and c.lower_ == "as") for c in person.children)
    else:
        return False
    if not (person.ent_type_ == "PERSON" or (person.pos_ == "PROPN" and not person.ent_type_)
            or person.lemma_.lower() in cues["media_person_nouns"]
            or person.lemma_.lower() in cues["witness_journalists"]):
        return False
    verb = person.head
    return person.dep_ == "nsubj" and verb.lemma_ in cues["reporter_verbs"] and verb.pos_ == "VERB" and \
        not any(c.dep_ == "neg" for c in verb.children)


def interview_context(tok, lex) -> bool:
    """"told CNN", "said on NBC", "an interview with Fox News", "wrote in The Post-Dispatch"."""
    cues = lex.cues
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_ in ("tell", "give"):
        return True
    if tok.dep_ == "pobj" and head.lower_ in cues["interview_preps"]:
        gov = head.head
        if head.lower_ == "for" and gov.lemma_ == "write" and gov.dep_ not in ("relcl", "acl") and not any(
                c.dep_ in ("dobj", "ccomp") for c in gov.children) and not (
                gov.tag_ == "VBG" and gov.dep_ in OPENING_CLAUSE_DEPS and (gov.head.lemma_ in cues["interview_verbs"] or
                                                                           gov.head.lemma_ in cues["report_verbs"])) \
                and not past_progressive(gov):
            return False  # "she has written for the Atlantic": a career, not a credit (but "Writing for X, she said",
            # "He was writing for the X website, before the conference": the piece the page reports)
        if gov.lemma_ in cues["interview_verbs"] and gov.pos_ in ("VERB", "AUX") or \
                verb_lemma(gov) in cues["interview_verbs"]:  # (a participle read as a noun: 'Writing in X, ...')
            return not unrealised(gov) and not shown_there(gov, cues)
        if gov.lemma_ == "question" and gov.dep_ == "dobj":
            gov = gov.head  # "Answering questions on Sky News": the parse hangs the outlet on the questions
        if gov.lemma_ in cues["question_verbs"] and gov.pos_ == "VERB" and not unrealised(gov) and any(
                c.dep_ == "dobj" and c.lemma_ == "question" for c in gov.children) and not any(
                c.dep_ in ("aux", "neg") and c.lower_ in ("will", "would", "could", "might", "may", "not", "n't")
                for c in gov.children):
            return True  # "Taking questions from the public on LBC radio, the prime minister said ..."
        if gov.lower_ in cues["interview_nouns"]:
            return True
    if tok.dep_ == "conj":
        return interview_context(conj_root(tok), lex)
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN" and head.head.ent_type_ == "PERSON":
        return interview_context(head.head, lex)  # "told Lena Voss of MSNBC", "an interview with Kai Lund of X"
    return False


def past_progressive(verb) -> bool:
    """'was writing', 'were speaking': a verb in the past progressive, one occasion (not 'has written', 'writes'), nor
    the background of another event ('was writing for X when he was arrested')."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children) and \
        not any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in BACKGROUND_MARKS for m in c.children)
                for c in verb.children)


BACKGROUND_MARKS = frozenset({"when", "while", "until", "as"})


def shown_there(verb, cues) -> bool:
    """'The results were shown on Sky News': something other than words (remarks, an interview) shown on an outlet,
    which only carried it."""
    return verb.lemma_ == "show" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "nsubjpass" and c.lower_ in cues["interview_nouns"] for c in verb.children)


OPENING_CLAUSE_DEPS = frozenset({"advcl", "csubj", "nsubj"})  # what the parse makes of 'Writing in X,' opening


def verb_lemma(tok) -> str:
    """The lemma of ``tok`` as a verb: a participle opening its sentence that the tagger read as a noun ('Writing
    in the Daily Flag, X said ...': 'writing', a noun heading an adverbial clause) gives its verb ('write')."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or tok.dep_ not in OPENING_CLAUSE_DEPS or not low.endswith("ing") or len(low) < 6:
        return tok.lemma_
    if tok.dep_ != "advcl" and (tok.i != tok.sent.start or not any(
            c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children)):
        return tok.lemma_  # read as the verb's subject: only before the verb's own subject ('Writing in X, Y said')
    stem = low[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        if lemma in lexicon().cues["interview_verbs"] or lemma in lexicon().cues["report_verbs"]:
            return lemma
    return tok.lemma_


def unrealised(verb) -> bool:
    """'not authorised to speak to the media', 'declined to talk to reporters': no interview took place."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")


FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "shall", "would", "could", "might", "may", "should", "wo"})


def not_yet_done(tok) -> bool:
    """The verb an outlet name hangs on ('told X', 'appear on X', 'broadcast on X', 'an interview to X') is
    still to come: 'will appear on X tonight', 'said she would write to X', 'is due to give an interview to X',
    'the debate, to be carried on X': no interview or report has been given yet (not 'X can reveal')."""
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if gov.pos_ == "NOUN" and gov.dep_ == "dobj":
        gov = gov.head  # "give an interview to X": the verb of the interview (not "comment on reports in X")
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    gov = conj_root(gov)
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in gov.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children) and \
        gov.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")


def conj_root(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def credited_place(tok, lex) -> bool:
    """Whether an outlet named here is credited as a source (subject, agent, "from", ...)."""
    cues = lex.cues
    tok = conj_root(tok)
    if tok.dep_ == "appos" and tok.head.dep_ in SUBJECTS and tok.head.i < tok.i and in_dateline(tok.head) and \
            not in_dateline(tok):
        tok = tok.head  # 'KELSBURY, June 9 - The Kelsbury Times reported ...': the parse made the dateline's place the
        # subject and the outlet its apposition; the outlet stands where the place does
    head = tok.head
    if tok.dep_ in SUBJECTS:
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("could", "can", "cannot", "ca", "will", "would",
                                                                   "may", "might", "should", "must"))
               for c in head.children):
            return False  # "Reuters could not verify the report", "ABC will broadcast the show"
        if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("unable", "able") for c in head.children):
            return False  # "Reuters was unable to verify the footage"
        if tok.dep_ == "nsubj" and (saying_participle(head, cues) or leads_with(head)):
            return True  # "The X leads on claims ..., saying cabinet ministers have lost faith" (a papers review)
        if head.lemma_ in cues["outlet_subject_skip"] or (tok.dep_ == "nsubjpass" and head.lemma_ != "quote"):
            return False  # "Fox News has been accused of bias": the outlet is the news
        return outlet_subject_verb(head, cues)
    if tok.dep_ == "pobj":
        if is_according(tok):
            return True
        prep = head.lower_
        if (head.dep_ == "agent" or prep == "by") and quoting_verb(head.head).lemma_ in cues["agent_verbs"]:
            return True  # ('was quoted as saying by X': the parse hangs X on "saying")
        crowd = head.head
        if prep in ("from", "at") and crowd.lower_ in cues["crowd_of_reporters"] and crowd.dep_ in SUBJECTS:
            return True  # "Reporters from the Times who were on the ground relayed ..." (not "a reporter at X")
        if prep in ("in", "on") and head.head.lemma_ in cues["report_verbs"]:
            return not (head.head.lemma_ in ("find", "show") and any(c.dep_ == "auxpass" for c in head.head.children))
            # not "are found on broadcast networks and the cable channel X", "the results were shown on X": where a
            # thing is or was seen, not what was found
        return False
    if tok.dep_ in ("dobj",) and head.lemma_ in ("cite", "quote"):
        return True
    if tok.dep_ in ("npadvmod", "nmod", "dep") and head.pos_ == "VERB" and tok.i < head.i and \
            head.lemma_ in cues["report_verbs"] and not any(c.dep_ in SUBJECTS for c in head.children):
        return True  # "Valdoria Today, the state-run daily, reported ...": a subject the parse lost
    if tok.dep_ == "dobj" and head.lemma_ in ("report", "write", "say") and head.i < tok.i and head.i > 0 \
            and head.doc[head.i - 1].text == ",":
        return True  # "Flights were cancelled, reported the Wall Street Journal": the parse made it an object
    return False


def outlet_subject_verb(verb, cues) -> bool:
    """What an outlet does as the subject of a credit: reports, writes, shows, quotes, obtains, polls ... (not
    "has endorsed her rival", "has been critical of")."""
    lemma = verb.lemma_
    if lemma == "be" and any(t.dep_ in ("xcomp", "acl", "relcl", "advcl") and t.lemma_ in cues["report_verbs"]
                             for t in verb.subtree):
        return True  # "Politico was first to report the news"
    return lemma in cues["report_verbs"] or lemma in cues["agent_verbs"] or lemma in cues["witness_verbs"] or \
        lemma in cues["reporter_verbs"] or lemma in cues["interview_verbs"] or lemma in cues["outlet_subject_verbs"]


def body_kind(tok, lex) -> str | None:
    """Kind of a named body credited after "according to" (a ministry, an agency, a think tank)."""
    low = tok.lower_
    cues = lex.cues
    if low in ("ministry", "ministries") or any(c.lower_ in ("ministry",) for c in tok.subtree):
        return "ministry"
    if low in cues["agency_heads"]:
        if low in ("agency", "agencies") and not intelligence_body(tok) and not any(
                c.lower_ in ("news", "press", "wire", "state") for c in tok.lefts):
            return "government"  # "the UN refugee agency", "the environment agency": a public body
        return "agency"
    if low in cues["think_tank_heads"]:
        return "analysis"
    if any(t.ent_type_ == "PERSON" for t in _named_part(tok)) or tok.ent_type_ == "NORP":
        return None  # (a person in an apposition does not count: 'the X Census, a project financed by Ann Roe')
    if low in cues["organisation_heads"]:
        return "other"  # "according to the union", "the company": a body that is no government
    name = [t for t in tok.subtree if t.i <= tok.i and (t.ent_type_ in ("ORG", "GPE") or t.i == tok.i)]
    if tok.ent_type_ == "ORG" or (tok.pos_ == "PROPN" and any(t.ent_type_ == "ORG" and t.dep_ == "compound"
                                                               for t in name)):
        if any(t.lower_ in cues["government_heads"] for t in tok.subtree) or seat_of_government(tok, cues):
            return "government"  # "the Office for National Statistics", "the Kremlin"
        return "other"  # "Amnesty International", "the Transport Workers Union", "Labour", "Edmunds.com"
    if low in cues["government_heads"] or tok.ent_type_ == "GPE" or seat_of_government(tok, cues):
        return "government"
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG", "FAC") and len(tok.text) >= 2 and tok.text.isupper() \
            and tok.is_alpha:
        return "other"  # an acronym the NER did not type: "according to WHO"
    return None


DESCRIBING_DEPS = frozenset({"appos", "acl", "relcl"})


def _named_part(tok):
    """The tokens of the noun phrase headed by ``tok`` without what describes it after a comma or a participle
    (an apposition, a participial or relative clause)."""
    for c in tok.children:
        if c.dep_ not in DESCRIBING_DEPS:
            yield from c.subtree
    yield tok


def seat_of_government(tok, cues) -> bool:
    """"Downing Street", "No 10", "the Elysee": a building that stands for a government."""
    words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.lower_ != "the" and not t.is_punct]
    return " ".join(words) in cues["seat_names"]


def leader_voice(tok, cues) -> bool:
    """'according to the Kremlin', '... the Presidency', '... the Indian Embassy', "... the President's Office",
    '... the Office of the Prime Minister': a seat of government, a presidency, embassy or palace, or a leader's
    office, standing for the leader or government that speaks (an organisation speaking, not a credited source;
    not a ministry, a department or a press service, which publish)."""
    if seat_of_government(tok, cues) or tok.lower_ in cues["voice_heads"]:
        return True
    if tok.lower_ != "office":
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in cues["office_owner_titles"] for o in owners)


def entity_text(tok) -> str:
    """The whole named entity ``tok`` belongs to ("Mittenthal" -> "Matt Mittenthal")."""
    doc, i, j = tok.doc, tok.i, tok.i + 1
    while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_type_ == tok.ent_type_:
        i -= 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return join_tokens([t for t in doc[i:j]])


def noun_core(noun) -> str:
    """The source noun with its compounds: "court filing", "sentencing memo", "news report"."""
    left = [t for c in noun.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("DATE", "TIME")
            and c.pos_ in ("NOUN", "ADJ", "PROPN") and c.lower_ not in NOT_CORE
            for t in c.subtree if t.dep_ not in ("det", "poss", "punct", "case") and t.i >= noun.i - 5]
    return join_tokens(sorted([*left, noun], key=lambda t: t.i))


def np_text(tok) -> str:
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
    return join_tokens(toks)


def join_tokens(toks) -> str:
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
