"""Writes officers can trust, through the emulator (the database read afterwards with
`python -m bot status --json`, in-process): /capnhat is read exactly; the same status again
appends nothing; free text naming a row and a status is one confirmation button; registration says
where it stands; a group follows several agencies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.clock import TZ
from db.models import ChatAgency
from handlers.buttons import ConfirmOffer
from knowledge.rules.statuses import Status
from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import buttons, later, statuses

GROUP = -500


# -- waiting for input ---------------------------------------------------------------------------
async def test_capnhat_writes_only_an_exact_line(player, db_url, capsys):
    await register(player)
    out = texts(await player.send(1001, "/capnhat 406-14/capnhat 999-1 xong"), 1001)
    assert out == [
        "Cú pháp: /capnhat <mã mục> <trạng thái> [ghi chú], ví dụ /capnhat 406-14 xong; "
        "không có gì được ghi."
    ]
    # a number alone, as /muc reads it: offered for a press, nothing written (ux19 #11)
    out = texts(await player.send(1001, "/capnhat 14 xong"), 1001)
    assert out[0].startswith("Bạn muốn ghi 406-14 (Cấp giấy phép xây dựng nhà ở riêng lẻ)")
    out = await player.send(1001, "/capnhat 406-14 bay xong")
    assert texts(out, 1001) == [
        "Chưa rõ trạng thái. Trạng thái mới cho 406-14: bấm nút, hoặc gõ (ví dụ đang làm, "
        "vướng mắc chờ máy chủ)."
    ]
    assert len(buttons(out, 1001)[0]) == 6
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(1001, "[Đang kiểm thử]"), 1001)  # a pressed button writes
    assert "Chưa bắt đầu → Đang kiểm thử" in out[0]
    out = texts(await player.send(1001, "/capnhat 406-14 đã xong rồi ạ"), 1001)
    assert "Đang kiểm thử → Hoàn thành" in out[0] and "Ghi chú" not in out[0]
    out = texts(await player.send(1001, "/capnhat 406-14 xong"), 1001)
    assert out == ["406-14 đã ở trạng thái Hoàn thành; không có gì được ghi thêm."]
    await player.send(1001, "/capnhat 406-14 xong rồi ạ")
    assert statuses(db_url, capsys) == [
        (
            "406-14",
            "hoan_thanh",
            "",
            [(None, "dang_kiem_thu", ""), ("dang_kiem_thu", "hoan_thanh", "")],
        )
    ]
    # a new note with the same status is news, and is appended
    await player.send(1001, "/capnhat 406-14 xong đã tích hợp lên Cổng")
    [(_, _, note, history)] = statuses(db_url, capsys)
    assert note == "đã tích hợp lên Cổng" and len(history) == 3


async def test_a_status_typed_where_the_buttons_wait_is_about_that_row(player, db_url, capsys):
    """After "/capnhat 406-14" an officer typed "vướng" instead of pressing, and was asked
    "Ghi “Vướng mắc” cho mục nào?" though the buttons named 406-14. The typed status now
    answers the buttons (its note asked for as the button asks), the rest of a line is the note,
    and anything else leaves the buttons to be pressed and is read as itself."""
    await register(player)
    await player.send(1001, "/capnhat 406-14")
    out = texts(await player.send(1001, "vướng"), 1001)
    assert out[0].startswith("Trạng thái “Vướng mắc” cho 406-14 cần ghi chú")
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(1001, "chờ máy chủ"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Vướng mắc")
    assert statuses(db_url, capsys) == [
        ("406-14", "vuong_mac", "chờ máy chủ", [(None, "vuong_mac", "chờ máy chủ")])
    ]
    # the status and its note in one line, typed without marks
    await player.send(1001, "/capnhat 406-15")
    out = texts(await player.send(1001, "dang lam nhe, cho ban giao"), 1001)
    assert "406-15 (Sở Xây dựng): Chưa bắt đầu → Đang thực hiện" in out[0]
    # a question meanwhile is answered, nothing written; the buttons still write when pressed
    await player.send(1001, "/capnhat 406-54")
    out = texts(await player.send(1001, "giấy phép xây dựng hạn khi nào"), 1001)
    assert "406-14" in out[0] and "Đã ghi" not in out[0]
    assert [k for k, *_ in statuses(db_url, capsys)] == ["406-14", "406-15"]
    out = texts(await player.send(1001, "[Đang kiểm thử]"), 1001)
    assert "406-54 (Sở Xây dựng): Chưa bắt đầu → Đang kiểm thử" in out[0]
    # another row named with the status is about that row, not the one whose buttons wait
    await player.send(1001, "/capnhat 406-54")
    out = texts(await player.send(1001, "xong 406-15"), 1001)
    assert "406-54" not in out[0]
    assert dict((k, s) for k, s, *_ in statuses(db_url, capsys))["406-54"] == "dang_kiem_thu"


async def test_capnhat_offers_no_buttons_for_a_row_of_another_agency(player, db_url, capsys):
    await register(player)
    out = await player.send(1001, "/capnhat 406-22 bay")
    assert "không chủ trì hay phối hợp mục 406-22" in texts(out, 1001)[0]
    assert not buttons(out, 1001)
    assert statuses(db_url, capsys) == []


async def test_capnhat_takes_sub_rows_and_task_dates_as_keys(player, db_url, capsys):
    await register(player, agency="Sở Y tế")
    await player.send(1001, "/capnhat 406-11/Y tế đang làm")
    await player.send(1001, "/capnhat 20/4 đã nộp")
    assert [(k, s) for k, s, _, _ in statuses(db_url, capsys)] == [
        ("406-11/Y tế", "dang_thuc_hien"),
        ("tq-2021-04-20", "hoan_thanh"),
    ]


# -- free text -----------------------------------------------------------------------------------
async def test_free_text_naming_a_row_and_a_status_is_offered_never_written(
    player, db_url, capsys
):
    await register(player)
    out = await player.send(1001, "406-14 xong rồi")
    assert buttons(out, 1001) == [[["Ghi 406-14 → Hoàn thành?"]]]
    sent = player.emulator.messages[1001][-1]["reply_markup"]["inline_keyboard"]
    assert all(len(b["callback_data"].encode()) < 64 for row in sent for b in row)
    assert statuses(db_url, capsys) == []
    out = await player.send(1001, "[Ghi 406-14 → Hoàn thành?]")
    assert "✅ Đã ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành" in texts(out, 1001)[0]
    assert buttons(out, 1001) == [[["Hoàn tác"]]]
    out = texts(await player.send(1001, "gpxd đã tích hợp xong"), 1001)
    assert out == ["406-14 đã ở trạng thái Hoàn thành; không có gì được ghi thêm."]
    # a question about it is answered, not offered
    out = await player.send(1001, "406-14 xong chưa")
    assert not buttons(out, 1001) or "Ghi" not in buttons(out, 1001)[0][0][0]
    assert statuses(db_url, capsys) == [("406-14", "hoan_thanh", "", [(None, "hoan_thanh", "")])]


async def test_telex_left_overs_in_a_status_line_are_read_back(player, db_url, capsys):
    """ "406-22 ddang kieemr thuw" got the row's card, "406-11 xong rooif" kept "rooif" as the
    note (ux21 #10): read as the question reader reads Telex left-overs."""
    await register(player)
    out = await player.send(1001, "406-14 ddang kieemr thuw")
    assert buttons(out, 1001) == [[["Ghi 406-14 → Đang kiểm thử?"]]]
    out = await player.send(1001, "406-15 xong rooif")
    assert buttons(out, 1001) == [[["Ghi 406-15 → Hoàn thành?"]]]
    assert "Ghi chú" not in texts(out, 1001)[0]
    assert statuses(db_url, capsys) == []
    await player.send(1001, "[Ghi 406-15 → Hoàn thành?]")
    await player.send(1001, "/capnhat 406-14 vuongw macws chowf may chu")
    assert [(k, s, n) for k, s, n, _ in statuses(db_url, capsys)] == [
        ("406-14", "vuong_mac", "chờ may chu"),
        ("406-15", "hoan_thanh", ""),
    ]


async def test_an_offer_carries_its_note_and_lapses(player, db_url, capsys):
    await register(player)
    out = await player.send(1001, "406-15 vuong mac cho may chu cua Bo")
    assert buttons(out, 1001) == [[["Ghi 406-15 → Vướng mắc?"]]]
    assert "Ghi chú: cho may chu cua Bo" in texts(out, 1001)[0]
    out = texts(await player.send(1001, "[Ghi 406-15 → Vướng mắc?]"), 1001)
    assert "Chưa bắt đầu → Vướng mắc" in out[0] and "Ghi chú: cho may chu cua Bo" in out[0]
    # an offer lapses on the next message, and after 10 minutes
    await player.send(1001, "gpxd xong roi")
    await player.send(1001, "/tiendo")
    lapsed = ConfirmOffer("406-14", Status.HOAN_THANH).encode()  # as its button carried it
    out = texts(await player.forged(1001, lapsed), 1001)
    # the exact command that writes it instead, so nothing is retyped from memory
    assert out == [
        "Đề nghị ghi này đã hết hiệu lực. Để ghi, gõ /capnhat 406-14 hoàn thành. "
        "Không có gì thay đổi."
    ]
    await player.send(1001, "gpxd xong roi")
    await later(player, 11)
    out = texts(await player.send(1001, "[Ghi 406-14 → Hoàn thành?]"), 1001)
    assert out[0].startswith("Đề nghị ghi này đã hết hiệu lực. Để ghi, gõ /capnhat 406-14")
    assert [(k, s, n) for k, s, n, _ in statuses(db_url, capsys)] == [
        ("406-15", "vuong_mac", "cho may chu cua Bo")
    ]


async def test_free_text_from_someone_who_may_not_write_is_a_question(player, db_url, capsys):
    await register(player, agency="Sở Y tế")
    out = await player.send(1001, "406-14 xong rồi")  # not a row of Sở Y tế
    assert not any("Ghi 406-14" in b[0][0] for b in buttons(out, 1001))
    out = await player.send(2002, "406-14 xong rồi")  # not an officer
    assert not buttons(out, 2002)
    assert statuses(db_url, capsys) == []


# -- registration and groups ---------------------------------------------------------------------
async def test_a_pending_officer_is_told_where_the_request_stands(player, db_url, capsys):
    await player.send(ADMIN, "/start")  # the admin has opened the bot, so it may write to them
    out = await player.send(1001, "/dangky Sở Xây dựng", name="Nguyễn Văn An")
    assert [c for c in out if c["chat_id"] == ADMIN]
    await player.set_clock(datetime(2021, 4, 14, 9, 0, tzinfo=TZ))
    for command in ("/capnhat 406-14 xong", "/dexuat", "/baocao", "/tiendo", "/nhacnho tat"):
        out = texts(await player.send(1001, command), 1001)
        assert "Yêu cầu đăng ký của bạn (Sở Xây dựng, gửi 13/4) đang chờ duyệt." in out[0], (
            command,
            out,
        )
    out = await player.send(1001, "/dangky so xay dung")
    assert "đang chờ duyệt" in texts(out, 1001)[0]
    assert not [c for c in out if c["chat_id"] == ADMIN]  # the admins are not told again
    assert statuses(db_url, capsys) == []


async def test_a_group_follows_several_agencies(player):
    player.emulator.group_admins[GROUP].add(1001)

    def followed() -> list[str]:
        with player.app.bot_data["services"].repo.sessions() as s:
            return [f.agency for f in s.scalars(select(ChatAgency).order_by(ChatAgency.agency))]

    await player.send(1001, "/theodoi Sở Xây dựng", GROUP)
    out = texts(await player.send(1001, "/theodoi so y te", GROUP), GROUP)
    assert "Nhóm sẽ nhận nhắc hạn của Sở Y tế" in out[0]
    assert "đang theo dõi 2 cơ quan: Sở Xây dựng, Sở Y tế" in out[0]
    assert followed() == ["Sở Xây dựng", "Sở Y tế"]
    out = texts(await player.send(1001, "/theodoi Sở Y tế", GROUP), GROUP)
    assert out[0].startswith("Nhóm đã theo dõi Sở Y tế rồi.")
    # reminders to the group cover every agency it follows
    out = []
    for day in range(14, 21):
        out += texts(await player.set_clock(datetime(2021, 4, day, 8, 0, tzinfo=TZ)), GROUP)
    assert any("Sở Xây dựng" in t for t in out) and any("Sở Y tế" in t for t in out)
    out = await player.send(1001, "/botheodoi", GROUP)
    assert buttons(out, GROUP) == [[["Bỏ Sở Xây dựng"], ["Bỏ Sở Y tế"]]]
    assert followed() == ["Sở Xây dựng", "Sở Y tế"]
    out = texts(await player.send(1001, "[Bỏ Sở Y tế]", GROUP), GROUP)
    assert out == ["Nhóm thôi nhận nhắc hạn của Sở Y tế. Vẫn theo dõi: Sở Xây dựng."]
    assert followed() == ["Sở Xây dựng"]
    out = texts(await player.send(1001, "/botheodoi Sở Tư pháp", GROUP), GROUP)
    assert "Nhóm không theo dõi Sở Tư pháp" in out[0]
    await player.send(1001, "/botheodoi Sở Xây dựng", GROUP)
    assert followed() == []
