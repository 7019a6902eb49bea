"""A guard on how much Python one ask costs, counted, not timed: issue 20 wants `ask` under
2 ms at 10,000 rows, and what pushed it over in round 27 was not one slow reader but each new
reader passing over the question's words again with its own vocabulary (~190,000 calls for the
67 development questions). Round 28 made the readers share what they ask of the words (a
vocabulary that is in no word of the question is ruled out by one set test,
`MarkedWords.any_in`; phrase lists, task forms and the period walk are indexed once) and cut
the count by two fifths. A count does not move with the machine's load, so a reader added
later that scans every word against a vocabulary again fails here, where the clock would
bury it in noise.

If a change of rules fails this, first make the new reader short-circuit when its words are
absent (open its loop on `WORDS.any_in(parsed.tokens)`, as asking.py and question_frames.py
do); raise the ceilings only for work that is really new, and say so beside them."""

from __future__ import annotations

import cProfile
import pstats
from datetime import date

import pytest

from knowledge.language.text import MarkedWords

TODAY = date(2021, 4, 15)
# (question, what it is read as, Python calls of one ask at most, vocabulary tests at most):
# ~20 % over what round 28 measured (2,438 and 258; 2,777 and 208), under round 27's (4,260
# and 282; 4,600 and 269), so that either kind of regression shows. Round 29 keeps the
# standings with nothing reported and their lines per table and day (rules/unmarked.py,
# render/kept_lines.py): the progress question 2,540 -> 2,262 calls, an agency's list 1,643 ->
# 1,127 (76 tests); their ceilings ~20 % over, the agency's under round 28's count, so that
# an answer that computes every unit's standing again at each question fails here.
CASES = [
    ("Sở Xây dựng còn những mục nào chưa xong trong tháng 5 vậy ạ", "progress", 2_700, 310),
    ("cho mình hỏi cấp giấy phép lái xe quốc tế hạn khi nào", "absent", 3_350, 250),
    ("Sở Tư pháp phải làm những gì", "agency", 1_380, 95),
]


def _calls(assistant, question: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    assistant.ask(question, TODAY, "tuyen-quang")
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


@pytest.mark.parametrize(("question", "intent", "calls", "tests"), CASES)
def test_one_ask_stays_within_its_count_of_calls_and_word_tests(
    assistant, monkeypatch, question, intent, calls, tests
):
    first = assistant.ask(question, TODAY, "tuyen-quang")  # caches warm, as in a running bot
    assert first.intent == intent
    assert _calls(assistant, question) <= calls
    seen = []
    original = MarkedWords.__contains__

    def counted(self, token):
        seen.append(token)
        return original(self, token)

    monkeypatch.setattr(MarkedWords, "__contains__", counted)
    again = assistant.ask(question, TODAY, "tuyen-quang")
    assert again.html == first.html  # counted on the same reading
    assert len(seen) <= tests
