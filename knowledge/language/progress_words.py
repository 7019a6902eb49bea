"""The words that ask how far along the work is: open, late or done ("còn gì chưa xong", "có gì
quá hạn", "đã xong những gì", "tình hình", "nộp đủ chưa"), as knowledge/reader/asking.py reads
them. Apart from vocabulary.py, which holds the rest of the officers' words.
"""

from __future__ import annotations

from knowledge.language.text import MarkedWords

# Late: "trễ", "chậm", "muộn" (and "quá hạn", "trễ hạn", read as a period by the period reader).
LATE_WORDS = MarkedWords("trễ chậm muộn")
# Typed without marks "muon" is as often "muốn" (want), which a verb follows ("muon nhap ho
# khau"): it is "muộn" only at the end or before these ("muon han", "nop muon roi", "muon qua").
AFTER_LATE = MarkedWords("hạn rồi quá mất thì không ko k hả nhỉ vậy thế so mấy bao")
UNMARKED_LATE = "muon"
# What a citizen wants comes after "muốn": the words before it tell the story (retelling.py).
WISH_WORDS = MarkedWords("muốn")
# Conjunctions that open a clause of the asker's circumstances ("khi" when, "vì" because, "nếu"
# if), as typed with their marks: without, "vi" is the "vi" of "vi phạm" (retelling.py)
CIRCUMSTANCE_WORDS = MarkedWords("khi vì nếu", marked_only="vì")
# Still owed: "chưa xong", "còn tồn", "còn thiếu"; "dở dang", "còn nợ" only as typed with marks
# ("do" and "no" are other words).
PENDING_WORDS = MarkedWords("chưa tồn thiếu")
PENDING_MARKED = MarkedWords("dở nợ", strict=True)
# After "còn", "đang" those words are the work left owed even typed without marks: "con dang do
# nhung gi" (còn dang dở), "dang no viec gi" (đang nợ); "dang" only beside "dở".
ASPECT_WORDS = MarkedWords("còn đang")
OWED_AFTER_ASPECT = MarkedWords("dở nợ")
# "việc còn (đang) mở": the work still open, as the statuses say it; only typed with its mark
# ("mo" is the "mô" of "mô tô"), and only of the rows or duties named before it
OPEN_AFTER_ASPECT = MarkedWords("mở", strict=True)
UNFINISHED_PAIR = MarkedWords("dang")
# After "chưa", the work not yet done: "chưa xong", "chưa nộp" (WORK_WORDS, DONE_WORDS) and the
# first words of "tích hợp", "hoàn thành", "bắt đầu", "thực hiện", "triển khai" ("chưa nắm được"
# is not about the work).
NOT_YET = MarkedWords("tích hoàn bắt thực triển")
# "đã xong những gì": done, in the past.
PAST_WORDS = MarkedWords("đã")
# "còn lại": what remains, like "còn gì".
LEFT_OVER = MarkedWords("lại")
# "ngoài … ra (thì) còn …": besides something, what else; there "còn" is "else", not "still".
BESIDES_WORDS = MarkedWords("ngoài")
BESIDES_CLOSE = MarkedWords("ra")
# "còn gì", "còn lại": what remains. Typed without marks "con" is also "con" (child), so then
# only before a word that asks ("con gi", "con nhung gi").
REMAINING = MarkedWords("còn")
# Done: "đã xong những gì", "hoàn thành được gì" (with no word of what is still owed).
DONE_WORDS = MarkedWords("xong")
DONE_PHRASES: tuple[tuple[str, ...], ...] = (("hoan", "thanh"),)
# "đã làm được gì", "đã làm được những việc gì": what a unit has done. Between "đã", the verb
# and "gì" only these ("được" of achieving, typed short "đc"/"dc" too, and the list's nouns).
DID_BETWEEN = MarkedWords("được đc những các việc mục")
# "làm gì tiếp", "việc kế tiếp", "tiếp theo": the work next, what is still open. Only where it
# closes the verb or follows "kế": "tiếp nhận", "tiếp công dân" are services' wording.
NEXT_WORK = MarkedWords("tiếp")
# "hạn", "mốc": the words that make a period a question of what falls due in it.
DUE_WORDS = MarkedWords("hạn mốc")
# "hạn (nào) đã (trôi) qua mà chưa xong": a date gone by, beside work still owed, is late
GONE_BY = MarkedWords("qua")
GOING_BY = MarkedWords("đã trôi")
# How far along, in one word: "tiến độ", "tình hình" ("tình hình bên em thế nào"), "trạng thái",
# "phần trăm" ("được bao nhiêu phần trăm rồi"). They frame the question: a title that prints one
# ("báo cáo … tình hình thay đổi về lao động", 411-6) is named by its other words or not at all.
PROGRESS_PHRASES: tuple[tuple[str, ...], ...] = (
    ("tien", "do"),
    ("tinh", "hinh"),
    ("trang", "thai"),
    ("phan", "tram"),
)
# How a unit stands, asked of the unit itself with no verb before the question ("Sở Y tế đang thế
# nào", "bên em ra sao rồi", "huyện Hàm Yên làm tới đâu rồi"): the phrases that ask it. After a
# verb they ask how to do it ("nộp thế nào", "đăng ký ra sao"); "làm" is the work itself, so
# "làm đến đâu" asks how far along. "sao" alone is also "bản sao": only a question of the unit and
# nothing else is read so.
STATE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("the", "nao"),
    ("nhu", "nao"),
    ("ra", "sao"),
    ("the", "sao"),
    ("thi", "sao"),
    ("sao",),
    ("ntn",),
    ("lam", "den", "dau"),
    ("lam", "toi", "dau"),
    ("den", "dau"),
    ("toi", "dau"),
)
# What may stand beside such a question: now ("hiện nay", "bây giờ", "dạo này", "hiện tại",
# "giờ"), "như" of "như thế nào", "thì" and "là".
STATE_AROUND = MarkedWords("hiện nay bây giờ dạo tại như thì là")
# How much of it, as an amount: "được bao nhiêu phần trăm rồi", "xong bao nhiêu rồi", "tỷ lệ":
# the answer leads with the count and share done, as /tiendo counts them.
AMOUNT_PHRASES: tuple[tuple[str, ...], ...] = (
    ("phan", "tram"),
    ("bao", "nhieu"),
    ("ty", "le"),
    ("ti", "le"),
)
# In a question of how far along the work is, the words asking for it as a list ("ds mục trễ
# hạn của sở em", "tổng hợp giúp em các việc chưa xong", "liệt kê"): the frame, not the
# "Danh sách …" a task's title opens with.
LIST_REQUEST_PHRASES: tuple[tuple[str, ...], ...] = (
    ("ds",),
    ("danh", "sach"),
    ("liet", "ke"),
    ("tong", "hop"),
)
# "còn gì chưa xong, kể cả trễ", "bao gồm cả việc quá hạn": the late work taken in with what is
# still open, not asked alone
INCLUDING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("ke", "ca"),
    ("bao", "gom"),
    ("tinh", "ca"),
)
INCLUDED_SPAN = 3  # the words after such a phrase that it takes in: "kể cả (những việc) trễ"
# "nộp đủ chưa": whether all of it is in, after a verb of the work ("du" typed without marks is
# as often "dự" or "du": only between such a verb and a closing "chưa").
ENOUGH_WORDS = MarkedWords("đủ")
# "nộp đúng hạn chưa": on time, as "đủ" is in full: whether the work is done
ON_TIME = (MarkedWords("đúng"), MarkedWords("hạn"))
