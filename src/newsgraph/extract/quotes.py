"""Direct, partial and indirect quotes with their speakers: the core of "who said what".

Direct quotes come from the quotation-mark scanner (``marks.py``); each one is attributed
through the cue verb next to it ('"...," he said', 'Smith said: "..."', '"A," he said, "B."'),
else the cue that governs it inside a reporter's sentence (partial quotes), else the nearest
speaker before it (a quote standing alone continues the last speaker). Indirect speech comes
from ``indirect.py``. One pass over the tokens collects every cue.
"""
from __future__ import annotations

from ..model import Quote
from .counted_groups import name_counted_groups
from .credited_headings import credited_headings
from .crossheads import entry_named_descriptions
from .cues import speech_cues
from .described_speakers import (  # noqa: F401  (re-exported: importable from here as before)
    DESCRIPTION_WINDOW,
    GENERIC_MODS,
    _described_person,
    _first_break,
    _lede_subject,
    _name_descriptions,
    _named_below_lede,
)
from .description_pronouns import pronoun_after_description, pronoun_after_titled
from .direct_quotes import (  # noqa: F401  (re-exported: importable from here as before)
    INTRO_GAP,
    LOOKBACK_CHARS,
    STOP,
    WORD,
    _carry_over,
    _direct_quotes,
    _first_cue,
    _governing_cue,
    _introduces,
    _last_cue,
    _line_label,
    _modifier_participle,
    _sentence_break,
    _subject_before,
    _words,
)
from .heading_fragments import heading_echoes
from .headline_fronts import unnamed_offices
from .headline_quotes import (  # noqa: F401  (re-exported: importable from here as before)
    HEADLINE_CLAUSE_VERBS,
    HEADLINE_VERBS,
    HEADLINE_WORD,
    _headline_echoes,
    _headline_reports,
    headline_run_ons,
    repeated_quotes,
)
from .indirect import indirect_quotes
from .indirect_ends import without_occasions
from .known_holders import name_known_holders
from .nested_stances import without_nested_stances
from .office_speakers import name_office_speakers
from .readout_merge import with_readout_statements
from .reported_constructions import paid_tribute, telling_range, view_clause
from .reported_content import referred_as
from .sentence_view import doc_view
from .speaker_descriptions import canonical_acronyms
from .speaker_labels import name_labelled_speakers
from .speaker_model import choose_speakers
from .speakers import exchange_noun_topic, is_cue_token, verb_tagged_noun
from .split_statements import with_parenthetical_statements
from .step_guard import guarded
from .title_holders import name_title_holders

EXPRESS_VERBS = speech_cues().roles["express_verbs"]
EXCHANGE_WORDS = speech_cues().roles["exchange_verbs"]  # 'an exchange of views on ...' as a noun too
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})  # the words a cue, a publisher or a cue noun may be


