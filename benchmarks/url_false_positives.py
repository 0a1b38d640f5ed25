"""False positives and recall of the URL and handle detectors on real SMS.

- Flag rate on ham: UCI SMS Spam Collection ham and Mendeley smishing-dataset ham with URL=No (ordinary chat;
  every hit is listed so it can be reviewed: a few ham messages do hold real links).
- URL recall on Mendeley messages labelled URL=yes (message level: at least one URL or handle finding).
- Speed: microseconds per message for each detector (and the e-mail detector) over the whole UCI collection,
  best of five passes.

Run: python benchmarks/url_false_positives.py [--datasets /work/shared/datasets] [--quiet]
"""

from __future__ import annotations

import argparse
import timeit
from functools import partial
from pathlib import Path

from _corpora import mendeley_sms, uci_sms

from ringfence.detectors.base import Detector, Match
from ringfence.detectors.email import EmailDetector
from ringfence.detectors.handles import HandleDetector
from ringfence.detectors.url import UrlDetector
from ringfence.eval.datasets import default_datasets_dir
from ringfence.normalize.view import View
from ringfence.types import Context

_CONTEXT = Context()


def _detect_all(detector: Detector, views: list[View]) -> None:
    for view in views:
        detector.detect(view, _CONTEXT)


def find(detectors: tuple[Detector, ...], text: str) -> list[Match]:
    view = View.identity(text)
    return [m for d in detectors for m in d.detect(view, _CONTEXT)]


def flag_report(name: str, texts: list[str], detectors: tuple[Detector, ...], quiet: bool) -> None:
    hits = [(text, found) for text in texts if (found := find(detectors, text))]
    flagged = [(t, f) for t, f in hits if any(m.confidence >= 0.5 for m in f)]
    print(f"{name}: {len(flagged)}/{len(texts)} flagged = {len(flagged) / len(texts):.2%} (any finding: {len(hits)})")
    if not quiet:
        for text, found in hits:
            shown = ", ".join(f"{m.rule}:{text[m.start : m.end]!r}@{m.confidence}" for m in found)
            print(f"    {shown}   <- {text[:100]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=default_datasets_dir())
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of hits")
    args = parser.parse_args()

    detectors: tuple[Detector, ...] = (UrlDetector(), HandleDetector())
    uci = uci_sms(args.datasets)
    mendeley = mendeley_sms(args.datasets)

    flag_report("UCI ham", [t for label, t in uci if label == "ham"], detectors, args.quiet)
    ham_clean = [r["TEXT"] for r in mendeley if r["LABEL"].lower() == "ham" and r["URL"].lower() != "yes"]
    flag_report("Mendeley ham (URL=No)", ham_clean, detectors, args.quiet)
    other_clean = [r["TEXT"] for r in mendeley if r["LABEL"].lower() != "ham" and r["URL"].lower() != "yes"]
    flag_report("Mendeley spam/smishing (URL=No; bare domains here are often real)", other_clean, detectors, True)

    with_url = [r["TEXT"] for r in mendeley if r["URL"].lower() == "yes"]
    missed = [t for t in with_url if not any(m.confidence >= 0.5 for m in find(detectors, t))]
    recall = 1 - len(missed) / len(with_url)
    print(f"Mendeley URL=yes recall (message level): {len(with_url) - len(missed)}/{len(with_url)} = {recall:.3f}")
    for text in missed:
        print(f"    missed: {text[:120]!r}")

    views = [View.identity(t) for _, t in uci]
    timed: tuple[Detector, ...] = (*detectors, EmailDetector())
    for detector in timed:
        seconds = min(timeit.repeat(partial(_detect_all, detector, views), number=1, repeat=5))
        print(f"{detector.name}: {seconds / len(views) * 1e6:.2f} µs/message over {len(views)} UCI messages")


if __name__ == "__main__":
    main()
