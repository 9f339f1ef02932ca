"""Hostile article drops (issue 14): what a stranger's file can do once it is decoded, to
the run, to the reader's terminal and to files beside the report.

Each test builds its input in tmp_path and stays bounded in size and time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main

AS_OF = "2026-11-23"
FORMATS = ("table", "json", "markdown", "github", "sarif", "claimreview", "html")
#: What no output may hold: C0/C1 controls but tab and newline, bidi controls, surrogates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")

GOOD = (
    "Chipmaker expands AI cluster\n\n"
    "Meta said on March 3, 2025 that it spent $4.5 billion on H100 GPUs.\n"
    "The cluster draws 700W per accelerator and holds 350,000 H100 chips.\n"
)


def invoke(args: list[str], exit_code: int | None = None) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert "Traceback" not in result.stderr, result.stderr
    if exit_code is not None:
        assert result.exit_code == exit_code, (
            f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    return result


def _escaping_pages(folder: Path) -> None:
    """Controls that only appear once a reader decodes its own escapes."""
    folder.mkdir(parents=True, exist_ok=True)
    ld = json.dumps({"@type": "NewsArticle", "headline": "Ti\\udc00tle\\u001b]0;pwned\\u0007",
                     "publisher": {"name": "Evil\\u001b[2J Wire"},
                     "url": "https://example.com/\\u202egnp.exe"})
    (folder / "entities.html").write_text(
        "<!doctype html><html><head><title>Page &#27;]0;owned&#7;</title>"
        f'<script type="application/ld+json">{ld.replace(chr(92) * 2, chr(92))}</script>'
        "</head><body><article><h1>Meta &#x202E;cluster&#27;[2J</h1>"
        "<p>Meta said on March 3, 2025 that it spent $4.5 billion&#27;[2J on H100 GPUs "
        "and &#x1b;]8;;http://evil.example/&#x1b;\\ a link &#xd800; too.</p>"
        "</article></body></html>\n", "utf-8")
    (folder / "front.md").write_text(
        '---\ntitle: "Meta \\e]0;pwned\\a cluster \\u202e"\noutlet: "Wire\\e[2J"\n'
        'url: "https://example.com/\\x1b"\n---\n\n'
        "Meta spent $4.5 billion on H100 GPUs in 2025.\n", "utf-8")


def test_lone_surrogate_in_json_ld_costs_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<html><head><script type="application/ld+json">{"headline": "x\\udc00y", '
        '"publisher": {"name": "\\ud800"}}</script></head><body><article>'
        "<p>Meta said on March 3, 2025 that it spent $4.5 billion on H100 GPUs.</p>"
        "</article></body></html>", "utf-8")
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    for fmt in FORMATS:
        result = invoke([str(tmp_path), "--format", fmt, "--as-of", AS_OF, "--fail-on",
                         "never", "--no-cache"], 0)
        assert not CONTROL.search(result.stdout), fmt
    invoke(["extract", str(tmp_path), "--no-cache"], 0)


@pytest.mark.parametrize("fmt", FORMATS)
def test_controls_decoded_from_escapes_never_reach_any_output(tmp_path: Path,
                                                              fmt: str) -> None:
    _escaping_pages(tmp_path / "in")
    out = tmp_path / f"report.{fmt}"
    result = invoke([str(tmp_path / "in"), "--format", fmt, "--as-of", AS_OF,
                     "--fail-on", "never", "--no-cache"], 0)
    assert not CONTROL.search(result.stdout), CONTROL.findall(result.stdout)
    invoke([str(tmp_path / "in"), "--format", fmt, "--as-of", AS_OF, "--fail-on", "never",
            "--no-cache", "-o", str(out)], 0)
    assert not CONTROL.search(out.read_text("utf-8"))


def test_controls_decoded_from_escapes_never_reach_extracted_yaml(tmp_path: Path) -> None:
    _escaping_pages(tmp_path / "in")
    result = invoke(["extract", str(tmp_path / "in"), "--no-cache"], 0)
    assert not CONTROL.search(result.stdout)
    assert "Meta" in result.stdout
