"""The library entry point: check(paths) runs load → extract → match → verdict."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

from factcheck import __version__, baseline, ledger
from factcheck.errors import InputError
from factcheck.gazetteer import load_gazetteer
from factcheck.ids import content_order
from factcheck.lexicon import load_lexicon
from factcheck.load import DEFAULT_MAX_BYTES
from factcheck.load.dedupe import origin_remap, reorigin
from factcheck.load.discover import discover
from factcheck.match import match
from factcheck.models import Finding, Report, Source, Summary, Tool
from factcheck.parallel import Config, Progress, extract_files
from factcheck.verdict import judge_all

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
    `jobs` > 1 extracts in a process pool; `scheduler` ("local", a Dask scheduler address
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
    config = Config(tuple(gazetteer_files), tuple(lexicon_files), cache_dir)
    # the user's gazetteer and lexicon files are read here first: a bad one is one
    # LedgerError in this process, not one traceback per worker (both loads are cached)
    load_gazetteer(config.gazetteer_files)
    load_lexicon(config.lexicon_files)
    sources: list[Source]
    findings: list[Finding]
    if scheduler is not None:
        from factcheck.distributed import run_on_dask

        sources, findings, n_claims = run_on_dask(found, scheduler, as_of, max_bytes=max_bytes,
                                                  config=config, progress=progress)
        _readable(sources, names)
    else:
        sources, per_source, signatures = extract_files(
            found, max_bytes=max_bytes, jobs=jobs, config=config, progress=progress)
        _readable(sources, names)
        for i, (old, new) in origin_remap(sources, signatures).items():
            sources[i] = sources[i].model_copy(update={"origin": new})
            per_source[i] = reorigin(per_source[i], old, new)
        # in an order of content, not of file names (see ids.content_order)
        claims = sorted((c for found_claims in per_source for c in found_claims),
                        key=content_order)
        n_claims = len(claims)
        LOG.debug("%d claims from %d sources; matching", n_claims, len(sources))
        if phase is not None:
            phase("matching", n_claims)
        groups = match(claims)
        LOG.debug("%d groups; judging", len(groups))
        if phase is not None:
            phase("judging", len(groups))
        findings = judge_all(groups, as_of)
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
    return report


def _paths(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """One path (a str or Path, never read as a sequence of characters) or several."""
    if isinstance(paths, str | os.PathLike):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


def _readable(sources: Sequence[Source], paths: Sequence[str]) -> None:
    """InputError when no file holds a readable article."""
    if all(s.format is None for s in sources):
        reasons = "; ".join(f"{s.path}: {s.warnings[0]}" for s in sources[:3])
        raise InputError(f"no readable article ({reasons})", ", ".join(paths))
