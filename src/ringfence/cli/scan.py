"""`ringfence scan`: one text as a readable report, or a JSONL batch (see ringfence.jsonl for the row contract)."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, nullcontext
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ringfence.cli import app
from ringfence.errors import RingfenceError
from ringfence.jsonl import Row, RowError, dumps, parse_row, result_row
from ringfence.masking import mask_value
from ringfence.scanner import DEFAULT_MAX_BYTES, Scanner
from ringfence.types import CONTACT_KINDS, Context, ScanResult, Surface


@app.command("scan")
def scan_command(
    text: Annotated[str | None, typer.Argument(help="Text to scan and report on (omit when using --input).")] = None,
    surface: Annotated[str, typer.Option(help="Where the text was written: " + ", ".join(Surface))] = "message",
    stage: Annotated[
        str, typer.Option(help="Contract stage: pre_contract, active_contract or closed.")
    ] = "pre_contract",
    locale: Annotated[
        str | None, typer.Option(help='Locale of the writer, e.g. "en-GB" (a phone region hint).')
    ] = None,
    policy: Annotated[Path | None, typer.Option(help="Policy YAML file (default: the built-in policy).")] = None,
    input_path: Annotated[
        str | None, typer.Option("--input", "-i", help="JSONL rows to scan; - for stdin.", show_default=False)
    ] = None,
    output_path: Annotated[str, typer.Option("--output", "-o", help="Where to write result rows; - for stdout.")] = "-",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes for --input.")] = 1,
    max_bytes: Annotated[int, typer.Option(min=1, help="Largest text accepted, in UTF-8 bytes.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Scan TEXT and show a report, or scan every row of --input and write JSONL results.

    Batch mode exits 2 if any row could not be scanned (its error row is written in its place), else 0.
    """
    err = Console(stderr=True)
    if (text is None) == (input_path is None):
        err.print("[red]error:[/] give either TEXT or --input FILE (not both)")
        raise typer.Exit(2)
    try:
        scanner = Scanner(policy, max_bytes=max_bytes)
    except RingfenceError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if text is not None:
        try:
            context = Context(surface, stage, locale=locale)
            result = scanner.scan(text, context)
        except RingfenceError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        print_report(Console(highlight=False), text, result)
        return
    assert input_path is not None
    failed = run_batch(input_path, output_path, policy, max_bytes, workers, err)
    raise typer.Exit(2 if failed else 0)


# -- the readable report ---------------------------------------------------------------------------------


def print_report(console: Console, text: str, result: ScanResult) -> None:
    shown = Text(text)
    for f in result.findings:
        shown.stylize("bold white on red" if f.violation else "black on yellow", f.start, f.end)
    console.print(shown)
    console.print()
    if result.findings:
        table = Table(title="Findings", title_justify="left")
        for column in ("kind", "platform", "value", "rule", "confidence", "violation"):
            table.add_column(column, justify="right" if column == "confidence" else "left")
        for f in result.findings:
            value = mask_value(f.kind, f.value) if f.kind in CONTACT_KINDS else repr(f.text)
            table.add_row(
                f.kind.value,
                f.platform or "-",
                value,
                f.rule,
                f"{f.confidence:.2f}",
                "[red]yes[/]" if f.violation else "no",
                style=None,
            )
        console.print(table)
        console.print()
        console.print("[bold]Reasons[/]")
        for f in result.findings:
            console.print(Text(f"  • {f.reason}", style="red" if f.violation else "dim"))
    else:
        console.print("No contacts or off-platform intent found.")
    decision = result.decision
    colour = "red" if decision.violation else "green"
    verdict = "violation" if decision.violation else "no violation"
    console.print()
    console.print(
        f"[bold]Decision:[/] [{colour}]{decision.action.value}[/] ({verdict}, policy {decision.policy_version})"
    )


# -- batch mode ------------------------------------------------------------------------------------------

# A unit is scanned whole by one worker: one row, or every row of one thread; each row keeps its sequence number
# (its position among the output rows), because a thread's rows need not be contiguous in the input.
Unit = list[tuple[int, Row]]
Outputs = list[tuple[int, dict[str, Any]]]

_CHUNK_ROWS = 256
_worker_scanner: Scanner | None = None


def _init_worker(policy: Path | None, max_bytes: int) -> None:
    global _worker_scanner
    _worker_scanner = Scanner(policy, max_bytes=max_bytes)


def _scan_chunk(chunk: list[Unit]) -> Outputs:
    assert _worker_scanner is not None
    return scan_units(_worker_scanner, chunk)


