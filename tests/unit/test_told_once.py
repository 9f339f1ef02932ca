"""One value told once per page of an event's folder: pages that state it in words sharing
nothing ("donors from 112 countries", "gifts from 112 nations") agree, since each page
states it of one thing; a page that states it of two things shows the folder's value names
more than one fact, and words alone can then join it. The value must say by itself which
fact it is: three significant digits, or two of a round magnitude ("3,400"), not "38"."""

from __future__ import annotations

from pathlib import Path

from pages import titled, values, write_all


def _appeal(wire: str, local: str, extra: str = "") -> dict[str, str]:
    return {
        "wire.md": titled("Saint Aldric's Cathedral appeal closes", (
            "The restoration appeal for Saint Aldric's Cathedral closed on Monday after "
            f"eight months. {wire}")),
        "local.md": titled("Saint Aldric's roof work can begin", (
            f"Scaffolding will go up at Saint Aldric's Cathedral in the spring. {local} "
            f"{extra}")),
        "digest.md": titled("Saint Aldric's Cathedral: the appeal in brief", (
            "The appeal for Saint Aldric's Cathedral paid for new lead on the nave roof.")),
    }


def test_a_value_each_page_tells_once_agrees_in_other_words(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "appeal", _appeal(
        "Donors from 112 countries gave to it.",
        "Gifts arrived from 112 nations, the diocese said."))
    assert {"count 112"} in values(folder, "corroborated")


def test_a_page_telling_the_value_twice_keeps_the_words_rule(tmp_path: Path) -> None:
    # the local page counts 112 volunteers and 112 nations: 112 names two things there
    folder = write_all(tmp_path / "appeal", _appeal(
        "Donors from 112 countries gave to it.",
        "Gifts arrived from 112 nations, the diocese said.",
        "Some 112 volunteers will guide visitors around the scaffolding."))
    assert {"count 112"} not in values(folder, "corroborated")


def test_a_value_of_two_digits_keeps_the_words_rule(tmp_path: Path) -> None:
    # "38" may be two facts' value by chance: told once per page is no evidence of it
    folder = write_all(tmp_path / "appeal", _appeal(
        "Donors from 38 countries gave to it.",
        "Gifts arrived from 38 nations, the diocese said."))
    assert {"count 38"} not in values(folder, "corroborated")


def test_other_values_stay_apart(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "appeal", _appeal(
        "Donors from 112 countries gave to it.",
        "Gifts arrived from 141 nations, the diocese said."))
    assert not [v for v in values(folder, "corroborated") if any(
        x.startswith("count") for x in v)]


def test_a_round_value_of_two_digits_told_once_per_page_agrees(tmp_path: Path) -> None:
    # "3,400" written past its last digit is no small number met by chance
    folder = write_all(tmp_path / "appeal", _appeal(
        "Donors pledged 3,400 roof slates to it.",
        "Some 3,400 tiles were paid for, the diocese said."))
    assert any("count 3400" in v for v in map(" ".join, values(folder, "corroborated")))
