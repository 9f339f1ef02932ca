"""Pydantic models passed between the stages, and the JSON report schema."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_ID = "factcheck.report/1"

Format = Literal["aggregator", "social", "article", "markdown", "html"]
Provenance = Literal["reported", "ai-analysis", "opinion"]
Precision = Literal["day", "part", "month", "season", "quarter", "half", "year"]
Verdict = Literal["contradicted", "refuted", "corroborated", "confirmed", "unverified", "forecast"]
ClaimKind = Literal["timeline", "figure", "entity", "name", "table", "forecast", "statement"]
Bound = Literal["exact", "approx", "at_least", "at_most", "range"]

#: Order of verdicts in every report: contradictions first.
VERDICT_ORDER: tuple[Verdict, ...] = (
    "contradicted",
    "refuted",
    "corroborated",
    "confirmed",
    "forecast",
    "unverified",
)


class Frozen(BaseModel):
    """Base for every model: immutable and closed to unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled as its class and the state pydantic keeps (fields, extra, private),
        # rebuilt by one module-level call: what crosses between the pool's processes
        # (claims, findings) costs about a quarter less to send than through BaseModel's
        # __getstate__ and __setstate__. Which fields were given explicitly is not sent:
        # nothing dumps a model with exclude_unset, and one set per model held more memory
        # than the model's fields (a figure claim: 2.2 kB of 3 kB)
        return (_rebuilt, (type(self), self.__dict__, self.__pydantic_extra__,
                           self.__pydantic_private__))


_set_attr = object.__setattr__
_EVERY_FIELD: dict[type[BaseModel], set[str]] = {}


def _rebuilt(cls: type[Frozen], fields: dict[str, Any], extra: dict[str, Any] | None,
             private: dict[str, Any] | None) -> Frozen:
    """A model unpickled (see Frozen.__reduce__): its state set as it was, not validated
    again, every field counted as set (one set shared by the models of a class: frozen
    models never change it)."""
    obj = cls.__new__(cls)
    _set_attr(obj, "__dict__", fields)
    _set_attr(obj, "__pydantic_extra__", extra)
    _set_attr(obj, "__pydantic_private__", private)
    return every_field_set(obj)


_M = TypeVar("_M", bound=BaseModel)


def every_field_set(obj: _M) -> _M:
    """`obj`, every field counted as set, in the one set its class's models share (what
    models built in bulk, claims and their evidence, use instead of a set of their own)."""
    cls = type(obj)
    every = _EVERY_FIELD.get(cls)
    if every is None:
        every = _EVERY_FIELD[cls] = set(cls.model_fields)
    _set_attr(obj, "__pydantic_fields_set__", every)
    return obj


class DateValue(Frozen):
    """A calendar period stated in text, kept at the precision the text gives."""

    start: dt.date = Field(description="First day of the period.")
    end: dt.date = Field(description="Last day of the period.")
    precision: Precision = Field(description="Granularity the text states.")
    value: str = Field(
        description="Normalised form: 2025-02-14, 2025-02, 2025-05 late, 2028 fall, 2026-Q4, "
        "2026-H2, 2026."
    )


class Quantity(Frozen):
    """A number with its unit, kept as an interval so ranges and bounds compare."""

    low: float | None = Field(description="Lower end (None: unbounded below).")
    high: float | None = Field(description="Upper end (None: unbounded above).")
    unit: str = Field(description="USD, EUR, %, bp, W, nm, count, ... (currency codes upper-case).")
    bound: Bound = Field(description="How the text bounds the value.")
    step: float = Field(
        default=0.0,
        description="Written precision: the unit of the last digit the text gives "
        "('$41.2 billion' 1e8, '16,000 feet' 1000, '171' 1); 0 when unknown.",
    )
    value: str = Field(description="Normalised form, e.g. 'USD 145000000000 (at most)'.")


class Line(Frozen):
    """One line of an article after repair, with its 1-based line number in the file."""

    number: int = Field(description="1-based line number in the original file.")
    text: str = Field(description="Repaired text of the line.")


class Section(Frozen):
    """A titled part of an article."""

    title: str = Field(description="Section heading as printed, or '' for the lead.")
    role: str = Field(
        description="What the section is: lead, tldr, takeaways, table, deep-dive, "
        "forecasts, timeline, body, chrome."
    )
    provenance: Provenance = Field(description="Who speaks in this section.")
    lines: tuple[Line, ...] = Field(description="The section's lines, headings excluded.")


