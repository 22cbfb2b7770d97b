"""Plain-text cleaning: each boilerplate rule, raw offsets of what was cut, quotes survive."""
from __future__ import annotations

import json

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.text import clean_text


def assert_offsets(raw: str, cleaned) -> None:
    for r in cleaned.removed:
        assert raw[r.start:r.end] == r.text


BODY = ("The council of Norvale voted on Tuesday to close the old harbour bridge for repairs, "
        "ending weeks of argument between the mayor and the port authority.\n\n"
        "\u201cWe cannot wait for another winter,\u201d said Mayor Ilse Brandt, who proposed the plan.")


@pytest.mark.parametrize("junk, kind", [
    ("Subscribe now for unlimited access to our reporting.", "promo"),
    ("Sign up for our Morning Harbour newsletter", "newsletter"),
    ("Get the latest headlines delivered straight to your inbox.", "newsletter"),
    ("Share this article on Facebook", "share"),
    ("Follow us on Twitter", "share"),
    ("Read more: Harbour fees rise again", "related"),
    ("Related: Five bridges that changed Norvale", "related"),
    ("We use cookies to improve your experience on our site.", "cookie"),
    ("Advertisement", "promo"),
    ("The harbour bridge at dawn. (Photo by Anna Lind/Getty Images)", "caption"),
    ("Workers on the bridge deck on Monday. REUTERS/Karl Ost", "caption"),
    ("Home | World | Politics | Business", "nav"),
    ("* * *", "bullet"),
    ("\u2022 Share on Facebook", "bullet"),
])
def test_rule_removes_junk_line(junk, kind):
    raw = f"Norvale Closes Harbour Bridge\n\n{BODY}\n\n{junk}\n\nThe work is due to end in May."
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == [kind]
    assert junk not in c.text
    assert_offsets(raw, c)
    assert "We cannot wait for another winter" in c.text
    assert c.text.endswith("The work is due to end in May.")


def test_quotes_and_attributions_survive_promo_words():
    raw = ("\u201cSubscribe to nothing and trust no one,\u201d the mayor told reporters.\n\n"
           "Share prices fell, according to the exchange.\n\n"
           "He urged residents to sign up for our newsletter, the council said.")
    c = clean_text(raw)
    assert c.removed == []
    assert c.text == raw


def test_about_the_author_bio_removed():
    raw = (f"{BODY}\n\nAbout the author\n\nPer Holm covers the harbour for the Norvale Gazette "
           "and has written two books about ships.")
    c = clean_text(raw)
    assert {r.kind for r in c.removed} == {"bio"}
    assert "Per Holm" not in c.text
    assert_offsets(raw, c)


def test_trailing_bio_sentence_removed():
    raw = f"{BODY}\n\nAda Varga is a reporter for the Norvale Gazette. Follow her on Twitter at @adav."
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == ["bio"]
    assert_offsets(raw, c)


def test_bio_shaped_sentence_in_the_body_kept():
    raw = ("Ada Varga is a professor of engineering at Norvale University.\n\n" + BODY + "\n\n"
           + "More paragraphs follow here about the bridge.\n\nAnd another one about the tolls.\n\n"
           + "And a last one about the ferries.")
    c = clean_text(raw)
    assert c.removed == []


def test_repeated_promo_block_removed_everywhere():
    promo = "Download our app for breaking news alerts"
    raw = f"{BODY}\n\n{promo}\n\nThe repairs cost 4 million crowns.\n\n{promo}\n\nThey start in March."
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == ["promo", "promo"]
    assert promo not in c.text
    assert_offsets(raw, c)


def test_repeated_headline_removed_once():
    raw = f"Norvale Closes Harbour Bridge\n\nNorvale Closes Harbour Bridge\n\n{BODY}"
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == ["repeat"]
    assert c.title == "Norvale Closes Harbour Bridge"
    assert c.text.startswith("Norvale Closes Harbour Bridge\n\nThe council")


def test_repeated_sentence_kept():
    raw = f"{BODY}\n\nThe vote was close.\n\nNobody expected it.\n\nThe vote was close."
    assert clean_text(raw).removed == []


