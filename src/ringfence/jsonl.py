"""The JSONL row contract shared by `ringfence scan --input` and the service's batch endpoints.

An input row is a JSON object `{"id", "text", "surface", "stage", ...}`: a missing surface means "message", a
missing stage "pre_contract", unknown fields are ignored, and the optional context fields (sender_role,
sender_id, thread_id, tenant, locale, sender_name) go into the Context. A result row is
`{"id", **ScanResult.to_dict()}`; a row that cannot be scanned becomes `{"line", "id" (if known), "error"}`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ringfence.errors import RingfenceError
from ringfence.scanner import Scanner
from ringfence.types import Context, ScanResult

_MISSING = object()


@dataclass(frozen=True, slots=True)
class Row:
    """A valid input row: its 1-based line number, the id as given (any JSON value), text and context."""

    line: int
    id: Any
    text: str
    context: Context

    @property
    def in_thread(self) -> bool:
        """Rows with both thread_id and sender_id are thread messages, scanned together with their thread."""
        return self.context.thread_id is not None and self.context.sender_id is not None


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be scanned; written in its place so the output stays aligned with the input."""

    line: int
    error: str
    id: Any = _MISSING

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line}
        if self.id is not _MISSING:
            out["id"] = self.id
        out["error"] = self.error
        return out


def parse_row(raw: bytes | str, line: int, scanner: Scanner) -> Row | RowError:
    """Parse and validate one input line (without its newline); never raises for bad input."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return RowError(line, f"line is not valid UTF-8 (byte {exc.start})")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return RowError(line, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return RowError(line, "invalid JSON: nested too deeply")
    return row_from_object(data, line, scanner)


def row_from_object(data: Any, line: int, scanner: Scanner) -> Row | RowError:
    """Validate an already-decoded row object."""
    if not isinstance(data, dict):
        return RowError(line, f"row must be a JSON object; got {_json_type(data)}")
    row_id = data.get("id")
    if "text" not in data:
        return RowError(line, 'row has no "text" field', row_id)
    try:
        text = scanner.check_input(data["text"])
        context = Context.from_mapping(data)
    except RingfenceError as exc:
        return RowError(line, _with_json_types(str(exc)), row_id)
    return Row(line, row_id, text, context)


def result_row(row_id: Any, result: ScanResult) -> dict[str, Any]:
    return {"id": row_id, **result.to_dict()}


def dumps(obj: dict[str, Any]) -> str:
    """One output line (without newline): UTF-8 as is, or ASCII escapes when the row holds lone surrogates."""
    text = json.dumps(obj, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj)
    return text


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


_PY_TO_JSON = {
    "int": "number",
    "float": "number",
    "list": "array",
    "dict": "object",
    "NoneType": "null",
    "bool": "boolean",
}


def _with_json_types(message: str) -> str:
    """Errors name Python types; rows are JSON, so say "got number" rather than "got int"."""
    head, sep, tail = message.rpartition("; got ")
    return f"{head}{sep}{_PY_TO_JSON.get(tail, tail)}" if sep else message
