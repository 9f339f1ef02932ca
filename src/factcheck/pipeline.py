"""The library entry point: check(paths) runs load → extract → match → verdict."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from factcheck import __version__, baseline, ledger
from factcheck.cache import ClaimCache
from factcheck.errors import InputError
from factcheck.extract import extract
from factcheck.gazetteer import load_gazetteer
from factcheck.lexicon import load_lexicon
from factcheck.load import DEFAULT_MAX_BYTES, load_sources
from factcheck.load.dedupe import clusters
from factcheck.match import match
from factcheck.models import Claim, Report, Source, Summary, Tool
from factcheck.verdict import judge_all

LOG = logging.getLogger(__name__)


def _origin(src: Source) -> str:
    return src.origin or src.outlet or src.id


def _one_origin(group: list[int], sources: list[Source], per_source: list[list[Claim]]) -> None:
    """Near-identical texts are one origin: the wire service a copy credits if any,
    else the earliest published, else the first by path."""
    def rank(i: int) -> tuple[int, str, str]:
        src = sources[i]
        return (0 if src.origin else 1, (src.published or dt.date.max).isoformat(), src.path)

    origin = _origin(sources[min(group, key=rank)])
    for i in group:
        old = _origin(sources[i])
        if old == origin:
            continue
        sources[i] = sources[i].model_copy(update={"origin": origin})
        per_source[i] = [c.model_copy(update={"origin": origin}) if c.origin == old else c
                         for c in per_source[i]]


def check(
    paths: Sequence[str],
    as_of: dt.date | None = None,
    *,
    gazetteer_files: Sequence[str] = (),
    lexicon_files: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False,
    verified_files: Sequence[str] = (),
    baseline_file: str | None = None,
    cache_dir: str | None = None,
) -> Report:
    """Check every article under `paths` and return the report.

    Raises InputError when a path names nothing or no file holds a readable article.
    `verified_files` are ledger files (claims/verified.yaml) that turn findings confirmed
    or refuted; `baseline_file` marks each finding new or unchanged (LedgerError when
    malformed); `cache_dir` caches extracted claims by sha256 (see cache.py).

    >>> report = check(["sources/"])                # doctest: +SKIP
    >>> report.summary.contradicted                 # doctest: +SKIP
    2
    """
    as_of = as_of or dt.date.today()
    gaz = load_gazetteer(tuple(gazetteer_files))
    lex = load_lexicon(tuple(lexicon_files))
    facts = [fact for path in verified_files for fact in ledger.load_facts(path)]
    accepted = baseline.load(baseline_file) if baseline_file else None
    cache = ClaimCache.open(cache_dir, gazetteer_files, lexicon_files) if cache_dir else None
    articles = load_sources(list(paths), max_bytes=max_bytes, follow_links=follow_links)
    if not articles:
        raise InputError("no files to check", ", ".join(paths))
    if all(a.source.format is None for a in articles):
        reasons = "; ".join(f"{a.source.path}: {a.source.warnings[0]}" for a in articles[:3])
        raise InputError(f"no readable article ({reasons})", ", ".join(paths))
    per_source: list[list[Claim]] = []
    sources: list[Source] = []
    for article in articles:
        found = cache.get(article) if cache else None
        if found is None:
            found = extract(article, gaz, lex)
            if cache:
                cache.put(article, found)
        per_source.append(found)
        sources.append(article.source.model_copy(update={"claims": len(found)}))
    for group in clusters([a.signature for a in articles]):
        _one_origin(group, sources, per_source)
    claims = [c for found in per_source for c in found]
    findings = judge_all(match(claims), as_of)
    counts = {v: sum(1 for f in findings if f.verdict == v) for v in
              ("contradicted", "corroborated", "unverified", "forecast", "confirmed", "refuted")}
    summary = Summary(sources=len(sources), claims=len(claims), findings=len(findings),
                      **counts)
    report = Report(
        tool=Tool(version=__version__),
        as_of=as_of,
        sources=tuple(sorted(sources, key=lambda s: s.path)),
        findings=tuple(findings),
        summary=summary,
    )
    report = ledger.apply(report, facts)
    if accepted is not None and baseline_file:
        report = baseline.apply(report, accepted, baseline_file)
    return report
