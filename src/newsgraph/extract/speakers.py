"""Who speaks through a cue word: the Speaker for a cue's subject (a name, an entity, a resolved pronoun, a
description, a document's owner, 'the two sides'). The parse helpers live in ``speaker_syntax.py`` and
``left_subjects.py``, names beside the subject word in ``subject_names.py``, description linking in
``speaker_descriptions.py``, addressee/channel/date in ``speech_details.py``; the names callers use are
re-exported here."""
from __future__ import annotations

from ..model import Speaker
from .aged_speakers import aged_person
from .body_antecedents import body_antecedent
from .coordinated_speakers import lost_subject
from .cues import norm_word, person_words, speech_cues
from .dash_appositions import dash_named
from .datelines import filed_at, in_dateline
from .document_owners import remember_owner
from .document_speakers import document_it, document_speaker, is_document
from .exchange_topics import exchange_noun_topic, exchange_topic
from .left_subjects import _relative_antecedent, left_subject
from .named_descriptions import in_title_phrase, name_after_description
from .names import has_title, noun_phrase, surname_person
from .office_places import of_country
from .participle_subjects import as_saying_object, closing_participle_subject, main_participle_subject
from .per_sources import according_to
from .plural_antecedents import PLURAL_STATES
from .portfolio_names import office_named
from .source_lexicon import canonical_outlet, lexicon
from .speaker_descriptions import (
    _named_in_apposition,
    _only_credited,
    _qualified,
    _spelled_out,
    _title_fits,
    description_like,
    named_body,
    office_holder,
    same_description_person,
    title_word,
    topic_antecedent,
)
from .speaker_groups import mention_bounds, pair_speaker, with_conjuncts
from .speaker_repairs import (
    claim_owner,
    delegate_opening,
    glossed_name,
    subject_after_comma_cue,
    titled_after_acronym,
    titled_name_inside,
)
from .speaker_syntax import (
    ADDRESSEE_VERBS,
    inverted_subject,
    is_cue_token,
    reported_second_act,
    subject_candidates,
    subject_of,
    verb_tagged_noun,
)
from .speech_details import addressee_of, channel_of, date_of
from .subject_names import _comma_name, _named_beside, _party_member, _untagged_apposition, _untagged_name
from .unowned_reports import answered_reports, reports_speaker, unowned_reports

__all__ = [  # the names callers import from here (quotes.py, indirect.py, pronouns.py)
    "ADDRESSEE_VERBS", "addressee_of", "channel_of", "date_of", "description_like", "exchange_noun_topic",
    "exchange_topic", "is_cue_token", "same_description_person", "speaker_from", "speaker_of_cue", "subject_of",
    "verb_tagged_noun",
]

MEDIA_ROLES = speech_cues().roles["media_roles"]
BARE_GROUPS = frozenset({"some", "many", "several", "most", "few", "both"})
SAY_LEMMAS = frozenset({"say", "tell", "argue", "claim", "insist", "contend", "warn", "complain", "predict"})


def _named_member(tok, index):
    """The first person or body named in 'including ...' / 'such as ...' after a bare group word ('Others,
    including ... William Blocker', 'some, such as the group BOND Action,'), else None."""
    if tok.lower_ not in BARE_GROUPS and tok.lower_ != "others" or tok.i in index.tok2ent:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "including" or (c.lower_ == "as" and c.i > 0 and
                                                             tok.doc[c.i - 1].lower_ == "such")):
            for t in c.subtree:
                k = index.tok2ent.get(t.i)
                if k is not None and index.entities[k].type in ("PERSON", "ORG"):
                    return index.entities[k]
    return None


