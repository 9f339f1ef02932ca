"""An open bound of one significant digit ("millions of passengers", "more than 100") is
the vaguest figure of its block: it never becomes the core that gathers the block's
precise values, so "about 4.3 million passengers" stays free to join the other pages'
4.3 million told in other words."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.match import _bound_rank, _figure_groups, folder_periods
from factcheck.models import FigureClaim


def _claims(tmp_path: Path, name: str, text: str) -> list[FigureClaim]:
    path = tmp_path / name
    path.write_text(f"---\ntitle: Brenmoor Airport holiday rush\ndate: 2026-12-28\n---\n\n"
                    f"{text}\n", encoding="utf-8")
    return [c for c in extract(load_one(str(path), str(path))) if isinstance(c, FigureClaim)]


def test_a_one_digit_open_bound_ranks_after_rounded_and_exact_values(tmp_path: Path) -> None:
    (about,) = _claims(tmp_path, "a.md", "About 4.3 million passengers used the airport.")
    (more,) = _claims(tmp_path, "b.md", "More than 4.3 million passengers used the airport.")
    (vague,) = _claims(tmp_path, "c.md", "Millions of passengers used the airport.")
    (exact,) = _claims(tmp_path, "d.md", "Exactly 4,312,000 passengers used the airport.")
    assert [_bound_rank(c.quantity) for c in (exact, about, more, vague)] == [0, 1, 1, 3]


def test_a_vague_bound_does_not_gather_a_rounded_value(tmp_path: Path) -> None:
    (about,) = _claims(tmp_path, "a.md", "About 4.3 million passengers used the airport.")
    (vague,) = _claims(tmp_path, "c.md", "Millions of passengers used the airport.")
    # the vague page names the owner: it would be filed first among the inexact
    vague = vague.model_copy(update={"owner": "Brenmoor Airport"})
    groups = _figure_groups(folder_periods([vague, about]))
    (group,) = [g for g in groups if any(c.source == about.source for c in g.claims)]
    assert group.claims[0].source == about.source
