"""Speakers given only by description ('A senior Conservative MP has warned ...') named from the person who
carries that description below (pronouns after a description: description_pronouns; the nearest earlier
description and the informant of 'the source': description_sources)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..lexicons import data_json
from ..model import Quote, Speaker
from .actor_countries import phrase_country
from .bare_names import bare_name_next
from .cues import norm_word, person_words, portfolio_words, speech_cues
from .datelines import dateline_end_at
from .description_antecedents import title_of_last_subject
from .description_sources import nearest_descriptions
from .names import RANK_MODIFIERS, title_words
from .national_holders import national_holder
from .role_named_below import role_named_below
from .speaker_descriptions import LINKED_BODIES, SPOKESPERSON, bare_title_word
from .speakers import description_like, same_description_person
from .text_lines import line_end

DESCRIPTION_WINDOW = 3000
GENERIC_MODS = {"a", "an", "one", "senior", "top", "leading", "prominent", "veteran", "former", "high-ranking",
                "influential", "outspoken", "backbench", "junior", "longtime", "long-serving"}


def _name_descriptions(doc, index, quotes: list[Quote]) -> None:
    """'A senior Conservative MP has warned that ...' in a lede, then 'the MP, Harold Penwick' below: the
    description is the named person when a later person carries the same description in their title
    (head noun and every capitalised word), or, in a headline or lede, when the next paragraph opens
    with a person of no other title; else the description stays the speaker. Anonymous roles ('a senior
    official') are never named this way. A description the name finder took for a person ('says Tory
    MP') is treated as a description."""
    pw = person_words()
    cache: dict[object, object] = {}
    titled: dict[str, object] = {}  # a definite description's words -> the person it was found to name
    nearest_descriptions(doc, index, quotes)
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not sp.mention:
            continue
        if sp.entity is not None:
            ent = index.entity(sp.entity)
            if ent is None or not description_like(ent, pw):
                continue
            if ent.id not in cache:
                s0, e0 = min(ent.mentions)
                cache[ent.id] = _described_person(doc, index, Speaker(name=ent.name, entity=ent.id, mention=index.text[s0:e0],
                                                                      start=s0, end=e0), pw)
            found = cache[ent.id]
        else:
            if " and " in sp.name and " and " not in sp.mention:
                continue  # 'The leaders' already found to be the people the subject lists ('A and B'): no description
            words = sp.mention.split()
            if words and words[0].lower() in ("a", "an") and sp.start not in cache:
                group = _named_group(doc, index, sp)  # 'A group of doctors ...', then 'The group, Doctors for X,'
                if group is not None:
                    cache[sp.start] = group
            if sp.start in cache and cache[sp.start] is not None:
                found = cache[sp.start]
                q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)
                continue
            headline = sp.start < _first_break(index.text)
            if sp.start not in cache and words and words[0].lower() in ("a", "an", "one") and not headline:
                cache[sp.start] = _named_next_sentence(doc, index, sp, pw) or \
                    bare_name_next(doc, index, sp, pw) or \
                    role_named_below(doc, index, sp, pw)  # '... X told'; '... / X said'; 'X, a spokesman for Y,'
            elif sp.start not in cache and words and words[0].lower() in ("a", "an") and \
                    _first_break(index.text) >= LEDE_CHARS:  # no headline above: the first line is the lede
                cache[sp.start] = role_named_below(doc, index, sp, pw)
            if cache.get(sp.start) is not None:
                found = cache[sp.start]
                q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)
                continue
            if len(words) == 1 and words[0].lower() in ("he", "she") and sp.name in titled:
                found = titled[sp.name]  # '"...," he said' after 'the leader of X said': the person that title named
                q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)
                continue
            if not headline and (len(words) < 2 or words[0].lower() not in ("a", "an")) and \
                    not _lede_subject(doc, index.text, sp):
                found = national_holder(doc, index, sp, pw) or \
                    title_of_last_subject(doc, index, sp, pw, quotes) or _earlier_holder(doc, index, sp, pw) or \
                    _lede_spokesperson(doc, index, sp, pw) or \
                    (bare_name_next(doc, index, sp, pw) if re.search(r"['\u2019]s ", sp.mention) else None)
                if found is not None:
                    titled[sp.name] = found
                    q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start,
                                        end=sp.end)
                continue  # 'a senior MP'; in a headline also 'says Tory MP'; 'The work and pensions secretary has said'
            if cache.get(sp.start) is None:
                cache[sp.start] = _described_person(doc, index, sp, pw)
                _learn_title(index, cache[sp.start], sp.mention)
            found = cache[sp.start]
        if found is not None:
            q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)


