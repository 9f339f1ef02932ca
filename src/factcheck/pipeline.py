"""The library entry point: check(paths) runs load → extract → match → verdict."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from collections.abc import Sequence
from typing import Any

from factcheck import __version__, baseline, ledger
from factcheck.errors import InputError
from factcheck.load import DEFAULT_MAX_BYTES
from factcheck.load.dedupe import origin_remap, reorigin
from factcheck.load.discover import Found, discover
from factcheck.models import Finding, Report, Source, Summary, Tool
from factcheck.parallel import (
    Config,
    Progress,
    ReduceStats,
    extract_files,
    open_pool,
    reduce_claims,
)

LOG = logging.getLogger(__name__)


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
    jobs: int = 1,
    scheduler: str | Any | None = None,
    progress: Progress | None = None,
) -> Report:
    """Check every article under `paths` and return the report.

    Raises InputError when a path names nothing or no file holds a readable article.
    `verified_files` are ledger files (claims/verified.yaml) that turn findings confirmed
    or refuted; `baseline_file` marks each finding new or unchanged (LedgerError when
    malformed); `cache_dir` caches extracted claims by sha256 (see cache.py).
    `jobs` > 1 extracts, then matches and judges shard by shard, in a process pool;
    `scheduler` ("local", a Dask scheduler address or a `dask.distributed.Client`) runs
    the whole pipeline on Dask (`pip install 'factcheck[dask]'`). Either way the report
    is the one a serial run gives.

    >>> report = check(["sources/"])                # doctest: +SKIP
    >>> report.summary.contradicted                 # doctest: +SKIP
    2
    """
    as_of = as_of or dt.date.today()
    facts = [fact for path in verified_files for fact in ledger.load_facts(path)]
    accepted = baseline.load(baseline_file) if baseline_file else None
    found = discover(list(paths), follow_links)
    if not found:
        raise InputError("no files to check", ", ".join(paths))
    config = Config(tuple(gazetteer_files), tuple(lexicon_files), cache_dir)
    sources: list[Source]
    findings: list[Finding]
    started = time.perf_counter()
    stats: dict[str, Any] = {}
    if scheduler is not None:
        from factcheck.distributed import run_on_dask

        sources, findings, n_claims = run_on_dask(found, scheduler, as_of, max_bytes=max_bytes,
                                                  config=config, progress=progress)
        _readable(sources, paths)
    else:
        sources, findings, n_claims = _run_local(found, paths, as_of, jobs=jobs,
                                                 max_bytes=max_bytes, config=config,
                                                 progress=progress, stats=stats)
    counts = {v: sum(1 for f in findings if f.verdict == v) for v in
              ("contradicted", "corroborated", "unverified", "forecast", "confirmed", "refuted")}
    summary = Summary(sources=len(sources), claims=n_claims, findings=len(findings),
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
    _write_stats(stats, n_claims, time.perf_counter() - started)
    return report


def _run_local(found: Sequence[Found], paths: Sequence[str], as_of: dt.date, *, jobs: int,
               max_bytes: int, config: Config, progress: Progress | None,
               stats: dict[str, Any]) -> tuple[list[Source], list[Finding], int]:
    """Sources, findings and the claim count, on this machine: extraction and then the
    reduce on one process pool when jobs > 1 (serial otherwise, or when no pool starts)."""
    started = time.perf_counter()
    pool = open_pool(config, min(jobs, len(found))) if jobs > 1 and len(found) > 1 else None
    try:
        sources, per_source, signatures = extract_files(
            found, max_bytes=max_bytes, jobs=jobs, config=config, progress=progress,
            pool=pool)
        _readable(sources, paths)
        for i, (old, new) in origin_remap(sources, signatures).items():
            sources[i] = sources[i].model_copy(update={"origin": new})
            per_source[i] = reorigin(per_source[i], old, new)
        claims = [c for found_claims in per_source for c in found_claims]
        del per_source
        extracted = time.perf_counter()
        reduced = ReduceStats()
        findings = reduce_claims(claims, as_of, pool=pool, jobs=jobs, stats=reduced)
    except BaseException:
        if pool is not None:  # an error or Ctrl-C: drop queued work, do not wait for it
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    if pool is not None:
        pool.shutdown()
    pairs = reduced.pairs
    stats.update(extract_seconds=round(extracted - started, 3),
                 reduce_seconds=round(time.perf_counter() - extracted, 3),
                 shards=reduced.shards, largest_shard=reduced.largest_shard,
                 largest_group=reduced.largest_group,
                 pair_comparisons=None if pairs is None else sum(pairs.values()),
                 pairs_by_kind=None if pairs is None else dict(pairs))
    return sources, findings, len(claims)


def _write_stats(stats: dict[str, Any], n_claims: int, seconds: float) -> None:
    """For benchmarks: with $FACTCHECK_STATS set to a file name, write what the run did
    there as JSON (stage times, shards, largest group, pair comparisons)."""
    target = os.environ.get("FACTCHECK_STATS")
    if not target:
        return
    stats.update(claims=n_claims, seconds=round(seconds, 3))
    try:
        with open(target, "w", encoding="utf-8") as fh:
            json.dump(stats, fh, indent=1, sort_keys=True)
    except OSError as exc:
        LOG.warning("cannot write %s: %s", target, exc)


def _readable(sources: Sequence[Source], paths: Sequence[str]) -> None:
    """InputError when no file holds a readable article."""
    if all(s.format is None for s in sources):
        reasons = "; ".join(f"{s.path}: {s.warnings[0]}" for s in sources[:3])
        raise InputError(f"no readable article ({reasons})", ", ".join(paths))