def speaker_from(tok, index) -> Speaker | None:
    """A Speaker for the subject token of a cue (name, entity, resolved pronoun, description)."""
    if tok is None:
        return None
    named_after = name_after_description(tok)
    if named_after is not None:  # 'the state news agency Xanu reported', parsed as two subjects: Xanu speaks
        tok = named_after
    if answered_reports(tok):
        return reports_speaker(tok, index)  # 'responded to reports that ...': the reports, not their issuer
    if is_document(tok) and tok.i not in index.tok2ent:
        found = document_speaker(tok, index, speaker_from)  # 'the letter said': its issuer (document_speakers.py)
        if found is not None:
            return found
    named = dash_named(tok, index)
    if named is not None:  # 'Saudi Arabia - Iran's regional rival - welcomed': the parser took the rival as subject
        s, e = mention_bounds(tok.left_edge, named, index)
        return Speaker(name=named.name, entity=named.id, mention=index.text[s:e], start=s, end=e)
    described = _described_person(tok, index) or aged_person(tok, index)
    if described is not None:  # 'he' after 'The head of the mission said': the person that description names;
        return described  # 'the 47-year-old said' after 'X won the title'
    member = _named_member(tok, index)
    if member is not None:  # 'Others, including the party chairman, X, dismissed ...': X speaks for them
        s, e = mention_bounds(tok, member, index)
        return Speaker(name=member.name, entity=member.id, mention=index.text[s:e], start=s, end=e)
    if tok.lower_ in ("another", "others") and tok.dep_ == "nsubj" and not any(True for _ in tok.children):
        last = next((d for d in reversed(index.descriptions) if d[0] < tok.idx and tok.idx - d[0] < 1500), None)
        if last is not None:  # 'One user quipped ... Another wrote': another of the same
            word = last[1] if tok.lower_ == "another" else last[1] + "s"
            return Speaker(name=f"{tok.text} {word}", entity=None, mention=tok.text, start=tok.idx,
                           end=tok.idx + len(tok.text))
    if tok.lower_ == "it" and tok.dep_ == "nsubj":
        found = document_it(tok, index, speaker_from)  # "X's letter ... it condemned", 'X released a statement ...'
        if found is not None or tok.i not in index.pronouns:
            return found
    if tok.lower_ in ("i", "we", "you", "me", "us", "this", "that", "there", "which", "what", "who") and \
            not (tok.text in ("US", "WHO") and (tok.ent_type_ in ("GPE", "ORG", "NORP") or tok.text == "WHO")):
        return None  # a pronoun, not the country 'US'
    if tok.text == "WHO" and tok.tag_ in ("WP", "WDT") and tok.i not in index.tok2ent and \
            tok.dep_ in ("nsubj", "nsubjpass"):
        named = titled_after_acronym(tok)  # 'WHO spokesman X said': X
        if named is not None:
            return speaker_from(named, index)
        return Speaker(name="WHO", entity=None, mention="WHO", start=tok.idx, end=tok.idx + 3)  # 'WHO said ...': the
        # health body the tagger read as the pronoun (its full name, when the article gives it: canonical_acronyms)
    if in_dateline(tok):
        return None  # 'BEIJING, Feb. 3 (Xinhua) -- X said': the parser made the place the subject
    pair = pair_speaker(tok, index)
    if pair is not None:
        return pair
    if tok.i not in index.tok2ent and (tok.pos_ in ("NUM", "PRON") or tok.lower_ in ("one", "another")):
        named = _named_in_apposition(tok, index)  # 'One of its members, Jane Roe, said': Jane Roe speaks
        if named is not None:
            s, e = mention_bounds(tok, named, index)
            return Speaker(name=named.name, entity=named.id, mention=index.text[s:e], start=s, end=e)
        found = _untagged_apposition(tok)
        if found is not None:
            return found
    if tok.pos_ == "NOUN" and tok.i not in index.tok2ent and not title_word(tok):
        conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and title_word(c)), None)
        if conj is not None:
            tok = conj  # 'The work and pensions secretary has said': the parser made 'work' the subject
    owned = _owned_body(tok, index)
    if owned is not None:  # 'her campaign said': Hillary Clinton campaign, not the body named last
        return owned
    person = surname_person(tok, index) if tok.dep_ in ("nsubj", "nsubjpass") else None
    if person is None:
        person = _capitalised_title(tok, index)  # 'The Minister added': the minister named before
    name, ent = (person.name, person) if person is not None else index.describe(tok)
    if ent is not None and tok.i not in index.tok2ent and _other_office(ent, tok, index):
        name, ent = noun_phrase(tok), None  # 'The President' in a readout is not the prime minister named before
    if ent is not None and ent.type != "PERSON":
        own = _untagged_name(tok, index)
        if own is not None:  # 'Xi Jinping, general secretary of the ... Central Committee, said': not the committee
            name, ent = own, None
    beside = _named_beside(tok, index)
    if beside is not None and beside is not ent:
        name, ent = beside.name, beside  # 'The chairman of the committee, Representative X, said'
    if ent is not None and ent.type == "NORP":
        member = _party_member(tok, index)
        if member is not None:
            name, ent = member
    if ent is not None and ent.type == "PERSON" and tok.pos_ == "NOUN" and tok.i not in index.tok2ent and \
            tok.lemma_.lower() in MEDIA_ROLES and not any(r in (ent.title or "").lower() for r in MEDIA_ROLES):
        name, ent = noun_phrase(tok), None  # 'the reporter asks' is not the politician being asked
    if ent is not None and ent.type == "ORG" and tok.pos_ == "NOUN" and tok.i not in index.tok2ent and \
            tok.lemma_.lower() in person_words().group_nouns and not title_word(tok):
        marks = [c.text.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if marks and not any(m in ent.name.lower() or any(m in a.lower() for a in ent.aliases) for m in marks):
            name, ent = noun_phrase(tok), None  # 'the Obama campaign' is not the organisation named just before
    if ent is not None and ent.type == "PERSON" and tok.pos_ == "NOUN" and tok.i not in index.tok2ent and \
            tok.lemma_.lower() in MEDIA_ROLES and not any(r in (ent.title or "").lower() for r in MEDIA_ROLES):
        name, ent = noun_phrase(tok), None  # 'the reporter asks' is not the politician being asked
    if ent is not None and ent.type == "ORG" and tok.pos_ == "NOUN" and tok.i not in index.tok2ent and \
            tok.lower_ not in lexicon().cues["outlet_heads"] and canonical_outlet(ent.name) is not None:
        name, ent = noun_phrase(tok), None  # 'In a letter seen by Reuters, the company warned': not Reuters
    if ent is None and tok.pos_ == "NOUN":
        body = _comma_name(tok, index) or named_body(tok, index) or body_antecedent(tok, index)  # 'the utility
        if body is not None:  # said' after 'Pacific Gas and Electric said'; 'The UN refugee agency, UNHCR, said'
            name, ent = body.name, body
    elif ent is not None and ent.type == "ORG" and tok.pos_ == "NOUN" and tok.i in index.tok2ent:
        body = body_antecedent(tok, index)  # "The United Nations' nuclear watchdog" tagged as a name: the IAEA
        if body is not None:
            name, ent = body.name, body
    if ent is not None and ent.type == "PERSON" and tok.i not in index.tok2ent and _only_credited(ent, index):
        name, ent = noun_phrase(tok), None  # 'the minister' is not the reporter of the credit line at the end
    topic = topic_antecedent(tok, ent, index)  # 'Romney said ... "...," the Republican senator said'
    if topic is not None:
        name, ent = topic.name, topic
    pw = person_words()
    if tok.pos_ == "NOUN" and tok.i not in index.tok2ent and not title_word(tok) and (
            tok.lemma_.lower() in pw.person_nouns or tok.lemma_.lower() in pw.anonymous_roles):
        named = _named_in_apposition(tok, index)
        if named is not None:
            name, ent = named.name, named  # 'Another diplomat, former special envoy to X Kurt Volker, said'
    if tok.pos_ in ("NOUN", "PROPN") and tok.i not in index.tok2ent and title_word(tok):
        named = _named_in_apposition(tok, index)
        untagged = _untagged_apposition(tok) if named is None and (
            ent is None or ent.type != "PERSON" or in_title_phrase(tok, ent, index)) else None
        if untagged is not None:
            return untagged  # 'the spokesperson for the ministry, Jo Roe, said' with a name the tagger missed
        if named is not None:
            name, ent = named.name, named  # 'Another diplomat, former special envoy to X Kurt Volker, said'
        elif _qualified(tok) and not _title_fits(ent, tok, index) and (beside is None or ent is not beside) and \
                topic is None and not (ent is not None and office_named(tok.doc, tok.i)):
            # "Angela X said ... Labour's deputy leader also accused": the subject before (not the name written
            # after an office of a body: 'Socialist mayor of Lille X Y criticized')
            later = same_description_person(index, tok.doc[tok.left_edge.i:tok.i + 1], exclude=None)
            name, ent = (later.name, later) if later is not None else (noun_phrase(tok), None)
    if ent is not None and ent.mentions and all(filed_at(tok.doc, m[0]) for m in ent.mentions):
        name, ent = noun_phrase(tok), None  # 'DENVER (AP) — Colorado's governor said': not the dateline's place
    if name and ent is None and not plausible(tok, ent):
        for c in tok.children:  # 'a terse response from the GOP said'
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None:
                    return speaker_from(p, index)
    if not name and ent is None and tok.lower_ in BARE_GROUPS and tok.dep_ == "nsubj" and \
            not any(c.dep_ in ("prep", "det") for c in tok.children):
        name = tok.text  # 'Some also said ...': an unnamed part of a group the text talks about
        return Speaker(name=name, entity=None, mention=name, start=tok.idx, end=tok.idx + len(tok.text))
    if name and ent is None and not plausible(tok, ent) and tok.tag_ == "NNS" and tok.dep_ == "nsubj" and \
            tok.head.lemma_.lower() in SAY_LEMMAS and any(c.dep_ == "ccomp" for c in tok.head.children):
        pass  # 'Romney operatives in the spin room said ...': people saying something, whatever the noun
    elif not name or not plausible(tok, ent):
        return None
    start, end = mention_bounds(tok, ent, index)
    if ent is not None and ent.type == "ORG" and ent.name.isupper() and 2 <= len(ent.name) <= 5:
        full = _spelled_out(ent.name, index)
        if full is not None:
            name, ent = full.name, full  # 'the EU' after 'the European Union': the fullest name the article gives
    if ent is None and tok.pos_ == "NOUN" and any(c.lower_ in ("a", "an", "one") for c in tok.children):
        index.descriptions.append((tok.idx, tok.lemma_.lower(), name))
    return Speaker(name=name, entity=ent.id if ent else None, mention=index.text[start:end], start=start, end=end)


def _described_person(pron, index) -> Speaker | None:
    """The speaker of a pronoun whose antecedent is a definite description that speaks ('The head of the
    mission said ... "...," he said'), when the description names a person of the pronoun's gender (who must hold
    its title); a description naming no one speaks itself when it stands in the pronoun's sentence or the one
    before it (quotes aside) and its head word is not of the other sex; else None (the pronoun keeps the subject
    named before it)."""
    k = index.described.get(pron.i)
    found = speaker_from(pron.doc[k], index) if k is not None else None
    ent = index.entity(found.entity) if found is not None else None
    if found is not None and ent is None and found.name:  # nobody named: the description speaks ('The head of the
        pw = person_words()  # X ministry said ... "...," he said'), which later steps may name; not a 'spokesman'
        other = pw.female if pron.lower_ in ("he", "him", "his", "himself") else pw.male  # for 'she'
        if pron.doc[k].lower_ in other or not _next_sentence(pron.doc[k], pron, index):
            return None  # a description further back: the pronoun keeps the subject named before it
        return found
    if ent is None or ent.type != "PERSON" or not _title_fits(ent, pron.doc[k], index):
        return None  # 'The sheriff' read as the most talked-about person, who holds no such title
    n = index.entities.index(ent)
    want = "f" if pron.lower_ in ("she", "her", "hers", "herself") else "m"
    if index.gender.get(n, want) != want:
        return None
    return Speaker(name=found.name, entity=found.entity, mention=pron.text, start=pron.idx,
                   end=pron.idx + len(pron.text))


def _next_sentence(tok, pron, index) -> bool:
    """``pron`` stands in ``tok``'s sentence or in the next one outside quotation marks."""
    _, end = index.sentence(tok.i)
    start, _ = index.sentence(pron.i)
    return all(index.in_quote(pron.doc[i].idx) is not None for i in index.sent_starts if end <= i < start)


OFFICES = person_words().leader_offices  # data/person_titles.json


def _other_office(ent, tok, index) -> bool:
    """Whether a bare title subject ('The President', 'the chancellor') was bound to a person whose recorded title
    is another of the offices that lead a state or government (a prime minister): two leaders' readout."""
    head = person_words().expand(norm_word(tok.lemma_))
    if ent.type != "PERSON" or head not in OFFICES:
        return False
    k = next((n for n, e in enumerate(index.entities) if e is ent), None)
    titles = index.titles.get(k, set()) if k is not None else set()
    return bool(titles & OFFICES) and not has_title(titles, head) and tok.lower_ not in titles


def _outer_report(cue):
    """'X said analysts expect growth if the assembly passes the budget and urged lawmakers to ...': a past cue with
    no subject of its own that the parser coordinated with a present-tense verb of a subordinate clause ('if',
    'until', 'when' ...) inside a past speech verb's reported clause is that speech verb's second act, not the
    subordinate clause's (a tense the clause cannot share); the speech verb, else None."""
    h = cue.head
    if cue.tag_ != "VBD" or h.tag_ not in ("VBZ", "VBP") or h.i > cue.i or \
            not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in h.children):
        return None
    a = h
    for _ in range(4):
        if a.dep_ == "ccomp" and a.head.i < a.i and a.head.tag_ == "VBD" and is_cue_token(a.head):
            return a.head
        if a.dep_ not in ("advcl", "ccomp", "xcomp") or a.head.i == a.i:
            return None
        a = a.head
    return None


