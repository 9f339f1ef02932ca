"""A measure each page of one event's folder states once, with one word of context beyond
the measure in common, is one attribute of the event told twice: two values clash. A page
that gives two values of the measure (an adult's and a child's price) leaves it open. A
size whose value is the other's mis-copied (digits swapped) in one event's folder is one
thing's, even where neither sentence names the thing measured; another value is not. A
size of one frame each page gives once clashes too, unless a copula says the sentences
measure two things."""

from __future__ import annotations

from pathlib import Path

from pages import article, run


def _hall(second: str) -> dict[str, str]:
    return {
        "a.md": article("Tarn Valley Wire", "2026-10-04", "# Halvard Hall reopens",
                        "Halvard Hall in Tarnmouth reopened on Saturday after a two-year "
                        "restoration.", "Tickets for the first concert cost £48."),
        "b.md": article("Tarnmouth Courier", "2026-10-05", "# Crowds return to Halvard Hall",
                        "The restored Halvard Hall welcomed its first audience on Saturday "
                        "night.", second),
    }


def _contradicted(tmp_path: Path, files: dict[str, str]) -> list[set[str]]:
    report = run(tmp_path, files)
    return [{c.value for c in f.claims} for f in report.findings
            if f.verdict == "contradicted" and f.kind == "figure"]


def test_a_measure_each_page_states_once_clashes(tmp_path: Path) -> None:
    assert _contradicted(tmp_path, _hall("Entry to the gala concert cost £65.")) == [
        {"GBP 48", "GBP 65"}]


def test_a_page_giving_two_values_of_the_measure_leaves_it_open(tmp_path: Path) -> None:
    assert not _contradicted(tmp_path, _hall(
        "Entry to the gala concert cost £65, or £20 for children."))


def _wreck(depth: str) -> dict[str, str]:
    return {
        "a.md": article("Coastline Press", "2026-10-04",
                        "# Survey helicopter ditches off Brenna Head",
                        "A survey helicopter ditched off Brenna Head on Friday, and its two "
                        "pilots were rescued.",
                        "Divers said the wreckage rests in 37 metres of water."),
        "b.md": article("Brenna Harbour Post", "2026-10-05",
                        "# Divers reach helicopter lost off Brenna Head",
                        "Crews at Brenna Head began work on Saturday to raise the helicopter.",
                        f"The aircraft is lying in {depth} metres of water, the harbour "
                        "master said."),
    }


def test_a_size_with_its_digits_swapped_clashes(tmp_path: Path) -> None:
    assert _contradicted(tmp_path, _wreck("73")) == [{"m 37", "m 73"}]


def test_another_size_naming_no_thing_is_left_open(tmp_path: Path) -> None:
    assert not _contradicted(tmp_path, _wreck("52"))


def _sinkhole(second: str) -> dict[str, str]:
    return {
        "a.md": article("Vale Press Agency", "2026-10-04", "# Sinkhole swallows Orrel car park",
                        "A sinkhole opened under the Orrel car park on Friday and swallowed "
                        "three cars, leaving a crater about 30 metres wide."),
        "b.md": article("Crazy Earth Clips", None, "# Giant hole eats Orrel",
                        second),
    }


def test_a_size_each_page_of_the_event_gives_once_clashes(tmp_path: Path) -> None:
    # no sentence names by a copula what it measures: one frame ("wide"), one event,
    # each page's only width
    assert _contradicted(tmp_path, _sinkhole(
        "A MONSTER crater 300 metres wide swallowed cars in Orrel and people are terrified!!")
    ) == [{"~ m 30", "m 300"}]


def test_sizes_a_copula_tells_of_two_things_are_left_open(tmp_path: Path) -> None:
    # "the car park is 300 metres wide" is the car park's width, not the crater's
    assert not _contradicted(tmp_path, _sinkhole(
        "The Orrel car park, built in 1994, is 300 metres wide and now has a hole in it."))
