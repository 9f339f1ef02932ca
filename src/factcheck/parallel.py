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

import contextlib
import dataclasses
import datetime as dt
import gc
import heapq
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factcheck.cache import ClaimCache, prune_now_and_then, unsafe
from factcheck.gazetteer import Gazetteer, load_gazetteer
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.load import (
    DEFAULT_MAX_BYTES,
    _failed,
    _source_ids,
    mark_duplicate,
    parse_one,
    read_one,
)
from factcheck.load.discover import Found, printable
from factcheck.models import Article, Claim, Finding, Source
from factcheck.store import Packs, ShardStore

if TYPE_CHECKING:
    from concurrent.futures import Executor

LOG = logging.getLogger(__name__)

#: Called with (files done, files in all) as results arrive.
Progress = Callable[[int, int], None]

#: CPU time one file may take to load and extract: this many seconds, plus
#: FILE_BUDGET_PER_MIB for each MiB of the file (about ten times what a file of ordinary
#: text costs). A file over it becomes that file's warning and the run goes on.
FILE_BUDGET_SECONDS = 60.0
FILE_BUDGET_PER_MIB = 10.0


class OverBudget(BaseException):
    """Raised where a file's extraction stands when its CPU-time budget is spent (a
    BaseException, so that no `except Exception` inside a parser swallows it)."""


def file_budget(path: str) -> float:
    """The CPU-time budget, seconds, of the file at `path`."""
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0
    return FILE_BUDGET_SECONDS + FILE_BUDGET_PER_MIB * size / (1024 * 1024)


def _over(signum: int, frame: object) -> None:
    raise OverBudget


#: True in a pool worker, which keeps `_over` as its SIGPROF handler for good (setting a
#: handler costs more than the timer itself, twice per file).
_HANDLER_KEPT = False


@contextlib.contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the code running inside once the process has used `seconds`
    more CPU time. Only in the main thread of a process that has interval timers (a pool
    worker, or a serial run); elsewhere (Dask threads) no budget is kept."""
    import signal
    import threading

    if (not hasattr(signal, "setitimer") or seconds <= 0
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    if _HANDLER_KEPT:
        signal.setitimer(signal.ITIMER_PROF, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        return
    previous = signal.signal(signal.SIGPROF, _over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


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
    """Worker start: load the gazetteer, lexicon and cache once per process.

    Ctrl-C and SIGTERM are the main process's to handle (it ends the workers): a worker
    ignores SIGINT, which the terminal sends to every process of the group, and dies at
    once of SIGTERM, instead of inheriting the main process's handlers.
    """
    import signal

    global _HANDLER_KEPT
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGPROF"):
        signal.signal(signal.SIGPROF, _over)
        _HANDLER_KEPT = True
    _STATE["worker"] = Worker.start(config)


def run_task(task: Task, worker: Worker | None = None) -> Result:
    """Load one file and extract its claims (or take them from the cache); problems are
    warnings on the source, and so is a file over its CPU-time budget (`file_budget`)."""
    from factcheck.extract import extract

    if task.reason is not None:
        return _failed(task.path, task.sid, "", task.reason).source, [], ()
    w = worker if worker is not None else _STATE["worker"]
    budget = file_budget(task.path)
    fresh = False
    article = None
    try:
        with cpu_budget(budget):
            got = read_one(task.path, task.sid, task.max_bytes)
            if isinstance(got, Article):
                article = got  # a file that cannot be used
            else:
                # a cached file is not parsed: its source and claims are the entry's
                hit = w.cache.lookup(task.path, task.sid, got[1], got[0]) if w.cache else None
                if hit is not None:
                    src, claims, signature = hit
                    return src.model_copy(update={"claims": len(claims)}), claims, signature
                article = parse_one(task.path, task.sid, *got)
            fresh = True
            claims = extract(article, w.gaz, w.lex)
    except OverBudget:
        LOG.debug("%s: over its CPU-time budget", task.path)
        reason = (f"took over {budget:.0f} s of CPU time, the budget for a file of its "
                  "size (not read)")
        return _failed(task.path, task.sid, "", reason).source, [], ()
    except (RecursionError, MemoryError, ValueError, LookupError, TypeError,
            AttributeError, AssertionError) as exc:
        # a bug met on strange input costs this file's claims, not the run
        LOG.debug("cannot extract claims from %s", task.path, exc_info=True)
        warning = f"claims not extracted: internal error ({type(exc).__name__})"
        if article is None:
            return _failed(task.path, task.sid, "", warning).source, [], ()
        src = article.source.model_copy(
            update={"checked": False, "warnings": (*article.source.warnings, warning)})
        return src, [], article.signature
    if fresh and w.cache:
        w.cache.put(article, claims)
    # the claim count is set here, in the worker, not in the process that collects
    return article.source.model_copy(update={"claims": len(claims)}), claims, article.signature


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
        if src.claims != len(claims):
            src = src.model_copy(update={"claims": len(claims)})
        yield src, claims, sig


def default_jobs() -> int:
    """All cores this process may use (also the most processes a pool gets: more only
    multiply memory and contend for the same cores)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _serial(work: list[Task], config: Config) -> Iterator[Result]:
    worker = Worker.start(config)
    for t in work:
        yield run_task(t, worker)


