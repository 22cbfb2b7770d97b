"""Sex of given names from agency copy's regions (data/given_names_world.tsv): 'she' after a woman named
'Marriyum X' or 'Olena X' skips the man named in between, as for US names. Only a name of two or more words
takes a sex from its first word; names used for both sexes are not listed."""
from __future__ import annotations

from newsgraph.extract.name_lexicon import given_sex
from newsgraph.extract.names import gender_of_name


def test_world_given_names_have_a_sex():
    assert gender_of_name(["marriyum", "qadri"], None) == "f"
    assert gender_of_name(["recep", "demiral"], None) == "m"
    assert gender_of_name(["nkosazana", "mbeki"], None) == "f"
    assert gender_of_name(["süleyman", "kaya"], None) == "m"  # accents folded
    assert gender_of_name(["marriyum"], None) is None  # a lone word may be a surname
    assert given_sex("navjot") is None  # used for both sexes: left out
    assert given_sex("sheikh") is None  # a title, not a given name


def _speaker(result, start):
    q = next(q for q in result.quotes if q.text.startswith(start))
    return q.speaker.name if q.speaker else None


def test_she_skips_a_man_named_in_between(nlp):
    from newsgraph.analyze import analyze

    r = analyze("ISLAMABAD (APP): Culture Minister Marriyum Qadri chaired a meeting on museum funding. Senator "
                "Faisal Rind later walked out of the session. She said the bill would be tabled next week.\n\n"
                "KYIV (AFP): Deputy Prime Minister Olena Kovalchuk visited the border crossing. Governor Oleksandr "
                "Hnatyuk showed her the new terminal. She said the crossing would open to trucks in June.")
    assert _speaker(r, "the bill would be tabled") == "Marriyum Qadri"
    assert _speaker(r, "the crossing would open") == "Olena Kovalchuk"


def test_he_still_goes_to_the_man(nlp):
    from newsgraph.analyze import analyze

    r = analyze("NAIROBI (Xinhua): Senator Kwame Odhiambo opened the forum on Monday. Minister Amira Nasser gave "
                "the keynote address. He said the region needed more investment in roads.")
    assert _speaker(r, "the region needed") == "Kwame Odhiambo"


def test_world_given_names_no_key_repeats():
    from newsgraph.lexicons import data_rows

    keys = [row[0] for row in data_rows("given_names_world.tsv") if len(row) >= 2 and row[0] != "name"]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_world_given_names_rows_left_out():
    from newsgraph.extract.name_lexicon import given_sex

    assert given_sex("hasina") == "f"  # once, as a woman's name
    for word in ("ebtekar", "sheikha", "sultan", "danish", "kayhan", "nusrat", "krishna", "makoto"):
        assert given_sex(word) is None, word  # surname, title, English word or paper, or either sex
