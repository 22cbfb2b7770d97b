"""The public API is small and deliberate: this test keeps it so."""
import newsgraph

EXPECTED = ["Analysis", "Attribution", "Corpus", "Entity", "Event", "Failure", "InputError", "ModelError",
            "NewsgraphError", "Quote", "StoreError", "__version__", "analyze", "analyze_many"]


def test_all_is_sorted_and_exact():
    assert newsgraph.__all__ == sorted(newsgraph.__all__)
    assert newsgraph.__all__ == EXPECTED


def test_every_name_is_importable_and_documented():
    for name in newsgraph.__all__:
        obj = getattr(newsgraph, name)
        if callable(obj):
            assert obj.__doc__, f"{name} has no docstring"


def test_analyze_returns_the_contract(nlp):
    a = newsgraph.analyze('Minister Anna Berg said on Tuesday: "We will go on."', published="2024-02-01")
    d = a.to_dict()
    for key in ("id", "text", "published", "entities", "quotes", "attributions", "events"):
        assert key in d
    assert d["quotes"] and d["quotes"][0]["speaker"]["name"] == "Anna Berg"
