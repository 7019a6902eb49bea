"""The coordinator's corrections to a draft typed as a sentence instead of pressed as buttons,
read while a draft waits for review: "sửa hạn nv 1 thành 25/8", "đổi biểu mẫu nhiệm vụ 2 là Mẫu
số 03", "sửa tên nv 1 thành …", "gia hạn nv 1 cho tq-2021-10-11" (an extension letter's task
is that task's new deadline), "bỏ gia hạn nv 1", "bỏ Sở Y tế khỏi nv 1", "thêm UBND các huyện
vào nhiệm vụ 2", "bỏ nhiệm vụ 2", a task the reader missed added whole ("thêm nhiệm vụ: tên;
đơn vị; hạn; biểu mẫu"), and "công bố" (which shows the draft with its button: publishing is a
press).

Only these shapes are read, word by word, so that a question never becomes an edit; the value
after the task is read by the same readers as the buttons' prompts (knowledge/letters/edits.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from knowledge.language.text import fold
from knowledge.reader.question_shape import reads_as_question


class Talk(StrEnum):
    PUBLISH = "publish"  # "công bố": the draft again, with its button
    EDIT = "edit"  # a task's deadline, units, supporting units or forms
    DROP = "drop"  # one task dropped from the draft
    ADD = "add"  # a task added whole: its parts, apart by ";" or lines, in `value`
    # said to the draft (it names a task, or opens with a correction's verb and names a field)
    # in a shape not read above: the forms that are read are said, never a service's answer
    UNREAD = "unread"
    # a date typed alone ("15/7/2021", "hạn là 15/7 nhé"), as a "Sửa hạn" prompt is answered,
    # with no prompt waiting (it was cut by a command): whose deadline is asked, never Phụ lục
    # I's figures nor a guess at a task (ux22 #7)
    DATE = "date"


@dataclass(frozen=True)
class DraftTalk:
    kind: Talk
    task: int | None = None  # the task's number as shown (1-based); None: not said
    # "d" deadline, "u" units, "s" supporting, "f" forms, "t" title, "x" the task in force an
    # extension letter's task moves (usecases' EditField)
    field: str = ""
    value: str = ""  # as typed, for the field's reader ("25/8", "bỏ Sở Y tế")
    # "cv 860 là gia hạn cho nv 2 của cv 815": the draft's letter as typed ("860"; "" when not
    # said), and `value` is then a task of a letter in force by its place ("nv 2 của cv 815")
    letter: str = ""
    cited: tuple[str, int | None] | None = None  # ("815", 2): that letter's task 2 (None: its one)
    # "sửa tên tq-2021-04-20 thành …": a task tracked already named by its id (or an
    # occurrence's key), as typed — the seeds' tasks and the published ones alike, never a draft's
    tracked: str = ""


_EDIT = {"sua", "doi", "chinh"}  # "sửa", "đổi", "chỉnh" (lại)
_FIELDS = (  # longest first
    (("thoi", "han"), "d"),
    (("han", "nop"), "d"),
    (("han",), "d"),
    (("deadline",), "d"),
    (("don", "vi", "phoi", "hop"), "s"),
    (("don", "vi", "ho", "tro"), "s"),
    (("phoi", "hop"), "s"),
    (("ho", "tro"), "s"),  # "thêm Viễn thông vào hỗ trợ nv 1": a support duty, as letters say
    (("don", "vi"), "u"),
    (("dv",), "u"),
    (("ten", "nhiem", "vu"), "t"),
    (("tieu", "de"), "t"),
    (("ten",), "t"),  # "sửa tên nv 1 thành …": the title
    (("bieu", "mau"), "f"),
    (("bieu",), "f"),
    (("mau",), "f"),
)
_TASK_WORDS = (("nhiem", "vu"), ("nv",), ("task",), ("viec",))
_JOINERS = {"thanh", "la", "sang", "=", "->", "cua", "cho", "o", "tai"}
_FILLER = {"lai", "giup", "em", "anh", "chi", "a", "nhe", "nha", "di", "luon", "voi"}
_PUBLISH_TALK = _FILLER | {"ok", "ngay", "thoi"}
_NUMBERED = re.compile(r"^(?:nv|task)(\d{1,2})$")  # "nv1" typed together
MAX_WORDS = 40
# "15/7/2021", "hạn là ngày 15/7 nhé", "trước ngày 15/7": the words (folded: "15 7 2021")
# around a date typed with its separators
_DATE_WORDS = re.compile(
    r"^(?:(?:han|moi|la|ngay|truoc|thanh)\s+)*\d{1,2}\s+\d{1,2}(?:\s+\d{2,4})?$"
)
_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?")
MAX_ADDED_WORDS = 120  # a task added whole carries its title
# "thêm nhiệm vụ: …", "bổ sung nv …", "them nhiem vu moi: …" (no task number after it)
_ADD = re.compile(
    r"^\s*(?:thêm|them|bổ sung|bo sung)\s+(?:nhiệm vụ|nhiem vu|nv|việc|viec)"
    r"(?:\s+(?:mới|moi))?(?!\s*\d)\s*[:.,-]?\s*",
    re.I,
)


def _task_at(words: list[str], i: int) -> tuple[int | None, int]:
    """A task named at `i` ("nhiệm vụ 2", "nv 2", "nv2", or a bare "2" right after a field):
    its number and where the words go on."""
    numbered = _NUMBERED.match(words[i]) if i < len(words) else None
    if numbered:
        return int(numbered.group(1)), i + 1
    for phrase in _TASK_WORDS:
        end = i + len(phrase)
        if tuple(words[i:end]) == phrase and end < len(words) and words[end].isdigit():
            return int(words[end]), end + 1
    if i < len(words) and words[i].isdigit() and len(words[i]) <= 2:
        return int(words[i]), i + 1
    return None, i


# a tracked task's id ("tq-2021-04-20", "tq-2021-08-20-2", "kh-monthly-sync") or an
# occurrence's raw key ("…@2021-06-25"): the shape only; whether a task has it is the use case's
_TRACKED_ID = re.compile(
    r"^[a-z]{2,4}-(?:\d{4}-\d{2}-\d{2}(?:-\d+)?|[a-z]+(?:-[a-z]+)+)(?:@\d{4}-\d{2}-\d{2})?$"
)
# the period typed after an id, naming one occurrence ("T6/2021", "tháng 6")
_PERIOD_AFTER = re.compile(r"^(?:t|th|thang)?\d{1,2}(?:[ /]\d{4})?$")


def _tracked_at(raw: list[str], words: list[str], i: int) -> tuple[str, int]:
    """A tracked task's id at `i`, with the period after it when one is typed ("tq-2021-05-25
    T6/2021"): the key as typed and where the words go on; ("", i) when none."""
    if i >= len(words) or not _TRACKED_ID.match(raw[i].strip(".,;:").lower()):
        return "", i
    end = i + 1
    if end < len(words) and words[end] in ("thang", "t") and end + 1 < len(words):
        # "tháng 10/2021", as a short key spells it (occurrence_names.short_key)
        if _PERIOD_AFTER.match(words[end + 1]):
            end += 2
    elif end < len(words) and _PERIOD_AFTER.match(words[end]) and not words[end].isdigit():
        end += 1
    return " ".join(raw[i:end]).strip(".,;:"), end


