"""The broader CAMEO vocabulary (data/cameo_lexicon_more.tsv): representative rows per root, the
non-political senses its NONE rows and object restrictions keep out, and its place after the main file."""
from __future__ import annotations

import pytest

from newsgraph.extract.event_lexicon import NO_EVENT, cameo_codes, lexicon
from newsgraph.extract.events import extract_events
from newsgraph.lexicons import data_rows


def _codes(nlp, text):
    return [(e.cameo, e.trigger) for e in extract_events(nlp(text), None, [], "2024-02-01")]


def test_rows_are_valid_and_come_after_the_main_file():
    codes = cameo_codes()
    main = {(r[1], r[2].lower()) for r in data_rows("cameo_lexicon.tsv")}
    more = data_rows("cameo_lexicon_more.tsv")
    assert len(more) > 300
    for row in more:
        assert row[0].lstrip("@") in codes or row[0] == NO_EVENT or row[0].startswith("@"), row
    # a lemma in both files: every main-file row precedes every row of the new file
    shared = [k for k in {(r[1], r[2].lower()) for r in more} if k in main]
    assert shared
    n_main = {k: sum(1 for r in data_rows("cameo_lexicon.tsv") if (r[1], r[2].lower()) == k) for k in shared}
    for key in shared:
        entries = lexicon()[key]
        first_main = [(e.code, e.objects, e.particle) for e in entries[:n_main[key]]]
        main_rows = [(r[0].lstrip("@"), frozenset(o.strip().lower() for o in (r[3] if len(r) > 3 else "").split("|")
                                                   if o.strip()), (r[4].lower() if len(r) > 4 and r[4] else None))
                     for r in data_rows("cameo_lexicon.tsv") if (r[1], r[2].lower()) == key]
        assert first_main == main_rows, key


@pytest.mark.parametrize("text, code", [
    # 01 statements
    ("The Valdorian rebels confessed to the bombing of the ministry.", "015"),
    ("The Valdorian government extended its condolences to the families of the Kestrian victims.", "018"),
    # 02 appeals (a frame word: the wrapped release picks 0253)
    ("Opposition leaders lobbied the Kestrian government to release the detainees.", "0253"),
    # 04 consult
    ("The foreign ministers of Valdoria and Kestria huddled in Geneva on Tuesday.", "040"),
    ("Lusovia brokered a ceasefire between the Valdorian army and the rebels.", "045"),
    # 05 diplomatic cooperation
    ("The Kestrian president extolled the Valdorian prime minister.", "051"),
    ("Valdoria and Kestria finalized the agreement on Friday.", "057"),
    # 06 / 07 material cooperation and aid
    ("The Valdorian army trained Kestrian soldiers in mine clearance.", "062"),
    ("Kestria armed the Valdorian rebels with rifles.", "072"),
    # 08 yield
    ("The Valdorian government caved in to the strikers' demands.", "080"),
    ("Valdoria unfroze the assets of the Kestrian central bank.", "085"),
    ("The Valdorian army disbanded the militia.", "0873"),
    # 09 investigate
    ("The Kestrian parliament looked into the allegations against the Valdorian envoy.", "090"),
    # 11 disapprove
    ("The Kestrian foreign minister reprimanded the Valdorian ambassador.", "111"),
    ("The Kestrian journalist was found guilty of espionage by a Valdorian court.", "116"),
    # 12 reject
    ("The Valdorian government flouted the UN arms embargo.", "128"),
    ("Kestria scuttled the trade deal with Valdoria.", "120"),
    # 13 threaten
    ("The Valdorian militia intimidated Kestrian voters.", "130"),
    # 14 protest
    ("Hundreds of Kestrian students picketed the Valdorian embassy.", "141"),
    ("Protesters looted shops in the Valdorian capital.", "145"),
    # 15 force posture
    ("Valdoria amassed troops on the Kestrian border.", "154"),
    ("Kestria tested two ballistic missiles on Sunday.", "150"),
    # 16 reduce relations
    ("Valdoria froze diplomatic relations with Kestria.", "161"),
    ("The Valdorian government withheld aid from Kestria.", "162"),
    ("Kestria blacklisted five Valdorian firms.", "163"),
    # 17 coerce
    ("Valdorian police rounded up dozens of Kestrian activists.", "173"),
    ("The Valdorian government revoked the visas of Kestrian journalists.", "172"),
    ("Valdorian police quelled the protests in the capital.", "175"),
    # 18 assault
    ("Gunmen beheaded two Kestrian aid workers.", "1823"),
    # 19 fight
    ("Valdorian artillery bombarded the Kestrian town of Kess.", "194"),
    ("Valdorian troops overran the Kestrian base.", "192"),
    ("Valdoria breached the ceasefire with Kestria.", "196"),
    # 20 mass violence
    ("Valdorian soldiers slaughtered hundreds of Kestrian villagers.", "202"),
])
def test_new_rows_code_their_root(nlp, fictional_countries, text, code):
    assert [c for c, _ in _codes(nlp, text)][:1] == [code]


@pytest.mark.parametrize("text", [
    # the common non-political sense of a word the new file codes (NONE rows, object restrictions);
    # the plea, go after, free up, look into and round up cases are coded when the NONE rows are removed
    "The Valdorian general made a guilty plea to the Kestrian court.",  # 02: plea (guilty)
    "Valdorian activists went after votes in the Kestrian provinces.",  # 11: go after (votes)
    "The Kestrian cabinet convened in the capital.",  # 04: convene (no meeting object)
    "The Kestrian commander was armed with a pistol.",  # 07: arm (no armed group)
    "Valdoria's government freed up money for Kestrian schools.",  # 08: free up
    "The Kestrian minister looked into the camera.",  # 09: look (camera)
    "The Valdorian whip rounded up votes for the bill.",  # 17: round up votes
    "Valdorian police quelled the rumours about the minister.",  # 17: quell (no unrest)
    "The senator bombarded the Kestrian minister with questions.",  # 19: bombard (no place)
])
def test_non_political_senses_stay_no_event(nlp, fictional_countries, text):
    assert _codes(nlp, text) == []

