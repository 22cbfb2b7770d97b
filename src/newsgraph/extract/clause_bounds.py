"""Where a reported clause starts and ends: trimming a span to its words, cutting what trails the clause
(time clauses, participles, a second cue verb, 'which' clauses), keeping to the cue's paragraph, datelines,
clauses standing in quotation marks, and the fronted clause ('<clause>, the ministry said')."""
from __future__ import annotations

from .clause_appositives import _describes_noun, _open_list, _serial_list
from .cues import speech_cues
from .sentence_view import doc_text as whole_text  # (this module has a doc_text of its own)
from .sentence_view import doc_view
from .speaker_syntax import reported_second_act
from .speakers import is_cue_token
from .text_lines import line_bounds

FRONTING = speech_cues().roles["fronting_verbs"]
MEETING_VERBS = frozenset(speech_cues().roles["occasion_meeting_verbs"])
SPEAKING = frozenset(speech_cues().roles["speaking_verbs"])  # ', speaking after a cabinet meeting': the occasion
TIME_MARKS = {"as", "during", "amid"}
CLAUSE_TIME_MARKS = {"after", "before"}
DASHES = {"--", "\u2014", "\u2013"}


def _span_chars(doc, start: int, end: int, after_cue: bool = True) -> tuple[int, int] | None:
    """Character bounds of tokens [start, end) without a leading 'that' or surrounding punctuation; a date
    leading a clause that follows its cue is when it was said, one leading a clause before it is part of it."""
    marked = False
    view = doc_view(doc)  # (the view's lists: no Token per test)
    texts, lowers, deps, punct = view.text, view.lower, view.dep, view.punct
    while start < end and (punct[start] and texts[start] not in ('"', "“", "‘")
                           or (lowers[start] == "that" and (deps[start] == "mark" or start + 1 < end
                                                            and view.pos[start + 1] not in ("VERB", "AUX")))
                           or deps[start] == "cc" or texts[start].isspace()):
        marked = marked or lowers[start] == "that"
        start += 1
    lead = doc[start] if start < end else None
    if after_cue and not marked and lead is not None and lead.dep_ in ("prep", "npadvmod") and \
            lead.right_edge.i + 2 < end and all(t.ent_type_ in ("DATE", "TIME") for t in lead.subtree
                                                if t.i != lead.i or lead.dep_ == "npadvmod"):
        start = lead.right_edge.i + 1  # 'said on Wednesday it had ...': the date is when it was said; not
        # 'said that on Tuesday the troops would ...' (after 'that' the date is part of what was said)
        while start < end and (lowers[start] == "that" and deps[start] == "mark" or texts[start] == ","):
            start += 1
    while end > start and ((punct[end - 1] and (texts[end - 1] not in ('"', "”", "’", "'", ")") or
                                                view.tag[end - 1] == "``"))
                           or texts[end - 1].isspace() or deps[end - 1] == "cc"):
        end -= 1
    if end <= start:
        return None
    return view.idx[start], view.idx[end - 1] + len(texts[end - 1])


def doc_text(tok, offset: int) -> str:
    """Text of the token ``offset`` places from ``tok`` ('' past either end)."""
    j = tok.i + offset
    return tok.doc[j].text if 0 <= j < len(tok.doc) else ""


def _child_start(c) -> int:
    if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "to") and c.left_edge.i == c.i:
        return c.i + 1
    return c.left_edge.i


CHANNELS = frozenset(speech_cues().channel_nouns)


