"""One value of one event told in other words (other verbs, a noun for a verb) is one
fact when the story says so; two measures that merely share a value are not. Fields the
benchmarks do not use: shipping, theatre, agriculture."""

from __future__ import annotations

from pathlib import Path

from pages import holding, run


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs)) + "\n"


def _port(second: str) -> dict[str, str]:
    return {
        "a.txt": article("Harwick port congestion eases",
                         "HARWICK (Coastal Wire) - The container yard at Harwick was 72% "
                         "occupied on Tuesday as feeder ships cleared the backlog."),
        "b.txt": article("Harwick port clears its backlog", second),
    }


def test_a_percentage_told_by_another_verb_is_one_fact(tmp_path: Path) -> None:
    r = run(tmp_path, _port("By Tuesday the Harwick container yard had reached 72 percent "
                            "occupancy, the harbour master said."))
    [f] = holding(r, "was 72% occupied", "reached 72 percent occupancy")
    assert f.verdict == "corroborated"


def test_another_day_is_another_fact(tmp_path: Path) -> None:
    # a running level told for two days agrees with neither
    r = run(tmp_path, _port("By Thursday the Harwick container yard had reached 72 percent "
                            "occupancy, the harbour master said."))
    assert not holding(r, "was 72% occupied", "reached 72 percent occupancy")


def test_one_value_of_another_measure_is_not_joined(tmp_path: Path) -> None:
    # the same number told of something the clauses share no word for
    r = run(tmp_path, _port("On Tuesday 72% of dockers at Harwick backed the new shift "
                            "pattern in a ballot."))
    assert not holding(r, "was 72% occupied", "72% of dockers")


def test_a_count_told_by_another_noun_is_one_fact(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Lindqvist harvest festival draws a crowd",
                         "LINDQVIST - A crowd of 4,800 visitors attended the Lindqvist "
                         "harvest festival on Saturday."),
        "b.txt": article("Lindqvist harvest festival",
                         "The Lindqvist harvest festival drew 4,800 attendees on Saturday, "
                         "the organisers said."),
    })
    [f] = holding(r, "4,800 visitors", "4,800 attendees")
    assert f.verdict == "corroborated"


def test_a_change_is_not_the_level_it_shares_a_value_with(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Corrie Playhouse ticket sales",
                         "CORRIE (Stage Daily) - Ticket sales at the Corrie Playhouse rose "
                         "18% this season."),
        "b.txt": article("Corrie Playhouse season",
                         "Ticket sales were 18% of the Corrie Playhouse's income this "
                         "season."),
    })
    assert not [f for f in holding(r, "rose 18%", "were 18%") if f.kind == "figure"]


def test_two_weekdays_of_undated_pages_are_two_facts(tmp_path: Path) -> None:
    # no calendar ties an undated page's "Monday" to another's "Thursday"
    r = run(tmp_path, {
        "a.txt": article("Brenmoor reservoir levels",
                         "The Brenmoor reservoir was 81% full on Monday after the storms, "
                         "the water board said."),
        "b.txt": article("Brenmoor reservoir after the storms",
                         "The Brenmoor reservoir was 81% full as of Thursday evening after "
                         "the storms, the water board said."),
    })
    assert not holding(r, "81% full on Monday", "81% full as of Thursday")


def _airport(second: str) -> dict[str, str]:
    return {
        "a.txt": article("Fog grounds flights at Pellow airport",
                         "About 2,300 passengers were stranded at Pellow airport as fog "
                         "grounded flights."),
        "b.txt": article("Pellow airport fog", second),
    }


def test_a_round_value_is_the_exact_one_told_by_another_noun(tmp_path: Path) -> None:
    r = run(tmp_path, _airport("Fog left 2,300 travellers stranded at Pellow airport, "
                               "the operator said."))
    [f] = holding(r, "About 2,300 passengers", "2,300 travellers")
    assert f.verdict == "corroborated"


def test_a_bound_is_not_the_value_it_bounds(tmp_path: Path) -> None:
    r = run(tmp_path, _airport("Fog left up to 2,300 travellers stranded at Pellow "
                               "airport, the operator said."))
    assert not holding(r, "About 2,300 passengers", "up to 2,300 travellers")


def _keys(tmp_path: Path, text: str) -> set[str]:
    from factcheck.extract import extract
    from factcheck.load import load_one
    from factcheck.models import FigureClaim

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return {c.key for c in extract(load_one(str(path), str(path)))
            if isinstance(c, FigureClaim)}


def test_members_named_one_by_one_are_no_other_measure(tmp_path: Path) -> None:
    keys = _keys(tmp_path, article("Ferry fire off Skarra",
                                   "Two people have died, including a ferry engineer, the "
                                   "Skarra coastguard said."))
    assert keys and not any("(" in k for k in keys)


def test_a_basis_told_by_including_is_another_measure(tmp_path: Path) -> None:
    keys = _keys(tmp_path, article("Skarra Ferries results",
                                   "Skarra Ferries reported revenue of $412 million "
                                   "including fuel surcharges in 2025."))
    assert any("(including fuel" in k for k in keys)


def _modifiers(tmp_path: Path, text: str) -> list[tuple[str, ...]]:
    from factcheck.extract import extract
    from factcheck.load import load_one
    from factcheck.models import FigureClaim

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [c.modifiers for c in extract(load_one(str(path), str(path)))
            if isinstance(c, FigureClaim)]


def test_a_clause_led_by_a_word_beginning_with_than_is_no_comparison(tmp_path: Path) -> None:
    # "thanked" is not "than": the figure is the clause's own, not a comparison's base
    mods = _modifiers(tmp_path, article(
        "Pellow harbour reopens",
        "The harbour master, who has run Pellow port since May, thanked the 340 pilots on "
        "the river and asked skippers to stay patient."))
    assert mods and not any("base" in m for m in mods)


def test_a_clause_led_by_than_is_a_comparison(tmp_path: Path) -> None:
    mods = _modifiers(tmp_path, article(
        "Pellow harbour traffic",
        "Pellow port handled 412 ships in May, more than the 380 ships it handled in April."))
    assert any("base" in m for m in mods)


def test_a_plan_and_a_result_stating_one_value_agree(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Brisco Air trims its winter schedule",
                         "Brisco Air will cut 12% of its winter flights from Oldhaven, the "
                         "airline said on Friday."),
        "b.txt": article("Fewer Brisco Air flights from Oldhaven",
                         "The 12% reduction in Brisco Air winter flights hits the Oldhaven "
                         "routes hardest."),
    })
    [f] = [f for f in holding(r, "will cut 12%", "The 12% reduction") if f.kind == "figure"]
    assert f.verdict == "corroborated"
