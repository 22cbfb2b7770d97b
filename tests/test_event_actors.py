"""Event actors: who the two sides of an event are and which country and sector code them.

Small hand-written sentences, one construction each: datelines, appositions, pronouns, places that
fix the country of courts and police, organisations named with a type word, armed groups, people
named with "of <country>", and the people table's coverage of leaders and ministers."""
from __future__ import annotations

import pytest

from event_helpers import by_trigger as _by_trigger
from event_helpers import events_of as _events
from newsgraph.extract.actor_codes import code_entity
from newsgraph.extract.actors import extract_entities
from newsgraph.extract.datelines import dateline_dash
from newsgraph.extract.event_actors import actor_of, subject_of
from newsgraph.extract.events import extract_events


def _code(actor):
    return actor.code if actor is not None else None


def test_dateline_is_no_actor(nlp):
    text = "HANOI, Vietnam (AP) \u2014 U.S. Defense Secretary Mark Esper on Wednesday accused China of bullying its neighbours."
    doc = nlp(text)
    assert dateline_dash(next(doc.sents)) is not None
    e = _by_trigger(extract_events(doc, extract_entities(doc), [], "2019-11-20"), "accused")
    assert _code(e.actor1) == "USAMIL"
    assert _code(e.actor2) == "CHN"


def test_sentence_without_dateline_has_none(nlp):
    doc = nlp("NATO members met in Brussels on Monday.")
    assert dateline_dash(next(doc.sents)) is None


def test_dateline_places_only_otherwise_unknown_actors(nlp):
    events = _events(nlp, "LONDON (Reuters) - A judge on Monday rejected the appeal. "
                          "The judge criticised the prosecutors for delays.")
    assert _code(_by_trigger(events, "rejected").actor1) == "GBRJUD"
    events = _events(nlp, "MOSCOW (AP) \u2014 U.S. Secretary of State Mike Pompeo on Friday accused Iran of lying.")
    assert _code(_by_trigger(events, "accused").actor1)[:3] == "USA"


def test_court_takes_the_country_of_its_city_not_of_the_defendant(nlp):
    events = _events(nlp, "Last month, a judge rejected Assange's attempt to delay the hearing, which will take "
                          "place at Westminster Magistrates' Court in London.")
    e = _by_trigger(events, "rejected")
    assert _code(e.actor1) == "GBRJUD"
    assert _code(e.actor2) == "AUS"


def test_police_take_the_country_of_a_region_inside_a_name(nlp):
    events = _events(nlp, "The police invited two senators to appear before the Federal Capital Territory Command.")
    assert _code(_by_trigger(events, "invited").actor1) == "NGACOP"


def test_plural_noun_with_named_apposition_between_dashes(nlp):
    events = _events(nlp, "The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - "
                          "also sharply criticised the US policy shift.")
    e = _by_trigger(events, "criticised")
    assert _code(e.actor1) in ("EGY", "JOR")


def test_relative_clause_antecedent_is_not_its_own_pronoun(nlp):
    doc = nlp("Bloomberg took a few swipes at Trump, whom he called a reckless showman.")
    index = extract_entities(doc)
    he = next(t for t in doc if t.lower_ == "he")
    got = actor_of(he, index)
    assert got is not None and got.name.endswith("Bloomberg")


def test_as_role_describes_the_pronoun(nlp):
    doc = nlp("As governor of Arkansas, he called for lifting the embargo on Cuba.")
    he = next(t for t in doc if t.lower_ == "he")
    assert _code(actor_of(he, extract_entities(doc))) == "USAGOV"


def test_possessive_pronoun_takes_the_person_before_it(nlp):
    doc = nlp("Two of Judge Gorsuch's former colleagues praised his intellect.")
    his = next(t for t in doc if t.lower_ == "his")
    assert _code(actor_of(his, extract_entities(doc))) == "USAJUD"


def test_known_person_is_not_placed_by_the_city_after_the_name(nlp):
    events = _events(nlp, "Modi met Xi Jinping in Chennai.")
    e = _by_trigger(events, "met")
    assert _code(e.actor1) == "INDGOV"
    assert _code(e.actor2) == "CHNGOV"


