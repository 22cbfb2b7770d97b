"""A finite clause with its own subject after a comma that follows the cue is what was said ('The minister
said, the government is committed to ...', '..., adding, if X came to power, they would ...', 'saying, they are
focused on ...'), as agency copy often punctuates it; an absolute phrase there ('she said, her voice rising') is
not. reported_content._content_range. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_said_comma_clause():
    got = _indirect("Interior Minister Saba Orin said, the government is committed to holding the election on time.")
    assert ("Saba Orin", "the government is committed to holding the election on time") in got


def test_adding_comma_clause_after_a_quote():
    got = _indirect("\"We will finish the bridge after the vote,\" Prime Minister Omar Delan said, adding, if the "
                    "greens won the vote, they would be free to stop the bridge.")
    assert ("Omar Delan", "if the greens won the vote, they would be free to stop the bridge") in got


def test_an_absolute_phrase_after_the_comma_is_not_said():
    quotes = analyze("\"We will win,\" Coach Ivo Dranic said, his voice rising.").quotes
    got = [(q.speaker.name if q.speaker else None, q.text) for q in quotes if q.kind == "indirect"]
    assert not any("voice" in t for _, t in got), got
    direct = [(q.speaker.name if q.speaker else None, q.text) for q in quotes if q.kind == "direct"]
    assert ("Coach Ivo Dranic", "We will win") in direct, direct
