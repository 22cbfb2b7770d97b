"""Finding outlet names in an article: the lexicon's, outlet-like organisations, "the Post".

Also which words stand inside quotation marks, and the article's own outlet when its text
shows it (a dateline "(Reuters)", "the BBC understands"). Used by ``sources.py``.
"""
from __future__ import annotations

from spacy.util import filter_spans

from .sentence_view import doc_ents, doc_view
from .source_lexicon import canonical_outlet, lexicon, outlet_matcher, own_key
from .source_syntax import POSSESSIVE, join_tokens
from .source_told_names import periodical_span

QUOTE_OPEN = {"\u201c", "\u2018\u2018", "``"}
QUOTE_CLOSE = {"\u201d", "''", "\u2019\u2019"}  # AP copy closes with two single marks
BROADCAST_WORDS = frozenset({"Radio", "Television", "TV"})  # first word of a broadcaster's name ('Radio Kelsbury')
BROADCAST_HEADS = frozenset({"television", "tv", "radio", "fm"})  # after a channel's name ('Tarvia-1 television',
# 'Kestrel FM')
BAND_WORDS = frozenset({"TV", "FM"})  # written in capitals after a channel's name
NOT_AFTER_NAME = frozenset({"secretary", "office", "conference", "briefing", "release", "corps", "room", "officer"})
OUTLET_NAME_LABELS = {"ORG", "WORK_OF_ART", "PERSON", "GPE", "FAC", "NORP", "PRODUCT"}
SHORT_NAMES = frozenset({"Post", "Times", "Journal", "Globe", "Tribune", "Herald", "Star", "Chronicle", "Inquirer",
                         "Register", "Dispatch", "Gazette", "Bee", "Observer"})
JOURNAL_WORDS = frozenset({"journal", "journals"})  # "the journal X" names a journal: an outlet
AFFILIATES = frozenset({"affiliate", "affiliates"})  # "told a CBS affiliate in Denver": a station of the network
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "mayor", "senator", "president", "sir",
                    "lord", "lady", "judge", "gen", "former", "billionaire"})


def inside_quotes(doc) -> list[bool]:
    """For each token, whether it stands inside quotation marks (reset at each line break)."""
    flags, open_ = [False] * len(doc), False
    for i, text in enumerate(doc_view(doc).text):
        if "\n" in text:
            open_ = False
        elif text in QUOTE_OPEN:
            open_ = True
        elif text in QUOTE_CLOSE:
            open_ = False
        elif text == '"':
            open_ = _straight_mark_opens(doc[i], open_)
        else:
            flags[i] = open_
    return flags


def unquote_names(inside: list[bool], spans) -> None:
    """An outlet's name standing alone between quotation marks ('Britain's "The Observer" newspaper reported',
    '"The Observer" quoted ...') is a name the writer marked, not quoted words: its tokens count as outside."""
    for span in spans:
        doc = span.doc
        if span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in MARKS_AROUND and \
                doc[span.end].text in MARKS_AROUND:
            for i in range(span.start, span.end):
                inside[i] = False


MARKS_AROUND = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _straight_mark_opens(tok, open_: bool) -> bool:
    """Whether a straight mark opens a quotation: glued to the word before and followed by a space ('Syria," the
    statement says') it closes, even when the quotation began in an earlier paragraph without a mark of its own;
    otherwise it toggles (a mark glued to the next word may still close a quotation typed with a stray space)."""
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].whitespace_ == "" and "\n" not in doc[tok.i - 1].text
    after = tok.i + 1 < len(doc) and tok.whitespace_ == "" and "\n" not in doc[tok.i + 1].text
    if before and not after and not doc[tok.i - 1].is_space:
        return False
    return not open_


def _named_like_outlet(span, words, heads) -> bool:
    """An entity named like an outlet: an outlet word after its first word ('Coastal Gazette'), described as one
    ('the state broadcaster KTV'), or a broadcaster's first word before a name ('Radio Kelsbury'); not a body
    whose name ends in its kind ('the Independent Electoral Commission', 'Standard Chartered Bank')."""
    return len(span) > 1 and (any(t.text in words for t in span[1:]) or span[0].text in BROADCAST_WORDS
                              and span[1].is_title) and not _body_name(span) or described_as_outlet(span, heads)


