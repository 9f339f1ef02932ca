"""Peer baseline: what a practitioner writes without factcheck.

Read every file, split it into sentences, and compare all pairs of sentences with rapidfuzz
(process.cdist, the fast way to do all pairs); two similar sentences (token_set_ratio >= 85)
that share a number but state different dates are a contradiction. Prints the number of
contradicting sentence pairs, collapsed to distinct (sentence, sentence) wordings.

    python benchmarks/baseline.py DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

SENT = re.compile(r"(?<=[.!?])\s+|\n+")
NUM = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b|\b(?:January|February|March|April|May|June|July"
                  r"|August|September|October|November|December)(?: \d{1,2},)? \d{4}\b")


def sentences(root: Path) -> list[str]:
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in {".txt", ".md", ".html"}:
            lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
            # a timeline gives the date on one line and the event on the next: join them
            for a, b in zip(lines, [*lines[1:], ""], strict=True):
                if DATE.fullmatch(a.strip()):
                    out.append(f"{a.strip()}: {b.strip()}")
            out.extend(s.strip() for s in SENT.split("\n".join(lines)) if len(s.split()) >= 4)
    return out


def main(root: str) -> int:
    sents = [s for s in dict.fromkeys(sentences(Path(root))) if DATE.search(s)]
    dates = [frozenset(DATE.findall(s)) for s in sents]
    nums = [frozenset(NUM.findall(DATE.sub("", s))) for s in sents]
    found = 0
    block = 2000
    for start in range(0, len(sents), block):
        scores = process.cdist(sents[start:start + block], sents, scorer=fuzz.token_set_ratio,
                               score_cutoff=85, workers=-1, dtype=np.uint8)
        for i, j in zip(*np.nonzero(scores), strict=True):
            a = start + int(i)
            b = int(j)
            if a < b and nums[a] & nums[b] and not dates[a] & dates[b]:
                found += 1
    print(found)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
