"""Read an article's shape from its repaired text: format, sections, title, outlet, date.

Aggregator pages, social posts and plain articles are told apart by their headings and
page chrome; every line keeps its 1-based number in the original file.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.models import Format, Line, Provenance, Section
from factcheck.yamlio import MAX_FRONT_MATTER_BYTES, TooLarge, fast_safe_load

# Section headings, matched against a line stripped of emoji and symbols. The role says
# what kind of claims the section holds; "chrome" sections hold none.
_HEADINGS: tuple[tuple[str, str], ...] = (
    (r"(?:\d+[- ]second )?tl;?dr|summary|at a glance|in brief|the gist", "tldr"),
    (r"what changed|what happened|why it matters", "tldr"),
    (r"what to do next|what you can do|action items?|recommendations?|next steps", "advice"),
    (r"deep insight|ai insight|analysis", "insight"),
    (r"(?:enhanced )?key (?:takeaways|points|facts)|takeaways|highlights", "takeaways"),
    (r"competitor analysis|competitive landscape|comparison|competitors", "table"),
    (r"technical deep dive|deep dive|technical details|how it works", "deep-dive"),
    (r"future implications|implications|predictions|forecasts?|outlook|what'?s next", "forecasts"),
    (r"timeline|chronology|key dates|history", "timeline"),
    (r"related updates|related articles|related|read more|more from|weekly [\w ]*recap"
     r"|comments|disclaimer|share this|you may also like|trending", "chrome"),
)
_HEADING_RE = [
    # "Future ImplicationsAI analysis …": a heading may run into a label with no space, so
    # the heading ends before any character but a lower-case letter
    (re.compile(r"^(?:" + pat + r")(?-i:(?![a-z]))(.*)$", re.IGNORECASE), role)
    for pat, role in _HEADINGS
]

# Text that marks what follows as written by a model, not reported by the outlet.
AI_MARKER = re.compile(
    r"\bAI[- ]generated\b|\bAI analysis\b|\bgenerated (?:by|with) (?:AI|a language model)\b"
    r"|\bmachine[- ]generated\b|\bAI[- ]written\b",
    re.IGNORECASE,
)

#: Words one of which any text AI_MARKER matches holds, lower-cased.
_AI_WORDS = ("generated", "ai analysis", "ai-written", "ai written")


def _searched(pattern: re.Pattern[str], words: Sequence[str], text: str) -> bool:
    """pattern.search(text), skipped when an ASCII text holds none of the words every
    match of it holds."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in words):
            return False
    return pattern.search(text) is not None


def _ai_marked(text: str) -> bool:
    """AI_MARKER.search(text), skipped when an ASCII text holds none of its words."""
    return _searched(AI_MARKER, _AI_WORDS, text)


# Page chrome: lines that are never claims (site furniture, share buttons, disclaimers).
# Two patterns, one question: the furniture a line opens with (matched at its start only)
# and the phrases found anywhere (searched); searching one pattern of both costs a try of
# every alternative at every position of every line.
_CHROME_HEAD = re.compile(
    r"(?:fresh)?collected in \d+\s*[smhd]\b|original source\s*:"
    r"|(?:post|share|tweet|linkedin|facebook|reddit|x|email|copy link|print)+$"
    r"|#[\w-]+(?:\s*#[\w-]+)*$|weekly [\w ]*recap$|view original$|post-image$"
    r"|(?:reward|comment|comments|repost|share|reply|like"
    r"|follow|pinned|add a comment|no comments|see disclaimer.*|show more|show|hide)$"
    r"|who should care\s*:|advertisement$|subscribe\b|sign up\b|photo:|image:"
    r"|\(?(?:getty|reuters|ap|afp) (?:images|photo)\)?$"
    r"|(?:updated|posted|published)\s+\d{1,4}\s?(?:m|h|d|min|mins|hours?|days?)\s+ago$"
    r"|©|copyright\b"
    # site furniture of saved news pages and wire trailers
    r"|skip to (?:main )?content$|(?:sign in|log in|register|menu|search|close|back to top)$"
    r"|(?:additional )?(?:reporting|writing|editing|compiled) by\b|our standards\s*:"
    r"|(?:read|see) (?:more|also|next)\b|related\s*:|(?:click|tap) here\b"
    r"|(?:privacy policy|terms of (?:use|service)|contact us|about us)\b"
    r"|follow (?:us|@)|listen to (?:this|the) (?:article|story)",
    re.IGNORECASE,
)
_CHROME_ANY = re.compile(
    r"read original on\b|all content rights belong|ai-curated|curated digest"
    r"|may contain third-party content"
    r"|endorsement of (?:its|their) views|not (?:be )?(?:considered|construed) as (?:an? )?"
    r"(?:endorsement|financial|investment)|cookie"
    r"|\b\d{1,4}\s?min(?:ute)?s? read\b"
    # a counter ("1.2k shares"), not a sentence ending in a number before one that
    # opens with the word ("… in 2023. Shares fell 6%")
    r"|(?<![\d.,])\d(?:[\d.,]{0,7}\d)?[km]?\s(?:shares|comments|views|likes|reactions)\b"
    r"|all rights reserved|trust principles",
    re.IGNORECASE,
)
#: A word each alternative of _CHROME_ANY holds (lower case): an ASCII line holding none
#: of them cannot match it.
_CHROME_ANY_WORDS = ("read", "curated", "content", "endorsement", "consider", "constru",
                     "cookie", "shares", "comments", "views", "likes", "reactions",
                     "all rights reserved", "trust principles")