def _field_at(words: list[str], i: int) -> tuple[str, int]:
    for phrase, field in _FIELDS:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return field, i + len(phrase)
    return "", i


def _skip(words: list[str], i: int, skip: set[str]) -> int:
    while i < len(words) and words[i] in skip:
        i += 1
    return i


def read_draft_talk(text: str) -> DraftTalk | None:
    """What a message says to the draft under review, or None (then it is anything else)."""
    added = _ADD.match(text)
    if added and not text.lstrip().startswith("/") and len(text.split()) <= MAX_ADDED_WORDS:
        value = text[added.end() :].strip()
        # a task's parts, lines and ";" kept, for each field's reader; one phrase asked
        # ("thêm nhiệm vụ gì cho Sở Y tế?") is a question
        if re.search(r"[;\n]", value) or not reads_as_question(text):
            return DraftTalk(Talk.ADD, value=value)
    raw = text.split()
    if not raw or len(raw) > MAX_WORDS or text.lstrip().startswith("/"):
        return None
    if reads_as_question(text):  # "… thành 25/8 được không": asked, not said
        return None
    words = [fold(w) for w in raw]
    while len(words) > 1 and words[-1] in _FILLER:  # "… vào nv 1 nhé"
        raw, words = raw[:-1], words[:-1]
    if words[:2] == ["doi", "voi"]:  # "đối với …", not "đổi"
        return None
    typed = _DATE.search(" ".join(raw))
    if typed and _DATE_WORDS.match(" ".join(words)):
        return DraftTalk(Talk.DATE, field="d", value=typed.group(0))
    if "cong" in words:
        at = words.index("cong")
        rest = words[:at] + words[at + 2 :]
        if words[at : at + 2] == ["cong", "bo"] and all(w in _PUBLISH_TALK for w in rest):
            return DraftTalk(Talk.PUBLISH)
    said_letter = _letter_extends(raw, words)
    if said_letter is not None:
        return said_letter
    if words[:2] == ["gia", "han"] or words[:3] == ["bo", "gia", "han"]:
        return _extends(raw, words)
    if words[0] in _EDIT:
        return _edit(raw, words)
    if words[0] in {"bo", "xoa", "them", "bot"}:
        return _units(raw, words)
    return None


