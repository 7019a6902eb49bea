"""What an officer hears who names a task of a letter no longer in force (withdrawn, or its
publication undone): which task, which letter, when it was taken back, and that nothing is owed
under it; instead of a generic answer that says nothing of it."""

from __future__ import annotations

from datetime import datetime

from knowledge.calendar.deadlines import fmt_date
from knowledge.render.answers import esc, key_tag

WITHDRAWN = "thu hồi"
UNPUBLISHED = "hủy công bố"


def withdrawn_line(
    task_id: str, title: str, form: str, letter: str, how: str, at: datetime
) -> str:
    """ "🗑 Nhiệm vụ tq-2021-08-20 (Mẫu số 01: …) không còn được theo dõi: …"."""
    label = f"{form}: {title}" if form else title
    label = label if len(label) <= 90 else label[:89].rstrip() + "…"
    when = f"{at.strftime('%H:%M')} ngày {fmt_date(at.date())}"
    return (
        f"🗑 Nhiệm vụ {key_tag(task_id)} ({esc(label)}) không còn được theo dõi: {esc(letter)} "
        f"đã được {how} lúc {when}. Đơn vị không phải thực hiện "
        "hay nộp gì cho nhiệm vụ này nữa; hồ sơ đã nộp (nếu có) vẫn được giữ. Nếu công văn được "
        "công bố lại, bot sẽ báo. Việc còn phải nộp: /nopbai"
    )


def withdrawn_owed(task_id: str, form: str, letter: str, how: str, at: datetime) -> str:
    """One line under /nopbai for a task the unit owed under a letter no longer in force: said,
    never counted as owed ("🗑 tq-2021-08-20 (Mẫu số 01): không phải nộp nữa — …")."""
    what = f" ({esc(form)})" if form else ""
    when = f"{at.strftime('%H:%M')} ngày {fmt_date(at.date())}"
    return (
        f"🗑 {key_tag(task_id)}{what}: không phải nộp nữa — {esc(letter)} đã được {how} lúc {when}."
    )
