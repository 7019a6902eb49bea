"""The words of taking back and of "never mind": the undo asked for in words ("hoàn tác", "ghi
nhầm rồi") and a waiting prompt cancelled ("huỷ", "thôi", "bỏ qua"). Reviewed lexicon data, apart
from vocabulary.py (the reader's function words), read by knowledge/reader/prompt_ends.py."""

from __future__ import annotations

from knowledge.language.text import MarkedPhrases, MarkedWords

# Asking to take back what one just wrote ("hoàn tác", "huỷ thao tác vừa rồi", "bỏ cái vừa ghi",
# "ghi nhầm rồi"): the undo's own word, or a word of cancelling beside one naming the last act.
# "bỏ" only with its marks ("bo" is as often "bộ"); "hủy" alone cancels other things ("hủy mẫu
# con dấu" is a service), so it needs the last act named beside it.
UNDO_PHRASES = MarkedPhrases(("hoàn tác", "undo"))
# "a write made by mistake", as the bot's own quote-backs word it ("Ghi nhầm? Bấm Hoàn tác",
# "Gửi nhầm?") and officers answer it ("ghi nhầm rồi", "em nộp nhầm")
MISTAKE_PHRASES = MarkedPhrases(("ghi nhầm", "gửi nhầm", "nộp nhầm", "bấm nhầm", "nhập nhầm"))
CANCEL_WORDS = MarkedWords("hủy huỷ bỏ xoá xóa", marked_only="bỏ")
LAST_ACT_WORDS = MarkedWords("vừa nhầm lộn")
# "never mind" to a prompt that waits: "thôi", "khỏi", "bỏ qua", "không cần nữa"; "bỏ" and "qua"
# count only typed with marks or together ("bo" is too often another word)
STOP_WORDS = MarkedWords("thôi khỏi cancel")
# said only to end what waits ("huỷ", "thôi"); the others ("bỏ qua", "không cần", "xoá") are also
# how a step of a form answers "none" or "skip", and end only a prompt that has no such step
STRONG_CANCEL = MarkedWords("hủy huỷ thôi cancel")
STOP_PHRASES = MarkedPhrases(("bỏ qua", "không cần", "ko cần", "k cần", "không nhập"))
STOP_TALK = MarkedWords("nữa muốn")  # "thôi không cần nữa", "em muốn huỷ"

# Taking back a write just made in words of one's own ("à nhầm, chưa bắt đầu", "khoan, chưa xong,
# đang kiểm thử thôi", "ghi lộn rồi"): a word of error or of holding on; "lộn" only with its
# marks ("lon" is as often "lớn")
CORRECTION_WORDS = MarkedWords("nhầm lộn khoan sai", marked_only="lộn")
# what is said around it and changes nothing ("mới chỉ đang làm thôi", "không phải, còn đang…")
# and the cries that open it ("ui nhầm", "ôi sai rồi", "chết, ghi lộn")
CORRECTION_TALK = MarkedWords("mới chỉ là còn phải đâu vẫn ghi bấm ui úi ôi ối chết")