def _edit(raw: list[str], words: list[str]) -> DraftTalk | None:
    """ "sửa hạn nv 1 thành 25/8", "sửa nhiệm vụ 2 hạn là 30/9", "đổi biểu mẫu thành Mẫu số 03"."""
    i = _skip(words, 1, _FILLER)
    tracked, i = _tracked_at(raw, words, i)
    task, i = _task_at(words, i) if not tracked else (None, i)
    field, i = _field_at(words, i)
    if not field:
        return None
    if task is None and not tracked:
        i = _skip(words, i, {"cua", "cho", "o", "tai"})
        tracked, i = _tracked_at(raw, words, i)
        task, i = _task_at(words, i) if not tracked else (None, i)
    i = _skip(words, i, _JOINERS)
    if tracked:  # the value is all after it: no draft's task number follows
        value = " ".join(raw[i:]).strip(" :")
        return DraftTalk(Talk.EDIT, None, field, value, tracked=tracked) if value else None
    end = len(words)
    if task is None:  # the task after the value: "đổi hạn thành 25/8 cho nv 3"
        for j in range(i + 1, len(words)):
            found, after = _task_at(words, j)
            if found is not None and after == len(words) and not words[j].isdigit():
                task, end = found, j
                while end > i and words[end - 1] in {"cua", "cho", "o", "tai"}:
                    end -= 1
                break
    value = " ".join(raw[i:end]).strip(" :")
    return DraftTalk(Talk.EDIT, task, field, value) if value else None


def _extends(raw: list[str], words: list[str]) -> DraftTalk | None:
    """ "gia hạn nv 1 cho tq-2021-10-11": the task is the extension of that task in force
    (knowledge/letters/extension.py); "bỏ gia hạn nv 1": a task of its own after all."""
    dropped = words[0] == "bo"
    task, i = _task_at(words, 3 if dropped else 2)
    if task is None:
        return None
    if dropped:
        return DraftTalk(Talk.EDIT, task, "x", "không") if i == len(words) else None
    i = _skip(words, i, _JOINERS | {"cua", "nhiem", "vu", "nv"})
    value = " ".join(raw[i:]).strip(" :")
    return DraftTalk(Talk.EDIT, task, "x", value) if value else None


_LETTER_WORDS = (("cong", "van"), ("van", "ban"), ("cv",), ("vb",))
_LETTER_NUMBER = re.compile(r"^\d{1,5}(?:/[\w&.-]+)?$")


