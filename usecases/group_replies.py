"""A reply in a group to the bot's message (its reminder): "đã nộp rồi", "syt nộp rồi nhé",
"tq-2021-04-20 xong". From an approved officer of an agency the group follows it is read as in a
private chat (usecases/statements.py): an offer with buttons, nothing written before the press,
and only that officer's press writes (the offer waits for that person in that chat). From anyone
else, one line saying why nothing was written and how to report. Such replies got no answer at
all, and the officers believed they had reported.
"""

from __future__ import annotations

from knowledge.messages.markup import plain_key
from knowledge.reader.offers import Items, Offer
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.writes import says_status, statement
from knowledge.render.answers import esc
from knowledge.rules.officers import may_write
from knowledge.rules.statuses import note_needed, says_something
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.statements import read_statement
from usecases.statements_kinds import BareStatus, Several

PRIVATE = "nhắn riêng cho bot (bấm vào tên bot rồi Nhắn tin)"


@use_case(writes=False)
def group_statement(
    desk: Desk, caller: Caller, text: str, replied: str
) -> Offer | Several | BareStatus | Refusal | None:
    """A status said in a group in reply to the bot's message `replied`: what to offer, or why
    nothing is offered; None when the reply says no status."""
    # what the private chat reads as a status is read so here ("nộp bc quý 4 rồi nhé" was
    # silence in the group, an offer in private: ux21 #6); other talk is the members' own
    if not says_status(text, desk.assistant):
        return None
    assert caller.chat_id is not None
    followed = tuple(desk.reminders.followed(caller.chat_id))
    if caller.is_admin and caller.agency is None:
        return Refusal(
            "Quản trị viên ghi thay cho đơn vị trong tin nhắn riêng với bot: "
            f"<code>/capnhat &lt;mã&gt; &lt;đơn vị&gt; xong</code>. {UNCHANGED}"
        )
    if may_write(caller.actor) is not None:
        if caller.registration is None:
            return Refusal(
                "Chưa ghi gì: chỉ cán bộ đã được duyệt của cơ quan báo được trạng thái. Đăng ký: "
                f"{PRIVATE} <code>/dangky &lt;cơ quan&gt;</code>, rồi trả lời lại tin nhắc."
            )
        return Refusal(f"Chưa ghi gì: {caller.standing} (trong tin nhắn riêng với bot)")
    agency = caller.agency
    assert agency is not None
    if agency not in followed:
        return Refusal(
            f"Nhóm này không nhận nhắc hạn của <b>{esc(agency)}</b>: báo trạng thái của "
            f"{esc(agency)} trong tin nhắn riêng với bot. {UNCHANGED}"
        )
    named = desk.assistant.agencies.find(text)
    if named is not None and named.name != agency:
        # "syt nộp rồi" names the unit: an officer of Sở Xây dựng does not write Sở Y tế's
        return Refusal(
            f"Bạn là cán bộ của <b>{esc(agency)}</b>: chỉ cán bộ của <b>{esc(named.name)}</b> "
            f"hoặc quản trị viên ghi cho {esc(named.name)}. {UNCHANGED}"
        )
    found = read_statement(desk, caller, text, replied)
    if found is None:
        return Refusal(
            f"Tin nhắn bạn trả lời không có mục nào của <b>{esc(agency)}</b> cần báo. Gõ kèm "
            f"mã, ví dụ <code>406-14 xong</code>, hoặc {PRIVATE}. {UNCHANGED}"
        )
    first = found.offers[0] if isinstance(found, Several) else found
    if isinstance(first, Offer) and note_needed(first.status) and not says_something(first.note):
        # the note would be asked for after the press, and a bot in a group hears only the
        # replies to its own messages: the status with its note in one reply, or in private
        return Refusal(
            f"“{esc(first.status.label)}” cần ghi chú: trả lời kèm ghi chú trong cùng tin, ví dụ "
            f"<code>{esc(first.status.label.lower())} chờ máy chủ</code>, hoặc {PRIVATE}. "
            f"{UNCHANGED}"
        )
    return found


