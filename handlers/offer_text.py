"""The words of a status offer that are more than a line: whose unit the press writes for, and
the offer to mark a task's document sent outside the bot (what the bot holds of it and how to send
it through the bot instead). Split from handlers/status.py.
"""

from __future__ import annotations

from knowledge.messages.markup import plain_key
from knowledge.render.answers import esc, key_tag
from usecases.sent_outside import Outside
from usecases.statuses import Offered

OFFER_TITLE = 90  # characters of a title an offer quotes: the status must stay in sight


def cut(title: str) -> str:
    """A long title cut at a word, so that what follows it (the status, the unit) is read."""
    if len(title) <= OFFER_TITLE:
        return title
    return title[:OFFER_TITLE].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def titled_key(key: str, title: str = "") -> str:
    """A task as a receipt names it: its title (short) first, its key as code after it, as the
    officer reads the one and types the other (ux23 #2); a row, or no title: its key."""
    if not title or title == key:
        return key_tag(key)
    return f"{esc(cut(title))} <code>{esc(plain_key(key))}</code>"


def whose_text(result: Offered, whose: str | None) -> str:
    """ " cho <unit> (ghi thay)": the unit an admin writes for, or the officer's own named in a
    group, where the reminder is several agencies'."""
    if result.behalf:
        return f" cho <b>{esc(result.behalf)}</b> (ghi thay)"
    return f" cho <b>{esc(whose)}</b>" if whose else ""


def sent_outside(named: str, key: str, outside: Outside, unit: str, tail: str) -> str:
    """The offer to mark a task's document sent when nothing of it is in the bot: what the press
    records (sent to the recipient outside the bot), that no form is in the bot, and how to
    send it through the bot instead."""
    what, to = esc(outside.what), esc(outside.to)
    thing = "biểu" if outside.forms else "tệp"
    how = ", ".join(f"<code>{esc(c)}</code>" for c in outside.hand_in)
    how += " (hoặc /baocao → “Mẫu …”, điền rồi gửi lại tệp)" if outside.forms else " rồi gửi tệp"
    if outside.held:  # some forms in the bot: what it holds, and whether the rest went outside
        held = esc(", ".join(outside.held))
        return (
            f"Trong bot mới có <b>{held}</b> của đơn vị cho {named}; <b>{what}</b> "
            f"chưa có trong bot.{tail}\nĐơn vị đã gửi {what} cho {to} ngoài bot (văn bản, "
            f"e-mail)? Nếu đúng, bấm nút để ghi {key_tag(key)} → <b>Hoàn thành</b>{unit}. Nộp "
            f"qua bot: {how}.\nKhông bấm thì không có gì thay đổi."
        )
    return (
        f"Bạn muốn ghi {named} → <b>Hoàn thành</b>{unit}, tức là <b>đã gửi đủ "
        f"{what} cho {to} ngoài bot</b> (văn bản, e-mail)?{tail}\n"
        f"Trong bot chưa có {thing} nào của đơn vị cho nhiệm vụ này: {to} sẽ thấy “báo đã nộp, "
        f"không có {thing} trong bot”. Nộp qua bot: {how}.\n"
        "Bấm nút để ghi; không bấm thì không có gì thay đổi."
    )
