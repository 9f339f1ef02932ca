"""The command line through click's CliRunner: exit codes, stdout/stderr, formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main


def invoke(args: list[str], exit_code: int) -> Result:
    runner = CliRunner()
    result = runner.invoke(main, args, catch_exceptions=False)
    assert result.exit_code == exit_code, (
        f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    return result


def test_default_command_is_check_and_finds_contradictions(seeds: Path) -> None:
    result = invoke([str(seeds), "--as-of", "2026-11-23"], 1)
    assert "contradicted" in result.stdout
    assert "2 contradicted" in result.stdout


def test_json_report_schema_and_summary_on_stderr(seeds: Path) -> None:
    result = invoke(["check", str(seeds), "--format", "json", "--as-of", "2026-11-23"], 1)
    doc = json.loads(result.stdout)
    assert doc["schema"] == "factcheck.report/1"
    assert doc["as_of"] == "2026-11-23"
    assert doc["summary"]["contradicted"] == 2
    assert "2 contradicted" in result.stderr


def test_fail_on_never_exits_zero(seeds: Path) -> None:
    invoke([str(seeds), "--fail-on", "never", "-q"], 0)


def test_no_contradiction_exits_zero(tmp_path: Path, seeds: Path) -> None:
    for name in sorted(p.name for p in seeds.iterdir())[:1]:
        shutil.copy(seeds / name, tmp_path / name)
    invoke([str(tmp_path), "--format", "json", "-q"], 0)


def test_missing_path_is_one_line_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    result = invoke([str(missing)], 2)
    assert result.stderr == f"Error: {missing}: no such file or folder\n"
    assert result.stdout == ""


def test_bad_date_is_usage_error(seeds: Path) -> None:
    result = invoke([str(seeds), "--as-of", "23/11/2026"], 2)
    assert "is not a date" in result.stderr


def test_unknown_format_is_usage_error(seeds: Path) -> None:
    result = invoke([str(seeds), "--format", "pdf"], 2)
    assert "Invalid value for '--format': 'pdf' is not one of 'table', 'concise'" in result.stderr


@pytest.mark.parametrize(
    ("name", "data", "warning"),
    [
        ("empty.txt", b"", "empty file"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("nul.txt", b"abc\x00\x00\x00def\x00" * 100, "binary"),
    ],
)
def test_bad_file_is_a_warning_and_others_still_checked(
    tmp_path: Path, seeds: Path, name: str, data: bytes, warning: str
) -> None:
    for src in seeds.iterdir():
        shutil.copy(src, tmp_path / src.name)
    (tmp_path / name).write_bytes(data)
    result = invoke([str(tmp_path), "--format", "json", "--as-of", "2026-11-23", "-q"], 1)
    doc = json.loads(result.stdout)
    bad = [s for s in doc["sources"] if s["path"].endswith(name)]
    assert bad and warning in bad[0]["warnings"][0]
    assert doc["summary"]["contradicted"] == 2


def test_only_bad_files_is_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke([str(tmp_path)], 2)
    assert result.stderr.startswith("Error: ")
    assert "no readable article" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_output_file_written(tmp_path: Path, seeds: Path) -> None:
    out = tmp_path / "r.json"
    result = invoke([str(seeds), "--format", "json", "-o", str(out), "-q"], 1)
    assert result.stdout == ""
    assert json.loads(out.read_text())["schema"] == "factcheck.report/1"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_schema_command_prints_json_schema() -> None:
    result = invoke(["schema"], 0)
    doc = json.loads(result.stdout)
    assert doc["title"] == "Report"
    assert "findings" in doc["properties"]


def test_version() -> None:
    result = invoke(["--version"], 0)
    assert result.stdout == "factcheck 0.1.0 (package factcheck-news)\n"


def test_output_file_gets_the_usual_mode(tmp_path: Path, seeds: Path) -> None:
    """-o writes through a private temporary file, yet the report is as readable as any
    new file (0666 less the umask), not 0600."""
    import os

    out = tmp_path / "r.json"
    invoke([str(seeds), "--format", "json", "-o", str(out), "-q", "--fail-on", "never"], 0)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
