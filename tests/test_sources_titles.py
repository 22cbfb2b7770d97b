"""'the Leader of the Opposition', 'the Leader of the Revolution': an outlet name word that is also a person's
title, before 'of', names a person, not an outlet named '... Leader'; outlets named '... Leader' stay outlets."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "He recalled the remarks made by the Leader of the Revolution about the talks.",
    "He recalled the remarks made by the Leader of Tarlandic Revolution Elder Orin Vask about the talks.",
])
def test_a_title_before_of_is_no_outlet(nlp, text):
    assert not any(kind == "outlet" for _, kind in sources(nlp, text))


def test_an_outlet_named_leader_stays(nlp):
    assert ("Korva Falls Argus Leader", "outlet") in sources(nlp, "The Korva Falls Argus Leader reported that the "
                                                                  "mayor resigned.")
