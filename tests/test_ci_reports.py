"""The CI formats on real and hostile input: repaired files are checked files, the Markdown
stays inert and under GitHub's comment limit, annotations name the right problem."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

from factcheck.cli import main
from factcheck.models import Report, Source, exit_code, unusable
from factcheck.pipeline import check
from factcheck.report.markdown import LIMIT, MarkdownReporter, code
from synthetic import big_report

HOSTILE = Path(__file__).parent / "assets" / "hostile.md"
AS_OF = "2026-11-23"


def invoke(args: list[str], exit_code: int) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == exit_code, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def rendered(markdown: str) -> str:
    """The Markdown as GitHub-flavoured HTML (CommonMark with tables and raw HTML)."""
    return str(MarkdownIt("commonmark").enable("table").render(markdown))


# ---------------------------------------------------------------- repaired files


def test_repaired_files_are_checked_files(seeds: Path, tmp_path: Path) -> None:
    """The sample corpus has three repaired files: with a baseline accepting everything,
    --fail-on any passes, no annotation calls them unusable, no list calls them not
    checked; the repair is a note."""
    baseline = tmp_path / "baseline.yaml"
    invoke(["baseline", str(seeds), "-o", str(baseline), "--as-of", AS_OF], 0)
    args = [str(seeds), "--baseline", str(baseline), "--fail-on", "any", "-q", "--as-of", AS_OF]
    github = invoke([*args, "--format", "github"], 0).stdout
    assert "unusable" not in github and "not checked" not in github
    assert github.count("::notice file=") == 3
    assert "title=factcheck%3A note::repaired mojibake" in github
    md = invoke([*args, "--format", "markdown"], 0).stdout
    assert "Files not checked" not in md
    assert "### Notes (3 checked files)" in md
    assert md.count("repaired mojibake") == 1  # one line for the three files
    invoke([*args, "--format", "sarif", "-o", str(tmp_path / "r.sarif")], 0)


def test_unreadable_file_still_fails_fail_on_any(seeds: Path, tmp_path: Path) -> None:
    for p in seeds.iterdir():
        shutil.copy(p, tmp_path / p.name)
    baseline = tmp_path / "baseline.yaml"
    invoke(["baseline", str(tmp_path), "-o", str(baseline), "--as-of", AS_OF], 0)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "junk.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    args = [str(tmp_path), "--baseline", str(baseline), "-q", "--as-of", AS_OF]
    invoke([*args, "--fail-on", "contradicted"], 0)
    github = invoke([*args, "--fail-on", "any", "--format", "github"], 1).stdout
    assert github.count("title=factcheck%3A file not checked") == 2
    md = invoke([*args, "--fail-on", "any", "--format", "markdown"], 1).stdout
    not_checked = md.split("### Files not checked", 1)[1].split("###", 1)[0]
    assert "empty.txt" in not_checked and "junk.txt" in not_checked
    assert "repaired" not in not_checked


def test_unusable_is_decided_by_checked() -> None:
    report = check([str(Path(__file__).parent.parent / "sources")], dt.date(2026, 11, 23))
    assert any(s.repaired and s.warnings for s in report.sources)
    assert unusable(report) == []
    bad = Source(id="x", path="x", sha256="", format=None, outlet=None, title=None,
                 checked=False, warnings=("empty file",))
    worse = report.model_copy(update={"sources": (*report.sources, bad),
                                      "findings": ()})
    assert unusable(worse) == [bad]
    assert exit_code(worse, "any") == 1 and exit_code(worse, "contradicted") == 0


def test_reports_without_checked_read_unformatted_sources_as_unchecked() -> None:
    old = {"id": "x", "path": "x", "sha256": "", "format": None, "outlet": None,
           "title": None, "warnings": ["empty file"]}
    assert Source.model_validate(old).checked is False
    assert Source.model_validate({**old, "format": "article", "warnings": []}).checked


# ---------------------------------------------------------------- Markdown size


def _with_warnings(report: Report) -> Report:
    sources = tuple(s.model_copy(update={"warnings": (
        f"repaired mojibake (utf-8 read as windows-874); {i % 7 + 2} characters lost",)})
        if i % 2 else s for i, s in enumerate(report.sources))
    return report.model_copy(update={"sources": sources})


def test_markdown_of_3000_files_fits_a_github_comment() -> None:
    report = _with_warnings(big_report(articles=3_000, scale=0.3))
    md = MarkdownReporter().render(report)
    assert len(md) < LIMIT
    assert md.count("repaired mojibake") == 1  # summarised: one line, a count, five files
    assert "`repaired mojibake (utf-8 read as windows-874); N characters lost`" in md
    assert "(1500 files)" in md and "and 1495 more" in md
    left = md.split("### Left out", 1)[1]
    assert re.search(r"\d+ of 891 new problems", left)  # says what it left out
    assert "corroborated and confirmed findings" in left
    assert "--format json" in left
    html = rendered(md)
    assert html.count("<details>") == html.count("</details>")


def test_markdown_budget_is_spent_on_problems_first() -> None:
    report = big_report(articles=300, scale=0.02)
    reporter = MarkdownReporter()
    reporter.limit = 8_000
    md = reporter.render(report)
    assert len(md) < 8_000
    assert "### Needs review" in md
    assert "Corroborated and confirmed" not in md
    assert "160 corroborated and confirmed findings" in md.split("### Left out")[1]


def test_small_markdown_leaves_nothing_out(seeds: Path) -> None:
    md = MarkdownReporter().render(check([str(seeds)], dt.date(2026, 11, 23)))
    assert "Left out" not in md and "more not shown" not in md


# ---------------------------------------------------------------- Markdown injection

LIVE = re.compile(r"<(?!/?(?:br|sub|code|details|summary|table|thead|tbody|tr|th|td|p|h2|h3"
                  r"|ul|li|strong|em)\b)[a-z]", re.IGNORECASE)


def assert_inert(html: str) -> None:
    """Only the tags the reporter writes itself; no link, image, script or frame."""
    assert not LIVE.search(html), LIVE.findall(html)
    assert "<a " not in html and "<img" not in html


@pytest.mark.parametrize("text", [
    "plain", "a`b", "``", "`lead", "trail`", " spaced ", "x | y", "<img src=x>", "",
    "a ``` b ` c", "line\nbreak",
])
def test_code_span_round_trips(text: str) -> None:
    html = rendered(f"| c |\n|---|\n| {code(text)} |\n")
    want = " ".join(text.split())
    escaped = want.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert f"<code>{escaped}</code>" in html.replace('&quot;', '"') or (
        not want and "<code> </code>" in html)


def test_hostile_article_and_names_are_inert_in_markdown(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    shutil.copy(HOSTILE, drop / "hostile.md")
    # a second outlet's copy, from a file whose name carries Markdown and HTML
    name = "we`ird ``name`` ![x](http:x) <b>.md"
    (drop / name).write_text(HOSTILE.read_text("utf-8").replace("Evil", "Other"), "utf-8")
    (drop / "empty `x`.txt").write_text("")
    (drop / "pipe|name.txt").write_text("")
    report = check([str(drop)], dt.date(2027, 1, 15))
    md = MarkdownReporter().render(report)
    html = rendered(md)
    assert_inert(html)
    assert "window.__pwned" in html  # the text is there, as text
    assert "javascript:window.__pwned=5" in html
    path = str(drop / name)
    escaped = path.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert f"<code>{escaped}:7</code>" in html  # the whole name, one code span
    assert "<code>" + str(drop / "empty `x`.txt") + "</code>" in html
    assert "<code>" + str(drop / "pipe|name.txt") + "</code>" in html  # a list, not a table


def test_hostile_names_in_github_commands(tmp_path: Path) -> None:
    """A name with newline, comma and colon stays one command, its file property escaped."""
    drop = tmp_path / "d"
    drop.mkdir()
    shutil.copy(HOSTILE, drop / "a.md")
    (drop / "b,c:d\n::error::x.md").write_text(
        HOSTILE.read_text("utf-8").replace("Evil", "Other"), "utf-8")
    out = invoke([str(drop), "--format", "github", "--as-of", "2027-01-15"], 0).stdout
    assert out.count("\n") == 2  # the overdue forecast and the summary
    for line in out.splitlines():
        assert line.startswith("::") and line.count("::") == 2, line
    assert "b%2Cc%3Ad\\n%3A%3Aerror%3A%3Ax.md" in out


def test_sarif_message_brackets_are_escaped(tmp_path: Path) -> None:
    """SARIF message text treats [text](n) as an embedded link: article brackets are
    escaped."""
    import json

    drop = tmp_path / "d"
    drop.mkdir()
    shutil.copy(HOSTILE, drop / "a.md")
    (drop / "b [x](1).md").write_text(
        HOSTILE.read_text("utf-8").replace("Evil", "Other [y](2)"), "utf-8")
    out = invoke([str(drop), "--format", "sarif", "--as-of", "2027-01-15"], 0).stdout
    results = json.loads(out)["runs"][0]["results"]
    assert results
    for result in results:
        texts = [result["message"]["text"],
                 *(r["message"]["text"] for r in result.get("relatedLocations", ()))]
        for text in texts:
            assert not re.search(r"(?<!\\)\[[^\]]*(?<!\\)\]\(", text), text
        assert "\\[details\\](javascript" in result["message"]["text"]



# ---------------------------------------------------------------- render from JSON


@pytest.mark.parametrize("fmt", ["table", "concise", "markdown", "github", "sarif",
                                 "claimreview", "html", "json"])
def test_render_from_json_equals_the_check(fmt: str, seeds: Path, tmp_path: Path) -> None:
    """One check to JSON, every other format rendered from it, byte for byte the same."""
    baseline = tmp_path / "baseline.yaml"
    invoke(["baseline", str(seeds), "-o", str(baseline), "--as-of", AS_OF], 0)
    args = [str(seeds), "--baseline", str(baseline), "--as-of", AS_OF, "-q"]
    report = tmp_path / "report.json"
    invoke([*args, "--format", "json", "-o", str(report)], 0)
    direct = invoke([*args, "--format", fmt], 0).stdout
    again = invoke(["render", str(report), "--format", fmt], 0)
    assert again.stdout == direct
    assert again.stderr == ""
    out = tmp_path / f"out.{fmt}"
    invoke(["render", str(report), "--format", fmt, "-o", str(out)], 0)
    assert out.read_text("utf-8") == direct


@pytest.mark.parametrize("fmt", ["table", "concise"])
def test_render_all_lists_what_the_view_folds(fmt: str, seeds: Path, tmp_path: Path) -> None:
    """--all and --color never work in render as in check."""
    args = [str(seeds), "--as-of", AS_OF, "-q", "--format", fmt, "--all", "--color", "never"]
    report = tmp_path / "report.json"
    invoke([str(seeds), "--as-of", AS_OF, "-q", "--format", "json", "-o", str(report)], 1)
    direct = invoke(args, 1).stdout
    again = invoke(["render", str(report), "--format", fmt, "--all", "--color", "never"], 0)
    assert again.stdout == direct
    assert direct != invoke(args[:-3], 1).stdout


def test_render_reads_stdin(seeds: Path) -> None:
    doc = invoke([str(seeds), "--format", "json", "-q", "--as-of", AS_OF], 1).stdout
    result = CliRunner().invoke(main, ["render", "-", "--format", "github"], input=doc)
    assert result.exit_code == 0
    assert result.stdout.count("::error ") == 2


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read: No such file or directory"),
    ("{", "not JSON: Expecting property name"),
    ('{"schema": "factcheck.baseline/1"}', "not a factcheck report"),
    ('{"schema": "factcheck.report/1", "tool": {"version": "1"}}', "as_of: Field required"),
])
def test_render_bad_report_is_one_line_exit_2(content: str | None, message: str,
                                              tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    if content is not None:
        path.write_text(content)
    result = invoke(["render", str(path), "--format", "markdown"], 2)
    assert result.stderr.startswith(f"Error: {path}")
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_render_unknown_format_is_exit_2(seeds: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    invoke([str(seeds), "--format", "json", "-o", str(report), "-q"], 1)
    assert "unknown format 'nope'" in invoke(["render", str(report), "--format", "nope"],
                                             2).stderr
