"""f18b item 3 through the real Application: a district's monthly report (Mẫu số 02, on the
25th from September 2021) is shown in /tiendo, /quahan, /nopbai and the reminders by its title
and month with its short key ("tq-2021-09-25 tháng 10/2021"), never the raw id; the short key, the
month without its year, the raw id and free text with the short key all write that occurrence
(the database asserted after each write); the buttons' data stay within Telegram's 64 bytes
(the emulator refuses more)."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_letters_e2e import LETTER, XLSX

DISTRICT, UNIT = 1002, "UBND huyện Hàm Yên"
MONTHLY = "tq-2021-09-25"
RAW = f"{MONTHLY}@20"  # the start of any raw occurrence key of the task


def shown_raw(calls) -> list[str]:
    """What the bot said or labelled with a raw occurrence key, or any refusal."""
    said = [c.get("text") or "" for c in calls]
    said += [b for c in calls for row in (c.get("buttons") or []) for b in row]
    assert not [c["error"] for c in calls if c["error"]], calls
    return [s for s in said if RAW in s]


async def test_an_occurrence_is_shown_by_its_month_and_written_by_its_short_key(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, DISTRICT, UNIT, "Lê Thị Bình")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "[Công bố]")
    repo = player.app.bot_data["services"].repo

    # the reminders before 25/10 and the views: the title and the month, the short key
    # (down until then: one start's catch-up, not the 60 working days' ticks of a clock line)
    calls = await player.line("! restart @ 2021-10-26 08:00")
    assert not shown_raw(calls)
    reminder = next(t for t in texts(calls, DISTRICT) if t.startswith("⏰ Nhắc hạn"))
    assert f"{MONTHLY} tháng 10/2021 Mẫu số 02" in reminder and "— tháng 10/2021" in reminder
    assert f"/capnhat {MONTHLY} tháng 9/2021 đã nộp" in reminder or (
        f"/capnhat {MONTHLY} tháng 10/2021 đã nộp" in reminder
    )
    for command in ("/tiendo", "/quahan", "/nopbai"):
        calls = await player.send(DISTRICT, command)
        assert not shown_raw(calls), command
        said = texts(calls, DISTRICT)[0]
        assert f"{MONTHLY} tháng 9/2021" in said and f"{MONTHLY} tháng 10/2021" in said, command
    late = texts(await player.send(DISTRICT, "/quahan"), DISTRICT)[0]
    assert f"• 📌 {MONTHLY} tháng 9/2021 Mẫu số 02 — tháng 9/2021 — hạn 25/9/2021" in late

    # /capnhat with the short key, the month alone, and the raw id: each its own occurrence
    out = texts(await player.send(DISTRICT, f"/capnhat {MONTHLY} tháng 9/2021 đã nộp"), DISTRICT)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 9/2021 {MONTHLY} tháng 9/2021 ({UNIT})"
    ), out
    assert repo.current(f"{MONTHLY}@2021-09-25", UNIT).new == "hoan_thanh"
    assert repo.current(f"{MONTHLY}@2021-10-25", UNIT) is None
    out = texts(await player.send(DISTRICT, f"/capnhat {MONTHLY} t10 đã nộp"), DISTRICT)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 10/2021 {MONTHLY} tháng 10/2021 ({UNIT})"
    ), out
    assert repo.current(f"{MONTHLY}@2021-10-25", UNIT).new == "hoan_thanh"
    out = texts(await player.send(DISTRICT, f"/capnhat {MONTHLY}@2021-11-25 đang làm"), DISTRICT)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 11/2021 {MONTHLY} tháng 11/2021 ({UNIT})"
    ), out
    assert repo.current(f"{MONTHLY}@2021-11-25", UNIT).new == "dang_thuc_hien"

    # December not begun on 26/10: done is refused, nothing offered nor written
    calls = await player.send(DISTRICT, f"{MONTHLY} tháng 12/2021 xong rồi")
    assert "chưa bắt đầu" in texts(calls, DISTRICT)[0] and not calls[-1].get("buttons")
    assert repo.current(f"{MONTHLY}@2021-12-25", UNIT) is None
    # free text with the short key: one button, nothing written before the press
    await player.line("@ 2021-12-01 08:00")
    calls = await player.send(DISTRICT, f"{MONTHLY} tháng 12/2021 xong rồi")
    assert not shown_raw(calls)
    assert repo.current(f"{MONTHLY}@2021-12-25", UNIT) is None
    [[label]] = calls[-1]["buttons"]
    assert f"{MONTHLY} tháng 12/2021" in label
    out = texts(await player.send(DISTRICT, f"[{label}]"), DISTRICT)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 12/2021 {MONTHLY} tháng 12/2021 ({UNIT})"
    ), out
    assert repo.current(f"{MONTHLY}@2021-12-25", UNIT).new == "hoan_thanh"

    # /nop with the short key, then the file: kept for that occurrence
    calls = await player.send(DISTRICT, f"/nop {MONTHLY} tháng 11/2021")
    assert not shown_raw(calls)
    assert f"{MONTHLY} tháng 11/2021" in texts(calls, DISTRICT)[0]
    out = texts(await player.upload(DISTRICT, "t11.xlsx", XLSX), DISTRICT)
    assert out[0].startswith("✅ Đã nhận tệp t11.xlsx") and f"{MONTHLY} tháng 11/2021" in out[0]
    sent = player.app.bot_data["services"].submissions.submissions(agency=UNIT)
    assert [(s.task, s.file_name) for s in sent] == [(f"{MONTHLY}@2021-11-25", "t11.xlsx")]
    assert repo.current(f"{MONTHLY}@2021-11-25", UNIT).new == "hoan_thanh"

    # /lichsu by the short key; the coordinator's /quahan tinh and /nopbai tinh
    out = texts(await player.send(DISTRICT, f"/lichsu {MONTHLY} tháng 11/2021"), DISTRICT)
    assert out[0].startswith(f"Lịch sử {MONTHLY} tháng 11/2021") and "Đang thực hiện" in out[0]
    for command in ("/quahan tinh", "/nopbai tinh"):
        calls = await player.send(ADMIN, command)
        assert not shown_raw(calls), command
