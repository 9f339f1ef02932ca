"""A warm run (folder packs and stored shard results, see store.py) prints byte for byte
what a cold run without a cache prints, after files are added, edited or removed, with
one process or two; and a store that is damaged or not of our make is a miss."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import parallel, store
from factcheck.cli import main
from factcheck.pipeline import check
from pages import article, write

AS_OF = dt.date(2026, 11, 23)

#: Stories of fields the labelled sets do not cover: (slug, outlet's sentences).
STORIES = {
    "harbour": ["The Port of Kelvasand handled 4.2 million containers in 2025.",
                "Dock workers at Kelvasand agreed a 6% pay rise on 14 March 2026.",
                "The new Kelvasand crane line cost $310 million."],
    "wheat": ["Farmers in the Orrin valley harvested 1.8 million tonnes of wheat in 2025.",
              "The Orrin valley cooperative opened its grain silo on 2 September 2025.",
              "The silo holds 90,000 tonnes."],
    "chess": ["Grandmaster Ilse Varnholt won the Brevik Open on 21 June 2026.",
              "The Brevik Open drew 412 players from 38 countries.",
              "Varnholt took home a prize of EUR 25,000."],
    "opera": ["The Salvatre Opera House staged its premiere of Vellichor on 3 October 2026.",
              "The production cost $4.5 million.",
              "The Salvatre house seats 1,850 people."],
}
OUTLETS = ("Harbour Ledger", "Field Weekly", "Board Times", "Stage Review", "Wire Daily")


def _write_corpus(root: Path) -> None:
    """Each story told by three outlets; one outlet gives the harbour's crane line
    another cost (a contradiction), and one copy is identical to another file."""
    for s, (slug, lines) in enumerate(STORIES.items()):
        for k in range(3):
            outlet = OUTLETS[(s + k) % len(OUTLETS)]
            told = list(lines)
            if slug == "harbour" and k == 2:
                told[2] = "The new Kelvasand crane line cost $520 million."
            write(root, f"news/{slug}-{k}.md", article(outlet, "2026-11-20", *told))
    write(root, "news/zz-copy.md", (root / "news/wheat-0.md").read_text("utf-8"))


@pytest.fixture(params=["shard files", "buckets"])
def small_stores(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pack folders of two files (the size at which a pack pays off is for corpora of
    thousands), and store every shard in a file of its own, or every shard in buckets."""
    monkeypatch.setattr(store, "PACK_MIN", 2)
    monkeypatch.setattr(store, "STORE_MIN_CLAIMS", 0)
    monkeypatch.setattr(store, "SHARD_MIN", 1 if request.param == "shard files" else 10**9)