def _body_name(span) -> bool:
    """A name ending in the word for a body of government or an organisation ('Commission', 'Council', 'Party',
    'Bank'), with no broadcasting or news word in it ('Nigerian Television Authority' is a broadcaster)."""
    cues = lexicon().cues
    last = span[-1].lower_
    return (last in cues["government_heads"] or last in cues["organisation_heads"]) and \
        not any(t.text in BROADCAST_WORDS or t.text in ("News", "Broadcasting", "Press") for t in span)


def outlet_spans(doc, lex) -> list:
    """Outlet names: the lexicon's, organisations named like outlets, and "the Post" for short."""
    spans = [doc[s:e] for _, s, e in outlet_matcher(doc.vocab)(doc)
             if not (e < len(doc) and doc[e].ent_iob_ == "I" and doc[e].is_title and doc[e].pos_ == "PROPN"
                     and doc[s].lower_ == "the")]
    # (not "the National" of "the National Bureau of Statistics": the name runs on past the outlet's)
    words = lex.cues["outlet_name_words"]
    heads = lex.cues["outlet_heads"]
    for ent in doc_ents(doc):
        if ent.label_ not in OUTLET_NAME_LABELS:
            continue
        if len(ent) > 2 and ent[0].tag_ == "VBG" and ent[1].pos_ == "ADP":
            ent = ent[2:]  # "Appearing on Sky News" taken for a title: the participle and its preposition are no name
        if _named_like_outlet(ent, words, heads):
            cut = next((t.i for t in ent[1:] if t.text in POSSESSIVE and canonical_outlet(doc[ent.start:t.i].text)),
                       ent.end if ent[-1].text not in POSSESSIVE else ent.end - 1)
            span = doc[ent.start:cut]  # "Fox News' Bret Baier" as one name: the outlet ends at its possessive
            if not _named_like_outlet(span, words, heads):
                continue
            if titles_a_person(span):
                continue
            end = span.end  # "the Sioux Falls Argus | Leader": the NER stopped short of the name's head
            while end < len(doc) and end - span.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
                end += 1
            spans.append(doc[span.start:end])
    short = []
    view = doc_view(doc)
    texts, lowers, n = view.text, view.lower, len(doc)
    firsts = lex.cues["periodical_first_words"]
    starts = words | SHORT_NAMES | BAND_WORDS | firsts | {"Channel"}  # (one set lookup per word for the five)
    for i, t in enumerate(view.tokens):
        text = texts[i]
        if lowers[i] == "news" and text == "news" and (name := named_news(t)) is not None:
            spans.append(name)  # '..., Efe news reported': a name before the lower-case word 'news'
            continue
        if text not in starts and lowers[i] not in heads and text[:1] not in ("K", "W") \
                and not (i + 1 < n and texts[i + 1] == "-"):
            continue  # none of the names below can start here (a call sign starts with K or W)
        if text in firsts and (name := periodical_span(t, lex)) is not None:
            spans.append(name)  # 'the Evening Tally leads on ...': a paper's day or time of day opening its name
        if lowers[i] in NAMING_HEADS and text.islower() and (name := named_after_head(t)) is not None:
            spans.append(name)  # 'the daily B.Z. reported', 'told the newspaper Die Welt'
        if t.text in words and t.pos_ == "PROPN" and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" \
                and doc[t.i - 1].is_title and not doc[t.i - 1].ent_type_ == "PERSON" \
                and (t.i + 1 == len(doc) or doc[t.i + 1].lower_ not in NOT_AFTER_NAME):
            start = t.i - 1  # "Coastal Gazette", named like an outlet though the NER missed it
            while start > 0 and t.i - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            if not titles_a_person(doc[start:t.i + 1]):
                spans.append(doc[start:t.i + 1])
        if t.text in SHORT_NAMES and t.i > 0 and doc[t.i - 1].lower_ == "the":
            short.append(doc[t.i - 1:t.i + 1])
        elif t.lower_ in heads and t.text.islower() and t.lower_ not in ("agency", "agencies"):
            name = named_before_apposition(t)
            if name is not None:
                spans.append(name)  # "Valdoria Today, the state-run daily, reported"
        if is_call_sign(t):
            spans.append(doc[t.i:t.i + 1])  # "told WMUR", "an interview with KTRS": a US broadcast station
        elif t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].text in CALL_SIGN_BANDS and \
                doc[t.i + 2].whitespace_ != "-" and t.whitespace_ == "" and doc[t.i + 1].whitespace_ == "" and \
                is_call_sign(doc[t.i + 2], doc[t.i].text):
            spans.append(doc[t.i:t.i + 3])  # "an interview with KBFX-TV": the tokenizer split the call sign
        elif lowers[i] in BROADCAST_HEADS and (t.text.islower() or t.text in BAND_WORDS) and (
                t.pos_ == "NOUN" or t.text == "FM" and t.pos_ == "PROPN"):
            names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
            if names and names[-1].i == t.i - 1 and doc[names[0].i:t.i].text[:1].isupper() \
                    and not any(c.dep_ in ("det", "poss", "amod") for c in t.lefts if c.i > names[0].i):
                spans.append(doc[names[0].i:t.i + 1])  # 'an interview with Tarvia-1 television': a channel's
                # name before the lower-case word for what it is
        elif t.text == "Channel" and t.i + 1 < len(doc) and doc[t.i + 1].like_num and doc[t.i + 1].text.isdigit():
            spans.append(doc[t.i:t.i + 2])  # "Israel's Channel 12 reported": a numbered television channel
    if spans:  # "the Post" only in an article that names an outlet in full
        spans += short
    spans = filter_spans(spans)
    people = {s.text for s in spans if names_a_person(s)}  # "Mr. Bloomberg" makes every "Bloomberg" him
    return [s for s in spans if s.text not in people]


