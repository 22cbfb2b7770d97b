"""Event triggers: which lexicon rows a token meets (lemma, object and particle conditions),
and when a noun trigger counts as an event (a light verb carries it: "held talks")."""
from __future__ import annotations

from .cues import person_words
from .event_lexicon import Entry, lexicon, speech_verbs
from .sentence_view import doc_view

SUBJECT_DEPS = ("nsubj", "csubj")
POS_CODES = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
# Verbs that carry an event noun as their object ("held talks", "imposed sanctions") and
# verbs that say an event noun happened ("clashes erupted", "airstrikes killed").
LIGHT_VERBS = frozenset({
    "hold", "have", "launch", "carry", "conduct", "stage", "impose", "express", "issue", "give", "offer",
    "voice", "lodge", "make", "mount", "announce", "take", "reach", "sign", "provide", "send", "extend",
    "begin", "start", "continue", "resume", "intensify", "escalate", "step", "order", "approve", "call",
    "deliver", "unleash", "threaten", "vow", "pledge", "promise", "seek", "demand", "receive", "host",
    "attend", "join", "organize", "organise", "lead", "file", "open", "end", "renew", "expand",
    "tighten", "slap", "agree", "accept", "reject", "welcome", "condemn", "support", "back",
    "plan", "propose", "level", "pay", "perform", "wage", "fire", "suffer", "face", "stag", "complete",
    "speed", "finish", "undertake", "engage", "hand", "initiate", "conclude", "keep", "ramp", "redouble",
    "lob", "hurl", "sling"})
# An object condition "<person>" is met by a named person or a personal pronoun ("threw him out").
PERSON = "<person>"
PERSON_PRONOUNS = frozenset({"him", "her", "he", "she", "me", "us", "whom"})
PARTICLE_ADVERBS = frozenset({"back", "out", "down", "off", "up", "away", "over", "forward"})
# Light verb + event noun pairs that are idioms, not events ("led the charge", "took charge").
IDIOMS = frozenset({("lead", "charge"), ("take", "charge"), ("spearhead", "charge"), ("have", "charge"),
                    ("put", "charge")})
# Nouns that count a run of events ("a drumbeat of attacks on", "a barrage of criticism"): the
# event noun after "of" is carried by whatever carries the run.
SERIES_NOUNS = frozenset({
    "drumbeat", "barrage", "series", "string", "volley", "stream", "torrent", "flurry", "wave", "spate",
    "round", "onslaught", "litany", "salvo", "hail", "deluge", "storm", "chorus", "campaign", "raft"})
HAPPENING_VERBS = frozenset({
    "erupt", "break", "occur", "take", "continue", "begin", "start", "resume", "kill", "wound", "injure",
    "hit", "strike", "target", "destroy", "damage", "rock", "shake", "end", "spread", "intensify",
    "escalate", "follow", "come", "mark", "leave", "claim"})


def hyphen_forms(tok) -> tuple[str, ...]:
    """The whole word when spaCy split a hyphenated one at the hyphen ("cease-fire" -> "fire" with
    "cease" before it): the hyphenated and the closed-up spelling, for the lexicon and object lists."""
    i = tok.i
    if i < 2:
        return ()
    doc = tok.doc
    if doc_view(doc).text[i - 1] != "-":
        return ()
    hyph, first = doc[i - 1], doc[i - 2]
    if hyph.text != "-" or hyph.whitespace_ or first.whitespace_ or not first.is_alpha:
        return ()
    head = first.lower_
    return tuple(dict.fromkeys((f"{head}-{tok.lemma_.lower()}", f"{head}-{tok.lower_}", f"{head}{tok.lemma_.lower()}")))


def may_code(view, i: int, words: frozenset[str] = frozenset()) -> bool:
    """Whether token ``i`` of a sentence_view.DocView can be a trigger at all: a lexicon row under
    its lemma (a noun tagged as a verb under the verb's), a split hyphenated word, a verb of saying,
    or one of ``words``. A cheap test on plain lists before the clause is read: False only where
    entries_for is empty and code_action gives None."""
    pos = POS_CODES.get(view.pos[i])
    if pos is None:
        return False
    lemma = view.lemma[i]
    table = lexicon()
    if (pos, lemma) in table or lemma in words:
        return True
    if pos == "N" and view.tag[i].startswith("VB") and ("V", lemma) in table:
        return True
    if i >= 2 and view.text[i - 1] == "-":
        return True  # "cease-fire": see hyphen_forms
    return view.pos[i] == "VERB" and lemma in speech_verbs()


