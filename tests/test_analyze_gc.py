"""analyze.without_cycle_collection: the collector is paused inside and left as it was found."""
import gc

import pytest

from newsgraph.analyze import without_cycle_collection


def test_paused_inside_and_enabled_after():
    assert gc.isenabled()
    with without_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_after_an_error():
    with pytest.raises(ValueError), without_cycle_collection():
        raise ValueError("one document's bug")
    assert gc.isenabled()


def test_a_collector_the_caller_paused_stays_paused():
    gc.disable()
    try:
        with without_cycle_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