def _cli(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    return result.exit_code, result.stdout


def _runs(root: Path, cache: Path, jobs: str) -> tuple[tuple[int, str], tuple[int, str]]:
    """(cold run without a cache, warm run with `cache`) of `root`, as JSON."""
    args = [str(root / "news"), "--format", "json", "--as-of", AS_OF.isoformat(), "-q",
            "--jobs", jobs]
    return _cli([*args, "--no-cache"]), _cli([*args, "--cache-dir", str(cache)])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_warm_runs_print_what_cold_runs_print(tmp_path: Path, small_stores: None,
                                              jobs: str) -> None:
    _write_corpus(tmp_path)
    cache = tmp_path / "cache"
    cold, warm = _runs(tmp_path, cache, jobs)  # fills the cache
    assert cold[0] == 1 and warm == cold
    assert list((cache / "claims" / "pk").glob("*.pack"))
    assert list((cache / "claims" / "sh").glob("*.shard"))
    cold, warm = _runs(tmp_path, cache, jobs)  # everything from the stores
    assert warm == cold
    cold, warm = _runs(tmp_path, cache, jobs)  # stores written by a warm run
    assert warm == cold
    # a new file in the same folder: the folder's counts change for every shard it is in
    write(tmp_path, "news/harbour-3.md", article(
        "Quay Post", "2026-11-21", "The new Kelvasand crane line cost $310 million.",
        "The Port of Kelvasand handled 4.2 million containers in 2025."))
    cold, warm = _runs(tmp_path, cache, jobs)
    assert warm == cold
    assert list((cache / "claims" / "pk").glob("*.delta"))  # one file: a delta
    # an edited file
    write(tmp_path, "news/chess-1.md", article(
        "Board Times", "2026-11-20", "Grandmaster Ilse Varnholt won the Brevik Open on "
        "22 June 2026.", "The Brevik Open drew 412 players from 38 countries."))
    cold, warm = _runs(tmp_path, cache, jobs)
    assert warm == cold
    # a removed file, and the copy's original: the copy now stands for itself
    (tmp_path / "news/opera-2.md").unlink()
    (tmp_path / "news/wheat-0.md").unlink()
    cold, warm = _runs(tmp_path, cache, jobs)
    assert warm == cold


def test_jobs_2_from_warm_stores_prints_what_jobs_1_prints(tmp_path: Path,
                                                           small_stores: None) -> None:
    _write_corpus(tmp_path)
    cache = ["--cache-dir", str(tmp_path / "cache")]
    args = [str(tmp_path / "news"), "--format", "json", "--as-of", AS_OF.isoformat(), "-q"]
    first = _cli([*args, *cache, "--jobs", "1"])
    assert _cli([*args, *cache, "--jobs", "2"]) == first
    assert _cli([*args, "--no-cache", "--jobs", "2"]) == first


def test_an_unchanged_shard_is_not_matched_again(tmp_path: Path, small_stores: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _write_corpus(tmp_path)
    cache = str(tmp_path / "cache")
    first = check([str(tmp_path / "news")], AS_OF, cache_dir=cache)
    matched: list[int] = []
    real = parallel._judge_here

    def spy(batch, *a, **k):  # type: ignore[no-untyped-def]
        matched.extend(len(s) for s in batch)
        return real(batch, *a, **k)

    given: list[int] = []
    reduce = parallel.reduce_claims

    def reducing(claims, *a, **k):  # type: ignore[no-untyped-def]
        given.append(len(claims))
        return reduce(claims, *a, **k)

    monkeypatch.setattr(parallel, "_judge_here", spy)
    monkeypatch.setattr("factcheck.pipeline.reduce_claims", reducing)
    assert check([str(tmp_path / "news")], AS_OF, cache_dir=cache) == first
    assert matched == [] and given[0] > 0
    # another as_of judges forecasts and running counts otherwise: not the stored results
    check([str(tmp_path / "news")], AS_OF + dt.timedelta(days=1), cache_dir=cache)
    assert sum(matched) == given[1] == given[0]


def test_a_new_file_rematches_only_the_shards_its_claims_reach(
        tmp_path: Path, small_stores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_corpus(tmp_path)
    cache = str(tmp_path / "cache")
    check([str(tmp_path / "news")], AS_OF, cache_dir=cache)
    stats = parallel.ReduceStats()
    real = parallel.reduce_claims

    def spy(*a, **k):  # type: ignore[no-untyped-def]
        return real(*a, **{**k, "stats": stats})

    monkeypatch.setattr("factcheck.pipeline.reduce_claims", spy)
    # a page of its own folder that states no figure: figures' shards are untouched
    write(tmp_path, "more/chess-late.md", article(
        "Field Weekly", "2026-11-22", "# Brevik Open results",
        "Grandmaster Ilse Varnholt won the Brevik Open on 21 June 2026."))
    report = check([str(tmp_path / "news"), str(tmp_path / "more")], AS_OF, cache_dir=cache)
    assert 0 < stats.reused < stats.shards
    cold = check([str(tmp_path / "news"), str(tmp_path / "more")], AS_OF)
    assert report == cold


@pytest.mark.parametrize("damage", ["truncated", "foreign", "other salt"])
def test_a_bad_pack_is_a_miss_never_code_run(tmp_path: Path, small_stores: None,
                                             damage: str) -> None:
    _write_corpus(tmp_path)
    cache = tmp_path / "cache"
    first = check([str(tmp_path / "news")], AS_OF, cache_dir=str(cache))
    packs = list((cache / "claims").rglob("*.pack")) + list((cache / "claims").rglob("*.shard"))
    assert packs
    ran = tmp_path / "ran"
    for p in packs:
        if damage == "truncated":
            p.write_bytes(p.read_bytes()[:100])
        elif damage == "foreign":
            # a pickle that would call a function of the standard library
            p.write_bytes(pickle.dumps(_Planted(str(ran))))
        else:
            doc = store.loads(p.read_bytes())
            doc["salt"] = "another"
            p.write_bytes(pickle.dumps(doc))
    assert check([str(tmp_path / "news")], AS_OF, cache_dir=str(cache)) == first
    assert not ran.exists()


class _Planted:
    """Unpickled, it would create a file: what a planted pack could do."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.path, "w"))


def test_the_unpickler_refuses_what_is_not_ours() -> None:
    with pytest.raises(pickle.UnpicklingError):
        store.loads(pickle.dumps(_Planted("/nonexistent/never")))
    assert store.loads(pickle.dumps({"d": dt.date(2026, 1, 2), "t": (1, "x")})) == {
        "d": dt.date(2026, 1, 2), "t": (1, "x")}


def test_small_runs_keep_only_the_claim_cache(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    cache = tmp_path / "cache"
    check([str(tmp_path / "news")], AS_OF, cache_dir=str(cache))
    assert not list(cache.rglob("*.pack")) and not list(cache.rglob("*.shard"))
    assert list(cache.rglob("*.json"))


def test_small_shards_share_buckets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "STORE_MIN_CLAIMS", 0)
    _write_corpus(tmp_path)
    cache = tmp_path / "cache"
    first = check([str(tmp_path / "news")], AS_OF, cache_dir=str(cache))
    buckets = list(cache.rglob("*.shard"))
    assert 0 < len(buckets) < first.summary.findings
    assert check([str(tmp_path / "news")], AS_OF, cache_dir=str(cache)) == first
