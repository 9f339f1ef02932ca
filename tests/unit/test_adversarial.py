"""Parsers on hostile strings finish under a time bound (no catastrophic backtracking).

Each parser gets long runs of the characters its patterns repeat (spaces, symbols, digits,
punctuation, separators) in a string of 8,000 characters. A pattern that retries at every
position of a run is quadratic: 8,000 characters then take seconds per string, not milliseconds. The
bound is generous (5 s of process CPU time per parser, for all strings together).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from factcheck.extract.dates import deadline, find_dates, parse_date
from factcheck.extract.figures import find_figures, parse_quantity
from factcheck.extract.tables import parse_table, split_row
from factcheck.extract.text import MAX_SENTENCE, clean, content_words, sentences
from factcheck.gazetteer import load_gazetteer
from factcheck.lexicon import load_lexicon
from factcheck.load.structure import (
    detect_format,
    find_outlet,
    find_published,
    heading,
    is_chrome,
    shape,
    strip_symbols,
)

SIZE = 8_000
BOUND = 5.0  # seconds of CPU time, per parser

UNITS = [
    " ", "\t", "\u00a0", ",", ", ", ".", ". ", "!", "-", "(", ")", "|", "| ", "#", "•", "🙂",
    "a", "A", "aB", "1", "1 ", "1,", "1.", "1-", "$1", "1k ", "1%", "Q1 ", "2024 ", "May ",
    "U.S. ", "A. ", "v1 ", "MTIA v", "H100 ", "Nvidia ", "PyTorch", "▸ ", "the end of ",
    "up to ", "between 1 and ", "read original on ", "published ", "à¸", "Ã©",
]


def _strings() -> list[str]:
    out = []
    for unit in UNITS:
        run = unit * (SIZE // len(unit))
        out.append("a" + run + "a!")  # a run inside text, with a word after it
    return out


GAZ = load_gazetteer()
LEX = load_lexicon()

PARSERS: dict[str, Callable[[str], object]] = {
    "dates.find_dates": find_dates,
    "dates.parse_date": parse_date,
    "dates.deadline": deadline,
    "figures.find_figures": find_figures,
    "figures.parse_quantity": parse_quantity,
    "text.sentences": lambda s: list(sentences(s)),
    "text.clean": clean,
    "text.content_words": content_words,
    "structure.strip_symbols": strip_symbols,
    "structure.is_chrome": is_chrome,
    "structure.heading": heading,
    "structure.find_outlet": lambda s: find_outlet([s]),
    "structure.find_published": lambda s: find_published([s, "Published" + s + "x"]),
    "structure.detect_format": lambda s: detect_format([s], ".txt"),
    "structure.shape": lambda s: shape(["Title", s, s[:100]]),
    "gazetteer.find": GAZ.find,
    "lexicon.metric_near": lambda s: LEX.metric_near(s, len(s) // 2, len(s) // 2 + 1, "count"),
    "lexicon.slot": LEX.slot,
    "tables.split_row": lambda s: split_row(s, 4, GAZ.protected_words()),
    "tables.parse_table": lambda s: parse_table(
        [(1, "FeatureMeta (A)Google (B)AWS (C)"), (2, s), (3, s[:3500])], GAZ),
}


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_parser_is_fast_on_hostile_strings(name: str) -> None:
    parse = PARSERS[name]
    start = time.process_time()
    for text in _strings():
        parse(text)
    spent = time.process_time() - start
    assert spent < BOUND, f"{name}: {spent:.1f} s of CPU on {len(UNITS)} strings"


def test_a_sentence_never_outgrows_the_cap() -> None:
    text = ("word " * 5000) + "End. " + ("x" * 5000)
    pieces = list(sentences(text))
    assert all(len(p) <= MAX_SENTENCE for _, p in pieces)
    assert "".join(p for _, p in pieces).replace(" ", "") == text.replace(" ", "")
    assert all(text[o : o + len(p)] == p for o, p in pieces)
