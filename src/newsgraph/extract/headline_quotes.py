"""Quotes in the headline: a title-case headline the parser cannot read ('Democrats Urge Trump to Cancel
Summit') as an indirect quote, a headline quote with no named speaker taking the speaker of the body quote
that repeats it, and a quote repeated word for word whose copy found its speaker only through a pronoun."""
from __future__ import annotations

import re

from ..model import Quote, Speaker
from .cues import speech_cues
from .described_speakers import _first_break
from .direct_quotes import _words
from .headline_labels import headline_end, title_end
from .indirect_filters import HEADLINE_REBUKES, noun_phrase_only
from .quote_filters import verb_of

HEADLINE_VERBS = speech_cues().roles["headline_verbs"] | {"underscore"}  # 'X Underscores Need for Y': a release's title
HEADLINE_CLAUSE_VERBS = {"threaten", "ask", "deny", "reject", "dismiss", "confirm", "announce", "reveal", "predict",
                         "suggest", "argue", "insist", "claim", "admit"}  # 'Pledges Support for X' is a pledge
NEEDS_MORE = speech_cues().roles["needs_more_verbs"]
LABELS = speech_cues().roles["label_verbs"]
HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
MINOR_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                         "upon", "with"})  # the short words title case leaves in lower case ('Support of X upon Y')
OCCASION_WORDS = (" upon ", " after ", " amid ", " during ", " following ")  # 'Pledges Support of X upon
# Conclusion of Visit to Y': when it was said, not what
SAID_OBJECTS = frozenset(speech_cues().roles["telegraphic_stop_objects"]) - {"nothing", "something", "anything", "more"}
# what one says that is no statement ('says sorry', 'says goodbye'); not 'says nothing left in ...', 'says more must'
SHORT = 3  # a headline fragment of at most this many words echoes only a fragment of the body


