"""Benchmark: factcheck end to end on generated corpora of three shapes and 1k-100k articles.

    python benchmarks/run.py [--shapes today,shared,prose] [--sizes 1000,10000,100000]
                             [--jobs N] [--warm] [--peer] [--baseline-limit S]

Shapes (each plants a known set of contradictions; see benchmarks/shapes.py):

- `today`: benchmarks/corpus.py, the project's first corpus (distinct wording per story,
  few stories, many articles each);
- `shared`: benchmarks/corpus_shared.py, thousands of stories sharing companies, verbs,
  places and units, with only a unique name apart;
- `prose`: benchmarks/corpus_prose.py, all-different prose in six news fields: no
  sentence of the body repeats.

For each shape and size it writes the corpus (kept under --workdir and reused), runs the
CLI on it in a subprocess (`--format json --no-cache --jobs N`), samples the RSS of the
whole process tree, and prints a Markdown table: wall and CPU time, peak RSS, the time of
load + extract and of match + verdict, pair comparisons (the link judgements the matcher
counts in `factcheck.match.PAIR_COUNTER`, read through $FACTCHECK_STATS), the largest
group (most claims in one finding), and the planted contradictions found and the
contradictions invented. `--warm` also times a run with the claim cache warm and one new
file added. `--peer` also runs the peer baseline (all-pairs rapidfuzz over sentences with
a number/date mismatch test, benchmarks/baseline.py) within --baseline-limit seconds. It
also times `factcheck --help`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import corpus_prose  # noqa: E402
import corpus_shared  # noqa: E402
from shapes import Plant, Planted, score_plants  # noqa: E402

AS_OF = "2026-01-01"


def write_today(root: Path, n: int) -> Planted:
    """Today's corpus (benchmarks/corpus.py), with its plants named."""
    old = corpus.write_corpus(root, n)
    plants = [Plant(ev.product.lower(), name, "date")
              for name, _, ev, odd in corpus.articles(n) if odd]
    return Planted(old.articles, old.events, old.contradictions, old.bytes, plants)


SHAPES: dict[str, Callable[[Path, int], Planted]] = {
    "today": write_today,
    "shared": corpus_shared.write_corpus,
    "prose": corpus_prose.write_corpus,
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def measure(cmd: list[str], env: dict[str, str] | None = None,
            timeout: float | None = None) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds of the process and its children, peak RSS in bytes
    summed over the process tree, exit code)."""
    try:
        import psutil
    except ImportError:
        sys.exit("benchmarks/run.py: psutil is needed to sample memory: "
                 "pip install -e '.[bench]'")

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env or _env(), stdout=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        if timeout is not None and time.perf_counter() - t0 > timeout:
            proc.kill()
            proc.wait()
            return float("inf"), 0.0, peak, -9
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak, proc.returncode


def corpus_for(workdir: Path, shape: str, n: int) -> tuple[Path, Planted]:
    """The corpus of `shape` with `n` articles, written once and reused."""
    root = workdir / f"{shape}-{n}"
    meta = root / "planted.json"
    if meta.exists():
        return root / "articles", Planted.from_json(json.loads(meta.read_text()))
    planted = SHAPES[shape](root / "articles", n)
    meta.write_text(json.dumps(planted.to_json()))
    return root / "articles", planted


def run_factcheck(path: Path, out: Path, jobs: int) -> dict[str, Any]:
    """Run the CLI on `path`; its measures, report and run statistics."""
    stats = out.with_suffix(".stats.json")
    stats.unlink(missing_ok=True)
    env = _env()
    env["FACTCHECK_STATS"] = str(stats)  # stage times and pair counts (pipeline.py)
    cmd = [sys.executable, "-m", "factcheck", str(path), "--format", "json", "-o", str(out),
           "--as-of", AS_OF, "-q", "--jobs", str(jobs), "--no-cache"]  # extraction, measured
    wall, cpu, rss, code = measure(cmd, env)
    if code not in (0, 1):
        raise SystemExit(f"factcheck failed with exit code {code}")
    return {"wall": wall, "cpu": cpu, "rss": rss, "report": json.loads(out.read_text()),
            "stats": json.loads(stats.read_text()) if stats.exists() else {}}


def run_warm(path: Path, workdir: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds of a run with the claim cache warm and one new file added (a CI run
    on a pull request that adds one article): one run fills the cache, then the corpus
    plus a folder of one new article is checked."""
    cache = workdir / f"cache-{path.parent.name}"
    extra = workdir / f"extra-{path.parent.name}"
    extra.mkdir(exist_ok=True)
    first = min(path.rglob("*.txt"))
    # the same article about a new name: unseen by the cache
    (extra / "new-article.txt").write_text(first.read_text("utf-8").replace(
        first.stem.partition("_")[2].capitalize(), "Brandnewname"), "utf-8")
    base = [sys.executable, "-m", "factcheck", "--format", "json", "--as-of", AS_OF, "-q",
            "--jobs", str(jobs), "--cache-dir", str(cache)]
    fill = measure([*base, str(path), "-o", str(workdir / "warm-fill.json")])
    if fill[3] not in (0, 1):
        raise SystemExit(f"factcheck failed with exit code {fill[3]}")
    wall, cpu, _, code = measure([*base, str(path), str(extra), "-o",
                                  str(workdir / "warm.json")])
    if code not in (0, 1):
        raise SystemExit(f"factcheck failed with exit code {code}")
    return wall, cpu