def _speech_occasion(prep) -> bool:
    """'during an interview', 'during a hearing on Tuesday': the occasion of the statement, not of its content
    ('he will not meet X during his visit' keeps its time)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and obj.lemma_.lower() in CHANNELS


def _clause_end(head) -> int:
    """End of a reported clause, leaving out what trails it: a time clause ('as he made a swing'), a
    participle after a comma ('..., focusing on ...'), a second cue verb ('... and said ...') or a
    non-restrictive 'which' clause that is no part of what was said (``_comment_which``). Walks down the right edge
    of the clause."""
    doc = head.doc
    view = doc_view(doc)
    texts = view.text
    end = head.right_edge.i + 1
    node = head
    speaker = next((a for a in head.ancestors if is_cue_token(a)), None)
    fronted = speaker is not None and speaker.i > head.right_edge.i  # '<clause>, the paper said': the reporter's
    # words come after the clause, so nothing inside it (not even a second act: 'X said A and pledged B, the
    # paper reported') is the reporter's comment
    for _ in range(12):
        kids = [c for c in node.rights if not c.is_punct and c.dep_ != "cc" and c.right_edge.i < end]
        if not kids:
            break
        c = kids[-1]
        if c.right_edge.i + 1 < end - 1 or (c.right_edge.i + 1 == end - 1 and not view.punct[end - 1]):
            break
        first = c.left_edge
        after_comma = first.i > 0 and texts[first.i - 1] in (",", ";", "--", "\u2014", "\u2013") or \
            _after_dash(doc, first) or quoted_comma(doc, first.i)  # ' - a claim disputed by X': a hyphen set off
        # by spaces is a dash; 'was "a fair deal," citing ...': the comma stands inside the closing mark
        if fronted and not (after_comma and first.lower_ == "according"):
            node = c
            continue
        if c.dep_ == "prep" and doc[first.i - 1].tag_ == "``" and not doc[first.i - 2].is_punct and \
                not any(is_cue_token(t) for t in c.subtree):
            node = c  # '... in the strait "amid the coast guard's constant harassment"': quoted, the speaker's words
            continue
        if (c.dep_ == "advcl" and first.lower_ in TIME_MARKS and first.i > head.i + 1 and first.i + 1 < end
                and not _comparative_as(doc, first) and not _said_as_clause(c, first, node)) or \
                (c.dep_ == "prep" and first.lower_ in ("during", "amid") and first.i > head.i + 1 and
                 (first.lower_ == "amid" or after_comma or _speech_occasion(c))) or \
                (c.dep_ == "prep" and first.lower_ == "in" and after_comma and first.i > head.i + 1 and
                 _speech_occasion(c)) or \
                (c.dep_ == "prep" and first.lower_ in ("despite", "amid", "without") and after_comma) or \
                (c.dep_ in ("appos", "npadvmod", "dep", "dobj") and after_comma and first.pos_ in ("DET", "ADJ") and
                 c.pos_ == "NOUN" and (c.dep_ != "dobj" or any(k.dep_ == "dobj" and k.i < c.i for k in node.children))
                 and not _serial_list(c) and not _describes_noun(c) and not (quoted_comma(doc, first.i) and  # '"X,"
                                                  any(g.dep_ == "conj" for g in c.children))) or \
                (c.dep_ == "advcl" and first.lower_ in CLAUSE_TIME_MARKS and first.i > head.i + 1 and after_comma) or \
                (c.dep_ == "advcl" and first.tag_ == "VBG" and after_comma and not _open_list(doc, first) and (
                    not _stative(node) and not _standing_claim(_finite_verb(node, head)) or
                    first.lemma_.lower() in SPEAKING or any(is_cue_token(t) for t in c.subtree))) or \
                (c.dep_ == "conj" and is_cue_token(c) and not _reported_conjunct(c) and not reported_second_act(c) and
                 not (_other_tense(c, speaker) and not _own_subject(c)) and
                 not (speaker is not None and any(g.dep_ == "nsubj" and takes_up(g, speaker, node) for g in c.children)) and
                 (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "aux" for g in c.children) or
                  _speech_participle_after(c, node))) or \
                (c.dep_ == "conj" and (_past_act_after(c, node, speaker) or _narrative_conjunct(c, node, speaker))) or \
                (c.dep_ == "relcl" and after_comma and first.lower_ == "which" and _comment_which(doc, first.i, end)) or \
                (after_comma and first.lower_ == "according") or \
                (after_comma and c.dep_ in ("advcl", "conj") and first.lower_ in ("while", "whereas") and
                 not _said_while_clause(c, node, speaker)) or \
                (after_comma and c.dep_ == "advcl" and first.lower_ in ("though", "although") and first.i > head.i) or \
                (_after_dash(doc, first) and (first.lower_ in ("though", "although", "but") or
                                              first.lower_ == "even" and doc_text(first, 1).lower() == "though")):
            end = first.i
            continue
        node = c
    if fronted:
        return end
    lowers = view.lower
    for i in range(head.i + 1, end - 1):
        if (texts[i] == "," or quoted_comma(doc, i + 1)) and lowers[i + 1] == "which" and \
                i > (head.left_edge.i + end) // 2 and \
                _comment_which(doc, i + 1, end):
            return i
    return end


def quoted_comma(doc, i: int) -> bool:
    """A comma closes the phrase before token ``i`` inside a closing quotation mark (American style: 'said the plan
    was "a fair deal," citing ...'), set off as a comma outside it would be."""
    if i < 2:
        return False
    view = doc_view(doc)  # (the view's lists: no Token per test)
    texts = view.text
    return texts[i - 1] in ('"', "\u201d", "''") and texts[i - 2] == "," and view.tag[i - 1] != "``"


def _after_dash(doc, first) -> bool:
    """A dash stands before ``first``: a long dash, or a hyphen set off by spaces (' - even though ...')."""
    if first.i < 2:
        return False
    prev = doc_view(doc).text[first.i - 1]
    return prev in DASHES or prev == "-" and bool(doc[first.i - 2].whitespace_) and bool(doc[first.i - 1].whitespace_)


OCCASION_SUBJECTS = {"he", "she"}
LINE_ENDS = (".", "?", "!", '"', "\u201d", "'", "\u2019", ")")


def _said_as_clause(clause, mark, verb) -> bool:
    """'said it could not take place as the Rohingyas had declined to go back', 'says a coalition could lead to
    gridlock as the two sides differ sharply', 'said it was significant as it marked ...': an 'as' clause with a
    subject of its own inside the reported clause gives its reason or its scene, and is part of what was said.
    Not the speaker's occasion ('as she arrived in Brussels'; 'he'/'she' unless in the pluperfect, a reason: 'as he
    had not been able to ...'), nor the reporter's present after a past clause ('claimed X was under a junta as
    reports of violence continue'), nor a clause with a cue or a meeting verb of its own ('as he emphasised ...',
    'as they also discussed ...'), nor a headline's news peg ('X says Y as protests dwindle')."""
    doc = clause.doc
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < clause.i), None)
    if mark.lower_ != "as" or subj is None:
        return False  # 'as promised', 'as did X'
    form, outer = verb_form(clause), verb_form(verb)
    if subj.lower_ in OCCASION_SUBJECTS and not (form == "past" and any(
            g.lemma_ == "have" and g.dep_ == "aux" for g in clause.children)) and not _future_scene(clause, form, verb):
        return False
    if form == "present" and outer == "past":
        return False
    if any((is_cue_token(t) and not _thing_subject(t)) or t.lemma_.lower() in MEETING_VERBS
           for t in clause.subtree if t.pos_ in ("VERB", "AUX")):
        return False
    text = whole_text(doc)
    start, stop = line_bounds(text, mark.idx)
    return text[start:stop].rstrip().endswith(LINE_ENDS)