def _chrome_phrase(text: str) -> bool:
    """_CHROME_ANY.search(text), skipped when an ASCII text holds none of its words."""
    return _searched(_CHROME_ANY, _CHROME_ANY_WORDS, text)


_SOCIAL_CHROME = re.compile(
    r"^(?:reward|repost|add a comment|no comments|view original|post-image|pinned|like|reply)$",
    re.IGNORECASE,
)
# Outlet statements, most specific first; group 1 is the outlet.
_OUTLET_RES = (
    re.compile(r"read original on\s+(.+)$", re.IGNORECASE),
    re.compile(r"^original source\s*:\s*(.+)$", re.IGNORECASE),
    re.compile(r"^(?:source|publisher|outlet|originally published (?:on|by|in))\s*:?\s+(.+)$",
               re.IGNORECASE),
    re.compile(r"endorsement of (?:its|their) views by ([A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)"),
    # a wire dateline: "SAN JOSE, California, March 18 (Reuters) - Nvidia …"
    re.compile(r"^[A-Z][A-Za-z0-9 .,'-]{0,60}\(([A-Z][\w&.' ]{0,30})\)\s*[-–—]"),
)
# Where a copy says its text comes from: a wire credit or a first report elsewhere.
_PROPER = r"((?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
_ORIGIN_RES = (
    re.compile(r"^[A-Z][A-Za-z0-9 .,'-]{0,60}\(([A-Z][\w&.' ]{0,30})\)\s*[-–—]"),
    re.compile(r"\b(?:first|originally) reported by " + _PROPER),
    re.compile(r"\b" + _PROPER + r" (?:first|originally) reported\b"),
    re.compile(r"\b(?i:originally (?:appeared|published) (?:in|on|by)|this (?:story|article) "
               r"(?:first )?appeared (?:in|on)) " + _PROPER),
)
#: For each pattern of _OUTLET_RES and _ORIGIN_RES: words one of which any text it matches
#: holds, and whether they are to be found in the lower-cased text (the pattern ignores
#: case); None for a pattern anchored at the line's start (cheap to try).
_Hint = tuple[tuple[str, ...], bool] | None
_OUTLET_HINTS: tuple[_Hint, ...] = (
    (("read original on",), True), None, None, (("endorsement of ",), False), None)
_ORIGIN_HINTS: tuple[_Hint, ...] = (
    None, (("reported by ",), False), (("reported",), False),
    (("originally", "appeared"), True))


def _may_match(hint: _Hint, text: str) -> bool:
    """False when `text` cannot match the pattern of `hint`: it holds none of the words
    (an ASCII text, when the pattern ignores case)."""
    if hint is None:
        return True
    words, fold = hint
    if fold:
        if not text.isascii():
            return True
        text = text.lower()
    return any(w in text for w in words)


