"""Which of a person's acts came last when their times are the same (a scripted clock, or two
acts within the clock's precision): a change of the letters keeps, beside the person's saved
drafts (chat 0, which no Telegram chat is), the ids of their newest status change, submission
and blank form at the moment it was written. Those ids are each table's order of writing, so
`/hoantac` reads the order from them, not from the minute (ux28: a withdrawal undone after a
"ghi thay" of the same minute undid the "ghi thay"). Dropped with the old drafts: only acts
close together need it."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.blank_form_model import BlankForm
from db.models import SavedDraft, StatusChange, Submission

SLOT = "letters_act"
NO_CHAT = 0  # a person's record, not a chat's


def note_letters_act(s: Session, province: str, by: int, number: int, at: datetime) -> None:
    """Inside the write of letters version `number` by `by`: their newest other acts' ids."""
    ids = {
        "version": number,
        "province": province,
        "status": s.scalar(
            select(func.max(StatusChange.id)).where(
                StatusChange.province == province, StatusChange.by == by
            )
        ),
        "submission": s.scalar(
            select(func.max(Submission.id)).where(
                Submission.province == province, Submission.by == by
            )
        ),
        "blank_form": s.scalar(
            select(func.max(BlankForm.id)).where(
                BlankForm.province == province, BlankForm.by == by
            )
        ),
    }
    s.merge(
        SavedDraft(
            chat_id=NO_CHAT, user_id=by, slot=SLOT, kind=SLOT, payload=json.dumps(ids), saved_at=at
        )
    )


def before_letters_act(
    sessions: sessionmaker, province: str, by: int, number: int
) -> dict[str, int] | None:
    """The ids of the person's newest other acts when they wrote letters version `number`
    ({"status": …, "submission": …, "blank_form": …}, 0 for none); None when not kept."""
    with sessions() as s:
        row = s.get(SavedDraft, (NO_CHAT, by, SLOT))
        if row is None:
            return None
        try:
            data = json.loads(row.payload)
        except ValueError:
            return None
    if data.get("version") != number or data.get("province") != province:
        return None
    return {k: int(data.get(k) or 0) for k in ("status", "submission", "blank_form")}