NOT_CALL_SIGNS = frozenset({"WHO", "WTO", "WWE", "WWF", "WMD", "WWII", "WWI", "KKK", "KGB", "KFC", "WNBA", "WSJ",
                            "WHL", "WBA", "WBC", "WBO", "WEF", "WFP", "WIPO", "KPMG", "KSA", "WADA", "WMO", "WPA"})


CALL_SIGN_BANDS = ("TV", "FM", "AM", "DT")


def is_call_sign(tok, base: str | None = None) -> bool:
    """A US broadcast station's call sign ("WMUR", "KTRS", "WJLA-TV"): K or W and two or three more capitals,
    standing as an interview's or a report's outlet (the judges decide), not a known acronym. The tagger takes
    some for common nouns ("told KTVI"). ``base``: the letters before a band the tokenizer split off ("KBFX" of
    "KBFX-TV", ``tok`` being "TV")."""
    text = f"{base}-{tok.text}" if base else tok.text
    base = text.split("-", 1)[0]
    return tok.pos_ in ("PROPN", "NOUN") and 3 <= len(base) <= 4 and base[0] in "KW" and base.isupper() and base.isalpha() \
        and (base == text or text[len(base) + 1:] in CALL_SIGN_BANDS) and base not in NOT_CALL_SIGNS \
        and (tok.head.lower_ in ("with", "to", "on", "by") or tok.head.lemma_ in ("tell", "report", "say", "air")
             or tok.dep_ in ("nsubj", "dobj", "dative", "pobj") or tok.head.ent_type_ == "DATE")