def _headline_reports(index, indirect: list[Quote], doc=None) -> list[Quote]:
    """A title-case headline the parser cannot read ('Democrats Urge Trump to Cancel Summit', 'X Slams Y For
    Z', 'BuzzFeed Report: Trump Told Cohen To Lie'): the words before the first cue verb speak, the words
    after it are what was said. A headline in sentence case the parser read no statement in ('Kestovia vows
    firm response to new tariffs': a noun phrase after the verb) is read the same way, its cue a verb's
    -s form tagged as a verb (``doc``)."""
    text = index.text
    end = headline_end(text)
    if not end or text[:end].rstrip()[-1:] in ('"', "\u201d"):
        return []
    if any(q.start < end for q in indirect):
        return []  # the parser read it
    words = [(m.start(), m.end(), m.group()) for m in HEADLINE_WORD.finditer(text, 0, end)]
    major = [w for w in words if w[2].lower() not in MINOR_WORDS]
    if len(words) < 3:
        return []
    title = sum(w[2][:1].isupper() for w in major) >= 0.7 * len(major)  # (its short function words aside)
    verbs = HEADLINE_VERBS
    for k, (a, b, w) in enumerate(words[1:], 1):
        lemma = verb_of(w, verbs)
        if lemma is None or (lemma == "report") != (text[b:b + 1] == ":"):
            continue
        if not title and not _sentence_case_verb(doc, a, w, lemma):
            continue
        if w.lower() == lemma and lemma != "report" and not words[k - 1][2].lower().endswith("s"):
            continue  # a bare form only after a plural subject ('Democrats Urge'), not 'Attack Ad'

        s0 = b + 1 if text[b:b + 1] == ":" else b
        rest = text[s0:end].strip()
        lead = rest.split(" ", 1)[0].lower()
        if not title and lead in SAID_OBJECTS:
            return []  # 'Council says sorry for ...', 'X says little about Y': no statement
        if not title and lemma in HEADLINE_REBUKES and doc is not None and noun_phrase_only(doc, s0, end):
            return []  # 'X warns Y of fuel shortages': the act named, as indirect_filters' headline_rebuke
        if lemma in HEADLINE_CLAUSE_VERBS and lead not in ("to", "that") and not lead.endswith("ing"):
            return []  # 'Pledges Support for X', 'Denies the Report': an object, not what was said
        if lemma in NEEDS_MORE and lemma not in LABELS and not any(f" {p} " in f" {rest.lower()} " for p in ("for", "as", "over", "to")):
            return []  # 'X Criticizes Her Sister on Y': a bare object; 'X Slams Y For Z' says why
        if lead in ("for", "on", "of", "that", "to") and lemma in ("call", "warn", "urge", "say", "press"):
            rest = rest.split(" ", 1)[1] if " " in rest else ""
        cut = min((rest.lower().find(o) for o in OCCASION_WORDS if o in rest.lower()), default=len(rest))
        rest = rest[:cut].rstrip(" ,;:")
        if len(rest.split()) < 2 or index.in_quote(a) is not None:
            return []
        cs = text.find(rest, s0, end)
        first = words[0][0]
        comma = text.rfind(",", first, words[k - 1][1])
        if comma >= 0:
            first = next((x[0] for x in words if x[0] > comma), words[k - 1][0])  # 'Facing Congress, Clinton Defends'
        speaker_text = text[first:words[k - 1][1]]
        if "'" in speaker_text or "\u2019" in speaker_text and not speaker_text.split("\u2019")[0].istitle():
            return []
        ent = index.at_char(words[k - 1][0], words[k - 1][1])  # the name right before the verb
        if ent is None or ent.name.lower() not in speaker_text.lower() + " " + " ".join(
                n.lower() for n in ent.aliases):
            ent = None  # the NER ran the headline's words together: keep the words before the verb
        if ent is None:  # 'President X Addresses Envoys, Underscores Y': the person named before a first verb
            ent = next((e for x in words[:k - 1] if x[0] >= first for e in [index.at_char(x[0], x[1])]
                        if e is not None and e.type == "PERSON" and x[2] in e.name.split() and
                        set(e.name.split()) <= set(speaker_text.split())), None)  # not a run-on past the verb
        sp = Speaker(name=ent.name if ent is not None else speaker_text, entity=ent.id if ent is not None else None,
                     mention=speaker_text, start=first, end=words[k - 1][1])
        return [Quote(id="", text=rest, start=cs, end=cs + len(rest), kind="indirect", speaker=sp, cue=w)]
    return []


def _sentence_case_verb(doc, at: int, word: str, lemma: str) -> bool:
    """In a headline in sentence case ('Kestovia vows firm response to new tariffs', 'Marek says nothing
    left to discuss ...') a cue is a verb's -s form that the tagger reads as a verb, whatever it made of the rest: not a
    plural noun ('Shooting spurs calls for new security measures')."""
    if doc is None or word.lower() == lemma or not word.islower():
        return False
    span = doc.char_span(at, at + len(word))
    return span is not None and len(span) == 1 and span[0].tag_ == "VBZ"


def _headline_echoes(text: str, quotes: list[Quote]) -> None:
    """A headline quote with no named speaker ('Minister: "We will not back down"') takes the speaker of the
    body quote that repeats most of its words."""
    cut = max(_first_break(text), title_end(text))
    for q in quotes:
        if q.start >= cut:
            break
        if q.speaker is not None and q.speaker.entity is not None:
            continue
        words = {w.lower() for w in _words(q.text)}
        if len(words) < 2:
            continue
        best = None
        for other in quotes:
            if other.start < cut or other.speaker is None or other.speaker.entity is None:
                continue
            said = _words(other.text)
            if len(words) <= SHORT and len(said) > 2 * len(words) + 1:
                continue  # a set term of the headline inside a whole sentence ('... our religious freedom laws ...')
            share = len(words & {w.lower() for w in said}) / len(words)
            if share >= 0.6 and (best is None or share > best[0]):
                best = (share, other)
        if best is not None:
            sp = best[1].speaker
            q.speaker = Speaker(name=sp.name, entity=sp.entity, mention=q.speaker.mention if q.speaker else None,
                                start=q.speaker.start if q.speaker else None, end=q.speaker.end if q.speaker else None)


