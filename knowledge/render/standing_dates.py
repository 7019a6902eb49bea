"""How a unit's dates for a row or a task are said in every view (/tiendo, /quahan, the
digest, the reminders, a write's receipt): the date that applies with its days, the province's
own phases as "mốc", the decision's milestone as the decision's, a row owed by its sub-rows'
dates, and a unit done after its date. The dates and states are the standing rule's
(knowledge/rules/standing.py). Split from progress_text.py.
"""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import describe_days, fmt_date, fmt_due
from knowledge.rules.milestones import milestone_name
from knowledge.rules.standing import Deadline, Mark, Standing, State, date_state
from knowledge.rules.statuses import STATUSES


def when_text(s: Standing, hour: str = "", next_days: bool = True) -> str:
    """ "hạn 31/8/2021 (quá hạn 6 ngày); hạn QĐ 406: 30/9/2021 (còn 24 ngày)"; no days for done
    or closed units. A row's dates are said by whose they are: the province's own phases as
    "mốc 1 trên 2 (mốc 2: …)" ("mốc 1/2" read as a date, 1 February, in a line of dates), the
    decision's milestone beside a province's date as "hạn QĐ 406: …", never as a phase of the
    province's (ux19 item 1). `hour`: the hour a task's letter ends its day at ("17 giờ 00",
    knowledge/calendar/hours.py); `next_days` False: the next date without its days, where
    the days would read as the unit's date to come (a row said late, ux22 #1)."""
    due = s.due  # a property: read once, not at each of its three uses
    if due is None:
        return beside_text(s) if s.beside else "chưa có hạn"
    if s.deadline is not None and s.deadline.parts:
        return parts_text(s)
    owed = s.state in (State.OPEN, State.LATE)
    if s.milestones and (owed or s.state is State.DONE):
        # done too: each milestone's own result, never the row's first date's (ux28 #5)
        return milestones_text(s)
    applies = s.deadline
    mixed = len({d.national for d in s.steps}) > 1
    whose = _decision_of(s.key) if mixed and applies is not None and applies.national else ""
    # beside the date: the days left or late, or how late it was done
    said = describe_days(s.today, due) if owed else late_done(s) if s.late_by else ""
    text = f"hạn {whose}{hour + ' ngày ' if hour else ''}{fmt_due(due, said)}"
    if applies is None or s.phases < 2:
        return _ended(s, text)
    kind = [d for d in s.steps if d.national == applies.national]
    if len(kind) > 1:
        text += f", mốc {kind.index(applies) + 1} trên {len(kind)}"
    later = s.steps[s.steps.index(applies) + 1 :] if applies in s.steps else ()
    if later:
        following = later[0]
        # its days too while owed: the next date is what a reminder may have come for
        days = f", {describe_days(s.today, following.due)}" if owed and next_days else ""
        if following.national == applies.national:
            text += f" (mốc {kind.index(applies) + 2}: {fmt_date(following.due)}{days})"
        else:
            who = _decision_of(s.key) if following.national else "của tỉnh: "
            # its days in the date's own bracket: one bracket, never "(Chủ nhật, …) (còn …)"
            text += f"; hạn {who}{fmt_due(following.due, days.removeprefix(', '))}"
    return _ended(s, text)


def _decision_of(key: str) -> str:
    """ "QĐ 406: ": the decision a row's national milestone is of."""
    return f"QĐ {key.partition('-')[0]}: "


def _ended(s: Standing, text: str) -> str:
    if s.ended is not None:
        text += f", ⏹ đã kết thúc theo dõi {fmt_date(s.ended)}"
    return text


def late_done(s: Standing) -> str:
    """ "🕓 nộp muộn 1 ngày": a unit done after the deadline that applies (a task's document
    sent, a row done), as the standing rule counts it (knowledge/rules/standing.py)."""
    return f"🕓 {'nộp' if s.is_task else 'xong'} muộn {s.late_by} ngày"


def late_done_line(s: Standing, milestone: date | None = None) -> str:
    """A write's receipt, done after the deadline that applies: "🕓 Nộp muộn: hạn 20/5/2021,
    sau hạn 1 ngày." (a row: "Xong muộn"), in /nopbai's words; "" when in time. A row of
    several milestones: the one written (`milestone`, its date) when it was late, and once
    the row is done, each milestone's own result."""
    if s.milestones:
        return _milestones_line(s, milestone)
    if s.state is not State.DONE or not s.late_by or s.due is None:
        return ""
    what = "Nộp" if s.is_task else "Xong"
    return f"🕓 {what} muộn: hạn {fmt_due(s.due)}, sau hạn {s.late_by} ngày."


def _milestones_line(s: Standing, milestone: date | None) -> str:
    """The receipt's line for a row of several milestones (see `late_done_line`)."""
    steps = [d for d, _ in s.milestones]
    if milestone is not None:
        found = [i for i, d in enumerate(steps) if d.due == milestone]
        late = s.milestones_late[found[0]] if found and s.milestones_late else 0
        if not late:
            return ""
        return f"🕓 Mốc {found[0] + 1} xong muộn: hạn {fmt_due(milestone)}, sau hạn {late} ngày."
    if s.state is not State.DONE:
        return ""
    said = "; ".join(f"mốc {i + 1} {milestone_result(s, i)}" for i in range(len(steps)))
    return f"Kết quả từng mốc: {said}."