def test_credit_inside_long_line_cut_alone():
    raw = ("The mayor spoke to reporters on the quay (Photo by Anna Lind/Getty Images) and said "
           "the repairs were overdue.")
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == ["caption"]
    assert c.text == "The mayor spoke to reporters on the quay and said the repairs were overdue."
    assert_offsets(raw, c)


def test_byline_becomes_author():
    raw = f"Norvale Closes Harbour Bridge\nBy Ada Varga and Per Holm\n\n{BODY}"
    c = clean_text(raw)
    assert c.author == "Ada Varga and Per Holm"
    assert [r.kind for r in c.removed] == ["byline"]
    assert "By Ada" not in c.text


def test_headline_detection():
    assert clean_text(f"Norvale Closes Harbour Bridge\n\n{BODY}").title == "Norvale Closes Harbour Bridge"
    assert clean_text(f"Council votes to close the bridge\n\n{BODY}").title == "Council votes to close the bridge"
    assert clean_text(BODY).title is None


def test_paragraphs_and_hard_wraps():
    raw = ("First paragraph line one that was wrapped by the mail client at\n"
           "a fixed width of about seventy characters so sentences run over\n"
           "several lines until they end.\n\n"
           "Second paragraph.\r\n")
    c = clean_text(raw)
    assert c.text == ("First paragraph line one that was wrapped by the mail client at a fixed width of "
                      "about seventy characters so sentences run over several lines until they end.\n\n"
                      "Second paragraph.")
    one_per_line = "Line one is a paragraph.\nLine two is another one."
    assert clean_text(one_per_line).text == "Line one is a paragraph.\n\nLine two is another one."


def test_offsets_index_raw_with_crlf_and_indentation():
    raw = "  Story text here is real.\r\n\r\n   Advertisement  \r\nMore story text here.\r\n"
    c = clean_text(raw)
    assert [r.text for r in c.removed] == ["Advertisement"]
    assert_offsets(raw, c)
    assert c.text == "Story text here is real.\n\nMore story text here."


def test_basil_articles_keep_their_text(basil_dir):
    from newsgraph.ingest.readers import read_inputs

    files = sorted((basil_dir / "articles").glob("*/*.json"))
    total = removed = 0
    for item in read_inputs(files):
        c = clean_text(item.text)
        assert c.language == "en", item.id
        assert_offsets(item.text, c)
        total += len(item.text)
        removed += sum(r.end - r.start for r in c.removed)
    assert len(files) >= 100
    assert removed / total <= 0.01


def test_basil_json_shape_read(basil_dir):
    path = next((basil_dir / "articles").glob("*/*.json"))
    obj = json.loads(path.read_text())
    from newsgraph.ingest.readers import read_inputs

    (item,) = list(read_inputs([path]))
    assert item.text.startswith(obj["title"])


def test_dateline_cut_and_read():
    raw = f"Norvale closes harbour bridge\nBy Ada Varga\nMarch 7, 2024 9:15 PM GMT | Updated 2 hours ago\n\n{BODY}"
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == ["byline", "dateline"]
    assert c.published == "2024-03-07"
    assert c.title == "Norvale closes harbour bridge"  # set apart by the byline under it
    assert_offsets(raw, c)


def test_date_inside_the_story_kept():
    raw = f"{BODY}\n\nOctober 12, 2023 was the day the old bridge first closed.\n\nIt reopened in May."
    assert clean_text(raw).removed == []


def test_links_under_read_more_heading_removed():
    raw = (f"{BODY}\n\nRead more:\nHarbour fees rise again\nExplainer: Why the bridge matters\n\n"
           "The work is due to end in May.")
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == ["related"] * 3
    assert "Explainer" not in c.text and c.text.endswith("The work is due to end in May.")


def test_inline_about_the_writer_removed():
    raw = f"{BODY}\n\nAbout the writer: Ada Varga covers Norvale and previously reported from Ostland."
    c = clean_text(raw)
    assert [r.kind for r in c.removed] == ["bio"]


