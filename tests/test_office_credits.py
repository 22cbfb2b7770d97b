"""Headings that credit their statement to an office, a body or a group after a colon or dash (office_credits.py,
called from credited_headings.py): the speaker is the one the story below names for the same words, or the
first person it quotes for a single office; a group keeps its own words. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_office_takes_the_speaker_of_the_statement_below():
    got = _indirect("(LEAD) Norvia fires two rockets into the sea: defence ministry\n\n"
                    "KARSHAN, May 3 (Norpress) -- Norvia on Saturday fired two short-range rockets into the sea off "
                    "its west coast, Estavia's Ministry of Defence said.\n\nThe ministry said it was watching.")
    head = [sp for sp, text in got if text == "Norvia fires two rockets into the sea"]
    assert head and "Ministry of Defence" in head[0], got


def test_single_office_takes_the_first_person_quoted():
    got = _indirect("Talk: Tarnland sees goodwill in the harbour talks before the summit: official\n\n"
                    "Norpress, May 4\n\nIlse Varga, Tarnland's special envoy on shipping, told Norpress on Tuesday "
                    "that she is sure of a deal in the end after two days of talks in Velm.")
    assert any(text == "Tarnland sees goodwill in the harbour talks before the summit" and sp and "Varga" in sp
               for sp, text in got), got


def test_group_keeps_its_own_words():
    got = _indirect("Dalmen port talks may need another round - diplomats\n\n"
                    "The long talks over the port went on for a third day on Friday.")
    assert ("diplomats", "Dalmen port talks may need another round") in got, got


def test_labels_and_statements_without_a_finite_verb_credit_nothing():
    for text in ("All Tarnish ports to reopen by end of May: official\n\nIlse Varga, the envoy, said on Monday "
                 "that the ports would reopen.",
                 "Norvia fires two rockets: live updates\n\nNorvia fired two rockets on Saturday, the army said."):
        head = text.split("\n")[0]
        assert not any(t in head for _, t in _indirect(text)), text
