"""What a question's words say for or against the provincial tasks they fit, beside the rows:
evidence no task's text holds, a task's own shorthand, a row whose words a task also holds.
Read by interpret.py when words fit a task as well as (or better than) a row."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.reader.evidence import TextIndex
from knowledge.reader.matching import Matcher
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Word
from knowledge.reader.row_things import thing_of_its_own


def against_tasks(
    tasks: TextIndex,
    matcher: Matcher,
    keys: Collection[str],
    words: Sequence[Word],
    tell: set[str],
    stray: list[Word],
) -> bool:
    """Whether the question holds evidence the tasks its words fit do not: a title's
    wording none of their texts prints ("hưởng trợ cấp"), or a thing of its own no title
    and none of them holds ("bằng khen"). The task is then offered, not said as sure."""
    held: set[str] = set()
    for key in keys:
        held |= tasks.words(key)
    # the wording every text may share, and the words of the work some task asks ("báo
    # cáo", "hồ sơ": what an officer calls any deliverable), say nothing against one
    if tell - held - tasks.shared - tasks.vocabulary:
        return True
    return thing_against(tasks, matcher, held, words, stray)


def thing_against(
    tasks: TextIndex,
    matcher: Matcher,
    held: set[str],
    words: Sequence[Word],
    stray: list[Word],
) -> bool:
    """Whether the question names a thing of its own ("bằng khen") that no title holds and none
    of the texts of the tasks its words fit (`held`): a service no one has listed, not the task
    in other words."""
    held = held | tasks.shared  # the wording every text may share is no evidence against
    against = [w for w in stray if (w.known or w.typed) not in held and w.typed not in held]
    return thing_of_its_own(words, against, matcher.bound)


def task_shorthand(tasks: TextIndex, parsed: Parsed, extra: Sequence[int], key: str) -> bool:
    """Whether the task's text holds a word of the domain the question names that no title
    prints ("TTHC", read off the task's "thủ tục hành chính" too)."""
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    folds = {parsed.tokens[i].fold for i in extra if i in domain}
    return bool(folds & tasks.words(key))


def row_within(
    tasks: TextIndex, matcher: Matcher, row: str, words: Sequence[Word], task: str
) -> bool:
    """Whether every word of the question the row prints, the task's text holds too."""
    printed = matcher.doc_words_of(row)
    held = {w.known for w in words if w.known in printed and not w.chat}
    return bool(held) and held <= tasks.words(task)