def _noun_holder_subject(noun, index):
    """The subject of the verb whose prepositional object is ``noun``, in the same sentence: who acts when a
    participle cue hangs on a noun that cannot speak ('X hit back at the comments saying: ...')."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" \
        else None
    if noun.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ != "to" for c in noun.rights):
        return None  # 'challenged the facts of an article saying ...': the article says it
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i or verb.dep_ == "acl" or \
            noun.ent_type_ in BAD_ENT_TYPES:
        return None  # 'an article published by X on Thursday saying ...': the article's words, not the clause's
    s0, s1 = index.sentence(noun.i)
    subj = subject_of(verb)
    return subj if subj is not None and s0 <= subj.i < noun.i else None


PERSONAL_BODIES = frozenset({"campaign", "office", "team", "staff", "administration"})


def _owned_body(tok, index) -> Speaker | None:
    """'her campaign said', 'his office said': the campaign or office of the person the possessive pronoun
    stands for; None otherwise (a named owner is the entity index's: "Rubio's campaign")."""
    if tok.lemma_.lower() not in PERSONAL_BODIES or tok.i in index.tok2ent:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.i in index.tok2ent:
        return None
    person = None
    if owner.pos_ == "PRON" and owner.lower_ in ("his", "her") and owner.i in index.pronouns:
        k = index.pronouns[owner.i][1]
        person = index.entities[k] if k is not None else None
    if person is None or person.type != "PERSON":
        return None
    words = [t.text for t in tok.subtree if owner.right_edge.i < t.i <= tok.i]
    s, e = mention_bounds(tok, None, index)
    return Speaker(name=f"{person.name} {' '.join(words)}", entity=None, mention=index.text[s:e], start=s, end=e)


def _capitalised_title(tok, index):
    """'The Minister added that ...', 'the Senator said': a bare title the tagger read as a proper noun, written
    with a capital as readouts do; the person last named with that title, else None."""
    if tok.pos_ != "PROPN" or tok.i in index.tok2ent or not tok.text[:1].isupper() or not title_word(tok):
        return None
    kids = list(tok.children)
    place = of_country(tok)  # 'the Prime Minister of Norland': that country's office
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or \
            any(c.dep_ in ("poss", "prep", "appos", "nmod") and not (place and c.dep_ == "prep" and c.lower_ == "of")
                for c in kids):
        return None  # 'the Prime Minister of the party', "Britain's Foreign Secretary": left to the description rules
    if any(not (c.text[:1].isupper() or c.pos_ == "ADJ") for c in kids if c.dep_ in ("compound", "amod")):
        return None  # 'the defence Minister': left to the description rules
    ent = office_holder(tok, index)  # 'The outgoing First Minister', 'The Secretary General': the one holding it
    if ent is not None and place and ent.country not in (None, place):
        return None  # 'the Prime Minister of Norland' is not the prime minister of another country named before
    return ent


SPEAKING_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
QUANTITY_HEADS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number",
                  "handful", "couple", "crowd", "host", "majority", "minority", "lot", "lots", "million", "millions"}
