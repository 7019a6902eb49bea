"""Who wrote what on a day, asked in words ("hôm nay ai cập nhật gì", "hom nay anh An cap nhat
gi vay", "hôm qua bên em ghi những mục nào"): the day asked, and whose writes — a person's
words as typed, the asker's own unit, or anyone's. The status log answers it
(usecases/day_log.py), as /lichsu answers for one row.

Read off general Vietnamese, no question's phrasing: the verbs the bot's own messages name a
write with ("cập nhật", "ghi"), the days ("hôm nay", "hôm qua"), "ai" (who) and "gì"/"nào"
(what) after the verb; a duty before the verb ("cần cập nhật gì") asks what to do, not what
was done, and any word after the verb beyond what is asked is another question.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.text import MarkedPhrases, MarkedWords, Token, tokenize, words
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    DUTY_WORDS,
    FIRST_PERSON,
    INTERROGATIVES,
)

# the bot's own words for a write: "Cập nhật gần nhất", "✅ Đã ghi"
WRITE_VERBS = MarkedPhrases(("cập nhật", "ghi"))
# the days a log is asked of, by how many days back from today
DAYS_BACK = {
    0: MarkedPhrases(("hôm nay", "sáng nay", "chiều nay")),
    1: MarkedPhrases(("hôm qua",)),
}
WHO_WORDS = MarkedWords("ai")
# what may follow the verb in such a question: the asking ("gì", "nào", "những mục nào"), what
# was written ("mục", "việc", "mới") and the talk around it ("vậy", "thế", "ạ")
_ASKED_AFTER = MarkedWords("mục việc mới")
# a unit named as the asker's own ("bên em", "sở mình"): its kind, before the first person
_OWN_UNIT = MarkedWords("bên sở huyện phòng đơn vị cơ quan")
# the forms of address a colleague is named after ("anh An", "chị Bình"), not the first person
_ADDRESS = MarkedWords("anh chị")
MAX_NAME_WORDS = 6  # "Sở Tài nguyên và Môi trường": longer, the words ask something else


@dataclass(frozen=True)
class WritesAsked:
    days_back: int  # 0: today, 1: yesterday
    # the words of whose writes, as typed: a person's name ("an") or a unit's ("sở xây dựng");
    # "" for anyone's, or the asker's own unit's (`own`)
    person: str = ""
    own: bool = False  # the asker's own unit ("bên em")


def writes_asked(text: str) -> WritesAsked | None:
    """The question read (see the module docstring), or None when the text asks no such
    thing."""
    tokens = tokenize(text)
    verb = WRITE_VERBS.positions(tokens)
    if not verb:
        return None
    start, end = min(verb), max(verb) + 1
    before, after = tokens[:start], tokens[end:]
    days = {back: phrases.positions(tokens) for back, phrases in DAYS_BACK.items()}
    dated = set().union(*days.values())
    if not any(t in INTERROGATIVES for t in after) or DUTY_WORDS.any_in(before):
        return None
    if any(i not in dated and not _asking(t) for i, t in enumerate(after, start=end)):
        return None
    back = next((b for b, at in days.items() if at), 0)
    at = [i for i in range(len(before)) if i not in dated]
    who = [before[i] for i in at]
    if not dated and not WHO_WORDS.any_in(who) and not _addressed(who):
        return None  # "Sở Xây dựng cập nhật gì": a day, "ai" or a person says it is the log
    if WHO_WORDS.any_in(who):
        rest = [t for t in who if t not in WHO_WORDS and t not in CHAT_WORDS]
        return WritesAsked(back) if not rest else None
    names = [i for i in at if before[i] not in CHAT_WORDS]
    named = [before[i] for i in names]
    if all(t in _OWN_UNIT for t in named):  # "bên em": the asker's own; nothing: anyone's
        return WritesAsked(back, own=bool(named) or FIRST_PERSON.any_in(who))
    if len(named) > MAX_NAME_WORDS:
        return None
    typed = words(text)  # the words with their capitals, as the name is echoed
    cased = typed if len(typed) == len(tokens) else [t.raw for t in tokens]
    return WritesAsked(back, " ".join(cased[i] for i in names))


def _addressed(who: list[Token]) -> bool:
    """A person named after a form of address and nothing else: "anh An", "chị Trần Thị Bình"."""
    if len(who) < 2 or who[0] not in _ADDRESS:
        return False
    name = who[1:]
    return all(t not in CHAT_WORDS and t not in _OWN_UNIT for t in name) and len(name) <= 3


def _asking(token: Token) -> bool:
    return token in INTERROGATIVES or token in CHAT_WORDS or token in _ASKED_AFTER


def names_person(person: str, name: str) -> bool:
    """Whether the words typed for a person ("an", "van an", "bình") name `name` ("Nguyễn Văn
    An"): each is one of its words, with or without marks."""
    typed = [t.fold for t in tokenize(person)]
    words = {t.fold for t in tokenize(name)}
    return bool(typed) and all(t in words for t in typed)