def run_baseline(path: Path, limit: float) -> tuple[float, int | None]:
    """(wall seconds, contradictions) of the peer baseline; inf and None past the limit."""
    cmd = [sys.executable, str(HERE / "baseline.py"), str(path)]
    t0 = time.perf_counter()
    try:
        done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=limit,
                              check=True)
    except subprocess.TimeoutExpired:
        return float("inf"), None
    return time.perf_counter() - t0, int(done.stdout.split()[0])


def help_time(repeat: int = 5) -> float:
    """Best wall time of `factcheck --help` (Python start-up included)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "--help"], env=_env(),
                       stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def _secs(stats: dict[str, Any], key: str) -> str:
    return f"{stats[key]:.1f}" if isinstance(stats.get(key), int | float) else "n/a"


def row(shape: str, n: int, res: dict[str, Any], planted: Planted) -> str:
    """One table row."""
    report, stats = res["report"], res["stats"]
    found, invented = score_plants(report, planted.plants)
    largest = max((len(f["claims"]) for f in report["findings"]), default=0)
    pairs = stats.get("pair_comparisons")
    return (f"| {shape} | {n:,} | {report['summary']['claims']:,} | {res['wall']:.1f} "
            f"| {res['cpu']:.1f} | {res['rss'] / 2**20:,.0f} | {_secs(stats, 'extract_seconds')} "
            f"| {_secs(stats, 'reduce_seconds')} | {f'{pairs:,}' if pairs is not None else 'n/a'} "
            f"| {largest:,} | {planted.contradictions} | {found} | {invented} |")


HEADER = ("| shape | articles | claims | wall s | CPU s | peak RSS MB | load+extract s "
          "| match+verdict s | pair comparisons | largest group | planted | found "
          "| invented |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shapes", default=",".join(SHAPES),
                    help=f"Comma-separated corpus shapes ({', '.join(SHAPES)}).")
    ap.add_argument("--sizes", default="1000,10000,100000",
                    help="Comma-separated corpus sizes (articles).")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--warm", action="store_true",
                    help="Also time a run with the claim cache warm and one new file.")
    ap.add_argument("--peer", action="store_true",
                    help="Also run the peer baseline (all-pairs rapidfuzz).")
    ap.add_argument("--baseline-limit", type=float, default=300.0,
                    help="Seconds the peer baseline may take per corpus.")
    ap.add_argument("--workdir", type=Path,
                    default=Path(tempfile.gettempdir()) / "factcheck-bench")
    args = ap.parse_args(argv)
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = set(shapes) - set(SHAPES)
    if unknown:
        ap.error(f"unknown shape(s): {', '.join(sorted(unknown))}")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    args.workdir.mkdir(parents=True, exist_ok=True)

    print(f"factcheck --help: {help_time():.3f} s", flush=True)
    rows, walls, peers, warm = [], {}, [], []
    for shape in shapes:
        for n in sizes:
            path, planted = corpus_for(args.workdir, shape, n)
            res = run_factcheck(path, args.workdir / f"report-{shape}-{n}.json", args.jobs)
            rows.append(row(shape, n, res, planted))
            walls[shape, n] = res["wall"]
            print(f"done {shape} {n}: {res['wall']:.1f} s", file=sys.stderr, flush=True)
            if args.warm:
                warm.append((shape, n, run_warm(path, args.workdir, args.jobs)))
            if args.peer:
                bwall, bfound = run_baseline(path, args.baseline_limit)
                peers.append((shape, n, bwall, bfound, res["wall"]))

    print()
    print(HEADER)
    print("\n".join(rows))
    for shape in shapes:
        if (shape, 10_000) in walls and (shape, 100_000) in walls:
            print(f"\n{shape}: 100k / 10k wall time "
                  f"{walls[shape, 100_000] / walls[shape, 10_000]:.1f}x")
    if warm:
        print("\n| shape | articles | warm cache, one new file: wall s | CPU s |")
        print("|---|---:|---:|---:|")
        for shape, n, (wall, cpu) in warm:
            print(f"| {shape} | {n:,} | {wall:.1f} | {cpu:.1f} |")
    if peers:
        print("\n| shape | articles | baseline s | baseline found | baseline / factcheck |")
        print("|---|---:|---:|---:|---:|")
        for shape, n, bwall, bfound, wall in peers:
            done = bwall != float("inf")
            print(f"| {shape} | {n:,} | {f'{bwall:.1f}' if done else '> limit'} "
                  f"| {bfound if bfound is not None else '-'} "
                  f"| {f'{bwall / wall:.1f}x' if done else 'n/a'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
