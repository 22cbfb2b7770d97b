"""'The PM said' is the prime minister the page named speaking just before, like 'the prime minister said' (the
initials spelled out before the title is looked up); peers' titles ('Baroness X', 'Viscount Y') are honorifics of a
known sex, so 'she said' after 'Baroness X said' is hers, not the lord's named before."""
from __future__ import annotations

from quote_helpers import analyzed_speaker_of as _speaker_of


def test_pm_is_the_prime_minister_who_spoke_before(nlp):
    text = ("Marsh defends tax plan\n\nHelena Marsh has defended her government's tax plan in the Commons.\n\n"
            'Mrs Marsh said the plan would "help working families".\n\n'
            "The PM said she expected the economy to grow next year.")
    assert _speaker_of(text, "she expected the economy") in ("Helena Marsh", "Marsh")


def test_bare_pm_with_nobody_before_stays(nlp):
    text = "Budget day\n\nThe PM said she expected the economy to grow next year."
    assert _speaker_of(text, "she expected the economy") in (None, "The PM", "PM")


def test_baroness_is_she(nlp):
    text = ("Lords plans shelved\n\nLord Ardmore, the leader of the House, told peers the plans had been shelved "
            "for good.\n\nFormer Lord Speaker Baroness Orrin said the peers had waited long enough.\n\n"
            "She said the chamber would now have to find its own way to change.")
    assert _speaker_of(text, "the chamber would now have") in ("Orrin", "Baroness Orrin")
