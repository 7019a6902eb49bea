"""Who has sent the 20/4 dossier, end to end: units report, /nopbai and /nopbai tinh show sent,
late and missing, the workbook says the same, and the reminder button reaches only the officers of
the units still missing, once that day (the reminder log asserted).
"""

from __future__ import annotations

from openpyxl import load_workbook

from db.reminder_repo import NUDGE
from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import later

BUILDING, FINANCE, HEALTH, HEALTH_2, JUSTICE = 1001, 1002, 1003, 1004, 1005
OFFICERS = [
    (BUILDING, "Sở Xây dựng", "Nguyễn Văn An"),
    (FINANCE, "Sở Tài chính", "Trần Thị Bình"),
    (HEALTH, "Sở Y tế", "Lê Văn Cường"),
    (HEALTH_2, "Sở Y tế", "Phạm Thị Dung"),
    (JUSTICE, "Sở Tư pháp", "Hoàng Văn Em"),
]
TASK = "tq-2021-04-20"


def line_of(text: str, unit: str) -> str:
    return next(line for line in text.splitlines() if f" {unit} — " in line)


async def test_sent_late_missing_and_the_reminder_button(player):
    svc = player.app.bot_data["services"]
    addressees = next(t for t in svc.province.tasks if t.id == TASK).addressees
    for user, agency, name in OFFICERS:
        await register(player, user, agency, name)
    await player.line("@ 2021-04-16 10:00")
    out = texts(await player.send(BUILDING, f"/capnhat {TASK} đã nộp"), BUILDING)
    assert "✅ Đã ghi" in out[0]
    # 20/4 passes (21/4 is Giỗ Tổ Hùng Vương); Sở Tài chính sends on 22/4, two days late
    await player.line("@ 2021-04-22 09:00")
    assert "✅ Đã ghi" in texts(await player.send(FINANCE, "/capnhat 20/4 xong"), FINANCE)[0]
    assert svc.repo.current_all()[(TASK, "Sở Tài chính")].new == "hoan_thanh"

    out = texts(await player.send(BUILDING, "/nopbai"), BUILDING)[0]
    assert "Hồ sơ phải nộp — Sở Xây dựng" in out and "đã nộp 16/4/2021" in out
    assert "tq-2021-05-20" in out and "chưa nộp" in out

    out = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN))
    owed = len(addressees)
    assert f"đã nộp 2/{owed} (1 nộp muộn) · chưa nộp {owed - 2} ({owed - 2} quá hạn)" in out
    # reported sent, nothing in the bot: marked apart
    assert line_of(out, "Sở Xây dựng").endswith(
        "đã nộp 16/4/2021 — báo đã nộp, không có biểu trong bot"
    )
    assert line_of(out, "Sở Tài chính").endswith(
        "nộp muộn 22/4/2021 (sau hạn 2 ngày) — báo đã nộp, không có biểu trong bot"
    )
    assert line_of(out, "Sở Y tế").endswith("chưa nộp, quá hạn 2 ngày")
    assert "(Quản trị)" not in out and "tq-2021-05-20" in out

    # the same as a workbook
    calls = await player.send(ADMIN, "[📥 Tải .xlsx]")
    path = next(c["file"] for c in calls if c["method"] == "sendDocument" and c["error"] is None)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    finance = [r[2:5] for r in rows if isinstance(r[0], int) and r[1] == "Sở Tài chính"]
    # the 20/4 dossier, then the 20/5 one
    assert finance == [("nộp muộn", "22/4/2021", 2), ("chưa nộp", None, None)]

    # an officer may not see the province's view
    assert "Chỉ quản trị viên" in texts(await player.send(FINANCE, "/nopbai tinh"), FINANCE)[0]

    # remind the units missing the 20/4 dossier: Sở Y tế (two officers) and Sở Tư pháp
    await player.send(ADMIN, "/nopbai tinh")
    preview = texts(await player.send(ADMIN, "[🔔 Nhắc các đơn vị chưa nộp]"), ADMIN)[0]
    assert "Sẽ nhắc 2 đơn vị chưa nộp (3 cán bộ/nhóm)" in preview
    calls = await player.send(ADMIN, "[Gửi nhắc]")
    reached = sorted(c["chat_id"] for c in calls if c["method"] == "sendMessage")
    assert reached == sorted([HEALTH, HEALTH_2, JUSTICE, ADMIN])
    nudge = texts(calls, HEALTH)[0]
    assert "Nhắc nộp hồ sơ — Sở Y tế" in nudge and TASK in nudge and "tq-2021-05-20" not in nudge
    quote = texts(calls, ADMIN)[0]
    assert "Đã nhắc 2 đơn vị chưa nộp (3 cán bộ/nhóm): Sở Tư pháp; Sở Y tế." in quote
    assert f"{owed - 4} đơn vị chưa nộp nhưng chưa có cán bộ nhận nhắc" in quote
    log = [r for r in svc.reminders.log() if f"|{NUDGE}|" in r.uniq]
    assert sorted((r.chat_id, r.agency, r.state) for r in log) == [
        (HEALTH, "Sở Y tế", "sent"),
        (HEALTH_2, "Sở Y tế", "sent"),
        (JUSTICE, "Sở Tư pháp", "sent"),
    ]
    assert {r.keys for r in log} == {TASK}

    # pressed again the same day (a minute on: no double tap): nobody is reminded, and the
    # coordinator is told
    await later(player, 1)
    calls = await player.send(ADMIN, "[Gửi nhắc]")
    assert [c["chat_id"] for c in calls if c["method"] == "sendMessage"] == [ADMIN]
    again = texts(calls, ADMIN)[0]
    assert "Không nhắc thêm đơn vị nào" in again and "Hôm nay đã nhắc 2 đơn vị" in again
    await player.send(ADMIN, "/nopbai tinh")
    out = texts(await player.send(ADMIN, "[🔔 Nhắc các đơn vị chưa nộp]"), ADMIN)[0]
    assert "Hôm nay đã nhắc 2 đơn vị" in out
    assert len([r for r in svc.reminders.log() if f"|{NUDGE}|" in r.uniq]) == 3

    # the next working day they may be reminded again; Sở Y tế has sent meanwhile
    await player.line("@ 2021-04-23 07:00")
    await player.send(HEALTH, f"/capnhat {TASK} đã nộp")
    await player.send(ADMIN, "/nopbai tinh")
    await player.send(ADMIN, "[🔔 Nhắc các đơn vị chưa nộp]")
    calls = await player.send(ADMIN, "[Gửi nhắc]")
    assert sorted(c["chat_id"] for c in calls if c["method"] == "sendMessage") == [
        JUSTICE,
        ADMIN,
    ]


