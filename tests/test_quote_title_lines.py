"""Short quoted noun phrases whose part-of-speech tags mislead the set-term filter (extract/quote_keep.py,
quote_filters.py): in a title-case or capitals headline every word is tagged a proper noun, so a quote after the
headline's cue verb ("X Calls Y A 'Grim Ritual'") is kept and takes the speaker of the body quote that repeats it;
the second object of a naming verb that the parser hangs on a gerund ('called such seal culling a "..."') is what
the speaker called it; a capitalised name with a number in it ('the "Harbour Strategy 2040"', 'as "Region 4"') is a
name, no one's words. Invented texts and names."""
from __future__ import annotations

from newsgraph.extract.marks import quote_spans
from newsgraph.extract.quote_filters import title_line_cue, verb_of
from quote_helpers import pairs, quote_runner


def _mark(text: str, words: str):
    return next(m for m in quote_spans(text) if text[m.start:m.end] == words)


def test_cue_verb_before_a_quote_in_a_title_case_line():
    text = "Minister Calls Port Deal A 'Historic Betrayal', Vows Review\n\nBody."
    assert title_line_cue(text, _mark(text, "Historic Betrayal"))
    text = "PREMIER SAYS 'COWARDLY ATTACK' WILL NOT DETER TALKS\n\nBody."
    assert title_line_cue(text, _mark(text, "COWARDLY ATTACK"))
    text = "Ministry Launches 'Clean Harbour' Campaign\n\nBody."
    assert not title_line_cue(text, _mark(text, "Clean Harbour"))  # no cue verb
    text = "Port deal a 'historic betrayal' for the coast\n\nBody."
    assert not title_line_cue(text, _mark(text, "historic betrayal"))  # not a title-case line
    assert verb_of("Hails", {"hail"}) == "hail" and verb_of("Denies", {"deny"}) == "deny"


def test_title_case_headline_quote_after_a_cue_takes_the_body_speaker(nlp):
    run = quote_runner(nlp)
    text = ("Minister Calls Port Deal A 'Historic Betrayal', Vows Review\n\nARVELLO (Reuters) - Transport Minister "
            "Dara Velk on Tuesday called the harbour lease a \"historic betrayal\" and said her staff would study "
            "every clause.")
    got = pairs(q for q in run(text) if q.kind != "indirect")
    assert ("Dara Velk", "Historic Betrayal") in got
    assert ("Dara Velk", "historic betrayal") in got


def test_capitals_headline_quote_after_says_takes_the_body_speaker(nlp):
    run = quote_runner(nlp)
    text = ("VELK CALLS HARBOUR DEAL 'DAYLIGHT ROBBERY'\n\nARVELLO, March 4 (Xinhua) -- Transport Minister Dara Velk "
            "on Tuesday said the harbour lease was \"daylight robbery\" and vowed a full review.")
    got = pairs(q for q in run(text) if q.kind != "indirect")
    assert ("Dara Velk", "DAYLIGHT ROBBERY") in got


def test_title_case_names_stay_out(nlp):
    run = quote_runner(nlp)
    for text in ("Ministry Launches 'Clean Harbour' Campaign\n\nARVELLO (Xinhua) -- The ministry began its "
                 "\"Clean Harbour\" drive on Monday, Minister Dara Velk said.",
                 "Minister Says 'Operation Sandstorm' Is Over\n\nARVELLO (Reuters) - The army's \"Operation "
                 "Sandstorm\" has ended, Defence Minister Ivo Stark said on Tuesday."):
        assert [q.text for q in run(text) if q.kind != "indirect"] == []
    # a headline quote no body quote repeats names no one: left out rather than given to a word of the headline
    text = ("Governor Hails 'Turning Point' In Flood Recovery\n\nKESTRA (AP) - Governor Lena Pauk spoke on Monday "
            "about the rebuilding of the river towns.")
    assert [q.text for q in run(text) if q.kind != "indirect"] == []


def test_naming_verb_complement_hung_on_a_gerund(nlp):
    run = quote_runner(nlp)
    text = ("Coast ban\n\nKESTRA (AP) - Governor Lena Pauk on Monday called such seal culling a \"grim ritual\" "
            "and vowed to ban it.")
    assert ("Lena Pauk", "grim ritual") in pairs(q for q in run(text) if q.kind != "indirect")
    text = "Tram row\n\nGovernor Lena Pauk called building the tram line a \"costly folly\" at a council meeting."
    assert ("Lena Pauk", "costly folly") in pairs(q for q in run(text) if q.kind != "indirect")


def test_capitalised_name_with_a_number_is_no_quote(nlp):
    run = quote_runner(nlp)
    text = ("Council plan\n\nThe council adopted the Action Plan 2030 and the \"Harbour Strategy 2040\" on Monday, "
            "Mayor Tomas Brenn said.\n\nThe treaty refers to the eastern province as \"Region 4\".")
    assert [q.text for q in run(text) if q.kind != "indirect"] == []
