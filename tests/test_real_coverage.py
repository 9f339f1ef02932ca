"""Real coverage, any field: one fact told in other words is one fact, and only a real
disagreement is a contradiction. Each case is a small folder of articles written for the
test (elections, disasters, sport, courts, shipping, central banks), checked end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.models import FigureClaim, Finding, Report
from pages import article, holding, run


def verdicts(report: Report, *needles: str) -> set[str]:
    return {f.verdict for f in holding(report, *needles)}


def of_kind(report: Report, kind: str | None, *needles: str) -> list[Finding]:
    """The findings holding each needle, of one kind (any, when None)."""
    return [f for f in holding(report, *needles) if kind is None or f.kind == kind]


def clashes(report: Report, *needles: str, kind: str | None = None) -> list[Finding]:
    """The contradicted findings holding each needle (of one kind, when given)."""
    return [f for f in of_kind(report, kind, *needles) if f.verdict == "contradicted"]


def figure_claims(path: Path, text: str) -> list[FigureClaim]:
    """The figure claims of one file holding `text`."""
    from factcheck.extract import extract
    from factcheck.load import load_one

    path.write_text(text, encoding="utf-8")
    return [c for c in extract(load_one(str(path), path.name)) if isinstance(c, FigureClaim)]


def ranks_told(path: Path, text: str) -> list[str]:
    """The ranks a dated page holding `text` states, by value."""
    claims = figure_claims(path, page("Standings Weekly", "2026-03-09", "Rankings", text))
    return [c.quantity.value for c in claims if c.quantity.unit == "rank"]


def figure_periods(path: Path, text: str) -> dict[str, str | None]:
    """The period of each figure one file states, by its value."""
    return {c.quantity.value: c.period for c in figure_claims(path, text)}


page = article  # a dated article of one outlet


def test_spelled_out_counts_agree_and_exact_counts_must_be_equal(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Harbour Herald", "2025-08-02", "Ferry runs aground off Skye",
                     "The ferry was carrying forty-two passengers and six crew members when "
                     "it struck rocks near the harbour."),
        "b.md": page("Island Radio", "2025-08-02", "Skye ferry grounded",
                     "The vessel, carrying 46 passengers and six crew members, was towed "
                     "back to port."),
        "c.md": page("Coast Wire", "2025-08-03", "Ferry refloated",
                     "The ferry had been carrying 42 passengers and 6 crew members at the "
                     "time, the operator said."),
    })
    clash = [f for f in holding(report, "forty-two passengers", "46 passengers")
             if f.verdict == "contradicted"]
    assert len(clash) == 1 and report.summary.contradicted == 1
    crew = [f for f in holding(report, "six crew members when", "6 crew members at")
            if {c.value for c in f.claims} == {"count 6"}]
    assert [f.verdict for f in crew] == ["corroborated"]


def test_two_parties_seats_are_two_facts(tmp_path: Path) -> None:
    """"Labour won 412 seats" and "the Conservatives won 121 seats" never clash."""
    report = run(tmp_path, {
        "a.md": page("Capital Times", "2026-05-08", "Greens sweep the regional vote",
                     "The Greens won 58 seats in the regional assembly on Thursday.",
                     "The Liberals won 31 seats, their worst result in decades."),
        "b.md": page("Valley Post", "2026-05-08", "Regional election results",
                     "The Liberals won 31 seats while the Greens won 58 seats."),
    })
    assert report.summary.contradicted == 0
    assert "corroborated" in verdicts(report, "Greens won 58 seats in", "Greens won 58 seats.")


def test_a_rising_toll_on_other_days_is_no_contradiction(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Andes Daily", "2025-03-09", "Landslide toll rises",
                     "The death toll from the landslide has risen to 212, officials said on "
                     "Saturday."),
        "b.md": page("Pacific Wire", "2025-03-11", "Landslide: rescue ends",
                     "The number of people killed in the landslide has climbed to 346, the "
                     "ministry said on Monday."),
    })
    assert report.summary.contradicted == 0


def test_written_precision_decides(tmp_path: Path) -> None:
    """"$3.2 billion" is 3.15 to 3.25 billion: "$3.38 billion" of the same fact clashes,
    "about $3.2 billion" and "$3.24 billion" agree."""
    (tmp_path / "clash").mkdir()
    clash = run(tmp_path / "clash", {
        "a.md": page("Court News", "2025-06-12", "Record fine upheld",
                     "The appeals court upheld a fine of $3.2 billion against the miner on "
                     "Wednesday."),
        "b.md": page("Legal Ledger", "2025-06-12", "Miner loses appeal",
                     "The appeals court upheld a fine of $3.38 billion against the miner on "
                     "Wednesday."),
    })
    assert clash.summary.contradicted == 1
    (tmp_path / "agree").mkdir()
    agree = run(tmp_path / "agree", {
        "a.md": page("Court News", "2025-06-12", "Record fine upheld",
                     "The appeals court upheld a fine of about $3.2 billion against the miner "
                     "on Wednesday."),
        "b.md": page("Legal Ledger", "2025-06-12", "Miner loses appeal",
                     "The appeals court upheld a fine of $3.24 billion against the miner on "
                     "Wednesday."),
    })
    assert agree.summary.contradicted == 0
    assert agree.summary.corroborated >= 1


def test_a_price_per_share_is_no_earnings_per_share(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Deal Desk", "2025-02-03", "Snack maker agrees sale",
                     "Orchard Foods will pay $58.50 a share in cash for Crumb & Co, the "
                     "companies said."),
        "b.md": page("Market Wire", "2025-02-03", "Crumb results",
                     "Crumb & Co earned $1.10 a share in the quarter, the company said."),
    })
    assert report.summary.contradicted == 0


def test_a_place_two_outlets_name_corroborates(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Atlantic Post", "2025-01-20", "Diverted flight lands safely",
                     "The jet landed safely at Gander International Airport after the crew "
                     "reported smoke."),
        "b.md": page("Aviation Brief", "2025-01-20", "Smoke forces diversion",
                     "The aircraft diverted and touched down at Gander International Airport "
                     "an hour later."),
    })
    found = holding(report, "landed safely at Gander", "touched down at Gander")
    assert [f.verdict for f in found] == ["corroborated"]
    assert report.summary.contradicted == 0


def test_a_multiplier_is_a_figure(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Rail Review", "2025-04-01", "New line opens",
                     "The new trains are three times faster than the old ones, the operator "
                     "said."),
        "b.md": page("Transit Today", "2025-04-01", "Faster trains",
                     "The operator said its new trains are 3 times faster than the old ones."),
    })
    assert "corroborated" in verdicts(report, "three times faster", "3 times faster")


def test_a_sentence_with_two_figures_gives_each_its_own(tmp_path: Path) -> None:
    """Deliveries and production told in one sentence are two facts: a clash in one is
    no clash in the other."""
    report = run(tmp_path, {
        "a.md": page("Auto Daily", "2025-10-02", "Carmaker third quarter",
                     "The carmaker delivered 98,417 cars in the third quarter of 2025 and "
                     "produced 101,220."),
        "b.md": page("EV Notes", "2025-10-02", "Q3 numbers",
                     "In the third quarter of 2025 the carmaker delivered 98,417 cars."),
    })
    assert report.summary.contradicted == 0
    assert "corroborated" in verdicts(report, "delivered 98,417 cars in", "delivered 98,417 cars.")


def test_named_things_counted_are_different_things(tmp_path: Path) -> None:
    """One maker's two products in one week are two facts, however alike the sentences."""
    report = run(tmp_path, {
        "a.md": page("Cycle News", "2025-05-06", "Spring sales",
                     "Pedalworks said it sold 1,037 Lumora bikes in the first week."),
        "b.md": page("Bike Trade", "2025-05-06", "Spring sales",
                     "Pedalworks said it sold 6,365 Velora bikes in the first week."),
        "c.md": page("Wheel Weekly", "2025-05-07", "Spring sales",
                     "Pedalworks said it sold 1,037 Lumora bikes in the first week."),
    })
    assert report.summary.contradicted == 0
    assert "corroborated" in verdicts(report, "1,037 Lumora")


def test_a_five_digit_count_is_one_fact_whoever_seems_to_own_it(tmp_path: Path) -> None:
    """Two outlets give one exact attendance to different names (the ground, the club):
    five written digits name the fact."""
    report = run(tmp_path, {
        "a.md": page("Terrace Talk", "2026-02-15", "Derby day in numbers",
                     "Riverside Park held 48,213 spectators on Saturday."),
        "b.md": page("Matchday Wire", "2026-02-15", "Rovers edge Dockside in the derby",
                     "Rovers beat Dockside on Saturday afternoon.",
                     "Rovers drew a crowd of 48,213 for the derby with Dockside, the club "
                     "said."),
    })
    assert "corroborated" in verdicts(report, "held 48,213 spectators", "crowd of 48,213")
    assert report.summary.contradicted == 0


def test_a_figure_of_no_one_never_clashes_with_a_named_owners(tmp_path: Path) -> None:
    """A page that names no one may agree with anyone's figure, but "prices rose 3.1%"
    is not a contradiction of the central bank's own gauge rising 2.4%."""
    report = run(tmp_path, {
        "a.md": page("Market Brief", "2026-07-15", "Prices climb again",
                     "Consumer prices rose 3.1% in June from a year earlier."),
        "b.md": page("Euro Desk", "2026-07-30", "ECB watch",
                     "The ECB's preferred inflation gauge rose 2.4% in June, the ECB said."),
    })
    assert report.summary.contradicted == 0


def test_a_company_named_in_passing_is_not_what_a_story_is_about(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Lake News", "2025-06-02", "Tour boat sinks on the lake",
                     "The tour boat was carrying 38 passengers when it capsized, and a video "
                     "of the rescue spread on TikTok."),
        "b.md": page("Shore Wire", "2025-06-02", "Lake rescue",
                     "All 38 passengers were pulled from the water, police said."),
    })
    subjects = [f.subject for f in holding(report, "38 passengers")]
    assert subjects and not any("ByteDance" in s for s in subjects)


def test_one_toll_told_with_other_nouns_for_people_agrees(tmp_path: Path) -> None:
    """"Nine miners", "nine workers" and "nine people" killed are one count of one kind."""
    report = run(tmp_path, {
        "a.md": page("Valley Courier", "2026-04-03", "Mine collapse in Tarrow",
                     "The roof fall killed nine men at the Tarrow colliery."),
        "b.md": page("Mining Weekly", "2026-04-03", "Tarrow colliery disaster",
                     "Nine workers were killed when the roof of the Tarrow colliery gave way."),
        "c.md": page("Radio North", "2026-04-04", "Tarrow mourns",
                     "The collapse at the Tarrow colliery killed nine people."),
    })
    found = [f for f in holding(report, "killed nine men", "Nine workers were killed",
                                "killed nine people") if f.verdict == "corroborated"]
    assert found and report.summary.contradicted == 0


def test_one_dated_figure_in_passing_gives_no_period_to_the_rest(tmp_path: Path) -> None:
    periods = figure_periods(tmp_path / "a.md", page(
        "Harbor Tech", "2026-03-02", "Quayside robotics plant opens",
        "Quayside, which raised $40 million in 2019, opened its plant on Monday.",
        "The plant employs 1,250 workers."))
    assert periods == {"USD 40000000": "2019", "count 1250": None}


def test_one_count_of_chips_told_three_ways_agrees(tmp_path: Path) -> None:
    """"powered by" is no power figure, "GPUs" is no name, and "graphics processing
    units" is one counted thing however many words it takes."""
    report = run(tmp_path, {
        "a.md": page("Met Office Watch", "2026-09-10", "Forecasters switch on new machine",
                     "The weather service's new forecasting machine is powered by 2,400 "
                     "Kestrel GPUs."),
        "b.md": page("Climate Desk", "2026-09-11", "A faster forecast",
                     "The weather service said the machine uses 2,400 Kestrel graphics "
                     "processing units."),
    })
    assert "corroborated" in verdicts(report, "powered by 2,400", "uses 2,400")


def test_the_figure_after_expectations_of_is_the_estimate(tmp_path: Path) -> None:
    """"above expectations of around 2,350,120" states the estimate, not the result, and
    "around" a six-digit number is that number."""
    report = run(tmp_path, {
        "a.md": page("Air Traffic Daily", "2026-06-03", "Northwind Air traffic jumps",
                     "Northwind Air carried 2,418,337 passengers in May. That's above "
                     "expectations of around 2,350,120 passengers."),
        "b.md": page("Travel Ledger", "2026-06-03", "Northwind Air beats forecasts",
                     "Analysts had expected Northwind Air to carry 2,350,120 passengers "
                     "in May."),
    })
    assert "corroborated" in verdicts(report, "expectations of around 2,350,120",
                                      "carry 2,350,120")
    assert report.summary.contradicted == 0


def test_one_sum_of_one_owner_in_one_story_agrees_whatever_it_is_called(tmp_path: Path) -> None:
    """"agreed to pay another $2.4 billion" and "a $2.4 billion settlement": one sum, one
    owner, one story, told as a step and as a whole."""
    report = run(tmp_path, {
        "a.md": page("Court Wire", "2026-10-06", "Orvane Pharma settles with Delmar County",
                     "Orvane Pharma agreed to pay another $2.4 billion to Delmar County, "
                     "the company said on Monday.",
                     "Delmar County had sued Orvane Pharma in 2024."),
        "b.md": page("Health Ledger", "2026-10-07", "Orvane Pharma deal with Delmar County",
                     "Orvane Pharma reached a sweeping $2.4 billion settlement, lawyers "
                     "for Delmar County said.",
                     "The Delmar County case against Orvane Pharma began two years ago."),
    })
    assert "corroborated" in verdicts(report, "pay another $2.4 billion", "sweeping $2.4")
    assert report.summary.contradicted == 0


def test_two_named_things_of_one_owner_are_two_facts(tmp_path: Path) -> None:
    """Two pages of one port, each about its own terminal: the terminals' counts and
    costs never clash, however alike the sentences are."""
    report = run(tmp_path, {
        "a.md": page("Port Gazette", "2026-05-04", "Marlowe terminal opens on the River Tane",
                     "Like its older docks, Kelby Ports built the Marlowe terminal on the "
                     "River Tane.",
                     "The Marlowe freight terminal handles 2,400 container ships.",
                     "The Marlowe freight terminal cost Kelby Ports $410 million to build."),
        "b.md": page("Freight Daily", "2026-05-06", "Pellan terminal opens on the River Tane",
                     "Like its older docks, Kelby Ports built the Pellan terminal on the "
                     "River Tane.",
                     "The Pellan freight terminal handles 3,100 container ships.",
                     "The Pellan freight terminal cost Kelby Ports $580 million to build."),
    })
    assert report.summary.contradicted == 0
    # the sentences were read: each count is a finding of its own
    assert holding(report, "handles 2,400") and holding(report, "handles 3,100")


def test_an_undated_pages_bare_quarter_is_of_the_year_it_states(tmp_path: Path) -> None:
    periods = figure_periods(tmp_path / "rail.txt", (
        "Harlan Rail posts its 2025 traffic figures\n\n"
        "Harlan Rail carried 41,306,120 passengers in 2025, the operator said. "
        "In the fourth quarter of the year, it carried 11,206,554 passengers. "
        "Ridership this year may grow again.\n"))
    assert periods["count 41306120"] == "2025"
    assert periods["count 11206554"] == "2025-Q4"


