"""What is said about a status stated in words and offered for a press, and about a draft
corrected in words: the exact /capnhat line that writes something (one builder, so every hint
names a command the reader reads back), a button pressed too late, a statement from someone
who may not write yet, a unit that does not owe the task, which draft or task is meant."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import fmt_date, fmt_due_inner
from knowledge.catalogue.occurrence_names import short_key
from knowledge.messages.markup import esc, key_tag
from knowledge.rules.sent_days import SentDayRefused
from knowledge.rules.statuses import Status, note_needed
from knowledge.rules.waits import NOTE_WAIT_MINUTES

UNCHANGED = "Không có gì thay đổi."


def capnhat_line(key: str, status: str, unit: str = "") -> str:
    """`/capnhat <key> [<unit>] <status words>` as typed (plain text: escape it to show it):
    the unit between the key and the status, as the command reads it."""
    whose = f" {unit}" if unit else ""
    return f"/capnhat {short_key(key)}{whose} {status}"


def code(line: str) -> str:
    return f"<code>{esc(line)}</code>"


def lapsed_offer(key: str, status: Status, unit: str, needs_note: bool, typed: str = "") -> str:
    """An older offer's button (another message came since): the exact command that writes
    what it offered, so nothing has to be retyped from memory; the note typed for it (`typed`,
    ux35 #6) in it, else, when the status needs one, where to type it."""
    line = capnhat_line(key, status.label.lower(), unit)
    note = f" {esc(typed)}" if typed else " &lt;ghi chú&gt;" if needs_note else ""
    return (
        f"Đề nghị ghi này đã hết hiệu lực. Để ghi, gõ <code>{esc(line)}{note}</code>. {UNCHANGED}"
    )


def lapsed_written(key: str, status: Status, at: str) -> str:
    """The same button pressed again after its write (a double tap): it stands already."""
    return f"{key_tag(key)} đã được ghi {esc(status.label)} lúc {esc(at)}. {UNCHANGED}"


def only_supported(unit: str, key: str, form: str, duty: str) -> str:
    """A unit saying it did its part of a task it only supports ("huyện em đã góp ý rồi"):
    acknowledged, nothing to write; `duty`: the task's own words the unit typed ("góp ý")."""
    named = f"{key_tag(key)} ({esc(form)})" if form else key_tag(key)
    if duty:
        return f"👌 {esc(unit)} chỉ phối hợp {esc(duty)} cho {named}; không cần ghi gì."
    # "đã gửi phụ lục rồi": what the unit said it sent, it does not owe
    return f"👌 {esc(unit)} chỉ phối hợp cho {named}, không phải nộp; không cần ghi gì."


def not_written(key: str, status: Status, standing: str) -> str:
    """ "406-7 đang làm" from someone who may not write yet: said so, with where their
    registration stands (`standing`, HTML already)."""
    return f"Chưa ghi được {key_tag(key)} → {esc(status.label)}: {standing} {UNCHANGED}"


def unit_does_not_owe(unit: str, key: str, status: Status) -> str:
    """An admin's statement naming a unit that does not owe the row or task."""
    line = capnhat_line(key, status.label.lower(), "<đơn vị>")
    return (
        f"{esc(unit)} không phải thực hiện {key_tag(key)}. Ghi thay đơn vị khác: {code(line)}. "
        f"{UNCHANGED}"
    )


def unit_to_name(keys: tuple[str, ...], status: Status) -> str:
    """An admin's statement about items several units owe, naming none: for whom, by the
    exact lines (never a status read off another unit, nor a silent pick)."""
    lines = "; ".join(code(capnhat_line(k, status.label.lower(), "<đơn vị>")) for k in keys[:3])
    return f"Ghi thay đơn vị nào? Gõ tên đơn vị: {lines}. {UNCHANGED}"


def record_for(unit: str, key: str) -> str:
    """How an admin records for a unit what it sent on paper or by e-mail."""
    line = capnhat_line(key, "đã nộp", unit)
    return f"{esc(unit)} đã gửi bằng văn bản hoặc thư điện tử thì ghi thay: {code(line)}"


def which_draft_task(file_name: str, count: int) -> str:
    shown = f"1–{count}" if count > 1 else "1"
    return (
        f"Bản nháp {esc(file_name)} có nhiệm vụ {shown}: gõ kèm số, ví dụ "
        f"<code>sửa hạn nv 1 thành 25/8</code>; thiếu nhiệm vụ thì thêm: {code(ADD_TASK)}. "
        f"{UNCHANGED}"
    )


def date_for_which_task(file_name: str, count: int, typed: str) -> str:
    """A date typed alone to a draft (its "Sửa hạn" prompt cut by a command): which task's
    deadline, and the line that says it, nothing changed."""
    shown = f"nhiệm vụ 1–{count}" if count > 1 else "nhiệm vụ 1"
    line = code(f"sửa hạn nv 1 thành {typed}")
    return (
        f"«{esc(typed)}»: hạn mới của nhiệm vụ nào trong bản nháp {esc(file_name)} ({shown})? "
        f"Gõ {line}, hoặc bấm «Sửa n» rồi «Sửa hạn». {UNCHANGED}"
    )


# The shape of a task added whole to a draft (knowledge/letters/added.py).
ADD_TASK = "thêm nhiệm vụ: tên; đơn vị; hạn; biểu mẫu"
ADD_EXAMPLE = (
    "thêm nhiệm vụ: Báo cáo kết quả kết nối; Công an tỉnh, Sở Tư pháp; 15/10/2021; Mẫu số 02"
)


def add_task_shape(file_name: str) -> str:
    """ "thêm nhiệm vụ" typed with nothing after it: the shape, with an example."""
    return (
        f"Thêm nhiệm vụ vào bản nháp {esc(file_name)}: gõ {code(ADD_TASK)} (biểu mẫu có thể "
        f"bỏ), ví dụ {code(ADD_EXAMPLE)}. {UNCHANGED}"
    )


def add_task_missing(file_name: str, missing: list[str], said: str = "") -> str:
    """A task added without its title, units or date (`said`: a part read as none, HTML)."""
    return (
        f"Nhiệm vụ thêm vào {esc(file_name)} còn thiếu {esc(', '.join(missing))}{said}. Gõ "
        f"{code(ADD_TASK)}, ví dụ {code(ADD_EXAMPLE)}. {UNCHANGED}"
    )


def draft_talk_forms(file_name: str, count: int) -> str:
    """Said to the draft in a shape the bot does not read: the shapes it reads, and the
    buttons (one line)."""
    shown = f"1–{count}" if count > 1 else "1"
    forms = ", ".join(
        code(f)
        for f in (
            "sửa hạn nv 1 thành 25/8",
            "đổi biểu mẫu nv 1 thành Mẫu số 02",
            "sửa tên nv 1 thành …",
            "gia hạn nv 1 cho tq-2021-10-11",
            "thêm Sở Y tế vào nv 1",
            "bỏ Sở Y tế khỏi nv 1",
            "thêm Sở Y tế vào phối hợp nv 1",
            "bỏ nhiệm vụ 1",
            ADD_TASK,
        )
    )
    return (
        f"Chưa hiểu câu sửa bản nháp {esc(file_name)} (nhiệm vụ {shown}). Bot đọc được: {forms}; "
        f"hoặc bấm “Sửa n” dưới bản nháp (/congvan mở lại bản nháp). {UNCHANGED}"
    )


def nothing_to_publish(file_name: str) -> str:
    """ "công bố" typed on a draft the reader found no task in: no edit can add one, so the
    advice is the file, not "Sửa n"."""
    return (
        f"Bản nháp {esc(file_name)} không có nhiệm vụ nào để công bố. Sửa công văn rồi gửi lại "
        f"tệp, hoặc bấm “Hủy” để bỏ bản nháp. {UNCHANGED}"
    )


def nothing_to_track(file_name: str) -> str:
    """A letter that only informs (no duty, nothing dated ahead of it): read whole, there is no
    task to review or publish, so no draft is kept."""
    return (
        f"Công văn {esc(file_name)} chỉ để thông báo: không giao nhiệm vụ nào có thời hạn, "
        "không có gì cần theo dõi. Không có bản nháp nào được lưu."
    )


def not_a_letter(file_name: str) -> str:
    """A file with none of a letter's parts: nothing to review, so no draft is kept."""
    return (
        f"Tệp {esc(file_name)} không phải công văn: không thấy “Kính gửi”, số, ngày tháng hay "
        "trích yếu V/v. Không có bản nháp nào được lưu. Gửi công văn dạng .docx, .pdf có lớp "
        f"chữ hoặc .txt để lập nhiệm vụ. {UNCHANGED}"
    )


def publish_held(file_name: str, count: int, checkable: bool) -> str:
    """ "công bố" typed on a draft something keeps back: what must be done first (the draft has
    no "Công bố" button until then), never "press Công bố below"."""
    check = (
        "; đã kiểm tra mà các nhiệm vụ vẫn đúng thì bấm “Đã kiểm tra, bỏ qua lỗi đọc”"
        if checkable
        else ""
    )
    return (
        f"Bản nháp {esc(file_name)} chưa công bố được: còn {count} chỗ cần sửa (xem dưới). Sửa "
        f"bằng nút “Sửa n” hoặc gõ (<code>sửa hạn nv 1 thành 25/8</code>){check}. Nút ✅ Công bố "
        f"hiện ra khi không còn gì cần sửa. {UNCHANGED}"
    )


def newest_draft(file_name: str, others: int) -> str:
    """A typed correction goes to the newest draft when several wait: said which."""
    return (
        f"Sửa vào bản nháp mới nhất ({esc(file_name)}); {others} bản nháp khác đang chờ: "
        "sửa bằng các nút của bản đó (/congvan mở lại)."
    )


def drop_newest_draft(file_name: str, subject: str) -> str:
    """ "huỷ" typed with nothing waiting but a draft under review: its drop offered, not done."""
    about = f" (V/v {esc(subject)})" if subject else ""
    return (
        f"Không có thao tác nào đang dở. Bản nháp mới nhất đang chờ: {esc(file_name)}{about}. "
        "Bấm “Hủy bản nháp” để bỏ bản nháp này; không bấm thì không có gì thay đổi."
    )


def publish_by_press(file_name: str, has_tasks: bool) -> str:
    press = "bấm ✅ Công bố bên dưới để công bố" if has_tasks else "chưa có nhiệm vụ nào"
    return f"Bản nháp {esc(file_name)}: {press}."


def switch_reminders(on: bool) -> str:
    """Reminders switched in words: the exact command, which alone changes the setting."""
    verb, word = ("bật", "bat") if on else ("tắt", "tat")
    return f"Để {verb} nhắc hạn, gõ <code>/nhacnho {word}</code>. {UNCHANGED}"


def row_not_theirs(key: str, title: str, unit: str, lead: Sequence[str]) -> str:
    """/capnhat naming a row the writer's unit has no part in: which row it is, whose (or that
    it is outside the province's plan), and that no status is written for the unit."""
    whose = f"mục của {', '.join(lead)}" if lead else "không thuộc kế hoạch của tỉnh"
    return (
        f"Đó là {key_tag(key)} {esc(title)} — {esc(whose)}; "
        f"{esc(unit)} không có phần trong mục này nên không ghi trạng thái. Các mục của đơn "
        f"vị: /tiendo. {UNCHANGED}"
    )


def register_as(agency: str) -> str:
    """Under the answer to an agency's bare name from someone not registered (a new officer
    often types their agency's name after /start): how to register as its officer."""
    return f"Bạn là cán bộ {esc(agency)}? Đăng ký để nhận nhắc hạn: {code('/dangky ' + agency)}"


def _lines_alone(items: list[tuple[str, Status, str]]) -> str:
    """Each item as the line that writes it alone: "<code>406-22 hoàn thành</code>, rồi …"."""
    return ", rồi ".join(
        code(f"{short_key(key)} {status.label.lower()}" + (f" {note}" if note else ""))
        for key, status, note in items
    )


def one_at_a_time(items: list[tuple[str, Status, str]]) -> str:
    """Several items said with different statuses in one message: each as the line that writes
    it alone, nothing written (one button carries one status)."""
    return (
        f"Tin nhắn nêu {len(items)} mục với trạng thái khác nhau; mỗi lần một mục: gõ "
        + _lines_alone(items)
        + ". Chưa có gì được ghi."
    )


def own_ones_alone(items: list[tuple[str, Status, str]]) -> str:
    """Beside a refusal of one item of a message naming several: the writer's own items, each
    as the line that writes it (nothing of the message was written)."""
    return "Mục của đơn vị bạn trong tin nhắn, gõ riêng từng mục: " + _lines_alone(items) + "."


def per_row(example: str | None) -> str:
    """A share of the work said done ("đã xong 50%"): the bot keeps a status per row, so the
    rows done are each written, by their command or its buttons."""
    line = code(capnhat_line(example or "<mã mục>", "xong"))
    return (
        "Bot ghi trạng thái theo từng mục, không theo phần trăm: mục nào đã xong, gõ "
        f"{line} (hoặc /capnhat để chọn mục bằng nút); /tiendo cho biết đã xong bao nhiêu. "
        "Chưa có gì được ghi."
    )


def unchanged_items(keys: tuple[str, ...], status: Status) -> str:
    """The items a message named whose status already stands, said beside the offer of the
    others ("406-14 đã là Hoàn thành (không đổi)"), so that none is dropped without a word."""
    return f"{', '.join(key_tag(k) for k in keys)} đã là {esc(status.label)} (không đổi)."


def note_left_out(dropped: str, key: str, status: Status) -> str:
    """Words typed after the status that are no note about the item ("mà sao vẫn nhắc", "cho
    Sở TT&TT"): said to be left out, with the line that writes a note of one's own."""
    line = capnhat_line(key, status.label.lower()) + " <ghi chú>"
    return (
        f"<i>Không lưu «{esc(dropped[:80])}» làm ghi chú (ghi chú là nội dung về chính mục "
        f"này, không phải lời nói với bot, gửi cho ai hay gửi cách nào). Cần ghi chú thì gõ "
        f"{code(line)}.</i>"
    )


def unread_rows(numbers: tuple[str, ...], read: list[tuple[str, Status, str]]) -> str:
    """A message naming several rows, some of which are no row of either decision ("mục 29 và
    99 xong"): which were not read, and those read, each as the line that writes it alone;
    nothing written (a press must not stand for rows the officer meant and the bot missed)."""
    missing = ", ".join(f"<b>{esc(n)}</b>" for n in numbers)
    lines = f" Mục đọc được, gõ riêng từng mục: {_lines_alone(read)}." if read else ""
    return (
        f"Tôi không đọc được mục {missing}: không có trong Quyết định 406 hay 411. Chưa có gì "
        f"được ghi.{lines}"
    )


# Buttons one offer of several items carries: Telegram takes many more, but a keyboard taller
# than a phone's screen hides the message it answers; the rest are named to type again.
MAX_ITEM_BUTTONS = 8


def with_buttons(
    items: Sequence[tuple[str, str]], choice: bool = False
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The items of an offer given a button, and those past the limit; a `choice` of the one
    meant (a parent row's sub-rows) shows them all, for a press is the only way to pick one."""
    most = len(items) if choice else MAX_ITEM_BUTTONS
    return list(items[:most]), list(items[most:])


def items_beyond(keys: list[str]) -> str:
    """The items of an offer past its last button, by key: "Còn 3 mục: 406-31, …"."""
    named = ", ".join(key_tag(k) for k in keys)
    return (
        f"Còn {len(keys)} mục chưa có nút: {named}. Bấm các nút trên, rồi gõ lại các mục này "
        "với trạng thái của chúng."
    )


def sent_day_line(said: date, due: date | None, late_by: int) -> str:
    """The day the unit said it sent the item, offered with the status, and whether that was in
    time as the views will count it: "Ngày gửi: 9/4/2020 (đúng hạn)"."""
    if not late_by or due is None:
        return f"Ngày gửi: {fmt_date(said)} (đúng hạn)"
    return f"Ngày gửi: {fmt_date(said)} (hạn {fmt_due_inner(due)}, sau hạn {late_by} ngày)"


def sent_day_ahead(named: str, said: date, today: date) -> str:
    """A day sent that has not come (u23c #4): refused, nothing written, in one line; `named`:
    the item as the chat names it (HTML)."""
    return (
        f"{named}: ngày gửi {fmt_date(said)} chưa tới (hôm nay {fmt_date(today)}); không có gì "
        "được ghi. Gõ lại với ngày đã gửi, hoặc bỏ ngày để tính từ hôm nay."
    )


def sent_day_not_taken(
    why: SentDayRefused,
    said: date,
    floor: date,
    today: date,
    by_status: bool = True,
    kept: date | None = None,
) -> str:
    """A day said sent that may not stand (knowledge/rules/sent_days.py): why (`by_status`: the
    item's last status is later; else the day falls before the plan's year), and that the
    status counts from today; `kept`: the day sent already recorded, which a correction refused
    leaves as it is."""
    if why is SentDayRefused.AHEAD:
        reason = f"ngày {fmt_date(said)} chưa tới"
    elif by_status:
        reason = f"ngày {fmt_date(said)} trước lần ghi gần nhất của mục này ({fmt_date(floor)})"
    else:
        reason = f"ngày {fmt_date(said)} trước năm {floor.year} của kế hoạch"
    if kept is not None:
        return f"Không sửa ngày gửi: {reason}; giữ ngày gửi đã ghi ({fmt_date(kept)})."
    return f"Không ghi ngày gửi: {reason}; trạng thái tính từ hôm nay ({fmt_date(today)})."


def rows_skipped(keys: list[str], agency: str) -> str:
    """The rows of a run said done that the writer's unit has no role in: named, and why, beside
    the offers of its own (ux25 #6: the whole run was refused)."""
    return (
        f"Bỏ qua {', '.join(key_tag(k) for k in keys)}: {esc(agency)} không chủ trì hay phối hợp "
        f"{'các mục này' if len(keys) > 1 else 'mục này'}, nên không ghi được."
    )


def done_left_out(keys: list[str], status: Status) -> str:
    """Rows named with others, recorded done, of which a lesser status was said: left out of
    the offer and named, with the line that still writes one alone (ux26 #6)."""
    one = capnhat_line(keys[0], status.label.lower())
    return (
        f"Bỏ qua {', '.join(key_tag(k) for k in keys)}: đã ghi "
        f"{esc(Status.HOAN_THANH.label)}. Nếu cần sửa: {code(one)}."
    )


def note_still_awaited(key: str, status: Status) -> str:
    """A status's note still awaited after a question asked beside it was answered: for which
    row and status, within how long, and how to drop it (u26 #4)."""
    what = note_needed(status) or "ghi chú"
    return (
        f"📝 Vẫn chờ {esc(what)} cho {key_tag(key)} ({esc(status.label)}): gõ ở tin nhắn tiếp "
        f"theo (trong {NOTE_WAIT_MINUTES} phút), hoặc /huy để bỏ. Chưa có gì được ghi."
    )
