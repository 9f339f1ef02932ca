"""The HTML report: golden output, the data-* contract, escaping of hostile articles, size."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.dates import parse_date
from factcheck.models import Report
from factcheck.pipeline import check
from factcheck.report import get_reporter
from factcheck.report.html import HtmlReporter

GOLDEN = Path(__file__).parent / "golden"
HOSTILE = Path(__file__).parent / "assets" / "hostile.md"


class Page(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    def with_attr(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if name in a]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def expected_marks(doc: dict[str, object]) -> list[str]:
    """FILE:LINE of every dated claim in a JSON report: timeline claims whose value reads as
    a date, and forecast claims of findings with a due date."""
    out = []
    for f in doc["findings"]:  # type: ignore[attr-defined]
        for c in f["claims"]:
            if (f["kind"] == "timeline" and parse_date(c["value"])) or \
                    (f["kind"] == "forecast" and f["due"]):
                out.append(f"{c['path']}:{c['line']}")
    return out


def assert_no_live_markup(html: str) -> None:
    """Only the page's own script; no event handler, javascript: URL or embedded content."""
    page = parse(html)
    own = (Path(__file__).parent.parent / "src/factcheck/report/templates/report.js")
    assert page.scripts == [own.read_text("utf-8")]
    for tag, attrs in page.tags:
        assert tag not in {"iframe", "img", "object", "embed", "base", "form"} or \
            (tag == "form" and attrs.get("id") == "filters"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith(("javascript:", "data:text")), \
                (tag, name, value)
            if name in {"href", "src"}:
                assert value is not None and (value.startswith("#") or value == "data:,"), \
                    (tag, name, value)


def golden_cases() -> list[Path]:
    return sorted(p for p in GOLDEN.iterdir() if (p / "report.json").is_file())


@pytest.mark.parametrize("case", golden_cases(), ids=lambda p: p.name)
def test_html_golden(case: Path, update_golden: bool) -> None:
    """A fixed JSON report renders to the committed page, byte for byte."""
    report = Report.model_validate_json((case / "report.json").read_text("utf-8"))
    html = HtmlReporter().render(report)
    expected = case / "expected.html"
    if update_golden:
        expected.write_text(html, "utf-8")
    assert html == expected.read_text("utf-8")


def test_html_contract_matches_json_report() -> None:
    """Each finding has one element with data-finding and data-verdict; each dated claim one
    mark with data-claim and data-verdict; each contradicted event one connector."""
    case = golden_cases()[0]
    doc = json.loads((case / "report.json").read_text("utf-8"))
    page = parse(HtmlReporter().render(Report.model_validate(doc)))
    findings = page.with_attr("data-finding")
    assert [(a["data-finding"], a["data-verdict"]) for a in findings] == \
        [(f["id"], f["verdict"]) for f in doc["findings"]]
    marks = page.with_attr("data-claim")
    assert sorted(a["data-claim"] or "" for a in marks) == sorted(expected_marks(doc))
    assert all(a.get("data-verdict") for a in marks)
    connectors = [a for t, a in page.tags if t == "path" and "connector" in (a.get("class") or "")]
    contradicted = [f["id"] for f in doc["findings"] if f["verdict"] == "contradicted"
                    and f["kind"] == "timeline"
                    and len({c["value"] for c in f["claims"]}) > 1]
    assert sorted(a["data-connects"] or "" for a in connectors) == sorted(contradicted)
    assert contradicted


def test_page_has_language_title_and_headings() -> None:
    html = HtmlReporter().render(Report.model_validate_json(
        (golden_cases()[0] / "report.json").read_text("utf-8")))
    page = parse(html)
    assert ("html", {"lang": "en"}) in page.tags
    assert "<title>factcheck report — as of 2027-01-15</title>" in html
    assert [t for t, _ in page.tags if t in {"h1", "h2"}] == ["h1", "h2", "h2", "h2"]


def test_month_and_quarter_claims_span_their_period() -> None:
    """A month claim is drawn a month wide, a quarter three months wide."""
    from factcheck.report.timeline import layout

    doc = json.loads((golden_cases()[0] / "report.json").read_text("utf-8"))
    findings = doc["findings"][:1]
    claim = findings[0]["claims"][0]
    quarter = dict(claim, value="2024-Q2", line=999)
    month = dict(claim, value="2024-04", line=998)
    findings[0] = dict(findings[0], claims=[claim, month, quarter])
    tl = layout(Report.model_validate(dict(doc, findings=findings)))
    width = {m.value: m.x2 - m.x1 for m in tl.marks}
    assert width["2024-Q2"] == pytest.approx(3 * width["2024-04"], rel=0.05)
    assert {m.precision for m in tl.marks} >= {"month", "quarter"}


def test_files_of_one_outlet_share_a_lane_and_say_so() -> None:
    from factcheck.report.timeline import layout

    tl = layout(Report.model_validate_json(
        (golden_cases()[0] / "report.json").read_text("utf-8")))
    shared = [lane for lane in tl.lanes if len(lane.files) > 1]
    assert [lane.label for lane in shared] == ["Bloomberg Technology (2 files)"]
    assert len({lane.outlet for lane in tl.lanes}) == len(tl.lanes)


def test_hostile_article_is_escaped(tmp_path: Path) -> None:
    """<script>, onerror= and javascript: links in an article are text in the report."""
    shutil.copy(HOSTILE, tmp_path / "hostile.md")
    report = check([str(tmp_path)], dt.date(2027, 1, 15))
    html = HtmlReporter().render(report)
    assert_no_live_markup(html)
    assert "&lt;script&gt;window.__pwned" in html
    assert "onerror=&#34;window.__pwned=2&#34;" in html
    assert "javascript:window.__pwned=5" in html  # as text, never as a URL


def test_golden_page_has_no_live_markup() -> None:
    case = golden_cases()[0]
    assert "hostile.md" in (case / "report.json").read_text("utf-8")
    assert_no_live_markup((case / "expected.html").read_text("utf-8"))


def test_cli_writes_html_file(tmp_path: Path, seeds: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, [str(seeds), "--format", "html", "-o", str(out),
                                       "--as-of", "2026-11-23"], catch_exceptions=False)
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr.endswith("single-source\n")
    html = out.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert len(html.encode()) < 1_000_000
    assert get_reporter("html").suffix == "html"


def test_page_requests_nothing() -> None:
    """No external URL at all: no CDN, no web font; the CSP forbids any fetch."""
    html = (golden_cases()[0] / "expected.html").read_text("utf-8")
    for tag, attrs in parse(html).tags:
        for name, value in attrs.items():
            assert "://" not in (value or ""), (tag, name, value)
    style = html[html.index("<style>"):html.index("</style>")]
    assert "@import" not in style and "url(" not in style and "@font-face" not in style
    csp = [a["content"] for t, a in parse(html).tags if a.get("http-equiv")]
    assert csp and (csp[0] or "").startswith("default-src 'none';")


def test_large_report_is_compact_and_keeps_every_finding() -> None:
    """A report of 1,000 synthetic articles (10k findings) stays under 3.5 MB and lists every
    finding, single-source ones by file (benchmarks/html_size.py measures 10k articles)."""
    from synthetic import big_report

    report = big_report(articles=1000, outlets=60, scale=0.1)
    html = HtmlReporter().render(report)
    assert len(html.encode()) < 3_500_000
    page = parse(html)
    assert all(a.get("data-verdict") for a in page.with_attr("data-finding"))
    ids = [a["data-finding"] for a in page.with_attr("data-finding")]
    assert ids == [f.id for f in report.findings if f.verdict != "unverified"] + \
        [f.id for f in sorted((f for f in report.findings if f.verdict == "unverified"),
                              key=lambda f: f.claims[0].source)]


def test_help_does_not_import_jinja2() -> None:
    code = ("import sys; from factcheck.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "assert 'jinja2' not in sys.modules")
    src = str(Path(__file__).parent.parent / "src")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                   env={"PYTHONPATH": src, "PATH": ""})
