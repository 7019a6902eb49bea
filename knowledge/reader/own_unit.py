"""The asker's own unit named by the group it belongs to: "UB huyện em", "UBND huyện bọn em".

The province's table gives the district units' rows to one name ("UBND huyện"); an officer of
one of them who calls their committee by that name, with their pronoun beside it, means their
own unit, never every district at once. And an approved officer is never of an agency named
only by words that are also ordinary ones ("em cần lên kế hoạch": no Sở Kế hoạch và Đầu tư):
such a name beside "em" is what the officer speaks of, not whom they belong to.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.catalogue.model import Province
from knowledge.reader.parse import Parsed


def as_own_unit(parsed: Parsed, province: Province, officer: str | None) -> Parsed:
    """The question with the asker's group read as the officer's own unit, where the officer's
    unit is one of the group's, and with the officer as the asker where the question's asker
    was only a weak name; the question as it is otherwise."""
    group = parsed.asker
    if officer is None or group is None or group == officer:
        return parsed
    if not any(m.strong for m in parsed.agencies if m.name == group):
        return replace(parsed, asker=officer)
    if officer not in province.members(group) or province.members(officer) != (officer,):
        return parsed
    mentions = tuple(replace(m, name=officer) if m.name == group else m for m in parsed.agencies)
    return replace(parsed, asker=officer, agencies=mentions)
