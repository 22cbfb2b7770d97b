"""Credits read off the sentence rather than off a source word: "it says" after a statement named the
sentence before, a body that published findings ("the department reported that ..."), a programme named
in quotation marks ('said on "Fox and Friends"'), and outlets named but not credited, for "the newspaper" to refer
back to. Used by ``sources.py`` beside the judges of
``source_judges.py``."""
from __future__ import annotations

from .datelines import filed_at
from .marks import QUOTE_MARKS
from .source_agents import is_person
from .source_data import forecast_agent, forecast_figure
from .source_found import _Found, _key, _make
from .source_lexicon import canonical_outlet, is_own_outlet
from .source_mentions import MODALS, conditional, outlet_subject
from .source_outlets import outlet_name
from .source_syntax import PERSONAL, body_kind, entity_text, interview_context, is_according, np_text


def _it_again(tok, found: list[_Found]) -> _Found | None:
    """'It quoted ... as saying': the outlet or agency credited in the sentence or two before; 'it says' after
    'another statement', 'It also found' after 'a report by X': the statement or document of the sentence before."""
    near = [f for f in found if f.anchor < tok.idx and tok.sent.start - f.sent.start <= 80]
    if tok.head.lemma_ in ("quote", "cite", "report"):
        near = [f for f in near if f.kind in ("outlet", "agency")]
    far = _document_further_back(tok, found)
    if not near and far is None:
        return None
    last = max(near, key=lambda f: f.anchor) if far is None else far
    prev = _sentence_before(tok.sent).start if tok.sent.start > 0 else -1
    if far is not None:
        prev = far.sent.start  # '"...," it said.' three sentences after 'X said in a statement'
    closing = _closing_credit(tok) and last.sent.start in (prev, tok.sent.start)
    if last.kind in ("outlet", "agency") and tok.head.lemma_ not in ("quote", "cite", "report") and not closing and \
            not _subject_taken_up(tok, last, prev):
        return None  # 'writes the AP. ... it has also acknowledged': "it" is whoever the outlet wrote about
    if last.kind not in ("outlet", "agency"):
        verb = tok.head
        if last.noun is None or last.kind not in ("statement", "document", "analysis") or last.sent.start != prev \
                or verb.dep_ not in ("ROOT", "conj") or (_named_subject_before(tok) and not closing):
            return None  # "it" of a subordinate clause ('as it suggested') may be anything in its sentence
    found_again = _make(tok.sent, last.reported_by, last.kind, tok, key=last.key)
    if found_again is not None:
        found_again.noun, found_again.definite = last.noun, last.definite  # 'the paper said ... it added'
    return found_again


def _subject_taken_up(tok, last, prev: int) -> bool:
    """'X news agency reported that ... It said ...': "It" opening the sentence right after the one whose main
    reporting verb has the credited outlet as its subject, itself the subject of a verb of saying: the outlet again
    (not 'writes the AP. ... it has also acknowledged', nor "it" after an outlet named in passing)."""
    verb = tok.head
    if tok.i != tok.sent.start or last.sent.start != prev or verb.lemma_ not in ("say", "add", "write") or \
            verb.dep_ != "ROOT" or not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False  # (not 'It added a unit': a verb that reports nothing)
    anchor = next((t for t in last.sent if t.idx == last.anchor), None)
    while anchor is not None and anchor.dep_ in ("compound", "appos", "amod", "nmod") and anchor.head.i != anchor.i:
        anchor = anchor.head  # 'Velnews news agency': the name hangs on the outlet word
    return anchor is not None and anchor.dep_ == "nsubj" and anchor.head.dep_ == "ROOT" and \
        anchor.head.lemma_ in AGENCY_VERBS


DOCUMENT_KINDS = frozenset({"statement", "document", "analysis"})
SENTENCES_BACK = 3


