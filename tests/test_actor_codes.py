"""CAMEO-style actor codes from names, titles and context."""
from __future__ import annotations

import pytest

from newsgraph.extract.actor_codes import code_entity, country_of


@pytest.mark.parametrize("text, iso", [
    ("Chinese", "CHN"), ("Beijing", "CHN"), ("the Kremlin", "RUS"), ("China's defense minister", "CHN"),
    ("U.S.", "USA"), ("the United States", "USA"), ("Kyiv", "UKR"), ("Britain", "GBR"),
    ("Iranian", "IRN"), ("North Korea", "PRK"),
])
def test_country_of(text, iso):
    assert country_of(text) == iso


@pytest.mark.parametrize("text", ["us", "the weather", "", "General Motors"])
def test_country_of_none(text):
    assert country_of(text) is None


@pytest.mark.parametrize("args, expected", [
    (("Dong Jun", "PERSON", "defense minister", "China's defense minister"), ("CHN", "MIL", "CHNMIL")),
    (("Russia's defense ministry", "ORG"), ("RUS", "MIL", "RUSMIL")),
    (("NATO", "ORG"), (None, "IGO", "IGOWSTNAT")),
    (("United Nations", "ORG"), (None, "IGO", "IGOUNO")),
    (("China", "GPE"), ("CHN", None, "CHN")),
    (("Beijing", "GPE"), ("CHN", "GOV", "CHNGOV")),
    (("the Kremlin", "ORG"), ("RUS", "GOV", "RUSGOV")),
    (("the Pentagon", "ORG"), ("USA", "MIL", "USAMIL")),
    (("Chinese Foreign Ministry", "ORG"), ("CHN", "GOV", "CHNGOV")),
    (("Ukrainian troops", "NORP"), ("UKR", "MIL", "UKRMIL")),
    (("Hua Lin", "PERSON", "foreign ministry spokesperson", "Chinese foreign ministry spokesperson"),
     ("CHN", "GOV", "CHNGOV")),
    (("John Smith", "PERSON"), (None, None, None)),
])
def test_code_entity(args, expected):
    assert code_entity(*args) == expected


def test_user_actor_file(tmp_path, monkeypatch):
    from newsgraph.extract import actor_tables

    path = tmp_path / "actors.tsv"
    path.write_text("# my actors\nGRCGOV\tNikos Testopoulos\tTestopoulos\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_ACTORS", str(path))
    actor_tables.code_tables.cache_clear()
    try:
        assert code_entity("Testopoulos", "PERSON") == ("GRC", "GOV", "GRCGOV")
    finally:
        monkeypatch.delenv("NEWSGRAPH_ACTORS")
        actor_tables.code_tables.cache_clear()


@pytest.mark.parametrize("args, expected", [
    (("Sen. Mark Warner", "PERSON"), ("USA", "LEG", "USALEG")),
    (("Illinois Rep. Rodney Davis", "PERSON"), ("USA", "LEG", "USALEG")),
    (("Gov. Chris Christie", "PERSON"), ("USA", "GOV", "USAGOV")),
    (("House Democrats", "ORG"), ("USA", "PTY", "USAPTY")),
    (("Republicans", "NORP"), ("USA", "PTY", "USAPTY")),
    (("the Trump administration", "ORG"), ("USA", "GOV", "USAGOV")),
    (("Capitol Police", "ORG"), ("USA", "COP", "USACOP")),
    (("Downing Street", "FAC"), ("GBR", "GOV", "GBRGOV")),
    (("the Tories", "ORG"), ("GBR", "PTY", "GBRPTY")),
    (("Mrs. Clinton", "PERSON"), ("USA", "GOV", "USAGOV")),
    (("Robert Mueller", "PERSON"), ("USA", "JUD", "USAJUD")),
])
def test_domestic_cues(args, expected):
    assert code_entity(*args) == expected


@pytest.mark.parametrize("args, expected", [
    (("Sweden Democrats", "ORG"), ("SWE", "PTY", "SWEPTY")),  # a named country wins over the cue
    (("Republican Guard", "ORG"), (None, None, None)),  # Iran's, not a US party
    (("democrats", "NOUN"), (None, "PTY", "PTY")),  # lower case is no party name
    (("the Social Democrats", "ORG"), (None, "PTY", "PTY")),  # other countries' parties
    (("Peoples Democratic Party", "ORG"), ("NGA", "PTY", "NGAPTY")),
    (("Special Representative Ann Lee", "PERSON"), (None, None, None)),  # not a US congressman
])
def test_domestic_cues_give_way(args, expected):
    assert code_entity(*args) == expected