class Source(Frozen):
    """One input file as the report describes it."""

    id: str = Field(description="File name, unique within the run.")
    path: str = Field(description="Path as given on the command line or found under a folder.")
    sha256: str = Field(description="SHA-256 of the file's bytes.")
    format: Format | None = Field(description="Detected format; None when unreadable.")
    outlet: str | None = Field(description="Original publisher, when the page names one.")
    origin: str | None = Field(
        default=None,
        description="Independent origin when it differs from the outlet: the wire service a "
        "copy carries, the outlet it says first reported the story, or the source it "
        "near-duplicates.",
    )
    title: str | None = Field(description="Article title.")
    published: dt.date | None = Field(default=None, description="Publication date when stated.")
    url: str | None = Field(default=None, description="Canonical URL when stated.")
    repaired: bool = Field(default=False, description="Mojibake was repaired while loading.")
    claims: int = Field(default=0, description="Number of claims extracted.")
    duplicate_of: str | None = Field(
        default=None, description="Id of an identical source; its claims are not counted twice."
    )
    checked: bool = Field(
        default=True,
        description="The file was read and its claims extracted. False when it could not be "
        "used (unreadable, no article text, claims not extracted): its warnings say why. A "
        "checked file may still carry warnings that are notes (a repair, a legacy encoding).",
    )
    warnings: tuple[str, ...] = Field(
        default=(), description="Problems met while loading: why the file was not checked, "
        "or notes on a checked one.")

    @model_validator(mode="before")
    @classmethod
    def _unread_is_unchecked(cls, data: Any) -> Any:
        # reports written before `checked` existed: a source with no format was not read
        if isinstance(data, dict) and "checked" not in data and data.get("format") is None:
            return {**data, "checked": False}
        return data


class Article(Frozen):
    """A loaded source with its repaired text split into sections (not in the report)."""

    source: Source
    sections: tuple[Section, ...]
    signature: tuple[int, ...] = ()  # MinHash of the text, for near-duplicate detection


class Quoted(Frozen):
    """Where a claim stands, what it says and who says it: shared by claims and by the
    evidence a finding quotes."""

    source: str = Field(description="Id (file name) of the source.")
    path: str = Field(description="Path of the source file.")
    line: int = Field(description="1-based line in the original file.")
    text: str = Field(description="The claim's whole line or sentence, repaired.")
    value: str = Field(description="Normalised value the claim states.")
    section: str = Field(description="Role of the section holding the claim.")
    provenance: Provenance = Field(description="reported, ai-analysis or opinion.")
    outlet: str = Field(description="Outlet the claim is credited to (the source id if none).")
    origin: str = Field(
        default="",
        description="Independent origin: the outlet, or the wire service or outlet it copies "
        "or cites; claims of one origin corroborate nothing.",
    )
    attribution: str | None = Field(
        default=None, description="Who the article says states it ('analysts', 'Meta', …)."
    )


class ClaimBase(Quoted):
    """Fields every claim has: the quote, what it is about and how it is blocked."""

    subject: str = Field(description="What the claim is about, for the report.")
    entities: tuple[str, ...] = Field(default=(), description="Canonical names of products named.")
    key: str = Field(description="Blocking key: claims with different keys are never compared.")


