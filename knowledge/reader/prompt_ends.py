"""When a waiting prompt ends (another command, another message's button, its window over, a
question, a status stated, the writer taking back the last write), and the undo and the cancel
asked for in words."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from knowledge.catalogue.model import Province
from knowledge.language.finishing import FINISH_TALK, FINISH_WORDS
from knowledge.language.taking_back import (
    CANCEL_WORDS,
    LAST_ACT_WORDS,
    MISTAKE_PHRASES,
    STOP_PHRASES,
    STOP_TALK,
    STOP_WORDS,
    STRONG_CANCEL,
    UNDO_PHRASES,
)
from knowledge.language.text import tokenize
from knowledge.language.vocabulary import CHAT_WORDS
from knowledge.reader.capnhat_line import whole_key_shape
from knowledge.reader.offers import Offer
from knowledge.reader.question_shape import reads_as_question
from knowledge.rules.statuses import role_in
from knowledge.rules.waits import minutes_of, waits_still

MAX_UNDO_WORDS = 8  # "em muốn huỷ thao tác vừa rồi ạ"; longer is about something else


def asks_undo(text: str) -> bool:
    """A short message asking to take back what the writer just wrote ("hoàn tác", "hoan tac",
    "huỷ thao tác vừa rồi", "bỏ cái vừa ghi", "ghi nhầm rồi"): the chat then offers the undo's
    button. A message
    naming a row or a task is about that one, not this."""
    if text.lstrip().startswith("/"):
        return False
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_UNDO_WORDS or any(map(whole_key_shape, text.split())):
        return False
    if UNDO_PHRASES.positions(tokens) or MISTAKE_PHRASES.positions(tokens):
        return True
    return any(t in CANCEL_WORDS for t in tokens) and any(t in LAST_ACT_WORDS for t in tokens)


MAX_CANCEL_WORDS = 6  # "thôi không cần nữa đâu ạ"


def asks_cancel(text: str) -> bool:
    """A short message that only says "never mind" ("huỷ", "huy", "thôi", "bỏ qua", "thôi không
    cần nữa ạ"): the chat answers it as /huy, never as a question about the services named
    "Hủy …", nor as the note or field a prompt waits for. Every word is a cancel word or talk
    around it; a message asking to take back the last write is an undo (`asks_undo`)."""
    if text.lstrip().startswith("/") or len(text.split()) > MAX_CANCEL_WORDS:
        return False  # checked first: every question typed passes here
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_CANCEL_WORDS:
        return False
    in_phrase = STOP_PHRASES.positions(tokens)
    said = bool(in_phrase) or any(t in CANCEL_WORDS or t in STOP_WORDS for t in tokens)
    rest = (
        t
        for i, t in enumerate(tokens)
        if i not in in_phrase and t not in CANCEL_WORDS and t not in STOP_WORDS
    )
    return said and all(t in CHAT_WORDS or t in STOP_TALK for t in rest) and not asks_undo(text)


MAX_FINISH_WORDS = 5  # "xong rồi nộp đi ạ"


def says_finished(text: str) -> bool:
    """A short message saying the list being typed is complete ("xong", "hết rồi", "nộp đi ạ"):
    not one more line of it."""
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_FINISH_WORDS or text.lstrip().startswith("/"):
        return False
    return any(t in FINISH_WORDS for t in tokens) and all(
        t in FINISH_WORDS or t in FINISH_TALK or t in CHAT_WORDS for t in tokens
    )


# The prompts whose steps take "bỏ qua", "không có", "xoá" as an answer (a proposal's optional
# field, a form's "Không có" row, a letter's field emptied): there only a strong word ends them.
STEP_KINDS = frozenset({"proposal", "submit", "letter"})


def ends_by_cancel(text: str, waiting: str | None) -> bool:
    """The text is "never mind" to what waits (`waiting`: the prompt's kind, None when nothing
    does): any cancel words, but at a step that takes "bỏ qua"/"không có" as its answer, only
    "huỷ", "thôi", "cancel"."""
    if not asks_cancel(text):
        return False
    if waiting not in STEP_KINDS:
        return True
    return any(t in STRONG_CANCEL for t in tokenize(text))


class PromptEnd(StrEnum):
    COMMAND = "command"
    BUTTON = "button"
    EXPIRED = "expired"
    QUESTION = "question"
    MOVED_ON = "moved_on"
    STATEMENT = "statement"


# The buttons that answer a prompt of each kind; any other button belongs to another message.
PROMPT_BUTTONS: dict[str, tuple[str, ...]] = {
    "note": (),
    "proposal": ("pv:",),
    # its confirmation, or an undo beside it ("à nhầm, …": the undo and the status said instead)
    "offer": ("wo:", "wa:", "un:"),
    "unit": ("wu:",),  # the unit buttons of an admin's /capnhat on a shared row
    # the step buttons of a form filled in the chat (handlers/submit_chat.py), and the choices of
    # a question answered beside it ("Có phải bạn hỏi…": a row, a task), which keep it open
    "submit": ("sb:", "r:", "tk:"),
    "letter": (),  # a correction to a letter's draft: any button is another step
    "handin": (),  # a file is its answer
    "file": ("hf:",),  # the button that hands in the file sent with no task named
    "status": ("s:",),  # /capnhat's status buttons for the row chosen
    "blank": ("bl:",),  # the button that sends a form with nothing filled in, on purpose
}

WHY = {
    PromptEnd.COMMAND: "",
    PromptEnd.BUTTON: " (bạn đã bấm nút của tin nhắn khác)",
    PromptEnd.EXPIRED: " (đã quá {minutes} phút)",  # the prompt's own wait: `why_said`
    PromptEnd.QUESTION: " (tin nhắn vừa gửi là câu hỏi, không phải nội dung cần nhập)",
    PromptEnd.MOVED_ON: "",
    PromptEnd.STATEMENT: (
        " (tin nhắn vừa gửi là cập nhật trạng thái, không phải nội dung cần nhập)"
    ),
}


def prompt_ends(
    kind: str,
    since: datetime | None,
    now: datetime,
    *,
    text: str | None = None,
    button: str | None = None,
    states: bool = False,
) -> PromptEnd | None:
    """Why a waiting prompt ends on this update, or None when the update may answer it.
    `states`: the text states a row's status (`offer_for` reads one), so it is news of its own,
    not the note or field asked for ("406-14 xong rồi" while 406-15 waits for a note)."""
    if since is not None and not waits_still(kind, since, now):
        return PromptEnd.EXPIRED
    if button is not None:
        own = PROMPT_BUTTONS.get(kind, ())
        return None if button.startswith(own) and own else PromptEnd.BUTTON
    if text is None:
        return None
    if text.lstrip().startswith("/"):
        return PromptEnd.COMMAND
    if kind in ("offer", "unit", "file", "status", "blank") or asks_undo(text):
        # answered by its buttons, not by a message; or the writer takes back the last write
        return PromptEnd.MOVED_ON
    if reads_as_question(text):
        return PromptEnd.QUESTION
    if states:
        return PromptEnd.STATEMENT
    return None


def why_said(why: PromptEnd, kind: str) -> str:
    """Why a prompt of `kind` ended, as the chat says it after "Đã bỏ …"."""
    return WHY[why].format(minutes=minutes_of(kind))


def states_news(found: object, text: str, province: Province, agency: str | None) -> bool:
    """Whether a statement read in a line typed where a status's note is awaited (`found`, as
    knowledge/reader/writes.statement reads it) is news of its own, which ends the wait: an item
    named by its key, or one the writer's unit has a part in. Words that only happen to fit
    another unit's row are the note's own: "chưa có hướng dẫn kết nối từ bộ gtvt, đã gửi cv hỏi"
    fits 406-11/Giao thông vận tải "đã gửi" for Sở Y tế (ux24 #1)."""
    if found is None:
        return False
    if agency is None or not isinstance(found, Offer) or any(map(whole_key_shape, text.split())):
        return True
    return role_in(province, agency, found.key) is not None
