"""Near-identical articles: one origin however many sites carry the text.

Each article keeps a bottom-k sketch of its word 5-grams (the k smallest shingle hashes,
taken in C by heapq). Candidate pairs come from an inverted index of sketch values, so
no step compares all pairs; a pair whose sketches estimate a Jaccard similarity of at
least `THRESHOLD` is one text (syndicated, lightly edited or copied).
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from factcheck.models import Claim, Source

SLOTS = 24
THRESHOLD = 0.75
MIN_WORDS = 40
#: How many of the smallest hashes bucket a text, and how many groups a bucket tracks.
KEYS = 4
LEADERS = 32
_WORD = re.compile(r"[a-z0-9]+")
_WORD_BYTES = re.compile(rb"[a-z0-9]+")


def signature(text: str) -> tuple[int, ...]:
    """Bottom-k sketch of the text's word 5-grams; () for texts too short to judge."""
    # the words as UTF-8 bytes (ASCII runs: the same runs in the bytes as in the text)
    words = _WORD_BYTES.findall(text.lower().encode("utf-8", "surrogatepass"))
    if len(words) < MIN_WORDS:
        return ()
    joined = map(b" ".join, zip(words, words[1:], words[2:], words[3:], words[4:], strict=False))
    hashes = set(map(zlib.crc32, joined))
    return tuple(heapq.nsmallest(SLOTS, hashes))


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two bottom-k sketches."""
    if not a or not b:
        return 0.0
    return _similarity(a, b, set(a), set(b))


def _similarity(a: Sequence[int], b: Sequence[int], sa: AbstractSet[int],
                sb: AbstractSet[int]) -> float:
    """similarity(a, b), given the sketches as sets too (non-empty sketches)."""
    union = sorted(sa | sb)[: min(len(a), len(b))]
    return sum(1 for h in union if h in sa and h in sb) / len(union)


def clusters(signatures: Sequence[Sequence[int]]) -> list[list[int]]:
    """Groups (indices, two or more) of near-identical texts.

    Texts are bucketed by each of their few smallest shingle hashes (near-identical texts
    share them); inside a bucket each text is compared with the bucket's first texts of
    each group found so far (at most `LEADERS`), so the cost stays linear in the corpus.
    """
    parent = list(range(len(signatures)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    made: dict[int, frozenset[int]] = {}

    def set_of(i: int) -> frozenset[int]:
        got = made.get(i)
        if got is None:
            got = made[i] = frozenset(signatures[i])
        return got

    need = max(2, SLOTS // 3)  # near-identical texts share many of their smallest hashes
    for slot in range(KEYS):
        buckets: dict[int, list[int]] = defaultdict(list)
        for i, sig in enumerate(signatures):
            if len(sig) > slot:
                buckets[sig[slot]].append(i)
        for members in buckets.values():
            if len(members) < 2:
                continue  # a text alone in its bucket meets no other there
            sets = {i: set_of(i) for i in members}
            leaders: list[int] = []
            for i in members:
                ri, si, sig_i = find(i), sets[i], signatures[i]
                for lead in leaders:
                    rl = find(lead)
                    # the similarity is at most the shared hashes over the shorter sketch
                    if rl == ri or (
                            (common := len(sets[lead] & si)) >= need
                            and common / min(len(signatures[lead]), len(sig_i)) >= THRESHOLD
                            and _similarity(signatures[lead], sig_i, sets[lead], si)
                            >= THRESHOLD):
                        parent[max(ri, rl)] = min(ri, rl)
                        break
                else:
                    if len(leaders) < LEADERS:
                        leaders.append(i)
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
    earliest published, else the first outlet by name (then by content; never by path,
    so that renaming files never moves a text to another origin).
    """
    def rank(i: int) -> tuple[int, str, str, str, str]:
        src = sources[i]
        return (0 if src.origin else 1, (src.published or dt.date.max).isoformat(),
                _origin(src), src.sha256, src.path)

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
