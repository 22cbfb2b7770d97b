"""The judges of candidate sources named by an outlet or a body: an outlet name ("told Fox News", "the BBC's
Andrew Marr Show"), "according to X", an unnamed outlet ("state media reported"), a body cited or releasing
what someone said; each kept or dropped on its place in the dependency parse (source nouns are judged in
``source_noun_judge.py``)."""
from __future__ import annotations

from .sentence_view import sent_of
from .source_agents import agent_name, is_person
from .source_found import OUTLET_ANAPHOR, _Found, _key, _make
from .source_lexicon import is_own_outlet
from .source_mentions import MODALS, adjective_outlet, one_by_noun, outlet_subject, report_tagged_noun
from .source_noun_judge import SEEN_VERBS, recipient_of
from .source_noun_places import _noun_credited, _report_verb_follows
from .source_on_words import hung_on_words
from .source_outlet_roles import place_station, published_claim
from .source_outlets import AFFILIATES, JOURNAL_WORDS, outlet_name
from .source_syntax import (
    PERSONAL,
    SUBJECTS,
    body_kind,
    credited_place,
    interview_context,
    is_according,
    join_tokens,
    not_yet_done,
    noun_core,
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
QUANTIFIERS = frozenset({"every", "any", "all", "some", "many", "no", "each", "several", "most"})
ALL_OR_NONE = frozenset({"every", "any", "all", "no", "each"})
MEDIUM_WORDS_OF_INTERVIEWS = frozenset({"television", "tv", "radio"})
KIND_OF_OUTLET = frozenset({"news", "wire", "press"})  # 'told the news agency': still the agency named before


def crowd_of_outlets(tok):
    """'a number of media', 'a host of newspapers': the collection noun that stands in the sentence for the outlets
    (``tok`` itself otherwise)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("number", "host", "couple", "handful"):
        return head.head
    return tok


def interview_given(tok, lex) -> bool:
    """'said in an interview to a private news channel', 'an interview with a local radio station': an unnamed
    outlet an interview was given to (credited itself; the interview names no one else)."""
    noun = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with", "on") and \
        lex.nouns.get(noun.lower_, ("",))[0] == "interview"


def medium_interview(tok, lex):
    """'said in a television interview', 'told X in a radio interview': the interview noun a medium word qualifies,
    when the interview is where something was said (not 'declined a television interview'); else None."""
    noun = tok.head
    if tok.lower_ not in MEDIUM_WORDS_OF_INTERVIEWS or tok.dep_ not in ("compound", "amod") or \
            lex.nouns.get(noun.lower_, ("",))[0] != "interview" or noun.i != tok.i + 1:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    if verb.lemma_ not in lex.cues["interview_verbs"] and verb.lemma_ not in lex.cues["report_verbs"] or \
            any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return None  # not 'will say in a radio interview'
    if any(c.dep_ in ("compound", "poss") and c.i < tok.i for c in noun.children) or \
            any(c.dep_ == "prep" and c.lower_ in ("with", "on", "to") for c in noun.children):
        return None  # "a CNN television interview", "a radio interview with X": the outlet is named there
    return noun


def described_as_body(tok, cues) -> bool:
    """'the X Support Network, a coalition of civil groups,', 'the Y Monitor, a rights group,': an apposition that
    calls the name a body (a think tank, union, party ... of ``think_tank_heads``/``organisation_heads``, not an
    outlet word) makes it that body, whatever outlet word its name holds."""
    return any(c.dep_ == "appos" and c.lower_ not in cues["outlet_heads"] and (
        c.lower_ in cues["think_tank_heads"] or c.lower_ in cues["organisation_heads"]) for c in tok.children)


def subject_split_off(root) -> bool:
    """'In an interview with Sky News, the home secretary, Jo Roe, said ...', 'Asked about the vote on X, the
    minister Jo Roe said ...': the parse hung the speaker on the outlet as its apposition; the sentence's verb has
    no subject of its own, so the apposition after the comma is that subject, not a person the outlet is named for."""
    if root.dep_ != "pobj":
        return False
    verb = root.head
    while verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.i > root.i and \
        not any(c.dep_ in SUBJECTS for c in verb.children) and \
        any(c.dep_ == "appos" and c.i > root.i and c.right_edge.i < verb.i for c in root.children)


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
    if (claim := published_claim(root, lex)) is not None and not is_own_outlet(name, own) and not not_yet_done(claim):
        used.add(claim.i)
        return _make(root.sent, name, kind, root, key=_key(name))  # 'a welter of allegations in the Sunday Herald'
    if before == "to" and is_according(root):
        return _make(root.sent, name, kind, root, carries=True)
    if (group := including_group(root, cues)) is not None and (
            outlet_subject(group, cues) or interview_context(group, lex) and not not_yet_done(group)):
        return None if is_own_outlet(name, own) else _make(root.sent, name, kind, root, key=_key(name))
        # "Local media outlets, including the Valda Courier, have reported that ...": the outlet named is credited
    if before == "by" and (polls := one_by_noun(root)) is not None and polls.lower_ in lex.nouns \
            and _noun_credited(polls, lex):
        return _make(root.sent, name, kind, root, key=_key(name))  # "two polls -- one by CBS, one by CNN -- showed"
    if before == "by" and is_own_outlet(name, own):
        return None  # "a letter seen by the BBC" in a BBC article: the letter is the source
    if before == "by" and span.start >= 2 and verb_before(span).lemma_ in lex.cues["agent_verbs"]:
        return _make(root.sent, name, kind, root)
    if root.dep_ in ("poss", "compound", "nmod") and head.lemma_.lower() in cues["witness_journalists"] and \
            (head.dep_ in SUBJECTS and head.head.lemma_ in cues["witness_verbs"] or head.dep_ == "pobj" and
             head.head.dep_ == "agent" and head.head.head.lemma_ in cues["witness_verbs"]) and not is_own_outlet(name, own):
        return _make(root.sent, name, kind, root, key=_key(name))  # 'An AP journalist at the scene reported ...',
        # 'fire was heard from the palace by a Reuters reporter'
    if any(c.dep_ == "appos" and (c.ent_type_ in PERSONAL or c.lower_ in cues["person_nouns"]) for c in root.children) \
            and not written_in(root) and not subject_split_off(root):
        return None  # "Bloomberg, the former mayor, said": a person who shares an outlet's name
    if described_as_body(root, cues):
        return None  # "the X Support Network, a coalition of civil groups, said": a body, not an outlet
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
            # "told The Washington Post's Manuel Roig-Franzia": an interview with the outlet (not "will appear on
            # Radio X's Morning Show on Sunday", a programme the tagger took for a person: nothing given yet)
            return None if is_own_outlet(name, own) or not_yet_done(head) else _make(root.sent, name, kind, root,
                                                                                    key=_key(name))
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
    elif root.dep_ == "compound" and (head.lower_ in ("news", "wire", "press") or head.is_lower and head.pos_ == "NOUN") \
            and head.dep_ in ("compound", "amod") and head.head.lower_ in lex.cues["outlet_heads"]:
        root = head.head  # "the official KCNA news agency", "the Nikkei business daily": the parse hangs the name on
        # the word before the outlet noun
    if root is not _name_root(span) and root.lower_ in lex.cues["outlet_heads"] and not is_own_outlet(name, own) and (
            report_tagged_noun(root) or outlet_subject(root, cues)):
        return _make(root.sent, name, kind, root, key=_key(name))  # '..., the AFP news agency reports.', 'the
        # state-run Herald newspaper has predicted ...': the outlet noun the name hangs on is credited where it stands
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
    interview = interview_context(root, lex) or before in TELL_WORDS or hung_on_words(root, cues)
    if interview and is_own_outlet(name, own):
        return None
    if interview and mentioned_work(root, cues):
        return None  # "suspended over a letter she wrote to the X newspaper": the letter is only mentioned
    if not interview and not credited_place(root, lex):
        return None
    if not_yet_done(root):
        return None  # "will appear on X tonight", "is due to give an interview to X": nothing given yet
    if is_own_outlet(name, own) and root.dep_ in ("dobj", "dative"):
        return None
    return _make(sent_of(root), name, kind, root, carries=is_according(root), key=_key(name))


def including_group(root, cues):
    """The outlet noun a name is listed under ("local media outlets, including X and Y,", "including X news
    channel"), or None."""
    if root.dep_ == "compound" and root.head.lower_ in cues["outlet_heads"]:
        root = root.head
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("including", "like") or prep.head.i > prep.i:
        return None
    return prep.head if prep.head.lower_ in cues["outlet_heads"] else None


def mentioned_work(root, cues) -> bool:
    """The verb an outlet hangs on ('wrote to X', 'gave to X') describes a noun that is only mentioned: the object
    of 'over', 'about', 'for', 'despite' ... ('suspended over a letter she wrote to X about racism')."""
    verb = root.head.head if root.dep_ == "pobj" else root.head
    noun = verb.head
    return verb.dep_ in ("relcl", "acl") and noun.dep_ == "pobj" and noun.head.lower_ in cues["not_source_preps"]


def quoted_by_named(tok) -> bool:
    """'was quoted by the Pressa agency as saying': a named agency quoting someone is a news agency."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_ in ("quote", "cite") and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in tok.lefts)


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
        prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        if prev is not None and prev.head.i != tok.i and prev.pos_ in ("ADJ", "PROPN") and \
                prev.lower_ not in GENERIC_MEDIA_WORDS:
            return False  # '..., Tarvian media report.': the parse hung the adjective elsewhere
        return all(c.lower_ in GENERIC_MEDIA_WORDS for c in tok.lefts)
    return tok.lower_ in GENERIC_MEDIUMS and all(c.lower_ in MEDIUM_WORDS | GENERIC_MEDIA_WORDS and c.lower_ != "the"
                                                 or c.lower_ == "media" for c in tok.lefts) \
        and not any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in tok.children)


def press_outlet(tok, cues) -> bool:
    """'the local press reported', 'Tarnian press said', 'according to the regional press': the press of a place or
    kind (a modifier other than the generic ones of "the news media") as the subject of a reporting verb, or after
    "according to"; not 'told the press', 'the press reported' (the press at large), 'a press conference'."""
    if tok.lower_ != "press" or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return False
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in GENERIC_MEDIA_WORDS]
    return bool(mods) and (is_according(tok) or outlet_subject(tok, cues))


def national_press_told(tok) -> bool:
    """'he told the Malaysian media', 'speaking to the Tarvian press': a country's media as the ones told
    something, the press at large as in "told reporters" (not "Israeli media reported", "told state media")."""
    if tok.lower_ not in ("media", "press"):
        return False
    head = tok.head
    told = (tok.dep_ in ("dobj", "dative") and head.lemma_ == "tell") or (
        tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in ("speak", "talk", "say"))
    return told and any(c.ent_type_ == "NORP" for c in tok.lefts) and all(
        c.ent_type_ == "NORP" or c.dep_ == "det" for c in tok.lefts)


def written_in(root) -> bool:
    """'Writing in the Daily Telegraph, a former minister said': the outlet of an opening participle, whatever
    the parse hung on it after the comma."""
    prep = root.head
    verb = prep.head
    return root.dep_ == "pobj" and prep.lower_ in ("in", "to", "on", "for") and verb.tag_ == "VBG" and \
        verb.i == root.sent.start


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
    if subj is not None:  # 'This was reported by the president's press service': what was told before
        return subj.lower_ in released or subj.lemma_.lower() in released or subj.lower_ in ("this", "that") and \
            verb.lemma_ == "report"
    return verb.dep_ == "acl" and verb.head.lower_ in released and verb.head.lower_ not in lex.nouns


def _participle_noun(tok, doc) -> bool:
    """'an interview broadcast on Velta TV': a participle the tagger took for the noun 'broadcast'."""
    return tok.lower_ in ("broadcast", "release") and tok.i > 0 and doc[tok.i - 1].pos_ == "NOUN" and \
        tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("on", "by", "in", "from")


def _judge_outlet_noun(tok, lex, own, used) -> _Found | None:
    """An unnamed outlet: "told a local radio station", "state media reported"."""
    if described_as_body(tok, lex.cues) or place_station(tok, lex.cues):
        return None  # "the X Support Network, a coalition of civil groups, said", "at the bus station"
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.rights):
        return None  # "the veteran broadcaster, Jo Roe, said": a person
    if tok.lower_ == "media" and any(c.lower_ == "social" for c in tok.lefts):
        return None  # "said on social media": the speaker's own posts, like tweets (a page or post named is judged
        # where its noun stands: "the party's social media posts read ...")
    if (interview := medium_interview(tok, lex)) is not None and not is_own_outlet(np_text(tok), own):
        found = _make(tok.sent, f"{tok.text} {interview.text}", "outlet", tok)  # 'said in a television interview'
        if found is not None:
            used.add(interview.i)
        return found
    place = crowd_of_outlets(tok)  # "a number of media cited ...": judged where "number" stands
    if is_own_outlet(np_text(tok), own) or (generic_media(tok) and place is tok) or national_press_told(tok):
        return None
    if any(t.lower_ in QUANTIFIERS for t in tok.subtree if t.i < tok.i) and not (
            outlet_subject(place, lex.cues) and not any(t.lower_ in ALL_OR_NONE for t in tok.subtree if t.i < tok.i)):
        return None  # "appeared in every magazine" (not "several media outlets reported")
    if tok.lower_ == "channel" and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return None  # "said on his YouTube channel", "the official channel of the ministry": its own posts, like tweets
    if tok.dep_ == "pobj" and tok.head.head.lower_ in lex.nouns and tok.head.head.pos_ in ("NOUN", "PROPN") and \
            not _participle_noun(tok.head.head, tok.doc) and not interview_given(tok, lex):
        return None  # "reports in an Atlanta newspaper": one source, credited with the noun
    if tok.lower_ in ("agency", "agencies") and not any(c.lower_ in ("news", "press", "state", "wire")
                                                         for c in tok.lefts) and not quoted_by_named(tok):
        return None  # a government agency, not a news agency (but 'was quoted by the Pressa agency as saying')
    sent = sent_of(tok)
    if any(j in used for j in range(max(sent.start, tok.i - 3), min(sent.end, tok.i + 4))):
        return None  # "state media KCNA", "Xinhua news agency": the name is credited
    if any(c.dep_ == "prep" and c.lower_ in ("including", "like") and any(g.i in used for g in c.subtree)
           for c in tok.rights):
        return None  # "local media outlets, including the X Star, reported": the outlet named is credited
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
        and (quoting_verb(tok.head.head).lemma_ in lex.cues["agent_verbs"] or tok.head.head.lemma_ in
             lex.cues["verdict_verbs"])  # "remarks carried by state media", "accused by state media of ..."
    doc = tok.doc
    verb_as_noun = report_tagged_noun(tok) or adjective_outlet(tok)  # "Instead, the paper reports, ...",
    # "..., the paper reports.", '"...," the daily quoted him as saying'.
    cited = tok.dep_ == "dobj" and tok.head.lower_ in ("citing", "quoting", "cites", "quotes", "cited", "quoted") \
        and tok.head.pos_ == "VERB"  # '..., Xinhua reported, citing state media', 'Quoting local media, ...'
    if agent or verb_as_noun or interview_context(tok, lex) or is_according(tok) or outlet_subject(place, lex.cues) \
            or cited:
        if tok.dep_ == "compound" and not verb_as_noun:
            return None
        if tok.lower_ in ("paper", "papers") and any(c.lower_ in lex.cues["paper_kinds"] for c in tok.lefts):
            return _make(tok.sent, np_text(tok), "document", tok, carries=is_according(tok))  # "a white paper"
        kind = "agency" if tok.lower_ in ("agency", "agencies", "wire") else "outlet"
        name = join_tokens([t for t in tok.subtree if t.i <= tok.i]) if agent and tok.head.head.lemma_ in \
            lex.cues["verdict_verbs"] else agent_name(tok)  # "accused by state media of lying": not the charge
        found = _make(tok.sent, name or tok.text, kind, tok, carries=is_according(tok))  # "daily"
        # read as an adjective has no noun phrase of its own
        if found is not None:  # "told the paper": the outlet named before
            found.noun = OUTLET_ANAPHOR + kind  # "the paper" is an outlet, "the agency" an agency
            found.definite = any(c.lower_ in ("the", "that", "this") for c in tok.children) and len(
                [c for c in tok.lefts if c.lower_ not in KIND_OF_OUTLET and c.lower_ != "same"]) == 1 \
                or verb_as_noun and tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "that", "this")
        return found
    return None
