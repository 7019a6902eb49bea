"""The coordinator acts for a unit on a letter's task, end to end: a task named by its form, date
or letter written for the unit typed, a row named loosely before a unit, a form two letters ask
for. The database is asserted after every write; typed the way people type."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

BOSS = "Trần Điều Phối"
BUILDING, HEALTH = 1001, 1003


def services(player):
    return player.app.bot_data["services"]


async def test_a_task_named_by_its_form_date_or_letter_is_written_for_the_unit_typed(player):
    """ux18 #6: `/capnhat mau so 01 Sở Xây dựng đã nộp` asked which of 19 units (the unit
    dropped) while the task's id with the same unit wrote. Each way of naming the task, then the
    unit in any spelling, then the status: written for that unit, "ghi thay", quoted, undoable."""
    examples = Path(__file__).resolve().parents[2] / "examples"
    for line in [
        "@ 2021-08-03 09:00",
        f"{ADMIN} {BOSS} < {examples}/letter_2021-08.txt",
        f"{ADMIN} {BOSS} > [Công bố]",
    ]:
        await player.line(line)
    repo = services(player).repo
    form_task = next(t for t in services(player).province.tasks if t.form == "Mẫu số 01")
    monthly = next(t for t in services(player).province.tasks if t.form == "Mẫu số 02")

    out = texts(await player.send(ADMIN, "/capnhat mau so 01 Sở Xây dựng đã nộp", name=BOSS))
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 01 {form_task.id} (Sở Xây dựng): Chưa bắt đầu → Hoàn thành"
    )
    assert f"Do {BOSS} ghi thay Sở Xây dựng." in out[0]
    change = repo.current(form_task.id, "Sở Xây dựng")
    assert (change.new, change.by, change.behalf) == ("hoan_thanh", ADMIN, BOSS)
    assert repo.current(form_task.id, "Sở Thông tin và Truyền thông") is None
    out = texts(await player.send(ADMIN, "[Hoàn tác]", name=BOSS))
    assert out[0].startswith(f"↩️ Đã hoàn tác: Mẫu số 01 {form_task.id} (Sở Xây dựng)")
    assert repo.current(form_task.id, "Sở Xây dựng").new == "chua_bat_dau"

    # its date, its letter's number (narrowed to the task the unit owes), the unit after the
    # status, a note kept
    # (an occurrence is quoted back by its short key, stored by its raw one)
    for typed, unit, key, shown in [
        ("/capnhat hạn 20/8 so y te da nop qua mail", "Sở Y tế", form_task.id, form_task.id),
        ("/capnhat cv 512 so xay dung xong", "Sở Xây dựng", form_task.id, form_task.id),
        ("/capnhat mẫu số 01 đã nộp Sở Tư pháp", "Sở Tư pháp", form_task.id, form_task.id),
    ]:
        await _written_for(player, repo, typed, unit, key, shown)
    assert repo.current(form_task.id, "Sở Y tế").note == "qua mail"

    # a unit that does not owe the task named: refused, nothing written
    out = texts(await player.send(ADMIN, "/capnhat cv 512 CA tinh xong", name=BOSS))
    assert out[0].startswith("Công an tỉnh không phải nộp nhiệm vụ nào của «cv 512»"), out
    out = texts(await player.send(ADMIN, "/capnhat mau so 01 ham yen da nop", name=BOSS))
    assert out == [f"UBND huyện Hàm Yên không phải nộp {form_task.id}. Không có gì thay đổi."]
    assert repo.current(form_task.id, "UBND huyện Hàm Yên") is None
    # the unit and status read, the task not: the unit's tasks' lines, nothing written
    out = texts(await player.send(ADMIN, "/capnhat bao cao abc so tai chinh da nop", name=BOSS))
    assert "không phải mã mục" in out[0] and f"/capnhat {form_task.id} Sở Tài chính" in out[0]
    assert repo.current(form_task.id, "Sở Tài chính") is None

    # the monthly report before its first month: said, not written (usecases/
    # early_occurrences.py); once its months have begun, written for the unit typed
    out = texts(await player.send(ADMIN, "/capnhat cv 512 ham yen da nop", name=BOSS))
    assert "kỳ tháng 9/2021 chưa bắt đầu" in out[0], out
    assert repo.current(f"{monthly.id}@2021-09-25", "UBND huyện Hàm Yên") is None
    await player.line("@ 2021-10-26 09:00")
    for typed, unit, key, shown in [
        (
            "/capnhat cv 512 ham yen da nop",
            "UBND huyện Hàm Yên",
            f"{monthly.id}@2021-09-25",
            f"{monthly.id} tháng 9/2021",
        ),
        # a period names the occurrence of the monthly report
        (
            "/capnhat mẫu 02 tháng 10 son duong da nop",
            "UBND huyện Sơn Dương",
            f"{monthly.id}@2021-10-25",
            f"{monthly.id} tháng 10/2021",
        ),
    ]:
        await _written_for(player, repo, typed, unit, key, shown)


async def _written_for(player, repo, typed: str, unit: str, key: str, shown: str) -> None:
    """The admin's line is quoted back as written for `unit` (the task's form first, the
    month of an occurrence, its key `shown` after it) and the database holds it, ghi thay."""
    out = texts(await player.send(ADMIN, typed, name=BOSS))
    head = out[0].split("\n")[0]
    assert head.startswith("✅ Đã ghi: Mẫu số 0") and f" {shown} ({unit})" in head, (typed, out)
    change = repo.current(key, unit)
    assert (change.new, change.behalf) == ("hoan_thanh", BOSS), typed


async def test_an_officer_names_the_task_by_its_letter_among_its_own(player):
    """The same names from an officer: the letter's one task the officer's unit owes."""
    examples = Path(__file__).resolve().parents[2] / "examples"
    for line in [
        "@ 2021-08-03 09:00",
        f"{ADMIN} {BOSS} < {examples}/letter_2021-08.txt",
        f"{ADMIN} {BOSS} > [Công bố]",
    ]:
        await player.line(line)
    await register(player, 1005, "ham yen", "Hà Văn Em")
    monthly = next(t for t in services(player).province.tasks if t.form == "Mẫu số 02")
    out = texts(await player.send(1005, "/capnhat cv 512 dang lam"), 1005)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 9/2021 {monthly.id} tháng 9/2021 (UBND huyện Hàm Yên): "
        "Chưa bắt đầu → Đang thực hiện"
    ), out
    change = services(player).repo.current(f"{monthly.id}@2021-09-25", "UBND huyện Hàm Yên")
    assert (change.new, change.by, change.behalf) == ("dang_thuc_hien", 1005, None)
    out = texts(await player.send(1005, "/capnhat mau so 01 xong"), 1005)
    refused = f"UBND huyện Hàm Yên không phải nộp {form_task_id(player)}. Không có gì thay đổi."
    assert out == [refused]


def form_task_id(player) -> str:
    return next(t.id for t in services(player).province.tasks if t.form == "Mẫu số 01")


async def test_a_row_named_loosely_before_a_unit_is_offered_for_that_unit(player):
    """`/capnhat gpxd sxd xong`: the row by its words (offered, as free text is), the unit
    after it kept for the offer (it was dropped), written for the unit only on the press."""
    repo = services(player).repo
    await player.send(ADMIN, "/start", name=BOSS)
    out = await player.send(ADMIN, "/capnhat gplx so y te dang lam", name=BOSS)
    [text] = texts(out, ADMIN)
    assert "406-22" in text and "cho Sở Y tế (ghi thay)" in text, text
    assert repo.current("406-22", "Sở Y tế") is None  # nothing before the press
    out = texts(await player.send(ADMIN, "[Ghi 406-22 → Đang thực hiện?]", name=BOSS), ADMIN)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế)"), out
    change = repo.current("406-22", "Sở Y tế")
    assert (change.new, change.behalf) == ("dang_thuc_hien", BOSS)


async def test_a_form_two_letters_ask_for_gets_each_tasks_line_and_the_letter_decides(player):
    """Mẫu số 01 of two letters, both owed by Sở Y tế: nothing written, each task's exact line;
    the letter's number beside the form decides, and a unit owing one of them decides too."""
    root = Path(__file__).resolve().parents[2]
    for line in [
        "@ 2021-08-03 09:00",
        f"{ADMIN} {BOSS} < {root}/examples/letter_2021-08.txt",
        f"{ADMIN} {BOSS} > [Công bố]",
        "@ 2021-08-16 09:00",
        f"{ADMIN} {BOSS} < {root}/tests/data/letter_2021-09_quarterly.txt",
        f"{ADMIN} {BOSS} > [Công bố]",
    ]:
        await player.line(line)
    repo = services(player).repo
    first, second = sorted(t.id for t in services(player).province.tasks if t.form == "Mẫu số 01")
    out = texts(await player.send(ADMIN, "/capnhat mau so 01 so y te xong", name=BOSS))
    assert out == [
        f"«mau so 01» là tên của 2 nhiệm vụ. Gõ: /capnhat {first} Sở Y tế hoàn thành; "
        f"/capnhat {second} Sở Y tế hoàn thành. Không có gì thay đổi."
    ]
    assert repo.current(first, "Sở Y tế") is None and repo.current(second, "Sở Y tế") is None
    out = texts(await player.send(ADMIN, "/capnhat cv 701 mau so 01 so y te xong", name=BOSS))
    assert out[0].startswith(f"✅ Đã ghi: Mẫu số 01 {second} (Sở Y tế)"), out
    assert repo.current(second, "Sở Y tế").behalf == BOSS
    out = texts(await player.send(ADMIN, "/capnhat mau so 01 so tu phap xong", name=BOSS))
    assert out[0].startswith(f"✅ Đã ghi: Mẫu số 01 {first} (Sở Tư pháp)"), out
