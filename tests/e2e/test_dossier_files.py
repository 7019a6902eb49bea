"""The 20/4 dossier handed in as a file (the usability test: `/nop bieu02` and `/nop ho so de xuat`
answered "Chưa có đề xuất nào. Thêm bằng /dexuat rồi nộp lại." to a Sở with nothing new to
propose, and a PDF sent after 20/4 was offered only the monthly report of a new letter)."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PDF = EXAMPLES / "mau01_so_y_te.pdf"
ENV = "Sở Tài nguyên và Môi trường"
APRIL = "tq-2021-04-20"


def services(player):
    return player.app.bot_data["services"]


async def test_nop_bieu02_with_no_proposal_says_what_the_unit_can_do_and_takes_the_dossier(
    player,
):
    await register(player, agency=ENV)
    for command in ("/nop bieu02", "/nop ho so de xuat"):
        out = texts(await player.line(f"1001 > {command}"), 1001)
        assert out == [
            f"{ENV} chưa có đề xuất nào trong bot cho {APRIL} (Biểu 02). Đơn vị có thể:\n"
            f"• không có dịch vụ đề xuất: /capnhat {APRIL} đã nộp không có đề xuất;\n"
            "• gửi tệp hồ sơ (.pdf, .docx: công văn, biểu đã ký) ngay trong chat này, hoặc "
            f"sau này kèm chú thích /nop {APRIL};\n"
            "• có dịch vụ cần đề xuất: /dexuat, rồi /nop bieu02.\n"
            "Chưa có gì được ghi.\n"
            "Đơn vị có dịch vụ nào cần đề xuất không? Trả lời không hoặc có."
        ], command
    assert services(player).repo.current(APRIL, ENV) is None
    out = texts(await player.line(f"1001 < {PDF}"), 1001)
    assert out[0].startswith("✅ Đã nhận tệp mau01_so_y_te.pdf"), out
    assert APRIL in out[0]
    # kept as signed, never read as the form: said so, with the ways it is checked (u47 #4)
    assert (
        "⚠️ Tệp được lưu như bản đã ký, bot không kiểm tra số liệu trong tệp và không đưa vào "
        "bảng tổng hợp của tỉnh: Biểu 02 là biểu bảng tính (.xlsx)."
    ) in out[0]
    assert "điền trong chat: /nop bieu02." in out[0]
    (sent,) = services(player).submissions.submissions(agency=ENV)
    assert (sent.task, sent.form, sent.file_name) == (APRIL, "tep", "mau01_so_y_te.pdf")
    assert services(player).repo.current(APRIL, ENV).new == "hoan_thanh"
    out = texts(await player.line("1001 > /nopbai"), 1001)
    assert "✅ đã nộp 13/4/2021 — tệp mau01_so_y_te.pdf lần 1 (13/4/2021)" in out[0]


async def test_ko_to_the_question_offers_the_task_sent_with_nothing_to_propose(player):
    """ux24 #10: "ko" typed to /nop bieu02's "nothing proposed" got "Tôi chưa hiểu câu hỏi
    này" and the help. It answers the question now: the task offered as sent with nothing to
    propose, by a button, written only on the press; "có" says how to propose."""
    await register(player, agency=ENV)
    await player.line("1001 > /nop bieu02")
    out = texts(await player.line("1001 > có ạ"), 1001)
    assert out == [
        "Thêm từng dịch vụ đề xuất bằng /dexuat, rồi gửi Biểu 02 bằng /nop bieu02; hồ sơ đã ký "
        f"thì gửi tệp ngay trong chat này (hoặc kèm chú thích /nop {APRIL})."
    ]
    for said in ("ko", "không", "k"):
        await player.line("1001 > /nop bieu02")
        out = texts(await player.line(f"1001 > {said}"), 1001)
        assert out[0].startswith(f"Bạn muốn ghi Biểu 02 {APRIL} → Hoàn thành"), (said, out)
        assert "Ghi chú: không có đề xuất" in out[0]
        assert not any("chưa hiểu" in t for t in out)
        assert services(player).repo.current(APRIL, ENV) is None  # nothing before the press
    out = texts(await player.line(f"1001 > [Đã gửi ngoài bot: ghi {APRIL} → Hoàn thành]"), 1001)
    assert out[0].startswith(f"✅ Đã ghi: Biểu 02 {APRIL} ({ENV}): Chưa bắt đầu → Hoàn thành")
    change = services(player).repo.current(APRIL, ENV)
    assert (change.new, change.note) == ("hoan_thanh", "không có đề xuất")


async def test_with_nothing_to_propose_the_task_is_reported_sent_with_its_note(player):
    await register(player, agency=ENV)
    await player.line("1001 > /nop bieu02")
    out = texts(await player.line(f"1001 > /capnhat {APRIL} đã nộp không có đề xuất"), 1001)
    assert out[0].startswith(f"✅ Đã ghi: {APRIL}") or APRIL in out[0], out
    change = services(player).repo.current(APRIL, ENV)
    assert (change.new, change.note) == ("hoan_thanh", "không có đề xuất")


async def test_a_pdf_with_no_caption_after_the_date_is_offered_for_the_late_dossier_too(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, agency="Sở Y tế")
    await player.line(f"{ADMIN} < {EXAMPLES}/letter_2021-08.txt")
    await player.line(f"{ADMIN} > [Công bố]")
    out = texts(await player.line(f"1001 < {PDF}"), 1001)
    offered = [line for line in out[0].splitlines() if line.startswith(("📌", "👉"))]
    keys = [next(w for w in line.split() if w.startswith("tq-")) for line in offered]
    assert "tq-2021-08-20" in keys and APRIL in keys, out
    assert services(player).submissions.submissions(agency="Sở Y tế") == []  # not before a press
    out = texts(await player.line(f"1001 > [#{keys.index(APRIL) + 1}]"), 1001)
    assert out[0].startswith("✅ Đã nhận tệp mau01_so_y_te.pdf"), out
    (sent,) = services(player).submissions.submissions(agency="Sở Y tế")
    assert (sent.task, sent.form) == (APRIL, "tep")
    assert services(player).repo.current(APRIL, "Sở Y tế").new == "hoan_thanh"


async def test_a_workbook_for_the_dossier_is_still_read_as_the_form(player):
    """`/nop bieu02` waits for the dossier's document; a workbook is no document of it."""
    await register(player, agency=ENV)
    await player.line("1001 > /nop bieu02")
    out = texts(await player.line(f"1001 < {EXAMPLES}/import_ok.csv"), 1001)
    assert services(player).submissions.submissions(agency=ENV) == []
    assert not out[0].startswith("✅"), out


async def test_text_after_the_no_proposal_answer_is_read_as_usual_not_as_a_missing_file(player):
    await register(player, agency=ENV)
    await player.line("1001 > /nop bieu02")
    out = texts(await player.line("1001 > đã nộp biểu 02 rồi"), 1001)
    assert not out[0].startswith("Đang chờ tệp"), out
    assert "tq-2021-04-20" in out[0]
    assert services(player).repo.current(APRIL, ENV) is None  # offered, never written silently
