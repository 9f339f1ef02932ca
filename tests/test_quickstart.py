"""The README's quick start on Debian's own python3, which is externally managed (PEP 668).

The runs are slow (they install the package into fresh environments from the package
index), so they run in CI (`.ci/run` sets FACTCHECK_QUICKSTART=1) or when asked, and are
skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

DEBIAN_PYTHON = Path("/usr/bin/python3")
README_USER = "pipx install ."
README_CONTRIBUTOR = ("python3 -m venv .venv && .venv/bin/pip install -e '.[test]' "
                      "&& .venv/bin/pytest")

slow = pytest.mark.skipif(not os.environ.get("FACTCHECK_QUICKSTART"),
                          reason="slow: set FACTCHECK_QUICKSTART=1 (CI does)")


def _managed_python() -> Path:
    """Debian's python3, checked to be externally managed."""
    if not DEBIAN_PYTHON.is_file():
        pytest.fail("the quick-start test needs Debian's /usr/bin/python3")
    stdlib = subprocess.run(
        [str(DEBIAN_PYTHON), "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
        capture_output=True, text=True, check=True).stdout.strip()
    assert (Path(stdlib) / "EXTERNALLY-MANAGED").is_file(), f"{DEBIAN_PYTHON} is not managed"
    return DEBIAN_PYTHON


def _clean_env(tmp: Path, python: Path) -> dict[str, str]:
    """The environment of a user with Debian's python3 first on PATH and nothing else."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_REQUIRE", "PIPX_"))}
    env["PATH"] = os.pathsep.join([str(tmp / "bin"), str(python.parent), "/bin"])
    env["PIPX_HOME"] = str(tmp / "pipx")
    env["PIPX_BIN_DIR"] = str(tmp / "bin")
    # the user's own pip cache, so that the installs download little
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    env["HOME"] = str(tmp / "home")
    return env


def _checkout(root: Path, dest: Path) -> Path:
    """A copy of the project as a fresh clone has it (no venv, caches or build output)."""
    shutil.copytree(root, dest, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
        ".hypothesis", ".factcheck-cache"))
    return dest


def _sh(command: str, cwd: Path, env: dict[str, str], timeout: int = 900
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)


def test_readme_shows_these_commands(root: Path) -> None:
    readme = (root / "README.md").read_text("utf-8")
    assert README_USER in readme
    assert README_CONTRIBUTOR in readme
    assert README_CONTRIBUTOR in (root / ".ci/run").read_text("utf-8")


@slow
def test_plain_pip_install_is_refused_there(root: Path, tmp_path: Path) -> None:
    """What the quick start used to say fails on this python: the reason for the change."""
    python = _managed_python()
    env = _clean_env(tmp_path, python)
    done = _sh("python3 -m pip install --dry-run --no-deps --no-build-isolation .",
               _checkout(root, tmp_path / "repo"), env)
    assert done.returncode != 0
    assert "externally-managed-environment" in done.stdout + done.stderr


@slow
def test_user_quick_start_with_pipx(root: Path, tmp_path: Path) -> None:
    if shutil.which("pipx", path="/usr/bin") is None:
        pytest.fail("pipx is not installed (apt-get install pipx; .ci/run does)")
    env = _clean_env(tmp_path, _managed_python())
    repo = _checkout(root, tmp_path / "repo")
    done = _sh(README_USER, repo, env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    done = _sh("factcheck --version && factcheck sources/ --as-of 2026-11-23", repo, env)
    assert done.returncode == 1, done.stdout + done.stderr  # the seeds hold contradictions
    assert done.stdout.startswith("factcheck 0.1.0 (package factcheck-news)\n")
    assert "2 contradicted" in done.stdout.splitlines()[-1]  # the summary, unwrapped


@slow
def test_contributor_quick_start_in_a_venv(root: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path, _managed_python())
    repo = _checkout(root, tmp_path / "repo")
    # the README's command, with the test run narrowed to one file to keep it short
    # (and its own temporary folder, away from this session's)
    command = (README_CONTRIBUTOR + " tests/test_docs.py -p no:cacheprovider"
               f" --basetemp={tmp_path / 'inner'}")
    done = _sh(command, repo, env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert " passed" in done.stdout
    assert (repo / ".venv/bin/factcheck").is_file()
    assert "home = /usr/bin\n" in (repo / ".venv/pyvenv.cfg").read_text("utf-8")
