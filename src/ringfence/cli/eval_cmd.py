"""`ringfence eval`: score labelled cases (a file, a directory, or a named public set) and report."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ringfence.cli import app
from ringfence.errors import RingfenceError
from ringfence.eval.datasets import NAMED_SETS, resolve_cases
from ringfence.eval.harness import Metrics, Ratio, Report, run
from ringfence.scanner import Scanner


@app.command("eval")
def eval_command(
    cases: Annotated[
        str, typer.Argument(help=f"A .jsonl case file, a directory of them, or one of: {', '.join(NAMED_SETS)}.")
    ],
    datasets: Annotated[
        Path | None,
        typer.Option(help="Public datasets directory (default: $RINGFENCE_DATASETS or ../shared/datasets)."),
    ] = None,
    policy: Annotated[Path | None, typer.Option(help="Policy YAML file (default: the built-in policy).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON here.")] = None,
    show_misses: Annotated[int, typer.Option(min=0, help="List up to N cases that missed a metric.")] = 0,
    tags: Annotated[bool, typer.Option(help="Show the per-tag table.")] = True,
) -> None:
    """Score the scanner on labelled cases: contact recall, span coverage, clean flag rate, intents, decisions."""
    console = Console(highlight=False)
    if not console.is_terminal:  # files and pipes get whole rows rather than 80-column wrapping
        console = Console(highlight=False, width=200)
    err = Console(stderr=True)
    try:
        loaded = resolve_cases(cases, datasets)
        report = run(Scanner(policy), loaded)
    except RingfenceError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    console.print(metrics_table(f"{cases}: overall", {"all": report.overall}))
    if tags and report.by_tag:
        console.print(metrics_table("per tag", report.by_tag))
    if show_misses:
        print_misses(console, report, show_misses)
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_dict(show_misses), indent=2, ensure_ascii=False) + "\n", "utf-8")


def _fmt(r: Ratio) -> str:
    return "-" if r.value is None else f"{r.value:.3f} ({r.hits}/{r.total})"


def metrics_table(title: str, rows: Mapping[str, Metrics]) -> Table:
    intent_kinds = sorted({k for m in rows.values() for k in m.intent_recall})
    table = Table(title=title, title_justify="left")
    table.add_column("set")
    table.add_column("cases", justify="right")
    for name in ("contact recall", "span coverage", "clean flagged", "by contacts", "decision acc."):
        table.add_column(name, justify="right")
    for kind in intent_kinds:
        table.add_column(f"{kind} recall", justify="right")
    for name, m in rows.items():
        cells = [
            _fmt(m.contact_recall),
            _fmt(m.span_coverage),
            _fmt(m.clean_flag_rate),
            _fmt(m.clean_contact_flag_rate),
            _fmt(m.decision_accuracy),
        ]
        cells += [_fmt(m.intent_recall[k]) if k in m.intent_recall else "-" for k in intent_kinds]
        table.add_row(name, str(m.cases), *cells)
    return table


def print_misses(console: Console, report: Report, limit: int) -> None:
    misses = report.misses()
    console.print(f"[bold]Misses[/] ({min(limit, len(misses))} of {len(misses)})")
    for outcome, why in misses[:limit]:
        case = outcome.case
        console.print(Text(f"{case.id} [{', '.join(case.tags)}] {case.surface}/{case.stage}", style="bold"))
        console.print(Text(f"  {case.text!r}"))
        found = [f"{f.kind.value}:{f.text!r}" for f in outcome.result.findings] if outcome.result else []
        console.print(Text(f"  found: {', '.join(found) or 'nothing'}", style="dim"))
        for reason in why:
            console.print(Text(f"  - {reason}", style="red"))