def _learn_title(index, found, mention: str) -> None:
    """A lede's description named below by a person the page gives no title ("South Korea's newly appointed
    unification minister said ...", then 'Jo Roe said ...'): the description's words become that person's title,
    so a later 'the unification minister' is that person too."""
    if found is None or found.type != "PERSON" or not ("'s " in mention or "\u2019s " in mention):
        return  # a country's or body's office only: 'The Prime Minister' alone stays an office the page may give
    k = next((n for n, e in enumerate(index.entities) if e is found), None)
    if k is not None and not index.titles.get(k) and not found.title:
        index.titles[k] = title_words(mention)


EARLIER_WINDOW = 1500


def _earlier_holder(doc, index, sp: Speaker, pw, window: int = EARLIER_WINDOW):
    """'Foreign Ministry Spokesman X said ...', then '"...," the ministry's spokesman noted'; 'FARC negotiator X
    said ...', then 'the FARC official said': a definite description with a lower-case singular head (not an
    office written as a name, 'the Foreign Minister') is the person named last before it whose title has the
    same head noun, or a capitalised word the description names ('NATO' in 'the NATO chief' and 'NATO Secretary
    General X'), when nobody else named between them fits it too. Also for anonymous roles ('the official')."""
    words = sp.mention.split()
    if words[0].lower() in ("a", "an", "one", "another"):
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span) or any(index.tok2ent.get(t.i) is not None and
                                            index.entities[index.tok2ent[t.i]].type == "PERSON" for t in span):
        return None
    head = span.root
    if head.tag_ != "NN" or not head.text.islower():
        return None
    key = pw.expand(norm_word(head.lemma_))
    if key not in pw.titles and head.lower_ not in pw.anonymous_roles:
        return None  # 'federal law' is no person
    marks = {pw.expand(norm_word(bare_title_word(t.text))) for t in span if t.i != head.i and t.text[:1].isupper()
             and t.pos_ == "PROPN"}
    nation = phrase_country(head)
    fits, last = set(), {}
    for k, ent in enumerate(index.entities):
        if ent.type != "PERSON" or description_like(ent, pw):
            continue
        before = [s for s, _ in ent.mentions if sp.start - window <= s < sp.start]
        if not before:
            continue
        last[k] = max(before)
        titles = {pw.expand(norm_word(bare_title_word(w))) for w in index.titles.get(k, set())}
        if nation is not None and ent.country is not None and ent.country != nation:
            continue
        if key in titles or marks & titles:
            fits.add(k)
    if not fits:
        return None
    member = index.named_member_of(head, [(last[k], k) for k in fits], key)
    if member is not None:  # 'the TUV leader' after 'DUP leader X' and "the TUV's Y says": Y
        return index.entities[member]
    return index.entities[max(fits, key=lambda k: last[k])]  # the latest who fits: nobody fitting comes between


def _described_person(doc, index, sp: Speaker, pw):
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    found = same_description_person(index, span, exclude=sp.entity)
    if found is not None:
        return found
    head = span.root
    key = pw.expand(norm_word(head.lemma_))
    owned = head.lower_ in pw.generic_office_words and any(c.dep_ == "poss" for c in head.children)
    if (head.lower_ in pw.anonymous_roles or key in pw.anonymous_roles) and not _body_spokesperson(head, key) and \
            not owned or key not in pw.titles:
        return None  # "Drevnia's top diplomat" (a country's or body's) may be named below; 'a senior official' not
    return _named_below_lede(doc, index, sp, key, pw)


def _body_spokesperson(head, key: str) -> bool:
    """'the German government spokesman', 'a Foreign Ministry spokesperson', 'A spokesman for the X': a spokesperson
    of a body the phrase names, whom the page names below; not a bare 'a spokesman'."""
    return key == SPOKESPERSON and any(c.dep_ in ("compound", "amod", "nmod", "poss") or
                                       c.dep_ == "prep" and c.lower_ in ("for", "of", "at") for c in head.children)