def usable_cache(config: Config) -> Config:
    """`config`, without its claim cache when that folder is not safe to use (see
    cache.unsafe): a warning, and the run goes on uncached."""
    if config.cache_dir:
        problem = unsafe(config.cache_dir)
        if problem is not None:
            LOG.warning("warning: %s: claim cache not used (%s)", printable(config.cache_dir),
                        problem)
            return dataclasses.replace(config, cache_dir=None)
    return config


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


def _run_tasks(work: list[Task]) -> list[Result]:
    """run_task over a chunk of tasks, in a pool worker."""
    return [run_task(t) for t in work]


def _cached_here(work: list[Task], pool: Executor, jobs: int, config: Config
                 ) -> Iterator[Result]:
    """Results in order: files the claim cache holds are answered in this process (an
    entry costs less to read than to send back from a worker), the others are extracted
    on the pool, in chunks handed out as soon as they fill."""
    from concurrent.futures import Future

    cache = Worker.start(config).cache
    chunk = max(1, min(64, len(work) // (jobs * 8) or 1))
    done: dict[int, Result] = {}
    waiting: dict[int, tuple[Future[list[Result]], int]] = {}
    pending: list[tuple[int, Task]] = []

    def flush() -> None:
        if pending:
            future = pool.submit(_run_tasks, [t for _, t in pending])
            waiting.update((n, (future, k)) for k, (n, _) in enumerate(pending))
            pending.clear()

    for n, t in enumerate(work):
        hit = None
        if cache is not None and t.reason is None:
            got = read_one(t.path, t.sid, t.max_bytes)
            if not isinstance(got, Article):
                hit = cache.lookup(t.path, t.sid, got[1], got[0])
        if hit is None:
            # what this process cannot answer is read afresh where it is extracted
            pending.append((n, t))
            if len(pending) >= chunk:
                flush()
            continue
        src, claims, signature = hit
        done[n] = src.model_copy(update={"claims": len(claims)}), claims, signature
    flush()
    for n in range(len(work)):
        if n in done:
            yield done.pop(n)
        else:
            future, k = waiting.pop(n)
            yield future.result()[k]


def stop_pool(pool: Any) -> None:
    """End a process pool's workers at once (ProcessPoolExecutor has no public call)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            proc.terminate()
    # a worker started while the others were ending is ended too
    processes += [p for p in (getattr(pool, "_processes", None) or {}).values()
                  if p not in processes]
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            proc.join(5)
            if proc.is_alive():
                # one blocked on a lock a terminated worker held: it never ends by itself
                proc.kill()
                proc.join(1)


def extract_files(found: Sequence[Found], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  jobs: int = 1, config: Config | None = None, progress: Progress | None = None,
                  pool: Executor | None = None,
                  ) -> tuple[list[Source], list[list[Claim]], list[tuple[int, ...]]]:
    """Sources (in path order, duplicates marked), their claims and their text signatures.

    With `pool` (from :func:`open_pool`) files are extracted there and the pool stays open
    for the reduce; else `jobs` > 1 opens a pool for this call only.
    """
    config = usable_cache(config or Config())
    work = tasks(found, max_bytes)
    packs = open_packs(config)
    answered = from_packs(work, packs) if packs is not None else {}
    rest = [t for n, t in enumerate(work) if n not in answered]
    own: Executor | None = None
    jobs = min(jobs, default_jobs(), len(work))
    if pool is None and jobs > 1 and len(rest) > 1:
        pool = own = open_pool(config, jobs)
    try:
        if pool is not None and len(rest) > 1:
            stream = (_cached_here(rest, pool, max(1, jobs), config) if config.cache_dir
                      else _pooled(rest, pool, max(1, jobs)))
        else:
            stream = _serial(rest, config) if rest else iter(())
        merged = _merged(work, answered, stream, packs)
        sources: list[Source] = []
        claims: list[list[Claim]] = []
        signatures: list[tuple[int, ...]] = []
        for n, (src, found_claims, sig) in enumerate(dedupe(merged), 1):
            sources.append(src)
            claims.append(found_claims)
            signatures.append(sig)
            if progress is not None:
                progress(n, len(work))
    except BaseException:
        if own is not None:
            # interrupted (Ctrl-C, SIGTERM) or failed: end the workers now rather than
            # wait for the files they hold, and leave none behind
            stop_pool(own)
        raise
    if own is not None:
        own.shutdown()
    if packs is not None:
        packs.save()
    if config.cache_dir:
        prune_now_and_then(config.cache_dir)
    return sources, claims, signatures


def open_packs(config: Config) -> Packs | None:
    """The folder packs of the claim cache in `config` (None without a cache)."""
    if not config.cache_dir:
        return None
    cache = ClaimCache.open(config.cache_dir, config.gazetteer_files, config.lexicon_files)
    return None if cache is None else Packs(config.cache_dir, cache.salt)


def open_store(config: Config) -> ShardStore | None:
    """The shard store of the claim cache in `config` (None without a cache): keyed by
    the cache's salt and every packaged data file (matching reads more of them than
    extraction)."""
    if not config.cache_dir:
        return None
    cache = ClaimCache.open(config.cache_dir, config.gazetteer_files, config.lexicon_files)
    return None if cache is None else ShardStore(config.cache_dir, cache.salt)


def from_packs(work: Sequence[Task], packs: Packs) -> dict[int, Result]:
    """The results the folder packs hold for files of `work`, by task position: each file
    is read (for its sha256) in this process, and only files of packed folders."""
    packs.open_folders([t.path for t in work if t.reason is None])
    out: dict[int, Result] = {}
    for n, t in enumerate(work):
        if t.reason is not None or not packs.packed(t.path):
            continue
        got = read_one(t.path, t.sid, t.max_bytes)
        if isinstance(got, Article):
            continue
        data, sha = got
        lines = data.count(b"\n") + data.count(b"\r") + 1
        hit = packs.lookup(t.path, t.sid, printable(t.path), sha, lines)
        if hit is not None:
            out[n] = hit
    return out


def _merged(work: Sequence[Task], answered: dict[int, Result], stream: Iterator[Result],
            packs: Packs | None) -> Iterator[Result]:
    """The results of `work` in order: those the packs answered and those of `stream`
    (the other tasks, in order); what a file gave is noted for its folder's pack."""
    for n, t in enumerate(work):
        got = answered.get(n)
        if got is None:
            got = next(stream)
            src = got[0]
            if (packs is not None and src.format is not None and src.checked
                    and src.sha256 and src.duplicate_of is None):
                last = max((c.line for c in got[1]), default=0)
                packs.record(t.path, (src.sha256, last, got))
        yield got


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
    reused: int = 0

    def add_pairs(self, pairs: Mapping[str, int] | None) -> None:
        """Add the pair comparisons one batch counted."""
        if pairs is not None:
            self.pairs = (self.pairs or Counter()) + Counter(pairs)


#: The collector's thresholds during a run (see `fewer_collections`).
RUN_GC_THRESHOLD = (50_000, 20, 100)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector run less often (a young generation of 50,000
    objects, not 700): a run keeps every claim and finding alive, which each full
    collection walks, and claims, findings and the models they are built from form no
    cycles to collect (matching and judging 10k articles: about a quarter less CPU).
    The thresholds are restored afterwards; processes forked meanwhile keep them."""
    old = gc.get_threshold()
    gc.set_threshold(*RUN_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)


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
                 ) -> tuple[list[list[tuple[Finding, list[Ref]]]], dict[str, int] | None]:
    """Pool task: judge each shard of `batch`. Findings come back, shard by shard, with
    the positions of their claims in their shard (the caller holds the claims: they are
    not sent back), and the pair comparisons counted here."""
    before = _pair_counter()
    out: list[list[tuple[Finding, list[Ref]]]] = []
    with fewer_collections():
        for claims in batch:
            position = {id(c): n for n, c in enumerate(claims)}
            out.append([(f, [position.get(id(c), c) for c in group])
                        for f, group in judge_shard(claims, as_of)])
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
                  jobs: int = 1, stats: ReduceStats | None = None,
                  phase: Callable[[str, int], None] | None = None,
                  store: ShardStore | None = None,
                  tokens: Mapping[str, str] | None = None) -> list[Finding]:
    """Match and judge every shard of `claims`, on `pool` too when given (and there is
    more than one shard), and return the findings sorted with unique ids: the same
    findings whichever way it runs. In this process alone, `phase` is told
    ("judging", groups) once every shard is matched (on the pool the two go together).

    With a `store` and the `tokens` of the claims' sources (source id -> what its claims
    are made from: see `file_token`), a shard whose input an earlier run judged takes
    that run's groups, and the others are stored."""
    from factcheck.match import shard
    from factcheck.verdict import finalize

    shards = shards_of(claims)
    stats = stats if stats is not None else ReduceStats()
    stats.shards = len(shards)
    stats.largest_shard = max(map(len, shards), default=0)
    names = [shard(s[0]) for s in shards] if store is not None else []
    keys = _shard_keys(shards, names, as_of, store, tokens)
    results: list[list[Judged] | None] = [None] * len(shards)
    if store is not None:
        for i, key in enumerate(keys):
            if key is not None:
                results[i] = _stored(store, key, shards[i], names[i])
        stats.reused = sum(r is not None for r in results)
    todo = [i for i, r in enumerate(results) if r is None]
    work = [shards[i] for i in todo]
    if pool is not None and len(work) > 1 and jobs > 1:
        done = _reduce_pooled(work, as_of, pool, jobs, stats)
    else:
        done = _judge_here(work, as_of, stats, phase)
    for i, judged_shard in zip(todo, done, strict=True):
        results[i] = judged_shard
        key = keys[i]
        if store is not None and key is not None:
            position = {id(c): n for n, c in enumerate(shards[i])}
            store.put(key, len(shards[i]), [(f, [position.get(id(c), c) for c in group])
                                            for f, group in judged_shard], names[i])
    if store is not None:
        store.save()
    judged = [j for r in results if r is not None for j in r]
    stats.largest_group = max((len(g) for _, g in judged), default=0)
    return finalize(in_claim_order(judged, claims))


