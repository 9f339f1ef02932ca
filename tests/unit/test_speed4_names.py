"""The shortcuts of the speed4 round give the answers of the work they skip: the title
prefilter of name_claims, the tokens _role_people shares with _outcomes, the remembered
surnames and topic comparisons."""

from __future__ import annotations

import pytest

from factcheck.extract.names import (
    _ROLE_TOKEN,
    _outcomes,
    _role_people,
    _slots,
    _surnames,
    _titled,
    surname,
)
from factcheck.match import _names_agree, _owner_in_topic, _topics_agree

# sentences of several fields: sport, politics, courts, business, shipping, science
SENTENCES = [
    "Halden Rovers beat Ostby 3-1 on Saturday, and Tom Lane was second in the sprint.",
    "Ana Ruiz, the chief executive of Greyfield Mining, said output rose 4%.",
    "The talks were chaired by mediator Dana Ostrowe, who has led them since May.",
    "Judge Ana Ruiz ruled that Tornby Shipping must pay $2 million.",
    "Labour won the election, with the Greens a distant third.",
    "Referee: Tom Lane",
    "Climatologist Hanne Voss said the ice shelf lost 12% of its mass.",
    "Chief Risk Officer, Lena Marsh, declined to comment.",
    "Deputy Governor Paulo Resk told reporters the bank would hold rates.",
    "No one named here holds a role in this sentence about 2024 sales.",
]

# names as name_claims meets them: capitalised runs, with and without a role first
NAMES = [
    "Judge Ana Ruiz", "Ana Ruiz", "Chief Executive Tom Lane", "Deputy Governor Paulo Resk",
    "Greyfield Mining", "Halden Rovers", "CEO Lena Marsh", "Mediator Dana Ostrowe",
    "Tornby Shipping", "Flight 1282", "Captain Ahab", "Governors Cup", "Justice League",
    "Professor Hanne Voss", "Dr. Paulo Resk", "Ålesund Harbour", "de Beers", "Magistrate X",
]


@pytest.mark.parametrize("name", NAMES)
def test_titled_is_the_title_pattern(name: str) -> None:
    assert _titled(name) == (_slots().title.match(name) is not None)


@pytest.mark.parametrize("sent", SENTENCES)
def test_outcomes_with_shared_tokens(sent: str) -> None:
    tokens = _ROLE_TOKEN.findall(sent.lower())
    assert _outcomes(sent, tokens) == _outcomes(sent)


def test_role_people_still_reads_outcomes_and_roles() -> None:
    assert _role_people(SENTENCES[0]).get("Tom Lane") == "second"
    assert _role_people(SENTENCES[1]).get("Ana Ruiz") == "chief executive"
    assert _role_people(SENTENCES[3]).get("Ana Ruiz") == "judge"
    assert _role_people(SENTENCES[9]) == {}


def test_surnames_remembered_alike() -> None:
    topic = ("Ana Ruiz KC", "Ruiz's", "Tom de Lane", "Halden Rovers")
    assert _surnames(topic) == frozenset(surname(p) for p in topic)
    assert surname("Ana Ruiz KC") == "ruiz"
    assert surname("Ruiz's") == "ruiz"


def test_topic_comparisons_remembered_alike() -> None:
    x = ("Greyfield Mining", "Ana Ruiz")
    y = ("Tornby Shipping", "Greyfield")
    z = ("Halden Rovers",)
    assert _topics_agree(x, y) == any(_names_agree(p, q) for p in x for q in y)
    assert _topics_agree(x, y)
    assert not _topics_agree(x, z)
    assert _owner_in_topic("Greyfield", x)
    assert not _owner_in_topic("Ostby", x)