def _future_scene(clause, form: str, verb) -> bool:
    """'has said he will work to restore faith in the courts as he leads the country's first elected government':
    a present 'as' clause in a reported future ('will', under a cue in the past or perfect, not a live page's
    'says') is the scene the speaker gives his plan, not the occasion he spoke on (that is in the past: 'as he
    arrived')."""
    if form != "present":
        return False
    finite = verb
    while finite.dep_ in ("xcomp", "advcl") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in finite.children):
        finite = finite.head
    cue = next((a for a in finite.ancestors if is_cue_token(a)), None)
    return cue is not None and verb_form(cue) in ("past", "perfect") and any(
        g.dep_ == "aux" and g.lower_ in ("will", "shall", "'ll") for g in finite.children)


def _thing_subject(verb) -> bool:
    """'..., as it underlines X's shared history with Y': a cue verb whose subject is 'it' or 'this' tells what
    a thing shows, not another statement."""
    return any(g.dep_ == "nsubj" and g.lower_ in ("it", "this") for g in verb.children)


def _said_while_clause(clause, verb, cue) -> bool:
    """'said the bombings continue, while Hamas and other factions continue to fire rockets', 'said China was the
    biggest developing country, while the United States was the biggest developed one', 'urged them to stabilise
    the region, while maintaining close cooperation with X': a contrast or a manner after a comma inside the
    reported clause goes on with what was said. Not a clause with a cue of its own (', while supporters say ...',
    ', while commending X'), nor a clause with its own subject after a demand (an infinitive or a mandative
    subjunctive: 'vowed to jail his enemies, while street riots rage', 'insisting that Congress appropriate $5
    billion, while Democrats want ...'), nor one in the present after a backshifted clause or under a past cue
    ('announced that it would investigate X, while House Democrats plan to ...'): the reporter's scene."""
    if any(is_cue_token(t) for t in clause.subtree if t.pos_ in ("VERB", "AUX")):
        return False
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < clause.i for g in clause.children):
        return clause.tag_ == "VBG"  # 'while maintaining close cooperation'
    form, outer = verb_form(clause), verb_form(verb)
    subj = next((g for g in verb.children if g.dep_ == "nsubj"), None)
    if outer in ("base", "ing", "other") or verb.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP") \
            and not any(g.dep_ in ("aux", "auxpass") for g in verb.children):
        return False
    past_cue = cue is not None and verb_form(cue) == "past"
    return not (form == "present" and (outer == "past" or past_cue and outer not in ("present", "perfect")))


