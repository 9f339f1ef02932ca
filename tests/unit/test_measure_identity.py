"""One figure told in other words ends in one finding: other nouns of one kind of thing,
owners written another way (a hashtag, a label, a name the other sentence tells),
narrowings the other clause tells, a weekday that is a time and no thing; while a
running count of two stated days stays two facts. Fields the labelled sets do not
cover: shipping, farming, insurance, opera, chess, courts, weather."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.measures import _VARIANT
from factcheck.extract.tableclaims import _label_parts
from factcheck.match import _names_agree, _thing_names
from factcheck.models import FigureClaim
from pages import holding, run


def page(outlet: str, date: str, title: str, *lines: str) -> str:
    return "\n".join(["---", f"source: {outlet}", f"date: {date}", f"title: {title}",
                      "---", "", *lines]) + "\n"


def figure_claims(path: Path, text: str) -> list[FigureClaim]:
    """The figure claims of one file holding `text`."""
    from factcheck.extract import extract
    from factcheck.load import load_one

    path.write_text(text, encoding="utf-8")
    return [c for c in extract(load_one(str(path), path.name)) if isinstance(c, FigureClaim)]


# --- names: what a sentence tells its figure of -------------------------------------

def test_a_weekday_or_month_is_a_time_not_a_thing() -> None:
    assert _thing_names("The barley harvest was 80% complete on Friday, the board said.") \
        == frozenset()
    assert _thing_names("Growers in the Tarn Valley finished by Sept 12.") == {"tarn valley"}


def test_a_hashtag_is_its_name_without_spaces() -> None:
    assert _names_agree("TarnValleyFloods", "Tarn Valley Floods")
    assert not _names_agree("TarnValley", "Tarn Valley Floods")
    assert not _names_agree("Tarnby", "Tarn Valley")


def test_a_label_a_colon_ends_owns_nothing(tmp_path: Path) -> None:
    [c] = [c for c in figure_claims(
        tmp_path / "a.md",
        "# Storm note\n\nTL;DR: Fourteen fishing boats were wrecked at Tarnmouth.\n")
        if c.quantity.low == 14]
    assert c.owner == ""


def test_a_row_label_names_its_owner_not_the_year_beside_it() -> None:
    assert _label_parts("Previous best (Ilse Maren, 2019)") == ("Previous best", "Ilse Maren")
    assert _label_parts("Seats (2021)") == ("Seats", "")
    assert _label_parts("Units (Kestria)") == ("Units", "Kestria")


# --- narrowings ----------------------------------------------------------------------

def test_including_lists_members_after_a_comma_a_name_or_a_bound() -> None:
    def narrowing(text: str) -> list[str]:
        return [m.group(0) for m in _VARIANT.finditer(text)]

    assert narrowing("premiums including flood cover") == ["including flood cover"]
    assert narrowing("sales, excluding fuel, rose") == ["excluding fuel"]
    assert narrowing("guilty on four of the six charges, including perjury") == []
    assert narrowing("a fleet including Tarn Star") == []
    assert narrowing("a crew including more than 40 deckhands") == []


# --- end to end: one value, other words ----------------------------------------------

def _wreck(second: str) -> dict[str, str]:
    return {
        "a.md": page("Coastal Wire", "2026-03-04", "Cargo ship founders off Tarnmouth",
                     "The Ostra Lind went down off Tarnmouth on Tuesday. All 19 crew "
                     "members were lifted off by the lifeboat."),
        "b.md": page("Harbour Herald", "2026-03-04", "Tarnmouth lifeboat's long night",
                     second),
    }


def test_one_count_told_by_two_nouns_of_people_is_one_fact(tmp_path: Path) -> None:
    r = run(tmp_path, _wreck("Volunteers at Brennick spent the night at sea, and all 19 "
                             "people were brought ashore safely."))
    [f] = holding(r, "All 19 crew", "19 people were brought")
    assert f.verdict == "corroborated"


def test_one_count_of_two_kinds_of_thing_is_not_joined(tmp_path: Path) -> None:
    r = run(tmp_path, _wreck("Volunteers at Brennick spent the night at sea, and 19 "
                             "containers were washed overboard."))
    assert not holding(r, "All 19 crew", "19 containers")


def test_a_narrowing_the_other_clause_tells_is_no_difference(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.md": page("Insurance Times", "2026-05-11", "Harlow Mutual outage",
                     "A systems fault at Harlow Mutual meant about 3.4 million claim "
                     "payments were delayed over the weekend."),
        "b.md": page("Cover Weekly", "2026-05-12", "Harlow Mutual apologises",
                     "Harlow Mutual apologised after roughly 3.4 million delayed "
                     "transactions left claim holders waiting."),
    })
    [f] = holding(r, "3.4 million claim", "3.4 million delayed")
    assert f.verdict == "corroborated"


def test_an_owner_the_other_sentence_tells_agrees(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.md": page("Opera Notes", "2026-02-02", "Vellmar Opera season",
                     "The Vellmar Opera's new season opened on Friday.",
                     "Ticket sales beat the record of £41.3 million set by the Halden Ring "
                     "cycle in 2019."),
        "b.md": page("Stage Wire", "2026-02-03", "Vellmar Opera sells out",
                     "The Vellmar Opera sold out its first week.",
                     "Halden Ring's £41.3 million had stood as the record for years."),
    })
    [f] = holding(r, "£41.3 million set by", "Halden Ring's £41.3 million")
    assert f.verdict == "corroborated"


# --- a running count of two days -----------------------------------------------------

def test_a_running_count_of_two_stated_days_is_two_facts(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.md": page("Farm Wire", "2026-04-14", "Blight spreads in the Tarn Valley",
                     "The potato blight outbreak in the Tarn Valley has grown to 57 "
                     "confirmed cases, inspectors said on April 14."),
        "b.md": page("Growers Gazette", "2026-04-14", "Tarn Valley blight",
                     "The Tarn Valley blight outbreak stands at 57 confirmed cases."),
        "c.md": page("Valley Post", "2026-04-15", "Blight in the Tarn Valley",
                     "As of April 1, 57 cases of blight had been confirmed in the Tarn "
                     "Valley, inspectors said."),
    })
    figures = [f for f in holding(r, "57") if f.kind == "figure"]
    assert figures
    assert not [f for f in figures
                if {"has grown to 57", "As of April 1, 57 cases"} <= {
                    s for c in f.claims for s in ("has grown to 57", "As of April 1, 57 cases")
                    if s in c.text}]


def test_a_years_rate_before_a_noun_is_no_comparison_base() -> None:
    from factcheck.extract.periods import in_comparison_base

    text = "The co-op set its hay at £2,450 a year before delivery, below last season."
    assert not in_comparison_base(text, text.find("£"))
    told = "Members paid £1,900, up from £1,700 a year before."
    assert in_comparison_base(told, told.find("£1,700"))


def test_a_particle_up_is_no_bound_and_no_rise(tmp_path: Path) -> None:
    [total] = [c for c in figure_claims(
        tmp_path / "a.md",
        "# Chess congress\n\nPrize money at the Tarn Chess Congress adds up to €64,000 "
        "this season.\n") if c.quantity.unit == "EUR"]
    assert total.quantity.bound == "exact"
    [share] = [c for c in figure_claims(
        tmp_path / "b.md",
        "# Chess congress\n\nJunior players made up 38% of the entrants at the Tarn "
        "Chess Congress.\n") if c.quantity.unit == "%"]
    assert "change" not in share.modifiers
