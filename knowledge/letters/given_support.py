"""The units a task's own item gives a support duty in a sentence of their own: "Các Sở, ban,
ngành; UBND các huyện, thành phố … báo cáo … trước ngày 25 … . Sở Thông tin và Truyền thông hỗ
trợ kỹ thuật." — Sở TT&TT supports that report, though the group that owes it holds it; "Giao
UBND … xây dựng hồ sơ, gửi UBND tỉnh (qua Sở TT&TT) … . Sở TT&TT hướng dẫn, hỗ trợ các đơn vị
trong quá trình xây dựng hồ sơ." — Sở TT&TT supports the dossier it also passes on.
"""

from __future__ import annotations

import re

from knowledge.letters.dates import deadlines
from knowledge.letters.recurring import recurrence
from knowledge.letters.register import Register
from knowledge.letters.text import Line, plain
from knowledge.letters.units import helper_clauses, subject


def given_support(item: list[Line], line: Line, register: Register, dated: set[int]) -> set[str]:
    """The units the lines of a task's item (`item`, its dated `line` among them) give a support
    duty in a clause they open, but a unit a clause of work on the dated line opens with, named
    on its own ("Sở A báo cáo …; Sở A hỗ trợ …": it owes the report). A clause on the line of
    another of the item's dates (`dated`: the lines of the letter's dates) serves that one."""
    lines = [line, *(ln for ln in item if ln.no != line.no and ln.no not in dated)]
    found = helper_clauses(lines, register)
    # (a dated clause is a duty of its own: "Sở A phối hợp với Sở B hoàn thành … trước …")
    found = [(names, c) for names, c in found if not deadlines(c, None) and not recurrence(c)]
    given = {n for names, _ in found for n in names}
    aiding = {clause for _, clause in found}
    for clause in re.split(r"(?<=[;.])\s+", line.text):
        if any(plain(clause).endswith(a) for a in aiding):
            continue
        mentions = register.mentions(clause)
        opens = set(subject(Line(line.no, clause), mentions))
        # (named on its own among those the clause opens with, not in a group of them, nor
        # where the work goes, "gửi UBND tỉnh (qua Sở TT&TT)")
        given -= {m.names[0] for m in mentions if len(m.names) == 1} & opens
    return given


__all__ = ["given_support"]