def _comment_which(doc, which: int, end: int) -> bool:
    """Whether a non-restrictive 'which' clause (from token ``which`` to ``end``) after a reported clause is no part
    of what was said: it reports someone's words itself ('..., which he said is ...', '..., which the ministry
    denied') or stands after a dash ('--which would contradict ...'), the writer's aside. Any other ('... the
    political dialogue, which has been suspended since July') describes what the clause names and goes with it,
    as the genre gold keeps it."""
    if doc[which - 1].text in DASHES or doc[which - 1].text.endswith("-") or \
            doc[which - 1].text == "," and which >= 2 and doc[which - 2].text in DASHES:
        return True
    verb = doc[which].head
    if verb.pos_ == "VERB" and verb_form(verb) in ("past", "perfect") and verb.lemma_ != "be" and \
            not any(c.dep_ == "auxpass" for c in verb.children) and not _told_outcome(doc[which], verb):
        return True  # '..., which has touched off days of protests', '..., which voters rejected in May': the
    # writer's account of what happened since, not a description of what the clause names
    return any(is_cue_token(t) and not (t.i == verb.i and _told_outcome(doc[which], verb))
               for t in doc[which + 1:end])  # not 'the talks, which confirmed the strength of ties': what they did


def _told_outcome(which, verb) -> bool:
    """'said the video had glitches, which prompted him to take it down', 'praised the talks, which confirmed the
    strength of ties': a 'which' subject of a verb in the simple past tells what the thing named did as the speaker
    tells it - part of what was said; not the present perfect of what happened since ('which has touched off
    protests') nor a clause with a subject of its own ('which voters rejected'). Only the nearest verb's tense is
    read here: that the clause is inside a reported one is the caller's to know."""
    if which.dep_ != "nsubj" or verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
        return False
    outer = verb.head.head if verb.head.dep_ != "ROOT" else verb.head
    while outer.pos_ not in ("VERB", "AUX") and outer.head.i != outer.i:
        outer = outer.head
    return verb_form(outer) == "past"


def _comparative_as(doc, first) -> bool:
    """'as soon as possible', 'for as long as it takes', 'worth as much as X estimated': an 'as' of a comparison,
    not the 'as' of a time clause; an 'as' before an adverb or adjective ('as soon', 'as other countries would
    ...') is left in too."""
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if first.lower_ != "as" or nxt is None:
        return nxt is not None and nxt.pos_ in ("ADV", "ADJ")
    if first.i >= 2 and doc[first.i - 2].lower_ == "as" and doc[first.i - 1].pos_ in ("ADV", "ADJ"):
        return True  # the second 'as' of 'as long as'
    return nxt.pos_ in ("ADV", "ADJ")


