"""Spans of a question that never name a service: a service level ("mức độ 4", "mđ4"), tiers of
government ("cấp tỉnh, huyện, xã"), the asker's own unit ("đơn vị em", "bên em"). parse.py
claims them before the matcher reads the residue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.language.text import Token, strip_marks
from knowledge.language.vocabulary import SERVICE_SYNONYMS, TIER_OPENER, TIER_WORDS
from knowledge.reader.row_refs import Pairs, level_run, row_noun_before

SELF_WORDS = {"em", "minh", "toi", "tui", "chung", "ben", "bon"}  # first person, "bên em"
# The units an officer calls their own: "đơn vị em", "sở mình", "phòng em", "huyện em", "thành
# phố mình" (a district unit's officer).
UNIT_WORDS = (
    ("don", "vi"),
    ("co", "quan"),
    ("thanh", "pho"),
    ("so",),
    ("ben",),
    ("phia",),
    ("chung",),
    ("bon",),
    ("phong",),
    ("huyen",),
    ("tp",),
)


@dataclass(frozen=True)
class Span:
    kind: str  # level | tiers | form | table | status | self | domain | unit
    start: int
    end: int


# "mức độ" by its initials, as officers shorten it ("mđ4")
_LEVEL_INITIALS = "".join(w[0] for w in strip_marks("mức độ").split())


def levels(tokens: Sequence[Token], compounds: Pairs = frozenset()) -> list[Span]:
    """ "mức độ 4", "mức 3": a service level, which every row has; never a row number. "muc 3"
    typed without marks is "mức 3" right after a pair a title prints ("… dat dai muc 3"): it
    qualifies the service named, where a row's number follows a frame ("xem muc 3")."""
    spans = []
    for i, t in enumerate(tokens):
        if (
            t.fold == _LEVEL_INITIALS
            and i + 1 < len(tokens)
            and tokens[i + 1].fold in ("2", "3", "4")
        ):
            spans.append(Span("level", i, i + 2))  # "mđ4", "md 3": the level by its initials
            continue
        if t.fold != "muc" or t.raw == "mục":
            continue
        k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].fold == "do")
        run = level_run(tokens, k)
        after_title = i >= 2 and (tokens[i - 2].fold, tokens[i - 1].fold) in compounds
        # "rà soát dvc muc 4", "thu tuc muc 3": after what every row is, the service's level
        after_title = after_title or row_noun_before(tokens, i) is not None
        # "doi bang lai muc 4": after a service's everyday name, as after its printed words
        after_title = after_title or _name_before(tokens, i)
        if run > k:
            spans.append(Span("level", i, run))  # "mức 3, 4", "muc do 2 3 4": levels listed
        elif (
            k < len(tokens)
            and tokens[k].fold in ("2", "3", "4")
            and (t.raw == "mức" or k == i + 2 or after_title)
        ):
            spans.append(Span("level", i, k + 1))
    return spans


def _name_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether an everyday name of a service (SERVICE_SYNONYMS: "bằng lái", "sổ đỏ") ends
    right before i."""
    return any(
        " ".join(t.fold for t in tokens[i - n : i]) in SERVICE_SYNONYMS
        for n in (1, 2, 3)
        if i >= n
    )


def tiers(tokens: Sequence[Token]) -> list[Span]:
    """ "cấp tỉnh, huyện, xã", "cap huyen xa": two tiers of government or more listed after
    "cấp", which name no service; not the "cấp xã" of "trợ cấp xã hội"."""
    spans = []
    for i, t in enumerate(tokens):
        if t not in TIER_OPENER:
            continue
        end = i + 1
        while end < len(tokens) and tokens[end] in TIER_WORDS:
            end += 1
        if end < len(tokens) and tokens[end].fold == "hoi":
            end -= 1  # "... xã hội"
        if end - i - 1 >= 2:
            spans.append(Span("tiers", i, end))
    return spans


def selves(tokens: Sequence[Token], compounds: Pairs = frozenset()) -> list[Span]:
    """ "đơn vị em", "cơ quan mình", "bên em", "sở mình": the asker speaking of their own unit.
    Typed without marks, a pair the documents print, in their wording with a neighbour too, is
    theirs: "so chung minh" is "số chứng minh"; "chung minh con gi" is "chúng mình"."""
    spans = []
    for i in range(1, len(tokens)):
        if tokens[i].fold not in SELF_WORDS - {"ben", "chung", "bon"}:
            continue
        for unit in UNIT_WORDS:
            start = i - len(unit)
            if start >= 0 and tuple(t.fold for t in tokens[start:i]) == unit:
                if not printed_run(tokens, start, i + 1, compounds):
                    spans.append(Span("self", start, i + 1))
                break
    return spans


def printed_run(tokens: Sequence[Token], start: int, end: int, compounds: Pairs) -> bool:
    """Words typed without marks that the documents print side by side, with a neighbour."""
    if any(t.has_marks for t in tokens[start:end]):
        return False
    folds = [t.fold for t in tokens]
    inside = all((folds[k], folds[k + 1]) in compounds for k in range(start, end - 1))
    before = start > 0 and (folds[start - 1], folds[start]) in compounds
    after = end < len(folds) and (folds[end - 1], folds[end]) in compounds
    return inside and (before or after)
