"""An officer's question in the words of a task their unit owes ("hạn nộp hồ sơ", "hồ sơ nộp
thế nào"): the task, offered to choose, before a reading that found no service, or only the
unit's list, or rows offered on a chance pairing of those words.

A question is in the task's words when the task's text holds every word of content it types
(the work's own verbs, "nộp", "gửi", aside), or a phrase of the task's title weighing more than
one common word (`OWED_FIT`). Which words a task's text holds is the task index's
(knowledge.reader.evidence.TextIndex), read off the letters, never listed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from knowledge.catalogue.model import Province, Task
from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import CHAT_WORDS, QUESTION_MARKED, WORK_WORDS
from knowledge.reader.evidence import TextIndex
from knowledge.reader.list_asked import asks_for_a_list
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading

# how much of an owed task's own wording a question must hold for that task to be offered when
# it holds other words too: more than one common word ("hồ sơ" alone weighs 1.9), a phrase of
# its title
OWED_FIT = 3.0


def replaceable(reading: Reading, parsed: Parsed, agency: str) -> bool:
    """Whether a reading leaves room for the asker's own task: no service found, a service
    (given up only for a task that holds every word, see `owed_reading`), how far along the unit
    is, unless a list is asked ("hồ sơ với dịch vụ nào … quá hạn"), or the asker's own list read
    from a question that names no agency."""
    if reading.intent == "progress":
        return not asks_for_a_list(parsed)
    if reading.intent == "agency":
        return reading.agency == agency and not parsed.agencies
    return reading.intent in ("absent", "unknown", "service")


def owed_reading(
    reading: Reading,
    index: TextIndex,
    tokens: Sequence[Token],
    prov: Province,
    agency: str,
    known: Callable[[str], bool] = lambda word: True,
) -> Reading | None:
    """The asker's owed tasks the question's words name, offered to choose; None when the
    words say more than any of them holds. Only a service not found ("absent") yields to a
    phrase of a task's title among other words; any other reading only to a task whose text
    holds every word of the question (a monthly report asked for by "báo cáo" and its month,
    from a unit that owes one, is not the row that prints "báo cáo"). tokens: the question's
    residue, its frame aside. `known`: whether the catalogue's vocabulary holds a folded word."""
    mine = prov.tasks_of(agency)
    fits = index.fit([t.id for t in mine], tokens)
    if not fits:
        return None
    best = fits[0]
    whole = _all_held(index.words(best.key), tokens)
    if not whole and (best.weight < OWED_FIT or reading.intent != "absent"):
        return None
    held = index.words(best.key)
    if not whole and any(
        w not in held and not known(w) for w in _content(tokenize(reading.asked))
    ):
        # the service the question was declined for names a thing neither the catalogue nor
        # the task knows ("thủ tục đăng ký karaoke có trong danh mục không" is not the
        # proposal's "danh mục")
        return None
    chosen: tuple[Task, ...] = tuple(
        t for f in fits if f.weight >= best.weight for t in mine if t.id == f.key
    )
    return Reading("task", agency=agency, tasks=chosen, sure=False)


def _all_held(held: set[str], tokens: Sequence[Token]) -> bool:
    """Every word of content the question types is a word of the task's text ("hồ sơ" typed
    without marks is that too, however like talk it reads), and it types one at least."""
    said = [t.fold for t in tokens if t.fold in held] + _content(tokens)
    return bool(said) and all(w in held for w in said)


def _content(tokens: Sequence[Token]) -> list[str]:
    """The words of content: no number, asking, talk or the work's own verbs."""
    return [
        t.fold
        for t in tokens
        if not (t.is_number or t in QUESTION_MARKED or t in CHAT_WORDS or t in WORK_WORDS)
    ]
