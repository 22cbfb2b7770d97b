"""Who speaks when the parse or the wording hides the name: a dateline or a party label the parser took for a
subject, a person named beside a description, a description the next sentence names, and 'the president' as
what a later 'he' stands for. Texts are made up; each test fails without its rule."""
from __future__ import annotations

import pytest

from quote_helpers import pairs, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def speaker_of(quotes, words: str) -> str | None:
    for name, text in pairs(quotes):
        if words in text:
            return name
    raise AssertionError(f"no quote holding {words!r} in {pairs(quotes)}")


def test_mixed_case_dateline_is_not_the_speaker(run):
    got = run("Harlan backs new farm rules\n\nDes Moines \u2013 In his first speech since the vote, U.S. Sen. Tobias "
              "Harlan said he would back the new farm rules.", "indirect")
    assert speaker_of(got, "back the new farm rules") == "Tobias Harlan"


def test_state_after_a_dateline_is_not_the_speaker(run):
    got = run("Greel Says He Will Stay\n\nAUGUSTA, Me. \u2014 Paul R. Greel, the beleaguered Republican governor of "
              "Maine, insisted on Wednesday that he would serve out his term.", "indirect")
    assert speaker_of(got, "would serve out his term") == "Paul R. Greel"


def test_party_label_after_a_name_is_not_the_speaker(run):
    got = run("\"The agency has lost its way and its leaders must answer for it,\" House Budget Committee "
              "Chairman Mark Doverly, R-N.C., told reporters in a statement.")
    assert got and speaker_of(got, "lost its way") == "Mark Doverly"


def test_person_named_beside_a_title_the_parser_joined_as_a_conjunct(run):
    got = run("Senator Hal Brisk, chairman of the Armed Services Committee, spoke first. The chairman of the House "
              "Oversight Committee, Representative Lena Ostrow, Republican of Ohio, said she intends to hold a "
              "hearing in July.", "indirect")
    assert speaker_of(got, "hold a hearing") == "Lena Ostrow"


def test_description_named_in_the_next_sentence(run):
    got = run("Senate Leader Backs Farm Bill\n\nOne of the most senior Republicans in the Senate said on Monday that he "
              "would vote for the farm bill. Majority Whip Marcus Delacroix, who has opposed two earlier versions, told "
              "reporters the new bill was fairer to small farmers.", "indirect")
    assert speaker_of(got, "vote for the farm bill") == "Marcus Delacroix"


def test_anonymous_description_is_not_named_by_the_next_sentence(run):
    got = run("Senate Leader Backs Farm Bill\n\nOne of the most senior officials in the Senate said on Monday that "
              "he would vote for the farm bill. Majority Whip Marcus Delacroix, who has opposed two earlier versions, "
              "told reporters the new bill was fairer to small farmers.", "indirect")
    assert speaker_of(got, "vote for the farm bill") != "Marcus Delacroix"


def test_the_president_as_subject_is_what_a_later_he_stands_for(run):
    got = run("President Walter Hollis took office on Friday, vowing to rebuild the economy.\n\nThe president addressed a "
              "crowd on the mall after taking the oath alongside Vice President Anton Reyes.  The speech avoided "
              "policy details.\n\n\u201cWe will build again,\u201d he said.")
    assert speaker_of(got, "build again") == "Walter Hollis"


# -- the parse rules on hand-built parses (no model): the shapes the small model gives real copy -------------------

def _doc(words, heads, deps, pos, ents=()):
    """A parsed Doc from absolute head indexes; ``ents`` as (start, end, label) token spans."""
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              tags=["NNP" if p == "PROPN" else "XX" for p in pos])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


class _Index:
    """What the rules ask of the entity index: quotes, token -> entity, entities."""

    def __init__(self, tok2ent=None, entities=None):
        self.tok2ent = tok2ent or {}
        self.entities = entities or []

    def in_quote(self, pos):
        return None


def test_two_subjects_of_one_verb_the_place_before_the_person_is_skipped():
    from newsgraph.extract.speaker_syntax import subject_of

    # 'Des Moines - In his speech, Sen. Tobias Harlan said ...' read with both 'Moines' and 'Harlan' as subjects
    words = ["Des", "Moines", "\u2013", "In", "his", "speech", ",", "Sen.", "Tobias", "Harlan", "said", "it", "works"]
    heads = [1, 10, 10, 10, 5, 3, 10, 9, 9, 10, 10, 12, 10]
    deps = ["compound", "nsubj", "punct", "prep", "poss", "pobj", "punct", "compound", "compound", "nsubj", "ROOT",
            "nsubj", "ccomp"]
    pos = ["PROPN", "PROPN", "PUNCT", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "VERB"]
    doc = _doc(words, heads, deps, pos, [(0, 2, "GPE"), (8, 10, "PERSON")])
    assert subject_of(doc[10]).text == "Harlan"


