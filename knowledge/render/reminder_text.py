"""The words of a reminder (the coordinator's digest is knowledge/deliverables/digest.py)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from knowledge.calendar.deadlines import WEEKDAYS, describe_days, fmt_date, fmt_due, is_past
from knowledge.calendar.hours import due_hour
from knowledge.catalogue.model import Catalogue, Province
from knowledge.messages.markup import typed_key
from knowledge.render.answers import esc
from knowledge.render.progress_text import status_line
from knowledge.render.standing_dates import when_text
from knowledge.render.submission_text import Partly, partly_html
from knowledge.render.task_names import item_head, task_name
from knowledge.render.tracking_text import usage_for
from knowledge.rules.progress import ROLE_LABELS, Marks, standings
from knowledge.rules.standing import Standing, State


def item_title(catalogue: Catalogue, province: Province, key: str) -> str:
    row = catalogue.rows.get(key)
    if row:
        return row.short_title
    found = province.task_at(key)
    if found is None:
        return key
    task, due = found
    # an occurrence: the period its date falls in ("… — tháng 10/2021"); the title cut at a
    # word (a letter's 200-character task, whole in every reminder: ux22 #10)
    return task_name(task, due)


def _item_line(
    catalogue: Catalogue,
    province: Province,
    key: str,
    standing: Standing | None,
    marks: Marks,
    agency: str,
    partly: Partly | None = None,
) -> str:
    mark = "📌 " if key not in catalogue.rows else ""
    several = standing is not None and (
        standing.phases > 1 or (standing.deadline is not None and standing.deadline.parts)
    )
    dates = f"{esc(when_text(standing))} — " if several and standing is not None else ""
    found = marks.get((key, agency))
    # the status as /tiendo says it (`Standing.code`): a row with a milestone met is under way,
    # though its own status was never written (ux28 #5)
    code = standing.code if standing is not None else found.status if found else None
    # a row the unit only coordinates is said so, as /quahan says it (ux21 #14)
    coordinates = standing is not None and standing.role == "coordinate"
    role = f" [{ROLE_LABELS['coordinate']}]" if coordinates else ""
    # some of its forms in: which, and the command of each still owed (ux35 #8: "Đang thực
    # hiện" alone, while /nopbai tinh said "còn thiếu Phụ lục III, Phụ lục IV")
    sent = f" — {partly_html(partly)}" if partly is not None else ""
    return (
        f"• {mark}{item_head(province, key, esc(item_title(catalogue, province, key)))}{role}"
        f" — {dates}"
        f"{_hour(province, key)}{esc(status_line(code))}{sent}"
    )


def _due_heading(due: date, today: date) -> str:
    """ "5/12/2021 — còn 2 ngày"; a date that falls on a day off is said with the day the
    deadline ends ("5/12/2021 (Chủ nhật, tính đến hết 6/12/2021) — còn 3 ngày", BLDS 2015 Điều
    148 khoản 5, knowledge/calendar/last_day.py): the day-of reminder, moved to the Friday,
    read as "due today" (ux20 #12), and the Monday is still in time (ux37 #4)."""
    return f"{fmt_due(due)} — {describe_days(today, due)}"


def _hour(province: Province, key: str) -> str:
    """ "⏰ trước 17 giờ 00 — " for a task whose letter prints the hour its day ends at."""
    found = province.task_at(key)
    hour = due_hour(found[0].deadline_text) if found else ""
    return f"⏰ trước {hour} — " if hour else ""


def reminder_message(
    catalogue: Catalogue,
    province: Province,
    owed: dict[str, dict[date, list[str]]],
    marks: Marks,
    today: date,
    group: bool = False,
    partly: Mapping[tuple[str, str], Partly] | None = None,
) -> str:
    """The one message of a chat's day: each agency's open rows and tasks grouped by deadline,
    soonest first (a group following several agencies gets them all in one message; it got one
    near-identical message per agency). `group`: only what works in a group is suggested.

    Each item stands where the standing rule says it stands today (knowledge/rules/standing.py,
    as /tiendo and /quahan): filed under the date that applies, a row of several dates with
    its dates as the other views write them (`when_text`: "hạn 31/5/2021 (quá hạn 28 ngày),
    mốc 1 trên 2 (mốc 2: 30/6/2021, còn 2 ngày)"); the days a reminder was planned for (a
    catch-up folds several) only choose the items. `partly`: (key, unit) -> the forms of a task
    the unit sent and those it still owes (knowledge/render/submission_text.py)."""
    agencies = sorted(owed)
    names = ", ".join(esc(a) for a in agencies)
    lines = [f"⏰ <b>Nhắc hạn — {names}</b> ({WEEKDAYS[today.weekday()]}, {fmt_date(today)})"]
    # the hint's example: the item due soonest still to come, else the most recently late (the
    # oldest late item read as what the reminder was about)
    firsts: list[tuple[bool, str]] = []  # (late, key): each date's first item
    for agency in agencies:
        if len(agencies) > 1:
            lines.append(f"\n🏢 <b>{esc(agency)}</b>")
        now = {s.key: s for s in standings(catalogue, province, marks, today, agency)}
        # a row under two dates (the province's and the decision's milestone) is one line, at
        # the date that applies: listed twice it read as two things
        under: dict[date, list[str]] = {}
        for due in sorted(owed[agency]):
            for key in owed[agency][due]:
                standing = now.get(key)
                if standing is not None and standing.due is not None:
                    if standing.state not in (State.OPEN, State.LATE):
                        continue
                    due = standing.due
                if not any(key in keys for keys in under.values()):
                    under.setdefault(due, []).append(key)
        for due in sorted(under):
            keys = under[due]
            late = is_past(due, today)
            icon = "⚠️" if late else "📅"
            lines.append(f"\n<b>{icon} Hạn {esc(_due_heading(due, today))}</b>")
            firsts.append((late, keys[0]))
            for key in keys:
                lines.append(
                    _item_line(
                        catalogue,
                        province,
                        key,
                        now.get(key),
                        marks,
                        agency,
                        (partly or {}).get((key, agency)),
                    )
                )
    coming = [key for late, key in firsts if not late]
    example = province.keyed(coming[0] if coming else firsts[-1][1] if firsts else "")
    if group:
        # /capnhat and /nhacnho are private-chat commands: in a group they were refused
        lines.append(
            "\nCán bộ đã được duyệt của cơ quan: <b>trả lời tin nhắn này</b> (ví dụ "
            f"<code>{typed_key(example)} xong</code>, <code>đã nộp rồi</code>), bot hỏi "
            "lại bằng nút "
            "trước khi ghi. Chưa đăng ký: nhắn riêng cho bot <code>/dangky &lt;cơ quan&gt;</code>."
            " Thôi nhận nhắc trong nhóm (quản trị viên nhóm): "
            "<code>/botheodoi &lt;cơ quan&gt;</code>."
        )
    else:
        # a task that collects a document is sent, not reported "xong": its own ways to send
        # it, and "đã nộp" for one sent outside the bot (a bare "xong" read as sent with
        # nothing in the bot)
        found = province.task_at(example) if example else None
        how = (
            usage_for(province, [example])
            if found is not None and found[0].form
            else f"Xong thì báo: <code>/capnhat {typed_key(example)} xong</code>"
        )
        lines.append(f"\n{how} · Tắt nhắc: <code>/nhacnho tat</code>")
    return "\n".join(lines)
