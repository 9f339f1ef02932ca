"""The CI story end to end in a temporary git repository, through the CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from pages import CLUSTER, page, write

MTIA = "Meta unveils MTIA v1, its first custom inference accelerator."


def invoke(args: list[str], exit_code: int) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == exit_code, (
        f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    return result


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                    "-c", "commit.gpgsign=false", *args], cwd=repo, check=True,
                   capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with two drops that agree on the cluster and disagree on MTIA."""
    write(tmp_path, "sources/a.txt", page("Meta finishes its cluster", "Alpha News",
                                          [("2023-05", MTIA), ("2025-01", CLUSTER)]))
    write(tmp_path, "sources/b.txt", page("Inside Meta's build-out", "Beta Wire",
                                          [("2023-06", MTIA), ("2025-01", CLUSTER)]))
    (tmp_path / "claims").mkdir()
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "first drops")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_ci_story(repo: Path) -> None:
    # first run: the old MTIA disagreement fails the check
    invoke(["sources/", "-q"], 1)
    # accept today's findings; with the baseline the same corpus passes
    result = invoke(["baseline", "sources/", "-o", "claims/baseline.yaml"], 0)
    assert result.stderr == "claims/baseline.yaml: 1 findings accepted\n"
    (repo / "factcheck.yaml").write_text("claims: claims\nbaseline: claims/baseline.yaml\n")
    invoke(["sources/", "--format", "github"], 0)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "baseline")

    # a new drop contradicts the earlier sources: an error on the new file's line
    write(repo, "sources/c.txt", page("A recap", "Gamma Daily", [("2025-02", CLUSTER)]))
    line = (repo / "sources/c.txt").read_text().splitlines().index(CLUSTER) + 1
    result = invoke(["sources/", "--format", "github", "-q"], 1)
    errors = [ln for ln in result.stdout.splitlines() if ln.startswith("::error ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"::error file=sources/c.txt,line={line},title=factcheck "
                                "contradicted%3A Meta completes its 350%2C000")
    assert "2025-02 here by Gamma Daily; but 2025-01 by Alpha News" in errors[0]

    # accepting it into the baseline passes
    invoke(["baseline", "sources/", "-o", "claims/baseline.yaml"], 0)
    invoke(["sources/", "-q"], 0)

    # a verified fact turns the wrong side refuted
    (repo / "claims/verified.yaml").write_text(
        "facts:\n  - subject: Meta completes its 350,000 H100 GPU cluster\n"
        "    value: 2025-01\n    as_of: 2026-01-10\n"
        "    citation: https://example.org/cluster\n")
    result = invoke(["sources/", "--format", "json", "-q"], 0)
    (refuted,) = [f for f in json.loads(result.stdout)["findings"] if f["verdict"] == "refuted"]
    assert [(c["path"], c["ledger"]) for c in refuted["claims"]] == [
        ("sources/c.txt", "refuted"), ("sources/a.txt", "confirmed"),
        ("sources/b.txt", "confirmed")]
    assert refuted["baseline"] == "unchanged"
    # another config without the baseline: the refutation fails the run
    (repo / "other.yaml").write_text("fail-on: refuted\n")
    invoke(["sources/", "--config", "other.yaml", "--claims", "claims", "-q"], 1)
    invoke(["sources/", "--config", "other.yaml", "-q"], 1)  # ./claims is read unasked


def test_without_baseline_refuted_level(repo: Path) -> None:
    (repo / "claims/verified.yaml").write_text(
        "facts:\n  - subject: Meta unveils MTIA v1 its first custom inference accelerator\n"
        "    value: 2023-05\n    as_of: 2026-01-10\n    citation: https://example.org/mtia\n")
    invoke(["sources/", "--claims", "claims", "--fail-on", "refuted", "-q"], 1)
    invoke(["sources/", "--claims", "claims", "--fail-on", "never", "-q"], 0)
    # run from the repository root, ./claims is the ledger without being named
    invoke(["sources/", "--fail-on", "refuted", "-q"], 1)


def test_no_claims_folder_here_means_no_ledger(repo: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "claims/verified.yaml").write_text(
        "facts:\n  - subject: Meta unveils MTIA v1 its first custom inference accelerator\n"
        "    value: 2023-05\n    as_of: 2026-01-10\n    citation: https://example.org/mtia\n")
    monkeypatch.chdir(repo / "sources")
    invoke([".", "--fail-on", "refuted", "-q"], 0)


def test_stale_entries_fail_only_with_strict_baseline(repo: Path) -> None:
    (repo / "b.yaml").write_text(
        "schema: factcheck.baseline/1\nfindings:\n"
        "  - {id: 'gone', verdict: contradicted, kind: timeline, subject: old}\n")
    invoke(["sources/", "--baseline", "b.yaml", "--fail-on", "refuted", "-q"], 0)
    result = invoke(["sources/", "--baseline", "b.yaml", "--fail-on", "refuted",
                     "--strict-baseline", "--format", "markdown", "-q"], 1)
    assert "### Stale baseline entries" in result.stdout and "`gone`" in result.stdout


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("findings: [\n", "Error: b.yaml:2: invalid YAML: expected the node content, "
                          "but found '<stream end>'\n"),
        ("- 1\n", "Error: b.yaml: not a baseline (expected a mapping with schema "
                  "'factcheck.baseline/1')\n"),
        ("schema: factcheck.baseline/2\n", "Error: b.yaml:1: schema: Input should be "
                                           "'factcheck.baseline/1'\n"),
        ("findings:\n  - {id: x}\n", "Error: b.yaml:2: findings.0.verdict: Field required\n"),
        ("findings: []\nextra: 1\n", "Error: b.yaml:2: extra: Extra inputs are not permitted\n"),
    ],
)
def test_malformed_baseline_is_an_input_error(repo: Path, text: str, message: str) -> None:
    (repo / "b.yaml").write_text(text)
    result = invoke(["sources/", "--baseline", "b.yaml"], 2)
    assert result.stderr == message
    assert result.stdout == ""


