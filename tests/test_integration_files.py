"""The ready-made integrations name commands and options that exist."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from factcheck.cli import main


def _options(command: str) -> set[str]:
    return {o for p in main.commands[command].params for o in getattr(p, "opts", [])}


def test_pre_commit_hook_runs_a_real_command(root: Path) -> None:
    (hook,) = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())
    entry = hook["entry"].split()
    assert entry[0] == "factcheck" and entry[1] in main.commands
    flags = {a for a in hook["args"] if a.startswith("-")}
    assert flags <= _options(entry[1])


def test_action_uses_only_existing_options(root: Path) -> None:
    action = yaml.safe_load((root / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    script = "\n".join(s.get("run", "") for s in action["runs"]["steps"])
    calls = re.findall(r'"\$(?:fc|VENV/bin/factcheck)"[ \t]+([a-z]+|--version)([^\n]*)',
                       script.replace("\\\n", " "))
    assert {c for c, _ in calls} == {"--version", "check", "render"}
    for command, rest in calls:
        if command == "--version":
            continue
        used = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", rest))
        assert used <= _options(command), (command, used - _options(command))
    args = re.findall(r"args\+?=\(([^)]*)\)", script)
    flags = {f for a in args for f in re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", a)}
    assert flags and flags <= _options("check")
    assert "--format github" in script and "GITHUB_STEP_SUMMARY" in script