LINES = ["Subscribe now", "Read more: Harbour fees rise", "Advertisement", "By Ada Varga", "March 7, 2024",
         "\u201cWe will rebuild,\u201d she said.", "The bridge (Photo by A. Lind/Getty Images) closed.",
         "* * *", "Home | World | Sport", "About the author", "Norvale Closes Harbour Bridge",
         "The council met on Tuesday and voted to close the bridge.", "", "   ", "\t", "\u2022 Share on X"]


def test_offsets_always_slice_raw_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    line = st.one_of(st.sampled_from(LINES), st.text(max_size=60))
    sep = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n"])

    @settings(max_examples=150, deadline=None, database=None)
    @given(st.lists(st.tuples(line, sep), max_size=12))
    def check(parts):
        raw = "".join(a + b for a, b in parts)
        try:
            c = clean_text(raw)
        except InputError:
            return
        assert_offsets(raw, c)
        spans = sorted((r.start, r.end) for r in c.removed)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlaps
        for r in c.removed:
            assert r.text.strip() == r.text or r.kind == "caption"

    check()


def test_invisible_characters_and_escaped_entities():
    raw = "Talks\u200b resumed in Nor\u00advale.\n\nThe mayor&rsquo;s office said &quot;yes&quot; on Tuesday."
    c = clean_text(raw)
    assert c.text == "Talks resumed in Norvale.\n\nThe mayor\u2019s office said \"yes\" on Tuesday."
    assert any("character references" in w for w in c.warnings)
    assert clean_text("Fish & chips &amp; more.").text == "Fish & chips &amp; more."  # one escape: left alone


def test_hard_wraps_with_paragraph_ends_and_no_blank_lines():
    # A release re-printed at a fixed width, paragraphs without a blank line between: a wrapped line
    # before a capitalised name is no paragraph end; a short line ending a sentence is one.
    raw = ("The Chancellor of Ostria and the President of the\n"
           "Lorvan Council Ida Brenner met in Velmar this\n"
           "morning.\n"
           "In their first meeting, the two leaders reaffirmed that the\n"
           "Harbour Accord remains the basis of relations between their\n"
           "countries and agreed to meet again in the spring.\n"
           "They also discussed energy prices.\n")
    c = clean_text(raw)
    assert c.text == ("The Chancellor of Ostria and the President of the Lorvan Council Ida Brenner met in "
                      "Velmar this morning.\n\n"
                      "In their first meeting, the two leaders reaffirmed that the Harbour Accord remains the "
                      "basis of relations between their countries and agreed to meet again in the spring.\n\n"
                      "They also discussed energy prices.")


def test_wire_copy_wrapped_with_a_heading_keeps_quotes_with_their_verbs():
    # A wire story wrapped at a fixed width whose block opens with a heading (no full stop) is not
    # read as wrapped as a whole; a line that stops mid-sentence where the next word would not have
    # fitted is still a soft break, so the quote keeps its speaker's verb.
    raw = ("Norvale agency wire\n"
           "VELMAR, May 3 - Ostria agreed on Monday to widen its harbour\n"
           "rules, and said the council could meet again next week to\n"
           "adopt further steps. Officials of both sides will work on a\n"
           "list of the ships that may be named in the coming days, and\n"
           "those already barred will stay so.\n"
           "\"We have agreed to widen the harbour rules,\" Lorvan Foreign\n"
           "Minister Ida Brenner told reporters after the meeting in the\n"
           "harbour capital, in what her own deputy later described as a\n"
           "\"good day for Lorvan\".\n"
           "Short list item\n"
           "Another list item\n")
    c = clean_text(raw)
    assert ("\"We have agreed to widen the harbour rules,\" Lorvan Foreign Minister Ida Brenner told "
            "reporters after the meeting in the harbour capital, in what her own deputy later described as a "
            "\"good day for Lorvan\".") in c.text
    assert "Ostria agreed on Monday to widen its harbour rules, and said" in c.text
    assert "Norvale agency wire\n\n" in c.text
    assert "\n\nShort list item\n\nAnother list item" in c.text

