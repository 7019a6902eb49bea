"""A question of how far along the work is, with the asker's circumstances in a clause of its own.

"bên em có việc gì trễ hạn chưa ạ, hôm 20/4 bận quá chưa gửi được", "bên em đang chậm những mục
nào rồi, cuối năm rồi sếp hỏi": one clause asks (an interrogative, "gì", "nào"); the other tells
what happened or why the officer asks, and the day, month or task it names is the story's, not a
narrowing of the list nor the task asked about. Such a clause holds no interrogative, does not
close on a question ("… nộp chưa", "… không"), and says something besides its date or task
("bận", "sếp hỏi"): a bare afterthought ("…, trong tháng 5") still narrows. Clauses are read off
the text's punctuation (retelling.clauses). The dates and tasks of those clauses are dropped, and
their words are no evidence either; the rest is read as the question. Kept only when what is
left asks how far along the work is (asking.progress_asked).
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.language.vocabulary import CHAT_WORDS, INTERROGATIVES, QUESTION_MARKED
from knowledge.reader.asker_intro import without_introduction
from knowledge.reader.asking import progress_asked, standing_word
from knowledge.reader.parse import Parsed
from knowledge.reader.side_clauses import clause_numbers

# The words that close a clause as a yes/no question ("… nộp chưa", "… không ạ").
CLOSING = {"chua", "khong", "ko", "k", "hong"}


def without_asides(parsed: Parsed) -> Parsed:
    """The question without the dates and tasks of its clauses of circumstances, when another
    clause asks and what is left asks how far along the work is; else the question as it is.
    An opening "<who> hỏi:" before a question of the asker's own unit is no evidence either."""
    parsed = without_introduction(parsed)
    if not (parsed.periods or parsed.tasks) or len(parsed.tokens) < 2:
        return parsed
    numbers = clause_numbers(parsed.text, len(parsed.tokens))
    if numbers is None or numbers[-1] == 0:
        return parsed
    tokens = parsed.tokens
    asking = {numbers[i] for i, t in enumerate(tokens) if t in INTERROGATIVES}
    late = {numbers[p.start] for p in parsed.periods if p.period.late}
    standing = {numbers[i] for i, t in enumerate(tokens) if standing_word(t)} | late
    if not asking & standing:
        return parsed  # the clause that asks is not about how far along the work is
    named = [(p.start, p.end) for p in parsed.periods] + [(t.start, t.end) for t in parsed.tasks]
    spanned = {i for start, end in named for i in range(start, end)}
    aside: set[int] = set()
    for n in {numbers[i] for i in spanned} - asking:
        at = [i for i in range(len(tokens)) if numbers[i] == n]
        spoken = [i for i in at if tokens[i] not in CHAT_WORDS]
        if spoken and tokens[spoken[-1]].fold in CLOSING:
            continue  # "…, biểu 02 nộp chưa": a question of its own
        if any(i not in spanned and tokens[i] not in QUESTION_MARKED for i in spoken):
            aside.update(at)
    if not aside:
        return parsed
    reduced = replace(
        parsed,
        periods=tuple(p for p in parsed.periods if p.start not in aside),
        tasks=tuple(t for t in parsed.tasks if t.start not in aside),
        residue=tuple(i for i in parsed.residue if i not in aside),
    )
    return reduced if progress_asked(reduced) else parsed
