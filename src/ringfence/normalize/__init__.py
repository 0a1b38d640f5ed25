"""Normalisation: build views of a text, each with an exact offset map back to the original.

`build_views` always returns the raw view first. Each recipe in VIEW_RECIPES is a sequence of transforms;
a recipe whose transforms all decline (their cheap `needed` checks say no) yields no view, so benign text
pays only for those checks. Recipes share their leading transforms, which run once per text.

- "folded": entities, Unicode (NFKC, every decimal digit, look-alikes, invisibles), defanged schemes,
  bracketed separators, "O"/"l" inside digit runs.
- "spoken": the folding plus spaced letters, dictated number words, split provider names and bare "at"/"dot"
  words where they form an address.
- "letters": the folding plus leetspeak in provider/platform names and vanity phone numbers.
- "decoded": base64/hex payloads and reversed text (`ringfence.decode`), then folded.
"""

from __future__ import annotations

from collections.abc import Sequence

from ringfence.decode import EncodedPayloads
from ringfence.normalize.base import Transform
from ringfence.normalize.letters import DefangedUrls, DigitLookalikes, Leetspeak, VanityNumbers
from ringfence.normalize.numbers import NumberWords
from ringfence.normalize.separators import BracketedSeparators
from ringfence.normalize.spoken import ProviderNames, SpacedLetters, SpokenSeparators
from ringfence.normalize.unicode import HtmlEntities, UnicodeFold
from ringfence.normalize.view import View, ViewBuilder, rewrite

# The folding every recipe starts with (shared instances, so build_views runs it once per text).
_FOLD: tuple[Transform, ...] = (HtmlEntities(), UnicodeFold(), DefangedUrls(), BracketedSeparators(), DigitLookalikes())

VIEW_RECIPES: tuple[tuple[str, tuple[Transform, ...]], ...] = (
    ("folded", _FOLD),
    ("spoken", (*_FOLD, SpacedLetters(), NumberWords(), ProviderNames(), SpokenSeparators())),
    ("letters", (*_FOLD, Leetspeak(), VanityNumbers())),
    ("decoded", (EncodedPayloads(), *_FOLD)),
)


def apply_recipe(view: View, name: str, transforms: Sequence[Transform]) -> View:
    current = view
    for transform in transforms:
        if transform.needed(current.text):
            current = transform.apply(current)
    if current is not view:
        current.name = name
    return current


def build_views(text: str) -> list[View]:
    raw = View.identity(text)
    views = [raw]
    seen = {text}
    # A recipe's prefix already applied by an earlier recipe is reused: prefix -> (view after it).
    done: dict[tuple[int, ...], View] = {}
    for name, transforms in VIEW_RECIPES:
        current = raw
        key: tuple[int, ...] = ()
        for transform in transforms:
            key = (*key, id(transform))
            cached = done.get(key)
            if cached is None:
                if transform.needed(current.text):
                    current = transform.apply(current)
                done[key] = current
            else:
                current = cached
        if current.text not in seen:
            seen.add(current.text)
            views.append(current.renamed(name))
    return views


__all__ = ["VIEW_RECIPES", "Transform", "View", "ViewBuilder", "apply_recipe", "build_views", "rewrite"]
