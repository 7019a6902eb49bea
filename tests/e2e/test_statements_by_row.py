"""A status statement naming a row any way the reader names one (round 14a of the blind test).

- "406-11" (or /capnhat 406-11) from an agency that owns one sub-row of it is that sub-row's
  confirmation; with several sub-rows, one button each; never "has no role in 406-11";
- "mục 22 xong rồi", "406-11 y tế xong" get the confirmation "406-22 xong" gets;
- two items in one message: one button each (one status), or each line to type (two statuses),
  never the second kept as the first's note;
- a row the agency does not own: /capnhat's refusal, saying nothing was recorded, and the
  writer's own items of the same message each as the line that writes it;
- "hết" closing a statement is filler, not a note.
"""

from __future__ import annotations

from datetime import date

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons, statuses

HEALTH = "Sở Y tế"


async def test_the_parent_key_is_the_agencys_one_sub_row(player, db_url, capsys):
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    out = await player.send(1002, "406-11 xong roi")
    assert texts(out, 1002) == [
        "Bạn muốn ghi 406-11/Y tế (Kết nối dữ liệu dân cư — ngành Y tế) → Hoàn thành?\n"
        "Bấm nút để ghi; không bấm thì không có gì thay đổi."
    ]
    assert statuses(db_url, capsys) == []
    out = await player.send(1002, "/capnhat 406-11 dang lam")
    assert "406-11/Y tế" in texts(out, 1002)[0] and "không chủ trì" not in texts(out, 1002)[0]
    assert buttons(out, 1002) == [[["Ghi 406-11/Y tế → Đang thực hiện?"]]]
    assert statuses(db_url, capsys) == []
    await player.send(1002, "[Ghi 406-11/Y tế → Đang thực hiện?]")
    assert statuses(db_url, capsys) == [
        ("406-11/Y tế", "dang_thuc_hien", "", [(None, "dang_thuc_hien", "")])
    ]
    # the reason a vướng mắc needs is asked after the press, about the sub-row
    await player.send(1002, "/capnhat 406-11 vuong mac")
    out = texts(await player.send(1002, "[Ghi 406-11/Y tế → Vướng mắc?]"), 1002)
    assert out[0].startswith("Trạng thái “Vướng mắc” cho 406-11/Y tế cần ghi chú")
    await player.send(1002, "thieu kinh phi")
    [(key, status, note, _)] = statuses(db_url, capsys)
    assert (key, status, note) == ("406-11/Y tế", "vuong_mac", "thieu kinh phi")


async def test_several_sub_rows_are_one_button_each(player, db_url, capsys):
    await register(player, 1006, "Văn phòng UBND tỉnh", "Vũ Văn Phòng")
    out = await player.send(1006, "/capnhat 406-11 kiem thu")
    [text] = texts(out, 1006)
    assert text.startswith("406-11 có 14 mục con theo ngành của đơn vị bạn.")
    labels = [row[0] for row in buttons(out, 1006)[0]]
    assert "Ghi 406-11/Y tế → Đang kiểm thử" in labels and len(labels) == 14
    assert statuses(db_url, capsys) == []
    await player.send(1006, "[Ghi 406-11/Y tế → Đang kiểm thử]")
    assert [(k, s) for k, s, _, _ in statuses(db_url, capsys)] == [
        ("406-11/Y tế", "dang_kiem_thu")
    ]


async def test_any_way_of_naming_a_row_gets_the_same_confirmation(player, db_url, capsys):
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    for said, key in (
        ("muc 22 xong roi", "406-22"),
        ("406/22 da tich hop", "406-22"),
        ("406-11 y te xong", "406-11/Y tế"),
        ("mục 11 ngành y tế đã xong", "406-11/Y tế"),
    ):
        out = await player.send(1002, said)
        assert buttons(out, 1002) == [[[f"Ghi {key} → Hoàn thành?"]]], said
    assert statuses(db_url, capsys) == []