def _person_head(view, i: int) -> bool:
    """A noun naming people ("leaders", "officials", "the minister"): its modifiers say which people."""
    if view.pos[i] != "NOUN":
        return False
    pw = person_words()
    return view.lower[i] in pw.plural_person_heads or view.lemma[i] in pw.titles


def _add_object(out: set[str], view, t: int, depth: int = 0) -> None:
    """objects_of's words of one object ``t`` (and, at depth 0, of its prepositions' objects). A module
    function, not a closure: a closure that calls itself is a reference cycle, left for the collector."""
    kids, dep, lemma = view.children, view.dep, view.lemma
    out.add(lemma[t])
    out.add(view.lower[t])
    out.update(hyphen_forms(view.tokens[t]))
    people = _person_head(view, t)  # "met opposition leaders": the object is people, not opposition
    for c in kids[t]:
        if dep[c] in ("compound", "amod", "nmod") and not people:
            out.add(lemma[c])
            out.update(lemma[g] for g in kids[c] if dep[g] in ("compound", "amod", "nmod", "nummod"))
        elif depth == 0 and dep[c] == "prep":
            for g in kids[c]:
                if dep[g] == "pobj":
                    _add_object(out, view, g, 1)


def objects_of(tok) -> set[str]:
    """Lemmas that can satisfy an entry's object condition: objects, prepositional objects,
    the passive subject, their modifiers, and for nouns the noun's own modifiers; ``<person>``
    when the object or passive subject is a named person or a personal pronoun ("threw him out").
    (Read on the sentence_view lists: positions, not Tokens.)"""
    out: set[str] = set()
    view = doc_view(tok.doc)
    kids, dep, lower, lemma = view.children, view.dep, view.lower, view.lemma
    i = tok.i
    noun = view.pos[i] in ("NOUN", "PROPN")
    for c in kids[i]:
        d = dep[c]
        if d in ("dobj", "nsubjpass", "attr", "oprd", "dative", "npadvmod", "acomp"):
            _add_object(out, view, c)
            if d in ("dobj", "nsubjpass") and (view.ent[c] == "PERSON" or lower[c] in PERSON_PRONOUNS):
                out.add(PERSON)
        elif d in ("prep", "prt", "agent"):
            for g in kids[c]:
                if dep[g] in ("pobj", "pcomp"):
                    _add_object(out, view, g)
            if d == "prt":
                out.add(lower[c])
        elif d in ("xcomp", "ccomp"):
            out.add("<ccomp>" if d == "ccomp" else lemma[c])
            if d == "xcomp":
                for g in kids[c]:
                    if dep[g] == "dobj":
                        _add_object(out, view, g)
        elif d in ("compound", "amod") and noun:
            out.add(lemma[c])
        elif d == "acl" and view.pos[i] == "NOUN" and any(dep[g] == "mark" and lower[g] == "that" for g in kids[c]):
            out.add("<ccomp>")  # "charges that the president ...": the noun's content clause
    if dep[i] == "xcomp" and i > 0 and lower[i] == "comment":
        out.add("comment")
    return out


def particles_of(tok) -> set[str]:
    out = set()
    view = doc_view(tok.doc)
    kids, dep, lower = view.children, view.dep, view.lower
    for c in kids[tok.i]:
        d = dep[c]
        if d in ("prt", "agent", "dative"):
            out.add(lower[c])
        elif d == "advmod":  # "pushed back hard": the parser often makes a particle an adverb
            out.update(lower[g] for g in (c, *kids[c]) if dep[g] == "advmod" and lower[g] in PARTICLE_ADVERBS)
        elif d == "advcl":  # "called for the governor to step down": "for" marks the clause
            out.update(lower[g] for g in kids[c] if dep[g] == "mark" and lower[g] == "for")
        elif d == "prep" and not any(view.ent[g] in ("DATE", "TIME") for g in kids[c]):
            out.add(lower[c])
    return out


