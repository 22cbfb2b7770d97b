"""The entities of one article and the resolver of its mentions (``EntityIndex``): a name, surname, title such as
"the minister", description or pronoun to the entity it stands for, with the quotes, titles, genders, subjects and
publishers the extraction steps record on the way. ``actors.extract_entities`` builds it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from ..model import Entity
from .actor_countries import phrase_country
from .actor_sectors import sector_of
from .cues import norm_word, person_words, portfolio_words, speech_cues
from .marks import Marked
from .modifier_clauses import in_modifier_clause
from .name_titles import SUBORDINATE_WORDS, counterpart_of_nation
from .names import RANK_MODIFIERS, best_by_modifiers, has_title, noun_phrase, title_modifiers
from .portfolio_names import office_named
from .pronouns import FEMALE_PRON, MALE_PRON, PLURAL_PRON
from .sentence_view import doc_view, slice_text

STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY"})
QUANTIFIERS = {"some", "many", "others", "several", "both", "all", "most", "few", "one", "none", "each", "two", "three"}


def _served_principal(tok, app) -> bool:
    """'A lawyer for the widow Lady X said', parsed with X in apposition to 'lawyer': a serving role's 'for'/'to'
    phrase stands between them, no comma, so X is the one spoken for (person_titles.json serving_roles)."""
    if app.left_edge.i <= tok.i + 1 or norm_word(tok.lemma_) not in person_words().serving_roles:
        return False
    between = tok.doc[tok.i + 1:app.left_edge.i]
    return between[0].dep_ == "prep" and not any(t.is_punct for t in between)


def _plural_name(word: str) -> bool:
    """A group's name written as a plural ('Greens', 'Democrats', 'Lib Dems'), not one member ('Republican')."""
    return len(word) > 3 and word[-1] == "s" and word[-2] not in "su'\u2019"


_WORD = re.compile(r"[a-z0-9]+")

OTHER_OFFICE = frozenset({"prime", "first", "chief", "deputy", "vice", "former", "assistant", "shadow", "junior"})
# words before a title that make it another office: 'the minister' is not the prime or deputy minister named too