#: Longest front-matter field kept, characters.
_MAX_FIELD = 1000
_FRONT_KEYS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "publication"),
    "date": ("date", "published", "pubdate", "publish_date", "published_at"),
    "url": ("url", "canonical", "canonical_url", "link"),
}
# Matched against a line whose whitespace runs were collapsed (see find_published): three
# whitespace quantifiers in a row would otherwise try every split of a long run.
# A social post's header: who posted and when ("Ana Ruiz @anaruiz · Nov 19", "@harbour_ops
# · 2h", "Port Desk (@portdesk@mast.example) • 19 Nov 2026"): the post's metadata, no
# claim of its own. Up to six name words, a handle, and after a dot separator a few
# words of time.
_POST_HEADER = re.compile(
    r"^(?:[^@\s](?:[^@]{0,60}?)\s+)?\(?@[A-Za-z0-9_][\w.-]{0,40}(?:@[\w.-]{1,60})?\)?"
    r"(?:\s*[·•]\s*[^@]{1,40})?$")
#: The most words a post header's name and time together hold.
_POST_HEADER_WORDS = 10


def is_post_header(text: str) -> bool:
    """Whether a line is a social post's header (who posted it, and when)."""
    if "@" not in text:
        return False  # every header holds a handle
    bare = text.strip()
    return len(bare.split()) <= _POST_HEADER_WORDS and _POST_HEADER.match(bare) is not None


_PUBLISHED_LINE = re.compile(r"^(?:published|posted|updated|date)\s?(?:on)?\s?:?\s(.{6,40})$",
                             re.IGNORECASE)
#: A dateline opening a text ("2024-02-06 Four bolts …", "date 2024-02-06 …"): the date is
#: the page's, and no part of its first sentence.
LEADING_DATE = re.compile(r"^(?:(?:published|posted|updated|date)\s*:?\s*)?"
                           r"((?:19|20)\d\d-[01]\d-[0-3]\d)(?=\s)", re.IGNORECASE)
# The first and last characters a stripped line may keep. strip_symbols scans for them
# instead of matching "[^…]+$", which retries at every position of a long run of symbols
# (quadratic time on hostile input).
_KEEP_HEAD = re.compile(r"[\w(\"'“‘$€£¥#]")
_KEEP_TAIL = re.compile(r"[\w).!?\"'”’%]")
_SHOW_ARROWS = ("▸", "▾", "►", "▼")
_OUTLET_SEP = re.compile(r"(?<!\s)\s+[|·•]\s+")


def _drop_show(text: str) -> str:
    """The line without a trailing "▸ show" / "▾ hide" / "► more" toggle.

    String methods rather than a pattern searched from every position: linear and cheap
    on a line of megabytes.
    """
    core = text.rstrip()
    if core[-4:].lower() in {"show", "hide", "more"}:
        core = core[:-4].rstrip()
    if core.endswith(_SHOW_ARROWS):
        return core[:-1].rstrip()
    return text


@lru_cache(maxsize=8192)
def strip_symbols(text: str) -> str:
    """The line without leading/trailing emoji, arrows and bullets (memoised: every line
    is stripped by several readers in turn)."""
    text = _drop_show(text)
    head = _KEEP_HEAD.search(text)
    if head is None:
        return ""
    tail = _KEEP_TAIL.search(text[::-1])
    if tail is None:
        return ""
    end = len(text) - tail.start()
    return text[head.start() : end].strip() if end > head.start() else ""


@lru_cache(maxsize=8192)
def is_chrome(text: str) -> bool:
    """True for page furniture: never a claim."""
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2:
        return False  # a table row, not a "Title | Site | Section" footer
    core = strip_symbols(text)
    if not core:
        return True
    if _CHROME_HEAD.match(core) or _chrome_phrase(core):
        return True
    parts = [p.strip() for p in core.split("|")]
    return len(parts) >= 3 and all(len(p.split()) <= 12 for p in parts)


@lru_cache(maxsize=8192)
def heading(text: str) -> tuple[str, str] | None:
    """(role, rest of the line) when the line is a section heading."""
    core = strip_symbols(text)
    if not core or len(core.split(maxsplit=10)) > 10 or core.endswith((".", ",", ";")):
        return None
    for regex, role in _HEADING_RE:
        m = regex.match(core)
        if m:
            rest = m.group(1).strip()
            # "Why It Matters" fits; "Timeline of events shows …" is prose unless the rest
            # is a label such as "AI analysis grounded in cited sources".
            if rest and not AI_MARKER.search(rest) and len(rest.split()) > 2:
                return None
            return role, rest
    return None


