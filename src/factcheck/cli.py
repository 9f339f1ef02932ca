"""Command line: parse options, call the library, pick a reporter, write, exit."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from factcheck.errors import (
    FINDINGS,
    INTERRUPTED,
    OK,
    TERMINATED,
    USAGE_OR_INPUT,
    FactcheckError,
    Terminated,
)

FORMATS = ("table", "json", "markdown", "github", "sarif", "claimreview", "html")
FAIL_ON = ("contradicted", "refuted", "any", "never")


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


def _date(_: click.Context, __: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _write(text: str, output: str | None) -> None:
    """Write to stdout, or atomically to a file (temporary file, then rename)."""
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    from factcheck.atomic import write_text

    write_text(output, text)


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
        click.option("--max-size", type=click.IntRange(min=1), default=20 * 1024 * 1024,
                     show_default=True, help="Skip files larger than this many bytes."),
        click.option("--follow-links", is_flag=True,
                     help="Follow links that leave the source tree."),
        click.option("--as-of", callback=_date, default=None,
                     help="Judge forecasts as of this date (YYYY-MM-DD); default today."),
        click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of errors."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr while files are extracted (only on a terminal)."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=None)

        def update(done: int, total: int) -> None:
            if done == total or done % 50 == 0:
                bar.update(task, completed=done, total=total)

        yield update


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


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck", prog_name="factcheck")
def main() -> None:
    """Fact-check news coverage: claims, matched across sources, with verdicts.

    `factcheck PATHS…` is short for `factcheck check PATHS…`.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default="table", show_default=True,
              help="Report format: " + ", ".join(FORMATS) + " or a plugin's name.")
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
              "(pip install 'factcheck[dask]').")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@common
def check(paths: tuple[str, ...], fmt: str, output: str | None, fail_on: str,
          baseline: str | None, strict_baseline: bool, review_url: str | None, jobs: int,
          scheduler: str | None, quiet: bool, as_of: dt.date | None, verbose: bool,
          **settings: Any) -> None:
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
        with _progress(enabled=not quiet and sys.stderr.isatty()) as progress:
            report = run(list(paths), as_of, jobs=jobs, scheduler=scheduler, progress=progress,
                         **run_options(baseline=baseline, **settings))
        if fmt == "table":
            from factcheck.report.table import TableReporter

            tty = output is None and sys.stdout.isatty()
            width = shutil.get_terminal_size((120, 40)).columns if tty else 120
            reporter = TableReporter(width=width, color=tty)
        if review_url and hasattr(reporter, "url"):
            reporter.url = review_url
        _write(reporter.render(report), output)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except KeyboardInterrupt as exc:
        _interrupted(exc)
    except BrokenPipeError:
        # the reader of stdout went away (`factcheck … | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(FINDINGS)
    except OSError as exc:  # the output file cannot be written
        _fail(_cannot_write(exc, output), verbose)
    if not quiet and fmt != "table":
        from factcheck.report.table import summary_line

        click.echo(summary_line(report), err=True)
    sys.exit(exit_code(report, fail_on, strict_baseline=strict_baseline))


@main.command("baseline")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="Baseline file to write (e.g. claims/baseline.yaml).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="any", show_default=True,
              help="Accept the findings that fail at this level.")
@common
def baseline_cmd(paths: tuple[str, ...], output: str, fail_on: str, as_of: dt.date | None,
                 verbose: bool, **settings: Any) -> None:
    """Accept the current findings: write them to a baseline file by stable id."""
    from factcheck import baseline
    from factcheck.config import run_options
    from factcheck.pipeline import check as run

    try:
        report = run(list(paths), as_of, **run_options(baseline=None, **settings))
        accepted = baseline.make(report, fail_on)
        _write(baseline.dump(accepted), output)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except OSError as exc:  # the baseline file cannot be written
        _fail(_cannot_write(exc, output), verbose)
    click.echo(f"{output}: {len(accepted.findings)} findings accepted", err=True)
    sys.exit(OK)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(file_okay=False), default=None,
              help="Folder (e.g. claims/) to write extracted/<source>.yaml into; "
              "default stdout.")
@common
def extract_cmd(paths: tuple[str, ...], output: str | None, as_of: dt.date | None,
                verbose: bool, **settings: Any) -> None:
    """Write each source's extracted claims as reviewable YAML."""
    from factcheck import export
    from factcheck.config import run_options

    try:
        opts = run_options(baseline=None, **settings)
        found = export.extracted(list(paths), gazetteer_files=opts["gazetteer_files"],
                                 lexicon_files=opts["lexicon_files"],
                                 cache_dir=opts["cache_dir"], max_bytes=opts["max_bytes"],
                                 follow_links=opts["follow_links"])
        if output is None:
            click.echo("---\n".join(export.to_yaml(s, c) for s, c in found), nl=False)
        else:
            written = export.write_all(found, output)
            click.echo(f"{output}: wrote {len(written)} files", err=True)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(OK)
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
