"""Quotation-mark spans that direct_quotes keeps or leaves out by their place on the page: a quote cut off by the
end of the page (counted when its speaker is named before it, not when its attribution would have followed), quoted
nouns in the place of a predicate (someone's characterisation), known catchphrases (labels), slogans a crowd chants
(quotes, though short or in capitals)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import DATA, read_rows
from .cues import speech_cues
from .sentence_view import doc_text, doc_view
from .text_lines import line_bounds, line_start

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
RUN_WORDS = 4  # a quote of at least this many words in the sentence before: someone's words going on
CAPTION_WORDS = 10  # a picture caption or crosshead between paragraphs
SENTENCE_ENDS = ".!?:;\"'\u201d\u2019"


def cut_by_page_end(text: str, m) -> bool:
    """The quote never closes and nothing but space follows it: the page was cut off inside it."""
    return not m.closed and not text[m.close:].strip()


CUT_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)")


def last_complete_sentence(text: str, m) -> int:
    """Where a quote the end of the page cut off ends: after its last complete sentence ('"The members are angry,
    and I am angry. If the company thinks we will go back' -> 'The members are angry, and I am angry.'), as the
    annotators keep it; the whole quote when it ends a sentence or holds no complete one."""
    if not cut_by_page_end(text, m) or text[m.start:m.end].rstrip("\"'\u201d\u2019 )")[-1:] in (".", "!", "?"):
        return m.end
    ends = [x.end() for x in CUT_SENTENCE_END.finditer(text, m.start, m.end)]
    return ends[-1] if ends and len(WORD.findall(text[m.start:ends[-1]])) >= 2 else m.end


def unattributed_cut_off(doc, index, m) -> bool:
    """A quote opening its own sentence, cut off by the end of the page, after a sentence that quotes no one:
    its attribution ('..., she said') was cut off with it, so the page does not name its speaker (annotation
    rules: a fragment with no identifiable speaker is left out). After a quoted sentence (short caption lines
    between them passed over) it goes on with the same speaker's words and is kept."""
    text = index.text
    if not cut_by_page_end(text, m) or _holds_a_sentence(text, m):
        return False
    end = _before_captions(text, m.open)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    span = doc.char_span(end - 1, end, alignment_mode="expand") if end > 0 else None
    if span is None or not len(span):
        return True
    start = doc[index.sentence(span[0].i)[0]].idx
    for q in index.quotes:
        if q.close > start and q.open < m.open and q is not m and \
                len(WORD.findall(text[q.start:q.end])) >= RUN_WORDS:
            return False
    return True


def _holds_a_sentence(text: str, m) -> bool:
    """The cut-off quote holds a whole sentence of its own words ('"We are monitoring the situation closely. We
    have asked the auth'): news style puts a quote's attribution after its first sentence, with a comma ('"...," she
    said'); a full stop there says the quote came in already attributed, by the report before it, and goes on in that
    speaker's words (the annotators keep it, up to its last whole sentence)."""
    body = text[m.start:m.end].rstrip("\"'\u201d\u2019 )")
    ends = [x.end() for x in CUT_SENTENCE_END.finditer(text, m.start, m.end)]
    if body[-1:] in (".", "!", "?"):
        ends.append(m.start + len(body))
    return any(len(WORD.findall(text[m.start:e])) >= RUN_WORDS for e in ends)


def _before_captions(text: str, pos: int) -> int:
    """Where the text before ``pos`` ends, past the short lines with no closing punctuation right above it (a
    picture caption, a name under a photo); a quoted crosshead ('Snap decision' in marks) ends it."""
    a = line_start(text, pos)
    if a == 0 or text[a:pos].strip():
        return pos  # the quote does not open its line
    end = a - 1
    while end > 0:
        a = line_start(text, end)
        line = text[a:end].strip()
        if line and (len(WORD.findall(line)) > CAPTION_WORDS or line[-1] in SENTENCE_ENDS):
            return end
        end = a - 1
    return 0


NAMING_PARTICIPLES = frozenset({"call", "name"})


def naming_participle(doc, m) -> bool:
    """The quotation is a name a participle gives the noun before it ('a children's competition called "Draw a
    Country at Peace."', 'a group named "Mothers for Peace"'): a title or name, no one's words; not when the
    participle names who calls it so ('the plan, called "reckless" by the governor')."""
    span = doc.char_span(max(0, m.open - 30), m.open, alignment_mode="contract")
    toks = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    if not toks:
        return False
    t = toks[-1]
    return t.tag_ == "VBN" and t.dep_ == "acl" and t.lemma_.lower() in NAMING_PARTICIPLES and \
        not any(c.dep_ == "agent" for c in t.children)


def asked_by_nobody(doc, m) -> bool:
    """A question put to the subject of a passive 'ask' with no asker right before the quotation ('Voters will be
    asked on 18 September: "Should X be independent?"', 'She was asked: "Will you resign?"'): the words of an
    unidentified questioner, left out by the annotation rules, as is an unowned 'question:' ('to answer the Yes/No
    question: "..."'); not when the clause names the asker ('was asked by
    X') or goes on to another verb ('was asked about the vote and replied: "..."')."""
    span = doc.char_span(max(0, m.open - 80), m.open, alignment_mode="contract")
    toks = [t for t in span if not t.is_space] if span is not None else []
    words = [t for t in toks if not t.is_punct]
    if words and words[-1].lemma_.lower() == "question" and words[-1].pos_ == "NOUN" and not any(
            c.dep_ == "poss" or c.lower_ in ("from", "by") for c in words[-1].children):
        return True  # 'voters will answer the Yes/No question: "Should X be independent?"'
    for t in reversed(toks):
        if t.lemma_.lower() == "ask" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
            return not any(c.dep_ == "agent" for c in t.children) and \
                not any(x.i > t.i and x.pos_ in ("VERB", "AUX") for x in toks)
    return False


NAME_NOUNS = frozenset({"theme", "motto", "slogan", "title", "banner", "tagline", "hashtag", "headline", "codename",
                        "term", "phrase", "expression"})
NAMED_BY_OF = frozenset({"policy", "principle", "doctrine", "concept", "strategy", "theme", "spirit", "slogan",
                         "motto", "formula", "notion", "definition"})


def naming_noun(doc, m) -> bool:
    """The quotation is the name a noun right before it gives: a theme, motto, slogan or title ('held under the
    theme, "Partnership for a resilient future"', 'under the theme: "Building bridges ..."', 'the motto "Our region,
    our voice"'), a term or phrase the sentence talks about ('avoided the term "..."', 'changed the phrase "..." to
    ...'), or what a policy, principle or concept is called or how a law defines a thing ('is pursuing a policy of
    "active regional stewardship"', 'the principle of "dialogue before deterrence"', 'based on the concept of the
    "..."', 'the bill's definition of "..."'): a name, no one's words (annotation rules: titles and set terms are
    left out). Not a slogan a crowd chants (the caller keeps those) nor a noun a speaker owns ('his title')."""
    span = doc.char_span(max(0, m.open - 40), m.open, alignment_mode="contract")
    toks = [t for t in span if not t.is_space and t.text not in (",", ":", "\u2014", "-")] if span is not None else []
    if not toks or toks[-1].is_punct:
        return False
    if len(toks) > 2 and toks[-1].lower_ in ARTICLES and toks[-2].lower_ == "of":
        toks = toks[:-1]  # 'the concept of the "..."': the article of the named thing
    t = toks[-1]
    if t.lower_ == "of" and len(toks) > 1 and toks[-2].pos_ == "NOUN" and toks[-2].lemma_.lower() in NAMED_BY_OF:
        quoted = doc.char_span(m.start, m.end, alignment_mode="expand")
        return quoted is not None and len(quoted) > 0 and quoted.root.pos_ in ("NOUN", "PROPN")
    return t.pos_ == "NOUN" and t.lemma_.lower() in NAME_NOUNS and not any(c.dep_ == "poss" for c in t.children) \
        and t.head.lemma_.lower() not in CHANT_WORDS  # 'protesters chanted the slogan "..."': the crowd's words


CHARGE_HEADS = frozenset({"charge", "count", "offence", "offense", "crime", "convict", "indict", "sentence", "arrest",
                          "detain", "jail", "imprison", "prosecute", "guilty"})
CHARGE_PREPS = frozenset({"of", "with", "for", "including"})


LISTED_AFTER_QUOTE = re.compile(r"[\"\u201d]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")


def charge_wording(doc, m) -> bool:
    """The quotation is the wording of a charge ('was jailed on charges of "spreading false news"', 'charged with
    "inciting unrest" and "insulting officials"', 'found guilty of "..."'): the words of an indictment the page does
    not credit to anyone, which the annotators leave out (no identifiable speaker); 'Prosecutors charged him with
    "..."' and 'accused X of "..."' name who used the words and stay quotes (accuse is no charge head here)."""
    return _charge_at(doc, m.start, m.end, 0)


def _charge_at(doc, start: int, end: int, depth: int) -> bool:
    """``charge_wording`` for the quoted words at characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    text = doc_text(doc)
    listed = LISTED_AFTER_QUOTE.search(text, max(0, start - 12), start - 1) if start > 1 else None
    if listed is not None and depth < 4:  # '... of "A", "B" and "C"': the parser hangs B and C anywhere; they go
        close = listed.start()  # with the quotation listed before them
        opened = max(text.rfind("\u201c", 0, close), text.rfind('"', 0, close))
        if opened >= 0 and "\n" not in text[opened:close] and _charge_at(doc, opened + 1, close, depth + 1):
            return True
    t = span.root
    for _ in range(4):  # '"A", "B" and "C"': the first of the coordinated charges
        if t.dep_ != "conj" or t.head.i >= span.start:
            break
        t = t.head
    if t.dep_ not in ("pobj", "pcomp") or t.head.lower_ not in CHARGE_PREPS or t.head.i >= span.start:
        return False
    head = t.head.head
    if head.i >= span.start or head.lemma_.lower() not in CHARGE_HEADS:
        return False
    return not (head.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in head.children))  # 'Prosecutors charged him
    # with "..."': the prosecutors' words


JUDGING_POS = frozenset({"ADJ", "ADV", "CCONJ", "PUNCT"})


def judging_phrase(span) -> bool:
    """Quoted words in front of a noun that are an adjective phrase of two or more words ('the "very robust"
    sanctions', 'a "frank and constructive" call', '"strong and stable" leadership'): someone's judgement of the
    thing, counted as a partial quote, unlike a label made of a noun ('his "deep state" Justice Department')."""
    words = [t for t in span if not t.is_punct]
    return len(words) >= 2 and all(t.pos_ in JUDGING_POS for t in span) and any(t.pos_ == "ADJ" for t in words)


DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"})


def label_before_noun(doc, m) -> bool:
    """Quoted words between a determiner and the noun they modify, with no verb among them ('a "state of the art"
    crisis centre', 'the "shoot to see" programme', 'a "once in a generation" chance'): a compound adjective set in
    marks, a label; the caller asks this only when no cue governs the words ('described it as a "once in a
    generation" investment' is the speaker's). Not an adjective phrase of judgement ('a "frank and constructive"
    call', see ``judging_phrase``)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) < 2 or span.start < 2 or span.end + 1 >= len(doc):
        return False
    before, after = doc[span.start - 2], doc[span.end + 1]  # past the marks
    if before.lower_ not in DETERMINERS or after.pos_ not in ("NOUN", "PROPN") or not after.text[:1].islower():
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in span) and not judging_phrase(span)


CHANT_WORDS = speech_cues().roles["chant_words"]
SLOGAN_NOUNS = frozenset({"slogan"})
RAISING = frozenset({"raise"})  # 'raised slogans': South Asian English for chanting them


def chant_word(doc, m):
    """The chant word right before the opening mark, when the quotation is what a crowd chants or shouts ('the
    crowd was chanting "Down with X!"', 'interrupted with chants of "Long live Y"', 'cries of "Shame!"'); such a
    slogan is the crowd's quote (annotation rules), not a title or a label, though short and in capitals."""
    span = doc.char_span(max(0, m.open - 40), m.open, alignment_mode="expand")
    view = doc_view(doc)  # (the view's lists: a Token only for the words kept)
    punct, texts, idx = view.punct, view.text, view.idx
    toks = [view.tokens[k] for k in range(span.start, span.end) if not punct[k] and not texts[k].isspace()
            and idx[k] < m.open] if span is not None else []
    if toks and toks[-1].lower_ == "of":
        toks.pop()
    if toks and toks[-1].lemma_.lower() in SLOGAN_NOUNS and toks[-1].head.lemma_.lower() in CHANT_WORDS | RAISING:
        return toks[-1]  # 'chanting slogans of "..."', 'raised slogans of "..."': the slogan the crowd chants
    return toks[-1] if toks and toks[-1].lemma_.lower() in CHANT_WORDS else None


@lru_cache(maxsize=1)
def catchphrases() -> frozenset[str]:
    """Political set terms and catchphrases (data/catchphrases.tsv), lower case."""
    return frozenset(r[0].lower() for r in read_rows(DATA / "catchphrases.tsv") if r)


LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+")


def is_catchphrase(words: str) -> bool:
    """The quoted words are a known set term or catchphrase ('witch hunt', 'red lines', with its article inside the
    marks too: 'crossing "a red line"', 'part of "a witch hunt"'): a label, no quote."""
    key = words.lower().replace("\u2019", "'").strip(" .,;:!?")  # 'don\u2019t ask, don\u2019t tell' as typeset
    return key in catchphrases() or LEADING_ARTICLE.sub("", key, count=1) in catchphrases()


def predicate_phrase(span) -> bool:
    """Quoted nouns standing for what something is said to be: the complement of a copula ('the deal was "harbour
    theft"', 'the vote was a "harbour moment"'), of 'as' after a verb ('described the port as a "ghost harbour"')
    or of a naming verb ('called the director the "harbour boss"'). The speaker's own characterisation, counted as
    a partial quote, unlike a label the sentence only uses ('avoid "toll gates"')."""
    root = span.root
    if root.dep_ in ("attr", "oprd"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.pos_ in ("VERB", "AUX"):
        return True
    return _naming_complement(span)


NAMING_VERBS = speech_cues().roles["label_verbs"]
ARTICLES = frozenset({"a", "an", "the"})


def _naming_complement(span) -> bool:
    """The second object of a naming verb that the parser hung on a gerund or noun of the first ('called such
    seal culling a "grim ritual"', 'called building the tram line a "costly folly"'): the quoted noun phrase, after
    an article, whose chain of heads reaches the naming verb before it; what the speaker called the thing."""
    doc = span.doc
    before = next((t for t in reversed(doc[max(0, span.start - 3):span.start]) if not t.is_punct), None)
    if (before is None or before.lower_ not in ARTICLES) and span[0].lower_ not in ARTICLES:
        return False
    t = span.root
    if t.dep_ not in ("dobj", "npadvmod", "appos"):
        return False
    for _ in range(3):
        t = t.head
        if t.i >= span.start:
            return False
        if t.pos_ == "VERB" and t.lemma_.lower() in NAMING_VERBS:
            return True
        if t.head.i == t.i:
            return False
    return False


SMALL = {"of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "by", "or", "with", "from", "is", "as"}


def verb_of(word: str, verbs) -> str | None:
    """'Urges' -> 'urge', 'Denies' -> 'deny', 'Slams' -> 'slam', 'Urge' -> 'urge' (a headline's verb)."""
    low = word.lower()
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-3] + "y" if low.endswith("ies") else "",
                 low[:-2] if low.endswith("es") else ""):
        if cand and cand in verbs:
            return cand
    return None


TITLE_CUES = (speech_cues().roles["headline_verbs"] | speech_cues().roles["label_verbs"]) - {"report", "question", "rule"}
TITLE_CUE_REACH = 6  # words between a title-case line's cue verb and the quotation it governs


def title_line_cue(text: str, m) -> bool:
    """A quotation in a title-case or capitals line after a cue verb of that line ("X Calls Y A 'Grim Ritual'",
    "... SAYS 'COWARDLY ATTACK' WILL NOT DETER TALKS", "Governor Hails 'Turning Point' In Recovery"): the parser tags
    every word of such a line a proper noun, so the quoted words' tags cannot tell a label from what someone called
    it; the cue verb before them says they are someone's words. A bare verb form ('Call') only after a plural
    ('Farmers Call'), as in ``headline_quotes._headline_reports``; not the line's first word."""
    if not in_title_case_line(text, m):
        return False
    words = WORD.findall(text[line_start(text, m.open):m.open])
    for k in range(max(1, len(words) - TITLE_CUE_REACH), len(words)):
        lemma = verb_of(words[k], TITLE_CUES)
        if lemma is not None and (words[k].lower() != lemma or words[k - 1].lower().endswith("s")):
            return True
    return False


def in_title_case_line(text: str, m) -> bool:
    """The line around the quote is written in title case ("Ceasefire Talks 'Still On', Says Egypt"): capitals on
    the quoted words say nothing of a title of a work there."""
    a, b = line_bounds(text, m.open, m.close)
    rest = WORD.findall(text[a:m.open]) + WORD.findall(text[m.close:b])
    content = [w for w in rest if w.lower() not in SMALL and not w[:1].isdigit()]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)
