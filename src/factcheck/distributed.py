"""The same pipeline on Dask: map (extract per file), shuffle (by match shard), reduce
(match and judge per shard). Optional: the `dask` extra.

`run_on_dask(found, "local", ...)` starts a LocalCluster on this machine;
`run_on_dask(found, "tcp://host:8786", ...)` uses a running scheduler whose workers can
read the same paths (a shared file system). The report is the one a local run gives:
files are loaded and extracted on the workers, identical files are found on the client
from the sources alone (small), the claims of the rest are grouped by `match.shard` and
each shard is matched in content order on a worker, and the findings are sorted on the client.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.load import DEFAULT_MAX_BYTES, mark_duplicate
from factcheck.load.dedupe import origin_remap, reorigin
from factcheck.load.discover import Found
from factcheck.models import Claim, Finding, Source
from factcheck.parallel import Config, Progress, Task, run_task, tasks

LOG = logging.getLogger(__name__)

#: Files per map partition: big enough that scheduling costs little per file.
FILES_PER_PARTITION = 200


class SchedulerError(FactcheckError):
    """Dask is missing, or the scheduler cannot be reached."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return f"--scheduler: {self.reason}"


def _extract_partition(part: Iterable[Task], config: Config
                       ) -> list[tuple[int, Source, list[Claim], tuple[int, ...]]]:
    """Map: load and extract each file of one partition (gazetteer loaded once per worker)."""
    from factcheck.parallel import Worker

    worker = Worker.start(config)
    out = []
    for t in part:
        src, claims, sig = run_task(t, worker)
        out.append((t.index, src, claims, sig))
    return out


#: The place of a claim the matcher made itself (not one it was given): last.
_LAST: tuple[Any, ...] = (1,)

#: Where a group stands among a local run's: its first claim in content order.
Place = tuple[Any, ...]


def _reduce(pairs: Sequence[tuple[Any, list[tuple[tuple[int, int], Claim]]]],
            as_of: dt.date) -> list[tuple[Place, Finding, Sequence[Claim]]]:
    """Reduce: match and judge each shard's claims in the order of their content (as a
    local run does, see ids.content_order; ties in file order); each finding comes with
    the place of its first claim in that order, to order them on the client as a local
    run does (parallel.in_claim_order)."""
    from factcheck.ids import content_order
    from factcheck.parallel import judge_shard

    out: list[tuple[Place, Finding, Sequence[Claim]]] = []
    for _, members in pairs:
        ordered = sorted(members, key=lambda m: (content_order(m[1]), m[0]))
        place = {id(c): (0, content_order(c), pos) for pos, c in ordered}
        for finding, claims in judge_shard([c for _, c in ordered], as_of):
            out.append((min((place.get(id(c), _LAST) for c in claims), default=_LAST),
                        finding, claims))
    return out


def _dask(name: str) -> Any:
    """A Dask module, imported by name (Dask is optional and untyped, so it is Any here);
    SchedulerError saying how to install the extra when it is missing."""
    try:
        return importlib.import_module(name)
    except ImportError:
        from factcheck import DISTRIBUTION

        raise SchedulerError(
            f"Dask is not installed: pip install '{DISTRIBUTION}[dask]' (with pipx: "
            f"pipx install '{DISTRIBUTION}[dask]' --force)") from None


def _client(scheduler: str) -> Any:
    dd = _dask("dask.distributed")
    if scheduler == "local":
        cluster = dd.LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        return dd.Client(cluster)
    try:
        return dd.Client(scheduler, timeout=30)
    except OSError as exc:
        raise SchedulerError(f"cannot reach {scheduler}: {exc}") from None


def run_on_dask(found: Sequence[Found], scheduler: str | Any, as_of: dt.date, *,
                max_bytes: int = DEFAULT_MAX_BYTES, config: Config | None = None,
                progress: Progress | None = None) -> tuple[list[Source], list[Finding], int]:
    """Sources, findings (sorted) and the claim count, computed on a Dask cluster.

    `scheduler` is "local", an address, or a `dask.distributed.Client` already made.
    """
    db = _dask("dask.bag")
    _dask("dask.distributed")

    from factcheck.match import shard
    from factcheck.verdict import finalize

    config = config or Config()
    own = isinstance(scheduler, str)
    client: Any = _client(scheduler) if isinstance(scheduler, str) else scheduler
    try:
        work = tasks(found, max_bytes)
        nparts = max(1, -(-len(work) // FILES_PER_PARTITION))
        # map: one partition of files per task; results stay on the workers
        extracted = db.from_sequence(work, npartitions=nparts).map_partitions(
            _extract_partition, config).persist()
        # the client sees only the sources and text signatures (small): it finds identical
        # files in path order and near-identical texts, which share one origin
        meta = extracted.map(lambda r: (r[0], r[1], r[3])).compute()
        meta.sort(key=lambda r: r[0])
        first_by_sha: dict[str, str] = {}
        marked = [(i, mark_duplicate(src, first_by_sha)) for i, src, _ in meta]
        kept = {i for i, src in marked if src.duplicate_of is None}
        sigs = [sig if i in kept else () for i, _, sig in meta]
        remap = {marked[k][0]: v for k, v in
                 origin_remap([src for _, src in marked], sigs).items()}
        marked = [(i, src.model_copy(update={"origin": remap[i][1]}) if i in remap else src)
                  for i, src in marked]

        def claims_of(r: tuple[int, Source, list[Claim], tuple[int, ...]]) -> list[Claim]:
            return reorigin(r[2], *remap[r[0]]) if r[0] in remap else r[2]

        # shuffle: claims keyed by their match shard, in (file, position) order
        keyed = extracted.filter(lambda r: r[0] in kept).map(
            lambda r: [((r[0], n), c) for n, c in enumerate(claims_of(r))]).flatten()
        grouped = keyed.groupby(lambda m: shard(m[1]), shuffle="tasks")
        # reduce: match and judge per shard
        findings = grouped.map_partitions(_reduce, as_of).compute()
        counts = dict(extracted.map(lambda r: (r[0], len(r[2]))).compute())
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    sources = []
    n_claims = 0
    for i, src in marked:
        n = counts[i] if i in kept else 0
        n_claims += n
        sources.append(src.model_copy(update={"claims": n}))
    if progress is not None:
        progress(len(sources), len(sources))
    # the order of a local run (parallel.in_claim_order): first claim, then content
    findings.sort(key=lambda r: (r[0], min(((c.path, c.line, c.text) for c in r[2]),
                                           default=("", 0, ""))))
    return sources, finalize([(f, claims) for _, f, claims in findings]), n_claims
