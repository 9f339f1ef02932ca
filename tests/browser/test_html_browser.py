"""The HTML report in a real browser: headless Chromium (Debian package) via Playwright.

Skipped with a reason when chromium or playwright is missing on a developer's machine; in
CI (CI=true, or FACTCHECK_REQUIRE_BROWSER=1 as .ci/run sets) a missing browser fails.
Never `playwright install`: the browser is the system's.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.dates import parse_date
from factcheck.pipeline import check
from factcheck.report.html import HtmlReporter
from factcheck.report.json import JsonReporter

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = Path(__file__).parent.parent / "assets" / "hostile.md"


def _required() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"} or \
        bool(os.environ.get("FACTCHECK_REQUIRE_BROWSER"))


def _unavailable(reason: str) -> None:
    if _required():
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = shutil.which("chromium")
    if exe is None:
        _unavailable("chromium is not installed (apt-get install chromium chromium-driver)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[browser]')")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from disk, with every request and console error it made."""

    def __init__(self, browser: Any, path: Path, javascript: bool = True) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(java_script_enabled=javascript,
                                           viewport={"width": 1400, "height": 1000})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []

        def route(r: Any) -> None:
            self.requests.append(r.request.url)
            if r.request.url == self.url:
                r.continue_()
            else:
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error"
                     else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(self.url)

    def visible(self, selector: str) -> int:
        n: int = self.page.eval_on_selector_all(
            selector, "els => els.filter(e => e.getClientRects().length > 0).length")
        return n

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory, seeds: Path
                ) -> tuple[Path, dict[str, Any]]:
    report = check([str(seeds)], dt.date(2026, 11, 23))
    out = tmp_path_factory.mktemp("html") / "report.html"
    out.write_text(HtmlReporter().render(report), "utf-8")
    return out, json.loads(JsonReporter().render(report))


@pytest.fixture(scope="module")
def seed_page(browser: Any, seed_report: tuple[Path, dict[str, Any]]) -> Iterator[Opened]:
    opened = Opened(browser, seed_report[0])
    yield opened
    opened.close()


def _dated(doc: dict[str, Any]) -> list[str]:
    return sorted(f"{c['path']}:{c['line']}" for f in doc["findings"] for c in f["claims"]
                  if (f["kind"] == "timeline" and parse_date(c["value"]))
                  or (f["kind"] == "forecast" and f["due"]))


def test_seed_report_marks_and_connectors_match_json(
        seed_page: Opened, seed_report: tuple[Path, dict[str, Any]]) -> None:
    doc = seed_report[1]
    claims = seed_page.page.eval_on_selector_all(
        "svg .mark[data-claim]", "els => els.map(e => e.dataset.claim)")
    assert sorted(claims) == _dated(doc)
    assert seed_page.visible("svg .mark") == len(claims)
    contradicted = sorted(f["id"] for f in doc["findings"] if f["verdict"] == "contradicted"
                          and f["kind"] == "timeline")
    joined = seed_page.page.eval_on_selector_all(
        "svg path.connector", "els => els.map(e => e.dataset.connects)")
    assert sorted(joined) == contradicted and len(contradicted) == 2
    assert seed_page.page.locator("[data-finding]").count() == len(doc["findings"])


def test_opening_makes_no_request_and_no_error(seed_page: Opened) -> None:
    assert set(seed_page.requests) == {seed_page.url}
    assert seed_page.errors == []  # a CSP refusal of our own script or style would show here
    assert seed_page.page.is_visible("#filters")  # the script ran


def test_filter_by_verdict_and_source(seed_page: Opened,
                                      seed_report: tuple[Path, dict[str, Any]]) -> None:
    doc = seed_report[1]
    page = seed_page.page
    page.select_option("#filter-verdict", "contradicted")
    assert seed_page.visible("[data-finding]") == 2
    assert page.eval_on_selector_all(
        "[data-finding]:not([hidden])", "els => els.map(e => e.dataset.verdict)") == \
        ["contradicted", "contradicted"]
    assert page.text_content("#filter-count") == f"2 of {len(doc['findings'])} findings shown"
    page.select_option("#filter-verdict", "unverified")
    n_single = sum(f["verdict"] == "unverified" for f in doc["findings"])
    assert seed_page.visible("[data-finding]") == n_single
    page.select_option("#filter-verdict", "")
    source = doc["sources"][-1]["id"]
    page.select_option("#filter-source", source)
    expected = sum(any(c["source"] == source for c in f["claims"]) for f in doc["findings"])
    assert page.text_content("#filter-count") == \
        f"{expected} of {len(doc['findings'])} findings shown"
    page.select_option("#filter-source", "")