def _lede_spokesperson(doc, index, sp: Speaker, pw):
    """'..., the German government spokesman said.' closing the lede, then 'X said ...' opening a paragraph below:
    a definite body spokesperson of the lede is the person named there (as for a lede subject)."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    key = pw.expand(norm_word(span.root.lemma_))
    office = key in pw.titles and key not in pw.anonymous_roles and span.root.lower_ not in pw.anonymous_roles
    if not (_body_spokesperson(span.root, key) or office):
        return None  # ', the finance minister said.' closing the lede: named below too
    return _named_below_lede(doc, index, sp, key, pw, untitled=span.root.tag_ in ("NN", "NNP"))


def _first_break(text: str) -> int:
    k = text.find("\n")
    return len(text) if k < 0 else k


def _named_below_lede(doc, index, sp: Speaker, key: str, pw, untitled: bool = False):
    """A description in the headline or lede ('A senior Conservative MP has warned ...', "SEOUL (Yonhap) --
    South Korea's unification minister called on ..."), then one of the two paragraphs below the lede opening
    with the person's name ('Sir Graham Whitlow, who chairs ..., told the BBC', 'In a meeting with reporters,
    Kwon Young-se also urged ...'). The person must carry no other office ('Health Secretary Tom Marl' is
    someone else; a rank such as 'Admiral' is no office); with ``untitled`` (a singular office closing the lede)
    also a person of no title named right after a quotation opening a paragraph."""
    text = index.text
    paras = _paragraph_starts(text)
    lede = _lede_index(text, paras)
    k = bisect_right(paras, sp.start) - 1
    if lede is None or k > lede:
        return None  # only the headline lines and the lede
    for start in paras[k + 1:lede + 3]:
        if start <= sp.end:
            continue
        start = dateline_end_at(doc, start) or start  # 'KELSBURY, Feb. 3 (NPA) -- ...': the story opens after it
        hit = None
        for ent in index.entities:
            if ent.type != "PERSON" or description_like(ent, pw):
                continue
            first = min((s for s, _ in ent.mentions if s >= start), default=-1)  # (a caption above may name them)
            before = text[start:first] if first >= 0 else ""  # no mention below: no copy of the page
            if start <= first <= start + 80 and (all(w[:1].isupper() for w in before.split()) and first <= start + 30
                                                 or _opening_phrase(before)) or _quote_then_titled(text, start, first, ent, key, pw, untitled):
                hit = ent
                break
        if hit is None:
            continue
        if any(paras[lede] <= s < sp.start for s, _ in hit.mentions):
            return None  # named before in the lede: someone else (a headline or caption line above it may name
            # the person: 'Jo Roe has led the group since 2019' under a photo, then '..., the group leader said.')
        last = norm_word(hit.title.split()[-1]) if hit.title else ""
        if last and pw.expand(last) != key and last not in _ranks() and key not in pw.generic_office_words:
            return None
        if last and pw.expand(last) == key and _other_portfolio(text[sp.start:sp.end], hit.title):
            return None  # "Norland's foreign minister said" above 'Defence Minister X told ...': someone else
        return hit
    return None


def _other_portfolio(description: str, title: str) -> bool:
    """The lede's office and a title below share their head ('minister') but name different portfolios: the
    description's lower-case words before its head ('foreign' of "Norland's foreign minister") and the title's
    words before its last ('Defence' of 'Defence Minister') have none in common. Only portfolio words count:
    "Norland's outspoken minister" names no portfolio, so vetoes nobody."""
    desc = {w for w in description.split()[:-1] if w.isalpha() and w.islower() and w in portfolio_words()
            and w not in RANK_MODIFIERS}
    own = {w.lower() for w in title.split()[:-1] if w.isalpha()}
    return bool(desc) and bool(own) and not desc & own


QUOTE_OPENERS = ('"', '\u201c')
LEDE_CHARS = 150  # the first line at least this long below the headline lines is the lede paragraph


def _paragraph_starts(text: str) -> list[int]:
    """Start offsets of the non-empty lines: paragraphs, whether blank lines or single line breaks part them."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(pos)
        pos += len(line) + 1
    return out


