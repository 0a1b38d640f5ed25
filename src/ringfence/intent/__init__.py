"""Circumvention intent: lexicon, cue rules with scopes, and the small learned model (see detectors/intent.py)."""
