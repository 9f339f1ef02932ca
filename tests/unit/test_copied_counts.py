"""A count of four or more significant digits told in one event's folder with two digits
swapped ("15,236 members", "15,326 workers") is one count mis-copied: a contradiction,
whatever nouns (of one kind) and verbs tell it. Fewer digits, or counts of two kinds of
thing, are not telling enough."""

from __future__ import annotations

from pathlib import Path

from pages import article, holding, run


def union_vote(first: str, second: str) -> dict[str, str]:
    return {
        "a.md": article("Labour Desk", "2026-11-20", "# Dockers' union elects new leader", "",
                        first + " The ballot closed on Thursday, the union said."),
        "b.md": article("Harbour Gazette", "2026-11-21", "# Port union picks its leader", "",
                        second + " Counting ended late on Thursday at the union's hall."),
    }


def test_swapped_digits_of_one_kind_clash(tmp_path: Path) -> None:
    report = run(tmp_path, union_vote(
        "In all, 15,236 members of the Dockers' Union voted in the leadership ballot.",
        "Some 15,326 workers cast ballots in the Dockers' Union leadership race."))
    found = holding(report, "15,236 members", "15,326 workers")
    assert [f.verdict for f in found if f.kind == "figure"] == ["contradicted"]


def test_one_noun_swapped_digits_clash(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": article("Farm Wire", "2026-11-20", "# Blue tongue outbreak on Brenn farms", "",
                        "Vets culled 2,315 sheep across the Brenn valley this week, the "
                        "farming ministry said."),
        "b.md": article("Valley Post", "2026-11-21", "# Brenn valley cull ends", "",
                        "In all 2,135 sheep were destroyed in the Brenn valley, the farming "
                        "ministry said."),
    })
    found = holding(report, "2,315 sheep", "2,135 sheep")
    assert [f.verdict for f in found if f.kind == "figure"] == ["contradicted"]


def test_three_digits_are_not_telling(tmp_path: Path) -> None:
    report = run(tmp_path, union_vote(
        "In all, 312 members of the Dockers' Union voted in the leadership ballot.",
        "Some 132 workers cast ballots in the Dockers' Union leadership race."))
    assert not [f for f in holding(report, "312 members", "132 workers")
                if f.verdict == "contradicted"]


def test_two_kinds_of_thing_stay_apart(tmp_path: Path) -> None:
    report = run(tmp_path, union_vote(
        "In all, 15,236 members of the Dockers' Union voted in the leadership ballot.",
        "Some 15,326 ballots were printed for the Dockers' Union leadership race."))
    assert not [f for f in holding(report, "15,236 members", "15,326 ballots")
                if f.verdict == "contradicted"]


def _crash(second: str) -> dict[str, str]:
    return {
        "a.md": article("Valley Press", "2026-11-17", "# Coach crash on the Pellan pass", "",
                        "Police said on Monday that 23 deaths had been confirmed after the "
                        "coach left the road on the Pellan pass."),
        "b.md": article("Buzz Daily", None, "# Horror on the Pellan pass", "", second),
    }


def test_a_measures_count_a_power_of_ten_off_clashes_whatever_its_noun(
        tmp_path: Path) -> None:
    # one measure the lexicon knows (deaths), two nouns, an undated page: one toll mis-copied
    report = run(tmp_path, _crash("A shocking 230 people died when the coach crashed on "
                                  "the Pellan pass."))
    found = holding(report, "23 deaths", "230 people")
    assert [f.verdict for f in found if f.kind == "figure"] == ["contradicted"]


def test_another_measures_count_a_power_of_ten_off_is_not_judged(tmp_path: Path) -> None:
    report = run(tmp_path, _crash("A shocking 230 people were hurt when the coach crashed "
                                  "on the Pellan pass."))
    assert not [f for f in report.findings if f.verdict == "contradicted"]