def _speech_participle_after(part, verb) -> bool:
    """'urged him to provide X and suggesting ...', 'should come as no surprise ... and arguing that ...': a cue
    participle coordinated with a verb of another form is the speaker's next statement, not part of this one."""
    return part.tag_ == "VBG" and verb.tag_ != "VBG" and verb.pos_ in ("VERB", "AUX") and \
        not any(g.dep_ == "neg" for g in part.children)


def verb_form(verb) -> str:
    """'past', 'present', 'modal', 'perfect', 'base', 'ing' or 'other': the form of a verb with its own auxiliaries."""
    aux = [g for g in verb.children if g.dep_ in ("aux", "auxpass") and g.i < verb.i]
    if any(g.tag_ == "MD" for g in aux):
        return "modal"
    first = aux[0] if aux else verb
    if first.lemma_ == "have" and aux:
        return "past" if first.tag_ == "VBD" else "perfect"  # 'had said' narrates in the past
    if first.lower_ == "to" and aux:
        return "base"
    return {"VBD": "past", "VBZ": "present", "VBP": "present", "VB": "base", "VBG": "ing"}.get(
        first.tag_, "other")


def _other_tense(verb, speaker) -> bool:
    """A finite verb in the present under a past-tense cue, or in the past under a present one: not the speaker's
    next act ('Sheriffs say they have pulled over drivers and found ...')."""
    if speaker is None:
        return False
    a, b = verb_form(verb), verb_form(speaker)
    return {a, b} == {"past", "present"}


def _own_subject(verb) -> bool:
    """'Developing nations insist X is the core issue, and all sides reported scant progress': a coordinated cue
    verb with a noun subject of its own is another speaker's statement, whatever its tense (a pronoun may take up
    the reported subject: see takes_up)."""
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.i < verb.i and g.pos_ in ("NOUN", "PROPN")
               for g in verb.children)


def _past_act_after(part, verb, speaker) -> bool:
    """'said he would continue to support the candidate and echoed ...', 'agreed to remain in touch and exchanged
    greetings': a past-tense verb without a subject cannot share the modal or the 'to' of the reported verb it is
    coordinated with; it goes with the past-tense cue, the speaker's next act."""
    if speaker is None or verb_form(speaker) != "past" or part.tag_ != "VBD" or not part.lower_.endswith("ed") or \
            any(g.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for g in part.children):
        return False
    aux = [g for g in verb.children if g.dep_ in ("aux", "auxpass") and g.i < verb.i]
    return len(aux) == 1 and (aux[0].tag_ == "MD" or aux[0].lower_ == "to" and verb.tag_ == "VB")


SINGULAR_SUBJECTS = {"he", "she", "it"}


def _narrative_conjunct(part, verb, speaker) -> bool:
    """'The protesters say the government is illegitimate and want him to step down', 'the students say their
    protests had always been meant to be peaceful and have tried to ...': a verb without a subject coordinated
    with the reported verb that cannot share its subject - a plural present ('want', 'have tried'; the tagger
    may call it a bare verb, which cannot go on from a finite one either) after a singular subject - or, under a
    present cue, a present perfect after the reported pluperfect, goes with the cue's subject: the reporter's
    account of the speakers, not what they said."""
    if speaker is None or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in part.children) or \
            part.pos_ not in ("VERB", "AUX"):
        return False
    aux = [g for g in part.children if g.dep_ in ("aux", "auxpass") and g.i < part.i]
    finite = aux[0] if aux else part
    subj = next((g for g in verb.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < verb.i), None)
    doc = part.doc
    plural = (finite.tag_ == "VBP" or finite.tag_ == "VB" and not aux and verb_form(verb) == "present") and \
        doc[part.left_edge.i - 1].dep_ == "cc" and not any(  # 'and want', not a list ('to come, give birth and ...')
            t.lower_ == "to" and t.dep_ == "aux" for t in doc[verb.i:part.i])  # nor an infinitive's next verb
    if plural and subj is not None and not any(g.dep_ in ("conj", "preconj") for g in subj.subtree) and \
            (subj.tag_ in ("NN", "NNP") or subj.lower_ in SINGULAR_SUBJECTS) and speaker.tag_ != "VBZ" and \
            not any(g.dep_ == "aux" and (g.tag_ == "MD" or g.lower_ == "to") for g in verb.children):
        return True  # not 'should lower taxes and cut spending': the modal goes on
    return verb_form(speaker) in ("present", "perfect") and verb_form(part) == "perfect" and \
        verb_form(verb) == "past" and any(g.lemma_ == "have" for g in verb.children if g.dep_ == "aux")


