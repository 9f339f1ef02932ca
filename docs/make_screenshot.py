"""Refresh docs/report.png: the seed report in headless Chromium (the system's browser).

Run from the repository root: PYTHONPATH=src python docs/make_screenshot.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from factcheck.pipeline import check
from factcheck.report.html import HtmlReporter

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    html = HtmlReporter().render(check(["sources/"], dt.date(2026, 11, 23)))
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "report.html"
        page_file.write_text(html, "utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(page_file.as_uri())
            page.screenshot(path="docs/report.png")
            browser.close()


if __name__ == "__main__":
    main()
