"""A status typed with no row: said alone right after a write ("xong rồi": about the row just
written, usecases/statements.py), or typed where /capnhat's status buttons for one row wait
("vướng", "đang làm ạ", "vướng mắc chờ máy chủ": about that row, with the rest as its note)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.bot_talk import BOT_ACTS, BUT_WORDS, WHY_PHRASES
from knowledge.language.text import Token, tokenize
from knowledge.reader.capnhat_line import FILLER, leading_status, whole_key_shape
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.status_spelling import companions_respelled
from knowledge.reader.status_words import status_span
from knowledge.rules.statuses import Status


@dataclass(frozen=True)
class Bare:
    """A status said alone; `sending`: said as a sending ("nộp rồi", "gửi rồi"), which only a
    task's document can be."""

    status: Status
    sending: bool


_SENDING = frozenset({"nop", "gui"})


def _asks_the_bot_why(tokens: list[Token]) -> bool:
    """ "sao vẫn nhắc", "tại sao": a why or the bot's reminders; a question of its own after
    "mà" ("xong rồi, mà gpxd hạn khi nào") is no such talk, and stays a question."""
    return bool(WHY_PHRASES.positions(tokens)) or any(t in BOT_ACTS for t in tokens)


def bare_status(text: str) -> Bare | None:
    """A status said alone ("xong rồi", "đang làm ạ", "đã nộp rồi"): no row, no task, no note;
    a clause asking the bot why after it ("đã xong rồi mà sao vẫn nhắc", as "đã nộp rồi mà sao
    vẫn nhắc" is read in reply to a reminder: knowledge/reader/typed_notes.kept_note) is said
    to the bot, not of the work, and leaves the status alone (ux24 #10)."""
    if text.lstrip().startswith("/"):
        return None
    tokens = tokenize(companions_respelled(text))  # "xong ruoi": "xong rồi" (u49 #3)
    cut = next(
        (
            i
            for i, t in enumerate(tokens)
            if i and t in BUT_WORDS and _asks_the_bot_why(tokens[i + 1 :])
        ),
        None,
    )
    if cut is not None:
        tokens = tokens[:cut]
    elif reads_as_question(text):
        return None
    folds = [t.fold for t in tokens]
    found = status_span(folds)
    if found is None:
        return None
    status, start, end = found
    rest = folds[:start] + folds[end:]
    if not all(f in FILLER for f in rest):
        return None
    return Bare(status, any(f in _SENDING for f in folds[start:end]))


def status_answer(text: str) -> tuple[Status, str] | None:
    """The status a message opens with where one row's statuses were asked, and its note: as
    /capnhat reads the words after a key ("vướng mắc chờ máy chủ", "đang làm", "xong rồi ạ"),
    or a status said alone anywhere in it. None for a question, a command, or no status."""
    if reads_as_question(text) or text.lstrip().startswith("/"):
        return None
    text = companions_respelled(text)
    status, note = leading_status(text.split())
    if any(whole_key_shape(w) for w in note.split()):
        return None  # "xong 406-15": about that row, not the one whose buttons wait
    if status is not None:
        # only status words no sentence or reply opens with: "chưa có CSDL …", "ok em gửi
        # sau", "ok" alone are no status
        folds = [t.fold for t in tokenize(text)]
        found = status_span(folds)
        opens = found is not None and all(f in FILLER for f in folds[: found[1]])
        status = status if opens and found is not None and found[0] == status else None
    if status is not None:
        return status, note
    bare = bare_status(text)
    return (bare.status, "") if bare is not None else None