def test_us_states_place_actors_in_the_usa():
    assert country_of("the Oregon State Police") == "USA"
    assert country_of("Georgia") == "GEO"


@pytest.mark.parametrize("args, expected", [
    (("Mr. Labrador", "PERSON"), ("USA", "LEG", "USALEG")),  # a surname only one person of people.tsv has
    (("Viktor Orbán", "PERSON"), ("HUN", "GOV", "HUNGOV")),  # accents folded
    (("Viktor Orban", "PERSON"), ("HUN", "GOV", "HUNGOV")),
    (("Bill de Blasio", "PERSON"), ("USA", "GOV", "USAGOV")),
    (("Mr. de Blasio", "PERSON"), ("USA", "GOV", "USAGOV")),
    (("Sergei Shoigu", "PERSON"), ("RUS", "MIL", "RUSMIL")),
    (("Bush", "PERSON"), ("USA", None, "USA")),  # several Bushes, one country
    (("Johnson", "PERSON"), (None, None, None)),  # Boris (GBR) or Mike (USA): the article must choose
    (("Officers from the Columbus Police Department", "NOUN"), ("USA", "COP", "USACOP")),
    (("People's Daily", "ORG"), ("CHN", "MED", "CHNMED")),
    (("Mr. Zhao", "PERSON"), ("CHN", "GOV", "CHNGOV")),  # family name first
    (("Liu", "PERSON"), (None, None, None)),  # one of the commonest family names
    (("The spokesperson", "NOUN"), (None, None, None)),  # an unnamed source
    (("a White House spokesperson", "NOUN"), ("USA", "GOV", "USAGOV")),
    (("the F.B.I.", "ORG"), ("USA", "COP", "USACOP")),
    (("the embassy in Baghdad", "NOUN"), (None, "GOV", "GOV")),  # the place is not the sender
    (("Georgia Republicans", "NORP"), ("USA", "PTY", "USAPTY")),  # the US state
    (("turkey", "NOUN"), (None, None, None)),  # a bird, not Turkey
    (("the state's general assembly", "NOUN"), (None, "LEG", "LEG")),  # not the UN
    (("the party congress", "NOUN"), (None, "LEG", "LEG")),  # not the US Congress
    (("amnesty", "NOUN"), (None, None, None)),
    (("Iranian cleric Ali Ahmadi", "PERSON"), ("IRN", None, "IRN")),  # a nationality describing a person
    (("Jordan Peterson", "PERSON"), (None, None, None)),  # a country's name inside a person's name
    (("Iran's ambassador to Britain", "NOUN"), ("IRN", "GOV", "IRNGOV")),
    (("Tom Davis", "PERSON"), (None, None, None)),  # another first name: not Rodney Davis
    (("Mrs. May", "PERSON"), (None, None, None)),  # a surname that is also a word
    (("the Knesset", "ORG"), ("ISR", "LEG", "ISRLEG")),
    (("National People's Congress", "ORG"), ("CHN", "LEG", "CHNLEG")),  # not the US Congress
])
def test_people_lexicon(args, expected):
    assert code_entity(*args) == expected


def test_user_actor_file_overrides_people(tmp_path, monkeypatch):
    from newsgraph.extract import actor_tables

    path = tmp_path / "actors.tsv"
    path.write_text("GRCGOV\tRaul Labrador\t\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_ACTORS", str(path))
    actor_tables.reload_actor_files()
    try:
        assert code_entity("Raul Labrador", "PERSON")[2] == "GRCGOV"
        assert code_entity("Mr. Labrador", "PERSON")[2] == "GRCGOV"
    finally:
        monkeypatch.delenv("NEWSGRAPH_ACTORS")
        actor_tables.reload_actor_files()


def _settled(nlp, text, trigger, a1, a2, cameo):
    from newsgraph.extract.actor_home import settle_actors
    from newsgraph.model import Actor

    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    def actor(spec, default_name):  # a code, or (name, code)
        if spec is None:
            return None
        return Actor(*spec) if isinstance(spec, tuple) else Actor(default_name, spec)

    s1, s2 = settle_actors(actor(a1, "a1"), actor(a2, "a2"), tok, cameo)
    return (s1.code if s1 else None), (s2.code if s2 else None)


