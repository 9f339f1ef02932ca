"""Size and render time of the HTML report for a synthetic drop of 10k articles.

Run from the repository root: PYTHONPATH=src:tests python benchmarks/html_size.py
"""

from __future__ import annotations

import time

from factcheck.report.html import HtmlReporter
from synthetic import big_report


def main() -> None:
    t = time.perf_counter()
    report = big_report()
    built = time.perf_counter() - t
    t = time.perf_counter()
    html = HtmlReporter().render(report)
    rendered = time.perf_counter() - t
    s = report.summary
    print("| articles | findings | claims | HTML size | build | render |\n"
          "|---|---|---|---|---|---|\n"
          f"| {s.sources} | {s.findings} | {s.claims} | {len(html.encode()) / 1e6:.1f} MB "
          f"| {built:.1f} s | {rendered:.1f} s |")


if __name__ == "__main__":
    main()
