"""Where a cue's speaker sits in the parse: which words are speech cues, the subject a cue verb climbs to,
an inverted subject when the parse is off, and datelines that are no subject (the left-hand subject is in
``left_subjects.py``, 'according to X' / 'per X' in ``per_sources.py``)."""
from __future__ import annotations

from .cues import speech_cues
from .dash_appositions import dash_opened_subject
from .datelines import in_dateline, past_dateline
from .exchange_topics import exchange_topic
from .finite_conjuncts import stray_finite
from .nonspeech_senses import SENSE_LEMMAS, nonspeech_sense
from .per_sources import per_source
from .sentence_view import doc_view, sent_of
from .speaker_repairs import addressed_name, antecedent, asked_aside_subject, carrier, object_as_subject, sender

CLIMB = ("advcl", "xcomp", "conj", "acl", "relcl", "pcomp", "dep", "ccomp", "parataxis", "prep", "pobj")
ADDRESSEE_VERBS = speech_cues().roles["addressee_verbs"]
RELATIVE = {"who", "which", "that", "whom"}
FINDING_NOUNS = speech_cues().roles["finding_nouns"]
MADE_PLAIN = frozenset({"clear", "plain", "known"})  # 'made (it) clear / plain / known that ...': 'make' states a clause


def is_cue_token(tok) -> bool:
    """A verb from the speech lexicon, or 'according (to)'."""
    cues = speech_cues()
    view = doc_view(tok.doc)  # (the word, tags and lemma from the view's lists: no Token attribute lookups)
    i = tok.i
    lower = view.lower[i]
    if lower == "according":
        return any(c.lower_ == "to" for c in tok.children) or (tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to")
    if lower == "per":
        return per_source(tok) is not None
    pos, lemma = view.pos[i], view.lemma[i]
    if view.tag[i] in ("VBG", "VBN") and view.dep[i] == "amod" and 0 < view.head[i] - i <= 3 and \
            not any(True for _ in tok.children) and view.pos[i + 1] not in ("PUNCT", "SPACE"):
        return False  # a participle before the noun it describes ('the ruling party said'): no verb of saying
    if pos not in ("VERB", "AUX") and not (pos in ("NOUN", "PROPN") and view.tag[i] in ("VBZ", "VBD")):
        if not (pos == "PROPN" and lemma in ("say", "says")) and not verb_tagged_noun(tok):
            return False
    if lemma == "point" and not any(c.lower_ == "out" for c in tok.children):
        return False
    if lemma in SENSE_LEMMAS and nonspeech_sense(tok) is not None:
        return False  # 'offered to resign', 'a message that appeals to voters', 'appealing a sentence'
    if lemma in INFINITIVE_CUES:
        return to_infinitive(tok) is not None  # 'offered to resign', 'pleaded with X to stay'; not 'pleaded guilty'
    if lemma in AS_CUES:
        return as_phrase(tok) is not None  # 'cited the figures as proof that ...'
    if lemma in cues.report_subject_verbs and not cues.is_verb_cue(lemma):
        return document_finding(tok)  # 'Data from the ministry showed that ...'
    if lemma in cues.belief_verbs:
        return quoted_belief(tok)  # 'X believes that giving them the right "continues a pattern of ..."': a cue
        # for the quoted words (a partial quote), not an indirect statement (indirect_filters: 'belief')
    if lemma == "make":  # 'made (it) clear that ...', 'made the case that ...'
        return any(c.lower_ in MADE_PLAIN for c in tok.children) or made_case(tok) is not None or \
            clear_opening_clause(tok) is not None
    if lemma in cues.roles["exchange_verbs"]:
        return exchange_topic(tok) is not None  # 'the two sides exchanged views on ...'
    if lemma in cues.roles["that_only_verbs"]:  # 'shared that the cabinet had ...'; not 'share a border', 'would
        return any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                   for c in tok.children)  # cooperate and share intelligence', 'shared with him the issues ...'
    return cues.is_verb_cue(lemma)


INFINITIVE_CUES = speech_cues().roles["infinitive_cue_verbs"]
AS_CUES = speech_cues().roles["as_cue_verbs"]
PROOF_NOUNS = {"proof", "evidence", "sign", "example", "reason", "justification", "vindication", "confirmation",
               "indication", "illustration", "demonstration"}


