"""The terminal view and the linter-style flags, through click's CliRunner."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main

AS_OF = "2026-11-23"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
#: What rich may read from the environment, cleared so each test sets its own.
TERMINAL_ENV = {"COLUMNS": None, "LINES": None, "NO_COLOR": None, "FORCE_COLOR": None,
                "TERM": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None}


def invoke(args: list[str], exit_code: int, **env: str) -> Result:
    result = CliRunner().invoke(main, args, env={**TERMINAL_ENV, **env},
                                catch_exceptions=False)
    assert result.exit_code == exit_code, (
        f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    return result


@pytest.fixture(scope="module")
def doc(seeds: Path) -> dict[str, object]:
    result = CliRunner().invoke(main, [str(seeds), "--format", "json", "-q", "--as-of", AS_OF])
    data: dict[str, object] = json.loads(result.stdout)
    return data


def _summary(doc: dict[str, object]) -> str:
    from factcheck.models import Report
    from factcheck.report.table import summary_line

    return summary_line(Report.model_validate(doc))


def _findings(doc: dict[str, object]) -> list[dict[str, object]]:
    found = doc["findings"]
    assert isinstance(found, list)
    return found


def _checkable(doc: dict[str, object]) -> list[dict[str, object]]:
    return [f for f in _findings(doc) if f["verdict"] != "unverified"
            and not (f["verdict"] == "forecast" and f["due"] is None)]


def test_table_fits_80_columns_and_keeps_every_file_line(seeds: Path,
                                                         doc: dict[str, object]) -> None:
    result = invoke([str(seeds), "--as-of", AS_OF], 1, COLUMNS="80")
    lines = result.stdout.splitlines()
    # the summary and the warnings are one line each, whatever the width
    body = [ln for ln in lines[:-1] if not ln.startswith("warning: ")]
    assert max(len(ln) for ln in body) <= 80
    assert all(ln == ln.rstrip() for ln in lines)
    for f in _checkable(doc):
        claims = f["claims"]
        assert isinstance(claims, list)
        for c in claims[:4]:
            assert f"{c['path']}:{c['line']} [{c['outlet']}]" in result.stdout
    assert len(lines) < 2 * len(_checkable(doc)) * 6


def test_table_quotes_each_claim_once(seeds: Path, doc: dict[str, object]) -> None:
    out = invoke([str(seeds), "--as-of", AS_OF], 1, COLUMNS="200").stdout
    for f in _checkable(doc):
        assert out.count(str(f["subject"])) == 1, f["subject"]
    shown = {str(f["subject"]) for f in _checkable(doc)}
    for line in out.splitlines():
        if line.startswith("    “"):
            assert line.strip("“” ") not in shown


def test_table_puts_problems_first_and_folds_what_cannot_be_checked(
        seeds: Path, doc: dict[str, object]) -> None:
    out = invoke([str(seeds), "--as-of", AS_OF], 1).stdout
    headings = [ln for ln in out.splitlines() if re.match(r"[A-Z]{5,} ", ln)]
    assert headings[:2] == ["CONTRADICTED timeline", "CONTRADICTED timeline"]
    assert len(headings) == len(_checkable(doc))
    assert not any(h.startswith("UNVERIFIED") or "no deadline" in h for h in headings)
    single = sum(1 for f in _findings(doc) if f["verdict"] == "unverified")
    undated = sum(1 for f in _findings(doc) if f["verdict"] == "forecast" and f["due"] is None)
    assert (f"Not shown: {single} single-source findings and {undated} forecasts without a "
            "deadline (--all lists them; --format json has everything).") in " ".join(
                out.split())


def test_all_lists_every_finding(seeds: Path, doc: dict[str, object]) -> None:
    out = invoke([str(seeds), "--as-of", AS_OF, "--all"], 1).stdout
    headings = [ln for ln in out.splitlines() if re.match(r"[A-Z]{5,}( |$)", ln)]
    assert len(headings) == len(_findings(doc))
    assert "Not shown" not in out
    assert headings[-1].startswith("UNVERIFIED")


@pytest.mark.parametrize("columns", ["40", "80", "300"])
def test_summary_is_one_unwrapped_last_line(seeds: Path, columns: str,
                                            doc: dict[str, object]) -> None:
    out = invoke([str(seeds), "--as-of", AS_OF], 1, COLUMNS=columns).stdout
    assert out.splitlines()[-1] == _summary(doc)
    assert len(_summary(doc)) > 80


def test_concise_is_one_line_per_finding(root: Path, doc: dict[str, object],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    seeds = Path("sources")
    result = invoke([str(seeds), "--as-of", AS_OF, "--format", "concise"], 1, COLUMNS="40")
    lines = [ln for ln in result.stdout.splitlines() if ": warning source: " not in ln]
    assert len(lines) == len(_checkable(doc))
    for line in lines:
        assert re.match(r"^sources/\S+\.txt:\d+: (contradicted|corroborated|forecast)"
                        r"( timeline| table| name)?: ", line), line
    first = next(f for f in _findings(doc) if f["verdict"] == "contradicted")
    claims = first["claims"]
    assert isinstance(claims, list)
    here = max(claims, key=lambda c: (c["path"], c["line"]))  # the last side in path order
    subject = str(first["subject"]).rstrip(".")
    assert lines[0].startswith(
        f"sources/{Path(here['path']).name}:{here['line']}: contradicted {first['kind']}: "
        f"{subject}: {here['value']} ({here['outlet']}); but ")
    assert "2 contradicted" in result.stderr  # the summary, on stderr as for every format
    everything = invoke([str(seeds), "--as-of", AS_OF, "--format", "concise", "--all", "-q"],
                        1).stdout.splitlines()
    assert len([ln for ln in everything if ": warning source: " not in ln]) == len(
        _findings(doc))


def test_statistics_counts_by_verdict_and_kind(root: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root / "tests" / "golden" / "contradiction")
    result = invoke(["sources", "--as-of", "2026-01-01", "--statistics"], 1)
    assert result.stdout == (
        "1  contradicted        timeline\n"
        "1  forecast (overdue)  forecast\n"
        "1  corroborated        timeline\n"
        "3  total\n")
    assert result.stderr.startswith("2 sources, 5 claims, 3 findings: 1 contradicted")
    invoke(["sources", "--as-of", "2026-01-01", "--statistics", "--fail-on", "never", "-q"],
           0)


def test_statistics_add_up(seeds: Path, doc: dict[str, object]) -> None:
    out = invoke([str(seeds), "--as-of", AS_OF, "--statistics", "-q"], 1).stdout
    rows = [re.match(r"\s*(\d+)  (.+?)\s{2,}(\w+)$", ln) for ln in out.splitlines()[:-1]]
    assert all(rows), out
    assert sum(int(m.group(1)) for m in rows if m) == len(_findings(doc))
    assert out.splitlines()[-1].split() == [str(len(_findings(doc))), "total"]
    verdicts = [m.group(2) for m in rows if m]
    assert verdicts[0] == "contradicted" and verdicts[-1] == "unverified"


@pytest.mark.parametrize(("args", "env", "colored"), [
    ([], {}, False),                                   # not a terminal
    ([], {"FORCE_COLOR": "1"}, True),                  # rich's FORCE_COLOR
    ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ([], {"FORCE_COLOR": "1", "TERM": "dumb"}, False),
    (["--color", "always"], {}, True),
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # the flag wins
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
])
def test_color(seeds: Path, args: list[str], env: dict[str, str], colored: bool) -> None:
    out = invoke([str(seeds), "--as-of", AS_OF, *args], 1, **env).stdout
    assert bool(ANSI.search(out)) is colored
    plain = ANSI.sub("", out)
    assert "CONTRADICTED timeline" in plain


def test_color_always_to_a_file(seeds: Path, tmp_path: Path) -> None:
    invoke([str(seeds), "--as-of", AS_OF, "-o", str(tmp_path / "auto.txt")], 1,
           FORCE_COLOR="1")
    invoke([str(seeds), "--as-of", AS_OF, "-o", str(tmp_path / "always.txt"),
            "--color", "always"], 1)
    assert not ANSI.search((tmp_path / "auto.txt").read_text("utf-8"))
    assert ANSI.search((tmp_path / "always.txt").read_text("utf-8"))


def _sources(result: Result) -> list[str]:
    return sorted(s["path"] for s in json.loads(result.stdout)["sources"])


def test_exclude_globs(seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(seeds, tmp_path / "sources")
    shutil.copytree(seeds, tmp_path / "sources" / "drafts")
    monkeypatch.chdir(tmp_path)
    args = ["--format", "json", "-q", "--fail-on", "never", "--as-of", AS_OF, "--no-cache"]
    every = _sources(invoke(["sources", *args], 0))
    assert len(every) == 10
    no_drafts = _sources(invoke(["sources", *args, "--exclude", "drafts"], 0))
    assert no_drafts == [p for p in every if "/drafts/" not in p]
    some = _sources(invoke(["sources", *args, "--exclude", "sources/drafts/*",
                            "--exclude", "*/00[0-2]_*"], 0))
    assert some == ["sources/003_724ca9938cd7ec2e.txt", "sources/004_e0e0e28a33a6d817.txt"]
    result = invoke(["sources", *args, "--exclude", "*.txt"], 2)
    assert result.stderr == "Error: sources: no files to check\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignored_files_are_not_read(seeds: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(seeds, repo / "sources")
    shutil.copytree(seeds, repo / "build" / "copy")
    (repo / "sources" / "scratch.txt").write_text("Meta will win by 2027.\n", "utf-8")
    (repo / ".gitignore").write_text("build/\nscratch.txt\n", "utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.chdir(repo)
    args = ["--format", "json", "-q", "--fail-on", "never", "--as-of", AS_OF, "--no-cache"]
    shown = _sources(invoke([".", *args], 0))
    assert shown == sorted(f"./sources/{p.name}" for p in seeds.iterdir())
    everything = _sources(invoke([".", *args, "--no-gitignore"], 0))
    assert "./build/copy/000_a0919acb844f7e70.txt" in everything
    assert "./sources/scratch.txt" in everything
    # a file named on its own is read even when ignored
    named = _sources(invoke(["sources/scratch.txt", "sources/000_a0919acb844f7e70.txt",
                             *args], 0))
    assert named == ["sources/000_a0919acb844f7e70.txt", "sources/scratch.txt"]


def test_outside_a_git_work_tree_nothing_is_ignored(seeds: Path, tmp_path: Path) -> None:
    shutil.copytree(seeds, tmp_path / "drop")
    (tmp_path / "drop" / ".gitignore").write_text("*.txt\n", "utf-8")
    args = ["--format", "json", "-q", "--fail-on", "never", "--as-of", AS_OF]
    assert len(_sources(invoke([str(tmp_path / "drop"), *args], 0))) == 5


def test_verbose_logs_on_stderr(seeds: Path, doc: dict[str, object]) -> None:
    summary = doc["summary"]
    assert isinstance(summary, dict)
    quiet = invoke([str(seeds), "--as-of", AS_OF, "--format", "json", "-q"], 1)
    assert "DEBUG" not in quiet.stderr
    loud = invoke([str(seeds), "--as-of", AS_OF, "--format", "json", "-q", "-v"], 1)
    assert f"DEBUG factcheck.pipeline: 5 files to check under {seeds}\n" in loud.stderr
    assert (f"DEBUG factcheck.pipeline: {summary['claims']} claims from 5 sources; "
            "matching\n") in loud.stderr
    assert json.loads(loud.stdout) == doc  # stdout stays the report
    again = invoke([str(seeds), "--as-of", AS_OF, "--format", "json", "-q"], 1)
    assert "DEBUG" not in again.stderr


@pytest.mark.parametrize(("size", "limit"), [("100", 100), ("1k", 1024), ("2K", 2048),
                                             ("512KiB", 512 * 1024), ("3M", 3 << 20),
                                             ("1G", 1 << 30), ("20MB", 20 << 20)])
def test_max_size_takes_suffixes(size: str, limit: int) -> None:
    from factcheck.cli import Size

    assert Size().convert(size, None, None) == limit


def test_max_size_applies_and_bad_sizes_are_usage_errors(seeds: Path) -> None:
    result = invoke([str(seeds), "--max-size", "1k", "--format", "json", "-q"], 2)
    assert "file too large" in result.stderr or "too large" in result.stderr
    for bad in ("abc", "0", "-5", "1.5M", "20T"):
        result = invoke([str(seeds), "--max-size", bad], 2)
        assert "Invalid value for '--max-size'" in result.stderr, bad


def test_extract_refuses_as_of(seeds: Path) -> None:
    result = invoke(["extract", str(seeds), "--as-of", AS_OF], 2)
    assert result.stderr.endswith(
        "Error: extract takes no --as-of: extracted claims do not depend on it (relative "
        "dates resolve against each source's date)\n")
    assert result.stdout == ""


def test_help_lists_formats_examples_and_exit_codes() -> None:
    out = invoke(["check", "--help"], 0, COLUMNS="80").stdout
    assert "--format [table|concise|json|markdown|github|sarif|claimreview|html]" in out
    assert "--color [auto|always|never]" in out
    assert "Examples:\n    factcheck sources/ " in out
    for code in ("0 ", "1 ", "2 ", "130 ", "141 "):
        assert f"\n    {code}" in out, code
    top = invoke(["--help"], 0).stdout
    assert "Exit codes:" in top and "Examples:" in top


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["--version"]])
def test_help_imports_nothing_heavy(args: list[str]) -> None:
    """--help stays fast: no models, no rich, no YAML until a command runs."""
    code = ("import sys; from factcheck.cli import main\n"
            f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
            "{'rich', 'pydantic', 'yaml', 'rapidfuzz', 'selectolax', 'jinja2'})\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.splitlines()[-1] == "HEAVY []"


def test_progress_names_each_phase_with_counts(seeds: Path, doc: dict[str, object]) -> None:
    import datetime as dt

    from factcheck.cli import _Bar
    from factcheck.pipeline import check

    class FakeBar:
        def __init__(self) -> None:
            self.shown: list[str] = []

        def add_task(self, description: str, total: int | None) -> int:
            self.shown.append(description)
            return 0

        def update(self, task: int, *, description: str, completed: int,
                   total: int | None) -> None:
            if not self.shown or self.shown[-1] != description:
                self.shown.append(description)

    fake = FakeBar()
    bar = _Bar(fake)
    check([str(seeds)], dt.date(2026, 11, 23), progress=bar.files, phase=bar.phase)
    summary = doc["summary"]
    assert isinstance(summary, dict)
    assert fake.shown == ["reading files", "reading 1/5 files", "reading 5/5 files",
                          f"matching {summary['claims']} claims",
                          f"judging {len(_findings(doc))} groups"]


def test_no_progress_when_stderr_is_not_a_terminal(seeds: Path,
                                                   doc: dict[str, object]) -> None:
    result = invoke([str(seeds), "--as-of", AS_OF, "--format", "json"], 1)
    assert result.stderr == _summary(doc) + "\n"


def test_configuration_takes_the_new_keys(seeds: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(seeds, tmp_path / "sources")
    shutil.copytree(seeds, tmp_path / "sources" / "drafts")
    (tmp_path / "factcheck.yaml").write_text(
        "exclude: drafts\nmax-size: 20M\ncolor: never\nno-gitignore: true\nas-of: 2026-11-23\n",
        "utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["sources", "--format", "json", "-q", "--fail-on", "never"], 0)
    assert len(_sources(result)) == 5
    # extract ignores the file's as-of (it is for check and baseline)
    invoke(["extract", "sources"], 0)
    (tmp_path / "factcheck.yaml").write_text("max-size: 20T\n", "utf-8")
    result = invoke(["sources"], 2)
    assert result.stderr.startswith("Error: factcheck.yaml:1: max-size: ")
    assert "'20T' is not a size" in result.stderr
