"""Agency datelines and bylines (extract/datelines.py): found once per document in any common form, and never a
speaker, a credited source or part of a statement's text. Fictional names and places throughout."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze_many
from newsgraph.extract.datelines import dateline_dash, datelines, in_dateline, past_dateline

FOUND = [
    ("DENVILLE (AP) — The governor said the state would appeal.", "DENVILLE (AP) — ", "AP"),
    ("Denville (AP) — The governor said the state would appeal.", "Denville (AP) — ", "AP"),
    ("PORT ARDEN, Norland, March 3 (AFP) - The minister said the border would reopen.",
     "PORT ARDEN, Norland, March 3 (AFP) - ", "AFP"),
    ("Port Arden (dpa) — Norland's interior minister said the border would reopen.", "Port Arden (dpa) — ", "dpa"),
    ("Kelsbury, Nor. (Reuters) -- The premier said talks would resume.", "Kelsbury, Nor. (Reuters) -- ", "Reuters"),
    ("Kelsbury, Norland – Norland's ministers agreed to extend the curfew, a spokesman said.",
     "Kelsbury, Norland – ", None),
    ("MARROWICK—The senator said she would vote against the bill.", "MARROWICK—", None),
    ("MARROWICK, Tuesday - The senator said she would vote against the bill.", "MARROWICK, Tuesday - ", None),
    ("New Delhi: Norland's foreign ministry said on Friday that it had summoned the envoy.", "New Delhi: ", None),
    ("Storm hits coast\nBEIJING, Feb. 3 (Xinhua) -- Norland said on Monday it would act.",
     "BEIJING, Feb. 3 (Xinhua) -- ", "Xinhua"),
    ("By Jane Roe, Reuters\nThe minister said on Tuesday it would act.", "By Jane Roe, Reuters", "Reuters"),
    ("ALDPORT, 3 March (Norland Press Agency) - The minister said it would act.",
     "ALDPORT, 3 March (Norland Press Agency) - ", "Norland Press Agency"),
    ("Rio de Janeiro (Reuters) - The central bank said it would hold rates.", "Rio de Janeiro (Reuters) - ", "Reuters"),
    ("PORT ARDEN/KELSBURY (Reuters) - Shares fell on Monday, traders said.", "PORT ARDEN/KELSBURY (Reuters) - ",
     "Reuters"),
    ("KARSHAN, Apr 27 (KNA):Prime Minister Tahir Qureshan said it would act.", "KARSHAN, Apr 27 (KNA):", "KNA"),
    ("ALDPORT, 5th January, 2024 (NNA) -- The minister said it would act.", "ALDPORT, 5th January, 2024 (NNA) -- ",
     "NNA"),  # an ordinal day before the month (Gulf agencies' form)
    ("Aldport, 22nd March 2023 (WAM) -- The minister said it would act.", "Aldport, 22nd March 2023 (WAM) -- ", "WAM"),
    ("KELSBURY, March 3rd (AFP) - The minister said it would act.", "KELSBURY, March 3rd (AFP) - ", "AFP"),
    ("Port Arden, Nov 10, 2020, NPA – The chairperson of the commission said it would act.",
     "Port Arden, Nov 10, 2020, NPA – ", "NPA"),  # an agency's code after the date, no brackets
    ("Kelsbury (AFP)\n\nThe mayor said the strike would go on.", "Kelsbury (AFP)", "AFP"),  # alone on its line
]

NOT_FOUND = [
    "Mr Tolliver: We will fight on, he said.",
    "Jane Roe - the mayor - said she would run.",
    "Talks resumed in Port Arden - officials said on Monday.",
    "The minister said: the border stays shut.",
    "Meanwhile, Republicans – who hold the majority – said they would block it.",
    "UPDATE: The minister said the border would reopen.",
    "Jane Roe (Labour) - 12,000 votes",
    "Jane Roe (Labour):We will fight on.",
    "Jane Roe (Labour)\n\nThe mayor said the strike would go on.",
]


@pytest.mark.parametrize("text,span,agency", FOUND)
def test_dateline_forms_are_found(nlp, text, span, agency):
    doc = nlp(text)
    found = datelines(doc)
    assert [(text[d.start:d.end], d.agency) for d in found][-1] == (span, agency)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_sentences_are_no_dateline(nlp, text):
    assert datelines(nlp(text)) == ()


def test_dateline_tokens(nlp):
    doc = nlp("KELSBURY, Norland (AP) — NATO said the drills would go ahead.")
    inside = {t.text for t in doc if in_dateline(t)}
    assert {"KELSBURY", "Norland", "AP", "—"} <= inside
    assert "NATO" not in inside


CASES = [
    "Kelsbury, Valdoria (AP) — Valdoria's president said Tuesday that talks would resume.",
    "MADDOX (AP) — Norland's governor said Tuesday that the state would appeal the ruling.",
    "KELSBURY, Norland (AP) — Norland's president said Tuesday that talks would resume.",
    "Kelsbury, Ont. (AP) — The prime minister said talks would resume, officials told reporters.",
    "Port Arden (Reuters) - Norland's central bank said on Tuesday it would hold rates.",
    "Kelsbury, Norland – Norland's ministers agreed on Thursday to extend the curfew, a spokesman said.",
    "Grain talks stall\n\nGENEVA (Reuters) - Negotiators failed to agree on Tuesday, a diplomat said.",
    "Grain talks stall\n\nBy Jane Roe, Reuters\n\nNegotiators failed to agree on Tuesday, a diplomat told Reuters.",
]


@pytest.fixture(scope="module")
def analysed(nlp):
    return [r.to_dict() for r in analyze_many([{"id": str(i), "text": t} for i, t in enumerate(CASES)])]


def _speakers(d):
    return [(q.get("speaker") or {}).get("name") for q in d["quotes"]]


def test_mixed_case_dateline_is_no_speaker(analysed):
    assert "Valdoria's president" in _speakers(analysed[0])
    assert not any(s and "Kelsbury" in s for s in _speakers(analysed[0]))


def test_capital_dateline_keeps_the_statement(analysed):
    assert "Norland's governor" in _speakers(analysed[1])


def test_dateline_is_no_source(analysed):
    assert not any("KELSBURY" in (a.get("reported_by") or "") for a in analysed[2]["attributions"])
    assert "Norland's president" in _speakers(analysed[2])


def test_region_abbreviation_is_no_speaker_nor_statement_text(analysed):
    d = analysed[3]
    assert not any(s and "Ont" in s.split() for s in _speakers(d))
    assert not any(q["text"].startswith(("Kelsbury", "Ont.")) for q in d["quotes"])
    assert "The prime minister" in _speakers(d)


def test_agency_in_brackets_is_no_speaker(analysed):
    assert "Reuters" not in _speakers(analysed[4])
    assert analysed[4]["quotes"]


def test_dateline_is_no_part_of_a_statement(analysed):
    d = analysed[5]
    assert d["quotes"]
    assert all(not q["text"].startswith("Kelsbury") for q in d["quotes"])


def test_mixed_case_dateline_gives_the_home_country(nlp):
    # the home country needs a real capital (a fact); the sentences are our own
    texts = ["Ottawa, Ont. (AP) — The foreign ministry accused Washington on Tuesday of breaking the trade deal.",
             "New Delhi: The foreign ministry accused Washington on Tuesday of breaking the trade deal."]
    codes = [r.to_dict()["events"][0]["actor1"]["code"] for r in analyze_many(
        [{"id": str(i), "text": t} for i, t in enumerate(texts)])]
    assert codes == ["CANGOV", "INDGOV"]


def test_dateline_after_a_headline_is_no_part_of_a_fronted_statement(analysed):
    # the parser makes 'GENEVA' a sentence of its own (a real city: the split depends on the parser knowing it),
    # so the statement's sentence starts inside the dateline
    texts = [q["text"] for q in analysed[6]["quotes"]]
    assert "Negotiators failed to agree on Tuesday" in texts
    assert not any("Reuters" in t for t in texts)


def test_agency_byline_kept_as_author_is_the_own_outlet(analysed):
    d = analysed[7]
    assert d["author"] == "Jane Roe, Reuters"
    assert not any("Reuters" in (a.get("reported_by") or "") for a in d["attributions"])


def _sentence_at(doc, word):
    return next(s for s in doc.sents if any(t.text == word for t in s))


def test_event_side_dateline_after_a_headline_split_by_the_parser(nlp):
    # the parser makes 'WASHINGTON' and the dash sentences of their own after a title; the sentence-level test the
    # event side used before (a capital word, then a dash within the sentence) found neither
    doc = nlp("Senate Clash Over Budget\n\nWASHINGTON \u2014 The senator accused the White House on Tuesday of "
              "hiding the cost.")
    dash = next(t.i for t in doc if t.text == "\u2014")
    assert dateline_dash(doc[dash].sent) == dash
    assert dateline_dash(_sentence_at(doc, "WASHINGTON")) == dash
    assert dateline_dash(_sentence_at(doc, "senator")) in (None, dash)
    assert dateline_dash(next(doc.sents)) is None  # the title


def test_a_capitalised_title_with_a_colon_is_no_dateline(nlp):
    # the sentence-level test took 'GOP Showdown:' for a dateline (capitals, a colon after the second word)
    doc = nlp("GOP Showdown: Rep. Dorsey Enters The Race For Speaker\n\nRep. Tom Dorsey criticized the party "
              "leadership on Friday.")
    assert dateline_dash(next(doc.sents)) is None
    assert not any(in_dateline(t) for t in doc)


def test_past_dateline_gives_the_subject_after_the_dateline(nlp):
    doc = nlp("Governor Vows To Stay On\n\nKELSBURY, Ont. \u2014 Tom Dorsey, the embattled governor of the province, "
              "declared on Wednesday that he intends to serve out his term.")
    verb = next(t for t in doc if t.text == "declared")
    own = next(t for t in verb.children if t.dep_ == "nsubj" and not in_dateline(t))
    assert own.text == "Dorsey" and past_dateline(own) is own  # outside the dateline: itself
    taken = [c for c in verb.children if c.dep_ == "nsubj" and in_dateline(c)]
    assert [c.text for c in taken] == ["KELSBURY"]  # the parser's subject from the dateline stands for Dorsey
    assert past_dateline(taken[0]).i == own.i
    assert past_dateline(taken[0], ()) is None  # appositions only: 'Ont' lies inside the dateline


def test_an_age_after_the_dateline_is_no_speaker(nlp):
    doc = nlp("PELLARA, May 5 (AFP) - Anouk Ferrand, 47, said on Sunday she would run for the presidency.")
    subjects = [t for t in doc if t.dep_ == "nsubj" and in_dateline(t) and t.head.lemma_ == "say"]
    found = {past_dateline(t).text for t in subjects if past_dateline(t) is not None}
    assert "47" not in found
