"""Verdict stage: one finding per group, with outlets counted once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from factcheck import ids
from factcheck.match import Group
from factcheck.models import (
    VERDICT_ORDER,
    Claim,
    Evidence,
    Finding,
    ForecastClaim,
    NameClaim,
    Quoted,
    TableClaim,
    TimelineClaim,
    Verdict,
    every_field_set,
)


def outlets_of(claims: Sequence[Claim]) -> list[str]:
    """Independent origins among the claims: two articles of one outlet count once, and so
    do a wire story and its syndicated copies."""
    return list(dict.fromkeys((c.origin or c.outlet).casefold() for c in claims))


def finding_id(kind: str, claims: Sequence[Claim], verdict: str = "") -> str:
    """Stable id: a hash of the normalised content, independent of order, paths and lines."""
    return ids.finding_id(kind, claims, verdict)


_QUOTED = frozenset(Quoted.model_fields)


def _evidence(c: Claim) -> Evidence:
    """The claim's quote, as a finding shows it (its origin is its outlet when unset)."""
    quote = {name: getattr(c, name) for name in _QUOTED}
    quote["origin"] = c.origin or c.outlet
    return every_field_set(Evidence(**quote))


def _by_outlet(claims: Sequence[Claim]) -> str:
    """'2025-02 by SCMP Technology, 2025-01 by Bloomberg Technology'."""
    seen: dict[str, list[str]] = {}
    for c in claims:
        seen.setdefault(c.value, [])
        if c.outlet not in seen[c.value]:
            seen[c.value].append(c.outlet)
    return ", ".join(f"{value} by {' and '.join(outs)}" for value, outs in seen.items())


def _explain(group: Group, verdict: Verdict, n_outlets: int) -> str:
    claims = group.claims
    if verdict == "contradicted":
        verb = "dated" if group.kind == "timeline" else "given as"
        text = f"{verb} {_by_outlet(claims)}"
        ents = [set(c.entities) for c in claims if isinstance(c, TimelineClaim)]
        if len(ents) > 1 and any(e != ents[0] for e in ents):
            names = sorted({n for e in ents for n in e})
            text += f"; the wording differs in what it names ({', '.join(names)})"
        return "; ".join([text, *group.notes])
    if verdict == "forecast":
        return "a prediction; checkable when due" if claims[0].value != "no deadline" \
            else "a prediction with no deadline"
    n_sources = len({c.source for c in claims})
    if verdict == "corroborated":
        return f"stated alike by {n_sources} sources, {n_outlets} independent origins"
    if group.differ:
        return f"the sources answer differently ({_by_outlet(claims)}); not comparable"
    if n_sources > 1 and n_outlets == 1:
        origin = claims[0].origin or claims[0].outlet
        return f"{n_sources} sources, 1 independent origin ({origin})"
    if len(claims) > 1:
        return f"stated {len(claims)} times, all by one outlet ({claims[0].outlet})"
    return f"stated only by {claims[0].outlet}"


def _subject(group: Group) -> str:
    first = min(group.claims, key=lambda c: (c.path, c.line))
    if isinstance(first, TimelineClaim):
        return first.subject
    if isinstance(first, TableClaim):
        return f"{first.company} — {first.slot}"
    return first.subject


def judge(group: Group, as_of: dt.date) -> Finding:
    """The finding for one group of claims."""
    claims = sorted(group.claims, key=lambda c: (c.path, c.line, c.text))
    outlets = outlets_of(claims)
    due: dt.date | None = None
    overdue = False
    verdict: Verdict
    if group.kind == "forecast":
        verdict = "forecast"
        dues = [c.due for c in claims if isinstance(c, ForecastClaim) and c.due]
        due = max(dues) if dues else None
        overdue = due is not None and due < as_of
    elif group.conflict:
        verdict = "contradicted"
    elif len(outlets) >= 2 and not group.differ:
        verdict = "corroborated"
    else:
        verdict = "unverified"
    return Finding(
        id=finding_id(group.kind, claims, verdict),
        verdict=verdict,
        kind=group.kind,
        subject=_subject(group),
        explanation=_explain(group, verdict, len(outlets)),
        outlets=len(outlets),
        sources=len({c.source for c in claims}),
        due=due,
        overdue=overdue,
        claims=tuple(_evidence(c) for c in claims),
    )


