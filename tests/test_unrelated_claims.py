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
import itertools
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


def _page(outlet: str, name: str, day: dt.date, cost: str | None) -> str:
    """An aggregator page; `cost` None leaves the figure out (a page of one dated event)."""
    spent = (f"  • Acme said it spent ${cost} billion on the {name} data center in {day.year}."
             if cost is not None else f"  • Acme built the {name} data center.")
    return "\n".join([
        "Freshcollected in 5m", "", f"Acme opens the {name} data center", "",
        f"Read original on {outlet}", "", "30-Second TL;DR", "", "What Changed", "",
        f"The {name} data center gives Acme more capacity in Ohio.", "",
        "Enhanced Key Takeaways", "",
        spent,
        f"  • {_OWN[outlet]}", "",
        "Timeline", "", day.isoformat(), f"Acme opens the {name} data center in Ohio.", "",
        "Related Updates", "", f"Original source: {outlet}", "",
    ])


PLANTED = "Kalomiro"


def _planted(folder: Path, change: str, figures: bool = True) -> None:
    folder.mkdir(parents=True)
    day = dt.date(2024, 3, 5)
    first = "4.2" if figures else None
    (folder / "a-harbor.txt").write_text(_page("Harbor Times", PLANTED, day, first))
    late, cost = (dt.date(2024, 6, 5), first) if change == "date" else (day, "8.4")
    (folder / "a-signal.txt").write_text(_page("Signal Post", PLANTED, late, cost))


def _unrelated(folder: Path, n: int, figures: bool = True) -> None:
    rng = random.Random(15)
    # other names than the planted one (which the syllables also spell)
    names = (name for name in map(_name, itertools.count(101)) if name != PLANTED)
    for i in range(1, n + 1):
        name = next(names)
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        cost = f"{rng.randrange(10, 300) / 10:.1f}" if figures else None
        for outlet in ("Metro Wire", "Bay Chronicle"):
            slug = outlet.split()[0].lower()
            (folder / f"u{i:04d}-{slug}.txt").write_text(_page(outlet, name, day, cost))


def _findings(folder: Path) -> set[tuple[str, frozenset[tuple[str, int]]]]:
    report = check([str(folder)], AS_OF)
    return {(f.verdict, frozenset((Path(c.path).name, c.line) for c in f.claims))
            for f in report.findings}




def test_the_planted_corpus_alone_holds_its_contradiction(tmp_path: Path) -> None:
    """The premise of the test below: without the unrelated events, both plants are found
    (so an expected failure there is the matcher's, not the corpus's)."""
    for change in ("date", "figure"):
        _planted(tmp_path / change, change)
        report = check([str(tmp_path / change)], AS_OF)
        kinds = {f.kind for f in report.findings if f.verdict == "contradicted"}
        assert kinds == {"timeline" if change == "date" else "figure"}, change


@pytest.mark.parametrize("n", [150, 450])
def test_unrelated_events_never_remove_a_dated_finding(tmp_path: Path, n: int) -> None:
    """Pages of dated events alone: the planted clash survives hundreds of events told in
    its words but for the name (they share no rare word with it, so they are never its
    candidates), and none of them joins its group."""
    small, large = tmp_path / "small", tmp_path / "large"
    _planted(small, "date", figures=False)
    _planted(large, "date", figures=False)
    _unrelated(large, n, figures=False)
    before = _findings(small)
    assert any(verdict == "contradicted" for verdict, _ in before), before
    after = _findings(large)
    assert before <= after, sorted(before - after)


@pytest.mark.parametrize(("change", "n"), [
    ("date", 150), ("date", 450), ("figure", 150), ("figure", 450)])
def test_unrelated_events_never_remove_a_finding(tmp_path: Path, change: str, n: int) -> None:
    """Pages with figures too: hundreds of unrelated sites told in the planted words, each
    naming its own thing, are two things (equal numbers of two named things of two stories
    never join), so the planted clash survives."""
    small, large = tmp_path / "small", tmp_path / "large"
    _planted(small, change)
    _planted(large, change)
    _unrelated(large, n)
    before = _findings(small)
    assert any(verdict == "contradicted" for verdict, _ in before), before
    after = _findings(large)
    assert before <= after, sorted(before - after)


def test_events_told_alike_stay_apart_and_comparisons_grow_linearly(tmp_path: Path) -> None:
    """Hundreds of events told in the same words but for a name: no dated finding holds
    two of them (groups grow from a core, they do not chain), and the link judgements the
    matcher counts grow about as the claims do, not as their square."""
    from factcheck import match

    counts = []
    for n in (100, 300):
        folder = tmp_path / str(n)
        folder.mkdir()
        _unrelated(folder, n, figures=False)
        before = sum(match.PAIR_COUNTER.values())
        report = check([str(folder)], AS_OF)
        counts.append((sum(match.PAIR_COUNTER.values()) - before, report.summary.claims))
        for f in report.findings:
            if f.kind == "timeline":
                events = {Path(c.path).name.split("-")[0] for c in f.claims}
                assert len(events) == 1, (f.explanation, sorted(events))
    (small, small_claims), (large, large_claims) = counts
    assert large_claims >= 2.5 * small_claims
    assert large <= 1.5 * small * large_claims / small_claims, counts