async def test_two_items_in_one_message(player, db_url, capsys):
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    out = texts(await player.send(1002, "406-22 xong, 406-11/Y tế đang làm"), 1002)
    assert out == [
        "Tin nhắn nêu 2 mục với trạng thái khác nhau; mỗi lần một mục: gõ 406-22 hoàn thành, "
        "rồi 406-11/Y tế đang thực hiện. Chưa có gì được ghi."
    ]
    out = texts(await player.send(1002, "406-22 dang lam, 11 y te xong"), 1002)
    assert "mỗi lần một mục" in out[0] and "Ghi chú" not in out[0]
    out = await player.send(1002, "406-22 va 406-11 y te xong roi")
    assert buttons(out, 1002) == [
        [
            ["Ghi 406-22 → Hoàn thành"],
            ["Ghi 406-11/Y tế → Hoàn thành"],
            ["✅ Ghi cả 2 → Hoàn thành"],
        ]
    ]  # a button each, and one for both (ux24 #10)
    assert statuses(db_url, capsys) == []
    await player.send(1002, "[#2]")
    assert statuses(db_url, capsys) == [
        ("406-11/Y tế", "hoan_thanh", "", [(None, "hoan_thanh", "")])
    ]
    # ux38 #1: "…, còn <item> thì đã gửi hôm 19/4": each clause its own item, the day the
    # second's alone and read as the day that has come (it went to the first, as 2022's)
    await player.line("@ 2021-05-24 09:30")
    said = "406-22 xong roi a, con bieu 02 thi da gui bang van ban hom 19/4"
    out = await player.send(1002, said)
    [text] = texts(out, 1002)
    assert "Ngày gửi tq-2021-04-20: 19/4/2021" in text and "2022" not in text
    assert buttons(out, 1002) == [
        [
            ["Ghi tq-2021-04-20 → Hoàn thành, gửi 19/4/2021"],
            ["Ghi 406-22 → Hoàn thành"],
            ["✅ Ghi cả 2 → Hoàn thành"],
        ]
    ]
    assert len(statuses(db_url, capsys)) == 1  # nothing before the press
    await player.send(1002, "[✅ Ghi cả 2 → Hoàn thành]")
    repo = player.app.bot_data["services"].repo
    assert repo.current("406-22", HEALTH).new == "hoan_thanh"
    assert repo.current("406-22", HEALTH).sent_on is None  # counted from the day written
    assert repo.current("tq-2021-04-20", HEALTH).sent_on == date(2021, 4, 19)


async def test_a_row_of_another_agency_is_refused_in_one_line(player, db_url, capsys):
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    out = texts(await player.send(1002, "406-14 xong roi"), 1002)
    assert out == [
        "Sở Y tế không chủ trì hay phối hợp mục 406-14 (chủ trì: Sở Xây dựng), nên bạn không "
        "cập nhật được mục này. Không có gì thay đổi."
    ]
    assert texts(await player.send(1002, "/capnhat 406-14 xong"), 1002) == out
    assert statuses(db_url, capsys) == []


async def test_the_writers_own_item_beside_a_refused_one_is_said_back(player, db_url, capsys):
    """ "406-22 xong, 406-14 xong" from Sở Y tế: 406-14 is refused, and 406-22, theirs, is
    not lost behind the refusal: the line that writes it is said (ux15 tester)."""
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    for text in ("406-22 xong, 406-14 xong", "406-14 xong va 406-22 xong"):
        out = texts(await player.send(1002, text), 1002)
        assert out == [
            "Sở Y tế không chủ trì hay phối hợp mục 406-14 (chủ trì: Sở Xây dựng), nên bạn "
            "không cập nhật được mục này. Không có gì thay đổi. Mục của đơn vị bạn trong tin "
            "nhắn, gõ riêng từng mục: 406-22 hoàn thành."
        ]
    assert statuses(db_url, capsys) == []
    out = await player.send(1002, "406-22 hoàn thành")
    assert buttons(out, 1002) == [[["Ghi 406-22 → Hoàn thành?"]]]


async def test_rows_none_of_which_are_the_writers_are_each_named(player, db_url, capsys):
    """ "/capnhat 406-14, 406-15 xong" from an agency that has neither: every row is named,
    with whose it is, one line a row, not only the first (u28); nothing is written."""
    await register(player, 1003, "Sở Lao động - Thương binh và Xã hội", "Lê Văn Cường")
    labour = "Sở Lao động, Thương binh và Xã hội"  # the name as the table prints it
    for text in ("/capnhat 406-14, 406-15 xong", "406-14 va 406-15 xong roi"):
        out = texts(await player.send(1003, text), 1003)
        assert out == [
            f"{labour} không chủ trì hay phối hợp mục nào trong 2 mục đã nêu, nên không ghi "
            "được:\n• 406-14 — chủ trì: Sở Xây dựng\n• 406-15 — chủ trì: Sở Xây dựng\n"
            "Không có gì thay đổi."
        ]
    assert statuses(db_url, capsys) == []


