"""Reported clauses the parser hung on the wrong word, found from the cue verb: a told clause after the
addressee, a clause after an adverbial ('maintained in interviews that, one way or another, ...'), the question
of a passive 'asked by X whether ...' with its asker, a fronted clause whose speaker the parser made an
apposition ('<clause>, the committee's senior Democrat said'), a closing attribution whose cue the parser hung on
a word of the clause or whose inverted subject it read as an object ('<clause>, reported broadcaster X')."""
from __future__ import annotations

from .clause_bounds import FRONTING, _clause_end
from .cues import speech_cues
from .fronted_spans import _abbreviation_at, fronted_span
from .speakers import ADDRESSEE_VERBS
from .text_lines import line_bounds


def _told_bare_clause(cue) -> tuple[int, int] | None:
    """'after telling Fox News he supported the invasion', 'Telling the crowd this is their moment, X ...': the
    parser hung the told clause on another verb; the clause whose subject follows the addressee is what was told."""
    if cue.lemma_.lower() != "tell" or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    doc = cue.doc
    if obj is None or obj.right_edge.i + 1 >= len(doc):
        return None
    first = doc[obj.right_edge.i + 1]
    subj = first if first.dep_ == "nsubj" else next((t for t in doc[first.i:first.i + 4] if t.dep_ == "nsubj" and
                                                      t.left_edge.i == first.i), None)
    if subj is None or subj.left_edge.i != first.i or subj.pos_ not in ("PRON", "PROPN", "NOUN"):
        return None
    verb = subj.head
    if verb.i <= subj.i or verb.pos_ not in ("VERB", "AUX") or cue in verb.subtree or \
            verb.sent.start != cue.sent.start:
        return None
    return first.i, _clause_end(verb)


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
CLAUSE_CUES = frozenset(speech_cues().clause_verbs) - (frozenset(speech_cues().object_verbs) -
                                                       frozenset(speech_cues().roles["addressee_verbs"]))
NOT_SPEECH = frozenset(speech_cues().roles["not_speech_heads"])
DISPLACED_STOPS = {";", ":", '"', "\u201c", "\u201d", "(", "--", "\u2014", "\u2013"}
THAT_SUBORDINATORS = {"so", "such", "now", "given", "provided", "except", "order", "save", "but", "and", "or"}
NOUNS_WITH_CLAUSE = frozenset(speech_cues().cue_nouns) | frozenset(speech_cues().roles["view_nouns"]) | \
    frozenset(speech_cues().document_nouns) | {"fact", "news", "idea", "sign", "signal", "evidence", "proof", "notion"}
CITING = frozenset(speech_cues().roles["citing_verbs"])
NO_SAY_MODALS = {"would", "could", "might", "may", "should", "must", "can", "will", "'ll", "\u2019ll", "wo", "ca"}


