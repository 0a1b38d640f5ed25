"""The adversarial self-test behind `ringfence fuzz`: seed contacts, disguise techniques, sentence templates
and the runner that scans and scores them (recall and span coverage per technique and per pair)."""

from __future__ import annotations

from ringfence.fuzz.runner import Case, FuzzReport, Outcome, Score, fuzz, generate, judge, run
from ringfence.fuzz.seeds import Seed, SeedError, default_seeds, load_seeds
from ringfence.fuzz.techniques import TECHNIQUES, TECHNIQUES_BY_NAME, Technique

__all__ = [
    "TECHNIQUES",
    "TECHNIQUES_BY_NAME",
    "Case",
    "FuzzReport",
    "Outcome",
    "Score",
    "Seed",
    "SeedError",
    "Technique",
    "default_seeds",
    "fuzz",
    "generate",
    "judge",
    "load_seeds",
    "run",
]