def entries_for(tok) -> list[Entry]:
    """Lexicon rows whose conditions the trigger meets, in file order."""
    pos = POS_CODES.get(tok.pos_)
    if pos is None or (tok.pos_ == "PROPN" and tok.ent_type_ in ("DATE", "TIME", "EVENT")):
        return []  # a month, a holiday or a named war ("in March", "the Falklands War") is background
    table = lexicon()
    # a split hyphenated word is looked up whole first ("cease-fire", "sit-in", "build-up")
    entries = next((table[(pos, w)] for w in hyphen_forms(tok) if (pos, w) in table), None) \
        or table.get((pos, tok.lemma_.lower()))
    if not entries and pos == "N" and tok.tag_.startswith("VB"):
        entries = lexicon().get(("V", tok.lemma_.lower()))
    if not entries:
        return []
    objs = parts = None
    out = []
    for e in entries:
        if e.particle:
            parts = particles_of(tok) if parts is None else parts
            if e.particle not in parts:
                continue
        if e.objects:
            objs = objects_of(tok) if objs is None else objs
            if not (e.objects & objs):
                continue
        out.append(e)
        if not e.frame:
            break
    return out


def entry_for(tok) -> Entry | None:
    entries = entries_for(tok)
    return entries[0] if entries else None


# Nouns of accusing that are an accusation by their owner when they spell out what is alleged.
ACCUSING_NOUNS = frozenset({"charge", "accusation", "allegation"})
# Threat nouns that are a threat made by their owner when they say what is threatened.
THREAT_NOUNS = frozenset({"threat", "ultimatum"})


def _between_pair(tok):
    """(X, Y) of "between X and Y" after a noun, or None."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            for g in p.children:
                if g.dep_ == "pobj":
                    other = next((c for c in g.children if c.dep_ == "conj"), None)
                    return (g, other) if other is not None else None
    return None


def between_pair(tok):
    """Public form of _between_pair: the two sides a noun trigger names with "between X and Y"."""
    return _between_pair(tok) if tok.pos_ in ("NOUN", "PROPN") else None


def licensed_noun(tok) -> bool:
    """A noun trigger is an event when a verb carries it (held talks, clashes erupted)."""
    head = tok.head.lemma_.lower()
    if (head, tok.lemma_.lower()) in IDIOMS:
        return False
    if tok.dep_ == "dobj" and head == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in tok.head.children):
        return False  # "called the meeting productive": naming, not calling a meeting
    if tok.dep_ in ("dobj", "attr") and head in LIGHT_VERBS:
        return head != "keep" or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.head.children)
    if tok.dep_ in ("nsubj", "nsubjpass") and head in HAPPENING_VERBS:
        # "talks took place"; not "the investigation could take months"
        return head != "take" or any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in tok.head.children)
    if tok.dep_ == "ROOT":
        return True
    if tok.lemma_.lower() in ACCUSING_NOUNS and any(c.dep_ == "poss" for c in tok.children) and any(
            c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children):
        return True  # "their charges that the president is ...": someone's accusation, whatever carries it
    if _between_pair(tok) is not None and any(e.code[:2] == "04" for e in lexicon().get(("N", tok.lemma_.lower()), ())):
        return True  # "the first negotiation between the president and the speaker": two named sides met
    if tok.lemma_.lower() in THREAT_NOUNS and any(c.dep_ == "poss" for c in tok.children) and any(
            c.dep_ == "acl" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children) for c in tok.children):
        return True  # "the Senate GOP's threat to filibuster ... will be tested": the threat was made
    if tok.dep_ == "nsubj" and any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                   for c in tok.children):
        # "Flynn's rejection of the subpoena put him at risk", "the FBI's arrest of Stone prompted ...":
        # done to someone or something ("of"); not "NASA's probe measured", nor a request or plan discussed
        entries = lexicon().get(("N", tok.lemma_.lower()), ())
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and not any(
            e.frame in ("APPEAL", "DEMAND", "INTENT") for e in entries)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
        return licensed_noun(tok.head.head)  # "kept up a drumbeat of attacks on X"
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "during"):
        # "killed in airstrikes"; what came before ("after his arrest") is background
        return tok.head.head.pos_ == "VERB" and entry_for(tok.head.head) is None
    return False
