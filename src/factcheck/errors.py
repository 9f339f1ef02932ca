"""Exception hierarchy and exit codes: every error the CLI turns into one line."""

from __future__ import annotations

OK = 0
FINDINGS = 1
USAGE_OR_INPUT = 2
INTERRUPTED = 130  # Ctrl-C, as a shell reports a process killed by SIGINT
CLOSED_STDOUT = 141  # the reader of stdout went away, as a shell reports death by SIGPIPE
TERMINATED = 143  # SIGTERM (a CI runner cancelling the job), as a shell reports it


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program stands so that it unwinds like Ctrl-C: temporary
    files removed, pool workers ended, one line, exit 143."""


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose; renders as 'path:line: reason'."""

    def __init__(self, reason: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.reason}"


class InputError(FactcheckError):
    """A path or file that cannot be used at all (no such path, no readable article)."""


class ConfigError(FactcheckError):
    """A bad configuration file or option value."""


class LedgerError(FactcheckError):
    """A malformed file under claims/ (aliases, verified facts, baseline)."""


class NotText(FactcheckError):
    """A file whose bytes are not text (binary, image, archive)."""
