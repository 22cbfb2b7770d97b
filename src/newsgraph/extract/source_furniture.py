"""Page furniture: the parts of a page that are not the story, read for what they say about the page itself.

Two things a page's furniture tells the source finder:

* whose page it is: some outlets print labels no other page carries ("Media caption", "Image copyright",
  "Page last updated at 16:26 GMT" on BBC pages), so a text holding one is that outlet's own copy and
  "X told the BBC" there is the outlet's own interview, not a credited source (data/page_marks.tsv);
* what kind of page it is: a label opening a line and closed by a colon ("News story: PM calls with ...",
  "Press release: Minister's meeting with ...") names the page's own type, not a report or release it credits,
  as does a reprint's colophon under its headline ("The press release issued by X on 21 July 2023.");
* whose picture it is: "© AFP 2021 / NAME", "(Photo: Xinhua)", "Photo: Reuters" credit an image, not a story;
* what the page asks its reader ("Please follow the link from the email sent to ..."): no credit either;
* the BBC's mark of a link after an outlet's name ("The Guardian, external reports that ..."): the outlet still
  says what follows;
* a line of other stories' headlines run together with bullets ("X appeals to unions • Brisk polling recorded in
  ... • Stocks tick up"): links to other pages, no credit.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

DATA = "newsgraph.data"
LABEL_WORDS = 3  # "News story", "Press release", "Joint press release": the label's words before its colon


@lru_cache(maxsize=1)
def _marks() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files(DATA).joinpath("page_marks.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    outlets: dict[str, str] = {}
    parts = []
    for mark, outlet in ((r[0].strip(), r[1].strip()) for r in rows if len(r) >= 2):
        pattern = re.escape(mark).replace(re.escape("<time>"), r"\d{1,2}:\d{2}")
        parts.append(f"(?P<m{len(parts)}>(?<![\\w-]){pattern})")
        outlets[f"m{len(parts) - 1}"] = outlet
    return re.compile("|".join(parts)), outlets


def outlet_by_page_marks(text: str) -> str | None:
    """The outlet whose page furniture the text carries ("Media caption" -> BBC), else None."""
    pattern, outlets = _marks()
    found = pattern.search(text)
    return outlets[found.lastgroup] if found is not None and found.lastgroup else None


def page_label(tok) -> bool:
    """A source noun that ends a label opening its line and closed by a colon right after it ("News story:",
    "Press release:"): the page's own type, written above its headline, no source it credits."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space:
        start -= 1
        if tok.i - start >= LABEL_WORDS or not doc[start].is_alpha:
            return False
    return doc[start].text[:1].isupper()


def page_colophon(tok, issue_verbs) -> bool:
    """A source noun that is the whole of a verbless line of its own, issued by someone ("The press release issued
    by the Foreign Office on 21 July 2023."): the colophon of a reprinted release or statement under its headline,
    naming the page's own document, which it credits no more than a label does ("PRESS RELEASE :"). Not a line
    that opens a text with a colon ("Here is the full statement from X:", "Statement from the police:")."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("NOUN", "PROPN"):
        return False  # (tested before the sentence's words are read)
    words = [t for t in tok.sent if not t.is_space]
    if words[-1].text != "." or not any(
            c.dep_ == "acl" and c.lemma_ in issue_verbs and c.tag_ == "VBN" for c in tok.children):
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words):
        return False  # a finite verb: a sentence that says something ('The statement issued on Monday said ...')
    text = tok.doc.text
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


PHOTO_WORDS = frozenset({"photo", "photos", "picture", "pictures", "image", "images", "file", "pic"})


def image_credit(span) -> bool:
    """An outlet named as the owner of a picture: after a copyright sign ("\u00a9 AFP 2021 / NAME") or a photo
    label and its colon ("(Photo: Xinhua)", "Photo: Reuters / NAME"), or followed by "Photo" ("AFP Photo")."""
    doc = span.doc
    before = doc[max(0, span.start - 3):span.start]
    if any("\u00a9" in t.text or t.lower_ == "copyright" for t in before):
        return True
    if len(before) >= 2 and before[-1].text == ":" and before[-2].lower_ in PHOTO_WORDS:
        return True
    return span.end < len(doc) and doc[span.end].lower_ in ("photo", "photos") and doc[span.end].is_title


def asks_the_reader(sent) -> bool:
    """A line of the page addressed to its reader, opening with "Please" ("Please follow the link from the email
    sent to ...", "Please read our comment policy"): site furniture, whatever source nouns it holds."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    return first is not None and first.lower_ == "please"


LINK_BULLET = "\u2022"


def link_list_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of lines holding two or more bulleted items run together ("A • B • C"): a list of
    links to other stories, not the article's sentences (a bullet opening each line of a summary is one per line)."""
    if text.count(LINK_BULLET) < 2:
        return []
    out, start = [], 0
    for line in text.split("\n"):
        if line.count(LINK_BULLET) >= 2:
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def link_marked_verb(span, verbs) -> bool:
    """'The Guardian, external reports that ...', 'The Herald, external says ...': the BBC's mark of a link after an
    outlet's name, written without its closing comma, which the parse reads with the verb as a noun ('external
    reports'); the outlet is the subject of that verb (``verbs``: lemmas of reporting verbs)."""
    doc = span.doc
    if span.end + 3 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "external":
        return False
    word = doc[span.end + 2]
    return word.lower_.endswith("s") and not word.is_punct and (word.lower_[:-1] in verbs or word.lemma_ in verbs)
