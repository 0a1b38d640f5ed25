"""Accuracy evaluation: labelled cases, public-set loaders and the scoring harness."""

from ringfence.eval.datasets import NAMED_SETS, default_datasets_dir, load_cases, named_set, resolve_cases
from ringfence.eval.harness import Case, CaseError, GoldContact, Metrics, Outcome, Ratio, Report, run, score

__all__ = [
    "NAMED_SETS",
    "Case",
    "CaseError",
    "GoldContact",
    "Metrics",
    "Outcome",
    "Ratio",
    "Report",
    "default_datasets_dir",
    "load_cases",
    "named_set",
    "resolve_cases",
    "run",
    "score",
]