def _document_further_back(tok, found: list[_Found]) -> _Found | None:
    """'X said in a statement. "...," Y tweeted. "...," it said.': the statement or document credited last, up to
    three sentences before a closing '"...," it said.' when no source was credited since (the words between may
    be a person's, who is no "it"); None otherwise."""
    if tok.head.lemma_ in ("quote", "cite", "report") or not _closing_credit(tok):
        return None
    before = [f for f in found if f.anchor < tok.idx]
    if not before:
        return None
    last = max(before, key=lambda f: f.anchor)
    if last.kind not in DOCUMENT_KINDS or last.noun is None or last.sent.start == tok.sent.start:
        return None
    sent, back = tok.sent, 0
    while back < SENTENCES_BACK and sent.start > 0:
        sent = _sentence_before(sent)
        back += 1
        if sent.start == last.sent.start:
            return last
    return None


def _sentence_before(sent):
    """The sentence before ``sent``, passing over pieces of punctuation the parse split off ('... in the world.'
    then '"' on its own: the closing mark of the sentence before)."""
    doc = sent.doc
    before = doc[sent.start - 1].sent
    while before.start > 0 and all(t.is_punct or t.is_space for t in before):
        before = doc[before.start - 1].sent
    return before


def _closing_credit(tok) -> bool:
    """'..., it added.', '..., it says.': "it" and its verb close the sentence after the words they report, as a
    credit line does; "it" is then the source credited just before, not a subject inside the reported words."""
    verb = tok.head
    if verb.dep_ != "ROOT" or verb.i != tok.i + 1 or not any(c.dep_ == "ccomp" and c.i < tok.i for c in verb.children):
        return False
    return all(t.is_punct or t.is_space for t in tok.doc[verb.i + 1:tok.sent.end])


def _named_subject_before(tok) -> bool:
    """A noun subject earlier in the sentence, outside quotation marks: "Lusovia says ..., but it has not
    shown ...": "it" is that subject, not the document named in the sentence before."""
    inside = False
    for t in tok.doc[tok.sent.start:tok.i]:
        if t.text in QUOTE_MARKS:
            inside = not inside
        elif not inside and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _body_reports(tok, lex, index, own: str | None = None) -> str | None:
    """'The Department of Social Services reported that ...', 'the institute has estimated that ...': a body
    (not a person, a country or an outlet) credited with findings it published."""
    verb = tok.head
    cues = lex.cues
    if not any(c.dep_ == "ccomp" for c in verb.children) and not _closes_clause(verb, tok) and \
            not forecast_figure(verb, cues):
        return None  # "the company reported a loss": news, not a source (but "X projected growth of 2 percent")
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children) or conditional(verb):
        return None  # (nor 'if the government determines that ...')
    if tok.pos_ == "PRON" or tok.ent_type_ in PERSONAL or tok.lower_ in cues["person_nouns"] or is_person(tok, index):
        return None
    if tok.lower_ in cues["outlet_heads"] or (tok.ent_type_ == "GPE" and tok.lower_ not in cues["government_heads"]):
        return None  # outlets are judged apart; "China reported that ..." is a country's claim
    if own and any(c.dep_ == "poss" and (is_own_outlet(c.text, own) or is_own_outlet(np_text(c), own))
                   for c in tok.children):
        return None  # "the BBC's Jane Roe reports" on a BBC page (the NER took her for a body): its own reporter
    kind = body_kind(tok, lex)
    if kind is None and verb.lemma_ == "report" and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG") and \
            not any(c.dep_ in ("compound", "amod") for c in tok.children):
        return "outlet"  # "..., Kan reported on Wednesday": a name that reports what happened is an outlet's
    if kind == "other" and tok.pos_ == "NOUN":
        return None  # "the company reported that sales rose": a speaker, not a source
    if kind == "other" and not (tok.text.isupper() or any(
            c.dep_ in ("compound", "amod") or c.text[:1].isupper() for c in tok.lefts if c.dep_ != "det")):
        return "outlet" if verb.lemma_ == "report" else None  # one word that "reported" a clause: an outlet's name
    return kind


def forecaster(tok, lex, index) -> str | None:
    """'the growth rate projected by the IMF', 'the deficit, estimated by the Finance Ministry at 4 percent': the
    kind of the body credited with a forecast figure (not a person, a pronoun or an outlet noun), else None."""
    cues = lex.cues
    if not forecast_agent(tok, cues) or tok.pos_ == "PRON" or tok.ent_type_ in PERSONAL or \
            tok.lower_ in cues["person_nouns"] or tok.lower_ in cues["outlet_heads"] or is_person(tok, index):
        return None
    return body_kind(tok, lex)