BAD_ENT_TYPES = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "LAW", "LANGUAGE"}


def plausible(tok, ent) -> bool:
    """Can this noun phrase speak? People, bodies, titles, groups, documents; not dates, places or things."""
    if ent is not None:
        return ent.type in SPEAKING_TYPES or ent.name.lower() in person_words().government_seats
    if (tok.ent_type_ or tok.text[:1].isupper()) and \
            tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text.lower() in person_words().government_seats:
        return True  # 'Number 10 said', 'Downing Street said' (at a paragraph's start the tagger may name neither)'
    if tok.pos_ in ("PRON", "NUM") or tok.lower_ in ("some", "many", "others", "several", "both", "all", "most"):
        return True
    if tok.lemma_.lower() in QUANTITY_HEADS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            plausible(g, None) for g in c.children if g.dep_ == "pobj") for c in tok.children):
        return True  # 'dozens of residents', 'a handful of users'
    if tok.ent_type_ in BAD_ENT_TYPES:
        return False
    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_sent_start and tok.pos_ == "NOUN"
                               and not any(c.dep_ == "det" for c in tok.children)):
        return True
    pw = person_words()
    low, lemma = tok.lower_, tok.lemma_.lower()
    return (pw.expand(norm_word(lemma)) in pw.titles or low in pw.titles or low in pw.plural_person_heads
            or low in pw.anonymous_roles or lemma in pw.anonymous_roles or lemma in pw.person_nouns  # 'one person familiar with ...'
            or lemma in pw.group_nouns or low in pw.group_nouns or lemma in speech_cues().document_nouns
            or low in speech_cues().document_nouns or (tok.tag_ == "NNS" and low in PLURAL_STATES))  # 'Countries
    # vulnerable to X are pointing out'