class TimelineClaim(ClaimBase):
    """A dated event."""

    kind: Literal["timeline"] = "timeline"
    topic: tuple[str, ...] = Field(default=(), description="The names its article speaks "
                                   "of most: events of one day in one story are one event.")
    date: DateValue = Field(description="When the event happened.")
    event: str = Field(description="The event, without its date.")
    companies: tuple[str, ...] = Field(default=(), description="Companies the event names.")
    figures: tuple[Quantity, ...] = Field(default=(), description="Numbers naming the event.")
    ambiguous: bool = Field(
        default=False,
        description="The sentence dates more than one thing, so which date the event has is "
        "uncertain: it may agree, never contradict.",
    )
    relative_to: dt.date | None = Field(
        default=None,
        description="The page date a relative date ('on Wednesday', 'yesterday') was read "
        "against: dates read against pages of other weeks may agree, never clash.",
    )
    told_year: bool = Field(
        default=False,
        description="A sentence of prose dates the event by a year only ('the old mark was "
        "set at Bellwick in 2009'): it may agree; it clashes only with the same words told "
        "with another year, or as the last one of one happening ('last erupted in 1973', "
        "'the last eruption, in 1937'), in one event's folder.",
    )
    anchored: bool = Field(
        default=False,
        description="The relative day ('on Thursday') was read against the day the story's "
        "own wire dateline gives ('VELLANBURG, Nov 19 (…) - ' on a page of November 19): "
        "a day the story states, so a summary line of its happening may clash with it.",
    )
    generic: bool = Field(
        default=False,
        description="The event names a product family without its generation "
        "('the next-generation chip'): it may agree, never contradict.",
    )
    open_year: bool = Field(
        default=False,
        description="The date names a day and month but no year, on a page that gives no "
        "date: the year is the one the other pages of its folder state for that day (value "
        "'--03-26' when none does); it may agree, never contradict. When the folder's "
        "dated pages are of one event's weeks the day is read in the year nearest them, "
        "and the flag is cleared (set when matching).",
    )
    published: dt.date | None = Field(default=None, description="Publication date of the "
                                      "claim's article, when stated.")
    article_names: tuple[str, ...] = Field(
        default=(), description="The names its article speaks of most, for every dated "
        "event (`topic` is left empty for a timeline section's items, which are blocked by "
        "their own words): whose happening an event that names no one is.")
    began: bool = Field(
        default=False,
        description="The date is when something began to exist ('opened in 1977', 'the "
        "47-year-old bridge' on a page of 2024): such events of one story agree when they "
        "tell of one thing.",
    )
    planned: bool = Field(
        default=False,
        description="The date is one a plan gives ('to be completed by fall 2028', 'the "
        "2028 opening that was projected'): plans change, so it may agree, never clash; "
        "plans of one story dated alike agree.",
    )
    thing: str = Field(default="", description="What began, as a stem ('bridge'), when "
                       "the sentence says; '' when not.")
    folder_sources: int = Field(
        default=0,
        description="How many sources of its folder date events (set when matching): a "
        "small folder is one event's coverage (0: not counted).",
    )
    page_told: tuple[str, ...] = Field(
        default=(),
        description="The words and names (lower-cased, with their initials) its page's "
        "dated sentences tell, in a folder of one event's size (set when matching): a "
        "summary line naming a place or a party that page gives elsewhere may be the "
        "happening its sentence tells.",
    )


class FigureClaim(ClaimBase):
    """A quantity about a subject."""

    kind: Literal["figure"] = "figure"
    quantity: Quantity = Field(description="The number, unit and bound.")
    metric: str = Field(description="What is measured (capex, process node, share, ...).")
    period: str | None = Field(default=None, description="Period the figure is for, if stated.")
    unresolved: str | None = Field(
        default=None,
        description="A relative period ('this year') the source's missing date leaves open: "
        "such a figure neither agrees with nor contradicts a dated one.",
    )
    head: str = Field(default="", description="The noun the number counts, as a stem "
                      "('171 passengers': passenger); '' for money and rates.")
    head_kind: str = Field(default="", description="What kind of thing the head counts "
                           "('six men', 'six workers': person), when the lexicon knows; "
                           "equal counts of one kind may agree whatever noun tells them.")
    predicate: str = Field(default="", description="What happens to it: the metric or verb "
                           "before or after the figure ('carrying', 'killed' → deaths).")
    modifiers: tuple[str, ...] = Field(default=(), description="Words narrowing the head "
                                       "('six construction workers': construction).")
    owner: str = Field(default="", description="The named entity whose figure it is (the "
                       "clause's named subject or a possessive); '' when none is named.")
    topic: tuple[str, ...] = Field(default=(), description="The names its article speaks "
                                   "of most: whose a figure naming no owner is.")
    terms: tuple[str, ...] = Field(default=(), description="Content stems of the figure's "
                                   "clause: the context two claims of one fact share.")
    as_of: str = Field(default="", description="The day the sentence dates the figure to "
                       "('officials said on Sunday'): a running figure (a toll, a count so "
                       "far) of another day is another fact.")
    published: dt.date | None = Field(default=None, description="Publication date of the "
                                      "claim's article, when stated.")
    running: bool = Field(default=False, description="A count that grows while the story "
                          "unfolds (a toll): it contradicts only one of the same day.")
    folder_sources: int = Field(
        default=0,
        description="How many sources of its folder state figures (set when matching): a "
        "small folder is one event's coverage (0: not counted).",
    )
    folder_story: bool = Field(
        default=False,
        description="Its page tells its folder's main story (set when matching): the "
        "names most of the folder's pages speak of connect it to them.",
    )
    sole: bool = Field(
        default=False,
        description="Its page gives no other value of its measure (set when matching): in "
        "one event's folder, such figures of two pages are one fact's.",
    )
    story_names: tuple[str, ...] = Field(
        default=(),
        description="The words (folded) of the names most pages of its folder's main story "
        "speak of, when its page tells that story (set when matching).",
    )
    basis: Literal["actual", "outlook", "estimate"] = Field(
        default="actual",
        description="actual (reported), outlook (the company's guidance or plan) or estimate "
        "(third parties); figures of different bases are never compared.",
    )


