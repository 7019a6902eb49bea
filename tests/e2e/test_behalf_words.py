"""The coordinator's "ghi thay" in words (ux22 #2, #3), end to end: the unit is read as
/capnhat reads it (the register's short forms and initials: "tnmt", "STNMT", "so kh&dt"), the
day typed as sent is kept, also when the unit is then chosen by button, and a unit's words that
name none are said back with the buttons of only the units that still owe the task. The
database is asserted after every write."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, texts

TASK = "tq-2021-04-20"  # Biểu 02, owed by every Sở, ban, ngành
BOSS = "Trần Điều Phối"
TNMT = "Sở Tài nguyên và Môi trường"
KHDT = "Sở Kế hoạch và Đầu tư"


def services(player):
    return player.app.bot_data["services"]


def buttons(calls) -> list[str]:
    return [row[0] for row in calls[-1]["buttons"]]


async def test_a_unit_typed_short_is_the_one_offered_with_the_day_typed(player):
    """ "ghi thay tnmt da nop …" asked which of 19 units, Sở Tư pháp first, and one press wrote
    Sở Tư pháp as sent; every short form the register reads now names the unit."""
    svc = services(player)
    await player.line("@ 2021-04-16 10:00")
    await player.send(ADMIN, "/start", name=BOSS)
    for typed, unit in (
        ("ghi thay so tnmt da nop bieu 02", TNMT),
        ("ghi thay STNMT da nop bieu 02", TNMT),
        ("ghi thay so kh&dt da nop bieu 02", KHDT),
    ):
        out = texts(await player.send(ADMIN, typed, name=BOSS), ADMIN)
        assert f"→ Hoàn thành cho {unit} (ghi thay)" in out[-1], (typed, out)
    assert svc.repo.history() == []  # nothing before a press
    out = texts(
        await player.send(ADMIN, "ghi thay tnmt da nop bieu 02 qua email hom qua", name=BOSS),
        ADMIN,
    )
    assert f"→ Hoàn thành cho {TNMT} (ghi thay)" in out[-1]
    assert "Ngày gửi: 15/4/2021 (đúng hạn)" in out[-1]
    out = texts(await player.send(ADMIN, f"[Đã gửi ngoài bot: ghi {TASK} → Hoàn thành]"), ADMIN)
    assert out[0].startswith(f"✅ Đã ghi: Biểu 02 {TASK} ({TNMT}): Chưa bắt đầu → Hoàn thành")
    assert "Ngày gửi: 15/4/2021" in out[0]
    written = svc.repo.current(TASK, TNMT)
    assert (written.new, written.behalf, written.sent_on) == (
        "hoan_thanh",
        BOSS,
        date(2021, 4, 15),
    )
    assert [c.agency for c in svc.repo.history()] == [TNMT]


async def test_a_unit_not_read_is_said_back_and_the_day_waits_for_the_button(player):
    """ "ghi thay STNMT … ngày 25/6" lost its day when the unit was chosen by button; a unit's
    words the bot cannot read are now quoted, the buttons are only the units still owing, and
    the day typed is written with the press and shown by /nopbai."""
    svc = services(player)
    await player.line("@ 2021-04-16 10:00")
    await player.send(ADMIN, "/capnhat 20/4 so y te da nop", name=BOSS)
    calls = await player.send(ADMIN, "ghi thay tn da nop bieu 02 ngay 14/4", name=BOSS)
    out = texts(calls, ADMIN)
    assert out[0].startswith(
        f"Không nhận ra đơn vị «tn». {TASK}: 18 đơn vị chưa ở trạng thái “Hoàn thành” (1 đơn "
        "vị đã có, không liệt kê). Ghi “Hoàn thành” thay cho đơn vị nào?\n"
        "Ngày gửi: 14/4/2021 (ghi cùng đơn vị bạn bấm)"
    ), out
    listed = buttons(calls)
    assert "Sở Y tế" not in listed and TNMT in listed and len(listed) == 18
    assert svc.repo.current(TASK, TNMT) is None
    out = texts(await player.send(ADMIN, f"[{TNMT}]"), ADMIN)
    assert out[0].startswith(f"✅ Đã ghi: Biểu 02 {TASK} ({TNMT}): Chưa bắt đầu → Hoàn thành")
    assert "Ngày gửi: 14/4/2021" in out[0] and f"Do {BOSS} ghi thay {TNMT}." in out[0]
    written = svc.repo.current(TASK, TNMT)
    assert (written.new, written.behalf, written.sent_on) == (
        "hoan_thanh",
        BOSS,
        date(2021, 4, 14),
    )
    out = texts(await player.send(ADMIN, "/nopbai tnmt", name=BOSS), ADMIN)
    assert "đã nộp 14/4/2021" in out[0], out
    # a day before the unit's last status cannot stand: written from today, and said so
    await player.send(ADMIN, "/capnhat 20/4 so kh&dt dang lam", name=BOSS)
    await player.send(ADMIN, "ghi thay da nop bieu 02 ngay 14/4", name=BOSS)
    out = texts(await player.send(ADMIN, f"[{KHDT}]"), ADMIN)
    assert out[0].startswith(f"✅ Đã ghi: Biểu 02 {TASK} ({KHDT}): Đang thực hiện → Hoàn thành")
    assert (
        "Không ghi ngày gửi: ngày 14/4/2021 trước lần ghi gần nhất của mục này (16/4/2021)"
        in out[0]
    ), out
    assert svc.repo.current(TASK, KHDT).sent_on is None


# A letter of the coordinator's own, two recurring reports owed by the departments
REPORTS = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 77/STTTT-CNTT
V/v báo cáo định kỳ về dịch vụ công trực tuyến

Tuyên Quang, ngày 02 tháng 8 năm 2021

Kính gửi: Các Sở, ban, ngành.

1. Các Sở, ban, ngành báo cáo số hồ sơ trực tuyến đã tiếp nhận, gửi về Sở Thông tin và Truyền \
thông trước ngày 20 hằng tháng, bắt đầu từ tháng 8/2021.

2. Các Sở, ban, ngành báo cáo kết quả tích hợp lên Cổng Dịch vụ công quốc gia hằng quý, gửi về \
Sở Thông tin và Truyền thông trước ngày 24 của tháng cuối quý.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


async def test_a_day_typed_with_words_that_fit_several_tasks_goes_with_each_button(player):
    """ux36 #4: "ghi thay … đã nộp báo cáo … ngày 16/9" matching two reports asked which
    without the day, and the press wrote the report as sent on the day it was typed in."""
    svc = services(player)
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, "cv77.txt", REPORTS.encode(), name=BOSS)
    await player.send(ADMIN, "[✅ Công bố]", name=BOSS)
    await player.line("@ 2021-09-17 09:00")
    calls = await player.send(ADMIN, "ghi thay so tnmt da nop bao cao qua mail ngay 16/9")
    out = texts(calls, ADMIN)
    assert "Ngày gửi: 16/9/2021 (ghi cùng mục bạn bấm)" in out[-1], out
    offered = buttons(calls)
    assert len(offered) >= 2 and all(b.endswith(", gửi 16/9/2021") for b in offered), offered
    assert [c for c in svc.repo.history() if c.agency == TNMT] == []  # nothing before a press
    out = texts(await player.send(ADMIN, "[#2]"), ADMIN)
    assert "Ngày gửi: 16/9/2021" in out[0] and f"Do {BOSS} ghi thay {TNMT}." in out[0], out
    [written] = [c for c in svc.repo.history() if c.agency == TNMT]
    assert (written.new, written.behalf, written.sent_on) == (
        "hoan_thanh",
        BOSS,
        date(2021, 9, 16),
    )
    out = texts(await player.send(ADMIN, "/nopbai tnmt", name=BOSS), ADMIN)
    assert "đã nộp 16/9/2021" in "\n".join(out), out