def test_a_change_on_the_year_never_clashes_with_one_on_the_month(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Shopfloor News", "2026-04-15", "Ostland retail sales in March",
                     "Ostland retail sales rose 3.1% in March from a year earlier, the "
                     "Ostland statistics office said."),
        "b.md": page("Ostland Herald", "2026-04-15", "Ostland retail sales slip",
                     "Ostland retail sales rose 0.4% in March from the previous month, the "
                     "Ostland statistics office said."),
    })
    assert report.summary.contradicted == 0
    assert holding(report, "rose 3.1%") and holding(report, "rose 0.4%")


def test_an_undated_copy_does_not_join_two_quarters_of_one_number(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Auto Wire", "2026-07-02", "Orbis Motors sales",
                     "Orbis Motors sold 152,318 cars in the second quarter of 2026."),
        "b.md": page("Car Pages", "2026-07-03", "Orbis Motors update",
                     "Orbis Motors sold 152,318 cars in the first quarter of 2026."),
        "c.md": page("Motor Digest", "2026-07-03", "Orbis Motors",
                     "Total sold 152,318 cars."),
    })
    # (the company both pages name may corroborate; the two quarters' figures may not)
    assert not [f for f in holding(report, "second quarter of 2026", "first quarter of 2026")
                if f.verdict == "corroborated" and f.kind == "figure"]


def test_a_capitalised_first_word_is_no_owner(tmp_path: Path) -> None:
    """"Prosecutors said in the 42-page indictment" and "The 42-page indictment" count
    one thing: a sentence's first word is capitalised whatever it is."""
    report = run(tmp_path, {
        "a.md": page("Court Desk", "2026-02-11", "Harbour fraud charges",
                     "Prosecutors said in the 42-page indictment that the funds were moved "
                     "abroad."),
        "b.md": page("Legal Times", "2026-02-12", "Harbour fraud case",
                     "The 42-page indictment was unsealed on Wednesday."),
    })
    assert "corroborated" in verdicts(report, "in the 42-page indictment",
                                      "The 42-page indictment")


def test_a_plan_estimated_to_cost_agrees_with_the_same_range(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Metro Desk", "2026-08-20", "New Tarrow tunnel",
                     "The new Tarrow tunnel will cost between $2.3 billion and $2.6 billion "
                     "and open in 2031."),
        "b.md": page("City Ledger", "2026-08-21", "Tarrow tunnel plans",
                     "The Tarrow tunnel is estimated to cost between $2.3 billion and $2.6 "
                     "billion, with opening planned for 2031."),
    })
    assert "corroborated" in verdicts(report, "will cost between", "estimated to cost")


def test_one_banks_key_rate_told_two_ways_the_same_week(tmp_path: Path) -> None:
    """A named bank's rate is a level at a time: "lifted its key rate to 3.25%" and
    "borrowing costs … reached 3.5%" the same week clash; another bank's rate never."""
    report = run(tmp_path, {
        "a.md": page("Money Wire", "2026-09-17", "Ostland raises rates",
                     "The Bank of Ostland lifted its key rate to 3.25%."),
        "b.md": page("Capital Daily", "2026-09-18", "Ostland tightens",
                     "Borrowing costs at the Bank of Ostland reached 3.5%."),
        "c.md": page("Money Wire", "2026-09-17", "Vellmark raises rates",
                     "The Bank of Vellmark lifted its key rate to 4.75%."),
    })
    clash = [f for f in holding(report, "to 3.25%", "reached 3.5%")
             if f.verdict == "contradicted"]
    assert len(clash) == 1 and report.summary.contradicted == 1
    assert not holding(report, "to 3.25%", "to 4.75%")


def test_an_undated_pages_day_takes_its_year_from_the_folder(tmp_path: Path) -> None:
    """Pages without a date that say "on Sept. 14" speak of the year the folder's other
    pages give that day; such a day may agree, never clash."""
    report = run(tmp_path, {
        "a.txt": "Storm Odile batters the Gulf coast\n\nOdile made landfall near Port Aransas "
                 "on Sept. 14 with winds of 120 mph, the weather service said.\n",
        "b.md": page("Coastal Courier", "2025-09-16", "Odile recovery begins",
                     "Hurricane Odile came ashore near Port Aransas on September 14, 2025, "
                     "flooding the harbour district."),
        "c.txt": "Odile cleanup\n\nCrews cleared debris after Odile struck Port Aransas early "
                 "Sept. 15, residents said.\n",
    })
    day = [f for f in holding(report, "on Sept. 14 with", "on September 14, 2025")
           if f.kind == "timeline"]
    assert [f.verdict for f in day] == ["corroborated"]
    assert {c.value for c in day[0].claims} == {"2025-09-14"}
    assert report.summary.contradicted == 0


def test_a_span_of_time_after_a_stated_day_is_a_day(tmp_path: Path) -> None:
    """"three weeks after the hearing on May 13" dates the ruling to June 3."""
    report = run(tmp_path, {
        "a.md": page("Legal Ledger", "2025-06-04", "Merger blocked",
                     "The Ninth Circuit struck down the Halvorsen merger on June 3, siding "
                     "with the state regulators."),
        "b.txt": "Halvorsen appeal fails\n\nThe Ninth Circuit's decision came three weeks "
                 "after the hearing on May 13, lawyers for the company said.\n",
    })
    ruling = [f for f in holding(report, "merger on June 3", "three weeks after")
              if f.kind == "timeline"]
    assert [f.verdict for f in ruling] == ["corroborated"]
    assert {c.value for c in ruling[0].claims} == {"2025-06-03"}


def test_names_in_one_slot_are_one_fact_in_any_wording(tmp_path: Path) -> None:
    """A route ("from X to Y"), where a plane came down ("landed at", "a landing in") and a
    flight's designation: one name holding the other is the same name."""
    report = run(tmp_path, {
        "a.md": page("Air Ledger", "2025-02-11", "Smoke forces diversion",
                     "Skyrail Flight 447 was flying from Lisbon to Toronto when the crew "
                     "reported smoke in the cabin.",
                     "The jet later landed safely at Shannon Airport, the airline said."),
        "b.md": page("Atlantic Times", "2025-02-11", "Transatlantic jet diverts",
                     "The jet, travelling from Lisbon, Portugal, to Toronto, Canada, "
                     "turned back over the ocean.",
                     "It made an emergency landing in Shannon, where 212 people got off.",
                     "Passengers praised the crew of Flight 447 for their calm."),
    })
    route = [f for f in holding(report, "from Lisbon to Toronto", "from Lisbon, Portugal")
             if f.kind == "name"]
    assert [f.verdict for f in route] == ["corroborated"]
    landed = [f for f in holding(report, "at Shannon Airport", "landing in Shannon")
              if f.kind == "name"]
    assert [f.verdict for f in landed] == ["corroborated"]
    flight = [f for f in holding(report, "Skyrail Flight 447", "crew of Flight 447")
              if f.kind == "name"]
    assert [f.verdict for f in flight] == ["corroborated"]
    assert report.summary.contradicted == 0


def test_two_names_of_one_slot_never_clash(tmp_path: Path) -> None:
    """Which of two names fills a slot is left to a person: no contradiction."""
    report = run(tmp_path, {
        "a.md": page("Storm Desk", "2025-09-15", "Odile ashore",
                     "The storm made landfall near Port Aransas on Sunday."),
        "b.md": page("Gulf Wire", "2025-09-15", "Odile ashore",
                     "The storm made landfall near Corpus Christi on Sunday."),
    })
    assert report.summary.contradicted == 0
    assert verdicts(report, "near Port Aransas") <= {"unverified", "corroborated"}


def test_each_day_a_sentence_gives_is_an_event(tmp_path: Path) -> None:
    """"held rates on March 4, and its next meeting is on April 29": the second day is an
    event too, and may agree with a page that dates only that one."""
    report = run(tmp_path, {
        "a.md": page("Nordic Markets", "2025-03-05", "Riksbank holds",
                     "The Riksbank held its policy rate at 2.25% on March 4, and its next "
                     "meeting is on April 29, the bank said."),
        "b.md": page("Stockholm Daily", "2025-03-06", "What next for rates",
                     "The Riksbank's next rate decision is scheduled for April 29, 2025, "
                     "economists noted."),
    })
    meeting = [f for f in holding(report, "next meeting is on April 29", "scheduled for April")
               if f.kind == "timeline"]
    assert [f.verdict for f in meeting] == ["corroborated"]
    assert report.summary.contradicted == 0


def test_one_happening_told_with_two_days_clashes(tmp_path: Path) -> None:
    """Two events of one kind naming the same place, weeks apart at most, are one
    happening: their days clash. Months apart they may be two (a yearly unveiling)."""
    report = run(tmp_path, {
        "a.md": page("Civic Post", "2025-05-03", "Stadium plans",
                     "Mayor Ines Varga unveiled the new stadium design at Marlow Town Hall "
                     "on May 2."),
        "b.md": page("Harbour Gazette", "2025-05-12", "Stadium design shown",
                     "The stadium design was unveiled at Marlow Town Hall on May 9, with "
                     "seating for 40,000 fans."),
        "c.md": page("Civic Post", "2025-09-04", "Library plans",
                     "Architects unveiled plans for a riverside library at Marlow Town Hall "
                     "on September 3."),
    })
    clash = [f for f in holding(report, "Town Hall on May 2", "Town Hall on May 9")
             if f.verdict == "contradicted"]
    assert len(clash) == 1
    assert not any("September 3" in c.text for c in clash[0].claims)
    assert report.summary.contradicted == 1


def test_events_of_one_kind_and_no_shared_name_never_clash(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Civic Post", "2025-05-03", "Stadium plans",
                     "The council unveiled the stadium design at Marlow Town Hall on May 2."),
        "b.md": page("Harbour Gazette", "2025-05-12", "Stadium design shown",
                     "The stadium design was unveiled at the Kestrel Arts Centre on May 9."),
    })
    assert report.summary.contradicted == 0


def test_a_name_before_a_place_noun_is_the_site(tmp_path: Path) -> None:
    """"at a former Halden Motors plant" and "in the old Halden Motors factory" name one
    site, even when the site's name is what the article speaks of most."""
    report = run(tmp_path, {
        "a.md": page("Valley Business", "2025-04-02", "Halden Motors site reborn",
                     "Halden Motors closed in 2019.",
                     "The battery maker Voltrek began making cells at a former Halden Motors "
                     "plant near Dayton, its chief said.",
                     "Halden Motors once employed 4,000 people there."),
        "b.md": page("Ohio Ledger", "2025-04-03", "Voltrek picks Dayton",
                     "Voltrek said its first cell line is housed in the old Halden Motors "
                     "factory, which has stood empty for six years."),
    })
    site = [f for f in holding(report, "former Halden Motors plant", "old Halden Motors")
            if f.kind == "name"]
    assert [f.verdict for f in site] == ["corroborated"]


def test_two_happenings_of_one_kind_and_place_never_clash(tmp_path: Path) -> None:
    """Events of one kind at one place clash only as one happening: not when their main
    clauses tell two other things, nor when six weeks apart (a bank's next meeting)."""
    report = run(tmp_path, {
        "a.md": page("Trade Desk", "2025-04-03", "Tariffs",
                     "President Alma Ruiz announced sweeping tariffs at Castle Hall on "
                     "April 2."),
        "b.md": page("Market Wire", "2025-04-10", "Pause",
                     "A 90-day pause on the levies was announced at Castle Hall on April 9."),
        "c.md": page("Krona Times", "2025-03-20", "Rates",
                     "Governor Lena Berg announced the rate hold in Stockholm on March 19."),
        "d.md": page("Nordic Markets", "2025-05-03", "Rates",
                     "The rate hold was announced by the bank's board in Stockholm on "
                     "May 2."),
    })
    assert report.summary.contradicted == 0


def test_two_signings_unveiled_by_one_club_are_two_happenings(tmp_path: Path) -> None:
    """Each event naming someone the other does not is two happenings, not a clash."""
    report = run(tmp_path, {
        "a.md": page("Terrace Talk", "2025-07-02", "New signing",
                     "Kestrel Rovers unveiled Diego Ortiz as its new signing at Moorfield "
                     "Park on July 1."),
        "b.md": page("Northern Sport", "2025-07-09", "Another signing",
                     "Kestrel Rovers unveiled Mara Holm as its new signing at Moorfield Park "
                     "on July 8."),
    })
    assert report.summary.contradicted == 0


def test_the_agent_after_a_sum_owns_it_whoever_announces_it(tmp_path: Path) -> None:
    """"The mayor and Ada Quill announced another $45 million gift by the Hollin Trust"
    is the Trust's money, the sum the Trust's own page gives."""
    report = run(tmp_path, {
        "a.md": page("Civic Post", "2026-03-09", "Hollin Trust funds the Tarrow library",
                     "The mayor and Ada Quill announced another $45 million gift by the "
                     "Hollin Trust for the Tarrow library.",
                     "The Hollin Trust first backed the Tarrow library in 2019."),
        "b.md": page("Arts Wire", "2026-03-10", "Hollin Trust and the Tarrow library",
                     "The Hollin Trust has pledged $45 million to the Tarrow library.",
                     "Work on the Tarrow library, backed by the Hollin Trust, starts soon."),
    })
    assert "corroborated" in verdicts(report, "another $45 million gift", "pledged $45 million")


def test_a_page_of_one_name_agrees_on_that_names_sum(tmp_path: Path) -> None:
    """A short page that names only Velmora tells the same story as a longer one about
    Velmora and Ashby: one sum of Velmora's agrees, however it is worded."""
    report = run(tmp_path, {
        "a.md": page("Grid Weekly", "2026-01-20", "Velmora expands",
                     "Velmora confirmed its already announced $30 billion commitment."),
        "b.md": page("Energy Desk", "2026-01-21", "Velmora picks Ashby for its plant",
                     "Velmora will spend $30 billion on the Ashby plant, Velmora said.",
                     "Ashby officials welcomed the plant."),
    })
    assert "corroborated" in verdicts(report, "announced $30 billion", "spend $30 billion")


def test_six_killed_and_six_injured_are_two_facts(tmp_path: Path) -> None:
    """One number of one noun told by two metrics (killed, injured) is two facts: they
    never corroborate each other."""
    report = run(tmp_path, {
        "a.md": page("Road News", "2026-04-03", "Bus crash on the Tarrow road",
                     "The bus crash killed six people on the Tarrow road, police said."),
        "b.md": page("County Wire", "2026-04-03", "Tarrow road crash",
                     "The crash on the Tarrow road injured six people, police said."),
    })
    assert not holding(report, "killed six people", "injured six people")


def test_one_count_of_works_told_as_plants_and_facilities_agrees(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Steel Times", "2026-06-01", "Harrow Steel expands",
                     "Harrow Steel will build three rolling mills in Ostend."),
        "b.md": page("Metals Wire", "2026-06-02", "Harrow Steel in Ostend",
                     "Harrow Steel plans three rolling plants in Ostend, the company said."),
    })
    assert "corroborated" in verdicts(report, "three rolling mills", "three rolling plants")


