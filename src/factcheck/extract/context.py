"""What every extractor shares: the source at hand and the fields every claim carries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar, cast

from pydantic import BaseModel

from factcheck.gazetteer import Gazetteer, Mention
from factcheck.lexicon import Lexicon
from factcheck.models import Line, Provenance, Section, every_field_set

_M = TypeVar("_M", bound=BaseModel)


def built(model: type[_M], **fields: object) -> _M:
    """`model(**fields)`, validated alike, built by pydantic's validator called on the
    dict: cheaper than the model's own __init__ (as `load.structure` builds lines), its
    fields counted as set in one set its class shares (see models.every_field_set)."""
    return every_field_set(cast(_M, model.__pydantic_validator__.validate_python(fields)))


@dataclass(frozen=True, slots=True)
class Context:
    """What every extractor needs about the source at hand."""

    source: str
    path: str
    outlet: str
    origin: str
    published: dt.date | None
    primary: str  # the company the article is about: figures naming no one are about it
    topic: tuple[str, ...]  # the names the article speaks of most
    gaz: Gazetteer
    lex: Lexicon
    title: str = ""
    # the page's date is the day its own wire dateline gives ("VELLANBURG, Nov 19
    # (Norland Business Wire) - "): weekdays read against it are the story's own
    dateline: bool = False
    # the words the article writes in lower case: a sentence's capitalised first word
    # among them is no name ("Exports fell 2%" on a page that speaks of exports)
    lower: frozenset[str] = frozenset()


def claim_fields(ctx: Context, line: Line, text: str, section: Section,
                 provenance: Provenance, value: str, subject: str, mentions: list[Mention],
                 key: str, who: str | None = None) -> dict[str, object]:
    """The fields every claim carries (ClaimBase), for one claim of this source."""
    outlet = ctx.gaz.outlet(who) if who else None
    return {
        "origin": outlet or ctx.origin,
        "attribution": who,
        "source": ctx.source,
        "path": ctx.path,
        "line": line.number,
        "text": text,
        "value": value,
        "section": section.role,
        "provenance": provenance,
        "outlet": ctx.outlet,
        "subject": subject,
        "entities": tuple(dict.fromkeys(m.name for m in mentions if m.kind != "company")),
        "key": key,
    }


def product_mentions(mentions: list[Mention]) -> list[Mention]:
    """Mentions of products (not companies, not indexes)."""
    return [m for m in mentions if m.kind not in {"company", "index"}]


def company_names(mentions: list[Mention]) -> list[str]:
    """Canonical companies mentioned, in order of first mention."""
    return list(dict.fromkeys(m.name for m in mentions if m.kind == "company"))