def parts_text(s: Standing) -> str:
    """A row that owes by its sub-rows' dates, said as such, never as a date of its own:
    "tỉnh chưa giao hạn riêng cho mục này; hạn các ngành: 30/9/2021 (quá hạn 81 ngày),
    31/12/2021 (còn 11 ngày)"."""
    owed = s.state in (State.OPEN, State.LATE)
    dates = ", ".join(
        fmt_date(d) + (f" ({describe_days(s.today, d)})" if owed else "") for d in s.dates
    )
    return f"tỉnh chưa giao hạn riêng cho mục này; hạn các ngành: {dates}"


PART_NOT_OWED = "đơn vị phối hợp, không có hạn riêng"


def beside_text(s: Standing) -> str:
    """A row with no date of its own that the unit only coordinates, its sub-rows' dates being
    others' (knowledge/rules/row_dates.py `part_owners`): "tỉnh chưa giao hạn riêng cho mục này
    (đơn vị phối hợp, không có hạn riêng); hạn các ngành chủ trì: 30/9/2021, 31/12/2021", the
    dates without days left or late, which are not this unit's to count."""
    dates = ", ".join(fmt_date(d) for d in s.beside)
    return (
        f"tỉnh chưa giao hạn riêng cho mục này ({PART_NOT_OWED}); hạn các ngành chủ trì: {dates}"
    )


def settled_text(s: Standing) -> str:
    """A row or task done for the unit, said the same in every view that counts no days for it
    (ux35 #2): "xong 25/5/2021, đúng hạn (hạn 31/5/2021)"; after its date, as the late lists
    say it (sent_late_text.py): "🕓 xong muộn 3 ngày (xong 3/6/2021, hạn 31/5/2021)"; "" when
    it is not done (closed: its status says it)."""
    if s.state is not State.DONE:
        return ""
    verb = "nộp" if s.is_task else "xong"
    on = f"{verb} {fmt_date(s.done_on)}" if s.done_on else ""
    if s.due is None:
        return on or verb
    due = f"hạn {fmt_due(s.due)}"
    if s.late_by:
        return f"🕓 {verb} muộn {s.late_by} ngày ({', '.join(filter(None, (on, due)))})"
    return f"{on or verb}, đúng hạn ({due})"


def standing_text(s: Standing, hour: str = "") -> str:
    """A unit's dates for one row or task as every view that lists it says them (/tiendo, a
    row's card, the answer in words): done, the day and how it met its date (`settled_text`,
    no days counted on a settled item, ux35 #2); a row of several milestones, each one's
    result; else the dates with their days (`when_text`)."""
    done = s.state is State.DONE and not s.milestones and settled_text(s)
    return done or when_text(s, hour)


def done_text(s: Standing, mark: Mark | None) -> str:
    """How a done item is said where a unit's done work is listed ("Hàm Yên đã làm gì rồi"):
    the day it was reported done and who reported it, late days beside ("xong 13/4/2021, Nguyễn
    Văn An"); without a mark, the status alone."""
    if mark is None:
        return STATUSES[s.code]
    late = f" (sau hạn {s.late_by} ngày)" if s.late_by else ""
    who = f", {mark.by}" if mark.by else ""
    return f"✅ xong {fmt_date(mark.on)}{late}{who}"


def milestone_phrase(d: Deadline, n: int, today: date | None = None) -> str:
    """ "mốc 1 (hộ gia đình), hạn 31/5/2021" and, with `today`, its days ("…, quá hạn 10
    ngày"): one milestone of a row of several, as an offer and a receipt name it."""
    name = milestone_name(d.label)
    text = f"mốc {n}" + (f" ({name})" if name else "") + f", hạn {fmt_date(d.due)}"
    return text + (f", {describe_days(today, d.due)}" if today is not None else "")


def milestones_text(s: Standing) -> str:
    """A row of several milestones still owed, each with its own standing: "mốc 1 (hộ gia
    đình) 31/5/2021 — quá hạn 10 ngày; mốc 2 (doanh nghiệp) 31/8/2021 — còn 82 ngày", and the
    decision's dates beside them as the decision's (knowledge/rules/standing.py `milestones`);
    some met, the count first ("xong 1/2 mốc: …"): the row is still owed, never "Hoàn thành"."""
    parts = []
    for n, (d, state) in enumerate(s.milestones, 1):
        name = milestone_name(d.label)
        said = milestone_result(s, n - 1) if state is State.DONE else _date_said(state, d, s)
        parts.append(f"mốc {n}" + (f" ({name})" if name else "") + f" {fmt_date(d.due)} — {said}")
    own = {d.due for d, _ in s.milestones}
    for d in s.steps:
        if d.due not in own:
            said = _date_said(date_state(s, d), d, s)
            parts.append(f"hạn {_decision_of(s.key)}{fmt_due(d.due, said)}")
    count = f"xong {s.milestones_met}/{len(s.milestones)} mốc: " if s.milestones_met else ""
    return count + "; ".join(parts)


def milestone_result(s: Standing, i: int) -> str:
    """How the i-th milestone of a row of several was met: "🕓 xong muộn 31 ngày", "✅ xong
    đúng hạn" (the standing rule's `milestones_late`)."""
    late = s.milestones_late[i] if i < len(s.milestones_late) else 0
    return f"🕓 xong muộn {late} ngày" if late else "✅ xong đúng hạn"


def _date_said(state: State, d: Deadline, s: Standing) -> str:
    """One date of a row of several milestones, as its standing (`date_state`) says it."""
    if state is State.DONE:
        return "✅ xong"
    if state is State.CLOSED:
        return "không đủ điều kiện"
    return describe_days(s.today, d.due)