def test_a_count_of_a_makers_designation_is_a_figure(tmp_path: Path) -> None:
    """"24 Airbus A320neo jets", "12 Siemens Velaro MS trains": the designation says which
    things are counted."""
    periods = figure_periods(tmp_path / "a.md", page(
        "Rail Desk", "2026-05-05", "Fleet news",
        "Nordair grounded 24 Airbus A320neo jets after the engine warning.",
        "The operator ordered 12 Siemens Velaro MS trains last year."))
    assert {"count 24", "count 12"} <= set(periods)


def test_one_day_of_one_story_told_in_other_words_is_one_finding(tmp_path: Path) -> None:
    """Pages of one story that date a happening to one day in words of their own ("the
    March 4 walkout", "On March 4, 2025 ... downed tools") agree, however rare the words
    each shares with other pages: the day and the story's names meet them."""
    report = run(tmp_path, {
        "a.txt": "Dockers strike at Velmar port\n\nThe March 4 walkout at Velmar port left "
                 "freighters waiting offshore for cargo handling.\n",
        "b.txt": "Velmar port strike\n\nOn March 4, 2025, Velmar dock workers downed tools "
                 "in a dispute over pensions.\n",
        "c.txt": "Velmar port update\n\nUnion members picketed the Velmar gates through the "
                 "night on March 4, according to a union statement.\n",
        # other days whose words the three pages share
        "d.txt": "Harbour log\n\nFreighters waiting offshore for cargo handling numbered "
                 "twelve on March 20, 2025.\n",
        "e.txt": "Pensions row\n\nDock workers downed tools in a dispute over pensions at "
                 "Ostby on February 2, 2025.\n",
        "f.txt": "Ostby picket\n\nUnion members picketed the gates through the night at "
                 "Ostby on February 3, 2025.\n",
    })
    day = [f for f in holding(report, "March 4 walkout", "On March 4, 2025",
                              "night on March 4") if f.kind == "timeline"]
    assert [f.verdict for f in day] == ["corroborated"]
    assert not any("March 20" in c.text for c in day[0].claims)
    assert report.summary.contradicted == 0


def test_a_named_thing_activated_and_launched_in_two_months_clashes(tmp_path: Path) -> None:
    """"Vantra was activated in July" and "Vantra was launched in September 2021": one
    happening of one named thing told in two months, found by the name however rare the
    other words are; a thing named apart (another clinic at the same depot) never joins."""
    report = run(tmp_path, {
        "a.md": page("Health Desk", "2021-12-01", "Vantra portal review",
                     "Vantra was activated in July. At the time, it handled 9,000 bookings "
                     "a day."),
        "b.txt": "Vantra\n\nVantra was launched in September 2021 at a former Brandt depot in "
                 "East Holm to book vaccine appointments.\n",
        "c.txt": "Holm clinics\n\nThe Olsen Clinic at a former Brandt depot in East Holm began "
                 "vaccine appointments on May 3, 2021, nurses said.\n",
    })
    clash = [f for f in holding(report, "activated in July", "launched in September 2021")
             if f.verdict == "contradicted"]
    assert len(clash) == 1
    assert not any("Olsen Clinic" in c.text for c in clash[0].claims)
    assert report.summary.contradicted == 1


def test_a_dated_clause_before_a_forecast_is_an_event(tmp_path: Path) -> None:
    """"The union said on March 4 that talks had failed, and the strike will go on": the
    clause before the future reports an event of March 4 (and the sentence stays a
    forecast); a day after the page's date is no event of the past."""
    report = run(tmp_path, {
        "a.md": page("Rail Wire", "2025-03-05", "Rail talks collapse",
                     "The Velmar rail union said on March 4 that talks with the operator had "
                     "failed, and the strike will continue into next week."),
        "b.md": page("Velmar Times", "2025-03-06", "No deal on the railways",
                     "Talks between the Velmar rail union and the operator collapsed on "
                     "March 4, 2025, union officials confirmed."),
        "c.md": page("Rail Wire", "2025-03-05", "Next round",
                     "The Velmar rail union said talks with the operator will resume on "
                     "March 20."),
    })
    day = [f for f in holding(report, "said on March 4 that", "collapsed on March 4")
           if f.kind == "timeline"]
    assert [f.verdict for f in day] == ["corroborated"]
    assert {c.value for c in day[0].claims} == {"2025-03-04"}
    assert "forecast" in verdicts(report, "said on March 4 that")
    # the day to come is the day the plan is for (a planned event), never a past one
    plan = [f for f in holding(report, "resume on March 20") if f.kind == "timeline"]
    assert [{c.value for c in f.claims} for f in plan] == [{"2025-03-20"}]
    assert not any("resume on March 20" in c.text for c in day[0].claims)
    assert report.summary.contradicted == 0


def test_a_subject_pointing_back_is_the_happening_its_story_tells(tmp_path: Path) -> None:
    """"This ambitious project was unveiled at Marlow Town Hall on June 3" tells the
    happening its article is about, and a name after its main clause ("where Governor
    Lena Berg praised …") is a circumstance: with "announced … at Marlow Town Hall
    yesterday" on a page of June 12, one happening told with two days."""
    report = run(tmp_path, {
        "a.md": page("Civic Post", "2025-06-12", "Kestrel Rovers stadium",
                     "Mayor Ines Varga and Kestrel Rovers announced a 40,000-seat stadium at "
                     "Marlow Town Hall yesterday, bringing the club's plans to $900 million."),
        "b.md": page("Harbour Gazette", "2025-06-20", "Kestrel Rovers to build",
                     "The board of Kestrel Rovers wants a stadium by the river. This "
                     "ambitious project was unveiled on June 3, 2025, at Marlow Town Hall, "
                     "where Governor Lena Berg praised the Nordic economy.",
                     "Fans of Kestrel Rovers cheered the news."),
    })
    clash = [f for f in holding(report, "Town Hall yesterday", "unveiled on June 3")
             if f.verdict == "contradicted"]
    assert len(clash) == 1 and report.summary.contradicted == 1


def test_a_subject_pointing_back_in_another_story_never_clashes(tmp_path: Path) -> None:
    """A subject that points back ("This project was unveiled at Marlow Town Hall") tells
    no thing of its own: in an article about something else it is not the other's
    happening."""
    report = run(tmp_path, {
        "a.md": page("Civic Post", "2025-06-12", "Kestrel Rovers stadium",
                     "Kestrel Rovers announced a 40,000-seat stadium at Marlow Town Hall on "
                     "June 11."),
        "b.md": page("Library News", "2025-06-20", "Riverside library",
                     "Ostby Libraries wants a reading room on the quay. This project was "
                     "unveiled at Marlow Town Hall on June 3, 2025."),
    })
    assert report.summary.contradicted == 0


def test_an_age_at_the_pages_date_is_the_year_a_thing_began(tmp_path: Path) -> None:
    """"the 30-year-old stadium" on a page of 2024 began in 1994: it agrees with "when it
    opened in 1994"; an age of another year may not agree, and never clashes; a person's
    age is no start of a thing."""
    report = run(tmp_path, {
        "a.md": page("Sport Ledger", "2024-05-02", "Roof collapse at Kestrel Park",
                     "Part of the roof of the 30-year-old stadium fell in during a storm, "
                     "Kestrel Rovers said."),
        "b.txt": "Kestrel Park history\n\nKestrel Rovers have played at the stadium since it "
                 "opened in 1994, when 20,000 fans came.\n",
        "c.md": page("Valley Echo", "2024-05-03", "Kestrel Park repairs",
                     "Engineers inspected the 25-year-old stadium roof of Kestrel Rovers, and "
                     "a 34-year-old worker was treated for cuts."),
    })
    began = [f for f in holding(report, "30-year-old stadium", "opened in 1994")
             if f.kind == "timeline"]
    assert [f.verdict for f in began] == ["corroborated"]
    assert {c.value for c in began[0].claims} == {"1994"}
    assert not any("25-year-old" in c.text for c in began[0].claims)
    assert not any(c.value == "1990" for f in report.findings for c in f.claims
                   if f.kind == "timeline")
    assert report.summary.contradicted == 0


def test_verbs_of_one_kind_in_other_words_tell_one_happening(tmp_path: Path) -> None:
    """"went live" is a launch and "called off" a stop (data/events.yaml): a portal that
    went live in May and was launched in June 2021 clashes; a strike called off on
    Tuesday and suspended on March 4 (by the page's dates, days apart) clashes too."""
    report = run(tmp_path, {
        "a.md": page("Health Desk", "2021-07-10", "Vantra review",
                     "Vantra went live in May. At the time, it handled 9,000 bookings a day."),
        "b.txt": "Vantra\n\nVantra was launched in June 2021 at a former Brandt depot in East "
                 "Holm to book vaccine appointments.\n",
        "c.md": page("Rail Wire", "2025-03-12", "Strike ends",
                     "The Velmar rail union called off its strike on Tuesday."),
        "d.md": page("Velmar Times", "2025-03-06", "Trains run again",
                     "The Velmar rail strike was suspended on March 4 after talks with the "
                     "ministry."),
    })
    portal = [f for f in holding(report, "went live in May", "launched in June 2021")
              if f.verdict == "contradicted"]
    assert len(portal) == 1
    strike = [f for f in holding(report, "called off its strike", "suspended on March 4")
              if f.verdict == "contradicted"]
    assert len(strike) == 1
    assert report.summary.contradicted == 2


def test_a_season_is_a_figures_year(tmp_path: Path) -> None:
    """"by the fall of 2028 is estimated to cost $1.2 billion": the figure is for 2028."""
    periods = figure_periods(tmp_path / "a.md", page(
        "Dock Wire", "2025-04-02", "New terminal",
        "The terminal to replace the old quay by the fall of 2028 is estimated to cost "
        "$1.2 billion, the port said."))
    assert periods == {"USD 1200000000": "2028"}


def test_named_apart_happenings_of_two_months_never_clash(tmp_path: Path) -> None:
    """Blocking on names finds events of one club in two months; each naming someone the
    other does not, they stay two happenings."""
    report = run(tmp_path, {
        "a.md": page("Terrace Talk", "2025-12-01", "Signings",
                     "Kestrel Rovers unveiled Diego Ortiz as its new signing in July."),
        "b.txt": "Rovers\n\nKestrel Rovers unveiled Mara Holm as its new signing in September "
                 "2025 at Moorfield Park.\n",
        "c.txt": "Moorfield Park\n\nA new stand opened at Moorfield Park in May 2025, "
                 "fans said.\n",
        # one club, two things unveiled: its main clauses tell two other things
        "d.md": page("Kit Watch", "2025-08-01", "Kit",
                     "Kestrel Rovers unveiled its new away kit at Moorfield Park in July."),
        "e.txt": "Plans\n\nKestrel Rovers unveiled its stadium expansion plan at Moorfield "
                 "Park in August 2025.\n",
    })
    assert report.summary.contradicted == 0


def test_an_order_of_magnitude_clashes_only_with_a_lower_order(tmp_path: Path) -> None:
    """"Hundreds of homes" agrees with 340 homes and disagrees with 40 homes."""
    def told(outlet: str, homes: str) -> str:
        return page(outlet, "2026-02-11", "Storm Kira floods Ostvale and Brenmark",
                    f"Storm Kira flooded {homes} homes in Ostvale and Brenmark overnight.")

    report = run(tmp_path, {"a.md": told("Delta Gazette", "hundreds of"),
                            "b.md": told("Flood Watch", "340")})
    assert verdicts(report, "hundreds of homes", "340 homes") == {"corroborated"}
    assert report.summary.contradicted == 0
    report = run(tmp_path, {"b.md": told("Flood Watch", "40")})
    assert verdicts(report, "hundreds of homes", "40 homes") == {"contradicted"}


def test_a_part_of_a_whole_agrees_with_the_count_told_alone(tmp_path: Path) -> None:
    """"convicted on nine of the 11 counts" and "guilty on nine counts" are one count."""
    report = run(tmp_path, {
        "a.md": page("Court Reporter", "2026-06-03", "Ferrandt convicted",
                     "Jurors convicted Lena Ferrandt on nine of the 11 counts she faced."),
        "b.md": page("Evening Post", "2026-06-03", "Ferrandt guilty",
                     "Jurors found Lena Ferrandt guilty on nine counts of fraud."),
    })
    assert verdicts(report, "nine of the 11 counts", "guilty on nine counts") == {
        "corroborated"}


def test_a_date_after_since_dates_nothing_the_sentence_tells(tmp_path: Path) -> None:
    """"the lowest since early 2019" is no event of 2019, and no figure of it."""
    report = run(tmp_path, {
        "a.md": page("Labour Desk", "2026-03-06", "Jobless rate falls in Ostland",
                     "Ostland's unemployment rate fell to 4.1% in February, the lowest "
                     "reading since early 2019."),
        "b.md": page("Market Line", "2026-03-06", "Ostland jobs data",
                     "Ostland's unemployment rate was 4.1% in February, the statistics "
                     "office said."),
    })
    assert not [f for f in report.findings if f.kind == "timeline"
                and any("2019" in c.value for c in f.claims)]
    assert verdicts(report, "fell to 4.1%", "was 4.1%") == {"corroborated"}
    assert report.summary.contradicted == 0


def test_an_undated_pages_month_is_read_in_its_folders_year(tmp_path: Path) -> None:
    """One folder is one event: "in March" on an undated page is the March its dated
    pages speak of, so a wrong figure for it clashes."""
    report = run(tmp_path, {
        "a.md": page("Harbour Daily", "2026-04-08", "Tarrow port traffic",
                     "The port of Tarrow handled 412,000 containers in March, its "
                     "busiest month on record."),
        "b.md": page("Freight Week", "2026-04-09", "Tarrow's record month",
                     "The port of Tarrow handled 412,000 containers in March 2026."),
        "c.txt": "Tarrow port traffic\nThe port of Tarrow handled 385,000 containers in "
                 "March, the harbour board said.\n",
    })
    assert verdicts(report, "385,000 containers", "412,000 containers in March 2026") == {
        "contradicted"}


def test_a_qualified_metric_is_another_quantity(tmp_path: Path) -> None:
    """"Core inflation" at 3.1% does not contradict inflation at 2.6%."""
    report = run(tmp_path, {
        "a.md": page("Bank Watch", "2026-11-06", "Ostland inflation eases",
                     "Core inflation in Ostland stood at 3.1% in October, above the "
                     "headline rate."),
        "b.md": page("Capital Post", "2026-11-06", "Ostland prices",
                     "Inflation in Ostland slowed to 2.6% in October."),
    })
    assert report.summary.contradicted == 0


def test_an_undated_pages_weekday_count_clashes_with_that_days(tmp_path: Path) -> None:
    """Pages of one week: an undated page's "on Tuesday" is the folder's Tuesday, so its
    count of the injured that day clashes with the others' (found through the group's
    sentences even when its core is a terse list line)."""
    report = run(tmp_path, {
        "a.md": page("Quick Brief", "2026-05-14", "Ferry disaster in Kessa: timeline",
                     "- Tuesday — Injured: 214",
                     "The Kessa Coast Guard said on Tuesday that 214 people had been "
                     "injured when the ferry capsized."),
        "b.md": page("Harbour Times", "2026-05-13", "Kessa ferry capsizes",
                     "The Kessa Coast Guard said on Tuesday that 214 people had been "
                     "injured when the ferry capsized off the island."),
        "c.txt": "Kessa ferry capsizes\nThe Kessa Coast Guard said on Tuesday that 241 "
                 "people had been injured when the ferry capsized.\n",
    })
    assert verdicts(report, "241 people had been injured", "214 people had been") == {
        "contradicted"}
    assert report.summary.contradicted == 1