async def test_digest_button_opens_the_province_view(player):
    await player.send(ADMIN, "/start")
    await register(player, BUILDING, "Sở Xây dựng", "Nguyễn Văn An")
    out = await player.line("@ 2021-04-15 08:00")  # three working days before 20/4
    digest = [c for c in out if c["chat_id"] == ADMIN and "Tổng hợp" in (c["text"] or "")]
    assert digest and digest[0]["buttons"] == [["📋 Tình hình nộp hồ sơ"]]
    out = texts(await player.send(ADMIN, "[📋 Tình hình nộp hồ sơ]"), ADMIN)
    assert "Tình hình nộp hồ sơ — Tuyên Quang" in out[0]
    # an officer pressing a forged button sees nothing of the province
    out = texts(await player.forged(BUILDING, "nb:s"), BUILDING)
    assert out == ["Chỉ quản trị viên (Sở TT&TT) xem được tình hình nộp của cả tỉnh."]


async def test_who_has_sent_asked_in_words_is_the_same_tracking(player):
    """ "ai chua nop bieu 02" answered with the task's description, "so y te nop chua" with Sở
    Y tế's overview, "tinh hinh nop ho so 20/4" with a catalogue row (411-6), "nhac cac don vi
    chua nop" with "Tôi chưa hiểu". Now the coordinator gets /nopbai tinh (with its reminder
    button) or the named unit's /nopbai, and an officer their own unit's; what to send and
    when is still a question about the task."""
    for user, agency, name in OFFICERS[:3]:
        await register(player, user, agency, name)
    await player.line("@ 2021-04-16 10:00")
    await player.send(BUILDING, f"/capnhat {TASK} đã nộp")
    province = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)
    calls = await player.send(ADMIN, "nhac cac don vi chua nop")
    assert texts(calls, ADMIN) == province
    assert ["🔔 Nhắc các đơn vị chưa nộp"] in [b for c in calls for b in c["buttons"] or []]
    # a task named: only its block, the same lines as /nopbai tinh's
    whole = "\n".join(province)
    block = whole[whole.index(f"📌 {TASK}") : whole.index("📌 tq-2021-05-20")].strip()
    out = "\n".join(texts(await player.send(ADMIN, "ai chua nop bieu 02"), ADMIN))
    assert block in out and "tq-2021-05-20" not in out
    # who is late with it, the task named: the same block (ux19 #4)
    out = "\n".join(texts(await player.send(ADMIN, "ai con cham bieu 02"), ADMIN))
    assert block in out and "tq-2021-05-20" not in out
    out = "\n".join(texts(await player.send(ADMIN, "tinh hinh nop ho so 20/4"), ADMIN))
    assert block in out and "Sở Xây dựng — đã nộp 16/4/2021" in out
    unit = texts(await player.send(ADMIN, "/nopbai"), ADMIN)  # the admin has no unit: province
    assert unit == province
    out = texts(await player.send(ADMIN, "so y te nop chua"), ADMIN)[0]
    assert out.startswith("Hồ sơ phải nộp — Sở Y tế") and "chưa nộp" in out
    mine = texts(await player.send(BUILDING, "/nopbai"), BUILDING)
    out = texts(await player.send(BUILDING, "ben em nop bieu 02 chua a"), BUILDING)
    assert mine[0].startswith(out[0]) and "đã nộp 16/4/2021" in out[0]
    assert "tq-2021-05-20" not in out[0]  # the task named only
    # another unit's, asked by an officer: a question, not that unit's tracking
    out = texts(await player.send(BUILDING, "so y te nop chua"), BUILDING)[0]
    assert not out.startswith("Hồ sơ phải nộp — Sở Y tế")
    # the digest asked for in words: the coordinator's, as of now; an officer's is a question
    out = texts(await player.send(ADMIN, "tổng hợp tuần này"), ADMIN)[0]
    assert out.startswith("📋 Tổng hợp Tuyên Quang (Thứ Sáu, 16/4/2021)")
    assert not texts(await player.send(BUILDING, "tổng hợp tuần này"), BUILDING)[0].startswith(
        "📋"
    )
    # what and when: the task
    out = texts(await player.send(ADMIN, "bieu 02 nop khi nao"), ADMIN)[0]
    assert "tq-2021-04-20" in out and "Tình hình nộp hồ sơ" not in out
    assert svc_history(player) == [(TASK, "Sở Xây dựng")]


