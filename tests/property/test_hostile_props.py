"""Property tests: random bytes and mutated seed articles never break load or extract.

Every input must come back as an Article (a bad one with a one-line warning), extraction
must not raise, no "internal error" may be reported, and a good file read in the same run
must still yield exactly its own claims.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.load import iter_articles, load_one
from factcheck.load.discover import Found
from factcheck.models import Article, Claim

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "sources").glob("*.txt"))
SETTINGS = settings(deadline=None, max_examples=40,
                    suppress_health_check=[HealthCheck.too_slow])


def _claims_key(claims: list[Claim]) -> list[tuple[str, int, str, str]]:
    return [(c.kind, c.line, c.text, c.value) for c in claims]


@functools.cache
def _baseline(seed: Path) -> list[tuple[str, int, str, str]]:
    return _claims_key(extract(load_one(str(seed), seed.name)))


def _check_article(article: Article) -> list[Claim]:
    src = article.source
    assert all("\n" not in w and w for w in src.warnings), src.warnings
    assert not any("internal error" in w for w in src.warnings), src.warnings
    assert src.path.isprintable()
    if src.format is None:
        assert src.warnings, "an unreadable file always says why"
    claims = extract(article)
    for c in claims:
        assert c.line >= 1 and c.text
    return claims


def _run_with_good_file(bad: bytes, seed: Path) -> None:
    """Read a good seed and the bad bytes in one run: the seed's claims are unchanged."""
    with tempfile.TemporaryDirectory() as tmp:
        good = Path(tmp) / "good.txt"
        good.write_bytes(seed.read_bytes())
        other = Path(tmp) / "other.txt"
        other.write_bytes(bad)
        articles = {Path(a.source.path).name: a
                    for a in iter_articles([Found(str(good)), Found(str(other))])}
        claims = _check_article(articles["other.txt"])
        assert claims is not None
        if articles["good.txt"].source.duplicate_of is None:
            assert _claims_key(_check_article(articles["good.txt"])) == _baseline(seed)


@SETTINGS
@given(data=st.binary(max_size=4096), seed=st.sampled_from(SEEDS))
def test_random_bytes_never_break_a_run(data: bytes, seed: Path) -> None:
    _run_with_good_file(data, seed)


@st.composite
def mutated_seed(draw: st.DrawFn) -> tuple[bytes, Path]:
    """A seed article after a few scraper accidents: cuts, repeats, swaps, noise."""
    seed = draw(st.sampled_from(SEEDS))
    data = bytearray(seed.read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        n = len(data)
        if n == 0:
            break
        op = draw(st.sampled_from(["truncate", "delete", "repeat", "swap", "insert", "flip",
                                   "reencode"]))
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 2000)))
        if op == "truncate":  # a page cut anywhere, mid-section or mid-character
            del data[i:]
        elif op == "delete":
            del data[i:j]
        elif op == "repeat":  # a section repeated
            data[j:j] = data[i:j] * draw(st.integers(1, 3))
        elif op == "swap":  # sections out of order
            k = draw(st.integers(j, n))
            data[i:k] = data[j:k] + data[i:j]
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=64))
        elif op == "flip":
            for pos in draw(st.lists(st.integers(0, n - 1), max_size=8)):
                data[pos] = draw(st.integers(0, 255))
        else:  # part of the file saved again in another encoding
            text = bytes(data[i:j]).decode("utf-8", "replace")
            codec = draw(st.sampled_from(["cp1252", "utf-16", "gb18030", "shift_jis"]))
            data[i:j] = text.encode(codec, "replace")
    return bytes(data), seed


@SETTINGS
@given(case=mutated_seed())
def test_mutated_seeds_never_break_a_run(case: tuple[bytes, Path]) -> None:
    data, seed = case
    _run_with_good_file(data, seed)


@SETTINGS
@given(
    lines=st.lists(
        st.one_of(
            st.sampled_from([
                "TL;DR", "Key Takeaways", "Timeline", "Competitor Analysis", "Feature",
                "FeatureMeta (AI)Google (TPU)AWS (Trainium)", "| a | b |", "|---|---|",
                "Read original on", "Future Implications", "---", "title: [", "2025-02",
                "Q4 2026", "Meta will ship MTIA v3 by Q4 2026.", "• • •", "▸ show",
                "Hardware FocusH100GPUs", "\t\t", "$", "350k", "up to 400W+",
            ]),
            st.text(max_size=80),
        ),
        max_size=40,
    )
)
def test_shuffled_page_parts_never_break_extraction(lines: list[str]) -> None:
    """Headings, tables and chrome in any order, cut anywhere, with ragged rows."""
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.md"
        path.write_bytes(data)
        _check_article(load_one(str(path), "page.md"))
