"""Normalisation: build views of a text, each with an exact offset map back to the original.

`build_views` always returns the raw view first. Each recipe in VIEW_RECIPES is a sequence of transforms;
a recipe whose transforms all decline (their cheap `needed` checks say no) yields no view, so benign text
pays only for those checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from ringfence.normalize.base import Transform
from ringfence.normalize.separators import BracketedSeparators
from ringfence.normalize.unicode import UnicodeFold
from ringfence.normalize.view import View, ViewBuilder, rewrite

VIEW_RECIPES: tuple[tuple[str, tuple[Transform, ...]], ...] = (("folded", (UnicodeFold(), BracketedSeparators())),)


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
    for name, transforms in VIEW_RECIPES:
        view = apply_recipe(raw, name, transforms)
        if view.text not in seen:
            seen.add(view.text)
            views.append(view)
    return views


__all__ = ["VIEW_RECIPES", "Transform", "View", "ViewBuilder", "apply_recipe", "build_views", "rewrite"]
