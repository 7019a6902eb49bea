"""Who has sent what, asked in words ("ai chưa nộp biểu 02", "Sở Y tế nộp chưa", "tình hình nộp
hồ sơ 20/4", "nhắc các đơn vị chưa nộp"): the hand-in tracking /nopbai shows, not the task's
description or a catalogue row. What must be sent and by when ("biểu 02 nộp khi nào", "phải
nộp những gì") stays a question about the task."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.language.text import MarkedWords, Token, tokenize
from knowledge.language.vocabulary import CHAT_WORDS, SEND_WORDS
from knowledge.reader.asking import late_said
from knowledge.reader.synonyms import expand_tokens
from knowledge.reader.when_asked import whom_asked

_SEND = SEND_WORDS  # the act: "nộp", "gửi"
# Late with a task: "ai còn chậm biểu 02", "đơn vị nào quá hạn phụ lục": of a document owed, the
# units late are those that have not sent it (the caller keeps this reading only where a task is
# named: "bên nào còn chậm" alone asks the late rows too, /quahan's answer)
_PAST_DUE = (("qua", "han"), ("tre", "han"))
# asking who, or how far: "ai", "chưa", "đơn vị nào", "tình hình", "những ai"; "nhắc": the
# coordinator wants the missing ones reminded (the view carries that button)
_WHO = MarkedWords("ai chưa nhắc")
_STANDING = (
    ("tinh", "hinh"),
    ("don", "vi", "nao"),
    ("co", "quan", "nao"),
    ("ben", "nao"),
    ("bao", "nhieu"),
)
# what or when, how or where: a question about the task itself ("nộp gì", "hạn nộp", "nộp khi
# nào", "nộp ở đâu", "nộp thế nào", "phải nộp")
_ABOUT_TASK = MarkedWords("gì hạn phải đâu cách")
_ABOUT_TASK_PHRASES = (
    ("khi", "nao"),
    ("bao", "gio"),
    ("ngay", "nao"),
    ("the", "nao"),
    ("mau", "nao"),
)
# What such a question may hold besides the act, the asking and the unit: documents in general,
# units in general, done or not, the province ("ai chưa nộp hồ sơ", "các đơn vị đã gửi báo cáo
# chưa", "tình hình nộp toàn tỉnh"). Anything else (a service's words: "nộp thuế môn bài online
# chưa", "nộp phạt giao thông") makes it a question unless it names a task.
_TALK = MarkedWords(
    "hồ sơ báo cáo biểu phụ lục mẫu số văn bản tài liệu tệp file đơn vị cơ quan sở ban ngành "
    "huyện thành phố nào những các tình hình bao nhiêu đủ hết toàn tỉnh lên về cho"
    # whose: "bên em", "của Sở Y tế", "phía huyện"
    " bên của phía"
    # when: "nộp trước ngày nào", as the letters print a deadline ("trước ngày 20/4/2021")
    " trước"
)
_OWN = MarkedWords("mình em tôi tui")  # "đơn vị mình nộp chưa": the asker's unit


def _has(folds: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(
        tuple(folds[i : i + len(p)]) == p for p in phrases for i in range(len(folds) - len(p) + 1)
    )


def asks_handins(text: str) -> bool:
    """The text asks who has sent (or not) what a task asks for."""
    if text.lstrip().startswith("/"):
        return False
    tokens = tokenize(text)
    folds = [t.fold for t in tokens]
    if not any(t in _SEND for t in tokens) and not late_asked(tokens):
        return False
    past_due = {
        i + k
        for p in _PAST_DUE
        for i in range(len(folds) - len(p) + 1)
        if tuple(folds[i : i + len(p)]) == p
        for k in range(len(p))
    }
    if any(t in _ABOUT_TASK for i, t in enumerate(tokens) if i not in past_due):
        return False
    if whom_asked(tokens):
        return False  # "phụ lục 3 nộp cho ai": to whom it goes, a question about the task
    # "thế nào" asks how to send, unless it asks how sending stands ("tình hình nộp … thế nào")
    about: tuple[tuple[str, ...], ...] = _ABOUT_TASK_PHRASES
    if _has(folds, (("tinh", "hinh"),)):
        about = tuple(p for p in about if p != ("the", "nao"))
    if _has(folds, about):
        return False
    # "bao nhiêu đơn vị đã nộp" asks a count; "bao nhiêu tiền" never has a sending verb
    return any(t in _WHO for t in tokens) or _has(folds, _STANDING)


def late_asked(tokens: Sequence[Token]) -> bool:
    """ "chậm", "trễ", "muộn", "quá hạn": the text asks who is late, not who has sent."""
    folds = [t.fold for t in tokens]
    return any(late_said(tokens, i) for i in range(len(tokens))) or _has(folds, _PAST_DUE)


def only_handin_words(
    text: str,
    agencies: AgencyResolver,
    read: Sequence[Token] | None = None,
    periods: Collection[int] = (),
) -> bool:
    """Nothing in the text but who-has-sent talk, the units it names and dates or numbers:
    no service's words that would make it a question about that service. `read`: the text's
    tokens as the question reader read them, `periods` the indexes among them of a period it
    names ("báo cáo tháng 8": the document due that month)."""
    tokens = list(read) if read is not None else tokenize(text)
    named = {i for m in agencies.mentions(tokens) for i in range(m.start, m.end)}
    named.update(periods)
    return all(
        i in named
        or t in _SEND
        or late_said(tokens, i)
        or t in _WHO
        or talk_word(t)
        or t in CHAT_WORDS
        or t.fold.replace("/", "").isdigit()
        for i, t in enumerate(tokens)
    )


def talk_word(token: Token) -> bool:
    """A word of the talk, or a shorthand the reviewed synonyms spell as such words ("bc":
    "báo cáo")."""
    return all(t in _TALK for t in expand_tokens([token]))


def asks_own(text: str) -> bool:
    """ "đơn vị mình", "bên em": the asker's own unit."""
    return any(t in _OWN for t in tokenize(text))
