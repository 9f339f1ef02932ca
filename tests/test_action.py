"""The composite GitHub Action (action.yml): its shell steps run here as a runner would run
them, with the action's expressions filled in and factcheck from this environment."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
STEPS = {s.get("id") or s["name"]: s for s in ACTION["runs"]["steps"]}
#: factcheck from this environment, however it was installed
FACTCHECK = [sys.executable, "-m", "factcheck"]

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


class Runner:
    """Just enough of a runner: a temporary folder, output and summary files, inputs."""

    def __init__(self, tmp: Path, workspace: Path, **inputs: str) -> None:
        self.temp = tmp / "runner"
        self.temp.mkdir()
        self.workspace = workspace
        self.inputs = {k: v.get("default", "") for k, v in ACTION["inputs"].items()}
        self.inputs.update({k.replace("_", "-"): v for k, v in inputs.items()})
        self.outputs: dict[str, dict[str, str]] = {}
        self.summary = self.temp / "summary.md"
        self.log = self.temp / "calls.log"
        # the action's virtual environment, as the install step leaves it: factcheck
        # from this environment behind a wrapper that logs each call
        bin_dir = self.temp / "factcheck-venv" / "bin"
        bin_dir.mkdir(parents=True)
        wrapper = bin_dir / "factcheck"
        wrapper.write_text(f'#!/bin/sh\necho "$1" >> "{self.log}"\n'
                           f'exec "{sys.executable}" -m factcheck "$@"\n')
        wrapper.chmod(0o755)

    def expand(self, text: str) -> str:
        def value(m: re.Match[str]) -> str:
            expr = m.group(1).strip()
            if expr == "runner.temp":
                return str(self.temp)
            if expr.startswith("inputs."):
                return self.inputs[expr[len("inputs."):]]
            step, _, name = expr.removeprefix("steps.").partition(".outputs.")
            return self.outputs[step][name]
        return re.sub(r"\$\{\{(.*?)\}\}", value, text)

    def run(self, step_id: str) -> subprocess.CompletedProcess[str]:
        step = STEPS[step_id]
        out = self.temp / f"{step_id}.out"
        out.write_text("")
        env = {**os.environ, **{k: self.expand(str(v)) for k, v in step.get("env", {}).items()},
               "GITHUB_OUTPUT": str(out), "GITHUB_STEP_SUMMARY": str(self.summary),
               "GITHUB_ACTION_PATH": str(ROOT), "RUNNER_TEMP": str(self.temp),
               "RUNNER_OS": "Linux"}
        # how GitHub runs a `shell: bash` step
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                               step["run"]], cwd=self.workspace, env=env, text=True,
                              capture_output=True, check=False)
        self.outputs[step_id] = dict(ln.split("=", 1) for ln in out.read_text().splitlines())
        return done

    def calls(self) -> list[str]:
        return self.log.read_text().split() if self.log.exists() else []


@pytest.fixture
def workspace(tmp_path: Path, seeds: Path) -> Path:
    ws = tmp_path / "ws"
    shutil.copytree(seeds, ws / "sources")
    return ws


def test_install_step_uses_its_own_environment() -> None:
    script = STEPS["Install factcheck in its own environment"]["run"]
    assert '"$IN_PYTHON" -m venv "$VENV"' in script
    assert '"$VENV/bin/python" -m pip install' in script
    assert "python3 -m pip" not in script and "--user" not in script
    for step in ACTION["runs"]["steps"]:
        run = step.get("run", "")
        assert "python3 -m pip" not in run
        code = [ln for ln in run.splitlines() if not ln.lstrip().startswith("#")]
        for line in code:  # always the environment's factcheck, never one on PATH
            assert not re.search(r"(^|[\s;(|&])factcheck ", line), line


def test_the_distribution_name_is_written_once() -> None:
    text = (ROOT / "action.yml").read_text("utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert ACTION["inputs"]["package"]["default"] == project["name"] == "factcheck-news"
    assert len(re.findall(r"default: factcheck\b", text)) == 1
    assert text.count("factcheck-news") == 1
    install = STEPS["Install factcheck in its own environment"]["run"]
    assert "$IN_PACKAGE==$IN_VERSION" in install and "factcheck==" not in text


def test_check_runs_once_and_renders_every_format_from_its_report(
        tmp_path: Path, workspace: Path) -> None:
    runner = Runner(tmp_path, workspace, sarif="factcheck.sarif",
                    args="--as-of 2026-11-23 --jobs 1")
    assert runner.run("key").returncode == 0
    done = runner.run("check")
    assert done.returncode == 1, done.stderr  # the seeds' two contradictions
    assert runner.calls().count("check") == 1
    assert runner.calls().count("render") == 3
    assert runner.outputs["check"]["exit-code"] == "1"
    report = json.loads(Path(runner.outputs["check"]["report"]).read_text())
    assert report["as_of"] == "2026-11-23"  # the extra arguments reached the check
    assert runner.summary.read_text().startswith("## factcheck: 2 new problems")
    assert done.stdout.count("::error ") == 2
    assert done.stdout.splitlines()[-1].startswith("::notice title=factcheck summary::")
    sarif = json.loads((workspace / "factcheck.sarif").read_text())
    assert len([r for r in sarif["runs"][0]["results"] if r["level"] == "error"]) == 2


def test_baseline_and_fail_on_pass_through(tmp_path: Path, workspace: Path) -> None:
    subprocess.run([*FACTCHECK, "baseline", "sources/", "-o", "baseline.yaml",
                    "--as-of", "2026-11-23"], cwd=workspace, check=True, capture_output=True)
    runner = Runner(tmp_path, workspace, baseline="baseline.yaml", fail_on="any",
                    args="--as-of 2026-11-23")
    runner.run("key")
    done = runner.run("check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "## factcheck: no new problems" in runner.summary.read_text()


def test_input_error_stops_before_rendering(tmp_path: Path, workspace: Path) -> None:
    runner = Runner(tmp_path, workspace, paths="missing/")
    runner.run("key")
    done = runner.run("check")
    assert done.returncode == 2
    assert "no such file or folder" in done.stderr
    assert "render" not in runner.calls()


def _key(tmp_path: Path, workspace: Path, name: str) -> Any:
    runner = Runner(tmp_path / name, workspace)
    assert runner.run("key").returncode == 0
    return runner.outputs["key"]


def test_cache_key_follows_the_sources_content(tmp_path: Path, workspace: Path) -> None:
    for n in "abcde":
        (tmp_path / n).mkdir()
    first = _key(tmp_path, workspace, "a")
    assert first["key"].startswith(first["prefix"]) and first["prefix"].startswith(
        "factcheck-Linux-factcheck")
    # renamed: same content, same key
    src = sorted((workspace / "sources").iterdir())[0]
    src.rename(src.with_name("renamed.txt"))
    assert _key(tmp_path, workspace, "b") == first
    # one file changed: a new key with the same prefix (restores the older cache)
    with (workspace / "sources" / "renamed.txt").open("a") as fh:
        fh.write("\nOne more line.\n")
    second = _key(tmp_path, workspace, "c")
    assert second["key"] != first["key"] and second["prefix"] == first["prefix"]
    # several paths and a glob
    (workspace / "more").mkdir()
    (workspace / "more" / "x.md").write_text("# x\n")
    runner = Runner(tmp_path / "d", workspace, paths="sources/ more/*.md")
    runner.run("key")
    assert runner.outputs["key"]["key"] != second["key"]


def test_readme_workflow_uses_real_inputs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("# .github/workflows/factcheck.yml", 1)[1].split("```", 1)[0]
    steps = yaml.safe_load(block)["jobs"]["factcheck"]["steps"]
    (ours,) = [s for s in steps if s.get("uses", "").startswith("factcheck/")]
    assert set(ours["with"]) <= set(ACTION["inputs"])
    assert "args" in ours["with"]