class EntityClaim(ClaimBase):
    """A statement describing a named product."""

    kind: Literal["entity"] = "entity"
    entity: str = Field(description="Canonical product name.")


class NameClaim(ClaimBase):
    """A name a sentence gives in a relation: who led, where it landed, what was unveiled."""

    kind: Literal["name"] = "name"
    name: str = Field(description="The name as the sentence writes it, look-alikes folded.")
    relation: str = Field(description="The word before it that relates it to the sentence "
                          "('led by', 'landed at', 'into the'), as a stem; for a mention, "
                          "'beside' when its sentence tells other news.")
    slot: str = Field(default="", description="The relation frame it fills ('landed at', "
                      "'built by', 'route': data/slots.yaml), 'role' (a person in a role), "
                      "'office' (a role of a named owner), 'mention' (a name given without "
                      "one), 'copy' (a name keyed by the rest of its sentence), or ''.")
    topic: tuple[str, ...] = Field(default=(), description="The names its article speaks "
                                   "of most.")
    published: dt.date | None = Field(default=None, description="Publication date of the "
                                      "article (offices: who holds a role is of a time).")


class TableClaim(ClaimBase):
    """One cell of a comparison table."""

    kind: Literal["table"] = "table"
    company: str = Field(description="Column: the company compared.")
    column: str = Field(default="", description="The column header as printed.")
    feature: str = Field(description="Row label as printed.")
    slot: str = Field(description="Normalised row: hardware, strategy, software, ...")
    cell: str = Field(description="The cell's text.")


class ForecastClaim(ClaimBase):
    """A prediction, with its deadline when it names one."""

    kind: Literal["forecast"] = "forecast"
    due: dt.date | None = Field(description="Deadline: last day of the named period.")


class StatementClaim(ClaimBase):
    """Another check-worthy sentence, for fuzzy agreement only."""

    kind: Literal["statement"] = "statement"


Claim = Annotated[
    TimelineClaim | FigureClaim | EntityClaim | NameClaim | TableClaim | ForecastClaim
    | StatementClaim,
    Field(discriminator="kind"),
]


class Evidence(Quoted):
    """A claim as quoted in a finding."""

    ledger: Literal["confirmed", "refuted"] | None = Field(
        default=None, description="What the editor's ledger says of this claim's value, if it "
        "covers the fact.")


class VerifiedFact(Frozen):
    """A fact a person confirmed, from the ledger (claims/verified.yaml)."""

    subject: str = Field(description="What the fact is about, worded like the claims.")
    value: str = Field(description="The verified value (a date, figure or name).")
    as_of: dt.date = Field(description="Date the fact was verified.")
    citation: str = Field(description="Where it was verified (URL or reference).")
    kind: ClaimKind | None = Field(default=None, description="Kind of claim it settles.")
    finding: str | None = Field(default=None, description="Id of the finding it settles, "
                                "when given instead of matching by subject.")


class BaselineEntry(Frozen):
    """A finding accepted into the baseline: CI does not fail on it again."""

    id: str = Field(description="Finding id when accepted.")
    verdict: Verdict = Field(description="Verdict when accepted.")
    kind: ClaimKind = Field(description="Kind of the finding.")
    subject: str = Field(description="What the finding is about (for review).")
    values: tuple[str, ...] = Field(default=(), description="Distinct values it held.")
    claims: tuple[str, ...] = Field(default=(), description="Content fingerprints of its claims.")
    quotes: tuple[str, ...] = Field(
        default=(), description="Fingerprints of its claims' quoted text that no id scheme or "
        "normaliser changes (ids.quote_fingerprint): how `factcheck baseline --update` finds "
        "it again when ids change.")


