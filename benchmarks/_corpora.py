"""The public SMS corpora in ../shared/datasets (override with RINGFENCE_DATASETS) and our labelled case texts, read
the same way by every benchmark."""

from __future__ import annotations

import csv
from pathlib import Path

from ringfence.eval.datasets import MENDELEY_FILE, default_datasets_dir, load_cases

REPO = Path(__file__).resolve().parent.parent


def uci_sms(root: Path | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs of the UCI SMS Spam Collection."""
    path = (root or default_datasets_dir()) / "sms_spam_collection" / "SMSSpamCollection"
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        label, _, text = line.partition("\t")
        if text:
            rows.append((label, text))
    return rows


def mendeley_sms(root: Path | None = None) -> list[dict[str, str]]:
    """Rows of the Mendeley smishing set: LABEL, TEXT and the URL/EMAIL/PHONE flags."""
    with ((root or default_datasets_dir()) / MENDELEY_FILE).open(encoding="utf-8", errors="replace", newline="") as f:
        return list(csv.DictReader(f))


def sms_corpora(root: Path | None = None) -> list[str]:
    """Every message of both SMS corpora, in file order."""
    return [text for _, text in uci_sms(root)] + [row["TEXT"] for row in mendeley_sms(root)]


def case_texts() -> list[str]:
    """The text of every labelled case in data/cases."""
    return [case.text for case in load_cases(REPO / "data" / "cases")]
