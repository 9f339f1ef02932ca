"""Sizes as people write them: 20971520, 512k, 20M, 1G (binary multiples: 1k = 1024)."""

from __future__ import annotations

import re

_SIZE = re.compile(r"(?i)\s*(\d+)\s*([kmg]?)(?:i?b)?\s*")


def parse_size(value: str | int) -> int:
    """Bytes for an int or a string with an optional k, M or G suffix (kB, KiB, MB, … too);
    ValueError for anything else, zero or negative included."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a size")
    if isinstance(value, int):
        n = value
    else:
        m = _SIZE.fullmatch(value)
        if m is None:
            raise ValueError(f"{value!r} is not a size (bytes, or with k, M or G: 512k, 20M)")
        n = int(m.group(1)) * 1024 ** " kmg".index(m.group(2).lower() or " ")
    if n < 1:
        raise ValueError(f"{value!r} is not a positive size")
    return n