def svc_history(player):
    return [(c.key, c.agency) for c in player.app.bot_data["services"].repo.history()]


async def test_a_service_question_with_sending_words_stays_a_service_question(player):
    """The who-has-sent reader took "nộp thuế môn bài online chưa", "ai là người nộp hồ sơ
    cấp phép xây dựng" and "nộp phạt giao thông … đã có chưa" as hand-in questions (review):
    words of a service beside them, and no task named, leave them to the question reader."""
    await register(player, JUSTICE, "Sở Tư pháp", "Hoàng Văn Em")
    cases = [
        (JUSTICE, "nộp hồ sơ cấp lý lịch tư pháp online chưa", "411-13"),
        (JUSTICE, "nộp thuế môn bài online chưa được ạ", "411-3"),
        (ADMIN, "nộp phạt vi phạm giao thông trực tuyến đã có chưa", "411-10"),
        (ADMIN, "ai là người nộp hồ sơ cấp phép xây dựng", "406-14"),
    ]
    for user, words, key in cases:
        out = texts(await player.send(user, words), user)
        assert out[0].startswith(f"{key} · "), words
    # talk of sending alone, a unit or a task: the tracking
    for words in ("ai chua nop", "don vi minh gui phu luc chua"):
        user = ADMIN if words.startswith("ai") else JUSTICE
        out = texts(await player.send(user, words), user)[0]
        assert out.startswith(("Tình hình nộp hồ sơ", "Hồ sơ phải nộp — Sở Tư pháp")), words
