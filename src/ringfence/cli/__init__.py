"""The `ringfence` command line. Each command lives in its own module and registers itself on `app`."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="ringfence",
    help="Find contact details and off-platform intent in marketplace text.",
    no_args_is_help=True,
    add_completion=False,
)

from ringfence.cli import eval_cmd, fuzz, scan, serve  # noqa: E402  (modules register their commands)

__all__ = ["app", "eval_cmd", "fuzz", "main", "scan", "serve"]


def main() -> None:
    app()
