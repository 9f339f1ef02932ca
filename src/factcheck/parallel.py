"""Load and extract file by file, then match and judge shard by shard, serially or in a
process pool.

Map: each file is read, decoded, shaped and extracted in one step (in a worker when
jobs > 1), so only one file's bytes and sections live at a time per worker; what comes
back is the source and its claims. Identical files are found afterwards, in path order,
exactly as the serial loader marks them.

Reduce: claims are split by `match.shard` (claims of different shards never group), and
each shard is matched and judged on its own, in file order: serially, or in batches of
shards, one in this process (the one with the largest shard) and the others on the pool.
Findings are then put in the order of their first claim, sorted and given unique ids by
content alone, so `--jobs N` gives the report `--jobs 1` gives, whatever judged what.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.cache import ClaimCache
from factcheck.gazetteer import Gazetteer, load_gazetteer
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.load import DEFAULT_MAX_BYTES, _failed, _source_ids, load_one, mark_duplicate
from factcheck.load.discover import Found
from factcheck.models import Claim, Finding, Source

if TYPE_CHECKING:
    from concurrent.futures import Executor

LOG = logging.getLogger(__name__)

#: Called with (files done, files in all) as results arrive.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Task:
    """One file to load and extract (picklable: sent to a worker)."""

    index: int
    path: str
    sid: str
    reason: str | None
    max_bytes: int


@dataclass(frozen=True, slots=True)
class Config:
    """What a worker needs besides the file: the user's extra gazetteer and lexicon files
    and the claim cache folder (None: no cache)."""

    gazetteer_files: tuple[str, ...] = ()
    lexicon_files: tuple[str, ...] = ()
    cache_dir: str | None = None


#: What one file gives: its source, its claims, and the MinHash of its text.
Result = tuple[Source, list[Claim], tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class Worker:
    """The loaded gazetteer, lexicon and cache a process extracts with."""

    gaz: Gazetteer
    lex: Lexicon
    cache: ClaimCache | None

    @classmethod
    def start(cls, config: Config) -> Worker:
        cache = (ClaimCache.open(config.cache_dir, config.gazetteer_files, config.lexicon_files)
                 if config.cache_dir else None)
        return cls(load_gazetteer(config.gazetteer_files), load_lexicon(config.lexicon_files),
                   cache)


_STATE: dict[str, Worker] = {}


def _init(config: Config) -> None:
    """Worker start: load the gazetteer, lexicon and cache once per process."""
    _STATE["worker"] = Worker.start(config)


def run_task(task: Task, worker: Worker | None = None) -> Result:
    """Load one file and extract its claims (or take them from the cache); problems are
    warnings on the source."""
    from factcheck.extract import extract

    if task.reason is not None:
        return _failed(task.path, task.sid, "", task.reason).source, [], ()
    article = load_one(task.path, task.sid, task.max_bytes)
    w = worker if worker is not None else _STATE["worker"]
    claims = w.cache.get(article) if w.cache else None
    if claims is None:
        try:
            claims = extract(article, w.gaz, w.lex)
        except (RecursionError, MemoryError, ValueError, LookupError, TypeError,
                AttributeError, AssertionError) as exc:
            # a bug met on strange input costs this file's claims, not the run
            LOG.debug("cannot extract claims from %s", article.source.path, exc_info=True)
            warning = f"claims not extracted: internal error ({type(exc).__name__})"
            src = article.source.model_copy(
                update={"warnings": (*article.source.warnings, warning)})
            return src, [], article.signature
        if w.cache:
            w.cache.put(article, claims)
    return article.source, claims, article.signature


def tasks(found: Sequence[Found], max_bytes: int = DEFAULT_MAX_BYTES) -> list[Task]:
    """One task per discovered file, in path order, with the ids the loader would give."""
    ids = _source_ids([f.path for f in found])
    return [Task(i, f.path, ids[f.path], f.reason, max_bytes) for i, f in enumerate(found)]


def dedupe(results: Iterator[Result]) -> Iterator[Result]:
    """Mark a file identical to an earlier one as its duplicate and drop its claims."""
    first_by_sha: dict[str, str] = {}
    for src, claims, sig in results:
        src = mark_duplicate(src, first_by_sha)
        if src.duplicate_of is not None:
            claims, sig = [], ()
        yield src.model_copy(update={"claims": len(claims)}), claims, sig


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _serial(work: list[Task], config: Config) -> Iterator[Result]:
    worker = Worker.start(config)
    for t in work:
        yield run_task(t, worker)


def open_pool(config: Config, jobs: int) -> Executor | None:
    """A process pool of `jobs` workers that have loaded `config`; None when no pool can
    start here (the caller then works serially)."""
    # imported only when jobs > 1: a serial run never pays for multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(config,))
        # a pool that cannot fork fails on first use, not on construction
        pool.submit(int, 0).result()
    except (OSError, NotImplementedError, ImportError, BrokenProcessPool) as exc:
        LOG.warning("no process pool (%s); working serially", exc)
        return None
    return pool


def _pooled(work: list[Task], pool: Executor, jobs: int) -> Iterator[Result]:
    """Results from the pool, in order."""
    # big chunks: one round trip per few dozen files, not per file
    chunk = max(1, min(64, len(work) // (jobs * 8) or 1))
    yield from pool.map(run_task, work, chunksize=chunk)


def extract_files(found: Sequence[Found], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  jobs: int = 1, config: Config | None = None, progress: Progress | None = None,
                  pool: Executor | None = None,
                  ) -> tuple[list[Source], list[list[Claim]], list[tuple[int, ...]]]:
    """Sources (in path order, duplicates marked), their claims and their text signatures.

    With `pool` (from :func:`open_pool`) files are extracted there and the pool stays open
    for the reduce; else `jobs` > 1 opens a pool for this call only.
    """
    config = config or Config()
    work = tasks(found, max_bytes)
    own: Executor | None = None
    if pool is None and jobs > 1 and len(work) > 1:
        pool = own = open_pool(config, min(jobs, len(work)))
    try:
        stream = (_pooled(work, pool, max(1, jobs)) if pool is not None and len(work) > 1
                  else _serial(work, config))
        sources: list[Source] = []
        claims: list[list[Claim]] = []
        signatures: list[tuple[int, ...]] = []
        for n, (src, found_claims, sig) in enumerate(dedupe(stream), 1):
            sources.append(src)
            claims.append(found_claims)
            signatures.append(sig)
            if progress is not None:
                progress(n, len(work))
    finally:
        if own is not None:
            own.shutdown()
    return sources, claims, signatures


# --- reduce: match and judge shard by shard -------------------------------------------

#: One finding and the claims it groups (what verdict.finalize takes).
Judged = tuple[Finding, Sequence[Claim]]


@dataclass
class ReduceStats:
    """What the reduce did: shards, the largest one, and the pair comparisons the matcher
    counted (`factcheck.match.PAIR_COUNTER`, by kind; None when the matcher counts none)."""

    shards: int = 0
    largest_shard: int = 0
    pairs: Counter[str] | None = None
    largest_group: int = 0
    batches: list[int] = field(default_factory=list)

    def add_pairs(self, pairs: Mapping[str, int] | None) -> None:
        """Add the pair comparisons one batch counted."""
        if pairs is not None:
            self.pairs = (self.pairs or Counter()) + Counter(pairs)


def shards_of(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims split by `match.shard`, each shard in the claims' order, shards in the
    order of their first claim."""
    from factcheck.match import shard

    by: dict[str, list[Claim]] = {}
    for c in claims:
        by.setdefault(shard(c), []).append(c)
    return list(by.values())


