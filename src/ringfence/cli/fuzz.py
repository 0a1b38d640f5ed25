"""`ringfence fuzz`: the adversarial self-test (recall and span coverage per disguise technique and pair)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ringfence.cli import app
from ringfence.errors import RingfenceError
from ringfence.fuzz import TECHNIQUES, TECHNIQUES_BY_NAME, FuzzReport, Score, default_seeds, fuzz, load_seeds


def _pct(value: float, target: float | None) -> str:
    text = f"{value:.1%}"
    if target is None:
        return text
    return f"[green]{text}[/]" if value >= target else f"[red]{text}[/]"


def scores_table(title: str, scores: list[Score], target: float | None) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("technique")
    table.add_column("kinds")
    table.add_column("cases", justify="right")
    table.add_column("recall", justify="right")
    table.add_column("span coverage", justify="right")
    table.add_column("value exact", justify="right")
    table.add_column("errors", justify="right")
    for s in scores:
        table.add_row(
            s.key,
            ",".join(s.kinds),
            str(s.cases),
            _pct(s.recall, target),
            _pct(s.coverage, target),
            f"{s.value_rate:.1%}",
            str(s.errors) if s.errors else "",
        )
    return table


def print_report(console: Console, report: FuzzReport, single_target: float, pair_target: float, pairs: int) -> None:
    singles = sorted(report.singles, key=lambda s: (min(s.recall, s.coverage), s.key))
    console.print(scores_table(f"Single techniques (seed {report.seed})", singles, single_target))
    if report.pairs:
        worst = sorted(report.pairs, key=lambda s: (min(s.recall, s.coverage), s.key))
        shown = worst if pairs <= 0 else worst[:pairs]
        title = "Pairs" if len(shown) == len(worst) else f"Pairs: the {len(shown)} weakest of {len(worst)}"
        console.print(scores_table(title, shown, pair_target))
    totals = [report.singles_total] + ([report.pairs_total] if report.pairs else [])
    console.print(scores_table("Totals", totals, None))
    below_singles = report.below(single_target, pairs=False)
    below_pairs = report.below(pair_target, pairs=True)
    console.print(
        f"{len(below_singles)} of {len(report.singles)} techniques below {single_target:.0%}; "
        f"{len(below_pairs)} of {len(report.pairs)} pairs below {pair_target:.0%}"
    )


@app.command("fuzz")
def fuzz_command(
    seeds: Annotated[Path | None, typer.Option(help="JSONL seed contacts (kind, text, value or region).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same cases.")] = 0,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the full report (with failures) here.")] = None,
    min_recall: Annotated[
        float | None, typer.Option(help="Exit 1 if any single technique's recall or span coverage is below this.")
    ] = None,
    min_pair_recall: Annotated[
        float | None, typer.Option(help="Exit 1 if any pair's recall or span coverage is below this.")
    ] = None,
    technique: Annotated[
        list[str] | None, typer.Option("--technique", "-t", help="Only these techniques (repeat the option).")
    ] = None,
    pairs: Annotated[bool, typer.Option(help="Also every combination of two techniques.")] = True,
    show_pairs: Annotated[int, typer.Option(min=0, help="Pairs shown in the table, weakest first (0 = all).")] = 25,
    builtin_seeds: Annotated[bool, typer.Option(help="Include the built-in seed contacts.")] = True,
) -> None:
    """Disguise seed contacts with every technique and pair, scan them, and report recall and span coverage."""
    console = Console(highlight=False)
    if not console.is_terminal:  # files and pipes get whole rows rather than 80-column wrapping
        console = Console(highlight=False, width=200)
    try:
        chosen = TECHNIQUES
        if technique:
            unknown = [t for t in technique if t not in TECHNIQUES_BY_NAME]
            if unknown:
                raise typer.BadParameter(f"unknown {unknown}; known: {', '.join(TECHNIQUES_BY_NAME)}", param_hint="-t")
            chosen = tuple(TECHNIQUES_BY_NAME[t] for t in technique)
        seed_list = default_seeds() if builtin_seeds else []
        if seeds is not None:
            seed_list.extend(load_seeds(seeds))
        if not seed_list:
            raise typer.BadParameter("no seeds: give --seeds FILE or keep the built-in seeds", param_hint="--seeds")
        report = fuzz(seed_list, chosen, seed, pairs)
    except RingfenceError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(code=2) from None
    single_target = 0.95 if min_recall is None else min_recall
    pair_target = 0.90 if min_pair_recall is None else min_pair_recall
    print_report(console, report, single_target, pair_target, show_pairs)
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        console.print(f"report written to {json_out}")
    failed = (min_recall is not None and report.below(min_recall, pairs=False)) or (
        min_pair_recall is not None and report.below(min_pair_recall, pairs=True)
    )
    if failed:
        raise typer.Exit(code=1)