def conj_bodies(tok, lex, index) -> list:
    """'Halver Bank, Coriston Capital and Mendel Advisors projected ...': the bodies joined to a credited subject,
    each a source of its own (not people, pronouns or countries)."""
    listed = [c for c in tok.children if c.dep_ == "appos" and c.conjuncts]  # (the parse: 'X, Y and Z' as X, appos Y)
    members = {m.i: m for t in (tok, *listed) for m in (t, *t.conjuncts) if m.i > tok.i}
    named = [c for _, c in sorted(members.items()) if c.pos_ == "PROPN" and c.ent_type_ not in PERSONAL
             and c.ent_type_ != "GPE" and not is_person(c, index)]
    bodies = [c for c in named if body_kind(c, lex) is not None]
    if bodies:  # the last of the list, untyped by the NER ('... and Mendel Advisors'), is a body like the rest
        bodies += [c for c in named if c.ent_type_ == "" and c.dep_ == "conj" and c not in bodies]
    return sorted(bodies, key=lambda c: c.i)


def _closes_clause(verb, subj) -> bool:
    """'The talks will be held in May, the ministry reported following ...': the reporting verb and its subject after
    a comma close the clause they report, which the parse made the head of the verb as a conjunct (no "and")."""
    if verb.dep_ != "conj" or verb.head.i >= subj.i or subj.left_edge.i < 1:
        return False
    return subj.doc[subj.left_edge.i - 1].text == "," and not any(
        c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children) and verb.head.pos_ in ("VERB", "AUX")


SMALL_WORDS = frozenset({"and", "the", "of", "with", "on", "in", "at", "to", "for", "a", "an", "&"})


def _quoted_programme(on_tok, lex, own) -> _Found | None:
    """'said on "Fox and Friends"', 'appeared on "The View"': a programme named in quotation marks after an
    interview verb, credited as an outlet (its network when the lexicon knows the title)."""
    doc = on_tok.doc
    first = on_tok.i + (3 if doc[on_tok.i + 1].lower_ == "the" else 2)
    words = []
    for t in doc[first:min(len(doc), first + 10)]:
        if t.text in ('"', "\u201d", "''"):
            break
        words.append(t)
    else:
        return None
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words or not words[0].text[:1].isupper() or any(
            t.is_alpha and not t.text[:1].isupper() and t.lower_ not in SMALL_WORDS for t in words):
        return None
    name = doc[words[0].i:words[-1].i + 1].text
    hit = canonical_outlet(name)
    for n in range(len(words) - 1, 0, -1):  # "Fox News Sunday": a programme of the outlet its name begins with
        if hit is None and canonical_outlet(doc[words[0].i:words[n - 1].i + 1].text):
            network = canonical_outlet(doc[words[0].i:words[n - 1].i + 1].text)
            if is_own_outlet(network[0], own):
                return None
    if is_own_outlet(name, own) or (hit and is_own_outlet(hit[0], own)) or (
            own and len(words) > 1 and is_own_outlet(words[0].text, own)):
        return None  # (and 'said on "Fox & Friends"' in a Fox article: a programme its own name opens)
    after = words[-1].i + 2  # the word after the closing mark: 'the "Today" show'
    if hit is None and after < len(doc) and doc[after - 1].is_punct and doc[after].lower_ in lex.cues["programme_words"]:
        name = f"{name} {doc[after].lower_}"
    return _make(on_tok.sent, hit[0] if hit else name, hit[1] if hit else "outlet", words[0])


INTERVIEW_WORDS = frozenset({"interview", "show", "program", "programme", "radio", "podcast", "appearance"})


