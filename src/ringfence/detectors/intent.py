"""Circumvention intent: asking to move off the platform, paying outside it, and trading or forcing feedback.

A cascade, cheapest first: a trigger search on every message (most have no trigger and stop there), then the
cue rules its trigger stems call for, with scopes (negation, refusal, rule questions, reported speech, quotes,
the work itself), then the hashed-n-gram model, only to grade a medium cue (a phrasing that is circumvention in
some contexts only). The model never runs on its own: common trigger words stay cheap, and a phrasing family the
rules miss is added to the rules, not left to the model. A cue whose scope says "mention" is reported below the
policy threshold, never as a violation.
"""

from __future__ import annotations

import re

from ringfence.detectors.base import Match
from ringfence.intent.model import IntentModel, default_model
from ringfence.intent.rules import STRONG, Cue, find_cues, triggered_rules
from ringfence.normalize.view import View
from ringfence.types import Context, Kind

MENTION_CONFIDENCE = 0.2
_YIELDS_TO_PAYMENT = frozenset({"feedback.close_early", "request.move_chat"})
_PAYMENT_WORD = re.compile(
    r"\b(?:pay|pag|paie|paiement|money|dinero|dinheiro|argent|paise|bayad|rest\b)", re.IGNORECASE
)
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
        rules = triggered_rules(text)
        if not rules:  # most texts
            return []
        cues = find_cues(text, view.lower_kept, rules)  # lower_kept is shared with the other detectors
        if not cues:
            return []
        live = [c for c in cues if c.scope is None]
        # A medium reading of words a strong rule already read adds only doubt: the strong reading stands.
        strong = [c for c in live if c.tier == STRONG]
        live = [c for c in live if c.tier == STRONG or not any(_overlap(c, k) for k in strong)]
        # A mention that overlaps a live cue is the same words read twice; the live reading stands.
        cues = live + [c for c in cues if c.scope is not None and not any(_overlap(c, k) for k in live)]
        # "pay me outside the platform": the payment reading is the specific one, not a bare "outside" euphemism.
        cues = [
            c for c in cues if c.rule != "request.euphemism" or not any(_overlap(c, k) and k is not c for k in cues)
        ]
        # "close the contract and I'll send the rest through PayPal", "vamos fazer o pagamento fora da plataforma": the
        # payment made outside is the specific reading of words also read as an early close or as doing the work
        # outside ("let's chat somewhere without the fees" stays a move: no payment is named).
        cues = [
            c
            for c in cues
            if c.rule not in _YIELDS_TO_PAYMENT
            or not any(
                k.kind is Kind.OFF_PLATFORM_PAYMENT
                and k.scope is None
                and _overlap(c, k)
                and _PAYMENT_WORD.search(text, k.start, k.end)
                for k in cues
            )
        ]
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


def _overlap(a: Cue, b: Cue) -> bool:
    return a.start < b.end and b.start < a.end
