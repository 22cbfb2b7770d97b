"""Words of a statement go to the body that issued it (issue #3, speakers): 'a statement from X's office signed by
his spokesman, Y' is X's office's, not Y's (a name inside the clause on 'office' names no one for the office), and
an 'it' closing a quotation right after 'It came in a statement from X.' or after '"...," the statement said.' is
that statement, not a body the pronoun resolver found further back. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import direct_speaker_of

SIGNED = ("Orvan opposition rejects the count\n\n"
          "Opposition leader Pavel Dune has rejected the count of the weekend vote.\n\n"
          "\"We do not regard this as a vote in any sense of the word,\" said a statement from Dune's office signed "
          "by his chief press aide, Tomas Baxter.\n\n"
          "\"We are still watching the count and we will not accept the figures,\" it said.\n\n"
          "Early figures show President Ivo Marsh winning 60 per cent.\n\n"
          "\"We would accept defeat in a fair count but the count is not fair,\" the statement said.\n\n"
          "\"Change by ballot has never worked in Orvan. It is sad indeed,\" it concluded.")

CONFIRMED = ("Orvan confirms test of new rocket\n\n"
             "Tremors were picked up at 11:00 on Tuesday, the Lindavian Survey Office said.\n\n"
             "Word of the trial arrived two hours on, in a statement from Orvan's official news agency.\n\n"
             "\"We can now say that the trial, which went off in a safe way, did no harm to the hills around "
             "the site,\" it said.")

APPOSITION = ("Talks on the river dam resume\n\n"
              "The envoy for the Talvar basin, Jonas Feld, said the talks would \"start again from scratch\" next week.")


def test_signed_statement_is_the_office_s():
    got = analyze(SIGNED)
    for words in ("We do not regard", "We are still watching", "We would accept defeat", "Change by ballot"):
        assert "Dune" in (direct_speaker_of(got.quotes, words) or ""), words
        assert "Baxter" not in (direct_speaker_of(got.quotes, words) or ""), words


def test_it_after_a_statement_from_a_body():
    got = analyze(CONFIRMED)
    assert "news agency" in (direct_speaker_of(got.quotes, "We can now say") or "")


def test_named_apposition_still_names_the_envoy():
    got = analyze(APPOSITION)
    assert direct_speaker_of(got.quotes, "start again from scratch") == "Jonas Feld"
