"""Actor codes from the common nouns, organisations and cues added for real news (issue #4)."""
import pytest

from newsgraph.extract.actor_codes import code_entity, sector_of


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the suspect", "CRM"),
    ("her lawyer", "JUD"),
    ("senior aides", "GOV"),
    ("the agency", "GOV"),
    ("the committee", "LEG"),
    ("the paper", "MED"),
    ("the faculty", "EDU"),
    ("employees", "LAB"),
    ("the victims", "CVL"),
    ("the organization", "NGO"),
    ("militant groups", "REB"),
    ("a terrorist group", "INS"),
    ("the Chamber of Commerce", "BUS"),
    ("the police department", "COP"),  # the longer phrase beats "department"
    ("a group", None),  # an unnamed group is nobody in particular
    ("a terrorist network", None),
    ("the press conference", None),
])
def test_common_nouns_name_a_sector(phrase, sector):
    assert sector_of(phrase) == sector


@pytest.mark.parametrize(("name", "ent_type", "code"), [
    ("the NAACP", "ORG", "USANGO"),
    ("AARP", "ORG", "USANGO"),
    ("the SEIU", "ORG", "USALAB"),
    ("Wal-Mart", "ORG", "USABUS"),
    ("the National Enquirer", "ORG", "USAMED"),
    ("Ms. Coulter", "PERSON", "USAMED"),
    ("Newsweek", "ORG", "USAMED"),
    ("Der Spiegel", "ORG", "MED"),  # an outlet of outlets.tsv no actor file places: the sector alone
    ("Labrador", "GPE", "USALEG"),  # a listed surname the parser took for a place
    ("Paris", "GPE", "FRAGOV"),  # a real place stays one
    ("the apple", "NOUN", None),  # lower-case words are nobody the actor files list
    ("the Amazon", "LOC", None),  # a river, not the firm
    ("the hill", "NOUN", None),
])
def test_organisations_outlets_and_people(name, ent_type, code):
    assert code_entity(name, ent_type)[2] == code


def test_outlet_names_code_only_as_organisations():
    assert code_entity("The Atlantic", "LOC")[2] is None
    assert code_entity("the slate", "NOUN")[2] is None
