"""Command line: parse options, call the library, pick a reporter, write, exit."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

import click

from factcheck import DISTRIBUTION, __version__
from factcheck.errors import (
    CLOSED_STDOUT,
    INTERRUPTED,
    OK,
    TERMINATED,
    USAGE_OR_INPUT,
    FactcheckError,
    Terminated,
)

if TYPE_CHECKING:
    from factcheck.models import Report
    from factcheck.report.base import Reporter

FORMATS = ("table", "concise", "json", "markdown", "github", "sarif", "claimreview", "html")
FAIL_ON = ("contradicted", "refuted", "any", "never")
COLOR = ("auto", "always", "never")

EXAMPLES = """\b
Examples:
  factcheck sources/                     the verdict table
  factcheck sources/ --format concise    one line per finding
  factcheck sources/ --statistics        counts by verdict and kind
  factcheck . --exclude 'tests/*'        leave out a folder (and what git ignores)
  factcheck sources/ --format json -o report.json
  factcheck baseline sources/ -o claims/baseline.yaml
  factcheck sources/ --baseline claims/baseline.yaml --format github

\b
Exit codes:
  0    no finding at the --fail-on level
  1    at least one finding at the --fail-on level
  2    usage or input error (one Error: line on stderr)
  130  interrupted (Ctrl-C)
  141  stdout closed before the report was written (factcheck … | head)
  143  terminated (SIGTERM)
