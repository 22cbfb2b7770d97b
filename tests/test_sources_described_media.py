"""Outlets named or described where the parse hides their place (extract/source_judges.py, source_mentions.py): a
known name hung on the outlet noun that closes the sentence ('..., the AFP news agency reports.'), a country's
media closing the sentence ('..., Tarvian media report.'), media as one of two subjects ('Witnesses and local
media say ...'), and plural outlet nouns ('quoted by Tarvian radio stations'). Fictional places and names; the
agency is a real name in a sentence of our own."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/vote-1234"


def names(nlp, text):
    return [name for name, _ in sources(nlp, text, url=OTHER, quotes=True)]


@pytest.mark.parametrize("text, name", [
    ("Mr Varn held back from endorsing either candidate, saying instead Norland could not afford another round of "
     "voting, the AFP news agency reports.", "AFP"),
    ("The minister said he sees signs of a deal, Tarvian media report.", "media"),
    ("Witnesses and local media say several sites have been hit near Kelsbury.", "local media"),
    ("The office threatened to cancel the meeting unless the rebels denied one official's comment, quoted by "
     "Tarvian radio stations, that Norland had accepted a pause.", "radio stations"),
])
def test_outlet_credited(nlp, text, name):
    assert any(name in n for n in names(nlp, text))


@pytest.mark.parametrize("text", [
    "Witnesses and the police say several sites have been hit near Kelsbury.",
    "The minister told the media that the talks had failed.",
])
def test_no_outlet(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, outlet", [
    ("The minister will visit Kelsbury next week, the agency reported, citing state media.", "state media"),
    ("The minister will visit Kelsbury next week, the agency said, quoting local media.", "local media"),
    ("Citing state television, the agency said the minister will visit Kelsbury next week.", "state television"),
    ("The minister will visit Kelsbury, Norvision reports citing Tarvian media.", "Tarvian media"),
])
def test_unnamed_outlet_cited_or_quoted(nlp, text, outlet):
    """An unnamed outlet that an agency's report cites or quotes ('..., citing state media') is credited."""
    assert outlet in names(nlp, text)


def test_the_media_at_large_cited_is_no_credit(nlp):
    assert "the media" not in names(nlp, "The minister will visit Kelsbury, the agency said, citing the media.")


def test_named_agency_quoting_someone_is_a_news_agency(nlp):
    """'was quoted by the Pressa agency as saying': an agency no list knows, without 'news', quoting a speaker is
    a news agency; a government agency citing someone is no source."""
    text = 'Mr Orrel was quoted by the Pressa agency as saying: "We will go to the courts."'
    assert any("Pressa" in n for n in names(nlp, text))
    assert names(nlp, "Mr Orrel was cited by the environment agency as an expert.") == []


@pytest.mark.parametrize("text, name", [
    ('Ostravia\'s state-run broadcaster, OBC, said he was being held "for his own safety".', "OBC"),
    ("The independent newspaper, Ostra Star, reported that he was being held.", "Ostra Star"),
    ("According to the state broadcaster, Ostra TV, he was being held.", "Ostra TV"),
])
def test_outlet_noun_is_named_by_its_apposition(nlp, text, name):
    """An outlet noun followed by its own name between commas is credited under that name."""
    assert names(nlp, text) == [name]


def test_outlet_noun_set_off_by_a_person_is_no_source(nlp):
    assert names(nlp, "The veteran broadcaster, John Smith, said he was being held.") == []


@pytest.mark.parametrize("text, credited", [
    ("Local media outlets, including the Valda Courier, have reported that he is likely to take the oath.",
     ["Valda Courier"]),
    ("Several newspapers, including the Ostra Times and the Valda Courier, reported that he would resign.",
     ["Ostra Times", "Valda Courier"]),
    ("Local media, including Lumen TV, reported that he would resign.", ["Lumen TV"]),
    ("Local media outlets, including NDTV news channel, have reported that he will take the oath.", ["NDTV"]),
    ("He told several newspapers, including the Ostra Times, that he would resign.", ["Ostra Times"]),
])
def test_outlet_listed_under_a_crediting_group_is_credited(nlp, text, credited):
    """'media outlets, including X, reported ...': the outlet named in the list is credited where the group
    stands (the group noun beside it was left out as 'the name is credited', and the name as only mentioned)."""
    found = names(nlp, text)
    assert all(any(c in n for n in found) for c in credited) and len(found) == len(credited)  # not the group too


@pytest.mark.parametrize("text", [
    "Newspapers, including the Ostra Times, have been sold.",
    "He will tell several newspapers, including the Ostra Times, that he would resign.",
])
def test_outlet_listed_under_a_group_not_credited_is_no_source(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, credited", [
    ("The Marrow Courier leads on claims the prime minister is on the brink, saying cabinet ministers have lost "
     "faith.", ["Marrow Courier"]),
    ("The Ostra Times leads on the row, saying ministers are split.", ["Ostra Times"]),
    ("The Ostra Times leads on the weather.", []),
])
def test_outlet_stating_something_in_a_closing_participle_is_credited(nlp, text, credited):
    """A papers review: 'X leads on ..., saying ...' credits X (what it leads on alone credits nothing)."""
    found = names(nlp, text)
    assert all(any(c in n for n in found) for c in credited) and (credited or found == [])


@pytest.mark.parametrize("text, name", [
    ('"But it will take time," he was quoted as saying by the state news agency, Pressa.', "Pressa"),
    ("He was quoted as saying by the state news agency Pressa that it would take time.", "Pressa"),
])
def test_agency_quoting_as_saying_is_credited_under_its_name(nlp, text, name):
    """'quoted as saying by the state news agency, X': the parse hangs 'by X' on 'saying'; the agency is credited
    under the name set off after it (a name the tagger took for a place)."""
    assert names(nlp, text) == [name]


def test_outlet_a_merely_mentioned_letter_was_written_to_is_no_source(nlp):
    """'suspended over a letter she wrote to X about racism': the letter is only mentioned, and so is X."""
    text = "Ms Holm was suspended as an MP in April over a letter she wrote to the Marrow Courier about racism."
    assert names(nlp, text) == []
    assert any("Marrow Courier" in n for n in names(
        nlp, "In a letter she wrote to the Marrow Courier, Ms Holm said racism was rising."))