def file_token(src: Source) -> str:
    """What a source's claims are made from, for the shard store's keys: its content (by
    sha256 and the suffix the claim cache keys on), its id and path, its outlet and its
    origin (after near-duplicates are given one)."""
    return "\x1e".join((src.sha256, os.path.splitext(src.path)[1].lower(), src.id, src.path,
                        src.outlet or "", src.origin or ""))


def _shard_keys(shards: Sequence[Sequence[Claim]], names: Sequence[str], as_of: dt.date,
                store: ShardStore | None, tokens: Mapping[str, str] | None
                ) -> list[str | None]:
    """Each shard's key in the store (None: no store, or a claim of no known source)."""
    if store is None or tokens is None:
        return [None] * len(shards)
    keys: list[str | None] = []
    for s, name in zip(shards, names, strict=True):
        made = {c.source for c in s}
        if not made <= tokens.keys():
            keys.append(None)
            continue
        keys.append(store.key(name, [tokens[sid] for sid in made], as_of))
    return keys


def _stored(store: ShardStore, key: str, claims: Sequence[Claim], name: str
            ) -> list[Judged] | None:
    """The groups stored for a shard, with their claims this run's (None on a miss)."""
    got = store.get(key, len(claims), name)
    if not isinstance(got, list):
        return None
    try:
        return [(f, [claims[r] if isinstance(r, int) else r for r in refs])
                for f, refs in got]
    except (TypeError, ValueError, IndexError):
        return None


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
                stats: ReduceStats, phase: Callable[[str, int], None] | None = None
                ) -> list[list[Judged]]:
    """Match, then judge, a batch of shards in this process (as judge_shard does): the
    judged groups of each shard."""
    from factcheck.match import match
    from factcheck.verdict import judge

    before = _pair_counter()
    groups = [match(s) for s in batch]
    stats.add_pairs(_delta(before, _pair_counter()))
    LOG.debug("%d groups; judging", sum(map(len, groups)))
    if phase is not None:
        phase("judging", sum(map(len, groups)))
    out: list[list[Judged]] = [[(judge(g, as_of), g.claims) for g in gs] for gs in groups]
    stats.batches.append(sum(map(len, batch)))
    return out


