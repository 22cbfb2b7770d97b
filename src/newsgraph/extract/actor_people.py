"""Known people by name and by surname: the code the people files (``people.tsv``, ``actors.tsv``, the user's
actor files) give a person's name or alias, honorifics and middle initials aside ("Mr. Trump", "Donald J. Trump"),
and the people a bare surname may be ("Mr. Labrador", "Steele").
"""
from __future__ import annotations

import re

from .actor_names import PARTICLES, fold_name, strip_name
from .actor_tables import code_tables, remembered

# Surnames of well-known people that many others carry too: matched only when the article's home
# country picks one of the people who carry it ("Johnson" in a British story).
_SHARED_SURNAME = frozenset({
    "brown", "johnson", "davis", "harris", "miller", "jackson", "wright", "allen", "walker", "adams", "chavez",
    "sanchez", "gonzalez", "fernandez", "rodriguez", "lopez", "martinez", "morales", "silva", "moore", "walsh",
    "wallace", "harrison", "clark", "baker", "banks", "brooks", "burns", "cox", "hicks", "reynolds", "roberts",
    "bryant", "gates", "nixon", "dempsey", "franks", "mullen", "caine", "dunford", "hayden", "brady", "lynch",
    "hogan", "quinn", "perez", "daniels", "thompson", "regan", "cohen", "nelson", "campbell", "mitchell", "phillips",
    "evans", "edwards", "stewart", "morris", "peterson", "richardson", "watson", "hughes", "myers", "foster",
    "garcia", "ramirez", "torres", "flores", "rivera", "gomez", "diaz", "patel", "murray",
    "graham", "warren", "scott", "carter", "kelly", "lewis", "thomas", "jordan", "price", "rice", "young", "paul",
    "lee", "hunt", "fox", "stone", "ross", "cannon", "cotton", "flake", "ryan", "page", "stein", "power", "porter",
    "turner", "casey", "martin", "howard", "hill", "cooper", "reed", "bell", "morgan", "parker", "ward", "hall",
    "yang", "santos", "carr",
})


# titles and descriptions before a name, longest first ("Secretary of State" before "Secretary")
_HONORIFIC = re.compile(r"^(?:(?:"
                        r"senate majority leader|senate minority leader|secretary of state|attorney general|"
                        r"defence minister|defense minister|foreign minister|prime minister|representative|"
                        r"vice president|house speaker|crown prince|chairwoman|chancellor|ayatollah|president|secretary|"
                        r"ukrainian|american|canadian|chairman|governor|incoming|japanese|minister|outgoing|british|"
                        r"chinese|current|iranian|israeli|justice|mexican|premier|russian|senator|speaker|turkish|acting|"
                        r"former|french|german|indian|leader|sheikh|u\.s\.|judge|mayor|queen|king|late|pope|prof|then|"
                        r"adm|col|gen|gov|mrs|rep|sen|sgt|dr|lt|mr|ms|us"
                        r")\.?\s+)+", re.I)
_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.\s+")


@remembered("person")
def known_person(name: str) -> str | None:
    """Code from the packaged or user actor files for a person's name or known alias
    (honorifics and middle initials aside: "Mr. Trump", "Donald J. Trump")."""
    if not name:
        return None
    people = code_tables().people
    base = strip_name(name)
    for cand in (base, _HONORIFIC.sub("", base), _MIDDLE_INITIAL.sub(" ", _HONORIFIC.sub("", base))):
        code = people.get(fold_name(cand))
        if code:
            return code
    return None


@remembered("surname")
def person_by_surname(name: str) -> str | None:
    """Code for a bare surname ("Mr. Labrador", "Steele") that only people of one country in the
    people files carry: the person's code when one person has it, else the country ("Bush")."""
    if not name:
        return None
    bare = _HONORIFIC.sub("", strip_name(name)).strip()
    if not bare or " " in bare and not any(p + " " in fold_name(bare) for p in PARTICLES):
        return None
    key = fold_name(bare)
    found = () if key in _SHARED_SURNAME else code_tables().surnames.get(key, ())
    if len(found) == 1:
        return found[0]
    if found and len({c[:3] for c in found}) == 1 and not found[0].startswith(("IGO", "NGO")):
        return found[0][:3]
    return None


def surname_candidates(name: str) -> tuple[str, ...]:
    """Codes of every person of the people files whose surname ``name`` is ("Steele": the RNC chair
    and the British spy), for the document's context to choose from."""
    if not name:
        return ()
    bare = _HONORIFIC.sub("", strip_name(name)).strip()
    if not bare or " " in bare and not any(p + " " in fold_name(bare) for p in PARTICLES):
        return ()
    return code_tables().surnames.get(fold_name(bare), ())
