"""Train the intent model from data/intent/ and write src/ringfence/intent/model_v1.json.

    pip install -e '.[dev]'    # scikit-learn is a training-only dependency
    python scripts/train_intent.py [--check]

Reproducible: templates are expanded with a fixed seed and liblinear is deterministic, so the same data gives
the same file byte for byte (`--check` fails if the shipped file differs). The runtime reads the JSON in pure
Python; scikit-learn is never imported by the library.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import yaml
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from ringfence.intent.features import N_BUCKETS, feature_ids
from ringfence.intent.model import LABELS, MODEL_FILE

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "intent" / "train.yaml"
OUT = ROOT / "src" / "ringfence" / "intent" / MODEL_FILE
SEED = 20261
FILLS = 6
NAMES = {"request": LABELS[0], "payment": LABELS[1], "feedback": LABELS[2]}
_SLOT = re.compile(r"\{(\w{1,20})\}")


def expand(data: dict, rng: random.Random) -> list[tuple[str, set[str]]]:  # type: ignore[type-arg]
    rows: list[tuple[str, set[str]]] = []
    slots: dict[str, list[str]] = data["slots"]
    for group in data["groups"]:
        labels = {label for label in group["labels"] if label != "none"}
        unknown = labels - NAMES.keys()
        if unknown:
            raise SystemExit(f"unknown labels {sorted(unknown)} in {DATA}")
        for template in group["texts"]:
            names = _SLOT.findall(template)
            seen: set[str] = set()
            for _ in range(FILLS if names else 1):
                text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)
                if text not in seen:
                    seen.add(text)
                    rows.append((text, labels))
                    if rng.random() < 0.3:  # casing noise: people type in all lower case
                        rows.append((text.lower(), labels))
    return rows


def train(rows: list[tuple[str, set[str]]]) -> dict:  # type: ignore[type-arg]
    indptr, indices, values = [0], [], []
    for text, _ in rows:
        feats = sorted(feature_ids(text).items())
        indices.extend(k for k, _ in feats)
        values.extend(v for _, v in feats)
        indptr.append(len(indices))
    x = csr_matrix((values, indices, indptr), shape=(len(rows), N_BUCKETS))
    used = sorted(set(indices))
    weights: dict[int, list[float]] = {b: [] for b in used}
    bias = []
    for name, kind in NAMES.items():
        y = [1 if name in labels else 0 for _, labels in rows]
        clf = LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced", random_state=SEED, max_iter=1000)
        clf.fit(x, y)
        coef = clf.coef_[0]
        for b in used:
            weights[b].append(round(float(coef[b]), 3))
        bias.append(round(float(clf.intercept_[0]), 3))
        print(f"{kind.value}: {sum(y)} positive of {len(y)}", file=sys.stderr)
    kept = {str(b): w for b, w in weights.items() if any(abs(v) >= 0.01 for v in w)}
    return {
        "version": "v1",
        "labels": [k.value for k in LABELS],
        "n_buckets": N_BUCKETS,
        "bias": bias,
        "weights": kept,
        "trained_on": {"file": "data/intent/train.yaml", "rows": len(rows), "seed": SEED},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs from a rebuild")
    args = parser.parse_args()
    data = yaml.safe_load(DATA.read_text("utf-8"))
    rows = expand(data, random.Random(SEED))
    text = json.dumps(train(rows), separators=(",", ":"), sort_keys=True) + "\n"
    if args.check:
        if OUT.read_text("utf-8") != text:
            raise SystemExit(f"{OUT} is stale; run python scripts/train_intent.py")
        print("model is up to date")
        return
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({len(text) // 1024} KiB, {len(rows)} rows)")


if __name__ == "__main__":
    main()