def test_a_count_is_measured_by_the_noun_it_counts(tmp_path: Path) -> None:
    """"The investment covers four new reactors": the number counts reactors, whatever
    sum of money the sentence names, so four and two new reactors clash."""
    report = run(tmp_path, {
        "a.md": page("Grid Post", "2026-03-02", "New reactors for Halvern Power at Dunmere",
                     "On Monday Halvern Power unveiled its Dunmere plan.",
                     "Halvern Power's investment plan covers the construction of four new nuclear "
                     "reactors at Dunmere, the utility said."),
        "b.md": page("Energy Desk", "2026-03-03", "A Dunmere expansion for Halvern Power",
                     "This week Halvern Power set out its Dunmere plan.",
                     "Halvern Power's spending plan pays for building two new nuclear "
                     "reactors at Dunmere and a training school."),
    })
    assert verdicts(report, "four new nuclear reactors", "two new nuclear reactors") == {
        "contradicted"}
    assert report.summary.contradicted == 1


def _port_pages(first: str, second: str, third: str) -> dict[str, str]:
    return {
        "a.md": page("Harbour Ledger", "2025-07-09", "Port of Valdane posts its quarter",
                     f"The Port of Valdane shipped 1,284,517 containers {first}, its busiest "
                     "stretch since the new berths opened."),
        "b.md": page("Freight Weekly", "2025-07-10", "Valdane throughput",
                     f"Valdane's terminals shipped 1,284,517 containers {second}, the port "
                     "authority said."),
        "c.md": page("Coastal Business", "2025-07-10", "Valdane port volumes",
                     f"The Port of Valdane shipped 1,284,517 containers {third}, up on the "
                     "spring."),
    }


def test_one_precise_figure_told_for_two_quarters_is_a_period_clash(tmp_path: Path) -> None:
    """A seven-digit count two pages give for the second quarter and a third page puts in
    the first quarter: one fact told with two periods, a finding of the rival claims."""
    report = run(tmp_path, _port_pages("in the second quarter", "in the second quarter of 2025",
                                       "in the first quarter of the year"))
    clash = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(clash) == 1
    held = {(c.source, c.value) for c in clash[0].claims}
    # the rival claim and the claim that tells the other period most plainly (its year)
    assert held == {("c.md", "count 1284517 (2025-Q1)"), ("b.md", "count 1284517 (2025-Q2)")}
    assert "two periods (2025-Q1, 2025-Q2)" in clash[0].explanation
    # the two pages that agree still corroborate
    assert "corroborated" in verdicts(report, "containers in the second quarter,",
                                      "containers in the second quarter of 2025")


def test_one_precise_figure_told_for_two_years_is_a_period_clash(tmp_path: Path) -> None:
    report = run(tmp_path, _port_pages("in the first quarter of 2025", "in the first quarter",
                                       "in the first quarter of 2022"))
    clash = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(clash) == 1
    assert {c.value for c in clash[0].claims} == {"count 1284517 (2022-Q1)",
                                                  "count 1284517 (2025-Q1)"}


def test_a_year_holding_the_quarter_is_no_period_clash(tmp_path: Path) -> None:
    report = run(tmp_path, _port_pages("in the second quarter", "in 2025",
                                       "in the second quarter of 2025"))
    assert report.summary.contradicted == 0


def test_round_or_recurring_numbers_in_two_periods_never_clash(tmp_path: Path) -> None:
    """"120 stores" each quarter, "74,512 fans" at each sold-out game (a counted noun, no
    reported total), a number of other metrics or of another owner, and one page giving
    one number for two periods: no period clash."""
    (tmp_path / "round").mkdir()
    round_ = run(tmp_path / "round", {
        "a.md": page("Retail Wire", "2025-07-09", "Brightmart expands",
                     "Brightmart opened 120 stores in the second quarter, the chain said."),
        "b.md": page("Shop Floor", "2025-07-10", "Brightmart's growth",
                     "Brightmart opened 120 stores in the first quarter of the year."),
    })
    assert round_.summary.contradicted == 0
    (tmp_path / "crowd").mkdir()
    crowd = run(tmp_path / "crowd", {
        "a.md": page("Derby Daily", "2025-06-02", "Rovers sell out Arena Park",
                     "Arena Park drew 74,512 fans in March for the derby."),
        "b.md": page("Terrace Talk", "2025-06-03", "Rovers sell out Arena Park again",
                     "Arena Park drew 74,512 fans in May for the cup final."),
    })
    assert crowd.summary.contradicted == 0
    (tmp_path / "metric").mkdir()
    metric = run(tmp_path / "metric", {
        "a.md": page("Harbour Ledger", "2025-07-09", "Port of Valdane posts its quarter",
                     "The Port of Valdane shipped 1,284,517 containers in the second quarter."),
        "b.md": page("Freight Weekly", "2025-07-10", "Valdane exports",
                     "The Port of Valdane produced 1,284,517 tonnes of grain in the first "
                     "quarter of the year."),
    })
    assert metric.summary.contradicted == 0
    (tmp_path / "owner").mkdir()
    owner = run(tmp_path / "owner", {
        "a.md": page("Harbour Ledger", "2025-07-09", "Ports post their quarter",
                     "The Port of Valdane shipped 1,284,517 containers in the second quarter."),
        "b.md": page("Freight Weekly", "2025-07-10", "Ports post their quarter",
                     "The Port of Osterby shipped 1,284,517 containers in the first quarter "
                     "of the year."),
    })
    assert owner.summary.contradicted == 0
    (tmp_path / "self").mkdir()
    itself = run(tmp_path / "self", {
        "a.md": page("Harbour Ledger", "2025-07-09", "Port of Valdane posts its quarter",
                     "The Port of Valdane shipped 1,284,517 containers in the second quarter.",
                     "Valdane had shipped 1,284,517 containers in the first quarter of the "
                     "year as well, the authority said."),
        "b.md": page("Freight Weekly", "2025-07-10", "Valdane throughput",
                     "The Port of Valdane shipped 1,284,517 containers in the second quarter."),
    })
    assert itself.summary.contradicted == 0


def test_a_rise_and_a_fall_of_one_change_clash_whatever_form_the_basis_takes(
        tmp_path: Path) -> None:
    """"rose 3% year-on-year" and "fell 3% from the same period in 2024" of one quarter:
    one change told with two signs (equal magnitudes), a contradiction; the basis told
    two ways ("year-on-year", a base a year before the figure's period) is one basis."""
    report = run(tmp_path, {
        "a.md": page("Retail Wire", "2025-07-10", "Brightmart quarterly sales",
                     "Brightmart's same-store sales rose 3% year-on-year in the second "
                     "quarter."),
        "b.md": page("Shop Floor", "2025-07-11", "Brightmart sales slip",
                     "Brightmart's same-store sales fell 3% in the second quarter from the "
                     "same period in 2024."),
    })
    clash = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(clash) == 1
    assert {c.value for c in clash[0].claims} == {"% 3 (2025-Q2)", "% -3 (2025-Q2)"}


def test_changes_on_other_bases_or_on_none_never_clash(tmp_path: Path) -> None:
    """Growth on the quarter agrees with its like ("nearly 15 percent … from the first
    quarter", "15% quarter-on-quarter") and never meets a fall on the year; two changes
    that say against what they moved may be told against other periods: no clash."""
    (tmp_path / "bases").mkdir()
    bases = run(tmp_path / "bases", {
        "a.md": page("Retail Wire", "2025-07-10", "Brightmart quarterly sales",
                     "Brightmart's online orders rose by nearly 15 percent in the second "
                     "quarter from the first quarter."),
        "b.md": page("Shop Floor", "2025-07-11", "Brightmart orders",
                     "Brightmart's online orders rose 15% quarter-on-quarter in the second "
                     "quarter."),
        "c.md": page("Mall Times", "2025-07-11", "Brightmart orders",
                     "Brightmart's online orders fell 4.8% in the second quarter from a year "
                     "earlier."),
    })
    assert bases.summary.contradicted == 0
    assert verdicts(bases, "nearly 15 percent", "15% quarter-on-quarter") == {"corroborated"}
    assert holding(bases, "nearly 15 percent", "fell 4.8%") == []
    (tmp_path / "none").mkdir()
    none = run(tmp_path / "none", {
        "a.md": page("Retail Wire", "2025-07-10", "Brightmart quarterly sales",
                     "Brightmart's online orders rose 15% in the second quarter."),
        "b.md": page("Shop Floor", "2025-07-11", "Brightmart orders",
                     "Brightmart's online orders fell 4.8% in the second quarter."),
    })
    assert none.summary.contradicted == 0


def test_a_bounded_rise_agrees_with_its_like_and_a_level_is_no_change(
        tmp_path: Path) -> None:
    """"up as much as 7%" and "a surge in the shares by up to 7%" are one rise of a share
    price; "inflation fell to 2.4%" is the level 2.4%, which "was 2.4%" corroborates."""
    (tmp_path / "stock").mkdir()
    stock = run(tmp_path / "stock", {
        "a.md": page("Market Desk", "2025-07-10", "Brightmart shares jump",
                     "Brightmart's stock was up as much as 7% on the news."),
        "b.md": page("Trading Floor", "2025-07-10", "Brightmart rallies",
                     "The results caused a surge in the retailer's shares by up to 7%, "
                     "traders said of Brightmart."),
    })
    assert verdicts(stock, "as much as 7%", "by up to 7%") == {"corroborated"}
    (tmp_path / "level").mkdir()
    level = run(tmp_path / "level", {
        "a.md": page("Ostland Herald", "2025-06-12", "Ostland inflation eases",
                     "Ostland's inflation fell to 2.4% in May, the statistics office said."),
        "b.md": page("Capital Post", "2025-06-12", "Ostland prices",
                     "Ostland's inflation was 2.4% in May, down from 2.6% in April."),
    })
    assert verdicts(level, "fell to 2.4%", "was 2.4%") == {"corroborated"}
    assert level.summary.contradicted == 0


def test_the_base_of_a_change_gives_it_no_period(tmp_path: Path) -> None:
    """"a 15% increase from Q1" on a page with no date: Q1 is what it is compared with,
    not the period of the change; a dated quarter in the base names the basis instead."""
    periods = figure_periods(tmp_path / "a.txt", (
        "Brightmart orders climb\n\n"
        "Brightmart sold 120,000 units in Q2 2024.\n"
        "Despite a weak year, Brightmart's online orders were a 15% increase from Q1, the "
        "retailer said.\n"))
    assert periods == {"count 120000": "2024-Q2", "% 15": None}


def test_a_total_brought_up_to_a_level_is_that_level(tmp_path: Path) -> None:
    """"bringing total spending up to $4.2 billion" is the level the total reaches, not a
    bound; spending and investment are one measure; the step added is another quantity
    than the total, so it clashes with neither total."""
    report = run(tmp_path, {
        "a.md": page("City Ledger", "2026-09-14",
                     "More money for the Harlow Line from Brackley City Council",
                     "Brackley City Council pledged to spend an additional $1.5 billion on "
                     "the Harlow Line, bringing total spending up to $4.2 billion."),
        "b.md": page("Metro Courier", "2026-09-15",
                     "The Harlow Line plan grows at Brackley City Council",
                     "With earlier grants counted, Brackley City Council's total "
                     "investment in the Harlow Line is now $4.6 billion.",
                     "The council approved a $1.5 billion expansion of the Harlow Line."),
    })
    clash = [f for f in holding(report, "total spending up to $4.2", "is now $4.6 billion")
             if f.verdict == "contradicted"]
    assert len(clash) == 1 and report.summary.contradicted == 1
    assert {c.value for c in clash[0].claims} == {"USD 4200000000", "USD 4600000000"}


def test_a_total_and_one_part_of_it_never_clash(tmp_path: Path) -> None:
    """A club's total spending on players and this window's spending are two sums: they
    never contradict, however alike the sentences."""
    report = run(tmp_path, {
        "a.md": page("Football Wire", "2026-08-30", "Window shuts for Castleford Rovers "
                     "at Danby Park",
                     "At Danby Park the total spending on new players of Castleford Rovers "
                     "is now €310 million after the window closed."),
        "b.md": page("Sports Ledger", "2026-08-31", "Castleford Rovers window review at "
                     "Danby Park",
                     "At Danby Park the spending on new players of Castleford Rovers "
                     "reached €95 million after the window closed."),
    })
    assert report.summary.contradicted == 0
    assert holding(report, "€310 million") and holding(report, "€95 million")


def test_two_hedged_bounds_of_one_fee_agree(tmp_path: Path) -> None:
    """"just under €80 million" and "a little less than €80 million": one fee, told as a
    little below one bound."""
    report = run(tmp_path, {
        "a.md": page("Transfer Desk", "2026-07-20", "Castleford Rovers sign Iker Salas",
                     "Castleford Rovers paid just under €80 million for Iker Salas, the "
                     "club said."),
        "b.md": page("Football Daily", "2026-07-21", "Iker Salas joins Castleford Rovers",
                     "Castleford Rovers paid a little less than €80 million for Iker "
                     "Salas, according to the club."),
    })
    assert "corroborated" in verdicts(report, "just under €80 million",
                                      "a little less than €80 million")
    assert report.summary.contradicted == 0


def test_a_size_told_in_feet_and_in_metres_is_one_fact(tmp_path: Path) -> None:
    """"a 900-foot tanker" and "the 274-metre tanker" compare in metres: they agree."""
    report = run(tmp_path, {
        "a.md": page("Gulf Shipping News", "2026-03-10", "Tanker aground off Corvel",
                     "The Maren Star, a 900-foot tanker, ran aground off Corvel on Monday "
                     "with a full load of crude."),
        "b.md": page("Port Daily", "2026-03-10", "Salvage teams reach grounded tanker",
                     "Salvage crews reached the Maren Star, a 274-metre tanker, as it lay "
                     "aground off Corvel."),
    })
    assert report.summary.contradicted == 0
    assert verdicts(report, "a 900-foot tanker", "a 274-metre tanker") == {"corroborated"}


def test_one_named_things_sizes_apart_clash(tmp_path: Path) -> None:
    """Two outlets give one dam's height as 180 m and 230 m: a contradiction; a third in
    feet agrees with the first."""
    report = run(tmp_path, {
        "a.md": page("Valley Courier", "2026-06-02", "Tarnova Dam spillway opened",
                     "The Tarnova Dam, a 180-metre-high dam on the Vell, opened its "
                     "spillway on Tuesday after days of rain."),
        "b.md": page("River Basin Weekly", "2026-06-03", "Engineers inspect Tarnova Dam",
                     "The Tarnova Dam, a 230-metre-high dam, was inspected by engineers "
                     "after the spillway was opened."),
        "c.md": page("Northern Wire", "2026-06-03", "Spillway opened at Tarnova",
                     "The Tarnova Dam, a 590-foot-high dam, released water for the first "
                     "time in a decade."),
    })
    clash = [f for f in holding(report, "180-metre-high", "230-metre-high")
             if f.verdict == "contradicted"]
    assert len(clash) == 1 and report.summary.contradicted == 1
    assert any("590-foot-high" in c.text for c in clash[0].claims)


