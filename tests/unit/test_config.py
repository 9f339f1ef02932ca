"""Configuration files: discovery, flags win, unknown keys named with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from pages import CLUSTER, page, write


def invoke(args: list[str], exit_code: int) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == exit_code, (
        f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    return result


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "sources/a.txt", page("One", "Alpha News", [("2025-01", CLUSTER)]))
    write(tmp_path, "sources/b.txt", page("Two", "Beta Wire", [("2025-02", CLUSTER)]))
    (tmp_path / ".git").mkdir()  # the search for a config stops here
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_pyproject_section_sets_defaults_and_flags_win(corpus: Path) -> None:
    (corpus / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "never"\n'
                                           'format = "markdown"\n')
    result = invoke(["sources", "-q"], 0)
    assert result.stdout.startswith("## factcheck: 1 new problem")
    invoke(["sources", "-q", "--fail-on", "contradicted", "--format", "json"], 1)


def test_yaml_config_found_from_a_subfolder(corpus: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    (corpus / "factcheck.yaml").write_text("fail_on: never\n")
    monkeypatch.chdir(corpus / "sources")
    invoke([".", "-q"], 0)


def test_relative_paths_in_config_are_relative_to_the_file(corpus: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    invoke(["baseline", "sources", "-o", "accepted.yaml"], 0)
    (corpus / "factcheck.yaml").write_text("baseline: accepted.yaml\n")
    monkeypatch.chdir(corpus / "sources")
    invoke([".", "-q"], 0)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("factcheck.yaml", "format: json\nfial-on: any\n",
         "Error: factcheck.yaml:2: unknown key 'fial-on'\n"),
        ("pyproject.toml", '[tool.factcheck]\nfail-on = "sometimes"\n',
         "Error: pyproject.toml:2: fail-on: Input should be 'contradicted', 'refuted', "
         "'any' or 'never'\n"),
        ("factcheck.yaml", "max-size: many\n",
         "Error: factcheck.yaml:1: max-size: 'many' is not a size (bytes, or with k, M or G: "
         "512k, 20M)\n"),
        ("factcheck.yaml", "- a\n", "Error: factcheck.yaml: expected a mapping of settings\n"),
        ("factcheck.yaml", "a: [\n", "Error: factcheck.yaml:2: invalid YAML: expected the "
                                     "node content, but found '<stream end>'\n"),
    ],
)
def test_bad_config_is_one_line_exit_2(corpus: Path, name: str, text: str,
                                       message: str) -> None:
    (corpus / name).write_text(text)
    result = invoke(["sources"], 2)
    assert result.stderr == message
    assert result.stdout == ""


def test_explicit_config_and_yaml_is_never_executed(corpus: Path) -> None:
    (corpus / "ci.yaml").write_text("quiet: !!python/object/apply:os.system ['true']\n")
    result = invoke(["sources", "--config", "ci.yaml"], 2)
    assert result.stderr.startswith("Error: ci.yaml:1: invalid YAML: tag not allowed (plain "
                                    "YAML only)")
