"""Quality benchmark: run factcheck on labelled events and score each against its gold.

    python benchmarks/quality.py [DIR ...] [--detail] [--src SRC]

An event is a folder holding `score.yaml` (the gold, in the format of
tests/data/seeds-gold.yaml; else a `gold.yaml` in that format, as in tests/corpora/) and
its articles; each DIR is an event or a folder of events (found at any depth). Each
event's article files (everything but *.yaml, *.py and README*) are copied into a fresh
folder and checked with `python -m factcheck DIR --format json --fail-on never --as-of
2026-11-23`, run from this checkout's src/ by the current interpreter, so it measures the
working tree (`--src` names another checkout's src/).
A run that fails counts as every fact of the event missed. The scoring rules are in
benchmarks/scoring.py.

With no DIR it runs the project's own labelled sets: the seeds (sources/, gold
tests/data/seeds-gold.yaml) and every corpus under tests/corpora/ (gold.yaml); the
consistent, precision and general corpora plant no contradiction, so every contradiction
raised there is a false alarm.

Prints one table row per event (facts right, contradictions found, contradiction
precision, false alarms, apart pairs violated, other problems: sources read wrong, page
chrome claimed, lines wrong), then the totals; `--detail` adds the
scorer's lines per event (each fact ok / missing / wrong verdict, each false alarm).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from scoring import BadInput, Score, load_gold, missed, score, total  # noqa: E402

AS_OF = "2026-11-23"


@dataclass(frozen=True)
class Event:
    """One labelled event: its name, gold file and the folder of its articles."""

    name: str
    gold: Path
    articles: Path


def is_article(path: Path) -> bool:
    """Files the benchmark hands to factcheck: not gold, scripts or READMEs."""
    return (path.is_file() and path.suffix not in (".yaml", ".py")
            and not path.name.startswith("README"))


def gold_of(folder: Path) -> Path | None:
    """The folder's gold: score.yaml, else a gold.yaml in the same format (every fact with
    `spans`, as in tests/corpora/); None when it has neither."""
    if (folder / "score.yaml").is_file():
        return folder / "score.yaml"
    gold = folder / "gold.yaml"
    if gold.is_file():
        try:
            facts = load_gold(gold)["facts"]
        except BadInput:
            return None
        if all(isinstance(f, dict) and isinstance(f.get("spans"), dict) for f in facts):
            return gold
    return None


def find_events(dirs: list[Path]) -> Iterator[Event]:
    """Every event folder under each of `dirs` (or the folder itself), in name order."""
    for d in dirs:
        if not d.is_dir():
            raise SystemExit(f"not a folder: {d}")
        own = gold_of(d)
        golds = [own] if own else [g for f in sorted(p for p in d.rglob("*") if p.is_dir())
                                   if (g := gold_of(f)) is not None]
        if not golds:
            raise SystemExit(f"no score.yaml under {d}")
        for gold in golds:
            yield Event(gold.parent.name, gold, gold.parent)


def own_events() -> Iterator[Event]:
    """The seeds and the project's own corpora."""
    yield Event("seeds", ROOT / "tests/data/seeds-gold.yaml", ROOT / "sources")
    for gold in sorted((ROOT / "tests/corpora").glob("*/gold.yaml")):
        yield Event(gold.parent.name, gold, gold.parent)


def run_factcheck(folder: Path, src: Path = ROOT / "src"
                  ) -> tuple[dict[str, object] | None, str]:
    """The JSON report of factcheck (the package under `src`) on `folder`, or None and
    why not."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), env.get("PYTHONPATH", "")) if p)
    # run from the folder itself: no ./claims ledger or configuration of the caller's
    # working directory may apply
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", str(folder), "--format", "json",
         "--fail-on", "never", "--as-of", AS_OF],
        capture_output=True, text=True, env=env, cwd=folder)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or [""])[-1][:120]
        return None, f"exit {proc.returncode}: {last}"
    try:
        report = json.loads(proc.stdout)
    except ValueError as e:
        return None, f"report is not JSON: {e}"
    return report, ""


def score_event(event: Event, src: Path = ROOT / "src") -> tuple[Score, str]:
    """The event's score, and what went wrong running it ('' when nothing did)."""
    gold = load_gold(event.gold)
    with tempfile.TemporaryDirectory(prefix="factcheck-quality-") as tmp:
        folder = Path(tmp) / "src"
        folder.mkdir()
        for path in sorted(event.articles.iterdir()):
            if is_article(path):
                shutil.copy(path, folder)
        report, error = run_factcheck(folder, src)
    if report is None:
        return missed(gold), error
    try:
        return score(report, gold, event.articles), ""
    except BadInput as e:
        return missed(gold), f"bad report: {e}"


def _row(name: str, s: Score) -> str:
    return (f"| {name} | {s.right}/{s.facts} ({s.recall:.2f}) | {s.contra_found}/"
            f"{s.contra_gold} | {s.precision:.2f} ({s.flagged} flagged) | {s.false_alarms} "
            f"| {s.apart_violated} | {s.other_problems} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, metavar="DIR",
                    help="Event folders, or folders of events (default: the seeds and "
                         "tests/corpora/).")
    ap.add_argument("--detail", action="store_true",
                    help="Print the scorer's lines per event (each fact, each false alarm).")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="The src/ folder of the factcheck to measure (default: this "
                         "checkout's).")
    args = ap.parse_args(argv)
    events = list(find_events(args.dirs)) if args.dirs else list(own_events())

    rows: list[tuple[Event, Score, str]] = []
    for event in events:
        result, error = score_event(event, args.src.resolve())
        rows.append((event, result, error))
        if args.detail:
            print(f"## {event.name}")
            if error:
                print(f"run failed: {error}")
            print("\n".join(result.lines))
            print(result.summary())
            print()

    print("| event | facts right | contradictions found | contradiction precision "
          "| false alarms | apart violated | other problems |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for event, result, error in rows:
        print(_row(event.name + (f" (failed: {error})" if error else ""), result))
    print(_row("**total**", total(r for _, r, _ in rows)))
    return 1 if any(error for _, _, error in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
