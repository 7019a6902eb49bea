"""A unit saying it did its part of a task it only supports ("huyện em đã góp ý cho Sở Tư pháp
rồi nhé" from a district that comments on the Sở's proposals): said done (`says_done`), in the
words of the task's own text (`duty_words`: "góp ý"). Which task, and whether the unit only
supports it, is the question reader's and knowledge/rules/supporting.py's."""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.language.bot_talk import SENT_TO_WORDS
from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import CHAT_WORDS
from knowledge.reader.capnhat_line import FILLER
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.status_words import NEGATIONS, status_span
from knowledge.rules.statuses import Status

# "đã <verb> … rồi", "<verb> xong rồi": the work said done, whatever the verb
_DONE_BEFORE = frozenset({"da"})
_DONE_AFTER = frozenset({"roi", "r", "xong"})


def says_done(text: str) -> bool:
    """Something said done: a done status phrase ("xong", "đã gửi", "đã nộp rồi") or "đã" before
    a verb with "rồi"/"xong" after it ("đã góp ý rồi"). Never a question, a command, nor what is
    not done yet ("chưa góp ý")."""
    if not text.strip() or text.lstrip().startswith("/") or reads_as_question(text):
        return False
    folds = [t.fold for t in tokenize(text)]
    if any(f in NEGATIONS for f in folds):
        return False
    found = status_span(folds)
    if found is not None:
        return found[0] == Status.HOAN_THANH
    if not any(f in _DONE_BEFORE for f in folds):
        return False
    first = next(i for i, f in enumerate(folds) if f in _DONE_BEFORE)
    return any(f in _DONE_AFTER for f in folds[first + 2 :])


def _edge(token: Token) -> bool:
    """A word that never opens or closes a duty ("cho", "rồi", "em")."""
    return token.fold in FILLER or token in SENT_TO_WORDS or token in CHAT_WORDS


def duty_words(text: str, printed: Iterable[str], name: str = "") -> str:
    """The longest run of two words or more of `text` that the task's `printed` texts print in
    a row, as printed ("gop y" typed, "góp ý" printed in "lấy ý kiến góp ý của …"), less the
    function words at its ends and the words of the task's `name` ("biểu 02" names the task,
    it is no duty); "" when the message names nothing else of the task's words."""
    naming = {t.fold for t in tokenize(name)}
    typed = [t.fold for t in tokenize(text) if t.fold not in naming]
    best: list[Token] = []
    for line in printed:
        words = tokenize(line)
        folds = [w.fold for w in words]
        for i in range(len(folds)):
            for j in range(len(typed)):
                n = 0
                while i + n < len(folds) and j + n < len(typed) and folds[i + n] == typed[j + n]:
                    n += 1
                run = words[i : i + n]
                while run and _edge(run[0]):
                    run = run[1:]
                while run and _edge(run[-1]):
                    run = run[:-1]
                if len(run) >= 2 and len(run) > len(best):
                    best = run
    return " ".join(t.raw for t in best)
