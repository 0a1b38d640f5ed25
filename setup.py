"""Build hook. With RINGFENCE_COMPILE=1 the engine's scanning path is compiled by mypyc (the same typed source, as
C extensions: about a quarter more messages per second on one core); without it the package is pure Python, which
is what the editable development install uses, so an edited module never hides behind a stale build.

    RINGFENCE_COMPILE=1 pip install .      # needs a C compiler and the Python headers

The public API (scanner, types, errors, thread) stays interpreted: its argument checks give callers the typed
errors they are promised, where a compiled signature would raise a bare TypeError first."""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

COMPILED_PACKAGES = ("normalize", "detectors", "intent", "policy", "validators")
COMPILED_MODULES = ("patterns", "triggers", "resolve", "redact", "masking", "memo")


def compiled_sources() -> list[str]:
    root = Path("src/ringfence")
    sources = [path for package in COMPILED_PACKAGES for path in sorted((root / package).glob("*.py"))]
    sources += [root / f"{module}.py" for module in COMPILED_MODULES]
    return [str(path) for path in sources]


ext_modules = []
if os.environ.get("RINGFENCE_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(compiled_sources(), opt_level="3")

setup(ext_modules=ext_modules)