@dataclass(frozen=True, slots=True)
class Shape:
    """What the loader reads off an article's text."""

    format: Format
    title: str | None
    outlet: str | None
    sections: tuple[Section, ...]
    published: dt.date | None = None
    url: str | None = None
    origin: str | None = None
    warnings: tuple[str, ...] = ()


def front_matter(lines: list[str]) -> tuple[int, dict[str, str], str | None]:
    """(lines the front matter takes, known fields, problem) for a leading YAML block.

    The block is read with the safe loader's budgets (`MAX_FRONT_MATTER_BYTES`, and
    `MAX_FRONT_MATTER_NODES` with aliases expanded); past them it is ignored with a
    warning. Only a plain value (text, number or date; or a mapping's `name`) is taken
    for a field, at most `_MAX_FIELD` characters of it.
    """
    if not lines or lines[0].strip() != "---":
        return 0, {}, None
    end = next((i for i in range(1, min(len(lines), 200)) if lines[i].strip() in {"---", "..."}),
               None)
    if end is None:
        return 0, {}, None
    import yaml

    text = "\n".join(lines[1:end])
    if len(text) > MAX_FRONT_MATTER_BYTES:
        return end + 1, {}, f"front matter over {MAX_FRONT_MATTER_BYTES} bytes (ignored)"
    try:
        data = fast_safe_load(text)
    except TooLarge as exc:
        return end + 1, {}, f"front matter too large: {exc} (ignored)"
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
        # ValueError: a timestamp such as 2025-02-30, which YAML reads as a date; a
        # hand-written block ("title: Storm Orla: the toll rises") is read line by line
        data = _plain_fields(lines[1:end])
        problem: str | None = "front matter is not valid YAML " + (
            "(read line by line)" if data else "(ignored)")
    else:
        problem = None
    if not isinstance(data, dict):
        return end + 1, {}, None
    fields: dict[str, str] = {}
    for field, keys in _FRONT_KEYS.items():
        for key in keys:
            value = data.get(key)
            if isinstance(value, dict):
                value = value.get("name")
            if isinstance(value, bool) or not isinstance(
                    value, str | int | float | dt.date):
                continue  # a list, a mapping or nothing: no title, outlet, date or url
            text = str(value).strip()
            if text:
                fields[field] = text[:_MAX_FIELD]
                break
    return end + 1, fields, problem


_PLAIN_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)\s*$")


def _plain_fields(lines: list[str]) -> dict[str, str]:
    """`key: value` lines of a block YAML cannot read, each value as written (its first
    colon ends the key; quotes around it dropped); indented and other lines skipped."""
    out: dict[str, str] = {}
    for line in lines:
        m = _PLAIN_FIELD.fullmatch(line)
        if m is None or not m.group(2):
            continue
        value = m.group(2)
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out.setdefault(m.group(1), value)
    return out


def _as_date(text: str) -> dt.date | None:
    from factcheck.extract.dates import parse_date

    text = text.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    value = parse_date(re.sub(r"[T ]\d{1,2}:\d{2}.*$", "", text))
    return value.start if value is not None and value.precision == "day" else None


def find_published(lines: list[str]) -> dt.date | None:
    """A publication date stated near the top ("Published: March 20, 2025", or a date
    line in the header)."""
    for text in [t for t in lines[:40] if t.strip()][:3]:
        # a dateline opening the text: "2024-02-06 Four bolts …", "date 2024-02-06 …"
        lead = LEADING_DATE.match(text.strip())
        if lead:
            found = _as_date(lead.group(1))
            if found is not None:
                return found
    for text in lines[:40]:
        m = _PUBLISHED_LINE.match(" ".join(strip_symbols(text).split()))
        if m:
            found = _as_date(m.group(1))
            if found is not None:
                return found
    for i in header_block(lines):
        found = header_date(lines[i])
        if found is not None:
            return found
    return None


def _clean_outlet(raw: str) -> str | None:
    value = strip_symbols(raw).strip(" .:")
    value = _OUTLET_SEP.split(value, maxsplit=1)[0].strip()
    return value or None


# a byline names a person or a desk, capitalised ("By Lena Ortiz, Compute Weekly"); "By
# dawn, 241 passengers had been pulled …" is a sentence
_BYLINE = re.compile(r"^\*?_?(?i:by)\s+([A-Z][^,*_]*?)(?:,\s*|\s+[|·—–-]\s+)([^*_]+?)[*_]?$")
_NAME_LINE = re.compile(r"^(?:[A-Z][\w&'’.-]*|of|the|and|&|de|on)(?: (?:[A-Z][\w&'’.-]*|of|the"
                        r"|and|&|de|on)){0,5}$")
