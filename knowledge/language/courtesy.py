"""The courtesy of a letter-like message ("Kính gửi anh chị quản trị, … Xin cảm ơn."): its
opening address, its thanks and its closing. General Vietnamese of official correspondence, no
question's phrasing: a part of a message made of these words carries nothing asked, and its
words ("quản trị", "phụ trách") are no service's wording either. Reviewed lexicon data, as
bot_talk.py."""

from __future__ import annotations

from knowledge.language.text import MarkedPhrases, MarkedWords

# The words a part of courtesy opens with: a greeting or an address ("Kính gửi …", "Xin chào
# …", "Thưa …"), or thanks and a closing ("Xin cảm ơn …", "Trân trọng.").
OPENING = MarkedPhrases(
    (
        "kính gửi",
        "kính chào",
        "xin chào",
        "chào",
        "thưa",
        "xin cảm ơn",
        "cảm ơn",
        "cám ơn",
        "trân trọng",
        "chân thành cảm ơn",
        "xin chân thành cảm ơn",
    )
)
# Everything else such a part may hold: whom it addresses (the administrators, "đồng chí",
# "anh chị") and how warmly ("nhiều", "rất", "ạ").
COURTESY = MarkedPhrases(
    (
        "anh chị",
        "anh",
        "chị",
        "các",
        "đồng chí",
        "quản trị viên",
        "quản trị hệ thống",
        "quản trị",
        "ban quản trị",
        "phụ trách",
        "hỗ trợ",
        "admin",
        "ad",
        "bot",
        "bạn",
        "em",
        "nhiều",
        "rất",
        "ạ",
        "nhé",
    )
)
# "để tôi báo cáo lãnh đạo": "để" before the asker, a clause of why they ask
PURPOSE = MarkedWords("để")
# "dịch vụ này", "văn bản đó", "trước đó": a part that points back at what another part told
POINTING_BACK = MarkedWords("này đó ấy đấy", strict=True)
# "hỏi (tôi) về …": what someone asked the officer about follows
ABOUT = MarkedWords("về")
# "hỏi hộ", "hỏi giúp", "hỏi thay": asking on someone's behalf (whom follows, no subject)
ON_BEHALF = MarkedWords("hộ giúp thay")
# "…, kể cả <something>": what a list asked for holds anyway ("kể" then "cả")
INCLUDING = (MarkedWords("kể"), MarkedWords("cả"))
