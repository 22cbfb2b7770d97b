"""Who 'Both sides' / 'The two leaders' / 'They' are on a readout: the two sides of its call, found also where the
headline is in title case ("Minister X's Phone Call With Y": the parser takes 'Call' for a name), where a hard-wrapped
headline runs into its lede and names the host twice ('X meets ... X welcomed ... Y, to Z'), and, on a page that
reports two calls, the sides of the call the statement follows. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

TITLE_CASE = ("Readout of Minister Halvard's Phone Call With Estavian Foreign Minister Lena Varga\n\n"
              "Office of the Spokesperson\n\n"
              "Minister Ole Halvard thanked Foreign Minister Lena Varga for Estavia's help with the grain corridor. "
              "Both sides agreed that the corridor must stay open through the winter.")

WRAPPED = ("Chief Minister Ada Norvik meets President of the Talvar Assembly\n"
           "Chief Minister Ada Norvik welcomed the President of the Talvar\n"
           "Assembly, Jon Brask, to Korsby on Thursday.\n"
           "The two leaders stressed that fishing quotas called for a common\n"
           "approach, and noted the work done on the new ferry link.\n"
           "The Chief Minister said her cabinet would publish its plans in May.\n")

TWO_CALLS = ("Readout of President Tova Lind's Calls with Prime Minister Ari Salo and President Mika Roos\n\n"
             "June 3, 2027\n\n"
             "President Lind spoke today with Prime Minister Ari Salo of Norrvik. The President congratulated the Prime "
             "Minister on the opening of the new rail bridge. The two leaders discussed the state of the grain market. "
             "Both leaders agreed that their trade ministers would meet in July.\n\n"
             "Later in the day, President Lind spoke with President Mika Roos of Lanvia to offer condolences for the "
             "victims of the storm on the Lanvian coast. The two leaders reviewed progress on the joint power line. "
             "They reaffirmed their commitment to finish the line by 2030 and agreed to talk again next month.")

ONE_CALL = ("Readout of President Tova Lind's Call with Prime Minister Ari Salo\n\n"
            "President Lind spoke today with Prime Minister Ari Salo of Norrvik. The two leaders discussed the grain "
            "market and agreed that their trade ministers would meet with farm groups in July.\n\n"
            "They also agreed that the rail bridge should open before the summer.")


def test_title_case_headline_names_the_call():
    got = analyze(TITLE_CASE)
    assert speaker_of(got.quotes, "the corridor must stay open") == "Ole Halvard and Lena Varga"


def test_wrapped_headline_run_into_the_lede():
    got = analyze(WRAPPED)
    assert speaker_of(got.quotes, "fishing quotas called for") == "Ada Norvik and Jon Brask"


def test_second_call_gives_its_own_pair():
    got = analyze(TWO_CALLS)
    assert speaker_of(got.quotes, "their trade ministers would meet in July") == "Tova Lind and Ari Salo"
    assert speaker_of(got.quotes, "to finish the line by 2030") == "Tova Lind and Mika Roos"


def test_a_meeting_inside_a_statement_is_no_second_call():
    got = analyze(ONE_CALL)
    assert speaker_of(got.quotes, "the rail bridge should open") == "Tova Lind and Ari Salo"
