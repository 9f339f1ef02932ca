"""A synthetic report the size of 10k articles, built without the pipeline (fast)."""

from __future__ import annotations

import datetime as dt
import random

from factcheck.models import Evidence, Finding, Report, Source, Summary, Tool

_WORDS = ("Meta Nvidia cluster GPU capex launch chip cloud data centre revenue quarter "
          "inference training accelerator power rack deployment margin forecast outlet "
          "analysts said would expand").split()


def _sentence(rng: random.Random, n: int = 24) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize() + "."


def big_report(articles: int = 10_000, outlets: int = 300, seed: int = 7,
               scale: float = 1.0) -> Report:
    """About 20 claims per article, as the seeds have, grouped into findings like theirs:
    mostly single-source, a tenth corroborated, some contradicted dates and forecasts."""
    rng = random.Random(seed)
    pool = [_sentence(rng) for _ in range(500)]
    short = [_sentence(rng, 10) for _ in range(500)]
    sources = [Source.model_construct(
        id=f"{i:05d}.txt", path=f"drop/{i:05d}.txt", sha256="0" * 64, format="article",
        outlet=f"Outlet {i % outlets}", title=rng.choice(short), published=None, url=None,
        repaired=False, claims=20, duplicate_of=None, warnings=()) for i in range(articles)]

    def ev(kind: str, value: str) -> Evidence:
        i = rng.randrange(articles)
        return Evidence.model_construct(
            source=f"{i:05d}.txt", path=f"drop/{i:05d}.txt", line=rng.randrange(1, 200),
            text=rng.choice(pool), value=value, section="body", provenance="reported",
            outlet=f"Outlet {i % outlets}")

    def month() -> str:
        return f"{rng.randrange(2020, 2027)}-{rng.randrange(1, 13):02d}"

    findings: list[Finding] = []

    def add(verdict: str, kind: str, claims: list[Evidence], due: dt.date | None = None,
            overdue: bool = False) -> None:
        findings.append(Finding.model_construct(
            id=f"{len(findings):016x}", verdict=verdict, kind=kind, subject=rng.choice(short),
            explanation=rng.choice(short), outlets=len({c.outlet for c in claims}), due=due,
            overdue=overdue, claims=tuple(claims)))

    for _ in range(int(1_000 * scale)):
        add("contradicted", "timeline", [ev("timeline", month()) for _ in range(3)])
    for _ in range(int(8_000 * scale)):
        kind = rng.choice(("timeline", "figure", "statement", "table"))
        value = month() if kind == "timeline" else "USD 40000000000"
        add("corroborated", kind, [ev(kind, value) for _ in range(rng.randrange(2, 9))])
    for _ in range(int(5_000 * scale)):
        due = dt.date(rng.randrange(2024, 2029), 12, 31)
        add("forecast", "forecast", [ev("forecast", due.isoformat())], due,
            due < dt.date(2026, 11, 23))
    for _ in range(int(90_000 * scale)):
        kind = rng.choice(("timeline", "figure", "statement", "table", "statement"))
        add("unverified", kind, [ev(kind, month() if kind == "timeline" else "count 350000")])
    claims = sum(len(f.claims) for f in findings)
    counts = {v: sum(1 for f in findings if f.verdict == v)
              for v in ("contradicted", "corroborated", "forecast", "unverified")}
    return Report.model_construct(
        schema_="factcheck.report/1", tool=Tool(version="0.1.0"), as_of=dt.date(2026, 11, 23),
        sources=tuple(sources), findings=tuple(findings),
        summary=Summary(sources=articles, claims=claims, findings=len(findings), **counts))