def extract_quotes(doc, index, published: str | None = None) -> list[Quote]:
    """Every direct, partial and indirect quote in the document, ids q1, q2... in text order."""
    cues = speech_cues()
    cue_tokens, noun_tokens, quote_only = [], [], []
    publishers = []
    view = doc_view(doc)
    pos, tag, lower, lemma = view.pos, view.tag, view.lower, view.lemma
    dep, idx, head = view.dep, view.idx, view.head  # (the view's lists: a Token attribute read costs a lookup)
    for i, tok in enumerate(view.tokens):
        p, t, lem = pos[i], tag[i], lemma[i]
        if p not in CUE_POS and t not in ("NNS", "VBZ") and lower[i] not in ("according", "per") and lem != "refer":
            continue  # no publisher, cue noun or cue verb below is a word of another kind
        if index.in_quote(idx[i]) is not None:
            continue
        if (p == "VERB" and lem in PUBLISH_VERBS) or (p == "NOUN" and lem in cues.document_nouns):
            owner = _publisher(tok, index, cues)  # (its two cases)
            if owner is not None:
                publishers.append((idx[i], owner))
        nominal = p == "NOUN" or (dep[i] in ("pobj", "dobj", "nsubj") and t in ("NNS", "VBZ"))
        if nominal and t == "NNS" and verb_tagged_noun(tok):
            cue_tokens.append(tok)  # 'Grassley often notes ... that ...': a verb the tagger read as a noun
        elif nominal and (lem in cues.cue_nouns or view_clause(tok) is not None or
                          telling_range(tok) is not None or
                        (dep[i] == "dobj" and lemma[head[i]] in EXPRESS_VERBS) or
                        paid_tribute(tok) is not None or
                        (lem in EXCHANGE_WORDS and exchange_noun_topic(tok) is not None)):
            noun_tokens.append(tok)  # 'a statement that ...', 'expressed hope that ...'
        elif is_cue_token(tok) or (lem == "refer" and referred_as(tok) is not None):
            cue_tokens.append(tok)  # 'referred to X as "..."' reports a label like 'called X "..."'
        elif p == "VERB" and lem in cues.quote_only_verbs:
            quote_only.append(tok)  # '..." Assange continued.'

    index.publishers = publishers
    indirect = indirect_quotes(doc, index, cue_tokens, noun_tokens, published)
    indirect = with_parenthetical_statements(doc, index, cue_tokens, indirect, published)  # 'X, he said, Y'
    attribution = sorted([t for t in cue_tokens if t.lower_ != "per"] + quote_only, key=lambda t: t.i)  # '"...," per X':
    # X reported the words, whoever said them
    direct = _direct_quotes(doc, index, attribution, noun_tokens, indirect, published)
    warn = index.warnings  # a refinement step that raises on this page is skipped, the records so far kept
    indirect += guarded(warn, [], _headline_reports, index, indirect, doc)
    indirect += guarded(warn, [], credited_headings, doc, index, indirect)  # 'X wants peace: Tamsin'
    indirect = guarded(warn, indirect, with_readout_statements, doc, index, direct, indirect, published)
    # ('reaffirmed the importance of ...')
    indirect = guarded(warn, indirect, without_occasions, doc, index, indirect)  # '... at a reception for X'
    indirect = guarded(warn, indirect, without_nested_stances, doc, index, indirect)  # 'X said Y agreed to ...'
    quotes = sorted(direct + indirect, key=lambda q: (q.start, q.kind == "indirect"))
    for step, args in (
            (_name_descriptions, (doc, index, quotes)),
            (name_office_speakers, (doc, index, quotes)),  # "the prime minister's spokesman": the holder's; 'the EAM'
            (pronoun_after_description, (index, quotes)),
            (_headline_echoes, (index.text, quotes)),
            (heading_echoes, (doc, index.text, quotes)),  # "Nato attacks 'to intensify'": the statement below's
            (repeated_quotes, (quotes,))):  # '"...," he adds' below the heading "'...,' Sunak says": Sunak's
        guarded(warn, None, step, *args)
    quotes = [q for q in quotes if q.speaker is not None or q.kind != "partial"]  # headline fragments no body quote repeats
    for step, args in (
            (headline_run_ons, (index, quotes)),
            (canonical_acronyms, (index, quotes)),
            (name_labelled_speakers, (doc, index, quotes)),  # 'PM says', 'the EAM said': the person named
            (name_known_holders, (doc, index, quotes, published)),  # 'the Egyptian President said': the holder
            (pronoun_after_titled, (index, quotes)),  # 'The Secretary-General welcomed X. He said': the holder
            (name_counted_groups, (doc, index, quotes)),  # 'Two MPs said ...', then 'X and Y': the two named
            (entry_named_descriptions, (index, quotes)),  # 'the PM said' in a live page's entry below 'Jo Roe'
            (name_title_holders, (doc, index, quotes))):  # 'the premier stressed' after 'Prime Minister X': X
        guarded(warn, None, step, *args)
    quotes = unnamed_offices(index, quotes)  # 'says Tory MP' that no step named from the body
    guarded(warn, None, choose_speakers, doc, index, quotes, attribution)  # the learned choice (off: nothing)
    for n, q in enumerate(quotes, 1):
        q.id = f"q{n}"
    return quotes


PUBLISH_VERBS = speech_cues().roles["publish_verbs"]


def _publisher(tok, index, cues):
    """An organisation publishing ('BuzzFeed published the story') or owning a document ('BuzzFeed's report')."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in PUBLISH_VERBS:
        kids = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    elif tok.pos_ == "NOUN" and lemma in cues.document_nouns:
        kids = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    else:
        return None
    for c in kids:
        if c.dep_ == "agent":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        k = index.tok2ent.get(c.i)
        if k is not None and index.entities[k].type == "ORG":
            return index.entities[k]
    return None