"""


class FormatChoice(click.Choice):  # type: ignore[type-arg]
    """The built-in formats and the plugins' (entry points), listed only when asked, so
    that start-up never scans entry points."""

    def __init__(self) -> None:  # no super().__init__: `choices` is computed
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        from factcheck.report import available

        return tuple(dict.fromkeys([*FORMATS, *available()]))


class Size(click.ParamType):  # type: ignore[type-arg]
    """A size in bytes: 20971520, 512k, 20M, 1G (binary multiples: 1k = 1024)."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> int:
        from factcheck.sizes import parse_size

        try:
            return parse_size(value if isinstance(value, int) else str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "SIZE"


class _EchoHandler(logging.Handler):
    """Log records as lines on the current stderr (click's, so tests see them)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(self.format(record), err=True)
        except Exception:  # pragma: no cover - logging never stops the run
            self.handleError(record)


def _verbose(_: click.Context, __: click.Parameter, value: bool) -> bool:
    """-v: debug logging of the factcheck modules on stderr (and tracebacks of errors)."""
    logger = logging.getLogger("factcheck")
    for h in [h for h in logger.handlers if isinstance(h, _EchoHandler)]:
        logger.removeHandler(h)
    if value:
        handler = _EchoHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        logger.propagate = False
    else:
        logger.setLevel(logging.NOTSET)
        logger.propagate = True
    return value


def _interrupted(exc: KeyboardInterrupt) -> None:
    """Ctrl-C or SIGTERM: nothing half-written (see atomic.py), one line, the shell's code."""
    click.echo("Interrupted", err=True)
    sys.exit(TERMINATED if isinstance(exc, Terminated) else INTERRUPTED)


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


class DefaultGroup(click.Group):
    """`factcheck PATHS` means `factcheck check PATHS`; Ctrl-C and SIGTERM at any moment
    exit 130 and 143 with one line (click alone would print `Aborted!` and exit 1)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in {"--help", "-h",
                                                                       "--version"}:
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt as exc:
            _interrupted(exc)
            raise  # pragma: no cover - _interrupted exits

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            _interrupted(exc)
        except BrokenPipeError:
            _closed_stdout()

    def main(self, *args: Any, **kwargs: Any) -> Any:
        import signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            return super().main(*args, **kwargs)
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
        try:
            return super().main(*args, **kwargs)
        finally:
            signal.signal(signal.SIGTERM, previous)


def _closed_stdout() -> None:
    """The reader of stdout went away (`factcheck … | head`): stop quietly with the code a
    shell gives a process killed by SIGPIPE, which no finding can be mistaken for."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(CLOSED_STDOUT)


def _date(_: click.Context, __: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _write(text: str | Iterable[str], output: str | None, color: bool | None = None
           ) -> None:
    """Write to stdout, or atomically to a file (temporary file, then rename): a string,
    or its pieces in order (see `_rendered`). `color` True keeps ANSI styles even where
    click would strip them (not a terminal)."""
    if output is None or output == "-":
        for piece in (text,) if isinstance(text, str) else text:
            click.echo(piece, nl=False, color=color)
        return
    from factcheck.atomic import write_text

    write_text(output, text)


def _rendered(reporter: Reporter, report: Report) -> str | Iterable[str]:
    """The report as the format writes it: in pieces when the format makes them (JSON:
    a large report is never one string), else its whole text."""
    pieces = getattr(reporter, "pieces", None)
    return cast(Iterable[str], pieces(report)) if callable(pieces) else reporter.render(report)


def _config(ctx: click.Context, _: click.Parameter, value: str | None) -> str | None:
    """Eager: read the configuration file into the command's defaults (flags still win)."""
    from factcheck import config

    try:
        path = value or config.find()
        if path is not None:
            loaded = config.load(path)
            if "format" in loaded:
                loaded["fmt"] = loaded.pop("format")
            ctx.default_map = {**(ctx.default_map or {}), **loaded}
    except FactcheckError as exc:
        _fail(exc, False)
    return str(path) if path else None


def common(f: Any) -> Any:
    """Options shared by check, baseline and extract."""
    options = [
        click.option("--config", callback=_config, is_eager=True, expose_value=False,
                     type=click.Path(dir_okay=False),
                     help="Settings file (default: nearest factcheck.yaml or pyproject.toml "
                     "with [tool.factcheck]); flags win."),
        click.option("--claims", type=click.Path(file_okay=False), default=None,
                     help="The claims/ ledger folder: verified.yaml, aliases*.yaml."),
        click.option("--gazetteer", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra alias file for the gazetteer (repeatable)."),
        click.option("--lexicon", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra metric lexicon file (repeatable)."),
        click.option("--cache-dir", envvar="FACTCHECK_CACHE_DIR", default=None,
                     help="Claim cache folder [env FACTCHECK_CACHE_DIR; default "
                     "~/.cache/factcheck]."),
        click.option("--no-cache", is_flag=True, help="Extract every file afresh."),
        click.option("--max-size", type=Size(), default="20M", show_default=True,
                     help="Skip files larger than this: bytes, or 512k, 20M, 1G."),
        click.option("--follow-links", is_flag=True,
                     help="Follow links that leave the source tree."),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="Leave out paths matching this glob, whole path or one part "
                     "('tests/*', 'drafts', '*.md'); repeatable."),
        click.option("--no-gitignore", is_flag=True,
                     help="Also read what git ignores in a folder of a git work tree."),
        click.option("-v", "--verbose", is_flag=True, callback=_verbose, is_eager=True,
                     help="Debug logging on stderr, and tracebacks of errors."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


as_of_option = click.option(
    "--as-of", callback=_date, default=None, metavar="DATE",
    help="Judge forecasts as of this date (YYYY-MM-DD); default today.")


class _Bar:
    """What the progress bar shows: reading N/M files, then matching, then judging."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.task = bar.add_task("reading files", total=None)

    def files(self, done: int, total: int) -> None:
        if done in (1, total) or done % 50 == 0:
            self.bar.update(self.task, description=f"reading {done:,}/{total:,} files",
                            completed=done, total=total)

    def phase(self, name: str, count: int) -> None:
        what = "claims" if name == "matching" else "groups"
        self.bar.update(self.task, description=f"{name} {count:,} {what}", total=None,
                        completed=0)


@contextlib.contextmanager
def _progress(enabled: bool, color: str = "auto") -> Iterator[_Bar | None]:
    """A progress bar on stderr, phase by phase (only when stderr is a terminal)."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True, color_system=None if color == "never" else "auto")
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        yield _Bar(bar)


def _terminal(color: str) -> tuple[int, bool, str | None]:
    """Width, whether to colour, and the colour system for stdout, as rich reads the
    terminal and NO_COLOR, FORCE_COLOR, COLUMNS and TERM (`--color` always or never wins)."""
    from rich.console import Console

    if color == "always":
        probe = Console(force_terminal=True, no_color=False)
        return probe.width, True, probe.color_system or "standard"
    probe = Console(color_system=None) if color == "never" else Console()
    on = probe.is_terminal and probe.color_system is not None and not probe.no_color
    return probe.width, color == "auto" and on, probe.color_system


def _refuse_as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """extract takes no --as-of: claims do not depend on it (a configuration file's as-of
    is for check and baseline, and is ignored here)."""
    source = ctx.get_parameter_source(param.name or "")
    if value is not None and source == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("extract takes no --as-of: extracted claims do not depend "
                               "on it (relative dates resolve against each source's date)",
                               ctx)


def _discovery(settings: dict[str, Any]) -> dict[str, Any]:
    """The discovery options, taken out of the settings run_options reads."""
    return {"exclude": tuple(settings.pop("exclude", ())),
            "gitignore": not settings.pop("no_gitignore", False)}


def _configured(reporter: Any, fmt: str, output: str | None, review_url: str | None,
                color: str = "auto", show_all: bool = False) -> tuple[Any, bool | None]:
    """The reporter set up for where it writes, and whether to keep ANSI styles: the table
    at the terminal's width and in colour on a terminal (`--color`); --all for the table and
    concise views; the ClaimReview page URL."""
    ansi: bool | None = None
    if fmt == "table":
        from factcheck.report.table import TableReporter

        width, ansi, system = _terminal(color)
        ansi = ansi and (output is None or color == "always")
        reporter = TableReporter(width, ansi, color_system=system, show_all=show_all)
    elif hasattr(reporter, "show_all"):
        reporter.show_all = show_all
    if review_url and hasattr(reporter, "url"):
        reporter.url = review_url
    return reporter, ansi


def _cannot_write(exc: OSError, output: str | None) -> FactcheckError:
    from factcheck.load.discover import printable

    # the file named in the error when it is a real one (not a temporary file)
    named = exc.filename if isinstance(exc.filename, str) else None
    where = named if named and output and ".factcheck-" not in named else output
    return FactcheckError(f"cannot write: {exc.strerror or exc.__class__.__name__}",
                          printable(where) if where else None)


def _fail(exc: Exception, verbose: bool) -> None:
    if verbose:
        import traceback

        traceback.print_exc()
    click.echo(f"Error: {exc}", err=True)
    sys.exit(USAGE_OR_INPUT)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXAMPLES)
@click.version_option(__version__, prog_name="factcheck",
                      message=f"%(prog)s %(version)s (package {DISTRIBUTION})")
def main() -> None:
    """Fact-check news coverage: claims, matched across sources, with verdicts.

    `factcheck PATHS…` is short for `factcheck check PATHS…`.
    """


@main.command(epilog=EXAMPLES)
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=FormatChoice(), default="table", show_default=True,
              help="Report format (plugins add their own).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file (atomically) instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="contradicted",
              show_default=True, help="Which findings make the exit code 1.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Accepted findings (factcheck baseline): fail only on new ones.")
@click.option("--strict-baseline", is_flag=True,
              help="Also fail on baseline entries that match nothing any more.")
@click.option("--review-url", default=None, help="Page that hosts the ClaimReviews.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Processes extracting files (default 0: all cores; 1: serial).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on Dask: 'local' or a scheduler address such as tcp://host:8786 "
              f"(the dask extra: pip install '{DISTRIBUTION}[dask]').")
@click.option("--all", "show_all", is_flag=True,
              help="Table and concise: also list single-source findings and forecasts "
              "without a deadline (counted, not listed, by default).")
@click.option("--statistics", is_flag=True,
              help="Print the number of findings of each verdict and kind instead of the "
              "report.")
@click.option("--color", type=click.Choice(COLOR), default="auto", show_default=True,
              help="Colour the table: auto (a terminal, unless NO_COLOR or TERM=dumb; "
              "FORCE_COLOR forces it), always or never.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@as_of_option
@common
def check(paths: tuple[str, ...], fmt: str, output: str | None, fail_on: str,
          baseline: str | None, strict_baseline: bool, review_url: str | None, jobs: int,
          scheduler: str | None, show_all: bool, statistics: bool, color: str, quiet: bool,
          as_of: dt.date | None, verbose: bool, **settings: Any) -> None:
    """Check the articles under PATHS (files, folders or globs) and report verdicts."""
    from factcheck.config import run_options
    from factcheck.models import exit_code
    from factcheck.pipeline import check as run
    from factcheck.report import get_reporter

    try:
        reporter = get_reporter(fmt)
        if jobs == 0:
            from factcheck.parallel import default_jobs

            jobs = default_jobs()
        found = _discovery(settings)
        with _progress(not quiet and sys.stderr.isatty(), color) as bar:
            report = run(list(paths), as_of, jobs=jobs, scheduler=scheduler,
                         progress=bar.files if bar else None,
                         phase=bar.phase if bar else None, **found,
                         **run_options(baseline=baseline, **settings))
        ansi: bool | None = None
        text: str | Iterable[str]
        if statistics:
            from factcheck.report.statistics import statistics as count

            text = count(report)
        else:
            reporter, ansi = _configured(reporter, fmt, output, review_url, color, show_all)
            text = _rendered(reporter, report)
        _write(text, output, color=ansi)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except KeyboardInterrupt as exc:
        _interrupted(exc)
    except BrokenPipeError:
        _closed_stdout()
    except OSError as exc:  # the output file cannot be written
        _fail(_cannot_write(exc, output), verbose)
    if not quiet and (fmt != "table" or statistics):
        from factcheck.report.table import summary_line

        click.echo(summary_line(report), err=True)
    sys.exit(exit_code(report, fail_on, strict_baseline=strict_baseline))


@main.command("baseline")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="Baseline file to write (e.g. claims/baseline.yaml).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="any", show_default=True,
              help="Accept the findings that fail at this level.")
@click.option("--update", is_flag=True,
              help="Carry the entries of the existing FILE over to today's ids (after an "
              "upgrade); accept nothing new.")
@as_of_option
@common
def baseline_cmd(paths: tuple[str, ...], output: str, fail_on: str, update: bool,
                 as_of: dt.date | None, verbose: bool, **settings: Any) -> None:
    """Accept the current findings: write them to a baseline file by stable id."""
    from factcheck import baseline
    from factcheck.config import run_options
    from factcheck.pipeline import check as run

    try:
        old = baseline.load(output) if update else None
        found = _discovery(settings)
        report = run(list(paths), as_of, **found, **run_options(baseline=None, **settings))
        if old is None:
            accepted = baseline.make(report, fail_on)
            message = f"{len(accepted.findings)} findings accepted"
        else:
            accepted, dropped = baseline.update(report, old)
            message = (f"{len(accepted.findings)} accepted findings carried over, "
                       f"{len(dropped)} stale entries dropped")
        _write(baseline.dump(accepted), output)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except OSError as exc:  # the baseline file cannot be written
        _fail(_cannot_write(exc, output), verbose)
    click.echo(f"{output}: {message}", err=True)
    sys.exit(OK)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(file_okay=False), default=None,
              help="Folder (e.g. claims/) to write extracted/<source>.yaml into; "
              "default stdout.")
@click.option("--as-of", callback=_refuse_as_of, expose_value=False, hidden=True)
@common
def extract_cmd(paths: tuple[str, ...], output: str | None, verbose: bool,
                **settings: Any) -> None:
    """Write each source's extracted claims as reviewable YAML (no --as-of: extraction
    does not depend on the date; relative dates resolve against each source's own)."""
    from factcheck import export
    from factcheck.config import run_options

    try:
        where = _discovery(settings)
        opts = run_options(baseline=None, **settings)
        found = export.extracted(list(paths), gazetteer_files=opts["gazetteer_files"],
                                 lexicon_files=opts["lexicon_files"],
                                 cache_dir=opts["cache_dir"], max_bytes=opts["max_bytes"],
                                 follow_links=opts["follow_links"], **where)
        if output is None:
            click.echo("---\n".join(export.to_yaml(s, c) for s, c in found), nl=False)
        else:
            written = export.write_all(found, output)
            click.echo(f"{output}: wrote {len(written)} files", err=True)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except BrokenPipeError:
        _closed_stdout()
    except OSError as exc:  # the output folder cannot be written
        _fail(_cannot_write(exc, output), verbose)
    sys.exit(OK)


@main.group("cache")
def cache_group() -> None:
    """Manage the claim cache (pruned by age and size as it is used)."""


@cache_group.command("clear")
@click.option("--cache-dir", envvar="FACTCHECK_CACHE_DIR", default=None,
              help="Claim cache folder [env FACTCHECK_CACHE_DIR; default ~/.cache/factcheck].")
def cache_clear(cache_dir: str | None) -> None:
    """Remove every cached claim entry (nothing else in the folder is touched)."""
    from factcheck import cache
    from factcheck.load.discover import printable

    folder = cache_dir or cache.default_dir()
    removed = cache.clear(folder)
    click.echo(f"{printable(folder)}: removed {removed} cache entries", err=True)
    sys.exit(OK)


@main.command()
@click.argument("report_file", metavar="REPORT.json")
@click.option("--format", "fmt", default="table", show_default=True,
              help="Report format: " + ", ".join(FORMATS) + " or a plugin's name.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file (atomically) instead of stdout.")
@click.option("--review-url", default=None, help="Page that hosts the ClaimReviews.")
@click.option("--all", "show_all", is_flag=True,
              help="Table and concise: also list single-source findings and forecasts "
              "without a deadline.")
@click.option("--color", type=click.Choice(COLOR), default="auto", show_default=True,
              help="Colour the table: auto, always or never (as for check).")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of errors.")
def render(report_file: str, fmt: str, output: str | None, review_url: str | None,
           show_all: bool, color: str, verbose: bool) -> None:
    """Render a JSON report (--format json; - for stdin) in another format, without
    checking again. Exits 0: the check's own exit code is the verdict."""
    from factcheck.report import get_reporter
    from factcheck.report.json import read

    try:
        reporter, ansi = _configured(get_reporter(fmt), fmt, output, review_url, color,
                                     show_all)
        _write(_rendered(reporter, read(report_file)), output, color=ansi)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except OSError as exc:  # the output file cannot be written
        _fail(_cannot_write(exc, output), verbose)
    sys.exit(OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the report (factcheck.report/1)."""
    from factcheck.report.json import schema as make

    click.echo(make(), nl=False)
    sys.exit(OK)


def run(argv: list[str] | None = None) -> Any:
    """Entry point for embedding: returns the exit code instead of exiting."""
    try:
        main.main(args=argv, standalone_mode=False)
    except SystemExit as exc:
        return exc.code
    return OK
