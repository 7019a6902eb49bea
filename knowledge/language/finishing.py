"""The words of "that is all" said to a list being typed line by line (a form's lines in the
chat): "xong", "hết rồi", "nộp đi", "đủ rồi". Reviewed lexicon data, read by
knowledge/reader/prompt_ends.py; the list is then shown again with its ✅ Nộp button, since
sending it is a write that only the button makes."""

from __future__ import annotations

from knowledge.language.text import MarkedWords

# "xong", "hết", "đủ": the list is complete; "nộp", "gửi": send it now; "ok", "done" as typed.
# Read only as a whole message of these words and the talk below, where "het", "du" typed
# without marks can mean nothing else.
FINISH_WORDS = MarkedWords("xong hết đủ nộp gửi ok done")
# what may stand beside them: "rồi", "đi", "luôn", "nhé", "ạ" and the chat's own words
FINISH_TALK = MarkedWords("rồi đi luôn là vậy thế")