def judge_shard(claims: Sequence[Claim], as_of: dt.date) -> list[Judged]:
    """Match one shard's claims and judge each group (serially, on the pool or on Dask)."""
    from factcheck.match import match
    from factcheck.verdict import judge

    return [(judge(g, as_of), g.claims) for g in match(claims)]


def _pair_counter() -> dict[str, int] | None:
    """The matcher's pair comparisons so far in this process, when it counts them."""
    from factcheck import match

    counter = getattr(match, "PAIR_COUNTER", None)
    if counter is None:
        return None
    if isinstance(counter, Mapping):
        return {str(k): int(v) for k, v in counter.items()}
    return {"all": int(counter)}


def _delta(before: Mapping[str, int] | None, after: Mapping[str, int] | None
           ) -> dict[str, int] | None:
    if before is None or after is None:
        return None
    return {k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)}


#: A claim of a group as a worker sends it back: its position in the batch, or the claim
#: itself when the matcher grouped a claim it was not given (a copy).
Ref = int | Claim


def _judge_batch(batch: list[list[Claim]], as_of: dt.date
                 ) -> tuple[list[tuple[Finding, list[Ref]]], dict[str, int] | None]:
    """Pool task: judge each shard of `batch`. Findings come back with the positions of
    their claims in the batch (the caller holds the claims: they are not sent back), and
    the pair comparisons counted here."""
    before = _pair_counter()
    out: list[tuple[Finding, list[Ref]]] = []
    offset = 0
    for claims in batch:
        position = {id(c): offset + n for n, c in enumerate(claims)}
        out.extend((f, [position.get(id(c), c) for c in group])
                   for f, group in judge_shard(claims, as_of))
        offset += len(claims)
    return out, _delta(before, _pair_counter())


