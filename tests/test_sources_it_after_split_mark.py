"""'It says ...' after a sentence that credits a statement and ends in a quotation ('... calls the deal "the best in
the world."'): the parse splits the closing mark into a sentence of its own, which is no sentence between the
statement and "it" (extract/source_credits._sentence_before). Fictional names throughout."""
from __future__ import annotations

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/call-1234"

TEXT = ('The statement from Lind\'s office calls the region "one of the most stable trading areas in the world."\n\n'
        'It also says Varn expressed his condolences over the recent floods in Ostmark.\n\n'
        'It says the two leaders also agreed that trade between their countries should grow.')


def test_it_after_a_split_closing_mark_is_the_statement(nlp):
    found = [name for name, _ in sources(nlp, TEXT, url=OTHER, quotes=True)]
    assert len([n for n in found if "statement" in n]) == 3