def _displaced_clause(cue, index) -> tuple[int, int] | None:
    """'maintained in interviews that, one way or another, ...', 'told the paper days after the election that he
    wanted ...', 'said, as a taxpayer, he is not willing ...': a cue verb of saying with no clause of its own,
    because the parser hung the clause after an adverbial on a word of the adverbial (or made it an unmarked
    adverbial clause). The clause after the adverbial, with its own subject and finite verb, is what was said.
    Nothing for a negated, modal, subjectless passive or 'wanted to say' cue ('did not say', 'would not say')."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in CLAUSE_CUES or index.in_quote(cue.idx) is not None:
        return None
    kids = list(cue.children)
    if any((c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > cue.i) or c.dep_ == "neg" or
           (c.dep_ == "aux" and c.lower_ in NO_SAY_MODALS) for c in kids):
        return None
    perfect = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in kids)  # "he's maintained"
    if (not perfect and any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)) or \
            (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in NOT_SPEECH) or cue.tag_ == "VBN" and \
            not any(c.dep_ in ("aux", "auxpass") for c in kids) and cue.dep_ not in ("conj", "ROOT"):
        return None
    doc = cue.doc
    cited = _cited_clause(cue, doc)
    if cited is not None:
        return cited
    s0, s1 = index.sentence(cue.i)
    s1 = min(s1, len(doc))
    unmarked = next((c for c in kids if c.dep_ == "advcl" and c.i > cue.i + 1 and c.tag_ in FINITE_TAGS[:3] and
                     doc[cue.i + 1].text == "," and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i
                                                        for g in c.children) and
                     not any(g.dep_ in ("mark", "advmod") and g.i < c.i and g.tag_ in ("IN", "WRB", "RB")
                             for g in c.children)), None)
    if unmarked is not None:  # 'said, as a taxpayer, he is not willing': no subordinator, so a said clause
        first = next((t for t in doc[cue.i + 1:unmarked.i] if t.text == "," and t.i > cue.i + 1), None)
        return ((first.i + 1) if first is not None else unmarked.left_edge.i), _clause_end(unmarked)
    if any(c.dep_ == "dobj" for c in kids) and cue.lemma_.lower() not in ADDRESSEE_VERBS:
        return None  # 'declare an emergency at once that ...': the clause may be the object's
    for j in range(cue.i + 1, min(cue.i + 14, s1 - 2)):
        t = doc[j]
        if t.tag_ in FINITE_TAGS or t.pos_ in ("VERB", "AUX") or t.text in DISPLACED_STOPS or \
                t.lower_ in ("which", "who", "whom", "whose", "what", "whether", "if", "because", "when", "while"):
            return None
        if t.lower_ != "that" or j == cue.i + 1:
            continue
        prev = doc[j - 1]
        channel = prev.dep_ == "pobj" and prev.head.head.i == cue.i  # 'said in a statement that ...'
        if prev.text == "," or prev.lower_ in THAT_SUBORDINATORS or \
                (prev.lemma_.lower() in NOUNS_WITH_CLAUSE and not channel):
            return None  # 'so that ...', 'his claim that ...': a subordinate clause or the noun's own clause
        verb = next((v for v in doc[j + 1:min(j + 10, s1)] if v.dep_ in ("nsubj", "nsubjpass", "expl") and
                     v.head.i > v.i and v.head.pos_ in ("VERB", "AUX") and v.head.i < s1), None)
        if verb is None:
            return None
        head = verb.head
        own = t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and doc[j + 1].text != "," and t.head.i in (
            head.i, *[x.i for x in head.children if x.dep_ == "xcomp"]) and \
            sum(1 for x in t.head.children if x.dep_ == t.dep_) < 2
        if head.i == cue.i or cue in head.subtree or own:
            return None  # 'said in the letter that he wrote': 'that' is the relative clause's own object
        if not any(v.tag_ in FINITE_TAGS for v in [head, *head.children] if v.dep_ in ("ROOT", "aux", "auxpass") or
                   v is head):
            return None
        return j + 1, max(_clause_end(head), head.i + 1)
    return None


GAP_FILLERS = ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative")  # a clause with these has no gap


def _clause_in_adjunct(cue, index) -> tuple[int, int] | None:
    """'told lawmakers during a closed-door session the army had moved two brigades ...', 'said on Tuesday after a
    cabinet meeting the curfew would be lifted': with no 'that', the parser hangs the said clause inside the
    adverbial before it - a relative clause of its last noun ('a session [the army had moved ...]') or a clause
    the adverbial's 'after' introduces. The clause whose subject follows the adverbial, with its own finite verb,
    is what was said; not a relative clause with a gap ('at the meeting the president attended'), nor a clause
    the adverbial's preposition governs ('after the talks ended')."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in CLAUSE_CUES or index.in_quote(cue.idx) is not None:
        return None
    kids = list(cue.children)
    if any(c.dep_ in ("ccomp", "xcomp", "csubj", "neg", "auxpass", "nsubjpass") or
           (c.dep_ == "aux" and c.lower_ in NO_SAY_MODALS) for c in kids):
        return None
    doc = cue.doc
    pos = cue.i + 1
    told = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    if told is not None:
        if cue.lemma_.lower() not in ADDRESSEE_VERBS or told.left_edge.i != pos:
            return None  # 'declared an emergency during the session ...': the object's
        pos = told.right_edge.i + 1
    adjunct = next((c for c in kids if c.left_edge.i == pos and (c.dep_ == "prep" or c.dep_ == "npadvmod" and
                                                                  c.ent_type_ in ("DATE", "TIME"))), None)
    if adjunct is None:
        return None
    s1 = min(index.sentence(cue.i)[1], len(doc))
    for subj in doc[adjunct.i + 1:min(adjunct.i + 16, s1)]:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ not in ("NOUN", "PROPN", "PRON") or \
                subj.lower_ in ("who", "which", "that", "whom", "what"):
            continue
        verb = subj.head
        if verb.i <= subj.i or verb.i >= s1 or cue not in verb.ancestors or not _finite(verb):
            return None
        between = doc[pos:subj.left_edge.i]
        if any(t.tag_ in FINITE_TAGS or t.text in DISPLACED_STOPS or t.text == "," for t in between):
            return None
        if verb.dep_ == "relcl" and verb.head.i == subj.left_edge.i - 1 and \
                any(c.dep_ in GAP_FILLERS and c.i > verb.i for c in verb.children):
            return subj.left_edge.i, _clause_end(verb)  # 'a session [the army had moved two brigades ...]'
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < subj.i), None)
        if verb.dep_ == "advcl" and verb.head.i == cue.i and mark is not None and \
                any(t.dep_ == "pobj" and t.head.i == mark.i and t.i < subj.left_edge.i for t in doc[mark.i:subj.i]):
            return subj.left_edge.i, _clause_end(verb)  # 'after [a cabinet meeting] [the curfew would be lifted]'
        return None
    return None


