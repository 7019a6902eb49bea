"""An emphatic particle ending a status's clause is no note ("vướng mắc chứ, chưa có kinh
phí"), while the same letters before content are a word of it; "nhầm file, gửi lại" asks how
to send a file again."""

from __future__ import annotations

import pytest

from knowledge.reader.capnhat_line import trim_filler
from knowledge.reader.resend_words import asks_to_resend


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("chu, chua co kinh phi", "chua co kinh phi"),
        ("chứ, chưa có kinh phí", "chưa có kinh phí"),
        ("cơ", ""),
        # before content, unmarked "chu" is "chủ", "co" is "có"; with other marks, not the particle
        ("chu tri chua co", "chu tri chua co"),
        ("co kinh phi roi", "co kinh phi"),
        ("chủ, đầu tư chưa ký", "chủ, đầu tư chưa ký"),
        # an unmarked "ca" ending a note is a word of it ("bộ CA", ux35 #1); "cả" is filler
        ("cho bo ca", "cho bo ca"),
        ("chờ bộ cả", "chờ bộ"),
    ],
)
def test_an_emphatic_particle_closing_the_clause_is_left_out(note, kept):
    assert trim_filler(note) == kept


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("nham file, gui lai", True),
        ("nhầm tệp rồi, em nộp lại", True),
        ("gửi lại báo cáo", False),  # no file word: a statement or a question, read as usual
        # no file word, but an apology and "let me resend" with only talk around (ux31 #2)
        ("a nham, de em gui lai", True),
        ("sai rồi, em nộp lại ạ", True),
        ("406-14 nhầm, gửi lại", False),  # a row named: read as usual
        ("nhầm, gửi lại cho sở y tế", False),
        ("a nham", False),
        ("file là gì", False),
        ("em gửi lại file thì bên sở tttt có nhận được không hay phải gửi bằng văn bản ạ", False),
    ],
)
def test_asking_to_send_a_file_again(text, asks):
    assert asks_to_resend(text) is asks
