"""Command line: parse options, call the library, pick a reporter, write, exit."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from typing import Any

import click

from factcheck.errors import FINDINGS, INTERRUPTED, OK, USAGE_OR_INPUT, FactcheckError

FORMATS = ("table", "json")
FAIL_ON = ("contradicted", "refuted", "any", "never")


class DefaultGroup(click.Group):
    """`factcheck PATHS` means `factcheck check PATHS`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in {"--help", "-h",
                                                                       "--version"}:
            args = ["check", *args]
        return super().parse_args(ctx, args)


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
    import tempfile

    folder = os.path.dirname(os.path.abspath(output))
    fd, tmp = tempfile.mkstemp(prefix=".factcheck-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


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
              help="Report format: " + ", ".join(FORMATS) + ".")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file (atomically) instead of stdout.")
@click.option("--as-of", callback=_date, default=None,
              help="Judge forecasts as of this date (YYYY-MM-DD); default today.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="contradicted",
              show_default=True, help="Which findings make the exit code 1.")
@click.option("--max-size", type=click.IntRange(min=1), default=20 * 1024 * 1024,
              show_default=True, help="Skip files larger than this many bytes.")
@click.option("--follow-links", is_flag=True, help="Follow links that leave the source tree.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of errors.")
def check(paths: tuple[str, ...], fmt: str, output: str | None, as_of: dt.date | None,
          fail_on: str, max_size: int, follow_links: bool, quiet: bool,
          verbose: bool) -> None:
    """Check the articles under PATHS (files, folders or globs) and report verdicts."""
    from factcheck.models import exit_code
    from factcheck.pipeline import check as run
    from factcheck.report import get_reporter

    try:
        reporter = get_reporter(fmt)
        report = run(list(paths), as_of, max_bytes=max_size, follow_links=follow_links)
        if fmt == "table":
            from factcheck.report.table import TableReporter

            tty = output is None and sys.stdout.isatty()
            width = shutil.get_terminal_size((120, 40)).columns if tty else 120
            reporter = TableReporter(width=width, color=tty)
        _write(reporter.render(report), output)
    except FactcheckError as exc:
        _fail(exc, verbose)
    except KeyboardInterrupt:
        # Ctrl-C: nothing half-written (see _write), one line, the shell's code for SIGINT
        click.echo("Interrupted", err=True)
        sys.exit(INTERRUPTED)
    except BrokenPipeError:
        # the reader of stdout went away (`factcheck … | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(FINDINGS)
    except OSError as exc:  # the output file cannot be written
        _fail(FactcheckError(f"cannot write: {exc.strerror or exc.__class__.__name__}",
                             output), verbose)
    if not quiet and fmt != "table":
        from factcheck.report.table import summary_line

        click.echo(summary_line(report), err=True)
    sys.exit(exit_code(report, fail_on))


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