def _interview_again(tok, found: list[_Found], of_part: bool = False) -> _Found | None:
    """'In that interview, he said ...': the outlet credited for an interview in the sentence or two before
    (``of_part``: 'a clip of the interview', the caller checked the "of")."""
    lefts = list(tok.lefts)
    if tok.dep_ != "pobj" or (tok.head.lower_ not in ("in", "during") and not of_part) or len(lefts) != 1 or \
            lefts[0].lower_ not in ("that", "the", "this", "same"):
        return None
    near = [f for f in found if f.kind in ("outlet", "agency") and f.anchor < tok.idx and f.noun is None
            and 0 < tok.sent.start - f.sent.start <= 80 and any(t.lemma_ in INTERVIEW_WORDS for t in f.sent)]
    if not near:
        return None
    last = max(near, key=lambda f: f.anchor)
    return _make(tok.sent, last.reported_by, last.kind, tok, key=last.key)


PROGRAMME_BACK = 5  # sentences back that "the programme" may refer to a programme an interview was given on


def _programme_again(tok, found: list[_Found], lex) -> _Found | None:
    """'Speaking on Kell Radio's Drive programme, X said ... He told the programme ...': "the programme" or "the
    show" told something (or said on) is the outlet credited for an interview on a programme up to five sentences
    before (none when the programme was the page's own outlet's, which is no credit)."""
    lefts = list(tok.lefts)
    if len(lefts) != 1 or lefts[0].lower_ not in ("the", "that", "this", "same") or not interview_context(tok, lex):
        return None
    near = _programme_outlets(tok, found, lex)
    if not near:
        return None
    last = max(near, key=lambda f: f.anchor)
    return _make(tok.sent, last.reported_by, last.kind, tok, key=last.key)


def _programme_outlets(tok, found: list[_Found], lex) -> list[_Found]:
    """Outlets credited up to PROGRAMME_BACK sentences before ``tok`` in a sentence that names a programme, and
    programmes credited as the subject of what they said (``programme_says``)."""
    start = tok.sent.start
    for _ in range(PROGRAMME_BACK):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return [f for f in found if f.kind == "outlet" and (f.noun is None or f.noun == PROGRAMME_SAYS) and not f.mention
            and f.anchor < tok.idx and f.sent.start >= start and any(t.lower_ in lex.cues["programme_words"] for t in f.sent)]


PROGRAMME_SAYS = "@programme"  # the noun key of a programme credited as what said something
PROGRAMME_VERBS = frozenset({"say", "report", "claim", "reveal", "allege", "broadcast", "air", "quote", "find"})
BROADCAST_WORDS = frozenset({"tv", "television", "radio", "news"})


def programme_says(tok, found: list[_Found], lex) -> _Found | None:
    """'Last week's TV programme said four officials ...', 'The programme also said ...' after a programme on a
    channel credited just before, 'a documentary broadcast on Sunday alleged ...': a broadcast programme stating
    something is credited as written (not a government's 'the programme' with no broadcast near)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in PROGRAMME_VERBS or verb.pos_ != "VERB" or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return None
    if not (tok.lower_ == "documentary" or any(c.dep_ in ("compound", "amod") and c.lower_ in BROADCAST_WORDS
                                               for c in tok.children) or _programme_outlets(tok, found, lex)):
        return None
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    if any(lo <= f.anchor < hi for f in found):
        return None  # 'the programme on Tarn TV said': the channel named with it is the source
    item = _make(tok.sent, np_text(tok), "outlet", tok)
    if item is not None:
        item.noun = PROGRAMME_SAYS
    return item


CLIP_NOUNS = frozenset({"clip", "clips", "excerpt", "excerpts", "transcript", "recording", "footage", "video"})


def _clip_of_interview(tok, found: list[_Found], used: set[int]) -> _Found | None:
    """'Trump said in a clip of the interview aired on Monday': a part of the interview credited to an outlet in
    the sentence or two before is that outlet's again (not a clip of the speaker's own)."""
    if tok.lower_ not in CLIP_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ == "interview":
                item = _interview_again(obj, found, of_part=True)
                if item is not None:
                    used.add(obj.i)
                    return _make(tok.sent, item.reported_by, item.kind, tok, key=item.key)
    return None


SHOW_MEDIA = frozenset({"radio", "tv", "television", "talk", "cable", "online"})
NOT_NEWS_SHOWS = frozenset({"reality", "game", "cooking", "dating", "comedy", "quiz", "cookery", "singing", "dance"})


def _host_show(tok, lex) -> _Found | None:
    """'an interview on Sean Hannity's radio show', 'on the radio show of Mike Huckabee': a broadcast show named
    by its host, credited as the outlet of an interview given on it."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "to"):
        return None
    govs = [a for i, a in enumerate(tok.head.ancestors) if i < 5]
    if not any((g.lemma_ in lex.cues["interview_verbs"] and g.pos_ in ("VERB", "AUX"))
               or g.lower_ in lex.cues["interview_nouns"] for g in govs):
        return None
    medium = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in SHOW_MEDIA), None)
    if medium is None or any(c.lower_ in NOT_NEWS_SHOWS for c in tok.children):
        return None  # (not 'his reality TV show')
    host = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if host is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        host = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) if of else None
    if host is None:
        return None
    name = entity_text(host)
    return _make(tok.sent, f"{name} {medium.lower_} {tok.lower_}", "outlet", host)