_DAY_PREFIX = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_TIME_TAIL = re.compile(r"[,\s]+\d{1,2}:\d{2}.*$|\s+·.*$")


def header_block(lines: list[str]) -> list[int]:
    """Indices of the lines above an article's first paragraph (title, byline, date …)."""
    out: list[int] = []
    for i, text in enumerate(lines[:60]):
        core = strip_symbols(text)
        if not core:
            continue
        if len(core.split()) >= 15 or len(out) >= 10 or (out and heading(core) is not None):
            break
        out.append(i)
    return out


@lru_cache(maxsize=4096)
def header_date(text: str) -> dt.date | None:
    """A date line of a header ("Mon, Mar 31, 2025, 7:02 PM EDT · 2 min read")."""
    if len(text) > 120 or not any(ch.isdigit() for ch in text):
        return None  # a date line is short and has digits; anything else is not one
    core = _TIME_TAIL.sub("", _DAY_PREFIX.sub("", strip_symbols(text))).strip(" ,")
    if not core or len(core.split()) > 6:
        return None
    return _as_date(core)


def _is_name_line(text: str, title: str | None) -> bool:
    core = strip_symbols(text).strip("*_ ")
    return (bool(core) and core != title and _NAME_LINE.match(core) is not None
            and not core.lower().startswith("by ") and header_date(core) is None)


def find_outlet(lines: list[str], title: str | None = None) -> str | None:
    """The original publisher the page credits, if any.

    Explicit credits first ("Read original on …", "Source: …", a wire dateline), then a
    byline naming a publication ("By Lena Ortiz, Compute Weekly"), then a short name line
    below the title in the header ("Harbor Street Brief").
    """
    stripped = [strip_symbols(text) for text in lines]  # once, not once per pattern
    for regex, hint in zip(_OUTLET_RES, _OUTLET_HINTS, strict=True):
        for text in stripped:
            if not _may_match(hint, text):
                continue
            m = regex.search(text)
            if m:
                outlet = _clean_outlet(m.group(1))
                if outlet:
                    return outlet
    head = header_block(lines)
    for i in head:
        m = _BYLINE.match(strip_symbols(lines[i]).strip())
        if m and _NAME_LINE.match(m.group(2).strip()):
            return m.group(2).strip()
    names = [i for i in head if _is_name_line(lines[i], title)]
    below = [i for i in names if title is not None and any(
        strip_symbols(lines[j]) == title for j in head if j < i)]
    if below:
        return strip_symbols(lines[below[0]]).strip("*_ ")
    return None


def find_origin(lines: list[str]) -> str | None:
    """The wire service or first reporter a copy credits near its top, if any."""
    head = [strip_symbols(t) for t in lines[:60] if t.strip()][:25]
    for regex, hint in zip(_ORIGIN_RES, _ORIGIN_HINTS, strict=True):
        for text in head:
            if not _may_match(hint, text):
                continue
            m = regex.search(text)
            if m:
                return _clean_outlet(m.group(1))
    return None


def detect_format(lines: list[str], suffix: str) -> Format:
    """aggregator, social, markdown, html or article."""
    roles = {h[0] for t in lines if (h := heading(t)) is not None}
    if len(roles & {"tldr", "takeaways", "table", "deep-dive", "forecasts", "timeline"}) >= 3:
        return "aggregator"
    if sum(1 for t in lines if _SOCIAL_CHROME.match(strip_symbols(t) or "")) >= 2:
        return "social"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in {".html", ".htm"}:
        return "html"
    return "article"


