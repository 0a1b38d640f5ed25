"""Loaders turning labelled-case files and public data sets into `Case` lists for the harness.

Public sets live in a datasets directory (see /work/shared/datasets/README.md for their origin and licences):
`mendeley` (message-level URL/EMAIL/PHONE labels on SMS), `presidio` (synthetic sentences with exact spans),
and, through `ringfence.eval.phone_examples`, `libphonenumber` and `libphonenumber-impossible`.
"""

from __future__ import annotations

import csv
import importlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ringfence.eval.harness import Case, CaseError, GoldContact

NAMED_SETS = ("mendeley", "presidio", "libphonenumber", "libphonenumber-impossible")

MENDELEY_FILE = Path("smishing_mendeley") / "Mendeley_Dataset_5971.csv"
PRESIDIO_FILES = {
    "synth_v2": Path("presidio_research") / "data_synth_dataset_v2.json",
    "generated_large": Path("presidio_research") / "tests_data_generated_large.json",
}
_MENDELEY_KINDS = {"URL": "url", "EMAIL": "email", "PHONE": "phone"}
# Presidio entity types that are contacts for us; an IBAN and a card number are payment accounts (the payment
# detector reads both). Everything else (names, addresses, SSNs, IPs, dates...) is not a contact and serves as a
# hard negative.
PRESIDIO_CONTACT_KINDS = {
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "DOMAIN_NAME": "url",
    "URL": "url",
    "IBAN_CODE": "payment",
    "CREDIT_CARD": "payment",
}


def default_datasets_dir() -> Path:
    """$RINGFENCE_DATASETS, else ../shared/datasets next to the repository this package is installed from (an
    editable install), else next to the working directory (an installed build run from the repository's root)."""
    env = os.environ.get("RINGFENCE_DATASETS")
    if env:
        return Path(env)
    beside_source = Path(__file__).resolve().parents[3].parent / "shared" / "datasets"
    beside_cwd = Path.cwd().parent / "shared" / "datasets"
    return beside_cwd if not beside_source.is_dir() and beside_cwd.is_dir() else beside_source


def load_cases(path: str | Path) -> list[Case]:
    """Cases from one .jsonl file, or every .jsonl file of a directory (sorted by name)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise CaseError(f"{path}: no .jsonl case files in this directory")
        return [case for f in files for case in load_cases(f)]
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CaseError(f"cannot read {path}: {exc.strerror}") from None
    cases = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CaseError(f"{path}:{n}: invalid JSON: {exc.msg}") from None
        cases.append(Case.from_dict(data, f"{path}:{n}"))
    return cases


def mendeley_cases(datasets_dir: str | Path) -> list[Case]:
    """Mishra & Soni smishing SMS with per-message URL/EMAIL/PHONE yes/No labels.

    Spans are unknown, so gold contacts carry `text: None` and only message-level recall is scored. Ham with no
    label is clean; spam and smishing with no label are kept for their tags but marked incomplete (`clean`
    false), since the labels miss some bare domains.
    """
    path = Path(datasets_dir) / MENDELEY_FILE
    cases = []
    with _open(path) as rows:
        for n, row in enumerate(csv.DictReader(rows), 2):
            label = (row.get("LABEL") or "").strip().lower()
            kinds = [kind for column, kind in _MENDELEY_KINDS.items() if (row.get(column) or "").strip() == "yes"]
            contacts = tuple(GoldContact(kind, None) for kind in kinds)
            tags = ["mendeley", label, *kinds]
            if not kinds:
                tags.append("no_contact_label")
            cases.append(
                Case(
                    id=f"mendeley-{n:04d}",
                    text=row.get("TEXT") or "",
                    contacts=contacts,
                    violation=True if contacts else (False if label == "ham" else None),
                    tags=tuple(tags),
                    labels_complete=bool(contacts) or label == "ham",
                )
            )
    return cases


def presidio_cases(datasets_dir: str | Path) -> list[Case]:
    """presidio-research synthetic sentences: contact entity spans become gold contacts with their exact text."""
    cases = []
    for name, rel in PRESIDIO_FILES.items():
        path = Path(datasets_dir) / rel
        with _open(path) as f:
            records = json.load(f)
        for n, record in enumerate(records):
            cases.append(presidio_case(record, f"presidio-{name}-{n:04d}", name))
    return cases


def presidio_case(record: Mapping[str, Any], case_id: str, source: str) -> Case:
    text = record["full_text"]
    contacts = []
    for span in sorted(record.get("spans") or [], key=lambda s: s["start_position"]):
        kind = PRESIDIO_CONTACT_KINDS.get(span["entity_type"])
        if kind is None:
            continue
        gold = text[span["start_position"] : span["end_position"]]
        if not gold.strip():
            continue
        contacts.append(GoldContact(kind, gold, value=span.get("entity_value")))
    kinds = sorted({c.kind for c in contacts})
    tags = ["presidio", source, *kinds] if contacts else ["presidio", source, "clean"]
    return Case(id=case_id, text=text, contacts=tuple(contacts), violation=bool(contacts), tags=tuple(tags))


def phone_example_cases(datasets_dir: str | Path, which: str) -> list[Case]:
    """libphonenumber cases from ringfence.eval.phone_examples (written by the phone owner) when it exists."""
    try:
        module = importlib.import_module("ringfence.eval.phone_examples")
    except ModuleNotFoundError:
        raise CaseError("the libphonenumber loaders (ringfence.eval.phone_examples) are not available yet") from None
    loader: Callable[[Path], Iterable[Case | Mapping[str, Any]]] = getattr(module, which)
    return [c if isinstance(c, Case) else Case.from_dict(c, which) for c in loader(Path(datasets_dir))]


def named_set(name: str, datasets_dir: str | Path | None = None) -> list[Case]:
    directory = Path(datasets_dir) if datasets_dir is not None else default_datasets_dir()
    if name == "mendeley":
        return mendeley_cases(directory)
    if name == "presidio":
        return presidio_cases(directory)
    if name == "libphonenumber":
        return phone_example_cases(directory, "example_cases")
    if name == "libphonenumber-impossible":
        return phone_example_cases(directory, "matcher_cases")
    raise CaseError(f"unknown case set {name!r}; give a .jsonl file, a directory, or one of {', '.join(NAMED_SETS)}")


def resolve_cases(spec: str, datasets_dir: str | Path | None = None) -> list[Case]:
    """A named public set, else a .jsonl file or directory of them."""
    if spec in NAMED_SETS:
        return named_set(spec, datasets_dir)
    if not Path(spec).exists():
        raise CaseError(f"{spec}: no such file or directory, and not one of {', '.join(NAMED_SETS)}")
    return load_cases(spec)


def _open(path: Path) -> Any:
    try:
        return path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise CaseError(f"cannot read {path}: {exc.strerror} (set --datasets or RINGFENCE_DATASETS)") from None
