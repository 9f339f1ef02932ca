"""The README documents every command and format; the committed schema is current."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main
from factcheck.report import available
from factcheck.report.json import schema


def test_every_command_documented_and_has_help(root: Path) -> None:
    readme = (root / "README.md").read_text("utf-8")
    for name, command in main.commands.items():
        assert f"factcheck {name}" in readme, name
        assert command.help, name


def test_every_format_documented(root: Path) -> None:
    readme = (root / "README.md").read_text("utf-8")
    for name in available():
        assert f"--format {name}" in readme, name


def test_committed_schema_matches_models(root: Path) -> None:
    assert (root / "docs/schema.json").read_text("utf-8") == schema()


def test_help_lists_commands() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in main.commands:
        assert name in result.stdout


def test_every_option_documented(root: Path) -> None:
    """Each option of each command is in the README, by its long or its short name."""
    readme = (root / "README.md").read_text("utf-8")
    for name, command in main.commands.items():
        for param in command.params:
            opts = [o for o in getattr(param, "opts", []) if o.startswith("-")]
            if opts and "--help" not in opts:
                assert any(f"{o} " in readme or f"{o}`" in readme for o in opts), (name, opts)
