"""Timeline geometry without a browser: contradiction marks stand out, "≠" labels cover no
mark, and the chart fits a 1,400-px screen next to its labels' column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.pipeline import check
from factcheck.report.timeline import (
    GLYPH,
    GLYPH_CONTRA,
    LABEL_WIDTH,
    _hits,
    _ne_box,
    layout,
)
from synthetic import big_report

SOURCES = Path(__file__).resolve().parent.parent.parent / "sources"


@pytest.mark.parametrize(("articles", "scale"), [(300, 0.02), (1000, 0.1)])
def test_no_label_covers_a_mark_even_when_crowded(articles: int, scale: float) -> None:
    tl = layout(big_report(articles=articles, outlets=max(10, articles // 20), scale=scale),
                2500)
    labels = [c.label for c in tl.connectors if c.verdict == "contradicted"]
    assert labels and all(label is not None for label in labels)
    boxes = [_ne_box(*label) for label in labels if label is not None]
    for box in boxes:
        assert not any(_hits(box, m.box) for m in tl.marks)
        assert box[1] >= 34 and box[3] <= tl.height  # below the axis, inside the chart
    assert len({b for b in boxes}) == len(boxes)


def test_seed_timeline_fits_a_desktop_screen_and_contradictions_stand_out() -> None:
    tl = layout(check([str(SOURCES)], dt.date(2026, 11, 23)))
    # body 1,400 px less its padding (2 × 24) and the chart's border (2)
    assert LABEL_WIDTH + tl.width <= 1400 - 48 - 2
    sizes = {m.verdict: m.size for m in tl.marks}
    assert sizes["contradicted"] == GLYPH_CONTRA > GLYPH == sizes["unverified"]
    for c in tl.connectors:
        if c.verdict == "contradicted":
            assert c.label is not None
            assert not any(_hits(_ne_box(*c.label), m.box) for m in tl.marks)
