"""Format, sections, title, outlet and chrome read off an article's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.load.structure import find_outlet, heading, is_chrome, shape

AGGREGATOR = """\
📈Freshcollected in 12m

Nvidia Ships Blackwell Ultra to First Cloud Customers

PostLinkedIn
📈Read original on The Register

⚡ 30-Second TL;DR

What Changed

Nvidia began shipping Blackwell Ultra systems to two cloud providers.

🧠 Deep Insight

AI-generated analysis for this event.

🔑 Enhanced Key Takeaways

  • •The first racks went to CoreWeave, according to the company.

⏳ Timeline

2024-03
Nvidia unveils the Blackwell architecture at GTC.
📰

Weekly AI Recap

👉Related Updates

AI-curated news aggregator. All content rights belong to original publishers.
Original source: The Register ↗
"""


def test_aggregator_shape() -> None:
    s = shape(AGGREGATOR.splitlines())
    assert s.format == "aggregator"
    assert s.title == "Nvidia Ships Blackwell Ultra to First Cloud Customers"
    assert s.outlet == "The Register"
    roles = {sec.role: sec for sec in s.sections}
    assert roles["tldr"].provenance == "reported"
    assert roles["takeaways"].provenance == "ai-analysis"
    assert roles["timeline"].provenance == "ai-analysis"
    # line numbers point into the original text
    [event] = [ln for ln in roles["timeline"].lines if "GTC" in ln.text]
    assert AGGREGATOR.splitlines()[event.number - 1] == event.text


def test_chrome_never_in_sections() -> None:
    s = shape(AGGREGATOR.splitlines())
    texts = [ln.text for sec in s.sections for ln in sec.lines]
    for chrome in ("Freshcollected", "Read original", "Weekly AI Recap", "Original source",
                   "AI-curated", "PostLinkedIn", "AI-generated analysis"):
        assert not any(chrome in t for t in texts), chrome


@pytest.mark.parametrize(
    "line",
    ["🇭🇰Freshcollected in 2m", "PostLinkedIn", "#data-center#compute#strategy",
     "Title | Outlet | SetupAI | SetupAI", "View Original", "post-image", "  • Share",
     "Who should care:Founders & Product Leaders", "1.2k shares", "14 comments"],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["Meta capex up to $145B on cloud/AI", "Nvidia shipped 3 million GPUs in 2024.",
     "The company said revenue rose 20%.",
     # a sentence ending in a number, then one opening with "Shares": no share counter
     "The miner cut output by 40,000 tonnes in 2023. Shares in Orvane fell 3.1 per cent.",
     # a post opening with its hashtag: only a line of hashtags is furniture
     "#Velorace 2,140 riders at the start line. Biggest field ever."],
)
def test_content_is_not_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_headings_with_labels() -> None:
    assert heading("🔮 Future ImplicationsAI analysis grounded in cited sources") == (
        "forecasts", "AI analysis grounded in cited sources")
    assert heading("📊 Competitor Analysis▸ Show") == ("table", "")
    assert heading("The timeline of the deal shows a rushed process.") is None


def test_social_post_title_joined_and_outlet_from_disclaimer() -> None:
    text = [
        "Why the chip rally may",
        "",
        "be running out of steam",
        "I think the market is too optimistic about Nvidia right now",
        "View Original",
        "post-image",
        "This page may contain third-party content, which is provided for information "
        "purposes only and should not be considered as an endorsement of its views by "
        "Square, nor as financial advice.",
        "  • Reward",
        "  • Comment",
    ]
    s = shape(text)
    assert s.format == "social"
    assert s.title == "Why the chip rally may be running out of steam"
    assert s.outlet == "Square"
    assert all(sec.provenance == "opinion" for sec in s.sections)


def test_plain_article_outlet_line() -> None:
    lines = ["Chipmaker raises forecast", "Source: Financial Times", "", "Body text here."]
    assert find_outlet(lines) == "Financial Times"
    assert shape(lines).format == "article"


def test_markdown_by_suffix() -> None:
    assert shape(["# Title", "", "Some text."], ".md").format == "markdown"


def test_html_paragraph_divs_and_site_suffix(tmp_path: Path) -> None:
    """Sites that set paragraphs in <div>s are read; "Headline | Site" loses the site;
    a wire trailer ("Reporting by …") is no claim."""
    from factcheck.load import load_one

    page = tmp_path / "p.html"
    page.write_text(
        "<!doctype html><html><head><title>Chipmaker lifts outlook | Daily Wire</title>\n"
        '<meta property="og:title" content="Chipmaker lifts outlook | Daily Wire">\n'
        '<meta property="og:site_name" content="Daily Wire"></head><body>\n'
        '<div id="main"><h1>Chipmaker lifts outlook</h1>\n'
        '<div data-testid="paragraph-0">Nvidia said on Thursday it expects second-quarter'
        " revenue of about $45 billion, above estimates.</div>\n"
        '<div data-testid="paragraph-1">Reporting by Jane Doe; Editing by John Roe</div>\n'
        "</div></body></html>\n", "utf-8")
    article = load_one(str(page), "p.html")
    assert article.source.title == "Chipmaker lifts outlook"
    assert article.source.outlet == "Daily Wire"
    lines = {ln.number: ln.text for sec in article.sections for ln in sec.lines}
    assert 5 in lines and "$45 billion" in lines[5]
    assert not any("Reporting by" in t for t in lines.values())


def test_front_matter_yaml_cannot_read_is_read_line_by_line() -> None:
    # a hand-written title with a colon is no YAML; its fields are still the page's
    from factcheck.load.structure import front_matter

    lines = ["---", "title: Storm Orla: the toll rises", "date: 2026-11-22",
             'source: "Tessel Courier"', "  - stray: item", "---", "", "Body text."]
    skip, fields, problem = front_matter(lines)
    assert skip == 6
    assert fields["title"] == "Storm Orla: the toll rises"
    assert fields["date"] == "2026-11-22"
    assert fields["outlet"] == "Tessel Courier"
    assert problem == "front matter is not valid YAML (read line by line)"


def test_front_matter_of_no_fields_is_ignored() -> None:
    from factcheck.load.structure import front_matter

    skip, fields, problem = front_matter(["---", "[unclosed", "---", "Body."])
    assert (skip, fields, problem) == (3, {}, "front matter is not valid YAML (ignored)")


@pytest.mark.parametrize(("line", "quote"), [
    # an embedded post's signature keeps its dash: the line as printed
    ("— Dana Pell (@danapell) March 3, 2026", "— Dana Pell (@danapell) March 3, 2026"),
    # a dash or bullet before a sentence is no part of it
    ("— Harbour board approves the dredging plan", "Harbour board approves the dredging plan"),
    ("• • Rail fares rise 4%", "Rail fares rise 4%"),
])
def test_a_quote_keeps_a_signature_s_dash_only(line: str, quote: str) -> None:
    from factcheck.extract.text import clean
    assert clean(line) == quote