@dataclass
class EntityIndex:
    """Entities of one document and a way to resolve any mention to one of them."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Marked] = field(default_factory=list)
    tok2ent: dict[int, int] = field(default_factory=dict)
    pronouns: dict[int, tuple[str, int | None]] = field(default_factory=dict)
    described: dict[int, int] = field(default_factory=dict)  # pronoun token -> the description token it stands for
    gender: dict[int, str] = field(default_factory=dict)
    titles: dict[int, set[str]] = field(default_factory=dict)
    _quote_starts: list[int] = field(default_factory=list)
    document_owners: dict = field(default_factory=dict)  # 'statement' -> [(char offset, Speaker)] of owned ones
    sent_starts: list[int] = field(default_factory=list)
    n_tokens: int = 0  # the document's length in tokens: the last sentence's end
    warnings: list[str] = field(default_factory=list)  # extraction steps that failed on this page (step_guard)
    text: str = ""
    publishers: list = field(default_factory=list)  # (char offset, Entity) of bodies seen publishing
    descriptions: list = field(default_factory=list)  # (char offset, head lemma, text) of unnamed speakers
    dates: list = field(default_factory=list)  # (token start, DATE span)
    main_subjects: list = field(default_factory=list)  # (char offset, entity) of people heading a main clause
    titled_subjects: list = field(default_factory=list)  # (char offset, entity) of 'the governor' subjects linked
    _last_seen: dict[int, list[int]] = field(default_factory=dict)  # entity -> sorted mention starts
    _max_ends: list[int] = field(default_factory=list)  # running maximum of the quotes' ends (quote_ends_by)

    # -- lookups -------------------------------------------------------------------------
    def in_quote(self, pos: int) -> Marked | None:
        """The quote span whose words contain character ``pos``."""
        k = bisect_right(self._quote_starts, pos) - 1
        if k >= 0:
            q = self.quotes[k]
            if q.start <= pos < q.end:
                return q
        return None

    def next_quote(self, pos: int) -> Marked | None:
        """The first quote span starting after character ``pos``, or None."""
        k = bisect_right(self._quote_starts, pos)
        return self.quotes[k] if k < len(self.quotes) else None

    def any_quoted(self, start: int, end: int) -> bool:
        """Whether ``in_quote`` finds a quote for some character of ``start``..``end``: one holds ``start``, or one
        starts after it and before ``end``."""
        if self.in_quote(start) is not None:
            return True
        return bisect_right(self._quote_starts, start) < bisect_left(self._quote_starts, end)

    def quote_ends_by(self, pos: int, end: int) -> bool:
        """Whether a quote starting at ``pos`` or before ends at ``end`` or later (a running maximum of the ends,
        made once per document)."""
        k = bisect_right(self._quote_starts, pos) - 1
        if k < 0:
            return False
        if len(self._max_ends) != len(self.quotes):
            self._max_ends = list(accumulate((q.end for q in self.quotes), max))
        return self._max_ends[k] >= end

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range [start, end) of the sentence holding token ``i``."""
        k = bisect_right(self.sent_starts, i) - 1
        start = self.sent_starts[k] if k >= 0 else 0
        return start, self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else self.n_tokens

    def publisher_before(self, pos: int) -> Entity | None:
        """The last organisation seen publishing or owning a report before ``pos``."""
        k = bisect_left(self.publishers, (pos,)) - 1
        return self.publishers[k][1] if k >= 0 else None

    def at_char(self, start: int, end: int) -> Entity | None:
        for e in self.entities:
            for s, t in e.mentions:
                if s < end and start < t:
                    return e
        return None

    def entity_at_token(self, i: int) -> Entity | None:
        k = self.tok2ent.get(i)
        return self.entities[k] if k is not None else None

    def resolve_span(self, span) -> Entity | None:
        """The entity a noun phrase (name, surname, title, description, pronoun) refers to, or None."""
        root = span.root if hasattr(span, "root") else span
        for tok in (span if hasattr(span, "root") else [span]):
            if tok.i in self.tok2ent:
                return self.entities[self.tok2ent[tok.i]]
        _, ent = self.describe(root)
        return ent

    def describe(self, tok) -> tuple[str | None, Entity | None]:
        """(name, entity) for the noun phrase headed by ``tok``; name is the canonical name when known."""
        if tok.i in self.tok2ent:
            e = self.entities[self.tok2ent[tok.i]]
            if e.type != "PERSON":  # 'Another moderate Democrat, Senator Bob Casey, said'
                links = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
                for c in links:
                    k = self.tok2ent.get(c.i)
                    if k is not None and self.entities[k].type == "PERSON":
                        return self.entities[k].name, self.entities[k]
            if e.type == "NORP" and tok.tag_ in ("NNP", "NN") and any(c.lower_ == "the" for c in tok.children) and \
                    not _plural_name(tok.text):  # 'the Greens', 'the Democrats': the party, not its member
                person = self.last_main_person(tok.idx) or self.by_title(tok)  # 'the Florida Republican said'
                if person is not None:
                    return person.name, person
            return e.name, e
        low = tok.lower_
        if low in QUANTIFIERS and any(c.dep_ == "prep" for c in tok.children):
            return noun_phrase(tok), None
        if tok.pos_ == "PRON" or low in MALE_PRON or low in FEMALE_PRON or low in PLURAL_PRON:
            hit = self.pronouns.get(tok.i)
            if hit is None:
                return None, None
            name, k = hit
            return (self.entities[k].name, self.entities[k]) if k is not None else (name, None)
        # an entity inside the phrase: appositions ("the Democratic leader, Chuck Schumer") or owners
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self.tok2ent and not _served_principal(tok, child):
                e = self.entities[self.tok2ent[child.i]]
                return e.name, e
        if tok.pos_ == "NOUN":  # 'The U.N. envoy for Kestria, Jonas Feld, said': the name hangs on 'Kestria'
            view = doc_view(tok.doc)  # (the subtree's positions in Token.subtree's order: a Token only for a
            deps = view.dep  # named apposition)
            for j in view.subtree_order(tok.i):
                k = self.tok2ent.get(j)
                if deps[j] == "appos" and k is not None and j > tok.i and self.entities[k].type == "PERSON":
                    first = view.tokens[j].left_edge.i
                    if first > 0 and view.text[first - 1] == "," and not in_modifier_clause(view.tokens[j], tok):
                        return self.entities[k].name, self.entities[k]
        pw = person_words()
        if tok.lemma_.lower() in pw.group_nouns:
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.i in self.tok2ent), None)
            if owner is not None:  # "Rubio's campaign" -> "Marco Rubio campaign"
                words = [t.text for t in tok.subtree if t.i > owner.right_edge.i and t.i <= tok.i]
                return f"{self.entities[self.tok2ent[owner.i]].name} {' '.join(words)}", None
        if pw.expand(norm_word(tok.lemma_)) in pw.titles and tok.right_edge.i - tok.left_edge.i < 12 \
                and (tok.text[:1].isupper() or tok.lemma_.lower() not in pw.serving_roles and
                     office_named(tok.doc, tok.i)):
            # 'Deputy Assistant Secretary for Diplomatic Security Charlene Lamb' names Lamb; but
            # "Trump's lawyer" and 'a spokesman for Paul Ryan' are someone else
            owners = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
            for t in tok.subtree:
                k = self.tok2ent.get(t.i)
                if k is not None and t.i not in owners and self.entities[k].type == "PERSON" and \
                        all(x.text[:1].isupper() or x.is_punct or x.lower_ in ("for", "of", "the", "and", "on")
                            for x in tok.doc[tok.i + 1:t.i]):
                    return self.entities[k].name, self.entities[k]
        if tok.pos_ == "PROPN" and tok.text.islower() and any(c.lower_ == "the" for c in tok.children):
            e = self.by_title(tok)  # 'the minister' mis-tagged as a proper noun
            if e is not None:
                return e.name, e
        if tok.pos_ == "PROPN":
            j = tok.i + 1
            while j < len(tok.doc) and tok.doc[j].pos_ == "PROPN" and j - tok.i < 4:
                if j in self.tok2ent:
                    e = self.entities[self.tok2ent[j]]
                    return e.name, e
                j += 1
            left = tok
            while left.i > 0 and left.nbor(-1).pos_ == "PROPN" and left.nbor(-1).dep_ == "compound":
                left = left.nbor(-1)
            return slice_text(tok.doc, left.i, tok.i + 1), None
        e = self.by_title(tok)
        if e is not None:
            return e.name, e
        earlier = self.earlier_description(tok)
        if earlier is not None:
            return earlier, None
        return noun_phrase(tok), None

    def last_main_person(self, pos: int, window: int = 1500) -> Entity | None:
        """The person who last headed a main clause before ``pos`` ('the Arizona Republican' after 'Sen.
        John McCain ... said Steele's comments ...': McCain, not Steele)."""
        j = bisect_left(self.main_subjects, (pos, -1)) - 1
        if j >= 0 and pos - self.main_subjects[j][0] <= window:
            return self.entities[self.main_subjects[j][1]]
        return None

    def earlier_description(self, tok) -> str | None:
        """'The official said' after 'a senior U.S. official said': the earlier description's words."""
        if not any(c.lower_ in ("the", "that", "this") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        for pos, head, text in reversed(self.descriptions):
            if pos < tok.idx and head == lemma and tok.idx - pos < 3000:
                return text
        return None

    def _recent(self, pos: int, keep, window: int = 2500) -> list[tuple[int, int]]:
        """(last mention start before pos, entity index) of entities passing ``keep``, most recent first."""
        out = []
        for k, starts in self._last_seen.items():
            if not keep(k):
                continue
            j = bisect_left(starts, pos) - 1
            if j >= 0 and pos - starts[j] <= window:
                out.append((starts[j], k))
        out.sort(reverse=True)
        return out

    def by_title(self, tok) -> Entity | None:
        """'the minister', "China's defense chief", 'the group': the most recent entity with that title."""
        words = person_words()
        spelled = words.title_initialisms.get(tok.lower_, ()) if tok.text.isupper() else ()  # 'the PM'
        head = spelled[-1] if spelled else words.expand(norm_word(tok.lemma_))
        lower = tok.lower_
        is_title = head in words.titles or lower in words.titles
        is_group = lower in words.group_nouns or head in words.group_nouns
        is_doc = tok.lemma_.lower() in _doc_nouns()
        if not (is_title or is_group or is_doc):
            if tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children):
                return self._by_country_role(tok)  # "the Valdorian defense chief"
            return None
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if not dets or any(c.lower_ in ("a", "an", "another", "one", "some", "any", "no") for c in dets):
            return None
        if is_title and tok.tag_ not in ("NNS", "NNPS"):
            nation = phrase_country(tok)  # "the Valdorian defense chief" is nobody of another country

            def fits(k: int) -> bool:
                c = self.entities[k].country
                return nation is None or c is None or c == nation

            hits = self._recent(tok.idx, lambda k: fits(k) and (has_title(self.titles.get(k, set()), head)
                                                                or lower in self.titles.get(k, ())) and
                                set(spelled) <= self.titles.get(k, set()), window=20000)
            if hits and all(self.titles.get(k, set()) & SUBORDINATE_WORDS - title_modifiers(tok) for _, k in hits):
                return None  # 'the Secretary-General' beside an Under-Secretary-General only: another office
            if len(hits) > 1:  # 'the finance minister' of two ministers; 'the Norland minister': not the other side's
                hits = self._of_country(tok, best_by_modifiers(tok, hits, self.titles))
            if len(hits) > 1 and not title_modifiers(tok):  # a bare 'the minister': the minister, not the prime
                hits = [h for h in hits if not self.titles.get(h[1], set()) & OTHER_OFFICE] or hits  # minister
            if hits:
                member = self.named_member_of(tok, hits, head)
                if member is not None:  # 'the TUV leader' after "DUP leader X" and "the TUV's Y says": Y
                    return self.entities[member]
            if hits:  # 'the Ostrevian minister' after 'X met his Ostrevian counterpart Y': Y
                other = counterpart_of_nation(tok, hits[0][1], self)
                return self.entities[hits[0][1] if other is None else other]
            if spelled:
                return None  # 'the PM' with no prime minister named: nobody else
            mods = {words.expand(norm_word(c.lemma_)) for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")}
            mods.discard("")
            if mods:
                hits = self._recent(tok.idx, lambda k: fits(k) and bool(mods & self.titles.get(k, set())) and
                                    not self.titles.get(k, set()) & SUBORDINATE_WORDS - mods, window=20000)
                if hits:
                    return self.entities[hits[0][1]]
            if nation is not None:
                found = self._by_country_role(tok)
                if found is not None:
                    return found
            if lower in words.anonymous_roles or head in words.anonymous_roles or head in words.separate_offices:
                return None  # 'the judge', 'The speaker' no one is titled with: not the politician named before
            if any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in tok.lefts):
                return None  # 'the opposition leader' is someone else unless a title matched above
            people = self._recent(tok.idx, lambda k: self.entities[k].type == "PERSON" and fits(k), window=1500)
            if people and self._reporter_of_clause(tok):
                return None  # 'X said the minister had told him ...': not X, who reports the clause, nor another
                # untitled person named before (no title holder was found above): the description speaks
            if any(self._other_role(k, head) for _, k in self._recent(tok.idx, lambda k: True, window=20000)):
                return None  # 'a spokesman for the special counsel' named: 'the special counsel' is someone else
            if people:
                best = max(people, key=lambda h: (len(self.entities[h[1]].mentions), h[0]))
                return self.entities[best[1]]
            # a lede: 'The prime minister has defended ...' then her name; not a person of another portfolio
            return self._named_next(tok.idx, mods=(mods & portfolio_words()) - {head}, head=head)
        if is_group or is_doc:
            orgs = self._recent(tok.idx, lambda k: self.entities[k].type == "ORG")
            named = [h for h in orgs if lower in self.entities[h[1]].name.lower()]
            if named:
                return self.entities[named[0][1]]
            business = lower in words.company_nouns
            orgs = [h for h in orgs if any(ch.isupper() for ch in self.entities[h[1]].name)]  # not the tagger's
            # 'state' of "the former secretary of state's campaign": the last body named has a capital
            if orgs and (is_doc or business or lower in ("organization", "organisation", "group", "campaign",
                                                         "outlet", "newspaper", "paper", "magazine", "website", "site")):
                if business or lower in ("organization", "organisation", "group"):
                    # "the group", "the company": not a government body named since ("sued the Interior Department")
                    private = [h for h in orgs if (self.entities[h[1]].sector or "") not in STATE_SECTORS]
                    if private:
                        return self.entities[private[0][1]]
                return self.entities[orgs[0][1]]
        return None

    def _reporter_of_clause(self, tok) -> set[int]:
        """The entities subject of the verb whose complement clause ``tok`` is the subject of ('Jo Roe said the
        minister had ...', 'He said the inspector ...' with 'he' linked): someone reporting what ``tok`` did."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        v = tok.head
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        if v.dep_ != "ccomp":
            return set()
        out = set()
        for c in v.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                k = self.tok2ent.get(c.i)
                if k is None and c.i in self.pronouns:
                    k = self.pronouns[c.i][1]
                if k is not None:
                    out.add(k)
        return out

    def _other_role(self, k: int, head: str) -> bool:
        """Whether entity ``k`` was introduced with a role phrase that holds a body ('spokesman for the special
        counsel') and a head other than ``head``: such a person speaks for the body and is not its title."""
        title = (self.entities[k].title or "").lower().replace("’", "'").replace("'s ", " ")
        return head in title.split() and head not in self.titles.get(k, ())

    def _named_next(self, pos: int, window: int = 600, mods: set[str] | frozenset[str] = frozenset(),
                    head: str = "") -> Entity | None:
        """The person heading the next main clause, when nobody was named before ``pos``; with ``mods`` (the
        description's portfolio: 'foreign' of "Norland's foreign minister") not a person whose title names another
        ('Defence Minister X')."""
        j = bisect_left(self.main_subjects, (pos, -1))
        if j < len(self.main_subjects) and self.main_subjects[j][0] - pos <= window:
            k = self.main_subjects[j][1]
            own = self.titles.get(k, set()) - {head}
            if mods - RANK_MODIFIERS and own and head in self.titles.get(k, set()) and not mods & own:
                return None
            if own & SUBORDINATE_WORDS - mods:
                return None  # 'the Secretary-General', then 'The Under-Secretary-General ..., X,': not X
            return self.entities[k]
        return None

    def _by_country_role(self, tok) -> Entity | None:
        """'the Valdorian defense chief': the last person of that country, or in that line of work
        (sector) with no country known, mentioned before; nobody of another country."""
        nation = phrase_country(tok)
        mods = slice_text(tok.doc, tok.left_edge.i, tok.i)
        # "defense chief" is in the line of work of a "defense minister"
        role = sector_of(f"{mods} {tok.text}") or sector_of(f"{mods} minister")
        if nation is None or role is None:
            return None

        def fits(k: int) -> bool:
            e = self.entities[k]
            if e.type != "PERSON" or (e.country is not None and e.country != nation):
                return False
            return e.country == nation and (e.sector in (None, role)) or e.country is None and e.sector == role

        cands = self._recent(tok.idx, fits, window=5000)
        return self.entities[cands[0][1]] if cands else None

    def named_member_of(self, tok, hits: list[tuple[int, int]], head: str) -> int | None:
        """'the TUV leader' when no holder of the title found fits the party or country in capitals before it but
        a person with no other title was named with it ("the TUV's Jack Corrin"): that person, else None."""
        marks = [c.text.lower() for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")
                 and (c.text.isupper() and len(c.text) > 1 or c.text[:1].isupper() and len(c.text) > 3)]
        if not marks:
            return None

        def named(word: str) -> bool:  # 'TUV' is the acronym itself, 'Argentine' any word it begins ('Argentina')
            return any(word == m if len(m) < 5 else word.startswith(m[:5]) for m in marks)

        def fits(k: int) -> bool:
            if any(named(w) for w in self.titles.get(k, ())):
                return True
            return any(named(w) for s, _ in self.entities[k].mentions
                       for w in _WORD.findall(self.text[max(0, s - 40):s].rsplit("\n", 1)[-1].lower()))

        if any(fits(k) for _, k in hits):
            return None
        people = self._recent(tok.idx, lambda k: self.entities[k].type == "PERSON" and fits(k) and (
            not self.titles.get(k) or has_title(self.titles[k], head)), window=5000)
        return people[0][1] if people else None

    def _of_country(self, tok, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Keep the candidates whose mentions follow the country word of 'the Norland minister', if any do."""
        stems = [c.text.lower()[:5] for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")
                 and c.text[:1].isupper() and len(c.text) > 3]
        if not stems:
            return hits
        keep = [h for h in hits if any(w.startswith(stem) for w in self.titles.get(h[1], ()) for stem in stems)]
        if keep:
            return keep  # "Norland's Foreign Minister Petra Lindqvar"
        keep = [h for h in hits if any(stem in self.text[max(0, s - 40):s].rsplit("\n", 1)[-1].lower()
                                       for s, _ in self.entities[h[1]].mentions for stem in stems)]
        return keep or hits

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None


def _doc_nouns() -> frozenset[str]:
    return speech_cues().document_nouns