def scan_units(scanner: Scanner, units: Sequence[Unit]) -> Outputs:
    out: Outputs = []
    for unit in units:
        if len(unit) == 1 and not unit[0][1].in_thread:
            results = [scanner.scan(unit[0][1].text, unit[0][1].context)]
        else:
            results = scanner.scan_thread([(row.text, row.context) for _, row in unit])
        out.extend((seq, result_row(row.id, res)) for (seq, row), res in zip(unit, results, strict=True))
    return out


class _OrderedWriter:
    """Writes output rows strictly in input order, holding early arrivals until their turn."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.next_seq = 0
        self.pending: dict[int, dict[str, Any]] = {}

    def put_many(self, rows: Outputs) -> None:
        for seq, row in rows:
            self.pending[seq] = row
        while self.next_seq in self.pending:
            self.stream.write(dumps(self.pending.pop(self.next_seq)).encode("utf-8") + b"\n")
            self.next_seq += 1


class _Reader:
    """Parses input lines into chunks of units. Error rows are returned in place as outputs; thread rows are
    buffered until the end of input, because a thread's last row may come anywhere later."""

    def __init__(self, scanner: Scanner, on_bytes: Callable[[int], None]) -> None:
        self.scanner = scanner
        self.on_bytes = on_bytes
        self.errors: Outputs = []
        self.error_count = 0

    def chunks(self, lines: Iterable[bytes]) -> Iterator[list[Unit]]:
        threads: dict[str, Unit] = {}
        chunk: list[Unit] = []
        seq = 0
        for line_no, raw in enumerate(lines, 1):
            self.on_bytes(len(raw))
            line = raw[3:] if line_no == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            if not line.strip():
                continue
            parsed = parse_row(line.rstrip(b"\r\n"), line_no, self.scanner)
            if isinstance(parsed, RowError):
                self.errors.append((seq, parsed.to_dict()))
                self.error_count += 1
            elif parsed.in_thread:
                threads.setdefault(str(parsed.context.thread_id), []).append((seq, parsed))
            else:
                chunk.append([(seq, parsed)])
                if len(chunk) >= _CHUNK_ROWS:
                    yield chunk
                    chunk = []
            seq += 1
        size = len(chunk)
        for unit in threads.values():
            chunk.append(unit)
            size += len(unit)
            if size >= _CHUNK_ROWS:
                yield chunk
                chunk, size = [], 0
        if chunk:
            yield chunk

    def take_errors(self) -> Outputs:
        errors, self.errors = self.errors, []
        return errors


def run_batch(
    input_path: str, output_path: str, policy: Path | None, max_bytes: int, workers: int, err: Console
) -> bool:
    """Scan every row of input_path into output_path; True if any row failed."""
    with ExitStack() as stack:
        if input_path == "-":
            source: IO[bytes] = sys.stdin.buffer
            total = None
        else:
            try:
                source = stack.enter_context(Path(input_path).open("rb"))
            except OSError as exc:
                err.print(f"[red]error:[/] cannot read {input_path}: {exc.strerror}")
                raise typer.Exit(2) from None
            total = Path(input_path).stat().st_size or None
        if output_path == "-":
            sink: IO[bytes] = sys.stdout.buffer
        else:
            try:
                sink = stack.enter_context(Path(output_path).open("wb"))
            except OSError as exc:
                err.print(f"[red]error:[/] cannot write {output_path}: {exc.strerror}")
                raise typer.Exit(2) from None
        progress = _progress(err, total)
        stack.enter_context(progress or nullcontext())
        task = progress.add_task("scanning", total=total) if progress else None

        def advance(n: int) -> None:
            if progress is not None and task is not None:
                progress.advance(task, n)

        scanner = Scanner(policy, max_bytes=max_bytes)
        reader = _Reader(scanner, advance)
        writer = _OrderedWriter(sink)
        if workers == 1:
            for chunk in reader.chunks(source):
                writer.put_many(reader.take_errors())
                writer.put_many(scan_units(scanner, chunk))
        else:
            pool = stack.enter_context(
                multiprocessing.get_context("spawn").Pool(workers, _init_worker, (policy, max_bytes))
            )
            in_flight: deque[AsyncResult[Outputs]] = deque()
            for chunk in reader.chunks(source):
                writer.put_many(reader.take_errors())
                in_flight.append(pool.apply_async(_scan_chunk, (chunk,)))
                while len(in_flight) > 2 * workers:  # bounded memory: wait for the oldest chunk
                    writer.put_many(in_flight.popleft().get())
            while in_flight:
                writer.put_many(in_flight.popleft().get())
        writer.put_many(reader.take_errors())
        sink.flush()
        if writer.pending:  # every sequence number is produced exactly once, so nothing can remain
            raise RuntimeError(f"{len(writer.pending)} output rows were never written")
        return reader.error_count > 0


def _progress(err: Console, total: int | None) -> Progress | None:
    if not err.is_terminal:
        return None
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%") if total else MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