@pytest.mark.parametrize("text, trigger, a1, a2, cameo, expected", [
    # the document's home country from a known person, a cue or an institution
    ("Mr. Labrador criticized the president over immigration.", "criticized", "USALEG", "GOV", "111",
     ("USALEG", "USAGOV")),
    ("The governor vetoed the bill on Friday.", "vetoed", "GOV", None, "129", ("USAGOV", None)),  # weak US cue
    ("Federal authorities arrested three men.", "arrested", "GOV", None, "173", ("USAGOV", None)),
    # a foreign visitor or an office the home country does not have stays without a country
    ("Trump met the president at the White House.", "met", "USAGOV", "GOV", "040", ("USAGOV", "GOV")),
    ("Trump criticized the prime minister over trade.", "criticized", "USAGOV", ("the prime minister", "GOV"), "111",
     ("USAGOV", "GOV")),  # the US has no prime minister
    ("The prime minister met the French president in Paris.", "met", "GOV", "FRAGOV", "040", ("GOV", "FRAGOV")),
    # domestic pairs and coercion targets
    ("Protesters in Dhaka demanded the resignation of the prime minister.", "demanded", "BGDCVL", "GOV", "1041",
     ("BGDCVL", "BGDGOV")),
    ("Mexican authorities arrested a senior cartel leader.", "arrested", "MEXGOV", "CRM", "173",
     ("MEXGOV", "MEXCRM")),
    ("Senators accused the Chinese government of hacking.", "accused", "LEG", "CHNGOV", "112", ("LEG", "CHNGOV")),
    # protests and violence happen where the sentence places them, not where an adjective points
    ("Unionists marched on parliament in Athens.", "marched", "GRCLAB", "LEG", "141", ("GRCLAB", "GRCLEG")),
    ("Russian troops killed five civilians.", "killed", "RUSMIL", "CVL", "190", ("RUSMIL", "CVL")),
    ("Iraqi protesters stormed the embassy.", "stormed", "IRQCVL", ("the embassy", "GOV"), "145", ("IRQCVL", "GOV")),
    ("Israeli forces killed three militants.", "killed", "ISRMIL", "REB", "190", ("ISRMIL", "REB")),
    ("Republican leaders urged the governor to resign.", "urged", "USAGOV", ("the governor", "GOV"), "0241",
     ("USAGOV", "USAGOV")),
    # a country named as a topic is no home
    ("Officials said the investigation into the Russia deal was a mess.", "said", "GOV", None, "111", ("GOV", None)),
    # nothing fixes a country: nothing changes (unless NEWSGRAPH_DEFAULT_HOME names a default home)
    ("Police arrested two men on Friday.", "arrested", "COP", None, "173", ("COP", None)),
])
def test_settle_actors(nlp, text, trigger, a1, a2, cameo, expected):
    assert _settled(nlp, text, trigger, a1, a2, cameo) == expected


def test_unknown_person_takes_home_country(nlp):
    from newsgraph.extract.actor_home import settle_actors
    from newsgraph.model import Actor

    doc = nlp("Ms. Smith praised Sen. Warner for his work.")
    tok = next(t for t in doc if t.text == "praised")
    s1, s2 = settle_actors(Actor("Ms. Smith", None), Actor("Sen. Warner", "USALEG"), tok, "051")
    assert (s1.code, s2.code) == ("USA", "USALEG")
    doc = nlp("Ms. Smith met Chinese officials in Beijing.")
    tok = next(t for t in doc if t.text == "met")
    s1, _ = settle_actors(Actor("Ms. Smith", None), Actor("Chinese officials", "CHNGOV"), tok, "040")
    assert s1.code is None  # the sentence names another country


def test_shared_surname_takes_the_home_country(nlp):
    from newsgraph.extract.actor_home import settle_actors
    from newsgraph.model import Actor

    assert code_entity("Mr. Steele", "PERSON") == (None, None, None)  # a US party chairman or a British spy
    doc = nlp("Republicans withdrew their support for Mr. Steele.")
    tok = next(t for t in doc if t.text == "withdrew")
    _, s2 = settle_actors(Actor("Republicans", "USAPTY"), Actor("Steele", None), tok, "120")
    assert s2.code == "USAPTY"
    doc = nlp("Johnson and Corbyn attacked each other's policies on Brexit.")
    tok = next(t for t in doc if t.text == "attacked")
    s1, _ = settle_actors(Actor("Johnson", None), Actor("Corbyn", "GBRPTY"), tok, "111")
    assert s1.code == "GBRGOV"


