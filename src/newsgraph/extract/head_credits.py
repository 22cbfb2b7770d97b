"""Agency credits in the lines that head a reprinted story, in the shapes the credit-line patterns do not read.

A paper that runs an agency's copy names the agency on a short line over the story, and the shapes vary with the
site's template: the agency and a place or a section ("Norpress Agency Kelsbury", "Anadolu Agency ECONOMY"), a
byline with its own separator ("By JANE ROE ~ The Associated Press", "Staff / AFP (jr/ab)"), the agency run into
the date by the cleaner ("ReutersMay 3, 2024"), or a name with "of" in it alone ("Press Trust of India"). Such a
line is furniture, not a sentence: few words, no closing stop, and no lower-case word but a byline's links ('by',
'staff', 'and', ...) once bracketed editors' initials are set aside. A known agency named in it (outlets.tsv)
is credited there (not in the page's first line, its title, unless a byline opens the page), as the credit lines credit theirs (``source_wire`` judges whether the page is the agency's own
site); not in a picture's credit line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import alternatives, data_rows
from .source_lexicon import lexicon
from .text_lines import lines_at

HEAD_LINES = 6  # the lines (not blank) that head a story: title, standfirst, byline, dateline
MAX_WORDS = 10
LINKS = frozenset({"by", "and", "of", "the", "staff", "from", "in", "for"})  # not "with": desk_credits judge "X with AFP"
_BRACKETED = re.compile(r"\([^()]*\)")  # '(jr/ab)': editors' initials after a byline
_LOWER = re.compile(r"(?<![\w'\u2019])[a-z][a-z'\u2019\-]*")


@lru_cache(maxsize=1)
def _agency_names() -> re.Pattern:
    """Every name and alias outlets.tsv gives a news agency, as written, longest first: a name not run into a
    lower-case letter ('ReutersMay' is Reuters run into the date; 'APpeal' is no AP) nor joined by a hyphen to another
    word ('AP-Kelsbury': the credit lines judge such a pair)."""
    names = sorted({name for name, (_canonical, kind) in lexicon().outlets.items() if kind == "agency" and
                    len(name) > 1} | agency_codes(), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, names)) + r")(?![a-z0-9\-])")


@lru_cache(maxsize=1)
def agency_codes() -> frozenset[str]:
    """The agencies' codes in capitals that data/agency_sites.tsv gives and outlets.tsv does not ('AA', 'NAN'): the
    outlet matcher leaves them out ('the AA said'), a credit line over the story names the agency with them
    ('H. J. K. / AA')."""
    outlets = lexicon().outlets
    return frozenset(code for row in data_rows("agency_sites.tsv")[1:] for code in alternatives(row[0])
                     if code.isupper() and code.isalpha() and 2 <= len(code) <= 6 and code not in outlets)


def _furniture(line: str, picture_words) -> bool:
    """A short line that is no sentence: few words, no closing stop, no lower-case word but a byline's links, no
    picture's credit."""
    words = line.split()
    if not words or len(words) > MAX_WORDS or line.rstrip()[-1] in ".!?\"'\u201d\u2019":
        return False
    lower = [w.lower() for w in _LOWER.findall(_BRACKETED.sub(" ", line))]
    if any(w not in LINKS for w in lower):
        return False
    return not any(w.lower().strip("():/,.") in picture_words for w in words)


def head_credits(text: str):
    """(start, end, agency) of each known agency named on a furniture line among the first lines of ``text``, the
    title left out."""
    picture_words = lexicon().cues["picture_words"] | {"pic", "pics", "photograph"}
    seen = 0
    for at, line in lines_at(text):
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        if seen == 1 and not line.lstrip().startswith(("By ", "BY ")):
            continue  # the title ('For Norpress and Kesten, Ties Sour': a name, no credit), unless a byline opens the page
        if not _furniture(line, picture_words):
            continue
        for m in _agency_names().finditer(line):
            if m.group().isupper() and line[m.end():m.end() + 1].isupper():
                continue  # 'UNIQUE ID: 2011_18' under an official page's dateline: no 'UNI' (a code in capitals run
                # into more capitals is part of a longer word; 'ReutersMay' stays Reuters run into the date)
            yield at + m.start(), at + m.end(), m.group()
