"""What one ask costs in tokens: the question's words are read into tokens once, in the parse,
and every reader after it reads those. A count, not a time: a reader that tokenizes the
question again (or builds a token per word for each vocabulary it tries) doubles the count
here at once, where a timing on a machine others share would hide it (bench/README.md, rounds
23-26: each round's readers ate the round before's speed-up without a test noticing)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.language import text
from knowledge.language.text import Token, tokenize

DAY = date(2021, 4, 15)
# one question of each shape the reader answers: a service, an agency's list, a period, a row
# by its key, a task by its form, the asker's progress, a service typed without marks, a
# service beside the agency asking
SHAPES = {
    "giấy phép xây dựng hạn khi nào": "service",
    "Sở Y tế phải làm gì": "agency",
    "tháng 5 có gì đến hạn": "deadline",
    "mục 406-14": "item",
    "biểu 02 nộp khi nào": "task",
    "cap doi giay phep lai xe": "service",
    "sở tư pháp hỏi đăng ký khai sinh hạn nào ạ": "service",
}


@pytest.fixture
def built(monkeypatch):
    """The tokens built from here on, counted at their construction."""
    count = [0]
    init = Token.__init__

    def counting(self, raw: str, fold: str) -> None:
        count[0] += 1
        init(self, raw, fold)

    monkeypatch.setattr(text.Token, "__init__", counting)
    return count


@pytest.mark.parametrize("question", list(SHAPES))
def test_an_ask_builds_one_token_per_word_of_the_question(assistant, built, question):
    assistant.ask(question, DAY, "tuyen-quang")  # the first ask may fill the word caches
    words = len(tokenize(question))
    built[0] = 0
    answer = assistant.ask(question, DAY, "tuyen-quang")
    assert answer.intent == SHAPES[question]
    # the parse's tokens (one a word at least: the count is wired), and no second reading of
    # the question's words (which would make it two a word); a few made by the readers (an
    # officer's shorthand spelled out) stay under that
    assert words <= built[0] < 2 * words, (question, built[0], words)