def test_wind_speeds_in_mph_and_kmh_agree(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Coastal Times", "2026-09-14", "Storm Ilsa nears the coast",
                     "Storm Ilsa brought maximum sustained winds of 120 mph as it neared "
                     "the coast of Marel on Sunday."),
        "b.md": page("Island Radio", "2026-09-14", "Ilsa makes landfall",
                     "Storm Ilsa struck Marel with maximum sustained winds of 193 km/h, "
                     "forecasters said."),
    })
    assert report.summary.contradicted == 0
    assert verdicts(report, "winds of 120 mph", "winds of 193 km/h") == {"corroborated"}


def test_two_races_lengths_in_one_story_never_clash(tmp_path: Path) -> None:
    """A "5-mile run" and a "10-mile run" told alike in one story are two races, not one
    length told twice (a run is no thing of one size); nor do two bare lengths ("at 40
    metres", "at 60 metres") clash: nothing names what they measure."""
    report = run(tmp_path, {
        "a.md": page("Harbour Herald", "2026-04-19", "Brenmoor Harriers race day in Alder Park",
                     "The 5-mile run through Alder Park was organised by the Brenmoor "
                     "Harriers club.",
                     "A diver searching the Alder Park lake was found safe at 40 metres."),
        "b.md": page("Brenmoor Echo", "2026-04-19", "Brenmoor Harriers race day in Alder Park",
                     "The 10-mile run through Alder Park was organised by the Brenmoor "
                     "Harriers club.",
                     "Divers searched the Alder Park lake at 60 metres on Sunday."),
    })
    assert report.summary.contradicted == 0
    assert holding(report, "5-mile run") and holding(report, "60 metres")


def test_a_size_its_subject_is_given_clashes_with_one_told_as_an_adjective(
        tmp_path: Path) -> None:
    """"The Halvard Bridge is 3.4 miles long" and "the Halvard Bridge, a 2.1-mile span"
    give one bridge two lengths; "the new bridge is 2.1 miles long" would be another bridge."""
    report = run(tmp_path, {
        "a.md": page("Bay Courier", "2026-02-11", "Halvard Bridge reopens",
                     "The Halvard Bridge is 3.4 miles long and carries the coastal "
                     "highway over the estuary."),
        "b.md": page("Estuary News", "2026-02-11", "Traffic returns to Halvard Bridge",
                     "Drivers crossed the Halvard Bridge, a 2.1-mile span over the "
                     "estuary, for the first time since the repairs."),
    })
    clash = [f for f in holding(report, "3.4 miles long", "a 2.1-mile span")
             if f.verdict == "contradicted"]
    assert len(clash) == 1 and report.summary.contradicted == 1


def test_a_bare_length_is_no_things_size(tmp_path: Path) -> None:
    """"a diver at 300 metres" and "a 300-metre tanker" state one number of two things."""
    report = run(tmp_path, {
        "a.md": page("Gulf Shipping News", "2026-03-10", "Tanker sinks off Corvel",
                     "The Maren Star, a 300-metre tanker, sank off Corvel on Monday."),
        "b.md": page("Port Daily", "2026-03-11", "Divers reach sunken tanker off Corvel",
                     "A navy diver reached the wreck off Corvel at 300 metres."),
    })
    assert not holding(report, "a 300-metre tanker", "at 300 metres")


def test_a_bare_table_cell_counts_what_its_column_names(tmp_path: Path) -> None:
    """A data table's cell "141" under a column "Finishers" is that many finishers; a row
    that is a day dates the cell, it owns nothing; the claim quotes the row as printed, up
    to its cell. "At least 141 finishers" is the 141 of that day, not a later larger count."""
    report = run(tmp_path, {
        "a.md": page("Velo Brief", "2026-07-08", "Tour of Kestria: crashes thin the field",
                     "## Finishers by day", "",
                     "| Day | Finishers | Abandons |", "|---|---|---|",
                     "| Monday | 141 | 6 |", "| Tuesday | 133 | 8 |", "| Wednesday | 128 | 5 |",
                     ),
        "b.md": page("Kestria Sport", "2026-07-06", "Tour of Kestria: stage one",
                     "The organisers counted at least 141 finishers at the end of the "
                     "Kestria stage on Monday."),
    })
    rows = [c for f in report.findings for c in f.claims if c.text.startswith("| Monday |")]
    assert {c.text for c in rows} == {"| Monday | 141 |", "| Monday | 141 | 6 |"}
    assert "corroborated" in verdicts(report, "| Monday | 141 |", "at least 141 finishers")
    assert not holding(report, "at least 141 finishers", "| Wednesday |")
    assert report.summary.contradicted == 0


def test_two_rows_of_a_data_table_are_two_owners(tmp_path: Path) -> None:
    """A table of a council's wards: each ward's bare count is its own; two pages' tables
    of different wards agree or clash only ward by ward."""
    report = run(tmp_path, {
        "a.md": page("Dunmore Gazette", "2026-02-11", "Dunmore council: waiting lists",
                     "| Ward | Households waiting |", "|---|---|",
                     "| Eastgate | 412 |", "| Millbrook | 298 |"),
        "b.md": page("Dunmore Echo", "2026-02-12", "Council housing queue",
                     "| Ward | Households waiting |", "|---|---|",
                     "| Eastgate | 412 |", "| Riverside | 355 |"),
    })
    assert "corroborated" in verdicts(report, "| Eastgate | 412 |")
    assert report.summary.contradicted == 0


def test_initials_and_short_forms_name_one_owner(tmp_path: Path) -> None:
    """A group written in full on one page and by its initials or its head noun on
    another is one owner: "the Harbour Residents Association" and "the HRA" clash on
    its seats."""
    report = run(tmp_path, {
        "a.md": page("Dunmore Gazette", "2026-04-10", "Dunmore council count ends",
                     "The Harbour Residents Association won 14 seats on Dunmore council on "
                     "Thursday, the returning officer in Dunmore said.",
                     "The Harbour Residents Association and Dunmore Labour will talk, "
                     "returning officer Ellen Brody said in Dunmore.",
                     "The count ended late, Ellen Brody said."),
        "b.md": page("Dunmore Echo", "2026-04-11", "Dunmore council results",
                     "The HRA won 16 seats on Dunmore council on Thursday, the returning "
                     "officer in Dunmore said.",
                     "The HRA and Dunmore Labour will talk, returning officer Ellen Brody "
                     "said in Dunmore.",
                     "The count ended late, Ellen Brody said."),
    })
    assert "contradicted" in verdicts(report, "Harbour Residents Association won 14",
                                      "HRA won 16")
    assert report.summary.contradicted == 1


def test_initials_of_another_name_are_another_owner(tmp_path: Path) -> None:
    """Initials that are not the other name's ("HRA" beside "Dunmore Labour") and a short
    form that is not its leading words ("the Residents" beside "Harbour Residents
    Association") own other figures: no clash."""
    report = run(tmp_path, {
        "a.md": page("Dunmore Gazette", "2026-04-10", "Dunmore council count ends",
                     "Dunmore Labour won 14 seats on Dunmore council on Thursday, the "
                     "returning officer in Dunmore said.",
                     "The HRA and Dunmore Labour will talk, returning officer Ellen Brody "
                     "said in Dunmore.",
                     "The count ended late, Ellen Brody said."),
        "b.md": page("Dunmore Echo", "2026-04-11", "Dunmore council results",
                     "The HRA won 16 seats on Dunmore council on Thursday, the returning "
                     "officer in Dunmore said.",
                     "The HRA and Dunmore Labour will talk, returning officer Ellen Brody "
                     "said in Dunmore.",
                     "The count ended late, Ellen Brody said."),
    })
    assert report.summary.contradicted == 0


def test_a_terse_results_list_counts_what_its_caption_counts(tmp_path: Path) -> None:
    """A post listing "Ilse Maren 412" one name to a line, with "710 votes cast" beside
    the list, says each name's votes: it agrees with a report of them, and one name's
    row never joins another name's count."""
    report = run(tmp_path, {
        "a.md": page("Coalfield Post", "2026-05-02", "Dunrock miners elect Ilse Maren",
                     "Ilse Maren won 412 votes in the Dunrock branch secretary ballot, the "
                     "union said on Friday.",
                     "Tomas Reeve won 301 votes, the union said."),
        "b.txt": "@dunrockbranch · May 1\nBranch secretary ballot, Dunrock\nIlse Maren 412\n"
                 "Tomas Reeve 298\n710 votes cast, 81 spoiled.\n",
    })
    assert "corroborated" in verdicts(report, "Ilse Maren won 412 votes", "Ilse Maren 412")
    assert not holding(report, "Ilse Maren won 412 votes", "Tomas Reeve 298")


def test_a_list_after_a_count_gives_each_owner_its_number(tmp_path: Path) -> None:
    """"Kestria Mining employs 640 miners, Dunrock Coal 410 and Pell Quarries 95": 410 is
    Dunrock Coal's miners, so it agrees with a page giving them, and clashes with no
    other company's count."""
    report = run(tmp_path, {
        "a.md": page("Ore Weekly", "2026-06-03", "Kestria valley mines hiring again",
                     "Kestria Mining employs 640 miners in the valley, the survey said.",
                     "Across the valley Kestria Mining employs 640 miners, Dunrock Coal 410 "
                     "and Pell Quarries 95."),
        "b.md": page("Valley Courier", "2026-06-04", "Dunrock Coal reopens pit",
                     "Dunrock Coal employs 410 miners at its two pits in the Kestria valley.",
                     "Pell Quarries employs 120 miners in the Kestria valley, the survey "
                     "said."),
    })
    assert "corroborated" in verdicts(report, "Dunrock Coal 410", "Dunrock Coal employs 410")
    assert report.summary.contradicted == 0


def test_an_item_value_tables_rows_name_their_measures(tmp_path: Path) -> None:
    """"| Item | Value |": each row's label says what its cell measures, and a name in
    its parenthesis whose ("| Beds (Eastgate) | 340 |" is Eastgate's beds); a
    parenthesis that is no name ("(est.)") owns nothing."""
    from factcheck.extract import extract
    from factcheck.load import load_one

    path = tmp_path / "a.md"
    path.write_text(page("Ward Watch", "2026-03-02", "Dunmore hospitals at a glance",
                         "| Item | Value |", "|---|---|", "| Beds (Eastgate) | 340 |",
                         "| Waiting list | 1,240 |", "| Budget (est.) | $12m |"),
                    encoding="utf-8")
    got = {c.quantity.value: (c.key, c.owner) for c in extract(load_one(str(path), "a.md"))
           if isinstance(c, FigureClaim)}
    assert got["count 340"] == ("figure|beds|count", "Eastgate")
    assert got["count 1240"] == ("figure|wait list|count", "")
    assert got["USD 12000000"][1] == ""
    assert all("value" not in key for key, _ in got.values())


def test_a_name_before_the_counted_noun_names_whose_they_are(tmp_path: Path) -> None:
    """"12 Labour seats": a capitalised name between the number and a plural noun is whose
    the seats are; it agrees with the party's 12 seats and never clashes with another
    party's "9 Harbour seats"."""
    report = run(tmp_path, {
        "a.md": page("Dunmore Gazette", "2026-04-10", "Dunmore council count ends",
                     "Dunmore Labour won 12 seats on Dunmore council, the returning officer "
                     "said."),
        "b.txt": "@dunmorevotes · Apr 10\n12 Labour seats give the party control of Dunmore "
                 "council.\n9 Harbour seats is their best result.\n",
    })
    assert "corroborated" in verdicts(report, "Labour won 12 seats", "12 Labour seats")
    assert not holding(report, "Labour won 12 seats", "9 Harbour seats")
    assert report.summary.contradicted == 0


def test_a_labelled_bare_count_agrees_with_the_same_count_told(tmp_path: Path) -> None:
    """"Patients waiting at Eastgate: 412" counts patients as "412 patients waiting"
    does; a time ("18:30") before it is no figure."""
    report = run(tmp_path, {
        "a.md": page("Ward Watch", "2026-03-02", "Eastgate hospital queue",
                     "Eastgate hospital had 412 patients waiting for a bed on Monday, the "
                     "Dunmore health trust said."),
        "b.txt": "Dunmore Health Trust @dunmorehealth · Mar 2\nUPDATE 18:30: patients "
                 "waiting at Eastgate: 412. Please only come to A&E if it is urgent.\n",
    })
    assert "corroborated" in verdicts(report, "412 patients waiting", "Eastgate: 412")
    assert not any(c.value.startswith("count 18") or c.value.startswith("count 30")
                   for f in report.findings for c in f.claims)


def test_a_previous_and_a_new_value_of_one_measure_stay_apart(tmp_path: Path) -> None:
    """"| Previous levy | 4.5% |" is the levy as it was: it agrees with a sentence giving
    the levy at 4.5%, and never joins or clashes with the "| New levy |" row."""
    report = run(tmp_path, {
        "a.md": page("Transit Brief", "2026-01-05", "Dunmore bus fares rise",
                     "| Item | Value |", "|---|---|", "| Previous levy | 4.5% |",
                     "| New levy | 5.5% |"),
        "b.md": page("Dunmore Echo", "2026-01-05", "Bus fares up in Dunmore",
                     "Dunmore council had held the levy at 4.5% since 2023."),
    })
    assert "corroborated" in verdicts(report, "| Previous levy | 4.5% |", "levy at 4.5%")
    assert not holding(report, "| Previous levy |", "| New levy |")
    assert report.summary.contradicted == 0
def test_a_person_in_a_role_is_a_fact_wherever_the_sentence_names_them(tmp_path: Path) -> None:
    """"Referee Tomas Kell sent off…" at the start of a sentence, "the match official,
    Tomas Kell," and "head referee Tomas Kell" in a forecast: one person in a role."""
    report = run(tmp_path, {
        "a.md": page("Cycling Wire", "2026-07-04", "Stage nine of the Tour of Ostland",
                     "Race director Lina Marsh said the stage would finish in Brenvik."),
        "b.md": page("Velo Daily", "2026-07-04", "Tour of Ostland stage nine",
                     "The stage was shortened by 20 km, the race's director, Lina Marsh, "
                     "said."),
        "c.md": page("Peloton News", "2026-07-05", "Ostland tour latest",
                     "Lina Marsh, the race director, will decide on Monday whether the "
                     "stage restarts."),
    })
    found = [f for f in report.findings if f.kind == "name"
             and {c.value for c in f.claims} == {"Lina Marsh"}]
    assert [f.verdict for f in found] == ["corroborated"]
    assert {c.source for c in found[0].claims} == {"a.md", "b.md", "c.md"}
    assert report.summary.contradicted == 0


def test_a_round_number_holding_anothers_does_not_make_two_events_one(tmp_path: Path) -> None:
    """"ships 1,000 Orlomar units" and "ships 1,050 Orlovex units" a week apart: a round
    number whose precision holds the other's, told alike, but each event names its own
    maker and thing."""
    def timeline(title: str, item: str) -> str:
        return f"---\ntitle: {title}\nsource: Trade Notes\n---\n\n## Timeline\n\n- {item}\n"

    report = run(tmp_path, {
        "a.md": timeline("Harwick and the Orlo",
                         "2026-01-01: Harwick starts shipping 1,000 Orlomar units to "
                         "retailers."),
        "b.md": timeline("Brennard and the Vessa",
                         "2026-01-07: Brennard starts shipping 1,050 Orlovex units to "
                         "retailers."),
    })
    assert report.summary.contradicted == 0


