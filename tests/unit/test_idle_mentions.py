"""Mentions of people no claim names in a role join nothing: matching leaves them out
before it starts (match.without_idle_mentions), and the report is the one it was with
them, claim count included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check, match
from factcheck.models import NameClaim, Report

AS_OF = dt.date(2026, 12, 1)
PAGES = {
    "wire.md": "Judge Priya Kalloway, the presiding judge, adjourned the fraud hearing on "
               "Monday.\n",
    "paper.md": "Kalloway said the trial would resume in March, and Tomas Brenner argued "
                "for a longer delay.\n",
    "blog.md": "Defence counsel Ines Varga told reporters that Brenner would appeal, as "
               "Oskar Lindqvist looked on.\n",
}


def _corpus(tmp_path: Path) -> Path:
    for i, (name, body) in enumerate(PAGES.items()):
        (tmp_path / name).write_text(
            f"---\ntitle: Hearing\ndate: 2026-11-2{i}\noutlet: Outlet {i}\n---\n\n{body}",
            "utf-8")
    return tmp_path


def _names(report: Report) -> dict[str, set[str]]:
    return {f.subject: {e.source for e in f.claims} for f in report.findings
            if f.kind == "name"}


def test_only_mentions_of_people_named_in_a_role_are_matched(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    seen: list[int] = []
    kept = match.without_idle_mentions

    def counting(claims: object) -> list[object]:
        out = kept(claims)  # type: ignore[arg-type]
        seen.append(len(out))
        return out  # type: ignore[return-value]

    monkeypatch.setattr(match, "without_idle_mentions", counting)
    report = check([str(_corpus(tmp_path))], as_of=AS_OF)
    # the judge's role claim and the paper's mention of her are one person
    judge = next(s for s, files in _names(report).items() if "Kalloway" in s)
    assert _names(report)[judge] == {"wire.md", "paper.md"}
    # Brenner and Lindqvist are named in no role: their mentions never reached matching
    assert seen and seen[0] < report.summary.claims


def test_the_report_is_the_one_matching_every_mention_gives(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    folder = _corpus(tmp_path)
    pruned = check([str(folder)], as_of=AS_OF)
    monkeypatch.setattr(match, "without_idle_mentions", list)
    everything = check([str(folder)], as_of=AS_OF)
    assert pruned.model_dump_json() == everything.model_dump_json()
    assert pruned.summary.claims == sum(s.claims for s in pruned.sources)


def test_without_idle_mentions_keeps_roles_and_their_mentions() -> None:
    def name(person: str, slot: str, source: str) -> NameClaim:
        return NameClaim(source=source, path=source, line=1, text=person, value=person,
                         section="lead", provenance="reported", outlet=source,
                         subject=person, key=f"name|person:{person.split()[-1].lower()}",
                         name=person, relation="", slot=slot)

    role = name("Priya Kalloway", "role", "a.md")
    joined = name("Kalloway", "mention", "b.md")
    idle = name("Tomas Brenner", "mention", "b.md")
    assert match.without_idle_mentions([idle, role, joined]) == [role, joined]
    assert match.without_idle_mentions(iter([idle])) == []
