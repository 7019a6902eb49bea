"""A question typed while Phụ lục I is filled in the chat (ux17 blind test, item 4): answered,
and the form kept open with what was typed, so the numbers typed next go into it; numbers typed
when no form is open are said not to be taken, never "Tôi chưa hiểu"; a form dropped by a
command says how to take it up again. Through the emulator and the real Application; the
submission is asserted in the database."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_submissions import repo

SYT = 1001


async def test_a_question_inside_the_form_keeps_it(player):
    await player.line("@ 2021-05-18 09:00")
    await register(player, SYT, "Sở Y tế", "Lê Thị Hoa")
    await player.send(SYT, "/nop pl1")
    await player.send(SYT, "12 8 3 1")
    out = texts(await player.send(SYT, "pl1 la cai gi vay"), SYT)
    assert not any(t.startswith("Đã bỏ") for t in out), out
    assert out[-1].startswith("📝 Biểu đang nộp vẫn mở, các số liệu đã nhập vẫn giữ nguyên.")
    assert "(2/3) Phụ lục I — Cấp huyện" in out[-1]
    out = texts(await player.send(SYT, "gplx han khi nao?"), SYT)  # asked again, later
    assert "(2/3) Phụ lục I — Cấp huyện" in out[-1]
    out = texts(await player.send(SYT, "10 5 3 2"), SYT)
    assert out == [out[0]] and "(3/3) Phụ lục I — Cấp xã" in out[0]
    await player.send(SYT, "0 0 0 0")
    out = texts(await player.send(SYT, "[✅ Nộp]"), SYT)
    assert "Đã nhận Phụ lục I của Sở Y tế (lần nộp 1" in out[0]
    assert "Cấp tỉnh: 12 TTHC (mức 2: 8, mức 3: 3, mức 4: 1)" in out[0]
    assert "Cấp huyện: 10 TTHC (mức 2: 5, mức 3: 3, mức 4: 2)" in out[0]
    [sent] = repo(player).submissions(agency="Sở Y tế", form="pl1")
    assert (sent.version, sent.by, sent.source) == (1, SYT, "chat")


async def test_numbers_with_no_form_open_are_said_not_taken(player):
    await player.line("@ 2021-05-18 09:00")
    await register(player, SYT, "Sở Y tế", "Lê Thị Hoa")
    await player.send(SYT, "/nop pl1")
    await player.send(SYT, "12 8 3 1")
    out = texts(await player.send(SYT, "/tiendo"), SYT)
    # the tier typed is kept as a draft (ux19 #8)
    assert out[0] == (
        "Đã dừng nộp Phụ lục I; số liệu 1/3 cấp bạn đã gõ vẫn được giữ: gõ /nop pl1 để tiếp tục."
    ), out
    out = texts(await player.send(SYT, "10 5 3 2"), SYT)
    assert out == [
        "Không có biểu nào đang mở, nên các số «10 5 3 2» chưa được ghi vào đâu. Nhập số liệu "
        "trong chat — Phụ lục I: /nop pl1 — rồi gõ lại các số theo từng cấp."
    ]
    assert repo(player).submissions() == []


async def test_ko_co_typed_at_a_step_is_its_khong_co_button(player):
    """Left by the write flows' fixer (round 17): "ko co", "khong co" typed at a tier of
    Phụ lục I were asked for 4 numbers again; typed, they are the "Không có" button, and the
    reply says so. On a list with no line yet they show the list for its ✅ Nộp (none to
    report); nothing is sent before the press."""
    await player.line("@ 2021-05-18 09:00")
    await register(player, SYT, "Sở Y tế", "Lê Thị Hoa")
    await player.send(SYT, "/nop pl1")
    out = texts(await player.send(SYT, "ko co"), SYT)
    assert out[0].startswith("«ko co»: Cấp tỉnh — Không có (như bấm nút “Không có”).")
    assert "(2/3) Phụ lục I — Cấp huyện" in out[0]
    await player.send(SYT, "10 5 3 2")
    out = texts(await player.send(SYT, "khong co a"), SYT)
    assert out[0].startswith("«khong co a»: Cấp xã — Không có")
    assert "Nộp như trên?" in out[0]
    assert repo(player).submissions() == []  # only the press sends
    out = texts(await player.send(SYT, "[✅ Nộp]"), SYT)
    assert "Cấp tỉnh: 0 TTHC" in out[0] and "Cấp huyện: 10 TTHC" in out[0], out
    [sent] = repo(player).submissions(agency="Sở Y tế", form="pl1")
    assert (sent.version, sent.by, sent.source) == (1, SYT, "chat")

    await player.send(SYT, "/nop pl3")
    out = texts(await player.send(SYT, "không có"), SYT)
    assert out[0].startswith("«không có»: không có dịch vụ nào để liệt kê.")
    assert "Bấm ✅ Nộp để báo không có dịch vụ nào" in out[0]
    assert repo(player).submissions(agency="Sở Y tế", form="pl3") == []
    # a list that has lines: "không" is no line, and removes none
    await player.send(SYT, "/nop pl2")
    await player.send(SYT, "tỉnh; Y tế; Cấp giấy phép hành nghề; 4")
    out = texts(await player.send(SYT, "ko co"), SYT)
    assert not out[0].startswith("«ko co»"), out
