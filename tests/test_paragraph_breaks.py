"""A blank line always ends a sentence, whatever the parser would have joined."""
def test_headline_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp("Valdoria Vows To Keep Border Open Despite Kestrian Warning\n\n"
              "The Valdorian interior minister said on Monday that the crossings would stay open.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Valdoria Vows To Keep Border Open Despite Kestrian Warning"
    assert starts[1].startswith("The Valdorian interior minister said")


def test_single_line_breaks_do_not_split(nlp):
    doc = nlp("The minister said the crossings\nwould stay open until the end of the month.")
    assert len(list(doc.sents)) == 1