class BaselineStatus(Frozen):
    """How the findings compare with the accepted baseline."""

    path: str = Field(description="The baseline file.")
    accepted: int = Field(description="Findings matching an accepted entry.")
    stale: tuple[BaselineEntry, ...] = Field(
        default=(), description="Accepted entries that match no finding any more.")
    new_sources: tuple[str, ...] = Field(
        default=(), description="Paths of sources whose content the baseline has not seen.")
    rematched: int = Field(
        default=0, description="Findings accepted by their entry's quotes and values only, "
        "under another id (the ids changed, e.g. with an upgrade): `factcheck baseline "
        "--update` rewrites the entries under today's ids.")


class Finding(Frozen):
    """One fact and what the sources say of it."""

    id: str = Field(description="Stable hash of the finding's normalised content.")
    verdict: Verdict = Field(description="The verdict on this fact.")
    kind: ClaimKind = Field(description="Kind of the claims grouped here.")
    subject: str = Field(description="What the fact is about.")
    explanation: str = Field(description="Why the verdict, in one sentence.")
    outlets: int = Field(description="Independent origins stating it.")
    sources: int = Field(default=0, description="Source files stating it.")
    due: dt.date | None = Field(default=None, description="Deadline of a forecast.")
    overdue: bool = Field(default=False, description="A forecast whose deadline has passed.")
    claims: tuple[Evidence, ...] = Field(description="The claims, each with file and line.")
    ledger: VerifiedFact | None = Field(
        default=None, description="The verified fact that confirmed or refuted it.")
    baseline: Literal["new", "unchanged"] | None = Field(
        default=None, description="Against --baseline: new, or unchanged (accepted).")


class Summary(Frozen):
    """Counts for the summary line."""

    sources: int
    claims: int
    findings: int
    contradicted: int = 0
    corroborated: int = 0
    unverified: int = 0
    forecast: int = 0
    confirmed: int = 0
    refuted: int = 0


class Tool(Frozen):
    """The program that wrote the report."""

    name: str = "factcheck"
    version: str


class Report(Frozen):
    """The whole result of a run: schema factcheck.report/1."""

    # `schema` is a BaseModel attribute, so the field is `schema_`; every dump uses the
    # documented name: report.model_dump_json() is the JSON report as is.
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True,
                              serialize_by_alias=True)

    schema_: Literal["factcheck.report/1"] = Field(
        default="factcheck.report/1", alias="schema", description="Report schema id."
    )
    tool: Tool = Field(description="Program and version.")
    as_of: dt.date = Field(description="Date forecasts are judged against.")
    sources: tuple[Source, ...] = Field(description="Every input file, sorted by path.")
    findings: tuple[Finding, ...] = Field(description="Every finding, contradictions first.")
    summary: Summary = Field(description="Counts.")
    baseline: BaselineStatus | None = Field(
        default=None, description="Comparison with the accepted baseline, when given.")

    def count(self, verdict: Verdict) -> int:
        """Number of findings with this verdict."""
        return sum(1 for f in self.findings if f.verdict == verdict)


#: --fail-on levels: which findings make the run fail (exit 1).
FAIL_LEVELS: dict[str, frozenset[str]] = {
    "contradicted": frozenset({"contradicted", "refuted"}),
    "refuted": frozenset({"refuted"}),
    "any": frozenset({"contradicted", "refuted", "overdue", "unusable"}),
    "never": frozenset(),
}


def unusable(report: Report) -> list[Source]:
    """Sources that could not be checked: what `--fail-on any` fails on and what the
    reports list as not checked. A repaired or re-encoded file is checked."""
    return [s for s in report.sources if not s.checked]


def failing(report: Report, fail_on: str = "contradicted",
            accepted: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings that fail the run at this level, minus the accepted (baselined) ones."""
    level = FAIL_LEVELS[fail_on]
    out = []
    for f in report.findings:
        if f.id in accepted or f.baseline == "unchanged":
            continue
        if f.verdict in level or ("overdue" in level and f.overdue):
            out.append(f)
    return out


def exit_code(report: Report, fail_on: str = "contradicted",
              accepted: frozenset[str] = frozenset(), strict_baseline: bool = False) -> int:
    """0 when nothing fails at this level, 1 when something does (see errors.py).

    With `strict_baseline`, a stale baseline entry (accepted, matching nothing now)
    fails too, unless `fail_on` is never.
    """
    from factcheck.errors import FINDINGS, OK

    if failing(report, fail_on, accepted):
        return FINDINGS
    if (strict_baseline and fail_on != "never" and report.baseline is not None
            and report.baseline.stale):
        return FINDINGS
    if "unusable" in FAIL_LEVELS[fail_on] and unusable(report):
        return FINDINGS
    return OK