def _said(c: Claim) -> tuple[str, int, str, str]:
    """Where a claim is told and what it gives."""
    return (c.path, c.line, c.text, c.value)


def _in_passing(claims: Sequence[Claim]) -> bool:
    """Every claim is a name's mention (one told in no role)."""
    return bool(claims) and all(isinstance(c, NameClaim) and c.slot == "mention"
                                for c in claims)


def _without_contested(finding: Finding, claims: Sequence[Claim],
                       contested: set[tuple[str, int, str]]
                       ) -> tuple[Finding, Sequence[Claim]]:
    """A corroborated name's finding without the names given beside the figures of
    `contested` sentences (extract.prose marks them "beside"), judged again."""
    if finding.kind != "name" or finding.verdict != "corroborated":
        return finding, claims
    kept = [c for c in claims if not (isinstance(c, NameClaim) and c.relation == "beside"
                                      and (c.path, c.line, c.text) in contested)]
    if len(kept) == len(claims) or not kept:
        return finding, claims
    return judge(Group("name", kept), dt.date.min), kept


def sort_key(f: Finding) -> tuple[int, str, int, str]:
    """Contradictions first, then by file, line and id: the same order on every machine."""
    first = f.claims[0] if f.claims else None
    return (VERDICT_ORDER.index(f.verdict), first.path if first else "",
            first.line if first else 0, f.id)


def judge_all(groups: Sequence[Group], as_of: dt.date) -> list[Finding]:
    """Findings for every group, sorted for reporting; ids made unique by content only."""
    return finalize([(judge(g, as_of), g.claims) for g in groups])


def finalize(judged: Sequence[tuple[Finding, Sequence[Claim]]]) -> list[Finding]:
    """Sort findings for reporting and make their ids unique by content (not by order, so
    findings judged apart, on different workers, come out the same).

    A name given in passing by two outlets (match._mentioned) is no finding when one of
    its sentences is evidence of a contradicted finding (the sentences disagree on what
    they tell, and agreeing on a name they give beside it would hide that), nor when
    another finding of that name holds each of its sentences (a role told of it there:
    it would say the same twice). For the same reason a name a contradiction's sentence
    gives beside its figure ("Veltro Mobile paid £1.41bn") corroborates no role told of
    that name elsewhere ("Veltro Mobile, the market leader"): it leaves the role's
    finding, which is judged again on the claims that remain."""
    contested = {(c.path, c.line, c.text) for f, claims in judged
                 if f.verdict == "contradicted" for c in claims}
    judged = [_without_contested(f, claims, contested) for f, claims in judged]
    told: dict[tuple[str, int, str, str], list[set[tuple[str, int, str, str]]]] = {}
    for f, claims in judged:
        if f.kind == "name" and not _in_passing(claims):
            held = {_said(c) for c in claims}
            for said in held:
                told.setdefault(said, []).append(held)

    def redundant(claims: Sequence[Claim]) -> bool:
        said = {_said(c) for c in claims}
        return any(said <= held for held in told.get(next(iter(said)), ()))

    judged = [(f, claims) for f, claims in judged if not _in_passing(claims) or not (
        any((c.path, c.line, c.text) in contested for c in claims) or redundant(claims))]
    unique = ids.unique_ids([(f.id, claims) for f, claims in judged])
    findings = [f if f.id == u else f.model_copy(update={"id": u})
                for (f, _), u in zip(judged, unique, strict=True)]
    return sorted(findings, key=sort_key)
