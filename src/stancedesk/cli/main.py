"""Argument parsing, exit codes and the one-line error contract of stancedesk-cli."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from stancedesk import __version__
from stancedesk.cli import (
    catalog_commands,
    core_commands,
    exchange_commands,
    intake_commands,
    query_commands,
    sharing_commands,
)
from stancedesk.domain.errors import FileProblem, StanceDeskError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]
log = logging.getLogger("stancedesk.cli")

COMMAND_MODULES = [
    core_commands, query_commands, catalog_commands, intake_commands, exchange_commands, sharing_commands,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="stancedesk-cli", description="Work with StanceDesk files from the command line.")
    parser.add_argument("--version", action="version", version=f"stancedesk {__version__}")
    parser.add_argument("--author", help="reviewer name stamped on changes (default: your profile)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except FileProblem as exc:
        sys.stderr.write(f"stancedesk-cli: {exc}\n")
        return EXIT_FAILED
    except StanceDeskError as exc:
        # The contract is one line naming the file and the problem.
        where = getattr(args, "file", None)
        sys.stderr.write(f"stancedesk-cli: {where}: {exc}\n" if where else f"stancedesk-cli: {exc}\n")
        return EXIT_FAILED
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write("stancedesk-cli: interrupted\n")
        return EXIT_FAILED
    except Exception as exc:
        log.debug("unexpected failure", exc_info=True)
        sys.stderr.write(f"stancedesk-cli: unexpected error ({type(exc).__name__}: {exc})\n")
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
