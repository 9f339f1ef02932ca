"""A local paper's page in one event's folder speaks of its own town most, so its topic
does not connect to the main story's; a figure it gives of no one named is the event's
all the same, and clashes with the main story's figure of one noun and one verb."""

from __future__ import annotations

from pathlib import Path

from pages import titled, values, write_all


def _roof(local: str) -> dict[str, str]:
    return {
        "wire.md": titled("Orvel Arena roof gives way", (
            "Part of the Orvel Arena roof gave way on Tuesday during a storm. The Orvel "
            "Arena was empty at the time. Engineers said 16 steel cables snapped.")),
        "trade.md": titled("Orvel Arena collapse: the inquiry", (
            "The Orvel Arena inquiry opened on Wednesday. The Orvel Arena inquiry will hear "
            "40 witnesses.")),
        "digest.md": titled("Orvel Arena: what we know", (
            "The Orvel Arena opened in 2009. The Orvel Arena holds 12,000 fans.")),
        "local.md": titled("Tanfield wakes to a hole in the sky", (
            f"Tanfield residents gathered in Tanfield square on Wednesday. {local} "
            "Tanfield council offered its hall for the inquiry.")),
    }


def test_a_local_pages_figure_of_no_one_is_the_events(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "roof", _roof(
        "In all, 18 steel cables snapped, inspectors found."))
    assert {"count 16", "count 18"} in values(folder, "contradicted")


def test_a_local_pages_figure_of_its_own_name_is_not_the_events(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "roof", _roof(
        "In all, 18 steel cables snapped at the Tanfield depot, inspectors found."))
    assert {"count 16", "count 18"} not in values(folder, "contradicted")