async def test_het_is_filler_not_a_note(player, db_url, capsys):
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    out = texts(await player.send(1002, "20/4 da nop het roi"), 1002)
    assert "Ghi chú" not in out[0] and "tq-2021-04-20" in out[0]
    # a note may open with it: "hết kinh phí" is what blocks the work
    out = texts(await player.send(1002, "406-22 vuong mac het kinh phi"), 1002)
    assert "Ghi chú: het kinh phi" in out[0]


async def test_a_reason_must_be_words(player, db_url, capsys):
    """ "🙏🙏" after "không đủ điều kiện" was stored as the reason Phụ lục IV prints."""
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    out = texts(await player.send(1002, "/capnhat 406-22 khong du dieu kien"), 1002)
    assert "cần lý do" in out[0]
    for said in ("🙏🙏", "x", "👍"):
        out = texts(await player.send(1002, said), 1002)
        assert out == [
            f"“{said}” chưa phải lý do: hãy gõ lý do bằng chữ (ví dụ chưa có chữ ký số), hoặc "
            "/huy để bỏ. Chưa có gì được ghi."
        ]
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(1002, "chưa có chữ ký số"), 1002)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Không đủ điều kiện")
    [(key, status, note, _)] = statuses(db_url, capsys)
    assert (key, status, note) == ("406-22", "khong_du_dieu_kien", "chưa có chữ ký số")
    # an emoji typed as the note on the command line is no note either: it is asked for
    out = texts(await player.send(1002, "/capnhat 406-11/Y tế vuong mac 🙏"), 1002)
    assert "cần ghi chú về vướng mắc" in out[0]


async def test_capnhat_with_a_services_words_offers_the_writers_own_row(player, db_url, capsys):
    """ "/capnhat gplx xong" got only the syntax, with an example row Sở Y tế does not own;
    "gplx" fits 406-22, 411-16 and 411-17, and only 406-22 is Sở Y tế's."""
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    out = await player.send(1002, "/capnhat gplx xong")
    assert buttons(out, 1002) == [[["Ghi 406-22 → Hoàn thành?"]]]
    out = await player.send(1002, "/capnhat ket noi du lieu dan cu dang lam")
    assert buttons(out, 1002) == [[["Ghi 406-11/Y tế → Đang thực hiện?"]]]
    out = texts(await player.send(1002, "/capnhat abc xyz"), 1002)
    assert "ví dụ /capnhat 406-22 xong" in out[0]
    assert statuses(db_url, capsys) == []


async def test_a_task_the_unit_does_not_send_is_refused_in_one_line(player, db_url, capsys):
    """A district typing "đã gửi phụ lục rồi" got the 20/5 task's card, its "phối hợp, không
    phải nộp" buried inside, read as an acknowledgement."""
    await register(player, 1003, "ham yen", "Hoàng Văn Cường")
    out = texts(await player.send(1003, "da gui phu luc roi"), 1003)
    # its part acknowledged (ux20 #10), saying it sends nothing
    assert out == [
        "👌 UBND huyện Hàm Yên chỉ phối hợp cho tq-2021-05-20 (Phụ lục I–IV), không phải nộp; "
        "không cần ghi gì."
    ]
    assert statuses(db_url, capsys) == []


async def test_a_sub_row_is_named_alike_everywhere(player):
    """/muc 406-11/Y tế was headed "Y tế (Thực thi Nghị quyết số 60/NQ-CP …)", every other view
    "Kết nối dữ liệu dân cư — ngành Y tế"; the pilot sub-row read "ngành Thí điểm cơ chế …"."""
    out = texts(await player.send(1002, "/muc 406-11/Y tế"), 1002)[0].splitlines()
    assert out[0] == "406-11/Y tế · Kết nối dữ liệu dân cư — ngành Y tế"
    assert out[1].startswith("• Theo quyết định: Y tế (Thực thi Nghị quyết số 60/NQ-CP")
    parent = texts(await player.send(1002, "/muc 406-11"), 1002)[0]
    assert "ngành Thí điểm" not in parent and "— ngành Y tế —" in parent
