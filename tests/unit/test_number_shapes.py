"""Common shapes of numbers read as the figure they are: ratios in words, signed
comparatives, spelled adjectives; and the non-figures that look like them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.extract.figures import find_figures, overlaps, parse_quantity
from factcheck.extract.numwords import digitise
from factcheck.load import load_one
from factcheck.models import FigureClaim


def claims(tmp_path: Path, sentence: str) -> list[FigureClaim]:
    page = tmp_path / "a.md"
    page.write_text(f"---\ntitle: Harbour update\ndate: 2026-05-04\nsource: Wire\n---\n\n"
                    f"{sentence}\n", "utf-8")
    return [c for c in extract(load_one(str(page), "a.md")) if isinstance(c, FigureClaim)]


def _figures(text: str) -> list[tuple[str, str, float | None, float]]:
    digits = digitise(text)
    return [(f.text, f.quantity.unit, f.quantity.low, f.quantity.step)
            for f in find_figures(digits)]


@pytest.mark.parametrize(("text", "share", "step"), [
    ("Eight in ten dairy farms reported lower yields after the drought", 80.0, 10.0),
    ("one in four cargo ships was held at anchor", 25.0, 10.0),
    ("Two out of three growers sold below cost", 66.7, 10.0),
    ("one in every five dockworkers joined the walkout", 20.0, 10.0),
    ("3 in 20 flights were diverted", 15.0, 5.0),
    ("3 in 100 passengers missed their connection", 3.0, 1.0),
])
def test_a_ratio_in_words_is_a_share_of_its_noun(text: str, share: float, step: float) -> None:
    found = [f for f in find_figures(digitise(text)) if f.quantity.unit == "%"]
    assert len(found) == 1
    q = found[0].quantity
    assert q.low == q.high == share
    assert q.step == pytest.approx(step)
    assert found[0].noun is not None


def test_a_ratio_agrees_with_the_percentage_its_words_round() -> None:
    nine = next(f.quantity for f in find_figures(digitise("nine in ten flights left late")))
    near = parse_quantity("88%")
    far = parse_quantity("70%")
    assert near is not None and far is not None
    assert overlaps(nine, near)
    assert not overlaps(nine, far)


@pytest.mark.parametrize("text", [
    "The ferry crossed 3 in 10 minutes",       # a time, not a share
    "rain fell on 2 in 3 months",               # a time
    "The mill opened 3 in 2024",                # a year
    "the vineyard sold 5 in 4 crates",          # the part exceeds the whole
    "the umpire ruled 1 in 10 and play went on",  # no plural noun counted
    "Gate 4 in 12 hours",                           # a name's number
    "Platform 2 in 3 trains' timetables",           # a name's number
])
def test_no_share_from_numbers_that_are_no_ratio(text: str) -> None:
    assert all(f.quantity.unit != "%" for f in find_figures(digitise(text)))


@given(st.integers(1, 50), st.integers(2, 60))
def test_a_ratio_share_is_part_over_whole(part: int, whole: int) -> None:
    found = find_figures(f"{part} in {whole} tenants signed the petition")
    shares = [f.quantity for f in found if f.quantity.unit == "%"]
    if part < whole:
        assert len(shares) == 1
        assert shares[0].low == round(100 * part / whole, 1)
    else:
        assert shares == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Asthma patients on the inhaler had 2.6 fewer attacks a month.", -2.6),
    ("The harbour handled 1.4 million fewer containers last year.", -1.4e6),
    ("The theatre drew 1,500 less visitors over the winter.", -1500.0),
    ("The vineyard took on 40 more pickers for the harvest.", 40.0),
])
def test_a_comparative_after_a_count_is_a_signed_change(tmp_path: Path, sentence: str,
                                                        value: float) -> None:
    [claim] = [c for c in claims(tmp_path, sentence) if c.quantity.unit == "count"]
    assert "change" in claim.modifiers
    assert claim.quantity.low == claim.quantity.high == value


def test_a_signed_count_and_a_comparative_tell_one_move(tmp_path: Path) -> None:
    [told] = claims(tmp_path, "Asthma patients on the inhaler had 2.6 fewer attacks a month.")
    [signed] = claims(tmp_path, "Asthma patients on the inhaler saw -2.6 attacks a month.")
    assert "change" in signed.modifiers
    assert told.quantity.low == signed.quantity.low == -2.6


@pytest.mark.parametrize("sentence", [
    "The ferry carried 300 more than its licence allowed.",   # a comparison, not a count
    "The vineyard employs 40 pickers and more arrive in June.",  # no comparative after it
])
def test_no_change_from_a_comparison_or_a_later_more(tmp_path: Path, sentence: str) -> None:
    assert all("change" not in c.modifiers for c in claims(tmp_path, sentence))


@pytest.mark.parametrize(("text", "share", "noun"), [
    ("A quarter of the packhouse workforce walked out", 25.0, "packhouse workforce"),
    ("Half of the 1,200 dockers joined the picket", 50.0, "dockers"),
    ("Two thirds of its members voted to accept the offer", 66.7, "members"),
    ("a third of their wheat crop was lost to hail", 33.3, "wheat crop"),
])
def test_a_fraction_of_a_whole_is_a_share_of_it(text: str, share: float, noun: str) -> None:
    [found] = [f for f in find_figures(digitise(text)) if f.quantity.unit == "%"]
    assert found.quantity.low == share
    assert found.noun == noun


@pytest.mark.parametrize("text", [
    "In the first half of the season the club won nine games",
    "the other half of the deal fell through",
    "a quarter of the way into the voyage",
    "Rain fell for half of the match",
    "a third of the time the ferry ran late",
    "profit rose in the third quarter of the year",
    "she was one of the first growers to sign",
    "half a dozen trawlers",
])
def test_no_share_from_a_fraction_of_a_time_or_a_part(text: str) -> None:
    assert all(f.quantity.unit != "%" for f in find_figures(digitise(text)))


def test_half_of_a_count_keeps_the_count_as_a_whole(tmp_path: Path) -> None:
    found = claims(tmp_path, "Half of the 1,200 dockers joined the picket on Monday.")
    assert {c.quantity.unit for c in found} == {"%", "count"}
    [count] = [c for c in found if c.quantity.unit == "count"]
    assert count.quantity.low == 1200


@pytest.mark.parametrize(("text", "bound", "low"), [
    ("Just over half of growers signed the petition", "at_least", 50.0),
    ("About a third of voters stayed home in the storm", "approx", 33.3),
    ("nearly nine in ten ferries sailed on time", "approx", 90.0),
])
def test_a_share_keeps_the_bound_its_words_tell(text: str, bound: str, low: float) -> None:
    [found] = [f for f in find_figures(digitise(text)) if f.quantity.unit == "%"]
    assert found.quantity.bound == bound
    assert found.quantity.low == low
    if bound == "at_least":
        assert found.quantity.high is not None  # "just over": near the bound


@pytest.mark.parametrize(("text", "want"), [
    ("Two thousand five hundred shearers struck", "2,500 shearers struck"),
    ("three thousand, four hundred and twelve ewes were lost",
     "3,412 ewes were lost"),
    ("A hundred lifeboat crew took part", "100 lifeboat crew took part"),
    ("about a thousand spectators watched the final", "about 1 thousand spectators watched "
                                                      "the final"),
    ("a million tonnes of grain", "1 million tonnes of grain"),
    ("fourteen new depots and twelve regional hubs", "14 new depots and 12 regional hubs"),
    ("two million passengers", "2 million passengers"),
])
def test_compound_and_article_numbers_in_prose(text: str, want: str) -> None:
    assert digitise(text) == want


@pytest.mark.parametrize("text", [
    "a hundred-year flood", "the third quarter", "one of the jockeys",
])
def test_ordinals_and_parts_stay_words(text: str) -> None:
    assert digitise(text) == text


def test_odds_are_no_figure() -> None:
    assert find_figures(digitise("a one in a million chance of frost")) == []


def test_a_compound_is_one_count() -> None:
    [fig] = find_figures(digitise("Two thousand five hundred shearers struck"))
    assert fig.quantity.low == 2500 and fig.noun == "shearers"


def test_a_scale_counting_nothing_stays_words() -> None:
    assert find_figures(digitise("The co-operative borrowed a little less than a billion.")) == []


def test_a_share_of_a_group_is_measured_by_its_verb(tmp_path: Path) -> None:
    [backed] = claims(tmp_path, "In the Dunmore ballot, 31% of dockers backed the pay offer.")
    [opposed] = claims(tmp_path, "In the Dunmore ballot, 60% of dockers opposed the pay offer.")
    assert backed.head == opposed.head == "docker"
    assert backed.predicate != opposed.predicate


def test_two_verbs_of_one_group_are_no_contradiction(tmp_path: Path) -> None:
    from factcheck import check
    for name, outlet, body in (("a.md", "Wire A", "31% of dockers backed the pay offer"),
                               ("b.md", "Wire B", "60% of dockers opposed the pay offer")):
        (tmp_path / name).write_text(f"---\ntitle: Dock ballot\ndate: 2026-05-04\n"
                                     f"source: {outlet}\n---\n\nIn the Dunmore ballot, "
                                     f"{body}.\n", "utf-8")
    report = check([str(tmp_path)])
    assert all(f.verdict != "contradicted" for f in report.findings)


def test_a_participle_after_the_group_is_no_verb(tmp_path: Path) -> None:
    [claim] = claims(tmp_path, "Dizziness was reported by 6% of growers using the spray.")
    assert claim.predicate != "using"


def test_a_time_back_after_a_figure_is_no_rate(tmp_path: Path) -> None:
    # "£30m a year earlier" is last year's sum, "$590 a month" a rate
    [_, then] = claims(tmp_path, "The club posted a loss of £12m, down from £30m a year "
                                   "earlier.")
    assert not any(m.startswith("per ") for m in then.modifiers)
    [rate] = claims(tmp_path, "Membership of the club costs $590 a month.")
    assert "per month" in rate.modifiers


@pytest.mark.parametrize(("sentence", "noun"), [
    ("Wardens counted 37 geese on the lake.", "geese"),
    ("The ferry carried 48 sheep and a tractor.", "sheep"),
    ("Surveyors found 41 mice in the grain store.", "mice"),
])
def test_a_plural_without_an_s_is_counted(tmp_path: Path, sentence: str, noun: str) -> None:
    # numbers.yaml `irregular_plurals`: a small count before one is a count of it
    assert [c.head for c in claims(tmp_path, sentence)] == [noun]


@pytest.mark.parametrize(("text", "value"), [
    # a spaced "m" ending its clause after a number of no currency is metres
    ("The pass tops out at 1,980 m, the highest road in the region.", "m 1980"),
    ("The new runway is 3,200 m.", "m 3200"),
    # ... never a counted noun, and after a currency no length ("$5 m" is money)
    ("The repairs cost $5 m, the council said.", None),
    ("The speed limit is 30 m.p.h. on the bridge.", None),
    ("Some 2,140 m of new cable was laid.", None),
])
def test_a_lone_m_ending_its_clause_is_metres(text: str, value: str | None) -> None:
    found = find_figures(text)
    assert all(f.noun != "m" for f in found)
    assert (value in [f.quantity.value for f in found]) if value else all(
        f.quantity.unit != "m" for f in found)


def test_astronomical_lengths_are_lengths() -> None:
    # units.yaml: an astronomical unit and a light-year are lengths, whatever the spelling
    [au] = find_figures("The probe will pass the asteroid at 2.7 AU in June.")
    [spelled] = find_figures("The probe will pass the asteroid at 2.7 astronomical units.")
    assert au.quantity.unit == spelled.quantity.unit == "m"
    assert au.quantity.low == spelled.quantity.low
    [far] = find_figures("The nebula lies 1,300 light-years from the Sun.")
    assert far.quantity.unit == "m" and far.quantity.low is not None and far.quantity.low > 1e19
    # "AU" before a verb is a body's name, no unit
    assert all(f.quantity.unit != "m" for f in find_figures("The AU said 5 members agreed."))


def test_an_attached_m_ending_a_line_is_no_length() -> None:
    # "collected in 2m": a timestamp, not two metres (only a spaced "m" ends a length)
    assert all(f.quantity.unit != "m" for f in find_figures("Freshly collected in 2m."))


@pytest.mark.parametrize(("sentence", "keys"), [
    # a bare count told by a copula and what happened to those it counts
    ("Rescuers said 212 people had been hurt and 17 were still missing.",
     ["figure|injuries|count", "figure|missing|count"]),
    # "unaccounted for" is missing (metrics.yaml)
    ("UPDATE: 17 climbers still unaccounted for.", ["figure|missing|count"]),
    # a measure ending the clause before "and" is no measure of the figure after it when
    # the figure's own clause names one
    ("The blast injured 64 workers and 9 remain missing.",
     ["figure|injuries|count", "figure|missing|count"]),
])
def test_an_outcome_after_a_copula_measures_its_count(tmp_path: Path, sentence: str,
                                                      keys: list[str]) -> None:
    assert [c.key for c in claims(tmp_path, sentence)] == keys
