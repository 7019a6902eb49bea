"""What an officer types right after the bot offers a status, before pressing its button (ux17
blind test, item 3): the note typed first ("406-22 vướng mắc", then "cho bo gtvt huong dan") is
offered again as that offer's note, never answered as a catalogue question; "nhầm, không phải
406-22 mà là 406-11 y tế" drops the offer and offers 406-11/Y tế, or after a write, offers that
write's undo and the same status for the row meant. Through the emulator and the real
Application; the database is asserted after every press, and before it (nothing written)."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons, statuses

SYT = 1001


async def officer(player):
    await player.line("@ 2021-05-14 09:00")
    await register(player, SYT, "Sở Y tế", "Lê Thị Hoa")


async def test_the_note_typed_before_the_press_is_the_offers_note(player, db_url, capsys):
    await officer(player)
    out = await player.send(SYT, "406-22 vuong mac")
    assert buttons(out, SYT) == [[["Ghi 406-22 → Vướng mắc?"]]]
    out = await player.send(SYT, "cho bo gtvt huong dan")
    [text] = texts(out, SYT)
    assert "không có trong danh mục" not in text
    assert text.startswith("Tin nhắn vừa gửi được hiểu là ghi chú cho 406-22")
    assert "→ Vướng mắc, ghi chú «cho bo gtvt huong dan»?" in text  # quoted in the question
    assert buttons(out, SYT) == [[["Ghi 406-22 → Vướng mắc, kèm ghi chú"]]]
    assert statuses(db_url, capsys) == []  # nothing before the press
    out = texts(await player.send(SYT, "[Ghi 406-22 → Vướng mắc, kèm ghi chú]"), SYT)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Vướng mắc")
    assert "Ghi chú: cho bo gtvt huong dan" in out[0]
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("406-22", "vuong_mac", "cho bo gtvt huong dan")
    ]


async def test_a_question_after_the_offer_is_still_a_question(player, db_url, capsys):
    await officer(player)
    await player.send(SYT, "406-22 vuong mac")
    out = texts(await player.send(SYT, "gplx han khi nao"), SYT)
    assert not any("ghi chú cho 406-22" in t for t in out)
    out = texts(await player.send(SYT, "ma sao van nhac"), SYT)  # talk to the bot: no note
    assert not any("Ghi chú: ma sao" in t for t in out)
    assert statuses(db_url, capsys) == []


async def test_another_row_named_instead_drops_the_offer(player, db_url, capsys):
    await officer(player)
    await player.send(SYT, "406-22 vuong mac")
    await player.send(SYT, "cho bo gtvt huong dan")
    out = await player.send(SYT, "nham, ko phai 406-22 ma la 406-11 y te")
    [text] = texts(out, SYT)
    assert text.startswith("Bỏ đề nghị ghi 406-22; chưa có gì được ghi cho mục đó.")
    assert "Bạn muốn ghi 406-11/Y tế" in text and "→ Vướng mắc" in text
    assert "Ghi chú: cho bo gtvt huong dan" in text
    assert buttons(out, SYT) == [[["Ghi 406-11/Y tế → Vướng mắc?"]]]
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(SYT, "[Ghi 406-11/Y tế → Vướng mắc?]"), SYT)
    assert out[0].startswith("✅ Đã ghi: 406-11/Y tế (Sở Y tế): Chưa bắt đầu → Vướng mắc")
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("406-11/Y tế", "vuong_mac", "cho bo gtvt huong dan")
    ]


async def test_the_older_offers_button_no_longer_writes(player, db_url, capsys):
    await officer(player)
    await player.send(SYT, "406-22 xong")
    out = await player.send(SYT, "khong phai muc 22 ma la muc 11 y te")
    assert buttons(out, SYT) == [[["Ghi 406-11/Y tế → Hoàn thành?"]]]
    out = texts(await player.send(SYT, "[Ghi 406-22 → Hoàn thành?]"), SYT)  # scrolled up
    assert not out[0].startswith("✅"), out
    assert statuses(db_url, capsys) == []


async def test_another_row_named_after_a_write_offers_its_undo(player, db_url, capsys):
    await officer(player)
    await player.send(SYT, "/capnhat 406-22 dang lam")
    before = statuses(db_url, capsys)
    out = await player.send(SYT, "nham, khong phai 406-22 ma la 406-11 y te")
    [text] = texts(out, SYT)
    assert text.startswith("Bạn vừa ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Đang thực hiện")
    assert "Hoặc bấm nút ghi 406-11/Y tế → Đang thực hiện" in text
    assert buttons(out, SYT) == [
        [["Hoàn tác → Chưa bắt đầu"], ["Ghi 406-11/Y tế → Đang thực hiện?"]]
    ]
    assert statuses(db_url, capsys) == before
    await player.send(SYT, "[Ghi 406-11/Y tế → Đang thực hiện?]")
    await player.send(SYT, "[Hoàn tác → Chưa bắt đầu]")
    assert sorted(s[:2] for s in statuses(db_url, capsys)) == [
        ("406-11/Y tế", "dang_thuc_hien"),
        ("406-22", "chua_bat_dau"),
    ]


async def test_with_nothing_to_act_on_the_row_meant_is_shown(player, db_url, capsys):
    await officer(player)
    out = texts(await player.send(SYT, "khong phai 406-22 ma la 406-11 y te"), SYT)
    assert out[0].startswith("406-11/Y tế"), out
    assert statuses(db_url, capsys) == []


async def test_another_row_named_where_the_note_is_asked_is_never_the_note(player, db_url, capsys):
    await officer(player)
    await player.send(SYT, "406-22 vuong mac")
    out = texts(await player.send(SYT, "[Ghi 406-22 → Vướng mắc?]"), SYT)
    assert "cần ghi chú về vướng mắc" in out[0], out  # the note is asked now
    out = await player.send(SYT, "nham, khong phai 406-22 ma la 406-11 y te")
    [text] = texts(out, SYT)
    assert text.startswith("Bỏ ghi chú đang chờ cho 406-22; chưa có gì được ghi cho mục đó.")
    assert buttons(out, SYT) == [[["Ghi 406-11/Y tế → Vướng mắc?"]]]
    assert statuses(db_url, capsys) == []


async def test_talk_to_the_bot_where_the_note_is_asked_is_asked_again(player, db_url, capsys):
    await officer(player)
    await player.send(SYT, "/capnhat 406-22 vuong mac")
    out = texts(await player.send(SYT, "ma sao van nhac"), SYT)
    assert out == [
        "«ma sao van nhac» chưa phải ghi chú về vướng mắc cho 406-22: hãy gõ ghi chú về vướng "
        "mắc (ví dụ chờ Bộ hướng dẫn), hoặc /huy để bỏ. Chưa có gì được ghi."
    ], out
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(SYT, "chờ Bộ GTVT hướng dẫn, mà sao vẫn nhắc"), SYT)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Vướng mắc")
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("406-22", "vuong_mac", "chờ Bộ GTVT hướng dẫn")
    ]


async def test_the_row_meant_with_a_status_is_offered(player, db_url, capsys):
    await officer(player)
    out = await player.send(SYT, "khong phai 406-22 ma la 406-11 y te dang lam")
    assert buttons(out, SYT) == [[["Ghi 406-11/Y tế → Đang thực hiện?"]]]
    assert statuses(db_url, capsys) == []
    await player.send(SYT, "[Ghi 406-11/Y tế → Đang thực hiện?]")
    assert [s[:2] for s in statuses(db_url, capsys)] == [("406-11/Y tế", "dang_thuc_hien")]


async def test_a_second_note_line_is_offered_as_added_to_the_note(player, db_url, capsys):
    """Left by the write flows' fixer (round 17): a second line typed after an offer that
    already held a note was read as a new message (a catalogue question) and the offer lapsed.
    It is offered as added to the note, said so, and written only on the press."""
    await officer(player)
    await player.send(SYT, "406-22 vuong mac cho bo gtvt huong dan")
    out = await player.send(SYT, "chua co tai khoan ket noi")
    [text] = texts(out, SYT)
    assert "không có trong danh mục" not in text
    assert text.startswith("Tin nhắn vừa gửi được hiểu là ghi chú thêm, nối sau ghi chú trước,")
    assert "ghi chú «cho bo gtvt huong dan; chua co tai khoan ket noi»?" in text
    assert buttons(out, SYT) == [[["Ghi 406-22 → Vướng mắc, kèm ghi chú"]]]
    assert statuses(db_url, capsys) == []  # nothing before the press
    out = texts(await player.send(SYT, "[Ghi 406-22 → Vướng mắc, kèm ghi chú]"), SYT)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Vướng mắc")
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("406-22", "vuong_mac", "cho bo gtvt huong dan; chua co tai khoan ket noi")
    ]
    # after the write, the same line is no note of anything: read as usual
    out = texts(await player.send(SYT, "chua co tai khoan ket noi"), SYT)
    assert not any("ghi chú thêm" in t for t in out)


async def test_yes_or_no_typed_to_an_offer_never_writes_nor_becomes_its_note(
    player, db_url, capsys
):
    """ux24 #10: "có" typed to "Bạn muốn ghi 406-22 → Hoàn thành?" became the note "có"; "ko"
    got "Tôi chưa hiểu câu hỏi này". A yes gets the button again (only the press writes), a no
    drops the offer; neither writes."""
    await officer(player)
    await player.send(SYT, "406-22 xong roi")
    out = await player.send(SYT, "có ạ")
    assert texts(out, SYT) == [
        "Bấm nút Ghi 406-22 → Hoàn thành? để ghi 406-22; gõ chữ thì không ghi gì."
    ]
    assert buttons(out, SYT) == [[["Ghi 406-22 → Hoàn thành?"]]]
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(SYT, "[Ghi 406-22 → Hoàn thành?]"), SYT)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Hoàn thành")
    [(key, status, note, _)] = statuses(db_url, capsys)
    assert (key, status, note) == ("406-22", "hoan_thanh", "")  # "có" is no note
    for said in ("ko", "không", "k"):
        await player.send(SYT, "406-11 y te dang lam")
        out = texts(await player.send(SYT, said), SYT)
        assert out == ["Không ghi gì cho 406-11/Y tế; đề nghị ghi đã bỏ."], said
    out = texts(await player.send(SYT, "[Ghi 406-11/Y tế → Đang thực hiện?]"), SYT)
    assert not out[0].startswith("✅ Đã ghi")  # the offer was dropped: its button lapsed
    assert [s[:2] for s in statuses(db_url, capsys)] == [("406-22", "hoan_thanh")]


async def test_a_yes_to_an_offer_of_several_items_names_them_and_writes_none(
    player, db_url, capsys
):
    """A yes to "mục 23-25 xong" cannot say which item: the reply names each item offered,
    and nothing is written."""
    await player.line("@ 2021-06-01 08:00")
    await register(player, 1005, "Sở Lao động, Thương binh và Xã hội", "Ngô Văn Hùng")
    await player.send(1005, "muc 23-25 xong")
    out = texts(await player.send(1005, "có"), 1005)
    assert out == [
        "Bấm nút của mục muốn ghi ở tin nhắn trên (406-23, 406-24, 406-25); gõ chữ thì không "
        "ghi gì."
    ]
    assert statuses(db_url, capsys) == []
