"""A statement, letter or report named with its owner is credited in object or subject place too (issue #3, official
readouts): 'We welcome the statement of X ...', 'Yesterday's statement by X ... cannot fail to ...', 'The text of
the letter of X shows ...'. Invented text with fictional names (extract/source_owned_documents.py)."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, word", [
    ("We welcome the statement of the Orvan League expressing its concern over attacks on reporters in Velmar.",
     "statement"),
    ("Norland welcomed the statement of OSCE Special Envoy Anna Korvik on the safety of defenders in Velmar.",
     "statement"),
    ("Yesterday's statement by Ambassador Ivo Karst regarding the arrest of observers cannot fail to cause alarm.",
     "statement"),
    ("The text of the letter of Governor Tomas Brell to Ambassador Dana Ulm clearly shows the mood in Ostria.",
     "letter"),
    ("Her words seemed to contradict a statement by Senator Dario Venn of Norland, who met the king in May.",
     "statement"),
])
def test_owned_document_is_credited(nlp, text, word):
    found = sources(nlp, text)
    assert any(word in name.lower() for name, _ in found), found


def test_two_owned_statements_each_keep_their_owner(nlp):
    text = ("We welcome the statement of the Orvan League expressing its concern over attacks on reporters. "
            "Norland also welcomed the statement of OSCE Special Envoy Anna Korvik on the safety of defenders.")
    found = [name for name, _ in sources(nlp, text)]
    assert len(found) == 2 and not any("Orvan" in name for name in found[1:]), found


@pytest.mark.parametrize("text", [
    "A Memorandum of Understanding on fisheries between Norland and Ostria was also signed.",  # no owner named
    "The minister welcomed the report and thanked the staff.",  # no owner
    "The minister welcomed Ostria's decision to buy the air defence system.",  # a weak noun, a decision
    "The letter of Governor Tomas Brell was sent to the envoy on Monday.",  # what was done to it
    "She asked whether he had read the letter of Governor Tomas Brell.",  # only supposed
])
def test_near_misses_credit_nothing(nlp, text):
    assert sources(nlp, text) == []


def test_a_paper_about_its_possessor_is_no_owned_document(nlp):
    text = "Brell's indictment came after his associate Ivo Karst testified before the grand jury in Ostria."
    assert not any("Brell" in name for name, _ in sources(nlp, text)), sources(nlp, text)
