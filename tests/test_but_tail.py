"""A 'but' conjunct after the reported clause in the clause's backshifted tense carries on what was said
(indirect_ends._but_tail); a second act of the speaker ('but declined to say'), a clause with its own cue ('but the
ministry says') do not. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_but_clause_with_own_subject_stays_in_the_statement():
    got = _indirect("Harbour commissioner Lisa Marrow said the tally showed the two ferry firms were now level, "
                    "but it was still unclear which one would win the contract.")
    assert ("Lisa Marrow", "the tally showed the two ferry firms were now level, but it was still unclear which one "
                           "would win the contract") in got


def test_but_clause_with_modal_stays_in_the_statement():
    got = _indirect("Senator Oren Palk said the first repairs might be done within a month, but the full works "
                    "could take two years.")
    assert ("Oren Palk", "the first repairs might be done within a month, but the full works could take two "
                         "years") in got


def test_second_act_of_the_speaker_is_not_the_statement():
    got = _indirect("Transport chief Gila Moren said the tram line would reopen on Friday, but declined to give "
                    "a date for the new timetable.")
    assert ("Gila Moren", "the tram line would reopen on Friday") in got


def test_but_clause_with_its_own_cue_is_not_the_statement():
    got = _indirect("Deputy Ivar Selle said the tax cut was affordable, but the treasury says it will cost "
                    "billions.")
    assert ("Ivar Selle", "the tax cut was affordable") in got

