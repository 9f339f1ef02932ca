"""Stable ids: hashes of normalised content, independent of paths, lines and file order.

A finding's id must survive what CI does to a corpus between runs: files added, renamed
or reordered, lines moved, and, for a contradiction, another source joining one side.
So the id never hashes a path, a line or a source id, and a contradiction's id hashes
what is in conflict (kind, blocking key, the distinct values) rather than the wording of
whichever claim sorts first, which a joining source could change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from factcheck.extract.text import normalise

#: Version of the id scheme: what finding ids and claim fingerprints hash, and the
#: normaliser (stemmer, stop and synonym lists) they hash it through. Bump it with any
#: change that gives a finding another id; baselines record it, and
#: `factcheck baseline --update` carries accepted entries over to the new ids by their
#: quotes (:func:`quote_fingerprint`), which do not depend on it.
SCHEME = 1

if TYPE_CHECKING:
    from factcheck.models import Claim


class _Claimish(Protocol):
    """What an id needs of a claim (a Claim; Evidence has no key)."""

    @property
    def key(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def entities(self) -> tuple[str, ...]: ...


def _hash(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def wording(c: _Claimish) -> str:
    """The claim's normalised subject (its value when it has no subject)."""
    return normalise(c.subject) or c.value


def claim_fingerprint(kind: str, text: str, value: str) -> str:
    """A claim's content hash: same wording and value anywhere gives the same fingerprint."""
    return _hash(["claim", kind, normalise(text), value])


def quote_fingerprint(text: str) -> str:
    """A claim's quoted text hashed with nothing but its spacing and case folded: the same
    under every id scheme and normaliser, so an accepted claim is found again after an
    upgrade."""
    folded = " ".join(text.split()).casefold()
    return hashlib.sha256(f"quote\x1f{folded}".encode()).hexdigest()[:16]


def finding_id(kind: str, claims: Sequence[_Claimish], verdict: str = "") -> str:
    """Stable id of the finding grouping `claims`.

    A contradiction hashes what is in conflict: kind, blocking keys, the products every
    claim names and the distinct values, so a source that joins one side (same value,
    other wording) keeps the id; a new conflicting value makes a new finding. Other
    findings hash kind, keys and the smallest normalised wording. Collisions are
    resolved by :func:`unique_ids`.
    """
    keys = sorted({c.key for c in claims})
    if verdict == "contradicted":
        values = sorted({c.value for c in claims})
        shared = set.intersection(*(set(c.entities) for c in claims)) if claims else set()
        return _hash([kind, "conflict", *keys, "\x1e", *sorted(shared), "\x1e", *values])
    words = sorted({wording(c) for c in claims})
    return _hash([kind, *keys, words[0] if words else ""])


def disambiguate(base: str, claims: Sequence[_Claimish]) -> str:
    """A second-level id for findings whose base ids collide: adds the smallest wording."""
    words = sorted({wording(c) for c in claims})
    return _hash([base, words[0] if words else ""])


def unique_ids(items: Sequence[tuple[str, Sequence[_Claimish]]]) -> list[str]:
    """Ids for (base id, claims) pairs, unique within the run and independent of order.

    Colliding base ids get the smallest wording hashed in; any that still collide get a
    suffix in the order of their sorted claim fingerprints (content, not paths).
    """
    counts: dict[str, int] = {}
    for base, _ in items:
        counts[base] = counts.get(base, 0) + 1
    first = [base if counts[base] == 1 else disambiguate(base, cl) for base, cl in items]
    again: dict[str, list[int]] = {}
    for i, fid in enumerate(first):
        again.setdefault(fid, []).append(i)
    out = list(first)
    for fid, idx in again.items():
        if len(idx) < 2:
            continue
        order = sorted(idx, key=lambda i: sorted(
            _hash([wording(c), c.value, normalise(c.text)]) for c in items[i][1]))
        for n, i in enumerate(order):
            out[i] = fid if n == 0 else f"{fid}-{n}"
    return out


def content_order(claim: Claim) -> tuple[str, str, str, str, int, str, str, str]:
    """Sort key that puts claims in an order their content decides, not their file names:
    matching sees claims in this order, so renaming or reordering files never changes
    which claims are grouped (the source id only breaks ties between identical claims)."""
    return (claim.kind, claim.key, claim.text, claim.value, claim.line, claim.outlet,
            claim.origin, claim.source)