def _plural_source(tok, index) -> Speaker | None:
    """'suggestions from some Western countries that ...': whoever a speech noun's words come from speaks, whatever
    the plural noun (as 'Romney operatives said' does for a subject), when no other rule names them."""
    if tok.tag_ != "NNS" or tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "by") or tok.i in index.tok2ent:
        return None
    start, end = mention_bounds(tok, None, index)
    return Speaker(name=noun_phrase(tok), entity=None, mention=index.text[start:end], start=start, end=end)


def speaker_of_cue(cue, index) -> Speaker | None:
    if cue.lower_ in ("according", "per"):
        return speaker_from(according_to(cue), index)
    if (cue.dep_ == "advcl" and cue.tag_ in ("VBN", "VBD") and cue.lower_.endswith("ed")
            and cue.lemma_.lower() in ADDRESSEE_VERBS
            and not any(c.dep_.startswith("nsubj") for c in cue.children)):
        return None  # 'Asked whether ..., he said': the subject is who was asked
    if cue.pos_ == "NOUN" and cue.dep_ == "appos" and cue.head.pos_ == "PROPN":
        return speaker_from(cue.head, index)  # 'Grassley, who owns a farm, often notes that ...'
    reports = unowned_reports(cue, index)  # 'X responded to reports that ...': the reports', not X's
    if reports is not None:
        return reports
    closing = closing_participle_subject(cue, index)  # 'Pompeo said that Washington had ..., saying he trusted ...'
    subj = closing or as_saying_object(cue) or subject_after_comma_cue(cue) or subject_of(cue)  # 'Media reported X
    # as saying ...': X; '<claim>, says X': X, not the claim's noun
    if not any(c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct for c in cue.children):
        subj = _relative_antecedent(cue) or subj
        h = cue.head
        if cue.dep_ == "conj" and h.dep_ == "ccomp" and is_cue_token(h.head) and h.head.i < h.i and \
                not reported_second_act(cue):  # not fronted, not 'X said Y condemned A and called for B' (Y's)
            subj = subject_of(h.head) or subj  # 'X responded that Congress had delayed aid and said ...'
        elif cue.dep_ == "conj" and h.dep_ == "advcl" and (outer := _outer_report(cue)) is not None:
            subj = subject_of(outer) or subj  # 'X said analysts expect A if B passes it and urged ...'
        elif cue.dep_ == "conj" and h.dep_ == "acl" and h.head.dep_ in ("dobj", "dative") and \
                is_cue_token(h.head.head) and any(c.lower_ == "that" and c.dep_ == "mark" for c in h.children):
            subj = subject_of(h.head.head) or subj  # 'X informed his counterpart that ... and called on ...'
    subj = lost_subject(cue, subj, index) or subj  # '... and opposition head X called it "..."'
    subj = glossed_name(subj)  # 'X (Peru), Council President for the month, said': X, not the country
    subj = titled_name_inside(subj, cue)  # 'Movement for Unity spokesman Petr Halas told': Halas
    delegate = delegate_opening(cue) if subj is None or subj.ent_type_ != "PERSON" or subj.head.i != cue.i else None
    subj = delegate or subj  # 'X (Peru), ..., outlining ... at Headquarters today, said': on the cue's own line
    main = None if closing is not None else main_participle_subject(cue)  # 'talked about people who ..., claiming
    # that': the holder's (not when the participle closes a reported clause: the main speaker's, above)
    if main is not None:
        subj = main

    if subj is not None and index.in_quote(subj.idx) is not None and index.in_quote(cue.idx) is None:
        subj = left_subject(cue, index)
    if subj is not None:
        s0, s1 = index.sentence(cue.i)
        if not s0 <= subj.i < s1 and subj is not delegate:  # the parser reached into another paragraph
            subj = left_subject(cue, index) or inverted_subject(cue)
    if subj is None and cue.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        subj = left_subject(cue, index) or inverted_subject(cue)
    speaker = speaker_from(subj, index)
    if speaker is None and subj is not None and subj.i == cue.head.i and cue.dep_ == "acl" and cue.tag_ == "VBG":
        speaker = speaker_from(_noun_holder_subject(subj, index), index)  # 'X hit back at the comments saying:'
    if speaker is None and subj is not None:
        left = left_subject(cue, index)
        if not (left is not None and cue.tag_ == "VBG" and left.dep_ == "pobj" and left.head.lower_ == "to"):
            speaker = speaker_from(left, index)  # not whom it went to: 'wrote to X urging him to ...'
    if speaker is not None:
        for c in cue.children:  # 'the ministry said in a statement': a later 'the statement said' is the ministry's
            if c.dep_ == "prep" and c.lower_ == "in":
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and p.lemma_.lower() in speech_cues().document_nouns and \
                        not any(g.dep_ == "poss" for g in p.children):
                    remember_owner(index, p.lemma_.lower(), p.idx, speaker)
    if speaker is not None and cue.lemma_.lower() in ("report", "publish", "write", "reveal") and speaker.entity:
        ent = index.entity(speaker.entity)
        if ent is not None and ent.type == "ORG":
            remember_owner(index, "*", cue.idx, speaker)  # a later 'the report said' is most likely theirs
    if speaker is None and subj is not None and cue.dep_ == "conj":
        for cand in list(subject_candidates(cue, through_ccomp=True))[1:]:
            speaker = speaker_from(cand, index)
            if speaker is not None:
                break
    if speaker is None and cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and cue.head.i < cue.i:
        speaker = speaker_from(left_subject(cue.head, index), index)  # 'X on Tuesday renewed ... and said'
    owner = claim_owner(cue)  # 'slammed X for his claims that ...': the words are X's
    if owner is not None:
        speaker = speaker_from(owner, index) or _plural_source(owner, index) or speaker
    elif speaker is not None and subj is not None and speaker.start <= subj.idx <= speaker.end:
        speaker = with_conjuncts(cue, subj, speaker, index, speaker_from)  # 'The President and Prime Minister X agreed'
    return speaker