def test_president_of_a_country_after_the_name(nlp):
    events = _events(nlp, "President Ivan Velasquez of Colombia met the rebels on Monday. "
                          "Velasquez praised the rebels for their commitment.")
    assert _code(_by_trigger(events, "met").actor1) == "COLGOV"
    assert _code(_by_trigger(events, "praised").actor1) == "COLGOV"


def test_plural_office_with_of_phrase(nlp):
    doc = nlp("Last spring the State Department told former secretaries of state to return any work files.")
    tok = next(t for t in doc if t.lower_ == "secretaries")
    got = actor_of(tok, extract_entities(doc))
    assert got is not None and got.code and got.code.endswith("GOV")


def test_apposition_topic_names_no_country(nlp):
    doc = nlp("Mr. Dorsey's remarks led Alan Pryce, publisher of the Harbor Review and a prominent backer "
              "of the war in Afghanistan, to demand that he quit.")
    tok = next(t for t in doc if t.text == "Pryce")
    got = actor_of(tok, extract_entities(doc))
    assert got is None or not (got.code or "").startswith("AFG")


def test_gunman_takes_the_country_of_the_place(nlp):
    events = _events(nlp, "A gunman opened fire at a shopping mall in El Paso, Texas, killing 22 people.")
    assert any(_code(e.actor1) == "USAUAF" for e in events)


def test_seat_of_government_is_inside_evidence(nlp):
    events = _events(nlp, "Lawmakers criticized the White House for the decision.")
    e = _by_trigger(events, "criticized")
    assert _code(e.actor1) == "USALEG"
    assert _code(e.actor2) == "USAGOV"


@pytest.mark.parametrize("name,ent_type,code", [
    ("Dick Clark Productions", "ORG", "BUS"),
    ("Big Machine Records", "ORG", "BUS"),
    ("Acme Corp.", "ORG", "BUS"),
    ("the Taliban", "ORG", "AFGINS"),
    ("al-Shabab", "ORG", "SOMINS"),
    ("Islamic State", "ORG", "INS"),
    ("Hayat Tahrir al-Sham", "ORG", "SYRINS"),
    ("Hamas", "ORG", "PSEREB"),
])
def test_organisation_codes(name, ent_type, code):
    assert code_entity(name, ent_type)[2] == code


def test_record_words_are_no_business():
    assert code_entity("government records", "NOUN")[2] != "BUS"


@pytest.mark.parametrize("name,country", [
    ("Mark Esper", "USA"), ("Mike Pompeo", "USA"), ("Nancy Pelosi", "USA"), ("Boris Johnson", "GBR"),
    ("Dominic Raab", "GBR"), ("Emmanuel Macron", "FRA"), ("Gerald Darmanin", "FRA"), ("Angela Merkel", "DEU"),
    ("Heiko Maas", "DEU"), ("Vladimir Putin", "RUS"), ("Sergei Lavrov", "RUS"), ("Vassily Nebenzia", "RUS"),
    ("Xi Jinping", "CHN"), ("Wang Yi", "CHN"), ("Narendra Modi", "IND"), ("Subrahmanyam Jaishankar", "IND"),
    ("Imran Khan", "PAK"), ("Recep Tayyip Erdogan", "TUR"), ("Ibrahim Kalin", "TUR"), ("Jair Bolsonaro", "BRA"),
    ("Andres Manuel Lopez Obrador", "MEX"), ("Justin Trudeau", "CAN"), ("Scott Morrison", "AUS"),
    ("Shinzo Abe", "JPN"), ("Moon Jae-in", "KOR"), ("Mohammed bin Salman", "SAU"), ("Cyril Ramaphosa", "ZAF"),
    ("Naledi Pandor", "ZAF"), ("Joko Widodo", "IDN"), ("Retno Marsudi", "IDN"), ("Giuseppe Conte", "ITA"),
    ("Luigi Di Maio", "ITA"), ("Alberto Fernandez", "ARG"), ("Volodymyr Zelensky", "UKR"),
    ("Bashar al-Assad", "SYR"), ("Faisal Mekdad", "SYR"), ("Ashraf Ghani", "AFG"), ("Abdul Ghani Baradar", "AFG"),
    ("Hassan Rouhani", "IRN"), ("Benjamin Netanyahu", "ISR"), ("Gabi Ashkenazi", "ISR"), ("Mahmoud Abbas", "PSE"),
    ("Khalifa Haftar", "LBY"), ("Abdul Hamid Dbeibah", "LBY"), ("Nicolas Maduro", "VEN"), ("Jorge Arreaza", "VEN"),
    ("Abed Rabbo Mansour Hadi", "YEM"), ("Abiy Ahmed", "ETH"), ("Muhammadu Buhari", "NGA"), ("Kim Jong Un", "PRK"),
])
def test_people_table_covers_leaders_and_ministers(name, country):
    code = code_entity(name, "PERSON")[2]
    assert code is not None and code[:3] == country


