"""No workbook the bot writes holds a formula that came from user text: an officer's status
notes, a proposal, a form sent in the chat; every workbook the officer and the coordinator can
get (templates, progress, BIỂU 02, Phụ lục IV, the compiled forms, /nopbai tinh, `bot export`)
has them as text, and the only formulas are the bot's own totals.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from bot.cli import main
from tests.botkit import ADMIN, register
from tests.e2e.test_bot_reports import PROPOSAL
from tests.knowledge.formats.test_cells import formulas_in

LINK = '=HYPERLINK("http://evil.example/x","Bấm")'
CALC = "=cmd|' /C calc'!A0"
PLUS = "+cmd|' /C calc'!A0"
AT = "@SUM(1+1)*cmd|' /C calc'!A0"
BOTS_OWN = {f"SUM({c}7:{c}9)" for c in "BCDE"}  # Phụ lục I's total row


def sent_files(calls) -> list[Path]:
    return [
        Path(c["file"])
        for c in calls
        if c["method"] == "sendDocument" and c["error"] is None and c["file"]
    ]


def values(path: Path) -> set:
    book = load_workbook(path)
    return {c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row}


async def test_user_text_is_text_in_every_workbook(player, db_url, tmp_path):
    await register(player, 1001, "Sở Xây dựng", "An")
    await player.send(1001, "/dexuat")
    for line in [PROPOSAL[0], PLUS, *PROPOSAL[2:-1]]:
        await player.send(1001, line)
    await player.send(1001, PROPOSAL[-1])
    await player.send(1001, AT)  # the proposal's note
    await player.line("@ 2021-05-10 09:00")
    await player.send(1001, f"/capnhat 406-14 vướng mắc {LINK}")
    await player.send(1001, f"/capnhat 406-11/Xây dựng không đủ điều kiện {CALC}")
    for code, line in (("pl2", f"tỉnh; Xây dựng; {PLUS}; 4"), ("pl4", f"tỉnh; {AT}; Một; 3; -1")):
        await player.send(1001, f"/nop {code}")
        await player.send(1001, line)
        await player.send(1001, "[✅ Nộp]")
    files: list[Path] = []
    await player.send(1001, "/baocao")
    for label in ("Mẫu Phụ lục IV", "Tiến độ BIỂU 01 (Sở Xây dựng)"):
        files += sent_files(await player.send(1001, f"[{label}]"))
        await player.send(1001, "/baocao")
    for label in (
        "BIỂU 02 — các đề xuất đang có (toàn tỉnh)",
        "Tiến độ BIỂU 01 (toàn tỉnh)",
        "Phụ lục IV — theo trạng thái (toàn tỉnh)",
        "Tổng hợp Phụ lục II",
        "Tổng hợp Phụ lục IV",
        "Tổng hợp Phụ lục I",
    ):
        await player.send(ADMIN, "/baocao")
        files += sent_files(await player.send(ADMIN, f"[{label}]"))
    await player.send(ADMIN, "/nopbai tinh")
    files += sent_files(await player.send(ADMIN, "[📥 Tải .xlsx]"))
    for kind in ("tiendo", "bieu02", "phuluc4"):
        out = tmp_path / f"{kind}.xlsx"
        args = ["export", kind, "--out", str(out), "--db", db_url, "--today", "2021-05-10"]
        assert main(args) == 0
        files.append(out)
    assert len(files) == 12
    seen: set = set()
    for path in files:
        assert set(formulas_in(path.read_bytes())) <= BOTS_OWN, path.name
        seen |= values(path)
    assert {LINK, CALC, PLUS, AT, "-1"} <= seen  # each is there, as the text it was
