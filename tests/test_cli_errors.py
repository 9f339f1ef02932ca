"""Bad input gets one `Error:` line and exit 2, never a traceback; a closed stdout is 141."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.errors import CLOSED_STDOUT, USAGE_OR_INPUT


def invoke(args: list[str], exit_code: int) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == exit_code, (
        f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    return result


def one_error_line(result: Result) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("option", ["--gazetteer", "--lexicon"])
def test_missing_user_file_is_one_line_before_any_pool(seeds: Path, tmp_path: Path,
                                                       option: str, jobs: str) -> None:
    missing = tmp_path / "nope.yaml"
    result = invoke([str(seeds), option, str(missing), "--jobs", jobs, "--no-cache"],
                    USAGE_OR_INPUT)
    assert one_error_line(result) == f"Error: {missing}: cannot read: No such file or directory"
    assert result.stdout == ""


@pytest.mark.parametrize("option", ["--gazetteer", "--lexicon"])
def test_malformed_user_file_is_one_line(seeds: Path, tmp_path: Path, option: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("products: [unclosed\n", "utf-8")
    result = invoke([str(seeds), option, str(bad), "--jobs", "2", "--no-cache"],
                    USAGE_OR_INPUT)
    assert one_error_line(result).startswith(f"Error: {bad}:")


def test_malformed_claims_aliases_is_one_line(seeds: Path, tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "aliases.yaml").write_text("products:\n  - {name: X, aliases: nope}\n", "utf-8")
    result = invoke([str(seeds), "--claims", str(claims), "--jobs", "2", "--no-cache"],
                    USAGE_OR_INPUT)
    line = one_error_line(result)
    assert line == (f"Error: {claims / 'aliases.yaml'}:2: products[0].aliases: "
                    "must be a list of strings")


def test_unknown_top_level_gazetteer_key_is_an_error(seeds: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("aliases:\n  Foo: [Bar]\n", "utf-8")
    result = invoke([str(seeds), "--gazetteer", str(extra), "--no-cache"], USAGE_OR_INPUT)
    line = one_error_line(result)
    assert line.startswith(f"Error: {extra}:1: ")
    assert "unknown key 'aliases'" in line


def test_scheduler_without_dask_says_how_to_install(seeds: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("dask", "dask.bag", "dask.distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    result = invoke([str(seeds), "--scheduler", "local", "--no-cache"], USAGE_OR_INPUT)
    assert one_error_line(result) == (
        "Error: --scheduler: Dask is not installed: pip install 'factcheck-news[dask]' "
        "(with pipx: pipx install 'factcheck-news[dask]' --force)")


def test_closed_stdout_exits_141_in_process(seeds: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def closed(text: str, output: str | None, color: bool | None = None) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("factcheck.cli._write", closed)
    result = invoke([str(seeds), "--no-cache"], CLOSED_STDOUT)
    assert result.stderr == ""


@pytest.mark.parametrize("args", [["sources/", "--jobs", "1", "--no-cache"], ["schema"]])
def test_closed_stdout_exits_141_quietly(root: Path, args: list[str]) -> None:
    """`factcheck sources/ | head`: the reader is gone before the report is written."""
    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=root,
                              stdout=write, stderr=subprocess.PIPE, timeout=120, check=False)
    finally:
        os.close(write)
    assert proc.returncode == CLOSED_STDOUT, proc.stderr
    assert proc.stderr == b""
