"""A chamber's yes told in other words: a digest's "Council passes the plan" is the
report's "the council approved the plan" of that day."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.events import happenings_told
from pages import article, holding, run


@pytest.mark.parametrize("line", [
    "Senate passes the water bill.",
    "Shareholders adopted the new charter.",
    "The treaty was ratified by parliament.",
    "The union's budget was voted through.",
])
def test_a_chambers_yes_is_an_approval(line: str) -> None:
    assert {t for t, _, _ in happenings_told(line)} == {
        t for t, _, _ in happenings_told("The regulator approved it.")}


def _pages(digest_day: str, told: str = "passes", rally: bool = True) -> dict[str, str]:
    pages = {
        "a.md": article("Valley Civic Brief", "2026-03-05", "Harlow bypass: what we know", "",
                        "Harlow's eastern bypass has divided the town for a decade.", "",
                        "## Timeline", "",
                        "- **2 Mar 2026** - Public inquiry closes.",
                        f"- **{digest_day}** - Council {told} the bypass plan."),
        "b.md": article("Harlow Courier", "2026-03-05", "Councillors back eastern bypass",
                        "Harlow's councillors approved the eastern bypass on Wednesday, "
                        "March 4, after a four-hour meeting."),
        # another happening of that day whose words are nearer the digest's line
        "c.md": article("Harlow Post", "2026-03-05", "Residents rally at town hall",
                        "Some 300 residents rallied outside the council on Wednesday, "
                        "March 4, as it voted on the bypass plan."),
    }
    if not rally:
        del pages["c.md"]
    return pages


def test_passes_and_approved_tell_one_happening(tmp_path: Path) -> None:
    report = run(tmp_path, _pages("4 Mar 2026"))
    agreed = [f for f in holding(report, "Council passes the bypass plan",
                                 "approved the eastern bypass") if f.kind == "timeline"]
    assert [f.verdict for f in agreed] == ["corroborated"]


def test_a_debate_before_the_vote_is_another_happening(tmp_path: Path) -> None:
    """False-alarm guard: a debate is no yes, so its day does not clash with the vote's."""
    report = run(tmp_path, _pages("1 Mar 2026", "debates", rally=False))
    assert report.summary.contradicted == 0
    assert not [f for f in holding(report, "Council debates the bypass plan",
                                   "approved the eastern bypass") if f.kind == "timeline"]
