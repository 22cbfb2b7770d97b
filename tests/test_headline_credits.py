"""Agency headlines that credit their words after the claim (session 28, agind): a verbless statement before a dash
('Villagers taking a brave stand - Halden'), a headline longer than a body heading, and '<claim>, says X' where
the parser took the claim's noun for a first subject of 'says'. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_verbless_statement_before_a_dash():
    got = _indirect("Villagers taking a brave decision - Halden about the dam vote\n\n"
                    "ORVIK, June 3 (NNA) - Finance Minister Petra Halden on Sunday cast her ballot in the dam vote "
                    "at a school in the capital of Norland.")
    assert ("Petra Halden", "Villagers taking a brave decision") in got


def test_participle_with_an_adverb_before_a_dash():
    got = _indirect("Grain convoys finally allowed into Karenia - Tamsin\n\n"
                    "KARSHAN, Aug 17 (KNA) - Union minister Meera Tamsin on Tuesday told reporters the convoys had "
                    "crossed the border at dawn.")
    assert ("Meera Tamsin", "Grain convoys finally allowed into Karenia") in got


def test_a_long_headline_credited_after_a_dash():
    got = _indirect("Vostria not taking part in any border deals and holds no secret talks with Karenia on water - "
                    "Kessel\n\nARLEN, May 2 (NNA) - Vostria holds no secret talks on water, Foreign Minister Amos "
                    "Kessel told reporters on Monday.")
    assert ("Amos Kessel", "Vostria not taking part in any border deals and holds no secret talks with Karenia on "
                           "water") in got


def test_claim_then_says_and_the_name():
    got = _indirect("Bank loan only way left for Norland to pay its debts, says Petra Halden\n\n"
                    "ORVIK, June 3 (NNA) - Finance Minister Petra Halden said on Sunday that a loan was the only "
                    "option left to the country.")
    assert ("Petra Halden", "Bank loan only way left for Norland to pay its debts") in got


def test_verbless_labels_and_colons_credit_nothing():
    for text in ("Reaction following the dam vote - Halden\n\nFinance Minister Petra Halden voted in Orvik "
                 "on Sunday.",
                 "Villagers taking a brave decision: Halden\n\nFinance Minister Petra Halden voted in Orvik on Sunday.",
                 "Dam vote 2031 - Halden\n\nFinance Minister Petra Halden voted in Orvik on Sunday."):
        head = text.split("\n")[0]
        assert not any(t in head for _, t in _indirect(text)), text