SENTENCE_ENDS = (".", "!", "?", '."', ".\u201d", ".'", ".\u2019")
CAPTION_END = re.compile(r"\b(?:Photo|Picture|Image|Photograph)s?(?: by|:| courtesy of) [^.]{1,80}$")
CAPTION_TAIL = 110  # CAPTION_END matches at most 104 characters at the line's end: searched there only


def _lede_index(text: str, paras: list[int]) -> int | None:
    """Index (in ``paras``) of the lede: of the first five paragraphs, the first below a short headline line that
    reads as a paragraph (long enough, or ending as a sentence does; not '(ATTN: UPDATES ...)'), else None."""
    for n, start in enumerate(paras[:5]):
        line = text[start:line_end(text, start)].rstrip()
        if (len(line) >= LEDE_CHARS or n > 0 and line.endswith(SENTENCE_ENDS)) and \
                not CAPTION_END.search(line, max(0, len(line) - CAPTION_TAIL)):
            return n  # a photo caption above the lede ('... Photo by Jo Roe/Agency') is none
    return None


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    return frozenset(data_json("person_titles.json").get("ranks", ()))


def _quote_then_titled(text: str, start: int, first: int, ent, key: str, pw, untitled: bool = False) -> bool:
    """A paragraph opening with a quotation whose attribution names the person with the description's office
    ('"...," said the minister, X.' below 'the finance minister said' in the lede), or names, right after the
    closing mark, a person the page gives no title ('"...," Jo Roe told Reuters' below "..., Norland's foreign
    minister said on Friday.": the agency lede's description, then its words)."""
    if text[start:start + 1] not in QUOTE_OPENERS or not start < first <= start + 400 or "\n" in text[start:first]:
        return False
    if ent.title or not untitled:
        return bool(ent.title) and pw.expand(norm_word(ent.title.split()[-1])) == key
    close = max(text.rfind("\u201d", start + 1, first), text.rfind('"', start + 1, first))
    return close > start and len(text[close + 1:first].split()) <= 2 and "." not in text[close + 1:first]


def _opening_phrase(before: str) -> bool:
    """'Speaking to BBC Breakfast, ', 'In a meeting with reporters, ' before the name that opens a paragraph: one
    capitalised phrase of a few words ending in a comma, also before the person's title ('Speaking in Geneva,
    Foreign Minister X said')."""
    head, comma, title = before.rpartition(",")
    if comma and title.split() and len(title.split()) <= 4 and all(w[:1].isupper() for w in title.split()):
        before = head + ", "
    words = before.split()
    return bool(words) and words[0][:1].isupper() and before.rstrip().endswith(",") and len(words) <= 8 \
        and "," not in before.rstrip()[:-1]


def _lede_subject(doc, text: str, sp: Speaker) -> bool:
    """A description opening the lede paragraph below the headline lines ('The work and pensions secretary has
    said', "SEOUL, May 22 (Yonhap) -- South Korea's unification minister called on ...")."""
    paras = _paragraph_starts(text)
    lede = _lede_index(text, paras)
    if lede is None or lede == 0:
        return False
    start = paras[lede]
    start = dateline_end_at(doc, start) or start
    return start <= sp.start <= start + 40 and (lede + 1 >= len(paras) or sp.start < paras[lede + 1])


