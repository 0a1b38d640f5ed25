"""Circumvention intent: asking to move off the platform, paying outside it, and trading or forcing feedback.

A cascade, cheapest first: a trigger trie on every message (most have no trigger and stop there), then cue
rules with scopes (negation, refusal, rule questions, reported speech, quotes, the work itself), then the
hashed-n-gram model on the few messages that reach it, which grades medium cues and catches phrasings the
rules do not know. A cue whose scope says "mention" is reported below the policy threshold, never as a violation.
"""

from __future__ import annotations

from ringfence.detectors.base import Match
from ringfence.intent.model import IntentModel, default_model
from ringfence.intent.rules import STRONG, TRIGGERS, Cue, find_cues, lower_same_length, platform_in
from ringfence.normalize.view import View
from ringfence.types import Context, Kind

MENTION_CONFIDENCE = 0.2
MODEL_ONLY_THRESHOLD = 0.85
_WINDOW = 600


def _confidence(cue: Cue, p: float) -> float:
    if cue.scope is not None:
        return MENTION_CONFIDENCE
    if cue.tier == STRONG:
        return 0.9
    return 0.25 + 0.7 * p  # a medium cue is a violation only when the model agrees (p >= 0.36)


class IntentDetector:
    name = "intent"
    kinds = frozenset({Kind.OFF_PLATFORM_REQUEST, Kind.OFF_PLATFORM_PAYMENT, Kind.FEEDBACK_MANIPULATION})

    def __init__(self, model: IntentModel | None = None) -> None:
        self._model = model

    @property
    def model(self) -> IntentModel:
        if self._model is None:
            self._model = default_model()
        return self._model

    def detect(self, view: View, context: Context) -> list[Match]:
        text = view.text
        lower = lower_same_length(text)
        first = TRIGGERS.search(lower)
        if first is None:
            return []
        cues = find_cues(text, lower)
        live = [c for c in cues if c.scope is None]
        # A mention that overlaps a live cue is the same words read twice; the live reading stands.
        cues = live + [c for c in cues if c.scope is not None and not any(_overlap(c, k) for k in live)]
        # "pay me outside the platform": the payment reading is the specific one, not a bare "outside" euphemism.
        cues = [
            c for c in cues if c.rule != "request.euphemism" or not any(_overlap(c, k) and k is not c for k in cues)
        ]
        if not cues:
            return self._model_only(text, first.start())
        out = []
        for cue in cues:
            p = 1.0
            if cue.scope is None and cue.tier != STRONG:
                p = self._probabilities(text, cue.start, cue.end)[cue.kind]
            out.append(self._match(cue, p))
        return out

    def _probabilities(self, text: str, start: int, end: int) -> dict[Kind, float]:
        if len(text) > _WINDOW:
            text = text[max(0, start - _WINDOW // 2) : end + _WINDOW // 2]
        return self.model.predict(text)

    def _match(self, cue: Cue, p: float) -> Match:
        rule = f"intent.{cue.rule}" + (f".{cue.scope}" if cue.scope else "")
        return Match(cue.kind, cue.platform, cue.rule, cue.start, cue.end, rule, round(_confidence(cue, p), 3))

    def _model_only(self, text: str, trigger_at: int) -> list[Match]:
        """Phrasings no rule knows: the model alone, on the sentence of the first trigger, with a stricter bar."""
        start, end = _sentence_around(text, trigger_at)
        out = []
        for kind, p in self._probabilities(text, start, end).items():
            if p >= MODEL_ONLY_THRESHOLD:
                platform = platform_in(text[start:end], kind)
                out.append(Match(kind, platform, "model", start, end, self.model.rule, round(0.9 * p, 3)))
        return out


def _overlap(a: Cue, b: Cue) -> bool:
    return a.start < b.end and b.start < a.end


def _sentence_around(text: str, index: int) -> tuple[int, int]:
    start = index
    while start > 0 and index - start < 200 and text[start - 1] not in ".!?\n":
        start -= 1
    end = index
    while end < len(text) and end - index < 200 and text[end] not in ".!?\n":
        end += 1
    while start < end and text[start].isspace():
        start += 1
    return start, min(len(text), end + 1) if end < len(text) and text[end] in "!?" else end