def _batches(shards: list[list[Claim]], n: int) -> list[list[list[Claim]]]:
    """At most `n` batches of shards of about equal claim counts (largest shard first)."""
    heap = [(0, k) for k in range(min(n, len(shards)))]
    out: list[list[list[Claim]]] = [[] for _ in heap]
    for s in sorted(shards, key=len, reverse=True):
        size, k = heapq.heappop(heap)
        out[k].append(s)
        heapq.heappush(heap, (size + len(s), k))
    return sorted(out, key=lambda b: -sum(map(len, b)))


def reduce_claims(claims: Sequence[Claim], as_of: dt.date, *, pool: Executor | None = None,
                  jobs: int = 1, stats: ReduceStats | None = None) -> list[Finding]:
    """Match and judge every shard of `claims`, on `pool` too when given (and there is
    more than one shard), and return the findings sorted with unique ids: the same
    findings whichever way it runs."""
    from factcheck.verdict import finalize

    shards = shards_of(claims)
    stats = stats if stats is not None else ReduceStats()
    stats.shards = len(shards)
    stats.largest_shard = max(map(len, shards), default=0)
    if pool is not None and len(shards) > 1 and jobs > 1:
        judged = _reduce_pooled(shards, as_of, pool, jobs, stats)
    else:
        judged = _judge_here(shards, as_of, stats)
    stats.largest_group = max((len(g) for _, g in judged), default=0)
    return finalize(in_claim_order(judged, claims))


def in_claim_order(judged: Sequence[Judged], claims: Sequence[Claim]) -> list[Judged]:
    """The judged groups ordered by their first claim's place in `claims`: one order
    however the shards were spread, so findings of identical content get their id
    suffixes the same way on every run."""
    place = {id(c): i for i, c in enumerate(claims)}
    last = len(place)

    def key(j: Judged) -> tuple[int, tuple[str, int, str]]:
        # a claim the matcher made itself (not one it was given) sorts by its content
        first = min((place.get(id(c), last) for c in j[1]), default=last)
        return first, min(((c.path, c.line, c.text) for c in j[1]), default=("", 0, ""))

    return sorted(judged, key=key)


def _judge_here(batch: Sequence[Sequence[Claim]], as_of: dt.date,
                stats: ReduceStats) -> list[Judged]:
    """Judge a batch of shards in this process."""
    before = _pair_counter()
    out = [j for s in batch for j in judge_shard(s, as_of)]
    stats.add_pairs(_delta(before, _pair_counter()))
    stats.batches.append(sum(map(len, batch)))
    return out


def _reduce_pooled(shards: list[list[Claim]], as_of: dt.date, pool: Executor, jobs: int,
                   stats: ReduceStats) -> list[Judged]:
    """The judged groups of every shard, in `jobs` batches of about equal claim counts:
    this process judges the batch holding the largest shard (so its claims are never
    copied), the pool the others. A batch the pool cannot take is judged here."""
    from concurrent.futures.process import BrokenProcessPool

    batches = _batches(shards, jobs)
    largest = max(range(len(batches)), key=lambda k: max(map(len, batches[k])))
    others = [b for k, b in enumerate(batches) if k != largest]
    futures = []
    try:
        futures = [pool.submit(_judge_batch, b, as_of) for b in others]
    except (BrokenProcessPool, RuntimeError) as exc:  # RuntimeError: the pool shut down
        LOG.warning("process pool unusable (%s); matching here", exc)
    judged = _judge_here(batches[largest], as_of, stats)
    for n, batch in enumerate(others):
        try:
            found, pairs = futures[n].result()
        except (IndexError, BrokenProcessPool) as exc:
            if isinstance(exc, BrokenProcessPool):
                LOG.warning("process pool broke (%s); matching here", exc)
            judged.extend(_judge_here(batch, as_of, stats))
            continue
        stats.add_pairs(pairs)
        stats.batches.append(sum(map(len, batch)))
        flat = [c for s in batch for c in s]
        judged.extend((f, [flat[r] if isinstance(r, int) else r for r in refs])
                      for f, refs in found)
    return judged
