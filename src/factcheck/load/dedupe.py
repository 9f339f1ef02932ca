"""Near-identical articles: one origin however many sites carry the text.

A MinHash signature of each article's word 5-grams, banded for locality-sensitive
hashing, finds candidate pairs without comparing all pairs; a pair whose signatures agree
on at least `THRESHOLD` of their slots is one text (syndicated, lightly edited or copied).
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

from factcheck.models import Claim, Source

SLOTS = 32
BANDS = 16  # 2 rows a band: pairs with Jaccard ≈ 0.8 almost always meet in one band
THRESHOLD = 0.75
MIN_WORDS = 40
_PRIME = (1 << 61) - 1
_A = [(0x9E3779B97F4A7C15 * (i + 1)) % _PRIME or 1 for i in range(SLOTS)]
_B = [(0xC2B2AE3D27D4EB4F * (i + 7)) % _PRIME for i in range(SLOTS)]
_WORD = re.compile(r"[a-z0-9]+")


def signature(text: str) -> tuple[int, ...]:
    """MinHash of the text's word 5-grams; () for texts too short to judge."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return ()
    shingles = {zlib.crc32(" ".join(words[i : i + 5]).encode()) for i in range(len(words) - 4)}
    return tuple(min((a * h + b) % _PRIME for h in shingles) for a, b in zip(_A, _B, strict=True))


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def clusters(signatures: Sequence[Sequence[int]]) -> list[list[int]]:
    """Groups (indices, two or more) of near-identical texts."""
    parent = list(range(len(signatures)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows = SLOTS // BANDS
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for i, sig in enumerate(signatures):
        if sig:
            for band in range(BANDS):
                buckets[(band, tuple(sig[band * rows : (band + 1) * rows]))].append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in checked:
                    continue
                checked.add((i, j))
                if similarity(signatures[i], signatures[j]) >= THRESHOLD:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(signatures)):
        groups[find(i)].append(i)
    return [g for g in groups.values() if len(g) > 1]


def _origin(src: Source) -> str:
    return src.origin or src.outlet or src.id


def origin_remap(sources: Sequence[Source],
                 signatures: Sequence[Sequence[int]]) -> dict[int, tuple[str, str]]:
    """index → (old origin, new origin) for sources that near-duplicate another.

    Near-identical texts are one origin: the wire service a copy credits if any, else the
    earliest published, else the first by path.
    """
    def rank(i: int) -> tuple[int, str, str]:
        src = sources[i]
        return (0 if src.origin else 1, (src.published or dt.date.max).isoformat(), src.path)

    out: dict[int, tuple[str, str]] = {}
    for group in clusters(signatures):
        origin = _origin(sources[min(group, key=rank)])
        for i in group:
            old = _origin(sources[i])
            if old != origin:
                out[i] = (old, origin)
    return out


def reorigin(claims: list[Claim], old: str, new: str) -> list[Claim]:
    """The claims with the origin `old` (their source's) moved to `new`."""
    return [c.model_copy(update={"origin": new}) if c.origin == old else c for c in claims]