def _reduce_pooled(shards: list[list[Claim]], as_of: dt.date, pool: Executor, jobs: int,
                   stats: ReduceStats) -> list[list[Judged]]:
    """The judged groups of each shard, judged in `jobs` batches of about equal claim
    counts: this process judges the batch holding the largest shard (so its claims are
    never copied), the pool the others. A batch the pool cannot take is judged here."""
    from concurrent.futures.process import BrokenProcessPool

    batches = _batches(shards, jobs)
    place = {id(s): i for i, s in enumerate(shards)}
    largest = max(range(len(batches)), key=lambda k: max(map(len, batches[k])))
    others = [b for k, b in enumerate(batches) if k != largest]
    futures = []
    try:
        futures = [pool.submit(_judge_batch, b, as_of) for b in others]
    except (BrokenProcessPool, RuntimeError) as exc:  # RuntimeError: the pool shut down
        LOG.warning("process pool unusable (%s); matching here", exc)
    out: list[list[Judged]] = [[] for _ in shards]
    for s, judged in zip(batches[largest], _judge_here(batches[largest], as_of, stats),
                         strict=True):
        out[place[id(s)]] = judged
    for n, batch in enumerate(others):
        try:
            found, pairs = futures[n].result()
        except (IndexError, BrokenProcessPool) as exc:
            if isinstance(exc, BrokenProcessPool):
                LOG.warning("process pool broke (%s); matching here", exc)
            for s, judged in zip(batch, _judge_here(batch, as_of, stats), strict=True):
                out[place[id(s)]] = judged
            continue
        stats.add_pairs(pairs)
        stats.batches.append(sum(map(len, batch)))
        for s, refs_of in zip(batch, found, strict=True):
            out[place[id(s)]] = [(f, [s[r] if isinstance(r, int) else r for r in refs])
                                 for f, refs in refs_of]
    return out