def described_as_outlet(ent, heads) -> bool:
    """"the state broadcaster KTV", "Valdoria Today, the state-run daily,": a name the text calls an outlet."""
    doc = doc_view(ent.doc).tokens  # (the view's Tokens, indexed and sliced as the Doc: none made anew)

    def outlet_word(toks) -> bool:
        for t in toks:
            if t.lower_ in heads and t.text.islower() and t.pos_ in ("NOUN", "PROPN"):
                return t.lower_ not in ("agency", "agencies") or any(
                    u.lower_ in ("news", "press", "state", "wire") for u in toks)
        return False

    if ent.start > 0 and outlet_word([doc[ent.start - 1]]) and doc[ent.start - 1].lower_ not in ("agency", "agencies"):
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ in JOURNAL_WORDS:
        return True  # "published in the journal Health Affairs"
    if ent.start > 1 and doc[ent.start - 1].lower_ in ("agency", "agencies") and doc[ent.start - 2].lower_ == "news":
        return True
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        tail = []
        for t in doc[ent.end + 1:min(len(doc), ent.end + 8)]:
            if t.text in (",", ".", ";") or "\n" in t.text:
                break
            tail.append(t)
        return bool(tail) and tail[0].lower_ in ("the", "a", "an") and outlet_word(tail[-1:])
    return False


def named_before_apposition(head):
    """The capitalised name before ", the ... daily," whose apposition ends at ``head``."""
    doc, i = head.doc, head.i - 1
    while i > head.i - 10 and i > 1 and doc[i].text not in (",", ".", ";") and "\n" not in doc[i].text:
        i -= 1
    if doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an") or \
            (head.i + 1 < len(doc) and doc[head.i + 1].text not in (",", ")")):
        return None
    end, start = i, i
    while start > 0 and end - start < 4 and (doc[start - 1].is_title or doc[start - 1].is_upper) \
            and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[start - 1].lower_ not in ("the", "a", "an"):
        start -= 1
    return doc[start:end] if start < end else None


