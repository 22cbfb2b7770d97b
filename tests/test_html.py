"""HTML: main text and metadata through trafilatura, boilerplate cut, fallbacks, body F1 floor."""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from newsgraph.ingest.html import clean_html, link_share, sentence_share
from newsgraph.ingest.readers import decode

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "extraction"

PARAS = [
    "The parliament of Valdoria approved the new fisheries law on Thursday after a debate that lasted "
    "late into the night, ending a dispute that had split the governing coalition for months.",
    "\u201cThis law protects our coasts and our jobs,\u201d said Minister Ilse Brandt, who drafted the text "
    "with the coastal councils over the past year.",
    "Opposition members said the quotas were too strict and promised to challenge the law in court, "
    "according to the national broadcaster VNR.",
]
NAV = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12))
PAGE = f"""<!DOCTYPE html><html lang="en"><head>
<title>Valdoria passes fisheries law | Norvale Gazette</title>
<meta property="og:site_name" content="Norvale Gazette">
<meta name="author" content="Ada Varga">
<meta property="article:published_time" content="2024-03-07T21:00:00Z">
<link rel="canonical" href="https://gazette.example/2024/03/fisheries-law">
</head><body><header><nav><ul>{NAV}</ul></nav></header>
<main><article><h1>Valdoria passes fisheries law</h1>
<p>{PARAS[0]}</p>
<figure><img src="x.jpg"><figcaption>Boats in the harbour. (Photo by Per Holm/Getty Images)</figcaption></figure>
<p>{PARAS[1]}</p>
<p>Read more: Coastal towns brace for new quotas</p>
<p>{PARAS[2]}</p>
<p>Sign up for our Morning Harbour newsletter</p>
</article></main>
<footer><p>\u00a9 2024 Norvale Gazette. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
</body></html>"""


def test_main_text_and_metadata():
    c = clean_html(PAGE)
    for p in PARAS:
        assert p in c.text
    assert "Section 3" not in c.text and "All rights reserved" not in c.text
    assert "Read more" not in c.text and "newsletter" not in c.text
    assert c.title == "Valdoria passes fisheries law"
    assert c.author == "Ada Varga"
    assert c.published == "2024-03-07"
    assert c.outlet == "Norvale Gazette"
    assert c.url == "https://gazette.example/2024/03/fisheries-law"
    assert c.language == "en"


def test_paragraphs_separated_by_blank_lines():
    c = clean_html(PAGE)
    assert f"{PARAS[0]}\n\n" in c.text


def test_removed_offsets_index_extracted_text():
    c = clean_html(PAGE)
    kinds = {r.kind for r in c.removed}
    assert {"related", "newsletter"} <= kinds
    assert all(r.text and r.end - r.start == len(r.text) for r in c.removed)


def test_fragment_without_article_markup():
    c = clean_html(f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>")
    assert PARAS[1] in c.text


def test_non_english_page_flagged():
    body = ("<p>Le parlement de Valdoria a adopt\u00e9 jeudi la nouvelle loi sur la p\u00eache apr\u00e8s un "
            "long d\u00e9bat, selon les m\u00e9dias publics, et les d\u00e9put\u00e9s de l'opposition ont "
            "promis de contester le texte devant les tribunaux.</p>") * 3
    assert clean_html(f"<html><body><article>{body}</article></body></html>").language == "fr"


def test_link_and_sentence_shares():
    items = "".join(f'<a href="/{i}">Headline number {i}</a><br>' for i in range(30))
    assert link_share(items, " ".join(f"Headline number {i}" for i in range(30))) > 0.9
    assert sentence_share("\n".join(PARAS)) == 1.0
    assert sentence_share("Home\nWorld\nSport") == 0.0


def _shingles(text: str) -> Counter:
    words = re.findall(r"\w+", text.lower())
    return Counter(tuple(words[i:i + 4]) for i in range(max(0, len(words) - 3)))


def test_body_f1_floor_on_real_pages():
    bench = BENCH
    if not (bench / "ground-truth.json").is_file():
        pytest.skip("../shared/benchmarks/extraction is not present")
    truth = json.loads((bench / "ground-truth.json").read_text())
    tp = fp = fn = 0.0
    for key in sorted(truth)[:40]:
        html = decode(gzip.open(bench / "html" / f"{key}.html.gz").read())
        gold, pred = _shingles(truth[key]["articleBody"]), _shingles(clean_html(html).text)
        common = sum((gold & pred).values())
        total = common + sum((pred - gold).values()) + sum((gold - pred).values())
        if total:
            tp += common / total
            fp += sum((pred - gold).values()) / total
            fn += sum((gold - pred).values()) / total
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * r / (p + r) >= 0.93


def test_page_without_article_text_refused():
    from newsgraph.errors import InputError

    page = "<html><body><div>Loading</div><div>Please enable JavaScript</div><div>Menu</div></body></html>"
    with pytest.raises(InputError, match="no article text"):
        clean_html(page)
