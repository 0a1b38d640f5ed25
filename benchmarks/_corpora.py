"""Shared loaders for the public corpora in ../shared/datasets (override with RINGFENCE_DATASETS)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def datasets_dir() -> Path:
    return Path(os.environ.get("RINGFENCE_DATASETS", REPO.parent / "shared" / "datasets"))


def uci_sms() -> list[tuple[str, str]]:
    """(label, text) pairs of the UCI SMS Spam Collection."""
    path = datasets_dir() / "sms_spam_collection" / "SMSSpamCollection"
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        label, _, text = line.partition("\t")
        if text:
            rows.append((label, text))
    return rows


def mendeley_sms() -> list[dict[str, str]]:
    path = datasets_dir() / "smishing_mendeley" / "Mendeley_Dataset_5971.csv"
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return list(csv.DictReader(handle))


def sms_corpora() -> list[str]:
    """Every message of both SMS corpora, in file order."""
    return [text for _, text in uci_sms()] + [row["TEXT"] for row in mendeley_sms()]
