"""Adding unrelated articles never removes a finding (issue 15).

A small corpus holds one true contradiction: two outlets date one named event three
months apart, or give one named figure twice over. Then hundreds of unrelated events are
added that share every word of it but the name ("Acme opens the <name> data center in
Ohio", each told alike by two outlets). Every finding of the small corpus must still be in
the large one, with its verdict and exactly its claims (no sentence of the planted pages
appears in an unrelated one): unrelated claims may neither chain into its group nor push
its words out of the candidate index.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from factcheck import check

AS_OF = dt.date(2026, 11, 23)
SYL = ("ka", "lo", "mir", "zo", "ra", "vel", "ti", "nor", "qua", "bex", "sil", "dra")


def _name(i: int) -> str:
    return "".join(SYL[(i // len(SYL) ** d) % len(SYL)] for d in range(3)).capitalize() + "o"


_OWN = {  # each outlet's own words, so that two pages are not one text (one origin)
    "Harbor Times": "Harbor Times readers asked about the power supply.",
    "Signal Post": "Signal Post has covered the company since its founding.",
    "Metro Wire": "Metro Wire spoke to contractors on the site.",
    "Bay Chronicle": "The Bay Chronicle counted the trucks leaving the depot.",
}


def _page(outlet: str, name: str, day: dt.date, cost: str) -> str:
    return "\n".join([
        "Freshcollected in 5m", "", f"Acme opens the {name} data center", "",
        f"Read original on {outlet}", "", "30-Second TL;DR", "", "What Changed", "",
        f"The {name} data center gives Acme more capacity in Ohio.", "",
        "Enhanced Key Takeaways", "",
        f"  • Acme said it spent ${cost} billion on the {name} data center in {day.year}.",
        f"  • {_OWN[outlet]}", "",
        "Timeline", "", day.isoformat(), f"Acme opens the {name} data center in Ohio.", "",
        "Related Updates", "", f"Original source: {outlet}", "",
    ])


def _planted(folder: Path, change: str) -> None:
    folder.mkdir(parents=True)
    day = dt.date(2024, 3, 5)
    (folder / "a-harbor.txt").write_text(_page("Harbor Times", "Kalomiro", day, "4.2"))
    late, cost = (dt.date(2024, 6, 5), "4.2") if change == "date" else (day, "8.4")
    (folder / "a-signal.txt").write_text(_page("Signal Post", "Kalomiro", late, cost))


def _unrelated(folder: Path, n: int) -> None:
    rng = random.Random(15)
    for i in range(1, n + 1):
        name = _name(i + 100)
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        cost = f"{rng.randrange(10, 300) / 10:.1f}"
        for outlet in ("Metro Wire", "Bay Chronicle"):
            slug = outlet.split()[0].lower()
            (folder / f"u{i:04d}-{slug}.txt").write_text(_page(outlet, name, day, cost))


def _findings(folder: Path) -> set[tuple[str, frozenset[tuple[str, int]]]]:
    report = check([str(folder)], AS_OF)
    return {(f.verdict, frozenset((Path(c.path).name, c.line) for c in f.claims))
            for f in report.findings}


_TODAY = ("issue 15: today the unrelated events join the planted findings' groups: dated "
          "events link through their shared words (weak links chain), and figures are "
          "keyed by company, metric and period, not by the named subject")
_XFAIL = pytest.mark.xfail(strict=True, reason=_TODAY)


def test_the_planted_corpus_alone_holds_its_contradiction(tmp_path: Path) -> None:
    """The premise of the test below: without the unrelated events, both plants are found
    (so an expected failure there is the matcher's, not the corpus's)."""
    for change in ("date", "figure"):
        _planted(tmp_path / change, change)
        report = check([str(tmp_path / change)], AS_OF)
        kinds = {f.kind for f in report.findings if f.verdict == "contradicted"}
        assert kinds == {"timeline" if change == "date" else "figure"}, change


@pytest.mark.parametrize(("change", "n"), [
    pytest.param("date", 150, marks=_XFAIL),
    pytest.param("date", 450, marks=_XFAIL),
    pytest.param("figure", 150, marks=_XFAIL),
    pytest.param("figure", 450, marks=_XFAIL),
])
def test_unrelated_events_never_remove_a_finding(tmp_path: Path, change: str, n: int) -> None:
    small, large = tmp_path / "small", tmp_path / "large"
    _planted(small, change)
    _planted(large, change)
    _unrelated(large, n)
    before = _findings(small)
    assert any(verdict == "contradicted" for verdict, _ in before), before
    after = _findings(large)
    assert before <= after, sorted(before - after)