def test_bare_surname_after_full_name_is_the_same_person(nlp):
    events = _events(nlp, "Juan Carlos Pinzon, Colombia's ambassador, spoke on Monday. "
                          "Pinzon criticised Venezuela for harbouring rebels.")
    e = _by_trigger(events, "criticised")
    assert _code(e.actor1) == "COLGOV"


def test_subject_of_a_dash_apposition_sentence(nlp):
    doc = nlp("The two neighbours - Peru and Chile - condemned the attack.")
    verb = next(t for t in doc if t.lemma_ == "condemn")
    subj = subject_of(verb)
    assert subj is not None and subj.text in ("Peru", "Chile", "neighbours")


@pytest.mark.parametrize("text,word,code", [
    ("Hamas officials rejected the proposal.", "officials", "PSEREB"),
    ("Taliban fighters attacked a checkpoint in Ghazni.", "fighters", "AFGINS"),
    ("US forces killed an al-Qaeda leader in Syria.", "leader", "SYRINS"),
    ("NATO allies criticised Turkey.", "allies", "IGOWSTNAT"),
])
def test_members_of_a_named_group_act_for_it(nlp, text, word, code):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert _code(actor_of(tok, extract_entities(doc))) == code


def test_place_after_a_person_word_gives_the_country_not_the_sector(nlp):
    doc = nlp("Israeli troops shot dead a Palestinian man in the West Bank.")
    tok = next(t for t in doc if t.text == "man")
    assert _code(actor_of(tok, extract_entities(doc))) == "PSE"


def test_pronoun_in_relative_clause_finds_untagged_politician(nlp):
    doc = nlp("Trump attacked the Federal Reserve, which he blamed for slowing growth.")
    he = next(t for t in doc if t.lower_ == "he")
    assert _code(actor_of(he, extract_entities(doc))) == "USAGOV"


def test_possessive_is_not_its_own_clause_subject(nlp):
    doc = nlp("Vindman had become frustrated over his exclusion from meetings.")
    his = next(t for t in doc if t.lower_ == "his")
    assert actor_of(his, extract_entities(doc)) is None


@pytest.mark.parametrize("title,context,code", [
    ("Hamas spokesman", None, "PSEREB"),
    (None, "a spokesman for the State Department", "USAGOV"),
    (None, "staff lawyer at the Center for Coastal Wildlife", "NGO"),
    ("Senator", None, "USALEG"),
])
def test_person_coded_through_the_body_their_title_names(title, context, code):
    assert code_entity("John Smithfield", "PERSON", title, context)[2] == code


def test_person_who_heads_a_body_speaks_for_it(nlp):
    doc = nlp("John Smithfield, who heads the Alliance for American Manufacturing, praised the tariffs.")
    tok = next(t for t in doc if t.text == "Smithfield")
    got = actor_of(tok, extract_entities(doc))
    assert got is not None and (got.code or "").startswith("USA")


@pytest.mark.parametrize("text,word,code", [
    ("FBI agents arrested him at his home.", "agents", "USACOP"),
    ("The Gay and Lesbian Alliance Against Defamation urged its members to give money.", "Gay", "NGO"),
])
def test_staff_of_an_institution_and_names_split_by_and(nlp, text, word, code):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert _code(actor_of(tok, extract_entities(doc))) == code