def test_two_people_as_subjects_keep_the_first():
    from newsgraph.extract.speaker_syntax import subject_of

    # 'Mr. Royce called for Mr. Trump to act' misparsed with both names as subjects of 'act'
    words = ["Royce", "called", "for", "Trump", "to", "act"]
    heads = [5, 0, 5, 5, 5, 5]
    deps = ["nsubj", "acl", "mark", "nsubj", "aux", "ROOT"]
    pos = ["PROPN", "VERB", "SCONJ", "PROPN", "PART", "VERB"]
    doc = _doc(words, heads, deps, pos, [(0, 1, "PERSON"), (3, 4, "PERSON")])
    assert subject_of(doc[5]).text == "Royce"


def test_party_label_is_skipped_when_looking_left_for_the_speaker():
    from types import SimpleNamespace

    from newsgraph.extract.left_subjects import left_subject

    words = ["Chairman", "Mark", "Doverly", ",", "R", "-", "N.C.", ",", "said"]
    heads = [2, 2, 8, 2, 6, 6, 2, 2, 8]
    deps = ["compound", "compound", "nsubj", "punct", "compound", "punct", "appos", "punct", "ROOT"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"]
    doc = _doc(words, heads, deps, pos, [(1, 3, "PERSON")])
    index = _Index({1: 0, 2: 0}, [SimpleNamespace(name="Mark Doverly", type="PERSON")])
    assert left_subject(doc[8], index).text == "Doverly"


def test_person_joined_to_a_title_as_a_conjunct_is_named_beside_it():
    from types import SimpleNamespace

    from newsgraph.extract.subject_names import _named_beside

    # 'The chairman of the committee, Representative Lena Ostrow, said' with 'Ostrow' as a conjunct of 'chairman'
    words = ["The", "chairman", "of", "the", "committee", ",", "Representative", "Lena", "Ostrow", ",", "said"]
    heads = [1, 10, 1, 4, 2, 1, 8, 8, 1, 8, 10]
    deps = ["det", "nsubj", "prep", "det", "pobj", "punct", "compound", "compound", "conj", "punct", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
    doc = _doc(words, heads, deps, pos, [(7, 9, "PERSON")])
    ostrow = SimpleNamespace(name="Lena Ostrow", type="PERSON")
    index = _Index({7: 0, 8: 0}, [ostrow])
    assert _named_beside(doc[1], index) is ostrow
    deps_list = deps[:5] + ["cc"] + deps[6:]  # 'the chairman and Representative Lena Ostrow': two people
    words_list = words[:5] + ["and"] + words[6:]
    pos_list = pos[:5] + ["CCONJ"] + pos[6:]
    doc2 = _doc(words_list, heads, deps_list, pos_list, [(7, 9, "PERSON")])
    assert _named_beside(doc2[1], index) is None


def test_unfamiliar_name_the_ner_called_an_organisation_is_a_person_by_its_title():
    import spacy
    from spacy.tokens import Doc

    from newsgraph.extract.cues import person_words
    from newsgraph.extract.names import Mention, _titled_name

    vocab = spacy.blank("en").vocab
    # 'Strzok attorney Aitan Goelman said' / 'Aitan Goelman, Mr. Strzok's lawyer, said'
    pre = Doc(vocab, words=["Strzok", "attorney", "Aitan", "Goelman", "said"], heads=[1, 3, 3, 4, 4],
              deps=["compound", "compound", "compound", "nsubj", "ROOT"], pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"],
              lemmas=["Strzok", "attorney", "Aitan", "Goelman", "say"])
    app = Doc(vocab, words=["Aitan", "Goelman", ",", "Mr.", "Strzok", "'s", "lawyer", ",", "said"],
              heads=[1, 8, 1, 4, 6, 4, 1, 1, 8],
              deps=["compound", "nsubj", "punct", "compound", "poss", "case", "appos", "punct", "ROOT"],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PART", "NOUN", "PUNCT", "VERB"],
              lemmas=["Aitan", "Goelman", ",", "Mr.", "Strzok", "'s", "lawyer", ",", "say"])
    firm = Doc(vocab, words=["Goldwater", "Group", ",", "the", "lobbying", "firm", ",", "said"],
               heads=[1, 7, 1, 5, 5, 1, 1, 7],
               deps=["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT"],
               pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB"],
               lemmas=["Goldwater", "Group", ",", "the", "lobbying", "firm", ",", "say"])
    pw = person_words()
    assert _titled_name(pre, Mention(2, 4, "ORG"), pw)
    assert _titled_name(app, Mention(0, 2, "ORG"), pw)
    assert not _titled_name(firm, Mention(0, 2, "ORG"), pw)


def test_a_named_persons_lawyer_is_the_lawyer_named_later(run):
    got = run("Agent Fired\n\nWASHINGTON \u2014 Agent Rolf Danner has been fired, Mr. Danner\u2019s lawyer said "
              "Monday.\n\nSenator Hal Brisk, chairman of the Armed Services Committee, praised the decision.\n\n"
              "Corbin Malley, Mr. Danner\u2019s lawyer, denounced the dismissal.", "indirect")
    assert speaker_of(got, "has been fired") in ("Corbin Malley", "Malley")


def test_both_after_two_people_named_in_the_subject_phrase():
    from types import SimpleNamespace

    from newsgraph.extract.speaker_groups import _own_people

    # 'Minority Leader Tomas Bell and Sen. Ida Marsh both called ...': 'Leader' heads, Bell in apposition, Marsh
    # his conjunct, 'both' another apposition
    words = ["Minority", "Leader", "Tomas", "Bell", "and", "Sen.", "Ida", "Marsh", "both", "called"]
    heads = [1, 9, 3, 1, 3, 7, 7, 3, 1, 9]
    deps = ["compound", "nsubj", "compound", "appos", "cc", "compound", "compound", "conj", "appos", "ROOT"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PRON", "VERB"]
    doc = _doc(words, heads, deps, pos, [(2, 4, "PERSON"), (6, 8, "PERSON")])
    bell = SimpleNamespace(name="Tomas Bell", type="PERSON", mentions=[[doc[2].idx, doc[3].idx + 4]])
    marsh = SimpleNamespace(name="Ida Marsh", type="PERSON", mentions=[[doc[6].idx, doc[7].idx + 5]])
    index = _Index({2: 0, 3: 0, 6: 1, 7: 1}, [bell, marsh])
    assert _own_people(doc[1], index) == (bell, marsh)
    one = _Index({2: 0, 3: 0}, [bell])
    assert _own_people(doc[1], one) is None


def test_head_of_a_body_in_apposition_speaks_not_the_body():
    from types import SimpleNamespace

    from newsgraph.extract.left_subjects import left_subject

    # 'Wendell Parr, the chief of the Tree Council, said' parsed with no subject on 'said'
    words = ["Wendell", "Parr", ",", "the", "chief", "of", "the", "Tree", "Council", ",", "said"]
    heads = [1, 1, 1, 4, 1, 4, 8, 8, 5, 1, 10]
    deps = ["compound", "ROOT", "punct", "det", "appos", "prep", "det", "compound", "pobj", "punct", "ROOT"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "VERB"]
    doc = _doc(words, heads, deps, pos, [(0, 2, "PERSON"), (7, 9, "ORG")])
    parr = SimpleNamespace(name="Wendell Parr", type="PERSON")
    council = SimpleNamespace(name="Tree Council", type="ORG")
    index = _Index({0: 0, 1: 0, 7: 1, 8: 1}, [parr, council])
    assert left_subject(doc[10], index).text == "Parr"


def test_he_after_an_owner_of_a_bystander_is_the_earlier_subject(run):
    got = run("Defense Chief Quits\n\nCyrus Vale resigned on Thursday as defense secretary.\n\nMr. Vale\u2019s letter "
              "named no single decision. Instead, it condemned President Oren Hask\u2019s approach to allies.\n\n"
              "He said the core of national interest lay in \u201cstrong alliances.\u201d")
    assert speaker_of(got, "strong alliances").endswith("Vale")


def test_they_after_two_named_subjects_is_both(run):
    got = run("Senator Ada Lark and Senator Bo Pim said the bill was unfair. They said they would vote against it.",
              "indirect")
    assert speaker_of(got, "vote against it") == "Ada Lark and Bo Pim"


def test_the_spokesperson_is_the_nearest_description_before_it(nlp):
    from types import SimpleNamespace

    from newsgraph.extract.description_sources import nearest_descriptions
    from newsgraph.model import Quote, Speaker

    text = ("A spokesperson for Orbitron said it had never heard of the program. A Zentrix spokesperson said that "
            "the company only hands over data under a court order. \"We comply only with orders,\" the spokesperson "
            "said.")
    doc = nlp(text)
    start = text.index("the spokesperson")
    # resolved before the Zentrix statement was seen: the older description was the only one known
    quote = Quote(id="q1", text="We comply only with orders", start=text.index("We comply"), end=text.index(",\" the"),
                  kind="direct", speaker=Speaker(name="A spokesperson for Orbitron", entity=None,
                                                 mention="the spokesperson", start=start, end=start + 16))
    index = SimpleNamespace(descriptions=[(0, "spokesperson", "A spokesperson for Orbitron"),
                                          (text.index("A Zentrix"), "spokesperson", "A Zentrix spokesperson")])
    nearest_descriptions(doc, index, [quote])
    assert quote.speaker.name == "A Zentrix spokesperson"


def test_given_name_and_surname_the_ner_missed_is_the_person_she_stands_for(run):
    # the NER reads 'March' as a date, so the lede's subject is no entity and 'she' went to 'the minister'
    got = run("Helen March has admitted she may not win the support of the river party for her harbour plan.\n\n"
              "Speaking on local radio on Friday, the minister said the plan was sound.\n\n"
              "\u201cEvery member will decide how to vote on the harbour,\u201d she said.", "direct")
    assert speaker_of(got, "Every member will decide") == "Helen March"


def test_body_title_is_the_person_of_the_paragraph_before(run):
    got = run("Harbour board row deepens\n\nThe harbour board met on Monday to discuss the new tolls.\n\n"
              "Ms Odile Varnet, who sits on the board, said the members were divided.\n\n"
              "\u201cWe will vote on the tolls next month,\u201d the board treasurer told the local paper.", "direct")
    assert speaker_of(got, "We will vote on the tolls") == "Odile Varnet"
