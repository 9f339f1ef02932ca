"""The quality benchmark's scorer (benchmarks/scoring.py) on small reports written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scoring import BadInput, Score, holds, matches, missed, norm, score, total


def claim(file: str, text: str, line: int = 1) -> dict[str, Any]:
    return {"source": file, "path": f"/tmp/drop/{file}", "line": line, "text": text}


def finding(verdict: str, *claims: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"verdict": verdict, "subject": extra.pop("subject", "a subject"),
            "claims": list(claims), **extra}


def report(*findings: dict[str, Any], sources: list[dict[str, Any]] | None = None
           ) -> dict[str, Any]:
    return {"findings": list(findings), "sources": sources or []}


FLOOD = {"id": "flood-toll", "kind": "count", "verdict": "corroborated",
         "spans": {"a.txt": "the flood killed 31 people", "b.md": "31 people died"}}
BRIDGE = {"id": "bridge-date", "kind": "date", "verdict": "contradicted",
          "spans": {"a.txt": "the bridge reopened", "b.md": "bridge reopened"}}


def test_norm_folds_case_space_and_compatibility_forms() -> None:
    assert norm("The  Ｆlood\n killed") == "the flood killed"
    assert norm(None) == ""


def test_a_claim_matches_its_file_by_base_name_with_or_without_suffix() -> None:
    c = claim("a.txt", "Officials said THE FLOOD killed 31 people on Monday.")
    assert matches(c, "a.txt", "the flood killed 31 people")
    assert matches(c, "a", "the flood killed 31 people")
    assert not matches(c, "b.txt", "the flood killed 31 people")
    assert not matches(c, "a.txt", "the flood killed 32 people")


def test_a_finding_holds_a_fact_only_with_a_claim_from_every_file() -> None:
    one = finding("unverified", claim("a.txt", "the flood killed 31 people"))
    both = finding("corroborated", claim("a.txt", "the flood killed 31 people"),
                   claim("b.md", "In all, 31 people died."))
    assert not holds(one, FLOOD["spans"])
    assert holds(both, FLOOD["spans"])


def test_a_fact_is_right_when_a_clean_finding_has_its_verdict() -> None:
    rep = report(finding("corroborated", claim("a.txt", "the flood killed 31 people"),
                         claim("b.md", "31 people died")))
    s = score(rep, {"facts": [FLOOD]})
    assert (s.right, s.facts, s.flagged, s.false_alarms) == (1, 1, 0, 0)
    assert s.lines == [f"{'flood-toll':<36} {'corroborated':<24} ok"]
    assert s.precision == 1.0 and s.recall == 1.0


def test_a_wrong_verdict_or_a_missing_fact_is_not_right() -> None:
    wrong = report(finding("unverified", claim("a.txt", "the flood killed 31 people"),
                           claim("b.md", "31 people died")))
    s = score(wrong, {"facts": [FLOOD]})
    assert s.right == 0 and s.lines[0].endswith("wrong verdict: unverified")
    s = score(report(), {"facts": [FLOOD]})
    assert s.right == 0 and s.lines[0].endswith("missing")


def test_lumping_two_facts_into_one_finding_earns_nothing() -> None:
    lump = finding("corroborated", claim("a.txt", "the flood killed 31 people"),
                   claim("b.md", "31 people died"), claim("a.txt", "the bridge reopened"),
                   claim("b.md", "the bridge reopened in May"))
    s = score(report(lump), {"facts": [FLOOD, {**BRIDGE, "verdict": "corroborated"}]})
    assert s.right == 0
    assert all(line.endswith("only in over-grouped findings") for line in s.lines)


def test_one_sentence_stating_two_facts_may_serve_both() -> None:
    both = finding("corroborated",
                   claim("a.txt", "the flood killed 31 people and the bridge reopened"),
                   claim("b.md", "31 people died; the bridge reopened"))
    s = score(report(both), {"facts": [FLOOD, {**BRIDGE, "verdict": "corroborated"}]})
    assert s.right == 2
    # a table cell must be a claim of its own
    cell = {**BRIDGE, "kind": "table", "verdict": "corroborated"}
    assert score(report(both), {"facts": [FLOOD, cell]}).right == 0


def test_more_than_four_claims_per_file_is_over_grouped() -> None:
    many = finding("corroborated", *[claim("a.txt", f"the flood killed 31 people ({i})")
                                     for i in range(5)], claim("b.md", "31 people died"))
    # 6 claims from 2 files: within 4 per file
    assert score(report(many), {"facts": [FLOOD]}).right == 1
    many["claims"] += [claim("a.txt", "other") for _ in range(3)]
    assert score(report(many), {"facts": [FLOOD]}).right == 0


def test_saying_both_ways_is_hedging() -> None:
    yes = finding("corroborated", claim("a.txt", "the flood killed 31 people"),
                  claim("b.md", "31 people died"))
    no = finding("contradicted", claim("a.txt", "the flood killed 31 people"),
                 claim("b.md", "31 people died"))
    s = score(report(yes, no), {"facts": [FLOOD]})
    assert s.right == 0 and s.lines[0].endswith("hedged: contradicted,corroborated")
    assert (s.flagged, s.false_alarms) == (1, 1)


def test_a_forecast_needs_its_due_date() -> None:
    fact = {"id": "dam-done", "kind": "forecast", "verdict": "forecast", "due": "2027-06-30",
            "spans": {"a.txt": "the dam will be finished"}}
    good = finding("forecast", claim("a.txt", "the dam will be finished by mid-2027"),
                   due="2027-06-30")
    late = {**good, "due": "2027-12-31"}
    assert score(report(good), {"facts": [fact]}).right == 1
    s = score(report(late), {"facts": [fact]})
    assert s.right == 0 and s.lines[0].endswith("wrong due: 2027-12-31")
    undated = {**fact, "due": None}
    assert score(report({**good, "due": None}), {"facts": [undated]}).right == 1


def test_true_alarms_duplicates_and_false_alarms() -> None:
    alarm = finding("contradicted", claim("a.txt", "the bridge reopened in May"),
                    claim("b.md", "the bridge reopened in June"))
    other = finding("contradicted", claim("a.txt", "the mayor won 51% of the vote"),
                    claim("b.md", "the mayor won 48% of the vote"), subject="mayor's share")
    s = score(report(alarm, dict(alarm), other), {"facts": [BRIDGE]})
    assert (s.contra_found, s.contra_gold, s.flagged, s.false_alarms) == (1, 1, 3, 2)
    assert s.lines[1:] == ["false alarm: duplicate of bridge-date",
                           "false alarm: mayor's share"]
    assert s.precision == pytest.approx(1 / 3)


def test_precision_with_nothing_flagged() -> None:
    assert score(report(), {"facts": [BRIDGE]}).precision == 0.0
    assert score(report(), {"facts": [FLOOD]}).precision == 1.0


def test_apart_pairs_and_furniture() -> None:
    apart = [{"why": "two parties' seats", "verdict": "contradicted",
              "spans": {"a.txt": "Greens won 40 seats", "b.md": "Liberals won 12 seats"}}]
    both = finding("corroborated", claim("a.txt", "Greens won 40 seats"),
                   claim("b.md", "Liberals won 12 seats"))
    gold = {"facts": [], "apart": apart, "furniture": ["Share this story"]}
    assert score(report(both), gold).apart_violated == 0  # only contradicted counts
    bad = {**both, "verdict": "contradicted"}
    s = score(report(bad), gold)
    assert s.apart_violated == 1 and "apart violated: two parties' seats" in s.lines
    chrome = finding("unverified", claim("a.txt", "Share this story with 3 friends"))
    s = score(report(chrome), gold)
    assert s.furniture == 1 and s.other_problems == 1


def test_sources_are_compared_by_base_name() -> None:
    gold = {"facts": [], "sources": {
        "a.txt": {"format": "article", "outlet": "Valley Gazette", "mojibake": False},
        "b.md": {"title": "Storm"}}}
    sources = [{"id": "a.txt", "path": "/x/a.txt", "format": "article",
                "outlet": "valley gazette", "repaired": False}]
    s = score(report(sources=sources), gold)
    assert (s.sources_right, s.sources_total) == (1, 2)
    assert s.lines == ["source b.md: not in report"]


def test_lines_are_checked_against_the_article_when_the_gold_asks(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nthe flood killed 31 people\n")
    (tmp_path / "b.md").write_text("31 people died\n")
    rep = report(finding("corroborated", claim("a.txt", "the flood killed 31 people", 1),
                         claim("b.md", "31 people died", 1)))
    assert score(rep, {"facts": [FLOOD]}, tmp_path).lines_wrong == 0  # no `files` key
    s = score(rep, {"files": ".", "facts": [FLOOD]}, tmp_path)
    assert s.lines_wrong == 1
    assert s.lines[-1] == "line wrong: a.txt:1 does not hold 'the flood killed 31 people'"


def test_missed_and_totals() -> None:
    lost = missed({"facts": [FLOOD, BRIDGE]})
    assert (lost.facts, lost.right, lost.contra_gold) == (2, 0, 1)
    both = total([lost, Score(facts=3, right=2, flagged=2, false_alarms=1)])
    assert (both.facts, both.right, both.contra_gold) == (5, 2, 1)
    assert both.precision == 0.5
    assert "facts right 2/5 (0.40)" in both.summary()


@pytest.mark.parametrize("bad", [
    [], {"findings": "x"}, {"findings": [{"verdict": 1, "claims": []}]},
    {"findings": [{"verdict": "unverified", "claims": [{"text": "x"}]}]},
])
def test_a_malformed_report_is_bad_input(bad: Any) -> None:
    with pytest.raises(BadInput):
        score(bad, {"facts": []})
