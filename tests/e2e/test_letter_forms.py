"""A letter's own blank form (the usability test: the letter says "Mẫu số 01 kèm theo", yet the
units could not get the blank form; /baocao offered only Biểu 02 and Phụ lục I–IV). The
coordinator attaches it to the task with the caption `/mautrong <task>`; it is quoted back with
"Hoàn tác", the units' officers are told, and they download it from /baocao."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import later

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TASK = "tq-2021-08-20"
FORM = b"PK\x03\x04" + b"mau so 01" * 50  # a .docx's first bytes: what the bot checks


def services(player):
    return player.app.bot_data["services"]


def buttons(calls, chat: int) -> list[str]:
    return [
        label
        for c in calls
        if c["chat_id"] == chat and c["buttons"]
        for row in c["buttons"]
        for label in row
    ]


async def published(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1001, "Sở Y tế", "An")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    await player.line(f"{ADMIN} < {EXAMPLES}/letter_2021-08.txt")
    await player.line(f"{ADMIN} > [Công bố]")


async def test_the_coordinator_attaches_the_blank_form_and_the_units_download_it(player):
    await published(player)
    calls = await player.upload(ADMIN, "Mau01.docx", FORM, caption=f"/mautrong {TASK}")
    out = texts(calls, ADMIN)
    assert out[0].startswith(
        f"📎 Đã gắn mẫu trống Mau01.docx cho {TASK} (Mẫu số 01).\n17 đơn vị phải nộp tải mẫu ở "
        "/baocao; đã báo 1 cán bộ của các đơn vị đó."
    ), out
    assert buttons(calls, ADMIN) == ["Hoàn tác"]
    # the officer of a unit that owes it is told, and finds it in /baocao
    (told,) = texts(calls, 1001)
    assert told.startswith("📎 Mẫu trống — Sở Y tế\ntq-2021-08-20 Mẫu số 01: Sở TT&TT đã gửi")
    assert texts(calls, 1002) == []  # Hàm Yên owes the monthly Mẫu số 02, not this
    calls = await player.line("1001 > /baocao")
    assert f"Mẫu số 01 — {TASK}" in buttons(calls, 1001)
    assert f"Mẫu số 01 — {TASK}" not in buttons(await player.line("1002 > /baocao"), 1002)
    calls = await player.line(f"1001 > [Mẫu số 01 — {TASK}]")
    (sent,) = [c for c in calls if c["method"] == "sendDocument"]
    assert Path(sent["file"]).read_bytes() == FORM
    # nothing of the unit's own changed
    assert services(player).repo.current(TASK, "Sở Y tế") is None


async def test_the_attach_is_undone_by_its_button_and_a_form_of_ours_takes_none(player):
    await published(player)
    await player.upload(ADMIN, "Mau01.docx", FORM, caption=f"/mautrong {TASK}")
    out = texts(await player.line(f"{ADMIN} > [Hoàn tác]"), ADMIN)
    assert out == [f"↩️ Đã bỏ mẫu trống Mau01.docx của {TASK}. Nhiệm vụ chưa có mẫu trống."]
    assert services(player).blank_forms.current() == {}
    # pressed again (u28) a minute on, no double tap: said undone, when, and what the task
    # has now; nothing written
    await later(player, 1)
    out = texts(await player.line(f"{ADMIN} > [Hoàn tác]"), ADMIN)
    assert out == [
        f"Nút này đã dùng rồi: mẫu trống Mau01.docx của {TASK} đã được hoàn tác lúc 08:00 "
        "2/8; nhiệm vụ chưa có mẫu trống. Không có gì thay đổi."
    ]
    assert services(player).blank_forms.current() == {}
    assert f"Mẫu số 01 — {TASK}" not in buttons(await player.line("1001 > /baocao"), 1001)
    # both rows kept: the attach and its undo
    out = texts(
        await player.upload(ADMIN, "b02.docx", FORM, caption="/mautrong tq-2021-04-20"), ADMIN
    )
    assert out == [
        "tq-2021-04-20 dùng biểu của bot; mẫu của biểu có sẵn ở /baocao. Không có gì được lưu."
    ]
    out = texts(await player.upload(1001, "x.docx", FORM, caption=f"/mautrong {TASK}"), 1001)
    assert out == ["Chỉ quản trị viên (Sở TT&TT) gắn mẫu trống cho nhiệm vụ."]
    assert services(player).blank_forms.current() == {}


async def test_hoantac_right_after_attaching_takes_the_form_off_then_says_so(player):
    await published(player)
    await player.line("@ 2021-08-02 08:05")
    await player.upload(ADMIN, "Mau01.docx", FORM, caption=f"/mautrong {TASK}")
    out = texts(await player.line(f"{ADMIN} > /hoantac"), ADMIN)
    assert out == [f"↩️ Đã bỏ mẫu trống Mau01.docx của {TASK}. Nhiệm vụ chưa có mẫu trống."]
    assert services(player).blank_forms.current() == {}
    assert [p.id for p in services(player).letters.in_force()]  # the publication untouched
    out = texts(await player.line(f"{ADMIN} > /hoantac"), ADMIN)
    assert out[0].startswith(f"Bạn vừa bỏ mẫu trống Mau01.docx của {TASK}; không còn gì"), out


async def test_the_reminder_of_the_task_carries_its_blank_form(player):
    # u24c: the form was only in /baocao; the reminder of its task now names it, with the
    # button of the same stored file
    await published(player)
    await player.upload(ADMIN, "Mau01.docx", FORM, caption=f"/mautrong {TASK}")
    calls = await player.line("@ 2021-08-11 08:00")
    reminder = [t for t in texts(calls, 1001) if t.startswith("⏰ Nhắc hạn")]
    assert reminder and f"📎 Mẫu trống: Mẫu số 01 {TASK} — tải bằng nút dưới" in reminder[-1]
    assert f"Mẫu số 01 — {TASK}" in buttons(calls, 1001)
    # Hàm Yên's reminder (its monthly Mẫu số 02 has no blank form) carries none
    assert all("📎 Mẫu trống" not in t for t in texts(calls, 1002))
    calls = await player.line(f"1001 > [Mẫu số 01 — {TASK}]")
    (sent,) = [c for c in calls if c["method"] == "sendDocument"]
    assert Path(sent["file"]).read_bytes() == FORM


async def test_baocao_names_the_task_and_gets_its_blank_form(player):
    await published(player)
    out = texts(await player.line("1001 > /baocao mau so 01"), 1001)
    assert out == [
        f"{TASK} chưa có mẫu trống cho đơn vị của bạn (Sở TT&TT gắn bằng /mautrong); xem các "
        "mẫu có ở /baocao."
    ]
    await player.upload(ADMIN, "Mau01.docx", FORM, caption=f"/mautrong {TASK}")
    calls = await player.line(f"1001 > /baocao {TASK}")
    (sent,) = [c for c in calls if c["method"] == "sendDocument"]
    assert Path(sent["file"]).read_bytes() == FORM
    # a form of ours is in the menu, as before
    calls = await player.line("1001 > /baocao bieu 02")
    assert "Mẫu BIỂU 02" in buttons(calls, 1001)
