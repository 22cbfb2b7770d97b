"""A communique's 'noted with regret X' where the tagger read the feeling as a verb and hung X on it: X is what the
Council noted, as in 'noted with concern X' (parsed as the verb's object). Not 'noted with interest' alone, nor
'noted with the minister that ...'. All names and places are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

COMMUNIQUE = (
    "Communique of the Peace and Security Council on the situation in Sudara\n\n"
    "The Council met today and discussed the situation in Sudara.\n\n"
    "The Council also noted with regret the decision of the armed groups to withdraw from the talks.\n\n"
    "The Council noted with deep concern the recent escalation of violence in the eastern provinces.")


def test_noted_with_regret(nlp):
    found = indirect_runner(nlp)(COMMUNIQUE)
    for text in ("the decision of the armed groups to withdraw from the talks",
                 "the recent escalation of violence in the eastern provinces"):
        assert any(q.text == text and q.speaker and q.speaker.name == "Council" for q in found), pairs(found)