def test_dates_a_plan_gives_agree_and_never_clash(tmp_path: Path) -> None:
    """"would not be finished until the spring of 2027", "to replace the quay by spring
    2027 is estimated to cost …" and "the 2027 opening that was projected" are one plan's
    date in one story; a later target ("its 2029 target") is a changed plan, no clash."""
    report = run(tmp_path, {
        "a.txt": "Ostby terminal\n\nPort officials say the new Ostby ferry terminal would cost "
                 "$300 million and would not be finished until the spring of 2027.\n",
        "b.txt": "Ostby quay\n\nThe project to replace the old Ostby quay by spring 2027 is "
                 "estimated to cost $300 million, the harbour board said.\n",
        "c.md": page("Harbour Wire", "2026-10-01", "Ostby terminal delayed",
                     "The Ostby terminal build has reached its final design, with the port "
                     "confirming its 2029 target.",
                     "That is later than the 2027 opening that was projected a year ago."),
    })
    plan = [f for f in holding(report, "spring of 2027", "by spring 2027", "2027 opening")
            if f.kind == "timeline"]
    assert [f.verdict for f in plan] == ["corroborated"]
    assert not any("2029 target" in c.text for c in plan[0].claims)
    assert report.summary.contradicted == 0


def test_a_timeline_item_quotes_its_date_with_its_event(tmp_path: Path) -> None:
    """The evidence of "- **3 Mar 2026** - Ferry service resumes." is the line as written."""
    report = run(tmp_path, {
        "a.md": "---\ntitle: Ferry strike\nsource: Brief AI\n---\n\n## Timeline\n\n"
                "- **3 Mar 2026** - Ferry service on the Skerra route resumes.\n",
    })
    [claim] = [c for f in report.findings if f.kind == "timeline" for c in f.claims]
    assert claim.text == "**3 Mar 2026** - Ferry service on the Skerra route resumes."
    assert claim.value == "2026-03-03"


def test_a_wire_dateline_is_not_what_an_event_tells(tmp_path: Path) -> None:
    """"OSLO (Nordwire) - Halvard Rail opened the Kessel tunnel on June 4" tells what
    "Halvard Rail opens the Kessel tunnel" tells: the dateline names no other thing."""
    report = run(tmp_path, {
        "a.md": page("Rail Weekly", "2026-05-05", "Kessel tunnel opens",
                     "On May 4, 2026, Halvard Rail opened the Kessel tunnel to freight."),
        "b.md": page("Nordwire", "2026-06-05", "Kessel tunnel",
                     "OSLO (Nordwire) - Halvard Rail opened the Kessel tunnel on June 4, "
                     "2026, the company said."),
        "c.md": page("Transit Today", "2026-05-05", "Kessel tunnel",
                     "Halvard Rail opens the Kessel tunnel."),
    })
    assert "contradicted" in verdicts(report, "On May 4, 2026", "on June 4")


def test_an_event_told_inside_a_statement_is_the_same_event(tmp_path: Path) -> None:
    """"In a statement, Halvard Rail said it opened the Kessel tunnel on June 4" tells
    the opening "Halvard Rail opens the Kessel tunnel" tells."""
    report = run(tmp_path, {
        "a.md": page("Rail Weekly", "2026-05-05", "Kessel tunnel opens",
                     "On May 4, 2026, Halvard Rail opened the Kessel tunnel to freight."),
        "b.md": page("Nordwire", "2026-06-05", "Kessel tunnel",
                     "In a statement, Halvard Rail said it opened the Kessel tunnel on "
                     "June 4, 2026."),
        "c.md": page("Transit Today", "2026-05-05", "Kessel tunnel",
                     "Halvard Rail opens the Kessel tunnel."),
    })
    assert "contradicted" in verdicts(report, "On May 4, 2026", "on June 4")


def test_two_storms_at_one_port_stay_two_past_a_dateline(tmp_path: Path) -> None:
    """"MANILA (Gulf Wire) - Storm Talvo came ashore close to Port Selby" and "Storm Orvik came
    ashore near Port Selby" nine days apart: the dateline hides no name of its own."""
    report = run(tmp_path, {
        "a.txt": "Thousands flee Storm Orvik\n\nCEBU (Gulf Wire) - Officials moved 9,000 "
                 "people. On August 5, 2022, Storm Orvik came ashore close to Port Selby.\n\n"
                 "(Reporting for Gulf Wire)\n",
        "b.txt": "Thousands flee Storm Talvo\n\nMANILA (Gulf Wire) - On August 14, 2022, "
                 "Storm Talvo came ashore close to Port Selby. Residents said they were ready.\n\n"
                 "(Reporting for Gulf Wire)\n",
    })
    assert report.summary.contradicted == 0


