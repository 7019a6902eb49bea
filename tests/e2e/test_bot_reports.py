"""Proposals, documents, charts and late rows end to end, through the emulator and the real
Application.
"""

from __future__ import annotations

from openpyxl import load_workbook

from knowledge.render.answers import to_plain
from tests.botkit import ADMIN, register, sketched_charts, texts

PROPOSAL = [
    "[➕ Đề xuất dịch vụ mới]",
    "Cấp giấy phép di dời công trình",
    "Xây dựng",
    "[Cấp tỉnh]",
    "[Mức 3]",
    "[Sở Xây dựng]",
    "sở tttt, công an tỉnh",
    "[Quý III/2021]",
]


def files(calls, method):
    return [c["file"] for c in calls if c["method"] == method and c["error"] is None and c["file"]]


async def test_proposal_flow_survives_restart_then_edit_and_withdraw(player):
    await register(player)
    await player.send(1001, "/dexuat")
    for line in PROPOSAL:
        await player.send(1001, line)
    await player.restart()
    out = texts(await player.send(1001, "Cần CSDL đất đai <b>"), 1001)
    assert "Đã ghi đề xuất" in out[0] and "Công an tỉnh" in out[0] and "<b>" in out[0]
    proposals = player.app.bot_data["services"].proposals
    saved = proposals.list()
    assert [(p.name, p.level, p.coordinate, p.quarter) for p in saved] == [
        (
            "Cấp giấy phép di dời công trình",
            3,
            ("Sở Thông tin và Truyền thông", "Công an tỉnh"),
            "Quý III/2021",
        )
    ]
    await player.send(1001, "/dexuat")
    await player.send(1001, f"[✏️ Sửa #{saved[0].id}]")
    for line in ["[Phối hợp]", "zzz", "[Không có]", "[✏️ Sửa #1]", "[Mức]", "[Mức 4]"]:
        if line.startswith("[✏️"):
            await player.send(1001, "/dexuat")
        out = texts(await player.send(1001, line), 1001)
    assert "Đã sửa" in out[0]
    assert [(p.level, p.coordinate) for p in proposals.list()] == [(4, ())]
    out = texts(await player.send(ADMIN, "/dexuat tatca"), ADMIN)
    assert "Sở Xây dựng" in out[0] and "Cấp giấy phép di dời công trình" in out[0]
    await player.send(1001, "/dexuat")
    out = texts(await player.send(1001, f"[🗑 Rút #{saved[0].id}]"), 1001)
    assert "Đã rút" in out[0] and proposals.list() == []


async def test_proposals_closed_after_the_deadline(player):
    await register(player)
    await player.send(1001, "/dexuat")  # while open: the list with its ➕ button
    await player.line("@ 2021-04-21 09:00")
    # the list says the window is closed, with its date, and offers no button that is refused
    # (ux19 #13)
    (listed,) = [c for c in await player.send(1001, "/dexuat") if c["chat_id"] == 1001]
    assert "🔒 Đã quá hạn nộp đề xuất (20/4/2021)" in to_plain(listed["text"])
    assert not listed["buttons"]
    # the button of the list shown before is refused
    out = texts(await player.send(1001, "[➕ Đề xuất dịch vụ mới]"), 1001)
    assert "quá hạn nộp đề xuất (20/4/2021)" in out[0]


async def test_baocao_sends_a_workbook_with_the_database_rows(player):
    await register(player)
    await player.send(1001, "/capnhat 406-14 xong đã tích hợp")
    await player.send(1001, "/baocao")
    out = await player.send(1001, "[Tiến độ BIỂU 01 (Sở Xây dựng)]")
    [path] = files(out, "sendDocument")
    sheet = load_workbook(path).active
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "406-14")
    assert row[3] == "Sở Xây dựng" and row[9] == "Hoàn thành" and row[11] == "đã tích hợp"
    out = await player.send(1001, "/baocao")
    # officers: their agency only
    assert not [b for r in out[-1]["buttons"] for b in r if "toàn tỉnh" in b]
    await player.send(ADMIN, "/baocao")
    out = await player.send(ADMIN, "[BIỂU 02 — các đề xuất đang có (toàn tỉnh)]")
    [path] = files(out, "sendDocument")
    assert load_workbook(path).active["A1"].value == "BIỂU 02"


async def test_progress_chart_sent_as_a_photo(player, monkeypatch):
    # the one story that draws a real picture (an agency's) through the bot
    await register(player)
    await player.send(1001, "/tiendo")
    out = await player.send(1001, "[📊 Xem biểu đồ]")
    [path] = files(out, "sendPhoto")
    with open(path, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    # the province's is sent the same way; tests/usecases/test_progress.py draws it
    sketched_charts(monkeypatch)
    await player.send(ADMIN, "/tiendo tinh")
    out = await player.send(ADMIN, "[📊 Xem biểu đồ]")
    assert files(out, "sendPhoto")


async def test_quahan_lists_late_rows_with_keys(player):
    await register(player)
    await player.line("@ 2021-06-02 09:00")
    out = texts(await player.send(1001, "/quahan"), 1001)
    assert "406-15" in out[0] and "quá hạn 2 ngày" in out[0]
    await player.send(1001, "/capnhat 406-15 xong")
    out = texts(await player.send(1001, "/quahan"), 1001)
    # no longer listed late: said after the list as done late (ux30 #4)
    listed, _, beside = out[0].partition("🕓 Đã xong muộn")
    assert "406-15" not in listed and "406-15" in beside and "đã xong muộn 2 ngày" in beside
    out = texts(await player.send(ADMIN, "/quahan"), ADMIN)
    assert "Sở Giáo dục và Đào tạo" in out[0]