def to_infinitive(verb):
    """The to-infinitive a verb governs ('offered to resign', 'pleaded with the council to keep ...'), else None
    (not 'pleaded guilty in August to ...')."""
    if any(c.dep_ in ("acomp", "oprd", "dobj") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and c.tag_ == "VB" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
    return None


WH_OPENERS = {"how", "what", "why", "where", "when", "whether"}


def document_finding(verb) -> bool:
    """A document or data as the subject of a that-clause or a wh-clause ('the records showed that ...', 'figures
    indicate that', 'documents released on Friday showed how ...'); a counted finding also without 'that' ('official
    results show Zanu-PF has 31 seats', finding_nouns), before it too ('<clause>, official figures show')."""
    subj = subject_of(verb)
    if subj is None:
        return False
    finding = finding_subject(verb, subj)
    if not any(c.dep_ == "ccomp" and (c.i > verb.i or finding) and (
            any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or c.left_edge.lower_ in WH_OPENERS or
            finding and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)) for c in verb.children):
        return False
    docs = speech_cues().document_nouns
    return finding or subj.lemma_.lower() in docs or subj.lower_ in docs


OCCASION_MARKS = {"after", "before", "since", "when", "as", "until", "once"}


def finding_subject(verb, subj) -> bool:
    """A counted finding (finding_nouns) as the active subject of ``verb`` that reports in its own right: not in a
    clause giving the occasion of another ('ordered an inquiry after figures showed ...', 'was speaking after
    results showed ...'), where the genre annotators leave it out."""
    if subj.dep_ != "nsubj" or not (subj.lemma_.lower() in FINDING_NOUNS or subj.lower_ in FINDING_NOUNS):
        return False
    return not (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in verb.children))


MAKE_OBJECTS = speech_cues().roles["make_objects"]
QUOTE_MARKS = {'"', "\u201c", "\u201d"}


def quoted_belief(verb) -> bool:
    """A belief verb ('believes', 'thinks') whose that-clause carries the believer's own quoted words: what
    they said, not only what they hold."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ in ("ccomp", "xcomp") and speech_cues().is_verb_cue(verb.head.lemma_.lower()):
        return False  # 'said he believed they had reached "a turning point"': the saying reports it
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return clause is not None and any(t.text in QUOTE_MARKS for t in clause.subtree)


def _that_clause(tok):
    """The clause opened by 'that' that ``tok`` governs (a noun's complement or a verb's ccomp), else None."""
    return next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "advcl", "relcl") and c.i > tok.i and
                 c.pos_ in ("VERB", "AUX") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def made_case(verb):
    """'made the case that ...', 'made the argument that ...': the that-clause, on the object or the verb."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MAKE_OBJECTS), None)
    if obj is None:
        return None
    return _that_clause(obj) or _that_clause(verb)


def as_phrase(verb):
    """'cited the figures as proof that ...', 'cited X as evidence of ...': the 'as' phrase after an object."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and (p.lemma_.lower() in PROOF_NOUNS or any(
                    g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                    for g in p.children)):
                return c
    return None


def verb_tagged_noun(tok) -> bool:
    """'Grassley, who owns a farm, often notes ... that he is ...': a third-person verb the tagger read as a
    plural noun (right after an adverb, a name or a pronoun, with a that-clause following)."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if tok.lemma_.lower() not in speech_cues().clause_verbs or not (prev.pos_ in ("ADV", "PROPN", "PRON") or (
            prev.tag_ in ("NN", "NNP") and prev.is_title and not any(c.dep_ == "det" for c in prev.children))):
        return False  # a name the tagger read as a common noun: 'Farage mutters that ...' (live-page copy)
    if any(c.dep_ == "det" for c in tok.children):
        return False
    return any(t.lower_ == "that" and t.dep_ == "mark" for t in tok.doc[tok.i + 1:tok.i + 9])


def _noun_read_verb(tok) -> bool:
    """'The Speaker intervenes to say', 'Tarn rises to ask': a present-tense verb heading its sentence that the
    tagger read as a plural noun after a capitalised name or title (live-page copy), with no determiner of its own."""
    return tok.dep_ == "ROOT" and tok.tag_ == "NNS" and tok.text.islower() and tok.text.endswith("s") and \
        not any(c.dep_ in ("det", "amod", "nummod", "poss") for c in tok.children) and \
        any(c.dep_ == "compound" and c.i == tok.i - 1 and c.is_title for c in tok.children)


def time_stamp(tok) -> bool:
    """A bare clock time or date number opening a live page's entry ('1243 Jo Roe tweets:'), which the parser may
    make a second subject: never who speaks."""
    if tok.pos_ != "NUM" or any(True for _ in tok.children):
        return False
    line_start = tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws
    return tok.ent_type_ in ("DATE", "TIME") or line_start and tok.text.isdigit() and len(tok.text) == 4


def reported_second_act(verb) -> bool:
    """'The ministry said X condemned the attack and called for an inquiry': a cue verb coordinated with a reported
    clause's verb of stating a position (a readout verb: condemned, welcomed, reaffirmed ...), in its tense, with no
    subject of its own, after a named subject, is that subject's second act (reported too), not the reporter's next
    one ('X said Congress had delayed aid and called for ...', 'X said Y targeted him and accused Y of ...', and 'X
    said he never questioned it and repeatedly said ...': X's own)."""
    from .readout_content import readout_cues  # (readout_content imports this module)
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ") or verb.tag_ != head.tag_ or \
            head.head.i > head.i or not is_cue_token(verb):
        return False
    cues = readout_cues()
    if head.lemma_.lower() not in cues.object_verbs | cues.clause_verbs | cues.express_verbs:
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("PROPN", "NOUN") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
        not any(c.dep_ == "dobj" and c.lemma_ == subj.lemma_ for c in verb.children)