def test_marks_take_keyboard_focus_and_show_their_quote(seed_page: Opened) -> None:
    page = seed_page.page
    assert page.eval_on_selector_all(".mark", "els => els.every(e => e.tabIndex >= 0)")
    for _ in range(40):
        page.keyboard.press("Tab")
        claim = page.evaluate("document.activeElement.dataset && "
                              "document.activeElement.dataset.claim")
        if claim:
            break
    else:
        pytest.fail("Tab never reached a timeline mark")
    assert page.is_visible("#tip")
    tip = page.text_content("#tip") or ""
    assert claim in tip and "“" in tip
    assert any(p in tip for p in ("reported", "AI analysis", "opinion"))


def test_table_reads_with_scripting_off(browser: Any,
                                        seed_report: tuple[Path, dict[str, Any]]) -> None:
    opened = Opened(browser, seed_report[0], javascript=False)
    try:
        doc = seed_report[1]
        shown = sum(f["verdict"] != "unverified" for f in doc["findings"])
        assert opened.visible("#verdicts > table.findings tr[data-finding]") == shown
        assert opened.page.locator("[data-finding]").count() == len(doc["findings"])
        assert not opened.page.is_visible("#filters")
        assert opened.page.title().startswith("factcheck report")
    finally:
        opened.close()


def test_hostile_article_runs_no_script(browser: Any, tmp_path: Path, seeds: Path) -> None:
    shutil.copy(HOSTILE, tmp_path / "hostile.md")
    shutil.copy(sorted(seeds.iterdir())[0], tmp_path / "seed.txt")
    out = tmp_path / "report.html"
    out.write_text(HtmlReporter().render(check([str(tmp_path)], dt.date(2027, 1, 15))),
                   "utf-8")
    opened = Opened(browser, out)
    try:
        page = opened.page
        for i in range(page.locator(".mark").count()):
            page.locator(".mark").nth(i).hover()
        page.select_option("#filter-verdict", "forecast")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert opened.dialogs == []
        assert set(opened.requests) == {opened.url}
        assert opened.errors == []
        assert "<script>window.__pwned" in (page.text_content("body") or "")
    finally:
        opened.close()


def test_screenshot(seed_page: Opened, tmp_path: Path) -> None:
    """The page renders to a non-trivial picture (docs/make_screenshot.py refreshes the
    README's copy)."""
    shot = tmp_path / "report.png"
    seed_page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_compact_report_filters_every_finding(browser: Any, tmp_path: Path) -> None:
    """A compact report (1,000 synthetic articles): the filter counts and hides the
    single-source list items as well as the table rows, and the page shows no error."""
    from synthetic import big_report

    report = big_report(articles=1000, outlets=60, scale=0.1)
    out = tmp_path / "big.html"
    out.write_text(HtmlReporter().render(report), "utf-8")
    opened = Opened(browser, out)
    try:
        page = opened.page
        total = len(report.findings)
        single = sum(f.verdict == "unverified" for f in report.findings)
        assert page.text_content("#filter-count") == f"{total} of {total} findings shown"
        page.select_option("#filter-verdict", "unverified")
        assert page.text_content("#filter-count") == f"{single} of {total} findings shown"
        assert page.eval_on_selector_all(
            "[data-finding]:not([hidden])", "els => els.every(e => e.tagName === 'LI')")
        assert opened.errors == []
        assert set(opened.requests) == {opened.url}
    finally:
        opened.close()


def test_source_filter_with_folders_in_ids(browser: Any, tmp_path: Path, seeds: Path) -> None:
    """Two files of one name get ids with their folders ('a/x.txt'): the filter still
    finds every finding of each."""
    import shutil as sh

    for folder, seed in zip(("a", "b"), sorted(seeds.iterdir())[:2], strict=True):
        (tmp_path / "in" / folder).mkdir(parents=True)
        sh.copy(seed, tmp_path / "in" / folder / "same.txt")
    for seed in sorted(seeds.iterdir())[2:]:
        sh.copy(seed, tmp_path / "in" / seed.name)
    report = check([str(tmp_path / "in")], dt.date(2026, 11, 23))
    out = tmp_path / "report.html"
    out.write_text(HtmlReporter().render(report), "utf-8")
    doc = json.loads(JsonReporter().render(report))
    opened = Opened(browser, out)
    try:
        for source in (s["id"] for s in doc["sources"] if "/" in s["id"]):
            opened.page.select_option("#filter-source", source)
            expected = sum(any(c["source"] == source for c in f["claims"])
                           for f in doc["findings"])
            assert expected > 0
            assert opened.page.text_content("#filter-count") == \
                f"{expected} of {len(doc['findings'])} findings shown"
    finally:
        opened.close()