def test_surname_of_another_person_is_not_the_listed_one(nlp):
    from newsgraph.extract.actor_home import settle_actors
    from newsgraph.model import Actor

    doc = nlp("Michael Webb kidnapped the girl. Police arrested Webb in the hallway on Friday.")
    tok = next(t for t in doc if t.text == "arrested")
    _, s2 = settle_actors(Actor("Police", "COP"), Actor("Webb", "USALEG"), tok, "173")
    assert s2.code is None  # not Senator Jim Webb
    tok = next(t for t in doc if t.text == "kidnapped")
    s1, _ = settle_actors(Actor("Michael Webb", "USALEG"), None, tok, "181")
    assert s1.code is None


@pytest.mark.parametrize(("name", "code"), [
    ("the Center for Ocean Safety", "NGO"),
    ("Alliance Against Hunger", "NGO"),
    ("the Brightwater Foundation", "NGO"),
    ("Centers for Disease Control and Prevention", "USAHLH"),  # a state body (actors.tsv), not a cause group
    ("Democratic Alliance", None),
])
def test_organisations_named_for_a_cause_are_ngos(name, code):
    assert code_entity(name, "ORG")[2] == code


def test_default_home_only_when_nothing_names_a_country(nlp, monkeypatch):
    from newsgraph.extract.actor_home import settle_actors
    from newsgraph.model import Actor

    monkeypatch.delenv("NEWSGRAPH_DEFAULT_HOME", raising=False)
    assert _settled(nlp, "Police arrested two men on Friday.", "arrested", "COP", None, "173") == ("COP", None)
    monkeypatch.setenv("NEWSGRAPH_DEFAULT_HOME", "GBR")
    assert _settled(nlp, "Police arrested two men on Friday.", "arrested", "COP", None, "173") == ("GBRCOP", None)
    # a text naming only the default country itself (as a topic) takes it too
    assert _settled(nlp, "British officers criticised the plan.", "criticised", "GOV", None, "111")[0] == "GBRGOV"
    # another country named, or a dateline: no default
    assert _settled(nlp, "Police criticised the Russia deal.", "criticised", "COP", None, "111")[0] == "COP"
    assert _settled(nlp, "LONDON (Reuters) - Police arrested two men on Friday.", "arrested", "COP", None,
                    "173")[0] == "GBRCOP"
    monkeypatch.setenv("NEWSGRAPH_DEFAULT_HOME", "USA")
    assert _settled(nlp, "MOSCOW (AP) - Police arrested two men on Friday.", "arrested", "COP", None,
                    "173")[0] == "RUSCOP"
    # a listed surname the text gives to somebody else stays unknown, even with a default home
    doc = nlp("Michael Webb kidnapped the girl. Police arrested Webb in the hallway on Friday.")
    tok = next(t for t in doc if t.text == "arrested")
    _, s2 = settle_actors(Actor("Police", "COP"), Actor("Webb", "USALEG"), tok, "173")
    assert s2.code != "USALEG"


@pytest.mark.parametrize("text, trigger, a1, expected", [
    # a short text naming one country as a place where things happen, or with a weak cue of it
    ("Still, he blamed both parties for the gridlock in Washington.", "blamed", "GOV", "USAGOV"),
    ("The president must let federal employees get back to serving the American people.", "let", "GOV", "USAGOV"),
    # the country's name or adjective alone is a topic: no home
    ("Critics said the American economy was slowing.", "said", "ELI", "ELI"),
])
def test_short_text_home_from_capital_or_weak_cue(nlp, monkeypatch, text, trigger, a1, expected):
    monkeypatch.delenv("NEWSGRAPH_DEFAULT_HOME", raising=False)
    assert _settled(nlp, text, trigger, a1, None, "111")[0] == expected


def test_firms_and_media_are_no_evidence_of_home(nlp):
    # a firm or an outlet of the actor files does not make the story American
    assert _settled(nlp, "Officials sent the message over Amazon and CNN.", "sent", "GOV", None, "111")[0] == "GOV"


def test_surname_of_one_country_without_home(nlp, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DEFAULT_HOME", raising=False)
    # every listed Graham is American: a bare "Graham" is an American (no office assumed)
    assert _settled(nlp, "Graham questioned the plan.", "questioned", ("Graham", None), None, "111")[0] == "USA"
    # Steele is the RNC chair and the British spy: nothing chooses
    assert _settled(nlp, "Steele questioned the plan.", "questioned", ("Steele", None), None, "111")[0] is None
    # another country named in the sentence: no guess
    assert _settled(nlp, "Graham questioned the plan in Berlin.", "questioned", ("Graham", None), None,
                    "111")[0] is None