def _letter_at(words: list[str], raw: list[str], i: int) -> tuple[str, int]:
    """A letter named at `i` by its number ("cv 815", "công văn số 815/STTTT-CNTT"): the
    number as typed and where the words go on; ("", i) when none."""
    for phrase in _LETTER_WORDS:
        end = i + len(phrase)
        if tuple(words[i:end]) == phrase:
            end = _skip(words, end, {"so"})
            # the raw word: folding reads "815/STTTT-CNTT" as three words
            if end < len(words) and _LETTER_NUMBER.match(raw[end].strip(".,;:")):
                return raw[end], end + 1
    return "", i


def _letter_extends(raw: list[str], words: list[str]) -> DraftTalk | None:
    """ "cv 860 là gia hạn cho nv 2 của cv 815", "gia hạn nv 1 của công văn 815": the draft's
    letter (named or not) moves a task of a letter in force, named by its place in that letter
    ("nv 2 của cv 815") or, a letter of one task, by the letter alone ("gia hạn cho cv 815")."""
    letter, i = _letter_at(words, raw, 0)
    i = _skip(words, i, {"nay", "la", "de", "thi"})
    if words[i : i + 2] != ["gia", "han"]:
        return None
    i = _skip(words, i + 2, {"cho", "cua", "lai"})
    task, i = _task_at(words, i)
    i = _skip(words, i, {"cua", "cho", "thuoc", "trong", "o"})
    cited, end = _letter_at(words, raw, i)
    if not cited or end != len(words):
        return None
    value = f"nv {task} của cv {cited}" if task is not None else f"cv {cited}"
    return DraftTalk(Talk.EDIT, None, "x", value, letter, (cited, task))


def _units(raw: list[str], words: list[str]) -> DraftTalk | None:
    """ "bỏ nhiệm vụ 2" (the task), "bỏ Sở Y tế khỏi nv 1", "thêm UBND các huyện vào nhiệm vụ
    2" (its units)."""
    task, end = _task_at(words, 1)
    if task is not None and not words[1].isdigit() and end == len(words) and words[0] != "them":
        return DraftTalk(Talk.DROP, task)
    where = {"bo": "khoi", "xoa": "khoi", "bot": "khoi", "them": "vao"}[words[0]]
    if where not in words[1:]:
        return None
    at = len(words) - 1 - words[::-1].index(where)
    task, end = _task_at(words, at + 1)
    field = "u"
    if task is None:  # "thêm Sở Y tế vào phối hợp nv 2"
        field, after = _field_at(words, at + 1)
        task, end = _task_at(words, after)
    if task is None or end != len(words) or not field or at < 2:
        return None
    verb = "thêm" if words[0] == "them" else "bỏ"
    return DraftTalk(Talk.EDIT, task, field, f"{verb} {' '.join(raw[1:at])}")


_VERBS = {"sua", "doi", "chinh", "them", "bo", "xoa", "bot"}
# besides a field: the words that place a unit in or out of a task's lists
_PLACES = {"vao", "khoi"}


def _names_task(words: list[str]) -> bool:
    """ "nv 1", "nhiệm vụ 2", "nv2" anywhere (a bare figure is no task)."""
    return any(not w.isdigit() and _task_at(words, i)[0] is not None for i, w in enumerate(words))


def said_to_draft(text: str) -> DraftTalk | None:
    """A message meant for the draft under review that `read_draft_talk` does not read:
    Talk.UNREAD when it names a task ("nv 1", "nhiệm vụ 2", asked or said), or is said (not
    asked) opening with a correction's verb and naming a field or a place in a task's lists
    ("thêm … vào hỗ trợ", "bỏ … khỏi …"); None for anything else, so that a question that
    opens with such a verb ("đổi giấy phép lái xe hạn khi nào") stays a question."""
    raw = text.split()
    if not raw or len(raw) > MAX_WORDS or text.lstrip().startswith("/"):
        return None
    words = [fold(w) for w in raw]
    if _names_task(words):
        return DraftTalk(Talk.UNREAD)
    if words[0] not in _VERBS or words[:2] == ["doi", "voi"] or reads_as_question(text):
        return None
    cued = any(_field_at(words, i)[0] or words[i] in _PLACES for i in range(1, len(words)))
    return DraftTalk(Talk.UNREAD) if cued else None
