"""A message asking how to send a file again ("nhầm file, gửi lại", "em gửi lại tệp khác nhé"):
a file word and a sending verb with "lại", in a short message; or, with no file word, that verb
beside a word of error and only talk ("à nhầm, để em gửi lại": the apology, then "let me
resend", ux31 #2). Answered with how to hand the file in (usecases/resending.py); nothing is
written from it."""

from __future__ import annotations

from knowledge.language.taking_back import CORRECTION_TALK, CORRECTION_WORDS, MISTAKE_PHRASES
from knowledge.language.text import tokenize
from knowledge.language.vocabulary import CHAT_WORDS, FILE_WORDS, RESEND_LEADS, RESEND_PHRASES
from knowledge.reader.capnhat_line import FILLER

MAX_WORDS = 12  # longer: a question or a note of its own, read as usual


def asks_to_resend(text: str) -> bool:
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    resend = RESEND_PHRASES.positions(tokens)
    if not resend:
        return False
    if FILE_WORDS.positions(tokens):
        return True
    mistake = MISTAKE_PHRASES.positions(tokens)
    if not mistake and not any(t in CORRECTION_WORDS for t in tokens):
        return False  # "gửi lại báo cáo": a statement or a question, read as usual
    talk = (CHAT_WORDS, CORRECTION_WORDS, CORRECTION_TALK, RESEND_LEADS)
    return all(
        i in resend or i in mistake or t.fold in FILLER or any(t in words for words in talk)
        for i, t in enumerate(tokens)
    )
