"""Linear time on hostile input: scan 128 KB .. 1 MB texts built to make backtracking regexes explode.

    python benchmarks/adversarial.py

Prints seconds per size and the per-MB cost; a linear engine shows a flat per-MB column. The scanner's
size limit is raised for this run only (the default is 64 KiB).
"""

from __future__ import annotations

import time

from ringfence import Context, Scanner

FAMILIES = {
    "digit run": "1",
    "spaced digits": "1 ",
    "a.a.a": "a.",
    "@@@": "@",
    "a@a@a": "a@",
    "spaced letters": "a ",
    "dotted words": "ab.",
    "dashes and digits": "1-",
    "plus digits": "+1",
    "word soup": "at dot one two ",
    "brackets": "(at)[dot]",
}
SIZES = [128 * 1024, 256 * 1024, 512 * 1024, 1024 * 1024]


def main() -> None:
    scanner = Scanner(max_bytes=4 * 1024 * 1024)
    context = Context("message", "pre_contract")
    print("| input | " + " | ".join(f"{s // 1024} KB s" for s in SIZES) + " | s/MB at 128 KB | s/MB at 1 MB |")
    print("|---|" + "---:|" * (len(SIZES) + 2))
    for name, unit in FAMILIES.items():
        timings = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.perf_counter()
            scanner.scan(text, context)
            timings.append(time.perf_counter() - start)
        per_mb = [t / (s / 2**20) for t, s in zip(timings, SIZES, strict=True)]
        cells = " | ".join(f"{t:.3f}" for t in timings)
        print(f"| {name} | {cells} | {per_mb[0]:.3f} | {per_mb[-1]:.3f} |")


if __name__ == "__main__":
    main()
