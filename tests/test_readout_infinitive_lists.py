"""A readout's list of infinitives after a content noun ('highlighted his plan to fight A, protect B, and build C'):
the parser hangs the later bare verbs on the past-tense cue, which they cannot be conjuncts of, so the statement
ran only to A; it now runs through the list. A verb with its own subject or auxiliary after the content is the
speaker's next act and stays out. All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


READOUT = ("Readout: Prime Minister Daniel Okafor speaks with President Piet Rhoden of Estavia\n\n"
           "Prime Minister Daniel Okafor today spoke with President Piet Rhoden of Estavia. The leaders discussed "
           "trade and reaffirmed the close partnership between the two countries.\n\n")


def test_infinitive_list_runs_to_its_last_item(run):
    text = READOUT + ("Prime Minister Okafor also highlighted his plan to fight unfair tariffs against Norland, protect "
                      "local workers and farmers, and build the national economy, including through new trade with "
                      "Estavia.")
    found = pairs(run(text))
    span = next(c for _, c in found if c.startswith("his plan to fight"))
    assert "protect local workers" in span, found


def test_a_list_after_a_plain_object_is_left_alone(run):
    text = READOUT + ("President Rhoden welcomed the new trade office in Varn, and the leaders agreed to meet again "
                      "in the spring.")
    found = pairs(run(text))
    span = next(c for _, c in found if c.startswith("the new trade office"))
    assert "agreed" not in span, found