# What a question read in a group must be to get the line on where to ask: something of the
# catalogue the reader is sure of (a row, a service, a task, a period, a unit's progress)
ASKED_INTENTS = frozenset({"service", "item", "task", "deadline", "agency", "progress"})
MAX_QUOTED = 200  # a question quoted back in its /hoi line; longer, the line says <câu hỏi>


@use_case(writes=False)
def group_text(desk: Desk, caller: Caller, text: str, link: str) -> str | None:
    """A line typed in a group, not in reply to the bot (ux24 #9: "406-15 xong roi", "gpxd han
    khi nao" got no answer, and the officer believed they had reported). A status of an item
    the reader names is never written from there: one line says where to report it — the
    private chat (`link`), with the exact /capnhat — and, when the group follows an agency, that
    a reply to the bot's reminder is read here too. A question about the catalogue the reader is
    sure of gets one line: /hoi answers it in the group, the private chat alone. The members'
    other talk gets nothing."""
    text = text.strip()
    if not text or text.startswith("/"):
        return None
    province, today = desk.province, desk.clock.today()
    private = f'<a href="{esc(link)}">chat riêng với bot</a>' if link else PRIVATE
    if says_status(text, desk.assistant):
        found = statement(text, desk.assistant, province, today, caller.agency)
        first = found.offers[0] if isinstance(found, Items) and found.offers else found
        if not isinstance(first, Offer):
            return None  # "họp xong rồi": no item of the catalogue, the members' talk
        assert caller.chat_id is not None
        command = f"/capnhat {plain_key(first.key)} {first.status.label.lower()}"
        reply = (
            " (hoặc trả lời tin nhắc hạn của bot ngay trong nhóm)"
            if tuple(desk.reminders.followed(caller.chat_id))
            else ""
        )
        return f"Chưa ghi gì: báo trạng thái trong {private}{reply}: <code>{esc(command)}</code>"
    asked = desk.assistant.understand(text, today, desk.config.province, caller.agency)
    if asked.needs_statuses:
        # a row asked about is said with where it stands (answer_types.dated_row): still a row
        dated = asked.reading.intent if asked.dated and asked.reading else None
        sure, intent = True, str(dated or "progress")
    else:
        answer = desk.assistant.answer(asked)
        sure, intent = answer.sure, answer.intent
    if not sure or intent not in ASKED_INTENTS:
        return None
    if not reads_as_question(text) and intent not in ("item", "task"):
        return None  # a unit or a service named in talk is no question to the bot
    typed = esc(text) if len(text) <= MAX_QUOTED else "&lt;câu hỏi&gt;"
    return (
        f"Hỏi bot: gõ <code>/hoi {typed}</code> để bot trả lời trong nhóm, hoặc hỏi trong "
        f"{private}."
    )


@use_case(writes=False)
def group_file(desk: Desk, caller: Caller, name: str, to_bot: bool) -> str | None:
    """A file sent in a group: forms and files are taken in the private chat only (who sends
    what is checked there, before the file is read), so it is not stored, and the sender is told
    where to send it, rather than left believing it was handed in. Said when the file replies to
    the bot's message, or comes from someone who reports for an agency the group follows (or an
    admin); the members' other files are their own."""
    assert caller.chat_id is not None
    followed = set(desk.reminders.followed(caller.chat_id))
    reports_here = caller.is_admin or (
        may_write(caller.actor) is None and caller.agency in followed
    )
    if not to_bot and not reports_here:
        return None
    what = f"Tệp <b>{esc(name)}</b>" if name else "Tệp này"
    return (
        f"{what} chưa được lưu: bot chỉ nhận biểu và tệp nộp trong tin nhắn riêng — "
        f"{PRIVATE} rồi gửi lại tệp ở đó."
    )


MAY_NOT_WRITE = (
    "Chỉ cán bộ đã được duyệt hoặc quản trị viên bấm được nút này. Không có gì thay đổi."
)


@use_case(database=False)
def undo_refused(desk: Desk, caller: Caller) -> str | None:
    """A write's "Hoàn tác" pressed in a group: by those who may write (the undo itself checks
    whose write it is); anyone else is told why, alone."""
    return None if may_write(caller.actor) is None else MAY_NOT_WRITE