def subject_of(verb):
    """The token naming who does ``verb``, climbing through saying/adding/xcomp/conj chains (a function of the
    parse: worked out once per verb and document, kept in the view's memo; the steps ask for the same verbs again)."""
    memo = doc_view(verb.doc).memo
    key = ("subject_of", verb.i)
    if key not in memo:
        subj = next(subject_candidates(verb), None)
        memo[key] = subj if subj is None else addressed_name(subj) or subj  # 'QUESTION: Lena, the Minister said'
    return memo[key]


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
    named = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1), None)
    if named is None and verb.dep_ in ("xcomp", "advcl") and _noun_read_verb(verb.head):
        named = next((c for c in verb.head.children if c.dep_ == "compound" and c.i == verb.head.i - 1), None)
        if named is not None:  # 'The Speaker intervenes to say ...': 'intervenes' read as a plural noun
            yield named
            if not through_ccomp:
                return
    if named is not None and verb_tagged_noun(verb):
        yield named  # 'Farage mutters that ...' read as one noun phrase: the name before the verb speaks
        if not through_ccomp:
            return
    dashed = dash_opened_subject(verb)
    if dashed is not None:  # 'X - a crossbench peer - said' with 'said' read as a modifier: X speaks
        yield dashed
        if not through_ccomp:
            return
    quoted = _quoted_agent(verb)
    if quoted is not None:  # 'X was branded "a disgrace" by Y': Y speaks, not X
        yield quoted
        if not through_ccomp:
            return
    stray = stray_finite(verb)
    if stray is not None and is_cue_token(verb):
        v = stray  # 'the need to act and urged X to ...' (finite_conjuncts): the act of the clause above, its subject
    for _ in range(6):
        agent = None
        found = None
        for c in v.children:
            if c.is_punct or time_stamp(c) and any(g.dep_ == c.dep_ and g.i > c.i for g in v.children):
                continue  # a stray '.' the parser made a subject; a live page's '1243 Jo Roe tweets:'
            if in_dateline(c):
                found = past_dateline(c, ()) if c.dep_ in ("nsubj", "nsubjpass") else None
                if found is not None:
                    break  # 'DENVER (AP) — Colorado's governor said': the apposition after the dateline speaks
                continue  # a dateline ('LONDON -') the parser made a subject
            if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and v.lemma_ not in ADDRESSEE_VERBS and (
                    v.lemma_ in ("quote", "cite") or not any(g.dep_ == "agent" for g in v.children))):
                found = antecedent(v.head) if c.lower_ in RELATIVE and v.dep_ == "relcl" else c
                if found.i == c.i:
                    found = _nearest_subject(v, c)
                break
            if c.dep_ == "agent" and (v.tag_ == "VBN" or any(g.dep_ == "auxpass" for g in v.children)):
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)  # not 'called for restraint by all
                # parties' (an active verb the parser gave an agent): the doer of the restraint, not the speaker
        if found is None and agent is not None:
            found = agent
        if found is None and v is verb:  # 'Vostria has from the very beginning reiterated that ...': the parser
            found = next((g for c in v.children if c.dep_ == "aux" and c.i < v.i and c.tag_ in ("VBZ", "VBD", "VBP")
                          and c.lemma_ in ("have", "be", "do") for g in c.children  # hung the subject on the
                          if g.dep_ in ("nsubj", "nsubjpass") and g.right_edge.i == c.i - 1), None)  # auxiliary
        if found is None and v.dep_ in ("advcl", "conj", "dep"):
            found = object_as_subject(v)  # 'officials who said Cohen -- his lawyer -- acknowledged that ...'
        if found is None and v is verb and v.dep_ in ("ccomp", "conj"):
            found = asked_aside_subject(v)  # 'Mr. X, asked if he backed Y, said ...'
        if found is None and v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_.lower() in ("quote", "cite"):
            found = next((c for c in v.head.head.children if c.dep_ == "dobj"), None)  # 'X quoted Y as saying'
        if found is None and v is verb and v.tag_ == "VBG":
            found = sender(carrier(v))  # 'released a statement from her doctor declaring ...': the doctor
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
        if v.dep_ not in CLIMB or v.head.i == v.i:
            return
        owner = _relative_conjunct_owner(v) if found is None else None
        if owner is not None:  # 'He offered any help X may require and pledged to ...': the main clause's act
            v = owner
            continue
        controller = _object_controller(v) if found is None and v is verb else None
        if controller is not None:  # 'prompted Vieira to ask', 'asked Bill Clinton to urge': the object does it
            yield controller
            if not through_ccomp:
                return
        if v.dep_ == "ccomp" and not through_ccomp and v.head.lemma_.lower() not in ("begin", "continue", "go",
                                                                                       "start", "try"):
            return
        v = v.head


