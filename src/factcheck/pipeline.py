"""The library entry point: check(paths) runs load → extract → match → verdict."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from typing import Any

from factcheck import __version__, baseline, ledger
from factcheck import store as store_mod
from factcheck.errors import InputError
from factcheck.gazetteer import load_gazetteer
from factcheck.ids import content_order
from factcheck.lexicon import load_lexicon
from factcheck.load import DEFAULT_MAX_BYTES
from factcheck.load.dedupe import origin_remap, reorigin
from factcheck.load.discover import Found, discover
from factcheck.models import Finding, Report, Source, Summary, Tool
from factcheck.parallel import (
    Config,
    Progress,
    ReduceStats,
    default_jobs,
    extract_files,
    fewer_collections,
    file_token,
    open_pool,
    open_store,
    reduce_claims,
    stop_pool,
    usable_cache,
)

LOG = logging.getLogger(__name__)

#: Called as each phase after reading starts: ("matching", claims), ("judging", groups).
Phase = Callable[[str, int], None]


def check(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
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
    phase: Phase | None = None,
    exclude: Sequence[str] = (),
    gitignore: bool = True,
) -> Report:
    """Check every article under `paths` and return the report.

    `paths` is one path (a str or Path) or a sequence of them.
    Raises InputError when a path names nothing or no file holds a readable article.
    `verified_files` are ledger files (claims/verified.yaml) that turn findings confirmed
    or refuted; `baseline_file` marks each finding new or unchanged (LedgerError when
    malformed); `cache_dir` caches extracted claims by sha256 (see cache.py).
    `jobs` > 1 extracts, then matches and judges shard by shard, in a process pool (of at
    most the cores this process may use); `scheduler` ("local", a Dask scheduler address
    or a `dask.distributed.Client`) runs the whole pipeline on Dask (`pip install
    'factcheck-news[dask]'`). Either way the report is the one a serial run gives.
    `progress` is told (files read, files) as files are read, `phase` when matching and
    judging start. `exclude` globs and, in a git work tree, what git ignores (unless
    `gitignore` is false) are left out of the folders walked (see load.discover).

    >>> report = check(["sources/"])                # doctest: +SKIP
    >>> report.summary.contradicted                 # doctest: +SKIP
    2
    """
    names = _paths(paths)
    as_of = as_of or dt.date.today()
    facts = [fact for path in verified_files for fact in ledger.load_facts(path)]
    accepted = baseline.load(baseline_file) if baseline_file else None
    found = discover(names, follow_links, exclude=exclude, gitignore=gitignore)
    if not found:
        raise InputError("no files to check", ", ".join(names))
    LOG.debug("%d files to check under %s", len(found), ", ".join(names))
    config = usable_cache(Config(tuple(gazetteer_files), tuple(lexicon_files), cache_dir))
    # the user's gazetteer and lexicon files are read here first: a bad one is one
    # LedgerError in this process, not one traceback per worker (both loads are cached)
    load_gazetteer(config.gazetteer_files)
    load_lexicon(config.lexicon_files)
    sources: list[Source]
    findings: list[Finding]
    started = time.perf_counter()
    stats: dict[str, Any] = {}
    if scheduler is not None:
        from factcheck.distributed import run_on_dask

        sources, findings, n_claims = run_on_dask(found, scheduler, as_of, max_bytes=max_bytes,
                                                  config=config, progress=progress)
        _readable(sources, names)
    else:
        with fewer_collections():
            sources, findings, n_claims = _run_local(
                found, names, as_of, jobs=jobs, max_bytes=max_bytes, config=config,
                progress=progress, phase=phase, stats=stats)
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


def _paths(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """One path (a str or Path, never read as a sequence of characters) or several."""
    if isinstance(paths, str | os.PathLike):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


def _run_local(found: Sequence[Found], paths: Sequence[str], as_of: dt.date, *, jobs: int,
               max_bytes: int, config: Config, progress: Progress | None,
               phase: Phase | None, stats: dict[str, Any]
               ) -> tuple[list[Source], list[Finding], int]:
    """Sources, findings and the claim count, on this machine: extraction and then the
    reduce on one process pool when jobs > 1 (serial otherwise, or when no pool starts).
    The pool never has more processes than the cores this process may use, or files."""
    started = time.perf_counter()
    jobs = min(jobs, default_jobs(), len(found))
    pool = open_pool(config, jobs) if jobs > 1 else None
    try:
        sources, per_source, signatures = extract_files(
            found, max_bytes=max_bytes, jobs=jobs, config=config, progress=progress,
            pool=pool)
        _readable(sources, paths)
        for i, (old, new) in origin_remap(sources, signatures).items():
            sources[i] = sources[i].model_copy(update={"origin": new})
            per_source[i] = reorigin(per_source[i], old, new)
        from factcheck.match import without_idle_mentions

        n_claims = sum(map(len, per_source))
        # in an order of content, not of file names (see ids.content_order); mentions of
        # people named in no role left out (they join nothing)
        claims = sorted(without_idle_mentions(c for found_claims in per_source
                                              for c in found_claims), key=content_order)
        del per_source
        extracted = time.perf_counter()
        LOG.debug("%d claims from %d sources; matching", n_claims, len(sources))
        if phase is not None:
            phase("matching", n_claims)
        reduced = ReduceStats()
        store = open_store(config) if len(claims) >= store_mod.STORE_MIN_CLAIMS else None
        tokens = {s.id: file_token(s) for s in sources} if store is not None else None
        findings = reduce_claims(claims, as_of, pool=pool, jobs=jobs, stats=reduced,
                                 phase=phase, store=store, tokens=tokens)
    except BaseException:
        if pool is not None:
            # an error, Ctrl-C or SIGTERM: end the workers now, drop queued work, do not
            # wait for it, and leave no worker behind
            stop_pool(pool)
        raise
    if pool is not None:
        pool.shutdown()
    pairs = reduced.pairs
    stats.update(extract_seconds=round(extracted - started, 3),
                 reduce_seconds=round(time.perf_counter() - extracted, 3),
                 shards=reduced.shards, largest_shard=reduced.largest_shard,
                 largest_group=reduced.largest_group, reused_shards=reduced.reused,
                 pair_comparisons=None if pairs is None else sum(pairs.values()),
                 pairs_by_kind=None if pairs is None else dict(pairs))
    return sources, findings, n_claims


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
