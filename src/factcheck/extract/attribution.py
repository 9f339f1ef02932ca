"""Who states a claim, and on what basis: reported, the company's outlook, or an estimate."""

from __future__ import annotations

import re
from typing import Literal

Basis = Literal["actual", "outlook", "estimate"]

_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,4}"
_GROUPS = (r"analysts?|economists?|investors?|executives?|people familiar with [\w ]{3,40}"
           r"|sources?(?: familiar with [\w ]{3,40})?|officials?|insiders?|the company")
_ACCORDING = re.compile(rf"\baccording to (?:an? |the )?({_NAME}|{_GROUPS})")
_SAID_BY = re.compile(
    rf"\b((?:{_GROUPS})|{_NAME})\s+(?:said|says|say|estimated?|estimates|expects?|expected"
    rf"|forecasts?|projects?|predicts?|told|reported|reports|wrote|noted|believes?|believe"
    rf"|guided|anticipates?)\b",
)
_SAID_AFTER = re.compile(rf"[,;]\s*(?:said|says|according to)\s+({_NAME}|{_GROUPS})")
_REPORTED_BY = re.compile(rf"\b(?:first |originally )?reported (?:earlier )?by ({_NAME})")
# words that start a sentence but never name who speaks
_NOT_NAMES = frozenset(
    """The This That These Those It Its In On At For But And However Meanwhile Last Next
    Shares Stock Revenue Sales It's He She They We I A An As If When While After Before
    Still Yet Also Earlier Later Separately""".split()
)
_ESTIMATE = re.compile(
    r"\b(?:analysts?|analysts'|consensus|estimates?|estimated|expectations|economists?"
    r"|brokerage|wall street|"
    r"projections? by|according to (?:data|estimates))\b",
    re.IGNORECASE,
)
_OUTLOOK = re.compile(
    r"\b(?:expects?|expected|plans?|planned|planning|anticipates?|forecasts?|projects?"
    r"|projected|guid(?:ed|ance|es|ing)|outlook|targets?|aims? to|intends? to|sees|will|would"
    r"|is set to|are set to|is on track|budgeted|earmark(?:ed|s)?|commit(?:ted|s) to"
    r"|in talks to|in talks with|seeks? to|seeking|looking to|aims? for|poised to|proposed)\b",
    re.IGNORECASE,
)


#: Each pattern of `attribution`, with words one of which any text it matches holds (the
#: patterns are case-sensitive): a sentence holding none is not searched.
_CREDITS = (
    (_ACCORDING, ("according to ",)),
    (_SAID_AFTER, ("said", "says", "according to")),
    (_REPORTED_BY, ("reported ",)),
    (_SAID_BY, ("said", "say", "estimate", "expect", "forecast", "project", "predict", "told",
                "report", "wrote", "noted", "believe", "guided", "anticipate")),
)


def attribution(sentence: str) -> str | None:
    """The person, group or organisation the sentence credits, if it credits one."""
    for regex, words in _CREDITS:
        if not any(w in sentence for w in words):
            continue
        m = regex.search(sentence)
        if m:
            who = m.group(1).strip(" ,.")
            if who.startswith("The ") and who[4:5].isupper():
                who = who[4:]  # "The Chamber of Industry estimated": the Chamber
            first = who.split()[0] if who.split() else ""
            if first in _NOT_NAMES:
                continue
            return who
    return None


# "ahead of analysts' estimates" compares an actual with an estimate: it is no estimate
_COMPARED = re.compile(
    r"\b(?:ahead of|above|below|beat|beating|beats|topped|topping|missed|missing|exceeded"
    r"|exceeding|in line with|short of|compared with|compared to|versus|vs\.?)"
    r"[^.;]{0,40}?\b(?:estimates?|expectations?|forecasts?|consensus|projections?)\b",
    re.IGNORECASE,
)


# the figure is the estimate itself: "above expectations of around 438,019", "a consensus
# of $40.3 billion"
_ESTIMATE_OF = re.compile(
    r"\b(?:estimates?|expectations?|consensus|forecasts?|projections?)"
    r"(?:\s+(?:estimate|forecast|figure))?\s+(?:of|at|for)\s+[^\d$€£¥]{0,24}$",
    re.IGNORECASE,
)


def basis(sentence: str, who: str | None, own: str | None = None,
          before: str = "") -> Basis:
    """estimate (third parties), outlook (a plan or guidance) or actual (reported).

    `own` is the figure's own clause: a figure in "…, beating analysts' expectations of
    $40.3 billion" is the estimate, whatever the rest of the sentence reports; `before` is
    the text just before the figure ("expectations of around").
    """
    if _ESTIMATE_OF.search(before[-60:]):
        return "estimate"
    if own is not None and own != sentence and _ESTIMATE.search(own):
        return "estimate"
    sentence = _COMPARED.sub(" ", sentence)
    if _ESTIMATE.search(sentence) or (who and who.lower().startswith(("analyst", "economist"))):
        return "estimate"
    if _OUTLOOK.search(sentence):
        return "outlook"
    return "actual"