def test_capital_before_residents_is_no_government(nlp):
    doc = nlp("Beijing residents protested against the plan.")
    tok = next(t for t in doc if t.text == "residents")
    assert not (_code(actor_of(tok, extract_entities(doc))) or "").endswith("GOV")


def test_dateline_place_name_in_mixed_case(nlp):
    doc = nlp("Indianapolis \u2013 Several thousand teachers surrounded the Statehouse on Tuesday to call for better pay.")
    tok = next(t for t in doc if t.text == "teachers")
    got = actor_of(tok, extract_entities(doc))
    assert got is None or got.name != "Indianapolis"


def test_senator_in_a_foreign_story_takes_its_home(nlp):
    text = ("Senator Dino Melaye and Senator Ben Murray-Bruce have dragged the Inspector-General of Police to court. "
            "The move was over their invitation by the Nigeria Police in Abuja. "
            "The lawmakers led a protest march in Abuja on Friday against the Independent National Electoral "
            "Commission of Nigeria. The police had invited Melaye to appear before the Federal Capital Territory "
            "Command in Abuja.")
    doc = nlp(text)
    index = extract_entities(doc)
    melaye = next(e for e in index.entities if e.name.endswith("Melaye"))
    assert melaye.code == "NGALEG"


def test_institution_inside_an_organisation_name():
    assert code_entity("Federal Reserve Bank of New York", "ORG")[2] == "USAGOV"


def test_pronoun_opening_a_sentence_continues_the_previous_subject(nlp):
    events = _events(nlp, "Trump arrived in Tokyo on Monday. He criticised China over its trade practices.")
    assert _code(_by_trigger(events, "criticised").actor1) == "USAGOV"
    events = _events(nlp, "Protesters gathered outside parliament on Sunday. They demanded the resignation of the "
                          "prime minister.")
    e = _by_trigger(events, "demanded")
    assert e.actor1 is not None and e.actor1.name == "Protesters"


def test_the_group_is_not_the_government_body_named_last(nlp):
    doc = nlp("Safari Club International sued the Interior Department on Tuesday. "
              "The group accused the agency of ignoring science.")
    index = extract_entities(doc)
    group = next(t for t in doc if t.lower_ == "group")
    ent = index.by_title(group)
    assert ent is None or "Interior" not in ent.name


def test_cause_group_takes_the_story_country(nlp):
    events = _events(nlp, "The Center for Biological Diversity sued the Interior Department, and the National Rifle "
                          "Association backed the agency.")
    e = _by_trigger(events, "sued")
    assert _code(e.actor1) == "USANGO"


def test_phrases_that_only_look_like_a_body_code_nothing():
    assert code_entity("civil unions", "NOUN")[2] is None
    assert code_entity("a customs union", "NOUN")[2] is None
    assert code_entity("labor unions", "NOUN")[2] == "LAB"


def test_second_passive_shares_the_first_ones_subject(nlp):
    events = _events(nlp, "The Russian proposal was opposed by Germany but welcomed by France.")
    e = _by_trigger(events, "welcomed")
    assert _code(e.actor1) == "FRA"
    assert _code(e.actor2) == "RUS"


def test_country_naming_an_inquiry_is_its_topic_not_a_side(nlp):
    e = _by_trigger(_events(nlp, "Trump assailed the Russia investigation as a witch hunt."), "assailed")
    assert _code(e.actor1) == "USAGOV"
    assert e.actor2 is None
    events = _events(nlp, "The Senate investigation of Russia began.")
    assert any(_code(e.actor2) == "RUS" for e in events)


def test_the_country_points_back_to_the_country_named_before(nlp):
    events = _events(nlp, "Many troops remain in Afghanistan, years after Washington invaded the country.")
    e = _by_trigger(events, "invaded")
    assert _code(e.actor2) == "AFG"
    doc = nlp("Trump said Mexico must stop migrants from entering the country.")
    assert actor_of(doc[9], extract_entities(doc)) is None  # the acting subject is not the country meant


def test_person_described_as_a_leaders_relative_takes_the_country_not_the_office(nlp):
    events = _events(nlp, "The reporter criticized Andrew, Queen Elizabeth II's third child, for the interview.")
    assert _code(_by_trigger(events, "criticized").actor2) == "GBR"