def test_equal_numbers_of_two_named_things_in_two_stories_are_two_facts(tmp_path: Path) -> None:
    """"The Orlan campus holds 16,000 servers" and "the Vessa region houses 16,000
    servers", in two stories of an archive (two folders): two things, not one fact."""
    for folder, name, verb in (("orlan", "Orlan campus", "holds"),
                               ("vessa", "Vessa region", "houses")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(page(
            "Server Weekly", "2026-03-02", f"Halvard opens the {name}",
            f"Halvard said the {name} {verb} 16,000 servers."), encoding="utf-8")
    report = run(tmp_path, {})
    assert not holding(report, "Orlan campus", "Vessa region")


def test_a_headline_and_a_sentence_opening_name_no_topic(tmp_path: Path) -> None:
    """A headline capitalises every word and a quote opens with "He": neither names what
    the article is about; a surname alone counts for the full name the text gives."""
    topics = {c.topic for c in figure_claims(tmp_path / "a.txt", (
        "Big Ice Route For Winter Sailings\n\n"
        "Keel Shipping chartered the Arvo Dane for 14 winter sailings, its chief Ilse Vahr "
        "said.\n\n\"He knows the ice,\" Vahr said of the captain. He sailed for Keel Shipping "
        "in 2019.\n\nVahr added that the vessel would call at Tromvik twice a week.\n"))}
    assert len(topics) == 1
    topic = set(topics.pop())
    assert {"Keel Shipping", "Ilse Vahr"} <= topic
    assert not {"He", "Big Ice Route", "For Winter Sailings", "Vahr"} & topic


def test_one_events_folder_undated_pages_figures_of_no_period_may_clash(tmp_path: Path) -> None:
    """Two undated pages of one event's folder count the orchard's new trees with no
    period: one story's figure, so a different number is a contradiction."""
    report = run(tmp_path, {
        "a.txt": "Orchard replanting ends\n\nVolunteers planted 3,400 olive trees on the "
                 "burnt terraces above the village, the growers' cooperative said.\n",
        "b.txt": "Terraces green again\n\nOn the burnt terraces above the village, volunteers "
                 "planted 3,900 olive trees.\n",
        "c.md": page("Farm Wire", "2026-10-02", "Replanting",
                     "Volunteers planted 3,400 olive trees on the burnt terraces, the "
                     "cooperative said."),
        "d.md": page("Grain Daily", "2026-10-03", "Terraces",
                     "The cooperative said 40 volunteers worked on the terraces."),
    })
    assert "contradicted" in verdicts(report, "3,400 olive trees", "3,900 olive trees")


def test_a_figure_its_clause_denies_states_nothing(tmp_path: Path) -> None:
    """"Attendance wasn't 52,300" denies the figure: it neither confirms nor contradicts
    the stadium's count, which "was 52,300" would contradict."""
    for verb, clashes in (("was", 1), ("wasn't", 0), ("was never", 0)):
        folder = tmp_path / verb.replace("'", "").replace(" ", "-")
        folder.mkdir()
        report = run(folder, {
            "a.md": page("Match Report", "2026-05-02", "Cup final",
                         "The stadium said attendance at the cup final was 48,300."),
            "b.md": page("Terrace Talk", "2026-05-02", "Cup final crowd",
                         f"Attendance at the cup final {verb} 52,300, the stadium said."),
        })
        assert report.summary.contradicted == clashes, verb
    # a negation after the figure denies something else: the count stands
    report = run(tmp_path / "was", {
        "c.md": page("Fan Zone", "2026-05-02", "Cup final crowd",
                     "Attendance at the cup final of 52,300 was not a surprise, the stadium "
                     "said."),
    })
    assert "contradicted" in verdicts(report, "was 48,300", "was not a surprise")


def test_a_rate_is_of_its_denominator(tmp_path: Path) -> None:
    """"A berth costs €590 a month" and "€590 a year" are two prices; "€590 per month"
    and "€590/month" are one."""
    report = run(tmp_path, {
        "a.md": page("Marina News", "2026-04-02", "Berth fees",
                     "The harbour board said a winter berth would cost €590 a month from May."),
        "b.md": page("Coast Post", "2026-04-02", "Berth fees rise",
                     "The harbour board said a winter berth would cost €590 per month."),
        "c.md": page("Sail Digest", "2026-04-03", "Berths",
                     "The harbour board said a winter berth would cost €590 a year."),
    })
    assert "corroborated" in verdicts(report, "€590 a month", "€590 per month")
    assert not holding(report, "€590 a year", "€590 a month")


def test_a_conjunction_opening_a_post_is_no_predicate() -> None:
    """"But 412 seats…" tells its figure by no verb: "but" says nothing it measures."""
    from factcheck.extract.measured import identify
    from factcheck.lexicon import load_lexicon

    sent = "But 412 seats is not enough for a majority."
    at = sent.index("412")
    ident = identify(sent, at, at + 3, "seats", None, load_lexicon())
    assert ident.predicate != "but"


def test_a_currencys_hundredth_is_read_in_the_currency() -> None:
    """"4.6 pence" is £0.046 and "35 cents" $0.35, as "£0.046" and "$0.35" would be."""
    from factcheck.extract.figures import find_figures

    read = {f.text: (f.quantity.unit, f.quantity.low) for f in find_figures(
        "The co-op pays 4.6 pence a litre, up from 35 cents, or 20 euro cents in Cork.")}
    assert read == {"4.6 pence": ("GBP", 0.046), "35 cents": ("USD", 0.35),
                    "20 euro cents": ("EUR", 0.2)}


def test_an_undated_page_is_not_dated_by_a_day_to_come(tmp_path: Path) -> None:
    """An undated page that says the ferry "will start sailing on May 4, 2027" and that
    "the pier opened on March 2, 2026" was written after March 2, 2026, not in 2027."""
    published = {c.published for c in figure_claims(tmp_path / "a.txt", (
        "Pier news\n\nThe Lunde pier opened on March 2, 2026, the council said. "
        "The council spent €12 million on the pier. The ferry will start sailing "
        "on May 4, 2027.\n"))}
    assert published == {dt.date(2026, 3, 2)}


def test_times_taken_are_durations_in_any_writing() -> None:
    """A time taken as a clock ("4:12:09"), compactly ("3h20m") or in units ("3 hours and
    20 minutes of delays", "finished in 4 hours 12 minutes and 9 seconds") is one length."""
    from factcheck.extract.figures import find_figures

    def read(text: str) -> list[tuple[float, str | None]]:
        return [(round(f.quantity.low or 0, 6), f.noun) for f in find_figures(text)]

    clock = round((4 * 3600 + 12 * 60 + 9) / 86400, 6)
    assert read("The Breton rider finished in 4:12:09 on the Col stage.") == [
        (clock, "time")]
    assert read("She finished in 4 hours 12 minutes and 9 seconds.") == [(clock, "time")]
    assert read("Signals failed, causing 3 hours and 20 minutes of disruption.") == [
        (round(200 / 1440, 6), "outage")]
    assert read("The ferry link was down for 3h20m.") == [(round(200 / 1440, 6), "outage")]
    assert read("The plan runs in three years.") == []


def test_a_time_of_nothing_named_agrees_but_never_clashes(tmp_path: Path) -> None:
    """"Her 4:12:09 broke the 4:13:30 record": two times of one sentence's story, each a
    time of something not named: they may agree, never clash."""
    report = run(tmp_path, {
        "a.md": page("Cycle Wire", "2026-07-12", "Stage 9",
                     "Ines Varga's 4:12:09 on the Col stage broke the 4:13:30 record."),
        "b.md": page("Velo Daily", "2026-07-12", "Varga record",
                     "Ines Varga's 4:12:09 on the Col stage is a record."),
        "c.md": page("Peloton Post", "2026-07-12", "Col stage",
                     "The old record of 4:13:30 on the Col stage fell to Ines Varga."),
    })
    assert report.summary.contradicted == 0
    assert "corroborated" in verdicts(report, "Varga's 4:12:09 on the Col stage broke",
                                      "is a record")


def test_a_year_told_in_passing_does_not_date_an_undated_pages_quarters(tmp_path: Path) -> None:
    """"The mill, bought in 2019 for $40 million" dates one figure: the undated page's
    "first quarter" stays open; two figures of 2025 would make it 2025's."""
    periods = figure_periods(tmp_path / "a.txt", (
        "Sawmill output\n\nOutput at the Lindqvist mill rose 4.2% in the first quarter.\n\n"
        "The mill, bought in 2019 for $40 million, employs 212 people.\n"))
    assert periods["% 4.2"] is None
    periods = figure_periods(tmp_path / "b.txt", (
        "Sawmill output\n\nOutput at the Lindqvist mill rose 4.2% in the first quarter.\n\n"
        "The mill sold $61 million of timber in 2025 and $9 million of pellets in 2025.\n"))
    assert periods["% 4.2"] == "2025-Q1"


def test_one_of_a_group_is_not_the_groups_owner() -> None:
    """"Mr Hale was one of some 4,200 growers" counts the growers, not Mr Hale's own."""
    from factcheck.extract.measured import identify
    from factcheck.lexicon import load_lexicon

    for sent in ("Mr Hale was one of some 4,200 growers hit by the frost.",
                 "Ilse Brandt, among 4,200 growers hit by the frost, lost her crop."):
        at = sent.index("4,200")
        assert identify(sent, at, at + 5, "growers", None, load_lexicon()).owner == "", sent


def test_a_person_another_outlet_names_in_a_role_is_corroborated_by_name(
        tmp_path: Path) -> None:
    """"the union's negotiator, Petra Dunmore," in one outlet and "Dunmore told the
    strikers…" in another: the surname alone names the person the role names."""
    report = run(tmp_path, {
        "a.md": page("Dockside Echo", "2026-03-02", "Port strike talks",
                     "The talks stalled on Monday, the union's negotiator, Petra Dunmore, "
                     "said."),
        "b.md": page("Harbour Labour News", "2026-03-03", "Port strike enters week two",
                     "Pickets stayed at the gates. Dunmore told the strikers that the "
                     "offer fell short."),
    })
    found = [f for f in report.findings if f.kind == "name"
             and any(c.value == "Petra Dunmore" for c in f.claims)]
    assert [f.verdict for f in found] == ["corroborated"]
    assert {c.source for c in found[0].claims} == {"a.md", "b.md"}
    assert report.summary.contradicted == 0


def test_a_bare_surname_two_people_may_bear_joins_neither(tmp_path: Path) -> None:
    """Two people of one surname in roles: "Hollis said" may be either, and corroborates
    no one; a name no role claim names stays out of the report."""
    report = run(tmp_path, {
        "a.md": page("Mining Weekly", "2026-05-10", "Pit closure",
                     "The pit closed on Friday, the mine's manager, Oren Hollis, said."),
        "b.md": page("Ore Post", "2026-05-11", "Pit closure fallout",
                     "The company's chair, Wendy Hollis, was not available."),
        "c.md": page("Valley Courier", "2026-05-12", "Miners' anger",
                     "Miners gathered at the gate. Hollis said the decision was final."),
        "d.md": page("Rock Report", "2026-05-12", "Miners' anger",
                     "Quarrymen met at the chapel. Brannock said nothing had changed."),
    })
    assert not holding(report, "Hollis said the decision")
    assert not holding(report, "Brannock said nothing")
    assert report.summary.contradicted == 0


def test_a_table_row_a_role_labels_names_the_person_in_it(tmp_path: Path) -> None:
    """"| Referee | Ines Calloway |" in a match table and "referee Ines Calloway" in a
    sentence: one person in one role."""
    report = run(tmp_path, {
        "a.md": page("Court Side", "2026-06-20", "Final facts", "",
                     "| Item | Detail |", "|---|---|", "| Venue | Marsh Lane Courts |",
                     "| Umpire | Ines Calloway |", "| Duration | 3 hours |", ""),
        "b.md": page("Tennis Today", "2026-06-20", "Final report",
                     "The final was halted twice by umpire Ines Calloway for rain."),
    })
    found = [f for f in report.findings if f.kind == "name"
             and any(c.value == "Ines Calloway" for c in f.claims)]
    assert [f.verdict for f in found] == ["corroborated"]
    assert any("| Umpire | Ines Calloway |" in c.text for c in found[0].claims)


def test_two_people_told_in_one_owners_sole_role_clash(tmp_path: Path) -> None:
    """"Brightwell Shipping's chief executive, Oskar Lindqvist" and "Brightwell Shipping
    CEO Maren Holt": one owner's one office told with two holders by two outlets."""
    report = run(tmp_path, {
        "a.md": page("Freight Line", "2026-04-02", "Box rates slide",
                     "Brightwell Shipping's chief executive, Oskar Lindqvist, said rates "
                     "fell in March."),
        "b.md": page("Port Journal", "2026-04-02", "Box rates slide",
                     "Brightwell Shipping CEO Maren Holt said rates fell in March."),
    })
    clash = [f for f in holding(report, "Oskar Lindqvist", "Maren Holt")
             if f.verdict == "contradicted"]
    assert len(clash) == 1 and clash[0].kind == "name"


@pytest.mark.parametrize("other", [
    # a word that says when the role was held
    "Brightwell Shipping's former chief executive, Maren Holt, said rates fell in March.",
    # a change of office
    "Maren Holt replaces Oskar Lindqvist as Brightwell Shipping's chief executive.",
    # two holders, told as such
    "Maren Holt and Oskar Lindqvist, Brightwell Shipping's co-chief executives, spoke.",
    # a role many hold at once
    "Brightwell Shipping's director Maren Holt said rates fell in March.",
    # an article telling a change of office elsewhere
    "Brightwell Shipping CEO Maren Holt said rates fell in March. Holt replaced Oskar "
    "Lindqvist in January.",
    # another owner
    "Harwick Lines' chief executive, Maren Holt, said rates fell in March.",
    # one surname: the same person, spelt otherwise
    "Brightwell Shipping CEO Oscar Lindqvist said rates fell in March.",
])
def test_two_names_that_may_both_be_true_never_clash(tmp_path: Path, other: str) -> None:
    report = run(tmp_path, {
        "a.md": page("Freight Line", "2026-04-02", "Box rates slide",
                     "Brightwell Shipping's chief executive, Oskar Lindqvist, said rates "
                     "fell in March."),
        "b.md": page("Port Journal", "2026-04-02", "Box rates slide", other),
    })
    assert report.summary.contradicted == 0


def test_one_person_told_in_one_office_alike_is_no_clash(tmp_path: Path) -> None:
    """"Oskar Lindqvist" and "Lindqvist's" … the full name and the title with it agree."""
    report = run(tmp_path, {
        "a.md": page("Freight Line", "2026-04-02", "Box rates slide",
                     "Brightwell Shipping's chief executive, Oskar Lindqvist, said rates "
                     "fell in March."),
        "b.md": page("Port Journal", "2026-04-02", "Box rates slide",
                     "Oskar Lindqvist, chief executive of Brightwell Shipping, said rates "
                     "fell in March."),
    })
    assert report.summary.contradicted == 0
    found = [f for f in report.findings if f.kind == "name"
             and any(c.value == "Oskar Lindqvist" for c in f.claims)]
    assert [f.verdict for f in found] == ["corroborated"]


def test_the_subject_of_a_frames_verb_fills_its_slot(tmp_path: Path) -> None:
    """"Varnholm Yards built the ferry" and "the ferry, built by Varnholm Yards and Ostra
    Marine": one builder, told by two outlets; the second name of the list fills the slot
    too, and two builders never clash."""
    report = run(tmp_path, {
        "a.md": page("Ferry Times", "2026-02-10", "New ferry delivered",
                     "Varnholm Yards built the ferry in 14 months at its Tromsdal dock."),
        "b.md": page("Coastal Freight", "2026-02-11", "Ferry enters service",
                     "The ferry, built by Ostra Marine and Varnholm Yards, carries 600 "
                     "passengers."),
        "c.md": page("Marine Log", "2026-02-12", "Ferry enters service",
                     "Ostra Marine assembled the hull, the yard said."),
    })
    built = [f for f in report.findings if f.kind == "name"
             and {c.value for c in f.claims} == {"Varnholm Yards"}]
    assert [f.verdict for f in built] == ["corroborated"]
    assert {c.source for c in built[0].claims} == {"a.md", "b.md"}
    hull = [f for f in report.findings if f.kind == "name"
            and {c.value for c in f.claims} == {"Ostra Marine"}]
    assert [f.verdict for f in hull] == ["corroborated"]
    assert report.summary.contradicted == 0


def test_two_holders_of_one_office_a_year_apart_never_clash(tmp_path: Path) -> None:
    """Who holds a role changes: "Brightwell Shipping CEO Maren Holt" a year after
    "Brightwell Shipping's chief executive, Oskar Lindqvist" may both be true."""
    report = run(tmp_path, {
        "a.md": page("Freight Line", "2025-04-02", "Box rates slide",
                     "Brightwell Shipping's chief executive, Oskar Lindqvist, said rates "
                     "fell in March."),
        "b.md": page("Port Journal", "2026-04-02", "Box rates slide",
                     "Brightwell Shipping CEO Maren Holt said rates fell in March."),
    })
    assert report.summary.contradicted == 0


def test_a_time_or_a_possessives_number_designates_nothing() -> None:
    """"Flight 1282" is a designation; "Varga's 4 hours" and "Varga 4:12:09" are not."""
    from factcheck.extract.names import _NAME, designators

    assert designators("Flight 1282") == ["1282"]
    for text in ("Ines Varga's 4 hours and 12 minutes", "Ines Varga 4:12:09 on the Col"):
        name = _NAME.match(text)
        assert name is not None and not designators(name.group(1)), text


def test_a_games_score_is_a_tally_that_never_meets_a_vote(tmp_path: Path) -> None:
    """"The Falcons beat Norrvik 4-2" and "Norrvik lost 2-4 to the Falcons" tell one
    score; "a 4-1 win" on another page of the game contradicts it; a 4-2 vote is no score."""
    from factcheck.extract.figures import find_figures

    read = [(f.quantity.value, f.noun) for f in find_figures(
        "The Falcons beat Norrvik 4-2 after the board voted 4-2 to keep the rink open.")]
    assert read == [("tally 4-2", "score"), ("tally 4-2", "vote")]
    assert [f.quantity.value for f in find_figures("Norrvik lost 2-4 at home.")] == [
        "tally 4-2"]
    assert find_figures("the 2025-26 season opened") == []
    report = run(tmp_path, {
        "a.md": page("Ice Wire", "2026-02-08", "Falcons win",
                     "The Falcons beat Norrvik 4-2 in the league final at Ystad Arena."),
        "b.md": page("Rink Report", "2026-02-08", "Final",
                     "Norrvik lost 2-4 to the Falcons in the league final at Ystad Arena."),
        "c.md": page("Puck Daily", "2026-02-09", "Falcons champions",
                     "The Falcons sealed a 4-1 win over Norrvik in the league final at Ystad "
                     "Arena."),
    })
    assert "contradicted" in verdicts(report, "beat Norrvik 4-2", "a 4-1 win")


def test_below_ground_is_a_depth(tmp_path: Path) -> None:
    """"Trapped 310 metres below ground" and "a shaft 310 metres deep" tell one depth."""
    report = run(tmp_path, {
        "a.md": page("Pit Wire", "2026-06-02", "Shaft rescue",
                     "The two surveyors were trapped 310 metres below ground at the Orsk shaft."),
        "b.md": page("Mining Daily", "2026-06-02", "Orsk shaft",
                     "The Orsk shaft, 310 metres deep, was sealed after the rescue."),
    })
    assert "corroborated" in verdicts(report, "310 metres below ground", "310 metres deep")


def test_a_datelines_agency_owns_no_figure(tmp_path: Path) -> None:
    """"TROMVIK (Coast Wire) - Landings rose 12% to 8,400 boxes": the agency reports it, and
    the word opening the sentence after the dateline is no owner either."""
    owners = {c.owner for c in figure_claims(tmp_path / "a.txt", (
        "Cod landings\n\nTROMVIK, March 3 (Coast Wire) - Landings rose 12% to 8,400 boxes "
        "of cod at the harbour this week.\n"))}
    assert owners and not {"Coast Wire", "Landings"} & owners


def test_the_name_a_subject_hangs_on_by_of_owns_its_figure() -> None:
    """"The policy rate of the Bank of Ostmark rose to 4%" is the Bank of Ostmark's."""
    from factcheck.extract.measured import identify
    from factcheck.lexicon import load_lexicon

    sent = "The policy rate of the Bank of Ostmark rose to 4%."
    at = sent.index("4%")
    ident = identify(sent, at, at + 2, None, "interest rate", load_lexicon(), "%")
    assert ident.owner == "Bank of Ostmark"


def test_a_name_with_of_is_one_topic_name(tmp_path: Path) -> None:
    """"the Bank of Ostmark" is one name: its page's topic is not the word "Bank"."""
    topics = {c.topic for c in figure_claims(tmp_path / "a.txt", (
        "Rates\n\nThe policy rate of the Bank of Ostmark rose to 4%. Analysts at the Bank "
        "of Ostmark had expected 3.75%.\n"))}
    assert topics and all("Bank of Ostmark" in t and "Bank" not in t for t in topics)


def test_a_count_told_with_its_owner_agrees_with_it_told_without(tmp_path: Path) -> None:
    """"The rescue team sent five search dogs" and a post's "Five search dogs out tonight"
    in one event's folder are one count, though only one names whose dogs they are; a
    count of another noun does not join them."""
    report = run(tmp_path, {
        "a.md": page("Fellside Gazette", "2026-02-14", "Walker found on Brackmoor",
                     "The Brackmoor Mountain Rescue Team sent five search dogs onto the "
                     "moor near Tarn Howe on Saturday night."),
        "b.txt": "Moor Watch @moorwatch · Feb 14\nFive search dogs out above Tarn Howe "
                 "tonight. Fingers crossed for the walker at Tarn Howe.\n",
        "c.md": page("Dale Radio", "2026-02-14", "Brackmoor search",
                     "Five helicopters were not needed, the coastguard said."),
    })
    dogs = of_kind(report, "figure", "five search dogs onto", "Five search dogs out")
    assert [f.verdict for f in dogs] == ["corroborated"]
    assert not holding(report, "five search dogs onto", "Five helicopters")
    assert report.summary.contradicted == 0


def test_a_measure_a_later_clause_names_is_not_the_figures(tmp_path: Path) -> None:
    """"sold 3,000 tickets before the stadium was evacuated": the count is of tickets; the
    evacuation is the later clause's, and the count is no running toll."""
    [tickets] = figure_claims(tmp_path / "a.md", page(
        "Terrace Talk", "2026-04-11", "Derby called off",
        "Hallbridge Rovers sold 3,000 tickets on Friday before the stadium was evacuated."))
    assert tickets.metric != "evacuated" and tickets.head == "ticket"
    assert not tickets.running


def test_a_score_out_of_its_scale_is_a_figure(tmp_path: Path) -> None:
    """A bare number told out of the top of its scale, or after "a score of", is a value
    of what the clause scores; "seven out of 10 guests" is still a share."""
    def values(text: str) -> list[str]:
        claims = figure_claims(tmp_path / "a.md", page("Tourism Ledger", "2026-06-03",
                                                        "Hotels", text))
        return [c.quantity.value for c in claims]

    assert values("The Marlow Grand scored 87.5 out of 100 in the inspection.") == [
        "count 87.5"]
    assert values("Its overall score of 86.5 put it third.") == ["count 86.5", "rank 3"]
    assert values("Seven out of 10 guests praised the staff.") == ["% 70"]
    assert values("The board of 12 met on Friday.") == []


def test_an_overall_score_and_a_score_of_one_thing_clash_when_no_part(
        tmp_path: Path) -> None:
    """"scored 87.5 out of 100" and "an overall score of 86.5", each the only score its
    page gives the hotel: one score told two ways. An overall score above a score told
    for one part ("21.5 out of 25 for cleanliness") may be the whole it is part of."""
    report = run(tmp_path, {
        "a.md": page("Tourism Ledger", "2026-06-03", "Hotel inspections published",
                     "The Marlow Grand scored 87.5 out of 100 in the city hotel "
                     "inspection, the tourism board said."),
        "b.md": page("Harbour Evening News", "2026-06-03", "Marlow Grand slips",
                     "The Marlow Grand's overall score of 86.5 in the city hotel inspection "
                     "put it third, the tourism board said."),
        "c.md": page("City Stay Blog", "2026-06-04", "Clean rooms at the Marlow Grand",
                     "The Marlow Grand scored 21.5 out of 25 in the city hotel inspection, "
                     "the tourism board said."),
    })
    clash = clashes(report, "scored 87.5", "overall score of 86.5")
    assert len(clash) == 1
    assert not clashes(report, "overall score of 86.5", "scored 21.5")


def test_a_position_told_as_an_ordinal_is_a_rank(tmp_path: Path) -> None:
    """"climbed to 14th", "finished 3rd in", a cell "41st": positions; an ordinal
    numbering a thing of a series or a day is none."""
    def ranks(text: str) -> list[str]:
        return ranks_told(tmp_path / "a.md", text)

    assert ranks("Mara Veltri climbed to 14th in the world rankings.") == ["rank 14"]
    assert ranks("Veltri finished 3rd in the Ostrava final.") == ["rank 3"]
    assert ranks("| Item | Value |\n|---|---|\n| Mara Veltri | 41st |") == ["rank 41"]
    for text in ("Veltri broke in the 23rd minute of the set.",
                 "The club marks its 25th anniversary on the 5th.",
                 "The final is on June 5th.", "Ostrava Vale is the 3rd-largest club."):
        assert ranks(text) == [], text


def test_one_players_two_positions_clash_and_another_players_do_not(
        tmp_path: Path) -> None:
    """A named owner's position on two pages of one event: one standing. Another
    player's position on a page listing several is no rival of it, and a position a year
    before ("up from 41st") is another fact."""
    report = run(tmp_path, {
        "a.md": page("Baseline Weekly", "2026-03-09", "Veltri's rise",
                     "Mara Veltri climbed to 14th in the world rankings on Monday."),
        "b.md": page("Court Digest", "2026-03-09", "Rankings at a glance",
                     "| Item | Value |", "|---|---|", "| Mara Veltri | 19th |"),
        "c.md": page("Net Cord", "2026-03-10", "Veltri and Dask move up",
                     "Mara Veltri is 14th, up from 41st a year ago, and Ilse Dask is 22nd."),
    })
    clash = clashes(report, "climbed to 14th", "| Mara Veltri | 19th |")
    assert len(clash) == 1
    assert not any("41st" in c.text and c.value == "rank 41" for f in clash
                   for c in f.claims)
    assert report.summary.contradicted == 1


@pytest.mark.parametrize("verb, sign", [("soared", 1), ("rocketed", 1), ("plunged", -1),
                                        ("tumbled", -1), ("slumped", -1), ("has risen", 1),
                                        ("has fallen", -1)])
def test_a_percentage_after_a_verb_of_moving_is_a_change(tmp_path: Path, verb: str,
                                                         sign: int) -> None:
    """"Revenue soared 18%": a move of the measure, signed by its verb, not its level."""
    [move] = figure_claims(tmp_path / "a.md", page(
        "Transit Brief", "2026-02-02", "Dunmore Transit revenue",
        f"Revenue at Dunmore Transit {verb} 18% in January, the operator said."))
    assert "change" in move.modifiers
    assert move.quantity.low == sign * 18


def test_the_agent_of_a_passive_is_a_fact_though_its_page_is_about_it(
        tmp_path: Path) -> None:
    """"published on Monday by Meridale Research", "carried out by Meridale Research":
    who did what the sentence tells is a fact of the story, though the page speaks of
    that name throughout (a page's own subject is otherwise no name claim)."""
    report = run(tmp_path, {
        "a.md": page("Vale Politics", "2026-04-20", "Meridale Research poll: Greens ahead",
                     "Meridale Research says the Greens lead in Dunmore.",
                     "The Greens lead by six points, according to a poll published on "
                     "Monday by Meridale Research.",
                     "Meridale Research has polled the region since 2010."),
        "b.md": page("Dunmore Echo", "2026-04-21", "Meridale Research finds Greens lead",
                     "Meridale Research puts the Greens first in Dunmore.",
                     "The survey of voters was carried out by Meridale Research last week.",
                     "Meridale Research is based in Harwick."),
    })
    agents = of_kind(report, "name", "published on Monday by", "carried out by")
    assert [f.verdict for f in agents] == ["corroborated"]


@pytest.mark.parametrize("verb", ["drowned", "perished"])
def test_ways_of_dying_count_deaths(tmp_path: Path, verb: str) -> None:
    """"Five fishermen drowned" counts deaths, as "five fishermen died" does."""
    [dead] = figure_claims(tmp_path / "a.md", page(
        "Coast Wire", "2026-01-12", "Trawler lost off Skerra",
        f"Five fishermen {verb} when the trawler Ostrand sank off Skerra."))
    assert dead.key == "figure|deaths|count" and dead.running


def test_a_pressure_in_any_unit_is_one_quantity(tmp_path: Path) -> None:
    """"962 hPa", "962 millibars" and "28.41 inHg" are one storm pressure; "926 hPa" of
    the same storm on another page clashes with them."""
    report = run(tmp_path, {
        "a.md": page("Weather Desk", "2027-01-09", "Storm Ilka deepens",
                     "Storm Ilka's central pressure was measured at 962 hPa on Saturday "
                     "off the Skerra coast."),
        "b.md": page("Coast Radio", "2027-01-09", "Storm Ilka off Skerra",
                     "Storm Ilka's central pressure was measured at 962 millibars on "
                     "Saturday off the Skerra coast."),
        "c.md": page("Storm Watch Daily", "2027-01-09", "Ilka: the numbers",
                     "Storm Ilka's central pressure was measured at 926 hPa on Saturday "
                     "off the Skerra coast."),
    })
    [inhg] = figure_claims(tmp_path / "d.md", page(
        "Gulf Weather", "2027-01-09", "Ilka", "Storm Ilka's pressure reached 28.41 inHg."))
    assert inhg.quantity.unit == "Pa" and abs((inhg.quantity.low or 0) - 96207) < 5
    clash = clashes(report, "962 hPa", "926 hPa")
    assert len(clash) == 1
    assert {c.source for c in clash[0].claims} == {"a.md", "b.md", "c.md"}


@pytest.mark.parametrize("noun, verb", [("explosion", "exploded"), ("evacuation", "evacuated"),
                                        ("suspension", "suspended"), ("reduction", "reduced"),
                                        ("collision", "collided"), ("extension", "extended")])
def test_a_noun_of_an_act_has_its_verbs_stem(noun: str, verb: str) -> None:
    from factcheck.extract.text import stem

    assert stem(noun) == stem(verb) == stem(noun + "s"), (noun, verb)


def test_one_happening_told_by_its_noun_and_its_verb_clashes_on_two_days(
        tmp_path: Path) -> None:
    """"The suspension of Harl Mining shares on Monday, March 9" and "Harl Mining shares
    were suspended on Tuesday, March 10": one happening, two days."""
    report = run(tmp_path, {
        "a.md": page("Bourse Brief", "2026-03-11", "Harl Mining halted",
                     "The suspension of Harl Mining shares on Monday, March 9, surprised "
                     "brokers."),
        "b.md": page("Tarn Business Wire", "2026-03-11", "Harl Mining trading halted",
                     "Harl Mining shares were suspended on Tuesday, March 10."),
    })
    clash = clashes(report, "suspension of Harl", "were suspended on")
    assert len(clash) == 1 and clash[0].kind == "timeline"


def test_a_day_another_clause_tells_is_no_date_of_what_had_happened(
        tmp_path: Path) -> None:
    """"4,000 people had been evacuated before the river peaked, and 900 were still in
    shelters on Thursday": Thursday is the shelters' day, not the evacuation's; it does
    not clash with the day the evacuation began."""
    report = run(tmp_path, {
        "a.md": page("Valley Post", "2026-02-13", "Ostra floods",
                     "More than 4,000 people had been evacuated from low-lying areas of the "
                     "Ostra valley before the river peaked, and about 900 were still in "
                     "public shelters on Thursday, February 12."),
        "b.md": page("Flood Desk", "2026-02-13", "Ostra flood timeline",
                     "- **9 Feb 2026** – Evacuation of low-lying areas of the Ostra valley "
                     "begins."),
    })
    assert not clashes(report, "had been evacuated", "Evacuation of low-lying")
    assert report.summary.contradicted == 0


def test_this_year_on_an_undated_page_agrees_with_the_year_but_never_clashes(
        tmp_path: Path) -> None:
    """"has lost 18% this year" on a page with no date may be 2026's "down 18% in 2026":
    the same move agrees; another value does not clash with it."""
    dated = page("Markets Brief", "2026-06-02", "Kestria index",
                 "The Kestria Composite index is down 18% against the dollar in 2026.")
    report = run(tmp_path, {
        "a.md": dated,
        "b.txt": "Market chatter\nThe Kestria Composite index has lost 18% against the "
                 "dollar this year, traders in Orvald said.\n",
    })
    assert "corroborated" in verdicts(report, "down 18% against", "has lost 18%")
    (tmp_path / "other").mkdir()
    other = run(tmp_path / "other", {
        "a.md": dated,
        "b.txt": "Market chatter\nThe Kestria Composite index has lost 31% against the "
                 "dollar this year, traders in Orvald said.\n",
    })
    assert other.summary.contradicted == 0


def test_a_number_set_off_after_a_persons_name_is_their_age(tmp_path: Path) -> None:
    """"said Mr Ilic, 63, who farms …" and "the 63-year-old farmer" agree on an age; the
    aside leaves the clause's frame to the figure after it ("jailed Tomas Brede, 41, for
    nine years" is a sentence); a party's seats after a comma are no age."""
    report = run(tmp_path, {
        "a.md": page("Fenland Post", "2026-08-03", "Hoard found at Wexley",
                     "\"It was pure luck,\" said Mr Goran Ilic, 63, who farms the land."),
        "b.md": page("Heritage Daily", "2026-08-04", "Wexley hoard",
                     "The 63-year-old farmer found the coins while ploughing near Wexley."),
    })
    assert "corroborated" in verdicts(report, "Goran Ilic, 63,", "The 63-year-old farmer")
    claims = figure_claims(tmp_path / "c.md", page(
        "Court Wire", "2026-08-05", "Wexley theft",
        "The court jailed the ringleader, Tomas Brede, 41, for nine years."))
    assert {c.quantity.unit: c.head for c in claims} == {"age": "age", "day": "sentence"}
    seats = figure_claims(tmp_path / "d.md", page(
        "Vote Desk", "2026-05-08", "Results", "The Greens won, with Labour, 41, behind."))
    assert not [c for c in seats if c.quantity.unit == "age"]


def test_a_person_named_by_two_roles_and_one_of_them_respelled_elsewhere_clashes(
        tmp_path: Path) -> None:
    """"head coach and director Ilse Varnholt" on one page, "head coach Ilse Varnholdt"
    on another: one person in one role, her surname spelled two ways."""
    report = run(tmp_path, {
        "a.md": page("Rink Report", "2026-02-20", "Halden Hawks win the final",
                     "\"We never stopped,\" said head coach and director Ilse Varnholt after "
                     "the Halden Hawks won the final."),
        "b.md": page("Ice Weekly", "2026-02-20", "Hawks champions",
                     "\"We never stopped,\" said head coach Ilse Varnholdt after the Halden "
                     "Hawks won the final."),
    })
    clash = clashes(report, "Ilse Varnholt", "Ilse Varnholdt", kind="name")
    assert len(clash) == 1


def test_a_round_sum_agrees_with_the_one_exact_sum_it_holds(tmp_path: Path) -> None:
    """"a deficit of about £18 million" is "£18.4 million" told roundly: one sum of one
    story. Beside two exact sums it holds ("£18.4 million", "£17.6 million") it names
    neither."""
    exact = page("Health Ledger", "2026-07-01", "Brenmoor trust deficit",
                 "The Brenmoor Health Trust reported a £18.4 million shortfall for 2025.")
    rounded = page("Brenmoor Echo", "2026-07-02", "Brenmoor trust in the red",
                   "The Brenmoor Health Trust's deficit of about £18 million for 2025 "
                   "worried governors.")
    report = run(tmp_path, {"a.md": exact, "b.md": rounded})
    assert "corroborated" in verdicts(report, "£18.4 million shortfall", "about £18 million")
    (tmp_path / "two").mkdir()
    two = run(tmp_path / "two", {
        "a.md": exact, "b.md": rounded,
        "c.md": page("Care Weekly", "2026-07-02", "Brenmoor trust",
                     "The Brenmoor Health Trust's spending on agency staff came to £17.6 "
                     "million for 2025."),
    })
    assert not holding(two, "£18.4 million shortfall", "about £18 million")


def test_a_position_in_words_or_as_no_is_a_rank(tmp_path: Path) -> None:
    """"lifted her to fifth in the rankings", "rises to No. 5", "finished second",
    "Seventh seed Ana Ruiz": positions; "the second time", "First, …" and "No. 10
    Downing Street" are none."""
    def ranks(text: str) -> list[str]:
        return ranks_told(tmp_path / "a.md", text)

    assert ranks("The win lifted Ines Markel to fifth in the world rankings.") == ["rank 5"]
    assert ranks("Markel rises to No. 5 in the world rankings.") == ["rank 5"]
    assert ranks("Tomas Brede finished second.") == ["rank 2"]
    assert ranks("Seventh seed Ines Markel won on Sunday.") == ["rank 7"]
    assert ranks("The fifth-ranked Markel beat the 12th-seeded Ana Ruiz.") == [
        "rank 5", "rank 12"]
    for text in ("It was the second time she had won the event.",
                 "First, the players were told to wait.",
                 "No. 10 Downing Street said nothing.", "She took a third of the prize.",
                 "The second-hand clubs sold out."):
        assert ranks(text) == [], text


def test_people_brought_out_alive_are_one_count_in_any_wording(tmp_path: Path) -> None:
    """"Nine were pulled out alive", "Nine survivors were brought out of the cave" and a
    cell "| Rescued alive | 9 |" count the rescued; the injured are another count."""
    report = run(tmp_path, {
        "a.md": page("Karst Wire", "2026-09-14", "Cave flood at Orlen",
                     "Nine were pulled out alive from the Orlen cave on Sunday, and four "
                     "were injured, the rescue service said."),
        "b.md": page("Valley Voice", "2026-09-14", "Orlen cave rescue",
                     "Nine survivors were brought out of the Orlen cave on Sunday."),
        "c.md": page("Rescue Brief", "2026-09-14", "Orlen cave: the numbers",
                     "| Item | Value |", "|---|---|", "| Rescued alive | 9 |"),
    })
    rescued = of_kind(report, "figure", "Nine were pulled out alive", "Nine survivors",
                      "| Rescued alive | 9 |")
    assert [f.verdict for f in rescued] == ["corroborated"]
    assert not any("count 4" in {c.value for c in f.claims} for f in rescued)


def test_a_count_of_them_is_what_its_clause_tells_and_a_part_of_a_whole_told_before(
        tmp_path: Path) -> None:
    """"Nine of them were pulled out alive" counts the rescued the sentence before spoke
    of; "30 pupils were injured, 6 of them seriously" counts a part of the 30."""
    [nine] = figure_claims(tmp_path / "a.md", page(
        "River Wire", "2026-10-02", "Minibus in the Tarn",
        "Nine of them were pulled out alive from the river."))
    assert nine.key == "figure|rescued|count" and "part" not in nine.modifiers
    claims = figure_claims(tmp_path / "c.md", page(
        "School News", "2026-10-03", "Orlen crash",
        "Thirty pupils were injured, 6 of them seriously."))
    assert {c.quantity.value: "part" in c.modifiers for c in claims} == {
        "count 30": False, "count 6": True}


def test_a_part_of_the_injured_told_two_ways_is_one_part(tmp_path: Path) -> None:
    """"Eleven of the injured were seriously hurt" and "40 fans were injured, 11 of them
    seriously": one part of the injured, told two ways; it never clashes with the 40."""
    report = run(tmp_path, {
        "a.md": page("Terrace Wire", "2026-04-19", "Crush at Halden Park",
                     "Forty fans were injured in the crush at Halden Park, 11 of them "
                     "seriously, police said."),
        "b.md": page("Halden Echo", "2026-04-19", "Halden Park crush",
                     "Eleven of the injured were seriously hurt in the Halden Park crush, "
                     "police said."),
    })
    assert "corroborated" in verdicts(report, "11 of them", "Eleven of the injured")
    assert report.summary.contradicted == 0
    [ships] = figure_claims(tmp_path / "c.md", page(
        "Harbour Post", "2026-01-05", "Storm at Kell", "Three of the ships sank at Kell."))
    assert ships.head == "ship" and "part" in ships.modifiers
