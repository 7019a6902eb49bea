"""An officer asking why the file they just sent was not taken ("lỗi gì vậy", "sao không nhận",
"sai chỗ nào"): a short message with an error's word or a not-taken phrase, naming no row nor
task and no command. Read only while a refusal of theirs is fresh (usecases/refused_files.py),
so the words need not be sure on their own; answered with that refusal's errors again (ux38
#5: it was read as a question about services and answered with three guessed ones)."""

from __future__ import annotations

from knowledge.language.text import MarkedPhrases, MarkedWords
from knowledge.reader.short_remarks import remark_tokens

MAX_WORDS = 12  # a question about the file, not a message that happens to hold an error's word

_ERROR_WORDS = MarkedWords("lỗi sai")
# the file not taken, said of the bot; "ko", "k" are how "không" is typed in a hurry
_NOT_TAKEN = MarkedPhrases(
    (
        "không nhận",
        "ko nhận",
        "k nhận",
        "chưa nhận",
        "từ chối",
        "không được",
        "ko được",
        "không nộp được",
        "ko nộp được",
        "không gửi được",
        "ko gửi được",
    )
)


def asks_why_refused(text: str) -> bool:
    """Whether `text` asks what was wrong with a file just refused."""
    tokens = remark_tokens(text, MAX_WORDS)
    if tokens is None:
        return False
    return _ERROR_WORDS.any_in(tokens) or bool(_NOT_TAKEN.positions(tokens))
