"""A described speaker ('A senior army spokesman told the BBC ...', "Mr Varo's spokesman said ...") is the person
the next sentence names for the first time, speaking, with no description of their own ('Lukas Brenn said ...',
'"...," Tomas Rieg told the Wire news agency.'). A person introduced with an apposition of their own is someone
else."""
from __future__ import annotations

from quote_helpers import analyzed_speaker_of as _speaker_of


def test_indefinite_spokesman_then_bare_name(nlp):
    text = ("Rebels free hostages\n\nThe rebel group posted the news on its website on Sunday.\n\nA senior Norland "
            "army spokesman told the BBC the army had not verified the claim.\n\nLukas Brenn said troops would keep "
            "searching the forest.")
    assert _speaker_of(text, "the army had not verified") == "Lukas Brenn"


def test_possessive_spokesman_then_quote_first_name(nlp):
    text = ("Talks end without deal\n\nPresident Ardo's spokesman, Jan Pell, called the meeting \"useful\".\n\n"
            "Mr Varo's spokesman said each side would now consult its allies.\n\n\"Nobody expected a deal in one "
            'afternoon," Tomas Rieg told the Wire news agency.')
    assert _speaker_of(text, "each side would now consult") == "Tomas Rieg"


def test_name_with_its_own_apposition_is_someone_else(nlp):
    text = ("Port strike widens\n\nA union official said the strike would spread to two more ports on Monday."
            "\n\nMarta Kell, the port authority's director, said the ports would stay open.")
    assert _speaker_of(text, "the strike would spread") == "A union official"
