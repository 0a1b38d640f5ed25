"""Normalisation: build views of a text, each with an exact offset map back to the original.

`build_views` always returns the raw view first. Each recipe in VIEW_RECIPES is a sequence of transforms;
a recipe whose transforms all decline (their cheap `needed` checks say no) yields no view, so benign text
pays only for those checks. Recipes share their leading transforms, which run once per text.

- "folded": markup inside a word, entities, Unicode (NFKC, every decimal digit, look-alikes, invisibles), text
  written one character per line, defanged schemes, bracketed separators, "O"/"l" inside digit runs, leet inside
  URL-shaped tokens ("h77p5://", "c0m").
- "spoken": the folding plus NATO-alphabet and "s as in sam" spellings, spaced letters (then the defang, bracket and
  number-word readings again on what they spelled out), leet separator words, provider names and TLDs ("4rr084",
  "[a7]", "c0m"), dictated number words, split or leet provider names, platform names written apart ("sk ype"),
  symbols standing for "@" and "." ("sam 🔸 gmail 🔸 com", "samdev • io"), "AT"/"DOT" glued in capitals
  ("johnATgmailDOTcom") and bare "at"/"dot" words where they form an address, then leet and vanity numbers again on
  what that made.
- "letters": the folding plus leetspeak in provider/platform names and vanity phone numbers.
- "decoded": the folding, then base64/hex payloads and reversed text (`normalize/decode.py`), then the folding and
  the spoken transforms again on what was decoded.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from ringfence.normalize.alphabet import SpelledAlphabet
from ringfence.normalize.base import Transform
from ringfence.normalize.decode import EncodedPayloads
from ringfence.normalize.joiners import SymbolJoiners
from ringfence.normalize.layout import InlineMarkup, VerticalText
from ringfence.normalize.letters import DefangedUrls, DigitLookalikes, Leetspeak, LeetUrls, VanityNumbers
from ringfence.normalize.numbers import NumberWords
from ringfence.normalize.precheck import gate, survey
from ringfence.normalize.separators import BracketedSeparators
from ringfence.normalize.spoken import (
    CaseGluedSeparators,
    LeetWords,
    PlatformNames,
    ProviderNames,
    SeparatorNoise,
    SpacedLetters,
    SpokenSeparators,
)
from ringfence.normalize.unicode import HtmlEntities, UnicodeFold
from ringfence.normalize.view import View, ViewBuilder, rewrite


def _fold() -> tuple[Transform, ...]:
    return (
        InlineMarkup(),
        HtmlEntities(),
        UnicodeFold(),
        VerticalText(),
        DefangedUrls(),
        BracketedSeparators(),
        DigitLookalikes(),
        LeetUrls(),
    )


def _spoken() -> tuple[Transform, ...]:
    return (
        SeparatorNoise(),
        # Before the number reading: a spelled run's digit words are its characters ("mike nine zero").
        SpelledAlphabet(),
        NumberWords(),
        SpacedLetters(),
        # Leet in the separator words, provider names and TLDs ("4rr084", "[a7]", "gee m4il"), before the
        # readings of those words.
        LeetWords(),
        # What spelling out one character at a time hid from the folding and the dictation: "h x x p s", "( a t )",
        # "[ . ]", and number words with a gap between them ("f o u r   o n e").
        DefangedUrls(),
        BracketedSeparators(),
        NumberWords(),
        ProviderNames(),
        PlatformNames(),
        CaseGluedSeparators(),
        # Symbols standing for "@" and "." ("sam 🔸 gmail 🔸 com", "kelly|at|gmail|dot|com", "samdev • io").
        SymbolJoiners(),
        SpokenSeparators(),
        # Leet names, and the address the spoken words made may be leet ("...@p1x3lforg3.57udi0", "h7tps://").
        Leetspeak(),
        LeetUrls(),
        # A vanity number spelled out or noised ("4/1/5 7/3/6 X/D/R/Q") shows its shape only once collapsed.
        VanityNumbers(collapsed_only=True),
    )


# The folding every recipe starts with (shared instances, so build_views runs it once per text).
_FOLD = _fold()

VIEW_RECIPES: tuple[tuple[str, tuple[Transform, ...]], ...] = (
    ("folded", _FOLD),
    ("spoken", (*_FOLD, *_spoken())),
    ("letters", (*_FOLD, Leetspeak(), VanityNumbers())),
    # A decoded or reversed payload may itself be disguised ("&#64;" reversed, circled digits or "at"/"dot"
    # words inside base64): the folding and the spoken transforms run again on what was decoded.
    ("decoded", (*_FOLD, EncodedPayloads(), *_fold(), *_spoken(), VanityNumbers())),
)


def apply_recipe(view: View, name: str, transforms: Sequence[Transform]) -> View:
    current = view
    for transform in transforms:
        if transform.needed(current.text):
            current = transform.apply(current)
    if current is not view:
        current.name = name
    return current


def _plan(recipes: Sequence[tuple[str, Sequence[Transform]]]) -> tuple[tuple[int, int], ...]:
    """For each recipe, (earlier recipe, length) of the longest transform prefix it shares with one."""
    plan = []
    for r, (_, transforms) in enumerate(recipes):
        best = (-1, 0)
        for p in range(r):
            shared = 0
            for a, b in zip(recipes[p][1], transforms, strict=False):
                if a is not b:
                    break
                shared += 1
            if shared > best[1]:
                best = (p, shared)
        plan.append(best)
    return tuple(plan)


_PLAN = _plan(VIEW_RECIPES)


def _key(transform: Transform) -> Hashable:
    """What a transform's answers depend on besides the view: its type and its name, which names its settings
    (read as attributes, not through vars(): a class compiled by mypyc has no __dict__)."""
    return (type(transform), transform.name)


# Each distinct key as a small int, which hashes at once (a key tuple is hashed anew at every lookup).
_KEY_NUMBERS: dict[Hashable, int] = {}
_KEYS = {
    id(transform): _KEY_NUMBERS.setdefault(_key(transform), len(_KEY_NUMBERS))
    for _, transforms in VIEW_RECIPES
    for transform in transforms
}

# Recipes that run whatever the gate says: the folding's own checks are a substring or one regex each.
_UNGATED = frozenset({"folded"})


def build_views(text: str) -> list[View]:
    """The raw view, then one view per recipe that changes the text. One combined question (`survey`: could
    the folding or any recipe apply?) answers ordinary chat, and otherwise gives the gate's answer (which
    recipes may apply) from the same pass."""
    raw = View.identity(text)
    hits = survey(text, raw.triggers)  # the raw view's trigger pass, which every detector reads too
    if hits is None:
        return [raw]
    return _build(text, gated=True, hits=hits, raw=raw)


def _build(text: str, gated: bool, hits: frozenset[str] | None = None, raw: View | None = None) -> list[View]:
    """Build the views; with `gated`, a recipe the gate rules out is skipped (the gate is read again on a
    text the folding changed, since folding can reveal a disguise). Without, every transform is asked."""
    if raw is None:
        raw = View.identity(text)
    views = [raw]
    seen = {text}
    gates: dict[str, frozenset[str]] = {} if hits is None else {text: hits}
    # states[r][i]: the view after the first i transforms of recipe r; a shared prefix is not run twice.
    states: list[list[View]] = []
    answers: dict[tuple[int, str], bool] = {}
    applied: dict[tuple[int, int], View] = {}  # by view identity: every view stays alive in `states`
    for (name, transforms), (parent, shared) in zip(VIEW_RECIPES, _PLAN, strict=True):
        steps = states[parent][: shared + 1] if shared else [raw]
        current = steps[-1]
        skip = False
        for transform in transforms[shared:]:
            if gated and not skip and name not in _UNGATED and len(steps) == len(_FOLD) + 1:
                if current.text not in gates:
                    gates[current.text] = gate(current.text)
                found = gates[current.text]
                skip = name not in found
            if not skip:
                # The same transform (type and settings) asked again about the same text, or applied again to
                # the same view, answers as before: recipes repeat the folding and the spoken transforms.
                key = _KEYS[id(transform)]
                asked = (key, current.text)
                needed = answers.get(asked)
                if needed is None:
                    needed = answers[asked] = transform.needed(current.text)
                if needed:
                    done = (key, id(current))
                    result = applied.get(done)
                    if result is None:
                        result = applied[done] = transform.apply(current)
                    current = result
            steps.append(current)
        states.append(steps)
        if current.text not in seen:
            seen.add(current.text)
            views.append(current.renamed(name))
    return views


__all__ = ["VIEW_RECIPES", "Transform", "View", "ViewBuilder", "apply_recipe", "build_views", "rewrite"]