def clear_opening_clause(made):
    """'made clear the people of X stand with Y': the parser hung 'clear' on the verb of the clause after it (the
    clause 'made' reports); that clause, else None."""
    doc = made.doc
    nxt = doc[made.i + 1] if made.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in MADE_PLAIN or nxt.head.i == made.i:
        return None
    clause = nxt.head
    return clause if clause.head.i == made.i and clause.dep_ in ("ccomp", "advcl") and clause.left_edge.i == nxt.i and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) else None


def _relative_conjunct_owner(verb):
    """A past verb without a subject or auxiliary that the parser coordinated with the verb of a relative clause
    holding a modal or 'to' ('He offered any assistance Italy may require and pledged to stay in close contact'):
    it cannot share that modal, so it goes on from the clause the relative one describes an object of - that
    clause's verb ('offered'); else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "relcl" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) or \
            not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in head.children):
        return None
    noun = head.head
    owner = noun.head if noun.dep_ in ("dobj", "pobj", "attr") else None
    while owner is not None and owner.pos_ == "ADP" and owner.head.i != owner.i:  # a root is its own head
        owner = owner.head
    return owner if owner is not None and owner.pos_ in ("VERB", "AUX") and owner.tag_ == "VBD" and \
        owner.i < verb.i else None


def _quoted_agent(verb):
    """'X was accused of "..." by Y', 'it was branded "a blatant attack" by Y': a passive cue whose agent follows
    the quoted words, where the parser hangs 'by Y' inside the quoted complement instead of on the verb. Y's
    token, else None."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ == "agent" for c in verb.children):
        return None
    doc = verb.doc
    opened = False
    for t in doc[verb.i + 1:min(len(doc), verb.i + 30)]:
        if t.is_space and "\n" in t.text or t.text in (".", ";", "?", "!") and not opened:
            return None
        if t.text in QUOTE_MARKS or t.text in ("\u2018", "\u2019", "'"):
            opened = True
            continue
        if t.lower_ == "by" and opened and doc[t.i - 1].text in QUOTE_MARKS | {"\u2019", "'"} and verb.is_ancestor(t):
            return next((g for g in t.children if g.dep_ == "pobj"), None)
    return None


PERSONAL_OBJECTS = {"him", "her", "them", "us", "me"}


def _object_controller(verb):
    """For an infinitive hung on a verb with a person as its object ('prompted him to hint that ...', 'asked X to
    urge ...'), that object: who does what the infinitive says. Not a thing ('used the speech to argue': the
    subject argues)."""
    if verb.dep_ != "xcomp" or verb.head.i > verb.i or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
    if obj is None or not (obj.lower_ in PERSONAL_OBJECTS or obj.pos_ == "PROPN" and obj.ent_type_ in
                           ("PERSON", "ORG", "NORP", "GPE", "")):
        return None
    return obj


def _nearest_subject(verb, first):
    """Of two subjects the parser gave one verb ('New York - In his first speech, Sen. X said', 'AUGUSTA, Me. -
    X, the governor, declared', a transcript's 'Q: X said ...'), the one nearest before the verb: the other is a
    dateline, a run-on or a line label."""
    if first.i > verb.i:
        return first
    doc = verb.doc
    after = doc[first.right_edge.i + 1] if first.right_edge.i + 1 < len(doc) else None
    vocative = after is not None and after.text == "," and first.left_edge.i == sent_of(first).start  # 'Colleagues,
    # my Foreign Secretary said ...', 'Mr President, the Council has agreed ...': whom a speech addresses
    if first.ent_type_ not in ("GPE", "LOC") and not vocative and \
            not (after is not None and after.text in DATELINE_DASHES | {"."}) and not line_label_subject(first):
        return first  # two people: the parse is off, and the first is as good a guess as the second
    best = first
    for c in verb.children:
        if c.i > best.i and c.i < verb.i and c.dep_ == first.dep_ and not c.is_punct:
            best = c
    return best


def line_label_subject(tok) -> bool:
    """``tok``'s phrase opens its sentence and a colon follows it ('Q: X said ...', 'MR ROE: The Minister said
    ...'): a transcript's speaker label, not a subject."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and tok.left_edge.i == sent_of(tok).start


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
    if g.dep_ in ("prep", "dative") and g.head.i != g.i:
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


DATELINE_DASHES = {"-", "--", "\u2014", "\u2013", "\u2015", "/"}
