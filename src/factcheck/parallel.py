"""Load and extract file by file, serially or in a process pool, streaming in path order.

Each file is read, decoded, shaped and extracted in one step (in a worker when jobs > 1),
so only one file's bytes and sections live at a time per worker; what comes back is the
source and its claims. Identical files are found afterwards, in path order, exactly as the
serial loader marks them, so `--jobs N` gives the report `--jobs 1` gives.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.cache import ClaimCache, prune_now_and_then, unsafe
from factcheck.gazetteer import Gazetteer, load_gazetteer
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.load import DEFAULT_MAX_BYTES, _failed, _source_ids, load_one, mark_duplicate
from factcheck.load.discover import Found, printable
from factcheck.models import Claim, Source

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

    def over(signum: int, frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGPROF, over)
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

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
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
            article = load_one(task.path, task.sid, task.max_bytes)
            claims = w.cache.get(article) if w.cache else None
            if claims is None:
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


def _pooled(work: list[Task], config: Config, jobs: int) -> Iterator[Result] | None:
    """Results from a process pool, in order; None when no pool can start here."""
    # imported only when jobs > 1: a serial run never pays for multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(config,))
        # a pool that cannot fork fails on first use, not on construction
        pool.submit(int, 0).result()
    except (OSError, NotImplementedError, ImportError, BrokenProcessPool) as exc:
        LOG.warning("no process pool (%s); extracting serially", exc)
        return None
    # big chunks: one round trip per few dozen files, not per file
    chunk = max(1, min(64, len(work) // (jobs * 8) or 1))

    def results() -> Iterator[Result]:
        try:
            yield from pool.map(run_task, work, chunksize=chunk)
        except BaseException:
            # interrupted (Ctrl-C, SIGTERM) or failed: end the workers now rather than
            # wait for the files they hold, and leave none behind
            _stop(pool)
            raise
        pool.shutdown()

    return results()


def _stop(pool: Any) -> None:
    """End a process pool's workers at once (ProcessPoolExecutor has no public call)."""
    processes = list(getattr(pool, "_processes", {}).values())
    for proc in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            proc.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            proc.join(5)


def extract_files(found: Sequence[Found], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  jobs: int = 1, config: Config | None = None, progress: Progress | None = None
                  ) -> tuple[list[Source], list[list[Claim]], list[tuple[int, ...]]]:
    """Sources (in path order, duplicates marked), their claims and their text signatures."""
    config = config or Config()
    if config.cache_dir:
        problem = unsafe(config.cache_dir)
        if problem is not None:
            LOG.warning("warning: %s: claim cache not used (%s)", printable(config.cache_dir),
                        problem)
            config = dataclasses.replace(config, cache_dir=None)
    work = tasks(found, max_bytes)
    stream: Iterator[Result] | None = None
    jobs = min(jobs, default_jobs(), len(work))
    if jobs > 1:
        stream = _pooled(work, config, jobs)
    if stream is None:
        stream = _serial(work, config)
    sources: list[Source] = []
    claims: list[list[Claim]] = []
    signatures: list[tuple[int, ...]] = []
    for n, (src, found_claims, sig) in enumerate(dedupe(stream), 1):
        sources.append(src)
        claims.append(found_claims)
        signatures.append(sig)
        if progress is not None:
            progress(n, len(work))
    if config.cache_dir:
        prune_now_and_then(config.cache_dir)
    return sources, claims, signatures
