"""schema.org ClaimReview JSON-LD: one review per finding with a verdict on its claim."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from factcheck.models import Finding, Report, Source
from factcheck.report.common import focus

#: verdict -> (ratingValue on 1..5, alternateName shown by search engines)
RATINGS: dict[str, tuple[int, str]] = {
    "refuted": (1, "False"),
    "contradicted": (2, "Contradicted by other sources"),
    "corroborated": (4, "Corroborated by independent sources"),
    "confirmed": (5, "True"),
}
DEFAULT_URL = "https://factcheck.invalid/report"
#: Characters escaped in the JSON so that it can sit inside a <script> element of a page
#: (no "</script>", no "<!--", no entity) and inside JavaScript source (no line breaks).
_SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                "\u2029": "\\u2029"}


def web_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address (javascript:, data: and the like never get
    into a review), else None."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url.strip()


def _citation(text: str) -> str | None:
    """A ledger citation: an http(s) address, or a reference in words ("Meta 10-K, p. 4");
    never an address of another scheme (javascript:, data:)."""
    from urllib.parse import urlsplit

    try:
        scheme = urlsplit(text.strip()).scheme
    except ValueError:
        return None
    if scheme:
        return web_url(text)
    return text.strip() or None


class ClaimReviewReporter:
    """A JSON array of ClaimReview objects with claimReviewed, reviewRating and url.

    `url` is the page that will host the reviews (`--review-url`); each review links to
    `url#<finding id>`.
    """

    name: ClassVar[str] = "claimreview"
    suffix: ClassVar[str] = "claimreview"

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url

    def _review(self, f: Finding, report: Report, sources: dict[str, Source]) -> dict[str, Any]:
        rating, name = RATINGS[f.verdict]
        here = focus(f, report) if f.verdict in {"refuted", "contradicted"} else f.claims[0]
        src = sources.get(here.path)
        appearance: dict[str, Any] = {"@type": "CreativeWork", "name": src.title if src and
                                      src.title else here.path}
        if src is not None and web_url(src.url):
            appearance["url"] = web_url(src.url)
        item: dict[str, Any] = {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": here.outlet},
            "appearance": appearance,
        }
        if src is not None and src.published:
            item["datePublished"] = src.published.isoformat()
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{web_url(self.url) or DEFAULT_URL}#{f.id}",
            "claimReviewed": here.text,
            "datePublished": report.as_of.isoformat(),
            "author": {"@type": "Organization", "name": report.tool.name},
            "reviewRating": {"@type": "Rating", "ratingValue": rating, "bestRating": 5,
                             "worstRating": 1, "alternateName": name},
            "itemReviewed": item,
            "reviewBody": f.explanation,
        }
        if f.ledger is not None and _citation(f.ledger.citation):
            review["citation"] = _citation(f.ledger.citation)
        return review

    def render(self, report: Report) -> str:
        sources = {s.path: s for s in report.sources}
        reviews = [self._review(f, report, sources) for f in report.findings
                   if f.verdict in RATINGS]
        text = json.dumps(reviews, indent=2, ensure_ascii=False)
        for raw, escaped in _SCRIPT_SAFE.items():
            text = text.replace(raw, escaped)
        return text + "\n"
