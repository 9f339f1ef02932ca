"""Benchmark: factcheck end to end on generated corpora of 1k, 10k and 100k articles.

    python benchmarks/run.py [--sizes 1000,10000,100000] [--jobs N] [--baseline-limit S]

For each size it writes a corpus (benchmarks/corpus.py; kept under --workdir and reused),
runs the CLI on it in a subprocess, samples the RSS of the whole process tree, and checks
the contradictions found against those planted. It also runs a peer baseline (all-pairs
rapidfuzz over sentences with a number/date mismatch test, as one would write it without
factcheck) where it finishes within --baseline-limit seconds, and times `factcheck --help`.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import Planted, articles, write_corpus  # noqa: E402

AS_OF = "2026-01-01"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def measure(cmd: list[str], timeout: float | None = None) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in bytes summed over the process tree, exit code)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL)
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
            return float("inf"), peak, -9
        time.sleep(0.05)
    return time.perf_counter() - t0, peak, proc.returncode


def corpus_for(workdir: Path, n: int) -> tuple[Path, Planted]:
    """The corpus of `n` articles, written once and reused."""
    root = workdir / f"corpus-{n}"
    meta = root / "planted.json"
    if meta.exists():
        return root / "articles", Planted(**json.loads(meta.read_text()))
    planted = write_corpus(root / "articles", n)
    meta.write_text(json.dumps(planted.__dict__))
    return root / "articles", planted


def planted_products(n: int) -> set[str]:
    """Product names of the events given a contradiction."""
    return {ev.product for _, _, ev, odd in articles(n) if odd}


def run_factcheck(path: Path, out: Path, jobs: int) -> dict[str, object]:
    cmd = [sys.executable, "-m", "factcheck", str(path), "--format", "json", "-o", str(out),
           "--as-of", AS_OF, "-q", "--jobs", str(jobs), "--no-cache"]  # extraction, measured
    wall, rss, code = measure(cmd)
    if code not in (0, 1):
        raise SystemExit(f"factcheck failed with exit code {code}")
    report = json.loads(out.read_text())
    return {"wall": wall, "rss": rss, "report": report}


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000",
                    help="Comma-separated corpus sizes (articles).")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--baseline-limit", type=float, default=300.0,
                    help="Seconds the peer baseline may take per size.")
    ap.add_argument("--workdir", type=Path,
                    default=Path(tempfile.gettempdir()) / "factcheck-bench")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    args.workdir.mkdir(parents=True, exist_ok=True)

    print(f"factcheck --help: {help_time():.3f} s", flush=True)
    rows = []
    for n in sizes:
        path, planted = corpus_for(args.workdir, n)
        res = run_factcheck(path, args.workdir / f"report-{n}.json", args.jobs)
        report = res["report"]
        assert isinstance(report, dict)
        contra = [f for f in report["findings"] if f["verdict"] == "contradicted"]
        products = planted_products(n)
        hit = {p for p in products if any(p in f["subject"] for f in contra)}
        invented = [f for f in contra if not any(p in f["subject"] for p in products)]
        wall = float(res["wall"])  # type: ignore[arg-type]
        base_wall, base_found = (run_baseline(path, args.baseline_limit)
                                 if n * 1 <= 10**6 else (float("inf"), None))
        rows.append((n, report["summary"]["claims"], wall, n / wall,
                     int(res["rss"]) / 2**20,  # type: ignore[call-overload]
                     planted.contradictions, len(contra), len(hit), len(invented),
                     base_wall, base_found))
        print(f"done {n}: {wall:.1f} s", file=sys.stderr, flush=True)

    print()
    print("| articles | claims | wall s | articles/s | peak RSS MB | contradictions planted "
          "| found | of them planted | invented | baseline s | baseline found "
          "| baseline / factcheck |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (n, claims, wall, rate, rss, planted_n, found, hit_n, inv, bwall, bfound) in rows:
        ratio = f"{bwall / wall:.1f}x" if bwall != float("inf") else "n/a"
        bw = f"{bwall:.1f}" if bwall != float("inf") else f"> {args.baseline_limit:.0f}"
        print(f"| {n:,} | {claims:,} | {wall:.1f} | {rate:,.0f} | {rss:,.0f} | {planted_n} "
              f"| {found} | {hit_n} | {inv} | {bw} | {bfound if bfound is not None else '-'} "
              f"| {ratio} |")
    if len(rows) >= 2:
        by = {r[0]: r[2] for r in rows}
        if 10_000 in by and 100_000 in by:
            print(f"\n100k / 10k wall time: {by[100_000] / by[10_000]:.1f}x "
                  "(n log n allows about 12x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