def _finite_verb(node, head):
    """The verb that carries the tense of ``node``'s clause: ``node`` itself, or the verb its infinitive or
    participle complements up to the clause head ('continues to stand by X': 'continues')."""
    v = node
    while v is not head and v.dep_ in ("xcomp", "acomp") and not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl") for g in v.children):
        v = v.head
    return v


def takes_up(subj, cue, clause) -> bool:
    """'He said the three ministers found the talks useful and they agreed to meet again': 'they' after the
    reported clause takes up its plural subject, not the one speaker, so its verb goes on with what was said."""
    speaker = next((g for g in cue.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < cue.i), None)
    if subj.lower_ != "they" or speaker is None or speaker.tag_ not in ("PRP", "NN", "NNP") or \
            speaker.lower_ in ("they", "we") or any(g.dep_ == "conj" for g in speaker.children):
        return False
    said = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return said is not None and (said.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in said.children))


def _reported_conjunct(part) -> bool:
    """A cue verb coordinated inside the reported clause, not the speaker's next act: it has a modal of its own
    ('was leaning towards a run and would likely announce his candidacy', 'should insist ... and should demand')."""
    return any(g.dep_ == "aux" and g.tag_ == "MD" for g in part.children)


def _standing_claim(verb) -> bool:
    """A reported clause in the present or with a modal ('the council would review X', 'the talks send a signal'):
    a participle after it ('..., taking into account Y', '..., reflecting Z') carries on what was said. After a
    past act ('X already knew about Y, renewing questions of ...') it may be the writer's comment, and after the
    cue verb itself ('played down the attack, focusing on ...') the speaker's own doing."""
    return not is_cue_token(verb) and verb_form(verb) in ("present", "modal")


def _stative(verb) -> bool:
    """A copula or a passive ('is extra potent', 'has been changed', 'will be withdrawn'): a participle after it
    ('..., making it worth more') tells what follows from the reported state, so it is part of what was said;
    after an act ('played down the attack, focusing on ...') it may be the speaker's own doing."""
    return verb.lemma_ == "be" or any(c.dep_ == "auxpass" for c in verb.children)


def _within_paragraph(text: str, at: int, s: int, e: int) -> tuple[int, int]:
    """Reported speech stays in the paragraph of its cue (a headline never runs into the dateline)."""
    a, b = line_bounds(text, at)
    s, e = max(s, a), min(e, b)
    while e > s and text[e - 1] in " .,;:":
        e -= 1
    if e > s and e + 1 < b and text[e] == "-" and text[e - 1].isalpha() and text[e + 1].isalpha():
        while e < b and (text[e].isalnum() or text[e] == "-"):
            e += 1  # 'to re-open': the parse split a hyphenated word and the clause ended inside it
    return s, e


def _all_quoted(index, s: int, e: int) -> bool:
    """The whole clause stands inside one pair of quotation marks: a direct quote only."""
    q = index.in_quote(s) or index.in_quote(min(s + 2, e - 1))
    return q is not None and q.start <= s + 2 and q.end >= e - 2


def _opens_quote_after_comma(text: str, cue_at: int, s: int) -> bool:
    """The clause opens with a quotation mark right after a comma or colon following the cue."""
    before = text[cue_at:s].rstrip()
    if text[s] in ('"', "\u201c"):
        return before[-1:] in (",", ":")
    return before[-1:] in ('"', "\u201c") and before[:-1].rstrip()[-1:] in (",", ":")
