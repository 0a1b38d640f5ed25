"""The learned stage: one-vs-rest logistic regression per intent over hashed n-grams, shipped as JSON weights
(built by scripts/train_intent.py) and scored in pure Python; no scikit-learn at run time."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from ringfence.errors import RingfenceError
from ringfence.intent.features import N_BUCKETS, feature_ids
from ringfence.types import Kind

MODEL_FILE = "model_v1.json"
LABELS = (Kind.OFF_PLATFORM_REQUEST, Kind.OFF_PLATFORM_PAYMENT, Kind.FEEDBACK_MANIPULATION)


class IntentModelError(RingfenceError):
    """The shipped intent model file is missing or malformed; rebuild it with scripts/train_intent.py."""


class IntentModel:
    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.version = str(data["version"])
            labels = tuple(Kind(label) for label in data["labels"])
            self.bias = [float(b) for b in data["bias"]]
            self.weights = {int(k): [float(x) for x in v] for k, v in data["weights"].items()}
            buckets = int(data["n_buckets"])
        except (KeyError, TypeError, ValueError) as exc:
            raise IntentModelError(f"intent model is malformed ({exc}); rebuild with scripts/train_intent.py") from None
        if labels != LABELS or buckets != N_BUCKETS or len(self.bias) != len(LABELS):
            raise IntentModelError("intent model labels or feature size do not match this version of ringfence")
        self.rule = f"intent.model.{self.version}"

    @classmethod
    def load(cls, text: str | None = None) -> IntentModel:
        if text is None:
            text = resources.files("ringfence.intent").joinpath(MODEL_FILE).read_text("utf-8")
        try:
            return cls(json.loads(text))
        except json.JSONDecodeError as exc:
            raise IntentModelError(f"intent model is not valid JSON: {exc}") from None

    def predict(self, text: str) -> dict[Kind, float]:
        scores = list(self.bias)
        for bucket, count in feature_ids(text).items():
            row = self.weights.get(bucket)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w * count
        return {
            label: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s)))) for label, s in zip(LABELS, scores, strict=True)
        }


@lru_cache(maxsize=1)
def default_model() -> IntentModel:
    return IntentModel.load()
