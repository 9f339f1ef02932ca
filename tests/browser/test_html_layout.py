"""The HTML report's layout on a phone (390 px) and a desktop (1,400 px): nothing wider
than the viewport, the timeline's lane labels in view while it scrolls, contradiction
marks that stand out, and "≠" labels that cover no mark."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_html_browser import HOSTILE, Opened, browser  # noqa: F401  (fixture)

from factcheck.pipeline import check
from factcheck.report.html import HtmlReporter

Box = dict[str, float]


def _overlap(a: Box, b: Box, slack: float = 0.5) -> bool:
    return (a["left"] + slack < b["right"] and b["left"] + slack < a["right"]
            and a["top"] + slack < b["bottom"] and b["top"] + slack < a["bottom"])


def _boxes(page: Any, selector: str) -> list[Box]:
    boxes: list[Box] = page.eval_on_selector_all(selector, """els => els.map(e => {
        const r = e.getBoundingClientRect();
        return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                width: r.width, height: r.height};
    })""")
    return boxes


def _page_overflow(page: Any) -> int:
    over: int = page.evaluate(
        "document.scrollingElement.scrollWidth - window.innerWidth")
    return over


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> dict[str, Path]:
    """The seed report, and one of the seeds with the hostile article (long lines, tags)."""
    folder = tmp_path_factory.mktemp("layout")
    seed = folder / "seed.html"
    seed.write_text(HtmlReporter().render(check([str(seeds)], dt.date(2026, 11, 23))),
                    "utf-8")
    mixed = folder / "mixed"
    mixed.mkdir()
    for p in sorted(seeds.iterdir()):
        shutil.copy(p, mixed / p.name)
    shutil.copy(HOSTILE, mixed / "a-very-long-file-name-without-any-break-in-it-at-all.md")
    hostile = folder / "mixed.html"
    hostile.write_text(HtmlReporter().render(check([str(mixed)], dt.date(2027, 1, 15))),
                       "utf-8")
    return {"seed": seed, "mixed": hostile}


def _open(browser: Any, path: Path, width: int) -> Opened:  # noqa: F811
    opened = Opened(browser, path)
    opened.page.set_viewport_size({"width": width, "height": 900})
    return opened


@pytest.fixture(params=[390, 1400], ids=["phone", "desktop"])
def width(request: pytest.FixtureRequest) -> int:
    w: int = request.param
    return w


@pytest.fixture(params=["seed", "mixed"])
def opened(request: pytest.FixtureRequest, browser: Any,  # noqa: F811
           reports: dict[str, Path], width: int) -> Iterator[Opened]:
    page = _open(browser, reports[request.param], width)
    yield page
    page.close()


def test_page_is_no_wider_than_the_viewport(opened: Opened, width: int) -> None:
    page = opened.page
    assert _page_overflow(page) <= 0
    # the evidence column is on screen, not pushed off to the right
    (evidence,) = _boxes(page, "#verdicts > table.findings tr[data-finding] td.evidence")[:1]
    assert evidence["width"] > 100 and evidence["right"] <= width
    # so are the source table's cells, however long the file names
    for cell in _boxes(page, "#sources td"):
        assert cell["right"] <= width + 0.5
    # a tooltip opened at the right edge stays inside too
    marks = page.locator(".mark")
    marks.nth(marks.count() - 1).focus()
    tip = _boxes(page, "#tip")[0]
    assert tip["right"] <= width and tip["left"] >= 0
    assert _page_overflow(page) <= 0


def test_timeline_fits_a_desktop_screen(browser: Any, reports: dict[str, Path]) -> None:  # noqa: F811
    opened = _open(browser, reports["seed"], 1400)
    try:
        over = opened.page.evaluate(
            "(() => { const c = document.querySelector('.chart');"
            " return c.scrollWidth - c.clientWidth; })()")
        assert over <= 0
    finally:
        opened.close()


def test_lane_labels_stay_visible_while_the_timeline_scrolls(
        browser: Any, reports: dict[str, Path]) -> None:  # noqa: F811
    opened = _open(browser, reports["seed"], 390)
    try:
        page = opened.page
        chart = _boxes(page, ".chart")[0]
        assert page.evaluate("(() => { const c = document.querySelector('.chart');"
                             " return c.scrollWidth > c.clientWidth; })()")
        before = _boxes(page, ".lane-label")
        page.evaluate("document.querySelector('.chart').scrollLeft = 100000")
        after = _boxes(page, ".lane-label")
        assert after and [b["left"] for b in after] == [b["left"] for b in before]
        for b in after:
            assert b["left"] >= chart["left"] and b["right"] <= chart["right"]
        # the labels column takes less than half a phone's width
        assert _boxes(page, ".lanes")[0]["width"] <= 390 / 2
        # and the marks scroll under it, never over it (the column is opaque, on top)
        lanes = _boxes(page, ".lanes")[0]
        hidden = page.evaluate("""(() => {
            const l = document.querySelector('.lanes').getBoundingClientRect();
            return [...document.querySelectorAll('.mark')].filter(m => {
                const r = m.getBoundingClientRect();
                if (r.right <= l.left || r.left >= l.right) return false;
                const x = Math.max(r.left, l.left) + 1, y = (r.top + r.bottom) / 2;
                return y > l.top && y < l.bottom && m.contains(document.elementFromPoint(x, y));
            }).length; })()""")
        assert lanes["width"] > 0 and hidden == 0
    finally:
        opened.close()


def test_contradiction_marks_stand_out_and_no_label_covers_a_mark(opened: Opened) -> None:
    page = opened.page
    glyph = "use"
    big = _boxes(page, f".mark[data-verdict='contradicted'] {glyph}")
    small = _boxes(page, f".mark[data-verdict='unverified'] {glyph}")
    assert big and small
    assert min(b["width"] for b in big) >= 1.3 * max(s["width"] for s in small)
    marks = _boxes(page, ".mark")
    labels = _boxes(page, ".ne")
    assert labels
    for label in labels:
        assert label["width"] > 0
        for mark in marks:
            assert not _overlap(label, mark), (label, mark)
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _overlap(a, b)
    lane_labels = _boxes(page, ".lane-label, .lane-files")
    for i, a in enumerate(lane_labels):
        for b in lane_labels[i + 1:]:
            assert not _overlap(a, b), (a, b)


@pytest.fixture(scope="module")
def compact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from synthetic import big_report

    out = tmp_path_factory.mktemp("compact") / "big.html"
    out.write_text(HtmlReporter().render(big_report(articles=1000, outlets=60, scale=0.1)),
                   "utf-8")
    return out


def test_compact_report_fits_and_keeps_labels_clear(browser: Any, compact: Path,  # noqa: F811
                                                    width: int) -> None:
    """A compact report (1,000 synthetic articles, 100 contradictions on the chart)."""
    opened = _open(browser, compact, width)
    try:
        page = opened.page
        assert _page_overflow(page) <= 0
        marks = _boxes(page, ".mark")
        labels = _boxes(page, ".ne")
        assert len(labels) == 100
        for label in labels:
            assert not any(_overlap(label, m) for m in marks), label
    finally:
        opened.close()