def _finite(verb) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                           for c in verb.children)


def _cited_clause(cue, doc) -> tuple[int, int] | None:
    """'X reported, citing two officials, that the cabinet had ...', 'said, quoting a police source, that ...':
    the parser hung the that-clause on the set-off participle naming whom the report relies on; the clause after
    the participle's closing comma is what the cue reports."""
    if cue.i + 2 >= len(doc) or doc[cue.i + 1].text != ",":
        return None
    part = doc[cue.i + 2]
    if part.tag_ != "VBG" or part.lemma_.lower() not in CITING or part.head.i != cue.i:
        return None
    clause = next((c for c in part.children if c.dep_ == "ccomp" and c.i > part.i), None)
    that = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "that"), None) if clause else None
    if that is None or doc[that.i - 1].text != "," or that.i != clause.left_edge.i:
        return None
    return that.i + 1, _clause_end(clause)


MEDIA_ROLES = frozenset(speech_cues().roles["media_roles"])
QUESTION_WORDS = {"whether", "if", "why", "how", "what", "where", "who"}


def _asked_by(doc, index, cue):
    """'X was asked by a reporter whether ...', 'When asked by a reporter if ...', 'X was asked whether she had
    seen the cable by Rep. Y': a passive 'asked' with its asker named after 'by' reports the question it puts
    (the parser hung the question or the agent on another word): ((start, end) of the question, the asker's
    head). None without a named asker ('Asked why ..., he said' names only who was asked)."""
    if cue.lemma_.lower() != "ask" or cue.tag_ not in ("VBN", "VBD") or index.in_quote(cue.idx) is not None or \
            any(c.dep_ in ("nsubj", "neg") for c in cue.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in cue.children) or doc[cue.i - 1].lower_ in ("when", "after", "once")
    if not passive:
        return None
    s1 = min(index.sentence(cue.i)[1], len(doc))
    q = None
    for t in doc[cue.i + 1:min(cue.i + 14, s1)]:
        if t.lower_ in QUESTION_WORDS:
            q = t
            break
        if t.tag_ in FINITE_TAGS or t.text in DISPLACED_STOPS or t.text == ",":
            return None
    if q is None or q.head.i <= q.i or q.head.i >= s1:
        return None
    head = q.head
    agent = next((c for c in cue.children if c.dep_ == "agent" and c.i < q.i), None)
    end = max(_clause_end(head), head.i + 1)
    if agent is None:  # 'asked whether she had seen the cable by Rep. Y': the asker hung on the question's verb
        agent = next((c for c in doc[q.i + 1:end] if c.lower_ == "by" and (c.dep_ == "agent" or (
            c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "ORG", "NORP") or g.lemma_ in
                                                         MEDIA_ROLES) for g in c.children))) and not any(
            g.dep_ == "auxpass" for g in c.head.children)), None)
        if agent is None:
            return None
        end = agent.i
    asker = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if asker is None or asker.pos_ not in ("NOUN", "PROPN"):
        return None
    return (q.i, end), asker


