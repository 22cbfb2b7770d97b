"""extract_events reads the event coder's mode once per document and hands the same mode to every sentence."""
import importlib

from newsgraph.extract import events as events_mod
from newsgraph.extract.event_model import event_mode

analyze = importlib.import_module("newsgraph.analyze").analyze


def test_every_sentence_gets_the_document_mode(monkeypatch):
    seen = []
    real = events_mod.model_events

    def recording(sent, index, speakers, voices, trace=None, mode=None):
        seen.append(mode)
        return real(sent, index, speakers, voices, trace, mode)

    monkeypatch.setattr(events_mod, "model_events", recording)
    text = ("Valdorian troops attacked rebel positions near Kesh on Monday, the army said. "
            "The foreign minister of Ostravia condemned the attack and urged both sides to resume talks. "
            "Rebel leader Anton Mirel accused the government of killing civilians. "
            "The two sides met in Lunsk on Tuesday.")
    analyze(text)
    assert len(seen) >= 3
    assert set(seen) == {event_mode()}
