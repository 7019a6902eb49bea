"""A share of the work said done ("xong 50%", "hoàn thành 80 phần trăm"): a row's status is its
own and whole, so a share below the whole is work under way, never Hoàn thành (ux16a #3: one
hurried tap on "406-15 xong 50% rồi" would have marked the row integrated on the portal)."""

from __future__ import annotations

import re

from knowledge.language.text import tokenize

_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
WHOLE = 100


def shares(text: str) -> list[float]:
    """Every share the text states, typed "50%" or "50 phần trăm"."""
    found = [float(m.group(1).replace(",", ".")) for m in _PERCENT.finditer(text)]
    folds = [t.fold for t in tokenize(text)]
    found += [
        float(a)
        for a, b, c in zip(folds, folds[1:], folds[2:], strict=False)
        if a.isdecimal() and (b, c) == ("phan", "tram")
    ]
    return found


def below_whole(text: str) -> bool:
    """The text states a share of the work below the whole ("xong 50%"; not "xong 100%")."""
    return any(share < WHOLE for share in shares(text))
