"""Look-alike letters folded to Latin inside Latin words ("fligҺt" → "flight").

The table is package data (`data/confusables.yaml`). Only words that mix Latin letters
with look-alikes change, so text in Cyrillic or Greek stays as written. "ƙ" (Latin k with
hook, used the same way) is folded too.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.yamlio import packaged

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")


@cache
def _table() -> dict[int, str]:
    data = packaged("confusables.yaml")
    return {ord(str(k)): str(v) for k, v in data["letters"].items()}


@cache
def _any_look_alike() -> re.Pattern[str]:
    """Any letter of the table (one pass over a text instead of a lookup per character)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_table())) + "]")


def fold_confusables(text: str) -> tuple[str, int]:
    """The text with look-alike letters in Latin words replaced, and how many words."""
    table = _table()
    if text.isascii() or not table or _any_look_alike().search(text) is None:
        return text, 0
    changed = 0

    def fold(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        if not _LATIN.search(word):
            return word
        out = word.translate(table)
        changed += out != word
        return out

    return _WORD.sub(fold, text), changed
