"""Hand-built analyses for the store, query and export tests (no spaCy needed).

Three made-up articles about one made-up story: a defence minister who appears as
"Dong Jun", as "Dong" and as "China's defence minister"; an alliance as "NATO" and by its
full name.
"""
from __future__ import annotations

from newsgraph.model import Actor, Analysis, Attribution, Entity, Event, Quote, Removed, Speaker


def _span(text: str, words: str) -> list[int]:
    i = text.index(words)
    return [i, i + len(words)]


def doc_a() -> Analysis:
    t = ('Defence Minister Dong Jun told Sergei Shoigu on Wednesday: "We support Russia fully." '
         "Dong spoke in a video released by the defence ministry.")
    return Analysis(
        id="a", text=t, published="2024-01-31", outlet="Harbor Times", url="https://harbor.example/a",
        title="Minister pledges support",
        entities=[
            Entity("e1", "Dong Jun", "PERSON", title="defence minister", country="CHN", sector="MIL", code="CHNMIL",
                   mentions=[_span(t, "Dong Jun"), _span(t, "Dong spoke")], aliases=["Dong"]),
            Entity("e2", "Sergei Shoigu", "PERSON", country="RUS", sector="MIL", code="RUSMIL",
                   mentions=[_span(t, "Sergei Shoigu")]),
            Entity("e3", "Russia", "GPE", country="RUS", code="RUS", mentions=[_span(t, "Russia")]),
        ],
        quotes=[Quote("q1", "We support Russia fully.", *_span(t, "We support Russia fully."), "direct",
                      Speaker("Dong Jun", "e1", "Dong Jun"), cue="told", addressee="Sergei Shoigu",
                      channel="video", reported_by="defence ministry video", said_on="2024-01-31")],
        attributions=[Attribution("s1", "defence ministry video", "video", *_span(t, "a video released"),
                                  "a video released by the defence ministry", quotes=["q1"])],
        events=[Event("v1", Actor("Dong Jun", "CHNMIL", "e1"), Actor("Russia", "RUS", "e3"), "051", "05", 3.4, 1,
                      "SUPPORT", 0, len(t), t, date="2024-01-31", quote="q1")],
        removed=[Removed("promo", 0, 10, "Subscribe!")],
    )


def doc_b() -> Analysis:
    t = "Dong told reporters that China would not waver. He criticised NATO for its expansion."
    return Analysis(
        id="b", text=t, published="2024-02-02", outlet="Daily Ledger",
        entities=[
            Entity("e1", "Dong", "PERSON", country="CHN", code="CHNMIL", mentions=[_span(t, "Dong")]),
            Entity("e2", "NATO", "ORG", code="IGOWSTNAT", mentions=[_span(t, "NATO")]),
        ],
        quotes=[Quote("q1", "China would not waver", *_span(t, "China would not waver"), "indirect",
                      Speaker("Dong", "e1", "Dong"), cue="told")],
        events=[Event("v1", Actor("Dong", "CHNMIL", "e1"), Actor("NATO", "IGOWSTNAT", "e2"), "111", "11", -2.0, 3,
                      "REJECT", *_span(t, "He criticised NATO for its expansion."),
                      "He criticised NATO for its expansion.", date="2024-02-02")],
    )


def doc_c() -> Analysis:
    t = ("China's defence minister said Ukraine talks must resume. The North Atlantic Treaty Organization "
         "declined to comment. Wang Wenbin said the remarks about NATO were misread.")
    return Analysis(
        id="c", text=t, published="2024-03-05", outlet="Harbor Times", url="https://harbor.example/c",
        entities=[
            Entity("e1", "China's defence minister", "PERSON", title="defence minister", country="CHN",
                   mentions=[_span(t, "China's defence minister")]),
            Entity("e2", "North Atlantic Treaty Organization", "ORG", code="IGOWSTNAT", aliases=["NATO"],
                   mentions=[_span(t, "North Atlantic Treaty Organization"), _span(t, "NATO")]),
            Entity("e3", "Wang Wenbin", "PERSON", title="spokesperson", country="CHN", code="CHNGOV",
                   mentions=[_span(t, "Wang Wenbin")]),
        ],
        quotes=[
            Quote("q1", "Ukraine talks must resume", *_span(t, "Ukraine talks must resume"), "indirect",
                  Speaker("China's defence minister", "e1"), cue="said", reported_by="Xinhua"),
            Quote("q2", "the remarks about NATO were misread", *_span(t, "the remarks about NATO were misread"),
                  "indirect", Speaker("Wang Wenbin", "e3"), cue="said"),
        ],
        attributions=[Attribution("s1", "Xinhua", "agency", 0, 10, "Xinhua reported", quotes=["q1"])],
        events=[Event("v1", Actor("China", "CHN"), Actor("Russia", "RUS"), "0311", "03", 5.2, 1, "AGREE",
                      0, 40, t[:40], date="2024-03-05")],
    )


def corpus() -> list[Analysis]:
    return [doc_a(), doc_b(), doc_c()]
