"""A proposal step's answer typed as words instead of pressed (ux13 #4): "muc 3", "quy 3", "q3",
"cap huyen", "ko", "khong co", "giu nguyen" read as the button of that step they name.

Each step's own vocabulary is read off its buttons' labels, not listed: the words every label of
the step shares ("Mức", "Quý", "Cấp", the year) and the words of the step's question may be typed
or left out, or typed as their first letter ("q3", "m4"); what is left must be the one label's
own part ("tỉnh", "3", "III", where a Roman numeral and its figure are one). The steps whose
button says there is nothing ("Không có", "Bỏ qua") take "không" in the ways it is typed; an edit
takes "giữ nguyên" for its "Giữ nguyên" button.
"""

from __future__ import annotations

import re

from knowledge.language.text import fold

# "không" as it is typed in a hurry (a spelling of the one word, not a phrasing)
NO = frozenset({"khong", "ko", "k", "kg", "kh", "khg", "hong", "hok", "0"})
# what is typed around it, or instead of it, to say there is nothing for this field
NOTHING_TALK = frozenset({"co", "can", "ai", "nao", "gi", "quan", "bo", "qua", "de", "trong"})
# "Giữ nguyên": the value stored is kept
KEEP = frozenset({"giu nguyen", "giu", "nhu cu", "khong doi", "khong sua", "ko doi", "ko sua"})
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_STUCK = re.compile(r"^([a-z])(\d+)$")


def _words(text: str) -> list[str]:
    out: list[str] = []
    for word in fold(text).split():
        stuck = _STUCK.match(word)  # "q3", "m4": a head word's initial and the figure
        out.extend(stuck.groups() if stuck else (word,))
    return [ROMAN.get(w, w) for w in out]


def read_choice(typed: str, labels: dict[str, str], question: str) -> str | None:
    """The value of the one label the typed words name, the words the labels share and the
    question's words aside (typed or not, or as their initial); None when none or several."""
    folded = {value: _words(label) for value, label in labels.items()}
    shared = set.intersection(*(set(w) for w in folded.values())) if folded else set()
    asked = set(_words(question))
    aside = shared | asked
    initials = {w[0] for w in aside if w and not w.isdigit()}
    said = [w for w in _words(typed) if w not in aside and w not in initials]
    if not said:
        return None
    found = [v for v, words in folded.items() if said == [w for w in words if w not in shared]]
    return found[0] if len(found) == 1 else None


def says_nothing(typed: str) -> bool:
    """'không', 'ko', 'không có', 'ko cần', 'bỏ qua': there is nothing for this field."""
    words = fold(typed).split()
    return (
        bool(words)
        and (any(w in NO for w in words) or fold(typed) == "bo qua")
        and all(w in NO or w in NOTHING_TALK for w in words)
    )


# "có" as it is typed in a hurry, and the short agreements that answer a yes/no question ("ừ",
# "vâng", "ok", "đúng"); "dạ" is left out: folded it is "đã", a word of statuses
YES = frozenset({"co", "u", "uh", "uhm", "um", "vang", "yes", "coa", "ok", "oke", "okay", "dung"})
# agreements of two words ("đồng ý", "xác nhận"), read as one
YES_PAIRS = frozenset({("dong", "y"), ("xac", "nhan")})
# a yes word that folds like another word: only these spellings are the yes ("dừng" is a stop)
YES_SPELT = {"dung": frozenset({"dung", "đúng"})}
# politeness around a short answer ("có ạ", "ko nhé", "đúng rồi", "ok em xác nhận")
ANSWER_TALK = frozenset({"a", "nhe", "nha", "anh", "chi", "em", "oi", "roi"})


def says_yes(typed: str) -> bool:
    """'có', 'co', 'ừ', 'vâng ạ', 'ok', 'đúng rồi', 'ok em xác nhận': yes to the question the
    step asks (a yes word, with nothing but yes words and politeness around it)."""
    spelt = typed.lower().split()
    words = fold(typed).split()
    if len(spelt) != len(words):
        return False
    said, index = False, 0
    while index < len(words):
        word = words[index]
        if tuple(words[index : index + 2]) in YES_PAIRS:
            said, index = True, index + 2
            continue
        if word in YES and spelt[index] in YES_SPELT.get(word, {spelt[index]}):
            said = True
        elif word not in ANSWER_TALK:
            return False
        index += 1
    return said


def says_keep(typed: str) -> bool:
    return fold(typed) in KEEP


# the words of a step's question that may be typed with its answer ("mức độ 4", "thời gian quý 3")
QUESTION_WORDS = {
    "tier": "thuộc cấp",
    "level": "mức độ đang thực hiện",
    "quarter": "thời gian thực hiện hoàn thành quý năm",
}
NOTHING = {"coordinate": "none", "sector": "skip", "note": "skip"}


def typed_answer(
    step: str, typed: str, choices: dict[str, dict[str, str]], editing: bool
) -> str | None:
    """The step's button value the typed words name (`choices`: each choosing step's values and
    labels), or None when they are not words of that step's own."""
    if editing and says_keep(typed):
        return "keep"
    if step in NOTHING and says_nothing(typed):
        return NOTHING[step]
    if step in choices:
        return read_choice(typed, choices[step], QUESTION_WORDS.get(step, ""))
    return None


# An edit changes one field, chosen first (ux13 #5: the first thing typed became the name).
PICK = "pick"
FIELD_NAMES = {
    "name": "Tên dịch vụ",
    "sector": "Lĩnh vực",
    "tier": "Cấp",
    "level": "Mức độ",
    "lead": "Cơ quan chủ trì",
    "coordinate": "Cơ quan phối hợp",
    "quarter": "Thời gian thực hiện",
    "note": "Ghi chú",
}
EDIT_VERBS = frozenset({"sua", "doi", "thay", "lai"})  # "sửa mức", "đổi thời gian"


def field_named(typed: str) -> str | None:
    """The one field whose name the typed words are part of ("mức", "sửa tên", "phối hợp")."""
    said = [w for w in fold(typed).split() if w not in EDIT_VERBS]
    if not said:
        return None
    found = [f for f, name in FIELD_NAMES.items() if set(said) <= set(fold(name).split())]
    return found[0] if len(found) == 1 else None


def field_shaped(typed: str, choices: dict[str, dict[str, str]]) -> tuple[str, str] | None:
    """The one choosing field whose own words the typed answer is ("muc 4": the level 4), with
    the button value; None when none or several fit."""
    fits = [
        (step, value)
        for step in choices
        if (value := read_choice(typed, choices[step], QUESTION_WORDS.get(step, ""))) is not None
    ]
    return fits[0] if len(fits) == 1 else None