def _lost_subject_front(doc, index, cue):
    """'<clause>, the committee's senior Democrat said on Wednesday, ...' parsed with the speaker as an
    apposition inside the clause and the cue as its conjunct: ((start, end) of the clause, the speaker's head)."""
    if cue.dep_ != "conj" or cue.tag_ != "VBD" or cue.lemma_.lower() not in FRONTING or cue.head.i > cue.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "neg", "aux") for c in cue.children) or \
            any(c.dep_ == "cc" and c.i < cue.i for c in cue.head.children):
        return None
    s0, _ = index.sentence(cue.i)
    j = cue.i - 1
    while j > s0 and doc[j].text != "," and cue.i - j <= 8:
        j -= 1
    if doc[j].text != "," or j >= cue.i - 1 or j - s0 < 4:
        return None
    phrase = doc[j + 1:cue.i]
    heads = [t for t in phrase if not (j < t.head.i < cue.i) or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[s0:j]):
        return None
    return (s0, j), heads[0]


TAIL_CUES = FRONTING
ROLE_OPENERS = {"the", "a", "an", "its", "his", "her", "their", "our"}
TAIL_STOPS = {"as", "after", "while", "when", "before", "since", "because", "though", "although", "following",
              "during", "until", "amid", "without", "citing", "quoting", "adding"}
PHRASE_STOPS = {"that", "which", "who", "whom", "whose", "what", "whether", "if", "but", "because", "when", "while",
                "as"}  # '..., and, as X notes, <clause>': the aside is about the clause after it


def _comma_before(doc, s0: int, i: int, limit: int = 14) -> int | None:
    """The nearest comma before token ``i`` in its sentence (from ``s0``), at most ``limit`` tokens back."""
    j = i - 1
    while j > s0 and doc[j].text != "," and i - j <= limit:
        j -= 1
    return j if j > s0 and doc[j].text == "," else None


def _bare(phrase) -> bool:
    """A noun phrase of an attribution: no verb, relative or subordinating word, quotation mark or line break."""
    return len(phrase) <= 14 and not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in PHRASE_STOPS or t.text in DISPLACED_STOPS or "\n" in t.text
        for t in phrase) and not (len(phrase) and phrase[0].dep_ == "cc")


def _name_run(phrase) -> bool:
    """A person's name standing alone between commas ('Dr. Ana Bell', 'Omar Dune')."""
    return 0 < len(phrase) <= 5 and all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in phrase) and \
        any(t.ent_type_ == "PERSON" for t in phrase)


