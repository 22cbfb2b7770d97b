"""Indirect-speech cues outside the old word lists, added by class (session 23, AREA cues):
- verbs that criticise someone FOR something (reprimand, admonish, chastise, censure, upbraid, excoriate, lambast,
  pillory, vilify), in object_verbs and needs_more_verbs like 'rebuke' and 'scold': 'X for Y' is reported, a bare
  object ('reprimanded the clerk') is not;
- verbs that tell an addressee a clause (alert, apprise), in clause_verbs and addressee_verbs like 'notify';
- 'made (it) plain / known that ...' beside 'made (it) clear that ...' (speaker_syntax.MADE_PLAIN);
- urging verbs with a to-infinitive (exhort, entreat, beseech), listed like 'implore'; 'persuade' (an act, not speech)
  stays out;
- 'detail' with a clause ('the audit detailed how ...'), not with a bare object; the noun 'criticism' with a
  that-clause ('criticism from X that ...'), not alone.
All names, places and outlets are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("verb", ["reprimanded", "admonished", "chastised", "censured", "upbraided"])
def test_criticising_verb_with_for(run, verb):
    got = pairs(run(f"Governor Lida Ferren {verb} the port authority for delaying the tender by six months."))
    assert ("Lida Ferren", "the port authority for delaying the tender by six months") in got, got


def test_criticising_verb_with_bare_object_is_no_report(run):
    assert run("Governor Lida Ferren reprimanded the clerk on Tuesday.") == []


@pytest.mark.parametrize("verb", ["alerted", "apprised"])
def test_addressee_verb_with_that_clause(run, verb):
    got = pairs(run(f"Harbour chief Osman Talvi {verb} shipping firms that the northern channel would close at dawn."))
    assert ("Osman Talvi", "the northern channel would close at dawn") in got, got


def test_alert_without_clause_is_no_report(run):
    assert run("A neighbour alerted the fire brigade shortly after midnight.") == []


@pytest.mark.parametrize("word", ["plain", "known"])
def test_made_plain_or_known_that(run, word):
    got = pairs(run(f"Deputy Mayor Rhea Kolst made it {word} that the tram line would not be extended."))
    assert ("Rhea Kolst", "the tram line would not be extended") in got, got


def test_made_known_without_clause_is_no_report(run):
    assert run("The results of the inquiry were made known to the families last week.") == []


def test_exhort_with_infinitive(run):
    got = pairs(run("Union leader Ama Torv exhorted members to reject the offer."))
    assert ("Ama Torv", "members to reject the offer") in got, got


def test_persuade_is_no_speech_cue(run):
    """Persuading is an act, not speech: it stays out of the lexicon."""
    assert run("Envoy Carel Minst sought to persuade the militia to free the aid workers.") == []


def test_detailed_how_clause(run):
    got = pairs(run("The inspectors' audit detailed how the depot had paid suppliers twice for the same fuel."))
    assert [text for _, text in got] == ["the depot had paid suppliers twice for the same fuel"] or \
        [text for _, text in got] == ["how the depot had paid suppliers twice for the same fuel"], got


def test_detailed_bare_object_is_no_report(run):
    assert run("The inspectors' audit detailed the cost of each repair.") == []


def test_criticism_noun_with_that_clause(run):
    got = pairs(run("There was criticism from market traders that the new fees would drive stalls away."))
    assert ("market traders", "the new fees would drive stalls away") in got, got


def test_criticism_without_clause_is_no_report(run):
    assert run("The plan drew criticism from walking groups.") == []
