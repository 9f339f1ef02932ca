"""Finding ids stay put when CI changes the corpus around them (ids.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck import ids
from factcheck.models import Report
from factcheck.pipeline import check
from pages import CLUSTER, TETON, page, write

AS_OF = dt.date(2026, 1, 1)


def _ids(report: Report) -> dict[str, str]:
    return {f.id: f.verdict for f in report.findings}


def _two(folder: Path, a: str = "a.txt", b: str = "b.txt") -> None:
    write(folder, a, page("Meta finishes its cluster", "Alpha News",
                          [("2022-05", TETON), ("2025-01", CLUSTER)]))
    write(folder, b, page("Inside Meta's build-out", "Beta Wire",
                          [("2022-05", TETON), ("2025-02", CLUSTER)]))


def test_contradiction_keeps_id_when_an_agreeing_source_joins(tmp_path: Path) -> None:
    _two(tmp_path)
    before = check([str(tmp_path)], AS_OF)
    (conflict,) = [f for f in before.findings if f.verdict == "contradicted"]
    # wording that sorts before every other wording of the group
    write(tmp_path, "c.txt", page("A recap", "Gamma Daily", [
        ("2025-02", "Meta assembles its 350,000 H100 GPU cluster for AI training.")]))
    after = check([str(tmp_path)], AS_OF)
    (joined,) = [f for f in after.findings if f.verdict == "contradicted"]
    assert len(joined.claims) == 3
    assert joined.id == conflict.id


def test_new_conflicting_value_is_a_new_finding(tmp_path: Path) -> None:
    _two(tmp_path)
    before = {f.id for f in check([str(tmp_path)], AS_OF).findings}
    write(tmp_path, "c.txt", page("A recap", "Gamma Daily", [("2025-03", CLUSTER)]))
    after = check([str(tmp_path)], AS_OF)
    (conflict,) = [f for f in after.findings if f.verdict == "contradicted"]
    assert conflict.id not in before


def test_ids_ignore_renames_order_and_unrelated_files(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    _two(first)
    _two(second, a="zz/renamed-b.txt", b="00-renamed-a.txt")
    write(second, "other.txt", page("Apple ships a phone", "Delta Post", [
        ("2024-09", "Apple ships the iPhone 16 with a new camera button.")]))
    base = _ids(check([str(first)], AS_OF))
    moved = _ids(check([str(second)], AS_OF))
    assert base and all(moved.get(fid) == verdict for fid, verdict in base.items())


class _C:
    def __init__(self, subject: str, value: str) -> None:
        self.key, self.subject, self.value, self.text = "k", subject, value, subject
        self.entities: tuple[str, ...] = ()


def test_colliding_ids_are_resolved_by_content_not_order() -> None:
    a = ("same", [_C("alpha event", "1")])
    b = ("same", [_C("beta event", "1")])
    forward = ids.unique_ids([a, b])
    backward = ids.unique_ids([b, a])
    assert len(set(forward)) == 2
    assert forward == backward[::-1]
    assert "same" not in forward


def test_claim_fingerprint_ignores_spacing_and_case() -> None:
    assert ids.claim_fingerprint("timeline", "Meta  Completes X", "2025-01") == \
        ids.claim_fingerprint("timeline", "meta completes x", "2025-01")
    assert ids.claim_fingerprint("timeline", "x", "2025-01") != \
        ids.claim_fingerprint("timeline", "x", "2025-02")
