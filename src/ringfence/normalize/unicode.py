"""Unicode folding: compatibility forms (NFKC) and removal of invisible characters."""

from __future__ import annotations

import re
import unicodedata

from ringfence.normalize.view import View, ViewBuilder

# Zero-width, joiners, bidi controls, soft hyphen, word joiner, BOM and variation selectors carry no visible
# content; people insert them to split a contact so that a plain matcher misses it.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)


class UnicodeFold:
    """NFKC per character (fullwidth, mathematical letters, circled digits) and invisible removal."""

    name = "unicode"

    def needed(self, text: str) -> bool:
        return not text.isascii()

    def apply(self, view: View) -> View:
        text = view.text
        builder = ViewBuilder(view, self.name)
        run_start = 0
        changed = False
        for i, char in enumerate(text):
            if char < "\x80":
                continue
            if INVISIBLE.match(char):
                folded = ""
            else:
                folded = unicodedata.normalize("NFKC", char)
                if folded == char:
                    continue
            builder.copy(run_start, i)
            builder.replace(i, i + 1, folded)
            run_start = i + 1
            changed = True
        if not changed:
            return view
        builder.copy(run_start, len(text))
        return builder.build()
