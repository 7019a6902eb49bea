"""What a waiting prompt is called when it ends ("Đã bỏ ghi chú đang chờ cho 406-14"), and the
line that says a note is still awaited after a question asked beside it."""

from __future__ import annotations

from knowledge.messages.markup import key_tag
from knowledge.messages.offers import note_still_awaited
from knowledge.render.answers import esc
from usecases.prompts import (
    BlankPrompt,
    FilePrompt,
    HandinPrompt,
    LetterPrompt,
    NotePrompt,
    Prompt,
    ProposalPrompt,
    StatusPrompt,
    SubmitPrompt,
    UnitPrompt,
)


def prompt_name(prompt: Prompt) -> str:
    if isinstance(prompt, NotePrompt):
        return f"ghi chú đang chờ cho {key_tag(prompt.key)}"
    if isinstance(prompt, LetterPrompt):
        return f"sửa nhiệm vụ {prompt.index + 1} của bản nháp công văn"
    if isinstance(prompt, HandinPrompt):
        return f"tệp đang chờ cho {key_tag(prompt.key)}"
    if isinstance(prompt, FilePrompt):
        # every choice its buttons offered: the first is no more the file's task than the rest
        if prompt.others:
            keys = ", ".join(key_tag(k) for k in prompt.keys)
            return f"tệp {esc(prompt.name)} đang chờ chọn nhiệm vụ ({keys})"
        return f"tệp {esc(prompt.name)} đang chờ bấm nút nộp cho {key_tag(prompt.key)}"
    if isinstance(prompt, StatusPrompt):
        return f"lựa chọn trạng thái cho <b>{esc(prompt.key)}</b>"
    if isinstance(prompt, BlankPrompt):
        return f"biểu trống đang chờ bấm nút nộp ({esc(prompt.name)})"
    if isinstance(prompt, UnitPrompt):
        return f"lựa chọn đơn vị để ghi thay <b>{esc(prompt.key)}</b>"
    if isinstance(prompt, ProposalPrompt) and prompt.listed:
        return "lượt chờ tên đề xuất mới"  # /dexuat's list: nothing was typed
    if isinstance(prompt, SubmitPrompt):  # by its form's name (ux35 #6: "biểu" said none)
        return f"phần nhập {esc(prompt.form_name)}"
    return "đề xuất đang nhập dở"


def still_awaited(prompt: NotePrompt) -> str:
    """After the answer to a question asked where a status's note is awaited: the note is
    still awaited, for which row and status, and how to drop it (usecases/prompt_asides.py)."""
    return note_still_awaited(prompt.key, prompt.status)


def file_still_pressable(prompt: FilePrompt) -> str:
    """A file offer's wait ended by another message: the file is not kept yet, and its buttons
    still hand it in when pressed (usecases/drafts.keep_file)."""
    return (
        f"Tệp {esc(prompt.name)} chưa được lưu; các nút nộp ở tin nhắn trên vẫn bấm được, "
        "không cần gửi lại tệp."
    )


def file_still_awaited(prompt: HandinPrompt) -> str:
    """After the answer to a question asked where a file is awaited (usecases/prompt_asides.py):
    the file is still awaited, for which task, and how to drop it."""
    return (
        f"📎 Vẫn chờ tệp (.xlsx, .docx hoặc .pdf) cho {key_tag(prompt.key)}: gửi tệp vào đây, "
        "hoặc /huy để thôi."
    )
