from newsgraph.corpus.compare import compare
from newsgraph.corpus.report import markdown_report, text_report
from newsgraph.model import Analysis, Entity, Quote, Speaker

COUNTRY = {"Dario Voss": "VLD", "Lina Oster": "VLD", "Arvid Stenmark": "KST"}


def q(i, text, speaker, kind="indirect", cue="said"):
    return Quote(id=i, text=text, start=0, end=len(text), kind=kind, speaker=Speaker(speaker, entity="e-" + speaker),
                 cue=cue)


def with_entities(a: Analysis) -> Analysis:
    a.entities = [Entity("e-" + n, n, "PERSON", country=c) for n, c in COUNTRY.items()]
    return a


def accounts():
    a = Analysis(id="kestria-readout", text="", outlet="Kestrian defence ministry", published="2024-03-01", quotes=[
        q("q1", "the two sides agreed to deepen military cooperation and hold joint exercises", "Arvid Stenmark"),
        q("q2", "Valdoria would firmly support Kestria in its struggle against outside pressure", "Dario Voss"),
    ])
    b = Analysis(id="valdoria-readout", text="", outlet="Valdorian defence ministry", published="2024-03-01", quotes=[
        q("q1", "both sides agreed to deepen military cooperation and to hold joint exercises next year",
          "Dario Voss"),
    ])
    c = Analysis(id="agency", text="", outlet="Norland Press Agency", published="2024-03-02", quotes=[
        q("q1", "Valdoria would firmly support Kestria against outside pressure", "Dario Voss"),
        q("q2", "the comments had been misinterpreted", "Lina Oster", cue="downplayed"),
        q("q3", "five soldiers were wounded at the crossing", "Arvid Stenmark"),
    ])
    d = Analysis(id="paper", text="", outlet="The Meridian Post", published="2024-03-02", quotes=[
        q("q1", "two soldiers were wounded at the crossing", "Arvid Stenmark"),
    ])
    return [with_entities(x) for x in (a, b, c, d)]


def test_omission_presence_and_single_source():
    cmp = compare(accounts()[:3])
    support = next(c for c in cmp.claims if "firmly support" in c.text)
    assert set(support.present_in) == {"kestria-readout", "agency"}
    assert support.absent_from == ["valdoria-readout"]
    coop = next(c for c in cmp.claims if "military cooperation" in c.text)
    assert set(coop.present_in) == {"kestria-readout", "valdoria-readout"}
    assert "agency" in coop.absent_from


def test_numbers_that_differ_are_contradictions():
    cmp = compare(accounts())
    wounded = next(c for c in cmp.claims if "wounded" in c.text)
    assert len(wounded.present_in) == 2
    assert wounded.contradicted_by and "numbers differ" in wounded.contradicted_by[0]["reason"]


def test_downplaying_is_linked_to_a_single_source_claim():
    a, b, c, _ = accounts()
    c.quotes = c.quotes[1:2]  # only the spokeswoman's downplaying
    cmp = compare([a, b, c])
    support = next(x for x in cmp.claims if "firmly support" in x.text)
    assert support.only_source == "Kestrian defence ministry"
    assert support.disputed_by and support.disputed_by[0]["speaker"] == "Lina Oster"


def test_reports_render():
    cmp = compare(accounts())
    txt, md = text_report(cmp), markdown_report(cmp)
    assert "omitted by" in txt and "firmly support" in txt
    assert md.startswith("# How the accounts differ") and "| statement |" in md
