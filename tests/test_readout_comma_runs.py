"""On a readout page the reported clause of a general cue (said, calls on, described) goes on past a comma to the end
of its sentence when the rest still says what was stated ('..., in line with the Harbour Accord', '..., causing
harm to the fisheries'); it stops where the rest holds another statement, a second act of the speaker or the
attribution. A request or a stated stance runs on over the phrases the parser hung on its verb ('requested
Estavia's backing [to the proposed changes]'). Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze

READOUT = ("Readout of Minister Ole Halvard's Call with Foreign Minister Lena Varga\n\n"
           "Minister Ole Halvard spoke today with Foreign Minister Lena Varga of Estavia. "
           "The two ministers reaffirmed their commitment to the grain corridor. "
           "Minister Halvard welcomed the opening of the new ferry line to Korsby. "
           "Minister Varga described the tolls on the river as unfair, causing lasting harm to the fisheries "
           "of both countries. "
           "The two ministers called on all riverside towns to keep the channel open to barges, in line with the "
           "Harbour Accord of the two governments. "
           "Minister Halvard stressed the need for calm on the border, and he thanked Minister Varga for her help "
           "with the flood relief. "
           "At the same time, the President requested Estavia\u2019s backing to the Norland\u2019s proposed changes to the "
           "Harbour Accord, keeping this issue as a top aim for Norland.")

NEWS = ("Estavian minister criticises river tolls\n\n"
        "Lena Varga said on Tuesday the towns had raised the tolls on the river, angering the fishermen of both "
        "countries. She said the channel would stay open to barges, adding that talks would resume in May. "
        "Ole Halvard said his government would review the tolls.")


def _indirect(result, start: str) -> str | None:
    return next((q.text for q in result.quotes if q.kind == "indirect" and q.text.startswith(start)), None)


def test_readout_clause_runs_on_past_the_comma():
    got = analyze(READOUT)
    assert _indirect(got, "the tolls on the river as unfair") == \
        "the tolls on the river as unfair, causing lasting harm to the fisheries of both countries"
    assert _indirect(got, "all riverside towns to keep") == \
        "all riverside towns to keep the channel open to barges, in line with the Harbour Accord of the two governments"


def test_a_second_act_of_the_speaker_stays_out():
    got = analyze(READOUT)
    text = _indirect(got, "the need for calm on the border")
    assert text is not None and "thanked" not in text


def test_news_copy_keeps_its_cut():
    got = analyze(NEWS)
    assert _indirect(got, "the towns had raised the tolls") == "the towns had raised the tolls on the river"


def test_request_runs_over_the_verbs_phrase():
    got = analyze(READOUT)
    assert _indirect(got, "Estavia\u2019s backing") == \
        "Estavia\u2019s backing to the Norland\u2019s proposed changes to the Harbour Accord, keeping this issue as a top " \
        "aim for Norland"