def test_missing_baseline_is_an_input_error(repo: Path) -> None:
    result = invoke(["sources/", "--baseline", "nope.yaml"], 2)
    assert result.stderr == "Error: nope.yaml: cannot read: No such file or directory\n"


def test_extract_writes_reviewable_yaml(repo: Path) -> None:
    import yaml

    result = invoke(["extract", "sources/", "-o", "claims/"], 0)
    assert result.stderr == "claims/: wrote 2 files\n"
    doc = yaml.safe_load((repo / "claims/extracted/a.txt.yaml").read_text())
    assert doc["source"]["path"] == "sources/a.txt"
    assert {(c["line"], c["value"]) for c in doc["claims"] if c["kind"] == "timeline"} == {
        (22, "2023-05"), (24, "2025-01")}


def test_team_aliases_in_claims_extend_the_gazetteer(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    event = "Meta unveils Zorblax, its first custom inference accelerator."
    for name, date in (("a", "2023-05"), ("b", "2023-06")):
        write(repo, f"team/{name}.txt", page(f"Recap {name}", f"Outlet {name}",
                                             [(date, event)]))
    (repo / "claims/aliases.yaml").write_text(
        "products:\n  - name: Zorblax\n    kind: chip\n    aliases: [ZBX]\n")
    import yaml

    with_aliases = yaml.safe_load(invoke(["extract", "team/a.txt", "--claims", "claims"],
                                         0).stdout)
    monkeypatch.chdir(repo / "team")  # no claims/ folder here: the built-in gazetteer only
    without = yaml.safe_load(invoke(["extract", "a.txt"], 0).stdout)
    assert any("Zorblax" in c["entities"] for c in with_aliases["claims"])
    assert not any("Zorblax" in c["entities"] for c in without["claims"])