def _named_group(doc, index, sp: Speaker, window: int = DESCRIPTION_WINDOW):
    """'A group of doctors has warned ...' and below 'The group, Doctors for Patient Safety, said' or 'Doctors for
    Patient Safety, the group behind the letter,': the organisation that names the described body."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root.lemma_.lower()
    if head not in LINKED_BODIES:
        return None
    for t in doc[span.end:]:
        if t.idx - sp.end > window:
            break
        if t.lemma_.lower() != head or index.in_quote(t.idx) is not None:
            continue
        links = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
        for c in links:
            k = index.tok2ent.get(c.i)
            if k is not None and index.entities[k].type == "ORG":
                return index.entities[k]
    return None


TITLE_OPENERS = frozenset({"lt", "col", "gen", "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "majority", "minority",
                           "whip", "leader", "former", "president", "secretary", "judge", "justice", "chairman",
                           "chairwoman", "mayor", "sgt", "maj", "capt", "adm", "ambassador", "speaker", "attorney",
                           "general", "deputy", "prime", "minister", "vice", "u.s.", "state", "house", "senate"})


def _named_next_sentence(doc, index, sp: Speaker, pw):
    """'One of the highest-profile Republicans in the House said ...' or 'a career Army officer who described the
    call as improper', then the next sentence opens with a person the article has not named before ('Majority
    Whip X, who ...', 'Lt. Col. X told lawmakers'): the description introduces that person. Not for anonymous
    roles ('a senior official'), nor when someone is named between them."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.lower_ == "one":  # 'One of the highest-profile Republicans'
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), head)
    lemma = head.lemma_.lower()
    k = index.tok2ent.get(head.i)
    anonymous = head.lower_ in pw.anonymous_roles or lemma in pw.anonymous_roles
    if head.pos_ not in ("NOUN", "PROPN") or k is not None and index.entities[k].type != "NORP":
        return None  # 'One of the highest-profile Republicans' may be named; 'one of the Senate's' may not
    if lemma in speech_cues().document_nouns or head.lower_ in speech_cues().document_nouns:
        return None  # '"...," said a statement' is no person the next sentence names (its issuer was read before)
    starts = index.sent_starts
    k = bisect_right(starts, span.start) - 1
    if k + 1 >= len(starts):
        return None
    nxt = starts[k + 1]
    if index.text[sp.end:doc[nxt].idx].count("\n\n") > 1:
        return None
    for t in doc[nxt:min(len(doc), nxt + 6)]:
        j = index.tok2ent.get(t.i)
        if j is not None:
            ent = index.entities[j]
            headline = _first_break(index.text)
            if ent.type != "PERSON" and t.dep_ in ("compound", "amod") and t.head.i > t.i:
                continue  # 'Foreign Ministry spokesman X': a body in the person's title
            if ent.type != "PERSON" or description_like(ent, pw) or \
                    any(headline < s < t.idx for s, _ in ent.mentions):
                return None  # named before (not only in the headline): someone else the text returns to
            if any(index.entities[x].type == "PERSON" for x in {index.tok2ent.get(i) for i in range(
                    max(span.end, head.right_edge.i + 1), nxt)}
                   if x is not None):
                return None  # someone named between the description ('a spokesperson for X' names X, whom
                # the spokesperson speaks for) and the next sentence
            named_end = max((e for s, e in ent.mentions if s == t.idx), default=None)
            if anonymous and (named_end is None or not index.text.startswith(", the " + head.lower_ + ",", named_end)) \
                    and not (_made_the_remark(t) and _same_role(ent, head, pw)):
                return None  # 'a spokesperson' is named only as 'X, the spokesperson, ...' right below, or as
                # the one who 'made the remark' ('..., said a senior official. Spokesman X made the remark while ...')
            return ent
        if t.is_space or t.text in (".", ",") or t.lower_.rstrip(".") in TITLE_OPENERS or \
                t.dep_ in ("compound", "amod") and t.head.i > t.i:
            continue  # 'Foreign ministry spokesman X', 'Humanitarian chief X': the title before the name
        return None
    return None


def _made_the_remark(tok) -> bool:
    """The name (``tok``, a word of it) is the subject of 'made' or 'issued' with a definite speech noun for object
    ('X made the remark while speaking to reporters', 'X made the comments in an interview'): the words just
    reported were that person's."""
    root = tok
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_.lower() in ("make", "issue") and any(
        c.dep_ == "dobj" and c.lemma_.lower().rstrip("s") in speech_cues().cue_nouns and
        any(d.lower_ in ("the", "these", "those") for d in c.children) for c in verb.children)


def _same_role(ent, head, pw) -> bool:
    """The person carries no other role than the description's ('a spokesperson' is not 'X, a senior lawmaker,'):
    no title, the same head office, or a generic office word described ('a senior official' is any office)."""
    key = pw.expand(norm_word(head.lemma_))
    if not ent.title or head.lower_ in pw.generic_office_words:
        return True
    return pw.expand(norm_word(ent.title.split()[-1])) == key