NAMING_HEADS = lexicon().cues["naming_heads"]  # 'the daily B.Z.', 'the newspaper Die Welt'
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _capitalised(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in NOT_NAMES


def named_after_head(head):
    """'the daily B.Z.', 'the German newspaper Die Welt': the capitalised name (1-4 words, up to the next
    lower-case word or mark) right after an outlet word that describes it, whatever the NER made of it."""
    doc, end = head.doc, head.i + 1
    while end < len(doc) and end - head.i <= 4 and _capitalised(doc[end]):
        end += 1
    if end == head.i + 1 or end - head.i > 4 or (end < len(doc) and _capitalised(doc[end])):
        return None
    span = doc[head.i + 1:end]
    return None if names_a_person(span) or span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I" else span


def named_news(news):
    """'Efe news reported', '..., Kelsbury news said': a capitalised name before the lower-case 'news' that is the
    subject of a reporting verb, the outlet's name with it."""
    if news.dep_ not in ("nsubj", "nsubjpass") or news.head.lemma_ not in lexicon().cues["report_verbs"]:
        return None
    names = [c for c in news.lefts if c.dep_ == "compound" and _capitalised(c)]
    if not names or names[-1].i != news.i - 1 or any(c.i < names[0].i and c.dep_ != "det" for c in news.lefts):
        return None
    return news.doc[names[0].i:news.i + 1]


def titles_a_person(span) -> bool:
    """"Senate Majority Leader Mitch McConnell": a title before a person's name, not an outlet named "... Leader";
    "the Leader of the Opposition": a title word before "of"."""
    doc = span.doc
    titles = lexicon().cues["title_name_words"]
    if any(t.text in titles and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" for t in span):
        return True
    return span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and doc[span.end].ent_iob_ == "B" \
        and span[-1].dep_ == "compound" and span[-1].head.i >= span.end


def names_a_person(span) -> bool:
    """"Mr. Bloomberg", "Michael Bloomberg": a person who shares an outlet's name."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text.rstrip(".").lower() in TITLES:
        return True
    first, after = doc[span.start], doc[span.end] if span.end < len(doc) else None
    return first.ent_type_ == "PERSON" and (first.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I"))


def short_names(outlets) -> dict[str, str]:
    """"Post" -> "The Washington Post": the last word of each outlet named in full."""
    out: dict[str, str] = {}
    for span in outlets:
        if len(span) > 2 or (len(span) == 2 and span[0].lower_ != "the"):
            name = outlet_name(span, {})[0]
            out.setdefault(name.split()[-1], name)
    return out


def own_outlet_in_text(outlets, wire_site=None) -> str | None:
    """The article's own outlet when the text shows it: a dateline "LONDON (Reuters) -" (when ``wire_site``, a
    test of a bracketed name, says the page is that outlet's site: on another site the bracket credits it), a
    title ending "| Fox News", or "the BBC understands", "CNN has learned"."""
    for span in outlets:
        doc = span.doc
        if span.start < 40 and span.start > 0 and span.end < len(doc) \
                and doc[span.start - 1].text == "(" and doc[span.end].text == ")":
            if wire_site is None or wire_site(span.text):
                return span.text
            continue
        if span.start > 0 and doc[span.start - 1].text in ("|", "-", "\u2013", "\u2014") \
                and (span.end == len(doc) or "\n" in doc[span.end].text) and "\n" not in doc[:span.start].text:
            return span.text  # the title line: "Huckabee announces bid | Fox News"
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_ in ("understand", "learn") and root.head.i > root.i:
            return span.text
        if root.dep_ == "nsubj" and root.head.lemma_ == "confirm" and root.head.i > root.i and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in root.head.children):
            return span.text  # "Fox News has confirmed that ...": the outlet's own reporting, in its own voice
        if root.dep_ == "nsubjpass" and root.head.lemma_ == "tell":
            return span.text  # "the BBC has been told"
        if staff_of(span):
            return span.text  # 'Caroline Hawley, BBC diplomatic correspondent': the outlet's own staff
        if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ == "see" \
                and root.head.head.tag_ == "VBN":
            return span.text  # "a letter seen by the BBC": what the outlet itself saw ("obtained by The Atlantic"
            # names another outlet's scoop as often as the article's own)
        if asks_for_comment(span) or told_by_wire(span) or could_not_verify(span):
            return span.text
    return None


def staff_of(span) -> bool:
    """'BBC diplomatic correspondent', 'BBC political editor': a desk of the outlet, written in lower case, up to two
    lower-case words after its name (not 'BuzzFeed Editor-in-Chief Ben Smith', the head of another outlet, nor 'the
    Weekly Standard editor was not alone', someone named by his post)."""
    doc = span.doc
    if span[0].lower_ in ("the", "a", "an") or (span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an")):
        return False
    for j in range(span.end, min(len(doc), span.end + 3)):
        word = doc[j].text
        if word in ("correspondent", "editor"):
            return not (j + 1 < len(doc) and doc[j + 1].text == "-")
        if not (word.isalpha() and word.islower()):
            return False
    return False


COMMENT_VERBS = frozenset({"contact", "reach", "ask", "request", "seek", "email", "call", "approach", "respond",
                           "reply", "return"})
COMMENT_NOUNS = frozenset({"request", "requests", "inquiry", "inquiries", "enquiry", "enquiries", "query", "queries",
                           "questions", "message", "messages", "email", "emails", "call", "calls"})


def asks_for_comment(span) -> bool:
    """"Newsweek has contacted the company for comment", "when contacted by Reuters", "did not respond to
    Reuters' request for comment": an outlet asking for comment is the article's own."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in ("contact", "reach") and \
            head.head.tag_ == "VBN":
        return True  # "when contacted by Reuters", "reached by the Times"
    if not any(t.lower_ in ("comment", "comments") for t in span.sent):
        # "did not respond to HuffPost queries", "has not returned Reuters' calls", "did not reply to questions
        # from the BBC": requests the outlet itself sent, even with no "comment" said
        if root.dep_ in ("poss", "compound") and head.lower_ in COMMENT_NOUNS:
            return _unanswered(head)
        doc = span.doc
        if span.end < len(doc) and doc[span.end].lower_ in COMMENT_NOUNS and span.start >= 2 and \
                doc[span.start - 1].lower_ == "to" and doc[span.start - 2].lemma_ in ("respond", "reply"):
            return True  # the same when the parse took "queries" for a verb
        return root.dep_ == "pobj" and head.lower_ in ("from", "by") and head.head.lower_ in COMMENT_NOUNS and \
            _unanswered(head.head)
    if root.dep_ == "nsubj" and head.lemma_ in COMMENT_VERBS:
        return True
    if root.dep_ == "poss" and head.lower_ in COMMENT_NOUNS:
        return True
    if root.dep_ == "pobj" and (head.head.lemma_ in COMMENT_VERBS or head.head.lower_ in COMMENT_NOUNS):
        return head.lower_ in ("by", "to", "from")
    return False


def _unanswered(noun) -> bool:
    """The object of respond to / reply to / return / answer: what an outlet's reporter asked."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head if noun.dep_ == "dobj" \
        else None
    return verb is not None and verb.lemma_ in ("respond", "reply", "return", "answer")


def told_by_wire(span) -> bool:
    """"told Gizmodo by email", "told Newsweek by phone": an interview by the article's own reporter."""
    root = span.root
    if root.dep_ not in ("dobj", "dative") or root.head.lemma_ != "tell":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.lower_ in ("email", "e-mail", "phone", "telephone", "text")
                                                              for g in c.children) for c in root.head.children)


def outlet_name(span, short: dict[str, str]) -> tuple[str, str]:
    """The outlet's name as the article gives it ("The Huffington Post", "Bloomberg News"), the lexicon's full
    name for a short form ("the Times" -> "The New York Times") and beside an acronym ("Associated Press (AP)")."""
    if len(span) == 2 and span[1].text in short and span[0].lower_ == "the":
        return short[span[1].text], "outlet"  # "the Post" after "The Washington Post"
    hit = canonical_outlet(span.text)
    if hit:
        return display_name(span, hit[0]), hit[1]
    toks = [t for t in span if t.text not in POSSESSIVE]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    name = join_tokens(toks) or span.text
    doc = span.doc
    near = doc[max(0, span.start - 1):min(len(doc), span.end + 2)]  # 'news agency ESTA', 'the Norpress news agency'
    kind = "agency" if any(t.lower_ == "agency" for t in near) else "outlet"
    return name, kind


OUTLET_WORDS_AFTER = frozenset({"news", "agency", "newspaper", "daily", "channel", "tv", "television", "radio"})


def display_name(span, canonical: str) -> str:
    """How to name a known outlet met as ``span``: its own words when they are a full name of two words or more
    ("Huffington Post", "Bloomberg News"), the canonical name for a short form ("the Times", "Guardian"), both for
    an acronym ("AFP" -> "Agence France-Presse (AFP)", read either way)."""
    words = [t for t in span if t.text not in POSSESSIVE]
    if words and words[0].lower_ == "the":
        words = words[1:]
    surface = join_tokens(words)
    if not surface or own_key(surface) == own_key(canonical):
        return canonical
    if len(words) == 1 and surface.isupper() and surface.isalpha() and len(surface) <= 5:
        doc, end = span.doc, span.end
        while end < min(len(doc), span.end + 2) and doc[end].lower_ in OUTLET_WORDS_AFTER:
            end += 1  # 'quoted by AFP news agency': named with its outlet words, as an annotator copies it
        return f"{canonical} ({doc[span.end - 1:end].text})" if end > span.end else f"{canonical} ({surface})"
    return surface if len(words) >= 2 else canonical


CHECK_VERBS = frozenset({"verify", "confirm", "reach", "determine", "establish", "authenticate", "corroborate"})


def could_not_verify(span) -> bool:
    """"Reuters could not independently verify the footage", "The AP was unable to confirm": what an outlet says
    of its own checking."""
    root = span.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_ in CHECK_VERBS:
        return any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in ("could", "can", "ca", "did", "does", "has", "have") for c in verb.children)
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "unable" and any(
        g.lemma_ in CHECK_VERBS for g in c.subtree) for c in verb.children)
