"""Extraction in a process pool, and the same pipeline on Dask: the report never changes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import parallel
from factcheck.cli import main
from factcheck.extract import extract
from factcheck.load import load_sources
from factcheck.match import match, shard
from factcheck.pipeline import check

AS_OF = dt.date(2026, 11, 23)


@pytest.fixture
def corpus(tmp_path: Path, root: Path) -> Path:
    """The seeds, our own corpus, and one identical copy of a seed (a duplicate)."""
    out = tmp_path / "corpus"
    shutil.copytree(root / "sources", out / "seeds")
    shutil.copytree(root / "tests" / "corpora" / "own", out / "own",
                    ignore=shutil.ignore_patterns("*.yaml"))
    first = sorted((out / "seeds").iterdir())[0]
    shutil.copy(first, out / "zz-copy.txt")
    return out


def _cli(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_jobs_2_output_is_byte_identical_to_jobs_1(corpus: Path, fmt: str) -> None:
    args = [str(corpus), "--format", fmt, "--as-of", AS_OF.isoformat(), "-q"]
    serial = _cli([*args, "--jobs", "1"])
    pooled = _cli([*args, "--jobs", "2"])
    assert serial[0] == 1
    assert pooled == serial


def test_a_half_warm_cache_on_the_pool_prints_what_a_cold_serial_run_prints(
        corpus: Path, tmp_path: Path) -> None:
    """Files the cache holds are answered in the main process, the others on the pool,
    in between: the report is the same, in the same order."""
    args = ["--format", "json", "--as-of", AS_OF.isoformat(), "-q"]
    cold = _cli([str(corpus), *args, "--jobs", "1", "--no-cache"])
    cache = ["--cache-dir", str(tmp_path / "cache")]
    _cli([str(corpus / "own"), *args, *cache, "--jobs", "1"])  # every other file cached
    assert _cli([str(corpus), *args, *cache, "--jobs", "2"]) == cold
    assert _cli([str(corpus), *args, *cache, "--jobs", "2"]) == cold  # all cached


def test_cached_and_extracted_files_come_back_in_path_order(corpus: Path, tmp_path: Path
                                                            ) -> None:
    from factcheck.load.discover import discover

    found = discover([str(corpus)])
    config = parallel.Config(cache_dir=str(tmp_path / "cache"))
    parallel.extract_files(found[::2], config=config)  # every other file cached
    sources, claims, _ = parallel.extract_files(found, jobs=2, config=config)
    fresh, fresh_claims, _ = parallel.extract_files(found)
    assert [s.path for s in sources] == [s.path for s in fresh] == [f.path for f in found]
    assert claims == fresh_claims


def test_pool_marks_identical_files_as_one_source(corpus: Path) -> None:
    report = check([str(corpus)], AS_OF, jobs=2)
    copy = next(s for s in report.sources if s.path.endswith("zz-copy.txt"))
    assert copy.duplicate_of is not None and copy.claims == 0
    assert report.summary.claims == sum(s.claims for s in report.sources)


def test_pool_that_cannot_start_falls_back_to_serial(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def refuse(*_: object, **__: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    pooled = check([str(corpus)], AS_OF, jobs=4)
    assert pooled == check([str(corpus)], AS_OF, jobs=1)


def test_progress_reports_every_file(corpus: Path) -> None:
    seen: list[tuple[int, int]] = []
    check([str(corpus)], AS_OF, jobs=2, progress=lambda d, t: seen.append((d, t)))
    total = seen[-1][1]
    assert [d for d, _ in seen] == list(range(1, total + 1))


def test_groups_never_span_shards(corpus: Path) -> None:
    """Matching shard by shard is matching everything: no group holds two shards."""
    claims = [c for a in load_sources([str(corpus)]) for c in extract(a)]
    groups = match(claims)
    assert len({shard(c) for c in claims}) > 5
    for g in groups:
        assert len({shard(c) for c in g.claims}) == 1, [c.text for c in g.claims]


def test_dask_report_equals_local_report(corpus: Path) -> None:
    try:
        import dask.distributed as distributed
    except ImportError:
        # the dask extra is not in the contributor install; CI installs it (.ci/run)
        if os.environ.get("FACTCHECK_REQUIRE_DASK"):
            pytest.fail("the Dask tests must run in CI: pip install -e '.[dask]'")
        pytest.skip("the dask extra is not installed (pip install -e '.[dask]')")
    local = check([str(corpus)], AS_OF)
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=2,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on_dask = check([str(corpus)], AS_OF, scheduler=client)
    assert on_dask.summary.contradicted >= 2
    assert on_dask.model_dump_json() == local.model_dump_json()


def test_default_jobs_is_at_least_one() -> None:
    assert parallel.default_jobs() >= 1


def _claims(corpus: Path) -> list[object]:
    return [c for a in load_sources([str(corpus)]) for c in extract(a)]


def test_the_reduce_on_the_pool_judges_what_the_serial_reduce_judges(corpus: Path) -> None:
    """Shards are matched in batches, here and on the workers; the findings are the same,
    in the same order, with the same ids."""
    from factcheck.match import match as match_all
    from factcheck.verdict import judge_all

    claims = _claims(corpus)
    serial = parallel.ReduceStats()
    expected = parallel.reduce_claims(claims, AS_OF, stats=serial)  # type: ignore[arg-type]
    pool = parallel.open_pool(parallel.Config(), 2)
    assert pool is not None
    pooled = parallel.ReduceStats()
    with pool:
        got = parallel.reduce_claims(claims, AS_OF, pool=pool, jobs=2,  # type: ignore[arg-type]
                                     stats=pooled)
    assert got == expected
    assert len(pooled.batches) > 1 and sum(pooled.batches) == len(claims)
    assert serial.shards == pooled.shards > 5
    # shard by shard is matching everything at once
    assert expected == judge_all(match_all(claims), AS_OF)  # type: ignore[arg-type]


def test_the_reduce_spreads_any_number_of_shards(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """However finely claims are sharded, every shard is judged once and pool and serial
    agree (here every claim is a shard of its own)."""
    import factcheck.match

    claims = _claims(corpus)
    monkeypatch.setattr(factcheck.match, "shard", lambda c: str(id(c)))
    serial = parallel.reduce_claims(claims, AS_OF)  # type: ignore[arg-type]
    pool = parallel.open_pool(parallel.Config(), 2)
    assert pool is not None
    stats = parallel.ReduceStats()
    with pool:
        pooled = parallel.reduce_claims(claims, AS_OF, pool=pool, jobs=2,  # type: ignore[arg-type]
                                        stats=stats)
    assert pooled == serial
    assert stats.shards == len(claims) and len(stats.batches) == 2
    # every claim is in one finding, but a mention of a person no claim names in a role,
    # an office no other holder is told in and a sentence's copy claim no other page
    # tells with another name (each a shard of its own here) are in none
    mentions = sum(1 for c in claims
                   if getattr(c, "slot", "") in {"mention", "office", "copy"})
    assert len(claims) - mentions == sum(len(f.claims) for f in pooled)


def test_batches_balance_claims_and_keep_every_shard() -> None:
    shards = [[object()] * n for n in (50, 1, 1, 30, 20, 5, 5, 5, 2)]
    batches = parallel._batches(shards, 3)  # type: ignore[arg-type]
    assert len(batches) == 3
    assert sorted(map(id, (s for b in batches for s in b))) == sorted(map(id, shards))
    assert [sum(map(len, b)) for b in batches] == [50, 35, 34]
    assert len(parallel._batches(shards[:2], 8)) == 2  # type: ignore[arg-type]


def test_a_pool_that_breaks_during_the_reduce_falls_back_to_serial(corpus: Path) -> None:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    class Broken:
        def submit(self, *_: object) -> Future[object]:
            raise BrokenProcessPool("a worker died")

    claims = _claims(corpus)
    got = parallel.reduce_claims(claims, AS_OF, pool=Broken(), jobs=2)  # type: ignore[arg-type]
    assert got == parallel.reduce_claims(claims, AS_OF)  # type: ignore[arg-type]


def test_pair_comparisons_come_from_the_matchers_counter(
        corpus: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The benchmark's hook: `factcheck.match.PAIR_COUNTER` (a Counter by kind, counting
    each link judgement) is read around each shard and written with $FACTCHECK_STATS."""
    import json
    from collections import Counter

    import factcheck.match

    counter: Counter[str] = Counter()
    monkeypatch.setattr(factcheck.match, "PAIR_COUNTER", counter)
    out = tmp_path / "stats.json"
    monkeypatch.setenv("FACTCHECK_STATS", str(out))
    report = check([str(corpus)], AS_OF)
    stats = json.loads(out.read_text())
    assert counter["timeline"] > 0 and counter["figure"] > 0
    assert stats["pair_comparisons"] == sum(counter.values())
    assert stats["pairs_by_kind"] == {k: v for k, v in counter.items() if v}
    assert stats["claims"] == report.summary.claims
    assert stats["largest_group"] == max(len(f.claims) for f in report.findings)


def test_dask_spreads_any_number_of_shards(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With every claim a shard of its own, Dask's reduce judges what a local run judges."""
    distributed = pytest.importorskip("dask.distributed")
    import factcheck.match

    monkeypatch.setattr(factcheck.match, "shard", lambda c: str(id(c)))
    local = check([str(corpus)], AS_OF, jobs=2)
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=2,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on_dask = check([str(corpus)], AS_OF, scheduler=client)
    assert on_dask.model_dump_json() == local.model_dump_json()


def test_the_reduce_takes_groups_of_copied_claims(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A matcher may group copies of the claims it was given: pool and serial still agree."""
    import factcheck.match

    real = factcheck.match.match

    def copying(claims: list[object]) -> list[object]:
        groups = real(claims)  # type: ignore[arg-type]
        for g in groups:
            g.claims = [c.model_copy() for c in g.claims]
        return groups  # type: ignore[return-value]

    monkeypatch.setattr(factcheck.match, "match", copying)
    assert check([str(corpus)], AS_OF, jobs=2) == check([str(corpus)], AS_OF, jobs=1)
