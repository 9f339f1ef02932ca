"""HTML pages: main text and metadata, with every block placed on its line in the file.

selectolax (lexbor) parses the page; this module only picks the main content, reads the
metadata (title, publication date, site name, canonical URL) and lays the text blocks out
as lines at the line numbers where they stand in the original file, so findings still
point into the HTML. Tables become pipe rows and headings Markdown headings, which the
structure reader already understands.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass, field
from typing import Any

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
           "figcaption", "tr")
_BLOCK_SET = frozenset(_BLOCKS) | {"table", "ul", "ol", "div", "section", "article"}
_DROP = ("script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg",
         "button", "template", "select", "input", "dialog")
_CHROME_ATTR = re.compile(
    r"share|social|related|newsletter|comment|advert|promo|subscribe|cookie|breadcrumb"
    r"|sidebar|paywall|signup|sign-up|recommend|trending|most-read|byline-social",
    re.IGNORECASE,
)
#: How many lines ahead of the last block the next block is looked for.
_LOOKAHEAD = 400
#: How many characters a search for a block reads (plus a few times the block's length).
_SCAN_CHARS = 20_000
#: Pages nested deeper than this are not parsed (the parser's cost grows faster than the
#: depth; a real page nests a few dozen levels).
MAX_DEPTH = 1000
_TAG_START = re.compile(r"<(?:(!--)|(/?)([A-Za-z][A-Za-z0-9:-]{0,63}))")
#: Elements that never hold others: void, or whose end tag may be left out.
_NO_NEST = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "param", "keygen", "command", "basefont", "frame", "isindex", "image",
    "p", "li", "dt", "dd", "rt", "rp", "rb", "rtc", "optgroup", "option", "tr", "td", "th",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
})
#: Elements whose content is foreign (XML-like: "<path/>" closes itself).
_FOREIGN = frozenset({"svg", "math"})
#: Elements whose content is text, not tags.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes", "plaintext"})
#: Sites that set paragraphs in <div>s: a leaf <div> with this much text is a paragraph.
_DIV_TEXT = 60
_TAG = re.compile(r"<[^<>]{0,2000}>")
_SPACE = re.compile(r"\s+")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+([^|–—-]{2,60})$")


@dataclass
class HtmlPage:
    """The readable part of an HTML page: its text blocks and metadata."""

    lines: list[str]  # one text block each, in page order
    numbers: list[int] = field(default_factory=list)  # the file line each block stands on
    fields: dict[str, str] = field(default_factory=dict)  # title, outlet, date, url


def looks_like_html(text: str, suffix: str) -> bool:
    """True for .html/.htm files and for text that starts as an HTML document."""
    if suffix in {".html", ".htm", ".xhtml"}:
        return True
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower()


def _meta(tree: Any, *selectors: str) -> str | None:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("datetime") \
                or node.attributes.get("href")
            if value and value.strip():
                return str(value).strip()
    return None


def _json_ld(tree: Any) -> dict[str, str]:
    """datePublished, headline, publisher name and url from schema.org JSON-LD."""
    out: dict[str, str] = {}
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "null")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        if isinstance(data, dict) and isinstance(data.get("@graph"), list):
            items = data["@graph"]
        for item in items:
            if not isinstance(item, dict):
                continue
            for key, name in (("datePublished", "date"), ("headline", "title"), ("url", "url")):
                if isinstance(item.get(key), str) and name not in out:
                    out[name] = item[key]
            pub = item.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                out.setdefault("outlet", pub["name"])
    return out


def _fields(tree: Any) -> dict[str, str]:
    ld = _json_ld(tree)
    fields: dict[str, str] = {}
    title_tag = tree.css_first("title")
    page_title = _SPACE.sub(" ", title_tag.text()).strip() if title_tag is not None else ""
    h1 = tree.css_first("h1")
    title = (_meta(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
             or ld.get("title")
             or (_SPACE.sub(" ", h1.text()).strip() if h1 is not None else "")
             or _TITLE_SUFFIX.sub("", page_title))
    site = _meta(tree, 'meta[property="og:site_name"]')
    if title and site:
        m = _TITLE_SUFFIX.search(title)
        if m and m.group(1).strip().casefold() == site.casefold():
            title = title[: m.start()].strip()  # "Headline | Reuters": the headline
    if title:
        fields["title"] = title
    outlet = _meta(tree, 'meta[property="og:site_name"]', 'meta[name="application-name"]',
                   'meta[name="publisher"]') or ld.get("outlet")
    if not outlet and page_title:
        m = _TITLE_SUFFIX.search(page_title)
        outlet = m.group(1).strip() if m else None
    if outlet:
        fields["outlet"] = outlet
    date = _meta(tree, 'meta[property="article:published_time"]',
                 'meta[itemprop="datePublished"]', 'meta[name="date"]',
                 'meta[name="pubdate"]', 'meta[name="publish-date"]',
                 'meta[name="parsely-pub-date"]', 'meta[name="dc.date"]',
                 'meta[name="DC.date.issued"]', "time[datetime]") or ld.get("date")
    if date:
        fields["date"] = date
    url = _meta(tree, 'link[rel="canonical"]', 'meta[property="og:url"]') or ld.get("url")
    if url:
        fields["url"] = url
    return fields


def _text(node: Any) -> str:
    return _SPACE.sub(" ", node.text(separator=" ")).strip()


def _is_leaf_block(node: Any) -> bool:
    """A block with no block inside it (an <li> holding a <p> defers to the <p>)."""
    child = node.child
    stack = []
    while child is not None:
        stack.append(child)
        child = child.next
    while stack:
        n = stack.pop()
        if n.tag in _BLOCK_SET and n.tag != "tr":
            return False
        c = n.child
        while c is not None:
            stack.append(c)
            c = c.next
    return True


def _render(node: Any) -> str:
    tag = node.tag
    if tag == "tr":
        cells = [_text(c) for c in node.iter() if c.tag in {"td", "th"}]
        return "| " + " | ".join(cells) + " |" if cells else ""
    text = _text(node)
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and text:
        return "#" * int(tag[1]) + " " + text
    return text


class _Locator:
    """Finds the file line holding a block's text, moving forward through the file.

    The place found last is kept to the character, so the blocks of a minified page (one
    line of megabytes) are looked for from where the previous block stood, not from the
    start of the line; and each search reads a bounded number of characters, so a block
    whose text cannot be found costs no more than one that can.
    """

    def __init__(self, raw_lines: list[str]) -> None:
        self.visible = [htmllib.unescape(_TAG.sub(" ", ln)) for ln in raw_lines]
        self.visible = [_SPACE.sub(" ", v) for v in self.visible]
        self.cursor = 0
        self.column = 0

    def find(self, text: str) -> int:
        # a table row is found by its first cell; the search looks a bounded way ahead
        # (lines and characters), so a page of thousands of blocks costs linear time
        words = text.lstrip("#| ").split(" | ")[0].split()
        stop = min(len(self.visible), self.cursor + _LOOKAHEAD)
        for n in (6, 3, 1):
            needle = " ".join(words[:n])
            if not needle:
                break
            budget = _SCAN_CHARS + 4 * len(text)
            start = self.column
            for i in range(self.cursor, stop):
                line = self.visible[i]
                end = min(len(line), start + budget)
                pos = line.find(needle, start, end + len(needle))
                if pos >= 0:
                    self.cursor, self.column = i, pos + 1
                    return i
                budget -= end - start
                if budget <= 0:
                    break
                start = 0
        return self.cursor


def depth(text: str, limit: int) -> int:
    """How deep the elements of an HTML page nest, counted up to `limit + 1` from the
    tags alone (before any parsing: a parser pays more than linear time for a deep page).

    Void elements, elements whose end tag may be left out (p, li, td, …) and, inside SVG
    or MathML, self-closed tags do not nest (elsewhere "<div/>" opens a div, as the parser
    reads it); comments and the text of script, style and the like are skipped.
    Linear in the text: every step moves forward.
    """
    deepest = foreign = 0
    stack: list[str] = []  # open elements
    open_count: dict[str, int] = {}
    pos = 0
    n = len(text)
    while True:
        m = _TAG_START.search(text, pos)
        if m is None:
            return deepest
        if m.group(1):  # a comment
            end = text.find("-->", m.end())
            if end < 0:
                return deepest
            pos = end + 3
            continue
        close = text.find(">", m.end())
        if close < 0:
            return deepest
        pos = close + 1
        name = m.group(3).lower()
        if m.group(2):  # an end tag closes its element and what is open inside it; a
            # stray one (nothing of that name open) closes nothing, as for the parser
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top in _FOREIGN:
                        foreign -= 1
                    if top == name:
                        break
            continue
        if name in _RAW_TEXT:
            found = re.compile(f"</{name}", re.IGNORECASE).search(text, pos)
            pos = found.end() if found else n
            continue
        # "<div/>" opens a div in HTML; only inside SVG or MathML does "/>" close a tag
        if name in _NO_NEST or (foreign and text[close - 1] == "/"):
            continue
        if name in _FOREIGN:
            foreign += 1
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > limit:
                return deepest


def parse_html(text: str) -> HtmlPage:
    """The page's main text laid out on its original lines, and its metadata.

    Raises NotText for a page nested deeper than `MAX_DEPTH`."""
    from selectolax.lexbor import LexborHTMLParser

    from factcheck.errors import NotText

    if depth(text, MAX_DEPTH) > MAX_DEPTH:
        raise NotText(f"HTML nested too deeply (over {MAX_DEPTH} levels; not read)")
    raw_lines = text.splitlines()
    tree = LexborHTMLParser(text)
    fields = _fields(tree)
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    lines: list[str] = []
    numbers: list[int] = []
    if root is None:
        return HtmlPage(lines, numbers, fields)
    for sel in _DROP:
        for node in root.css(sel):
            node.decompose()
    for node in root.css("[class], [id], [role]"):
        attrs = " ".join(str(node.attributes.get(a) or "") for a in ("class", "id", "role"))
        if _CHROME_ATTR.search(attrs) or "navigation" in attrs:
            node.decompose()
    locate = _Locator(raw_lines)
    selector = ",".join((*_BLOCKS, "div"))
    # blocks inside a table row are read with the row: found once, not by walking every
    # block's parents (a deep page would make that quadratic)
    in_rows = {n.mem_id for row in root.css("tr") for n in row.css(selector)}
    for node in root.css(selector):
        if node.tag != "tr" and (not _is_leaf_block(node) or node.parent is None
                                 or node.mem_id in in_rows):
            continue
        if node.tag == "div" and len(_text(node)) < _DIV_TEXT:
            continue  # a leaf <div> holds a paragraph only when it holds prose
        rendered = _render(node)
        if not rendered:
            continue
        # each block is a line of its own, numbered by where it stands in the file (a
        # minified page puts many blocks on one file line; they still stay apart)
        lines.append(rendered)
        numbers.append(locate.find(rendered) + 1)
    return HtmlPage(lines, numbers, fields)