def _title(lines: list[Line], fmt: Format) -> str | None:
    # the first two content lines only: never judge every line of a large file
    content = list(itertools.islice(
        (ln for ln in lines if ln.text.strip() and not is_chrome(ln.text)), 2))
    if not content:
        return None
    first = strip_symbols(content[0].text)
    # a site name above the headline ("Yahoo Finance"): the headline is the longer line
    nxt_line = content[1].text.strip() if len(content) > 1 else ""
    if (fmt == "article" and len(first.split()) <= 3 and _NAME_LINE.match(first)
            and 5 <= len(nxt_line.split()) <= 25 and not nxt_line.endswith(".")):
        first = strip_symbols(content[1].text)
    # A title broken over lines: the first line stops mid-sentence and the next one
    # carries on in lower case.
    if fmt == "social" and len(content) > 1:
        nxt = content[1].text.strip()
        if not first.endswith((".", "!", "?", ":")) and nxt[:1].islower():
            first = f"{first} {nxt}"
    if _is_paragraph(first):
        return None  # an article that opens with its first paragraph has no headline
    return first.lstrip("# ").strip() or None


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“]")


def _is_paragraph(text: str) -> bool:
    """Running text, not a headline: several sentences, or one long full sentence."""
    return len(text) > 200 or (text.rstrip().endswith(".") and (
        len(text.split()) > 25 or _SENTENCE_END.search(text) is not None))


def shape(text_lines: list[str], suffix: str = ".txt", *, html: bool = False,
          fields: dict[str, str] | None = None, numbers: list[int] | None = None) -> Shape:
    """Split an article into sections with provenance; read format, title and outlet.

    `html`: the lines come from an HTML page (headings as '#', tables as pipe rows);
    `fields`: metadata already read (title, outlet, date, url), which wins; `numbers`: the
    file line of each text line when they are not the file's own lines (HTML blocks).
    """
    skip, front, problem = front_matter(text_lines) if not html else (0, {}, None)
    front = {**front, **(fields or {})}
    body = [""] * skip + text_lines[skip:]  # front matter lines keep their numbers, unread
    fmt: Format = "html" if html else "markdown" if skip else detect_format(body, suffix)
    marked = fmt in {"markdown", "html"}
    # validated: pydantic's validator, called on a dict, builds a small model faster than
    # model_construct or the model's own __init__
    make = Line.__pydantic_validator__.validate_python
    lines: list[Line] = [make({"number": numbers[i] if numbers else i + 1, "text": t})
                         for i, t in enumerate(body)]
    base: Provenance = "opinion" if fmt == "social" else "reported"
    sections: list[Section] = []
    title, role, provenance = "", "lead", base
    ai = False
    current: list[Line] = []

    def close() -> None:
        if current or title:
            sections.append(Section(title=title, role=role, provenance=provenance,
                                    lines=tuple(current)))

    in_chrome_tail = False
    header = {i + 1 for i in header_block(body)} if fmt in {"article", "markdown"} else set()
    for ln in lines:
        if ln.number in header and (
                _BYLINE.match(strip_symbols(ln.text)) or header_date(ln.text) is not None
                or _PUBLISHED_LINE.match(" ".join(strip_symbols(ln.text).split()))
                or _is_name_line(ln.text, None) or ln.text.lower().startswith("in this article")):
            continue  # bylines, date lines and outlet names above the first paragraph
        if is_post_header(ln.text):
            # a post's header ends the post before it: each post is a section of its own
            close()
            title, current = "", []
            continue
        text = ln.text.lstrip("#").strip() if marked else ln.text
        h = heading(text) if fmt != "social" else None
        if fmt == "social" and strip_symbols(ln.text).lower() == "view original":
            in_chrome_tail = True
        if h is not None:
            close()
            role, rest = h
            title = strip_symbols(text)
            if AI_MARKER.search(rest):
                ai = True
            current = []
            provenance = "ai-analysis" if ai else base
            continue
        if _ai_marked(ln.text) and len(ln.text.split()) <= 10:
            # "AI-generated analysis for this event." labels what follows; it is no claim.
            ai = True
            provenance = "ai-analysis"
            continue
        if in_chrome_tail or role == "chrome" or is_chrome(ln.text):
            continue
        if marked and ln.text.lstrip().startswith("#"):
            continue  # a Markdown heading that names no known section is no claim
        current.append(ln)
    close()
    published = _as_date(front["date"]) if "date" in front else None
    # an HTML page's title comes from its metadata or <h1>, never from its first paragraph
    page_title = front.get("title") or (None if fmt == "html" else _title(lines, fmt))
    return Shape(
        format=fmt,
        title=page_title,
        outlet=front.get("outlet") or find_outlet(body, page_title),
        published=published or find_published(body),
        sections=tuple(sections),
        url=front.get("url"),
        origin=find_origin(body),
        warnings=(problem,) if problem else (),
    )