PRONOUNS = {"he", "she", "they", "him", "her", "them"}


def repeated_quotes(quotes: list[Quote]) -> None:
    """A quote given twice word for word (a live page's item heading "'...,' Sunak says" and its body '"...," he
    adds'; a headline and the story): a copy whose speaker came through a pronoun takes the speaker the other
    copy names, when the copies name one person."""
    copies: dict[tuple[str, ...], list[Quote]] = {}
    for q in quotes:
        if q.kind != "indirect":
            words = tuple(w.lower() for w in _words(q.text))
            if len(words) >= 4:
                copies.setdefault(words, []).append(q)
    for group in copies.values():
        named = {q.speaker.entity: q.speaker for q in group if q.speaker is not None and q.speaker.entity is not None
                 and (q.speaker.mention or "").lower() not in PRONOUNS}
        if len(named) != 1:
            continue
        sp = next(iter(named.values()))
        for q in group:
            if q.speaker is not None and (q.speaker.mention or "").lower() in PRONOUNS and q.speaker.entity != sp.entity:
                q.speaker = Speaker(name=sp.name, entity=sp.entity, mention=q.speaker.mention, start=q.speaker.start,
                                    end=q.speaker.end)


ORG_TAILS = {"foundation", "campaign", "institute", "center", "centre", "committee", "group", "fund", "party",
             "administration", "organization", "organisation", "inc", "corp", "co", "llc", "company", "association"}


def headline_run_ons(index, quotes: list[Quote]) -> None:
    """'Anthony Weiner Twitter Photo Scandal: ...', 'Santorum Calls For Ending Public Education': a title-case
    headline the name finder ran into one entity, named in full only there, that opens with the full name or surname of
    a person the body names. A speaker resolved to it (often through 'he') is that person; when the body names
    nobody else, the entity's own body name ('Obama' for 'Obama Poised') is the speaker's name."""
    brk = _first_break(index.text)
    people = [e for e in index.entities if e.type == "PERSON" and any(s >= brk for s, _ in e.mentions)]
    swap: dict[str, object] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.entity is None:
            continue
        if sp.entity not in swap:
            swap[sp.entity] = _run_on_person(index.entity(sp.entity), people, brk, index)
        found = swap[sp.entity]
        if found is not None:
            q.speaker = Speaker(name=found[0], entity=found[1], mention=sp.mention, start=sp.start, end=sp.end)


def _run_on_person(ent, people, brk: int, index) -> tuple[str, str] | None:
    if ent is None or ent.type not in ("PERSON", "ORG") or any(s >= brk and e - s >= len(ent.name) for s, e in ent.mentions):
        return None
    words = ent.name.split()
    if len(words) < 2 or words[-1].lower().strip(".") in ORG_TAILS:
        return None
    full, surname = None, None
    for p in people:
        if p.id == ent.id:
            continue
        pw = p.name.split()
        if len(pw) < len(words) and words[:len(pw)] == pw:
            if full is None or (len(pw), len(p.mentions)) > full[0]:
                full = ((len(pw), len(p.mentions)), p)  # 'Anthony Weiner Twitter Photo Scandal'
        elif len(pw) > 1 and words[0] == pw[-1] and (surname is None or len(p.mentions) > surname[0]):
            surname = (len(p.mentions), p)  # 'Santorum Calls For ...'
    if full is not None:
        return full[1].name, full[1].id
    body = [index.text[s:e] for s, e in ent.mentions if s >= brk]  # 'Obama Poised to ...' with 'Obama' below
    body = [b for b in body if b.split() == words[:len(b.split())]]
    if body and ent.type == "PERSON":
        return max(body, key=len), ent.id  # its own name below comes before another person of that surname
    return (surname[1].name, surname[1].id) if surname is not None else None
