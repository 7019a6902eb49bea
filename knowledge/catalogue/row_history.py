"""One row's edits in the assignment table, version by version (/lichsu <key> shows them after
the row's statuses): who leads, who coordinates and the province's date, each change as
"hạn Tháng 5/2021 → Tháng 10/2021", with the version, when and by whom (ux13 #11: the
coordinator had to know `import --history` on the server to see a /giao edit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from knowledge.catalogue.importer import applied_label
from knowledge.catalogue.table_versions import Entry, TableVersion


@dataclass(frozen=True)
class RowEdit:
    number: int  # the version that made it
    at: datetime | None
    by: int | None  # the admin, None from the command line
    what: str  # "sửa đổi /giao 406-14", "bảng X.csv", "khôi phục phiên bản 1"
    changes: tuple[str, ...]


def _names(agencies: tuple[str, ...]) -> str:
    return ", ".join(agencies) or "—"


def differences(old: Entry | None, new: Entry | None) -> tuple[str, ...]:
    if old == new:
        return ()
    if new is None:
        return ("bỏ khỏi bảng phân công",)
    if old is None:
        return (f"thêm vào bảng: chủ trì {_names(new.lead)}, hạn {new.deadline_text or '—'}",)
    found = []
    if old.lead != new.lead:
        found.append(f"chủ trì {_names(old.lead)} → {_names(new.lead)}")
    if old.coordinate != new.coordinate:
        found.append(f"phối hợp {_names(old.coordinate)} → {_names(new.coordinate)}")
    if old.deadline_text != new.deadline_text:
        found.append(f"hạn {old.deadline_text or '—'} → {new.deadline_text or '—'}")
    return tuple(found)


def row_edits(
    seed: Entry | None, versions: list[tuple[TableVersion, Entry | None]]
) -> list[RowEdit]:
    """The versions that changed the row, oldest first; `seed`: the row in the data files'
    table (version 0, and any rollback to it)."""
    edits = []
    before = seed
    for version, entry in versions:
        now = seed if version.embedded else entry
        if version.number == 0:
            before = now
            continue
        changes = differences(before, now)
        if changes:
            what = (
                f"khôi phục phiên bản {version.restores}"
                if version.restores is not None
                else applied_label(version.source)
            )
            edits.append(RowEdit(version.number, version.at, version.by, what, changes))
        before = now
    return edits