AGENCY_VERBS = frozenset({"say", "report", "quote", "cite", "add", "write"})
NEWS_WORDS = frozenset({"news", "state", "press", "official", "wire"})


def _definite_agency(tok) -> bool:
    """"the agency", "the news agency", "Pyongyang's news agency", "the country's state news agency": an agency
    named before, taken up again (not "a news agency")."""
    lefts = list(tok.lefts)
    if not lefts or not (lefts[0].lower_ == "the" or lefts[0].dep_ == "poss" and (
            lefts[0].ent_type_ == "GPE" or lefts[0].lower_ in ("its", "country", "nation"))):
        return False
    return all(c.lower_ in NEWS_WORDS or c.dep_ == "case" for c in lefts[1:]) and (
        len(lefts) == 1 or any(c.lower_ == "news" for c in lefts))


def _agency_again(tok, found: list[_Found], used: set[int], cues) -> _Found | None:
    """'Interfax reported that ... The agency said ...': "the agency" as the subject of a reporting verb in the
    sentence after (or the same sentence as) a news agency's credit, with no other agency named in between."""
    told = tok.dep_ in ("dobj", "dative") and tok.head.lemma_ == "tell" or tok.dep_ == "pobj" and is_according(tok)
    if tok.lower_ != "agency" or not _definite_agency(tok) or not told and (
            tok.dep_ not in ("nsubj", "nsubjpass") or not (tok.head.lemma_ in AGENCY_VERBS or outlet_subject(tok, cues))):
        return None  # ('told the agency', 'according to the agency': an interview given to it, its report)
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and after.head.i in (tok.i, tok.head.i):
        return None  # 'the state news agency KNA reported': its own name is credited
    national = any(c.lower_ in ("state", "official") or c.dep_ == "poss" for c in tok.lefts)
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    near = [f for f in found if f.sent.start >= start and f.anchor < tok.idx and (f.kind == "agency" or (
        f.kind == "outlet" and any(t.lower_ == "agency" and abs(t.idx - f.anchor) < 30 for t in f.sent)))
            and not (national and filed_at(doc, f.anchor))]  # 'KELSBURY (Reuters) - ..., the state news agency
    # reported': a country's own agency, not the wire the dateline credits
    if not near:
        return None
    if any(t.lower_ in ("agency", "agencies") and t.ent_type_ and t.i not in used for t in doc[start:tok.i]):
        return None  # "the Environmental Protection Agency ... the agency said": that agency
    last = max(near, key=lambda f: f.anchor)
    return _make(tok.sent, last.reported_by, last.kind, tok, key=last.key)


def outlet_mentions(spans, short: dict, own: str | None) -> list[_Found]:
    """Outlets named but not credited ("his call for an alliance in the Independent"), as mentions: a later "the
    newspaper" refers back to the outlet named last, credited or not ("... Mr Brown told the newspaper"). The
    article's own outlet is left out ("told the BBC" in a BBC page credits nothing, nor does "the broadcaster")."""
    out = []
    for span in spans:
        name, kind = outlet_name(span, short)
        if kind not in ("outlet", "agency") or is_own_outlet(name, own):
            continue
        found = _make(span.sent, name, kind, span.root, key=_key(name))
        if found is not None:
            found.mention = True
            out.append(found)
    return out
