"""An agency lede closing on a described office ("..., Norland's foreign minister said on Friday.") is the
person of that office named below ('Foreign Minister Ana Varga told reporters ...'), never a minister of another
portfolio named there ('Defence Minister Rolf Hake told reporters ...'), who is someone else."""
from __future__ import annotations

LEDE = ("Norland says border talks to resume\n\nVELLEN, March 3 (Reuters) - Norland and Kestria will resume talks "
        "on their disputed border next month after a pause of almost two years, Norland's foreign minister said "
        "on Friday.\n\n")
TAIL = "\n\nThe border was closed in 2022 after clashes between the two armies."


def _lede_speaker(text):
    from newsgraph.analyze import analyze

    r = analyze(text)
    q = next(q for q in r.quotes if q.text.startswith("Norland and Kestria will resume"))
    return q.speaker.name if q.speaker else None


def test_same_portfolio_named_below(nlp):
    assert _lede_speaker(LEDE + "Foreign Minister Ana Varga told reporters in Vellen that the talks would resume "
                                "next month." + TAIL) == "Ana Varga"
    assert _lede_speaker(LEDE + "The talks would resume next month, Foreign Minister Ana Varga told reporters in "
                                "Vellen." + TAIL) == "Ana Varga"


def test_other_portfolio_named_below_is_someone_else(nlp):
    assert _lede_speaker(LEDE + "Defence Minister Rolf Hake told reporters in Vellen that the army would stay on "
                                "alert." + TAIL) == "Norland's foreign minister"
    assert _lede_speaker(LEDE + "Finance Minister Ines Moll said on Saturday that the budget would cover the "
                                "border posts." + TAIL) == "Norland's foreign minister"


def test_description_without_portfolio_word_vetoes_nobody(nlp):
    # 'outspoken', 'recently appointed' name no portfolio: the minister named below is the one described
    for described in ("outspoken minister", "recently appointed minister"):
        lede = LEDE.replace("foreign minister", described)
        assert _lede_speaker(lede + "Foreign Minister Ana Varga told reporters in Vellen that the talks would "
                                    "resume next month." + TAIL) == "Ana Varga"