def _tail_attribution(doc, index, cue):
    """'<clause>, Estavian Foreign Ministry spokeswoman X said.', '<clause>, reported public broadcaster NHK.',
    '<clause>, a spokesman told reporters on Monday.' (also a past tense the tagger read as a participle, VBN with
    its own subject and no passive: '<clause>, the country's trade minister announced'): a closing attribution
    after a comma whose cue the parser hung on a word of the clause (a relative clause of a noun in it, a conjunct, an adverbial clause) or whose
    inverted subject it read as an object. The cue reports no clause of its own; its subject phrase (or, inverted,
    the noun phrase right after it) names the speaker and nothing but time, place, addressee or a subordinate
    clause follows. ((start, end) characters of the clause from its sentence start to the comma, the speaker's
    head), or None."""
    if cue.lemma_.lower() not in TAIL_CUES or index.in_quote(cue.idx) is not None or \
            not (cue.tag_ in ("VBD", "VBZ", "VBP") or (cue.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ == "nsubj" and c.i < cue.i for c in cue.children)
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children))) or \
            any(c.dep_ in ("ccomp", "xcomp", "csubj", "neg") and c.i > cue.i for c in cue.children) or \
            any(c.dep_ == "aux" and c.lower_ in NO_SAY_MODALS for c in cue.children):
        return None
    s0, s1 = index.sentence(cue.i)
    s1 = min(s1, len(doc))
    if 0 < s0 < cue.i and doc[s0].text == ",":
        s0 = index.sentence(s0 - 1)[0]  # the parser split the sentence at the comma before the credit (after a
        # dateline: 'CITY, May 1 (Agency) \u2014 <clause>, | the minister said')
    j = _comma_before(doc, s0, cue.i)
    if j is None or not _bare(doc[j + 1:cue.i]):
        return None
    name = None
    j2 = _comma_before(doc, s0, j)
    if j2 is not None and _bare(doc[j2 + 1:j]):  # '<clause>, X, the agency's chief, told reporters'
        if _name_run(doc[j2 + 1:j]):
            name, j = doc[j - 1], j2  # '<clause>, Omar Dune, spokesman from the ministry said'
        elif j + 1 == cue.i:
            j3 = _comma_before(doc, s0, j2)
            if j3 is not None and _name_run(doc[j3 + 1:j2]):
                name, j = doc[j2 - 1], j3
    if name is not None:  # '<clause>, the press secretary, X Y, told ...'
        j3 = _comma_before(doc, s0, j)
        m = j3 + 1 if j3 is not None else j
        while m < j and doc[m].is_quote:
            m += 1  # '"...,' the press secretary, X Y, told ...'
        if j3 is not None and _bare(doc[m:j]) and doc[m].lower_ in ROLE_OPENERS:
            j = j3
    phrase = doc[j + 1:cue.i]
    k = _comma_before(doc, s0, j, limit=len(doc)) or s0
    if any(t.lemma_.lower() in TAIL_CUES and t.pos_ == "VERB" for t in doc[k + 1:j]):
        return None  # '<clause>, the minister said, AFP reports': the minister's words, relayed (indirect_relays)
    after = cue.i + 1
    if phrase:  # '<clause>, X said'
        person = next((t for t in phrase if t.ent_type_ == "PERSON"), None)
        while person is not None and person.i + 1 < cue.i and doc[person.i + 1].ent_type_ == "PERSON" and \
                doc[person.i + 1].ent_iob_ == "I":
            person = doc[person.i + 1]  # the name's last word: '..., the spokesperson for X Ahmed Dune announced'
        head = name or person or next((c for c in cue.children if c.dep_ == "nsubj" and j < c.i < cue.i), None) or next(
            (t for t in phrase if t.pos_ in ("NOUN", "PROPN") and not (j < t.head.i < cue.i)), None)
        obj = next((c for c in cue.children if c.dep_ in ("dobj", "attr") and c.i > cue.i), None)
        if head is None or (obj is not None and obj.ent_type_ not in ("DATE", "TIME") and
                            cue.lemma_.lower() not in ADDRESSEE_VERBS):
            return None  # 'Unlike his rival, the candidate said nothing'
    elif cue.lemma_.lower() == "tell":
        return None  # '"...," X, a spokesman, told AFP': whom it was told, not who said it ('<clause>, warned
        # the engineer' inverts its subject like 'reported public broadcaster NHK')
    else:  # '<clause>, reported public broadcaster NHK': the subject after the cue, read as its object
        head = next((c for c in cue.children if c.dep_ in ("dobj", "nsubj", "attr") and c.i > cue.i and
                     c.left_edge.i == cue.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None
        after = head.right_edge.i + 1
    if head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "CARDINAL") and head.i not in index.tok2ent:
        return None
    for n, t in enumerate(doc[after:s1], after):
        if t.text == "," and any(g.lemma_.lower() in TAIL_CUES and g.tag_ in FINITE_TAGS for g in doc[n + 1:s1]):
            return None  # '<clause>, the minister said, AFP reports': relayed words (indirect_relays)
        if t.text in (",", ";", ".", "\n") or t.lower_ in TAIL_STOPS or "\n" in t.text:
            break
        if t.lower_ in PHRASE_STOPS or (t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS):
            return None  # '..., and officials said the talks ...' or a clause of the cue's own
    text = index.text
    a, b = line_bounds(text, cue.idx)
    line = text[a:b].rstrip()
    if not line.endswith((".", "!", "?", '"', "\u201d", "'", "\u2019")):
        return None  # a headline ('<words>, police say'): headline_quotes.py and telegraphic_said read those
    span = fronted_span(doc, index, doc[j].idx)
    if span is None:
        return None
    if text[span[0]:span[0] + 1] in ('"', "\u201c") and any(
            ch in ('"', "\u201d") for ch in text[span[1] - 2:span[1] + 3]):
        return None  # '"...," the press secretary, X, told reporters': a direct quote (direct_quotes.py)
    return span, head


def _as_reported(doc, index, cue):
    """'<clause>, as reported by Harbor Times.', '<clause>, as the Gazette reported on Sunday.', '<clause>, as stated by
    the ministry': a closing 'as' clause of a report verb crediting the source of the main clause, set off by a comma;
    its agent or subject is the speaker, and nothing but a time, place or channel follows. ((start, end) characters of
    the clause from its sentence start to the comma, the speaker's head), or None."""
    if cue.lemma_.lower() not in AS_REPORT_CUES or cue.dep_ not in ("advcl", "acl", "ROOT") or cue.head.i > cue.i or \
            index.in_quote(cue.idx) is not None:  # (the parser may make a closing 'as reported by X' the root)
        return None
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i), None)
    if mark is None or mark.i < 2 or doc[mark.i - 1].text != ",":
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "neg") and c.i > mark.i or c.dep_ == "aux" and c.tag_ == "MD"
           for c in cue.children):
        return None  # 'as the minister said he would', 'as X told Y': a clause or object of its own
    agent = next((c for c in cue.children if c.dep_ == "agent" and c.i > cue.i), None)
    if agent is not None:
        head = next((g for g in agent.children if g.dep_ == "pobj"), None)
    else:
        head = next((c for c in cue.children if c.dep_ == "nsubj" and mark.i < c.i < cue.i), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or cue.right_edge.i + 1 < index.sentence(cue.i)[1] and \
            doc[cue.right_edge.i + 1].text not in (".", "!", "?", "\n"):
        return None  # not 'as he said', nor a clause running on past the credit
    line = index.text[slice(*line_bounds(index.text, cue.idx))].rstrip()
    if not line.endswith((".", "!", "?", '"', "\u201d")):
        return None
    span = fronted_span(doc, index, doc[mark.i - 1].idx)
    if span is None:  # 'Recently, <clause>, as reported by X': an adverb may open the reported clause here
        text, comma = index.text, doc[mark.i - 1].idx
        start = line_bounds(text, cue.idx)[0]
        k = max(text.rfind(stop, start, comma) for stop in (". ", "? ", "! "))
        while k >= 0 and text[k] == "." and _abbreviation_at(text, k):
            k = max(text.rfind(stop, start, k) for stop in (". ", "? ", "! "))  # not 'Mr. X', 'U.S. forces'
        start = k + 2 if k >= 0 else start
        words = doc.char_span(start, comma, alignment_mode="contract")
        if words is None or len(words) < 4 or not any(t.tag_ in FINITE_TAGS for t in words):
            return None
        span = start, doc[mark.i - 1].idx
    return span, head


AS_REPORT_CUES = frozenset({"report", "state", "announce", "say", "note", "confirm", "claim", "allege", "write",
                            "disclose", "reveal"})
