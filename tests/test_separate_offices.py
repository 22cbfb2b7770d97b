"""A bare 'the judge', 'The speaker', 'the executive' whose holder the page does not name is the court's, the
chamber's or the governing body's, not the politician named just before (person_titles.json separate_offices);
a judge the page titles is still that judge. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of


def test_chamber_speaker_is_not_the_minister_named_before():
    got = analyze("Budget clash in Norland assembly\n\n"
                  "Finance chief Arlo Penbury set out his spending plans on Tuesday, promising faster rail links "
                  "for the north.\n\nThere were loud jeers from the opposition benches. The speaker intervened, "
                  "warning that members who wanted a shouting match should take it outside.")
    assert speaker_of(got.quotes, "members who wanted") == "The speaker"


def test_untitled_judge_is_not_the_opposition_leader():
    got = analyze("Court delays ruling on Vestria vote\n\n"
                  "Opposition leader Mira Solend said her party would keep pressing for a recount in the capital.\n\n"
                  "The judge said the final tally could not be released until complaints from three districts had "
                  "been examined.")
    assert speaker_of(got.quotes, "the final tally") == "The judge"


def test_governing_executive_is_not_the_assembly_member():
    got = analyze("Cabinet asks for more money\n\n"
                  "Assembly member Tobin Carrow says any plea to the treasury will fall on deaf ears.\n\n"
                  "In a letter to the finance ministry, the executive says the extra funding on offer would only "
                  "patch over the gaps for a single year.")
    assert speaker_of(got.quotes, "the extra funding") == "the executive"


def test_titled_judge_keeps_the_name():
    got = analyze("Court delays ruling on Vestria vote\n\n"
                  "Judge Halia Brenn adjourned the hearing on Monday.\n\n"
                  "The judge said the final tally could not be released until complaints from three districts had "
                  "been examined.")
    assert speaker_of(got.quotes, "the final tally") == "Halia Brenn"
