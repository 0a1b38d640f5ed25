"""Helpers several test modules share (imported as `support`: pytest puts tests/ on the path)."""

from __future__ import annotations

from pathlib import Path

from ringfence.detectors import Detector
from ringfence.eval.datasets import load_cases
from ringfence.normalize.view import View
from ringfence.types import Context

CASES = Path(__file__).resolve().parent.parent / "data" / "cases"


def labelled_texts() -> list[str]:
    """The text of every labelled case in data/cases."""
    return [case.text for case in load_cases(CASES)]


def every_trigger_fired(view: View) -> View:
    """A copy of `view` whose trigger mask has every bit set, so each detector's gate lets it through and its
    exact checks decide."""
    forced = View(view.name, view.text, view.original, view._starts, view._ends)
    forced._triggers = -1
    return forced


def assert_triggers_hide_nothing(detector: Detector, text: str, context: Context) -> None:
    """The detector returns at once when none of its triggers fired; on `text` (an edge case: case folds outside
    ASCII, text edges, spaced forms) it finds something, and the same as when every trigger is taken to have
    fired."""
    view = View.identity(text)
    found = detector.detect(view, context)
    assert found
    assert found == detector.detect(every_trigger_fired(view), context)
