"""The blind tester's round 18b (ux18b), on the tester's own letter (735/STTTT-CNTT, 6/9/2021,
tests/data/letter_2021-09_735.txt: a Mẫu số 01 report by 24/9/2021 from the Sở, ban, ngành and
Công an tỉnh, and the districts' monthly Mẫu số 02 from 9/2021), end to end through the real
Application and the emulator; the database asserted after every write."""

from __future__ import annotations

from pathlib import Path

from knowledge.rules.statuses import Status
from tests.botkit import ADMIN, texts
from tests.e2e.test_tryout_2023 import PDF, play, services

LETTER = Path(__file__).resolve().parents[1] / "data" / "letter_2021-09_735.txt"
ONE_OFF = "tq-2021-09-24"
MONTHLY = "tq-2021-09-28"
POLICE, HEALTH, HAM_YEN = "Công an tỉnh", "Sở Y tế", "UBND huyện Hàm Yên"


async def published(player) -> None:
    await play(
        player,
        f"""
        @ 2021-09-01 08:30
        1101 Lê Thị Hoa > /dangky so y te
        1102 Nguyễn Văn Bình > /dangky ham yen
        1103 Trần Quốc Cường > /dangky cong an tinh
        {ADMIN} Trần Điều Phối > /duyet 1101, 1102, 1103
        @ 2021-09-06 09:00
        """,
    )
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Trần Điều Phối")
    await play(player, f"{ADMIN} > [Công bố]")
    assert {ONE_OFF, MONTHLY} <= {t.id for t in services(player).province.tasks}


async def test_ghi_thay_in_words_offers_the_named_units_write_never_a_false_done(player):
    """ "ghi thay cong an tinh da nop mau so 01 ban giay" was answered "tq-2021-09-24 đã ở
    trạng thái Hoàn thành" while Công an tỉnh had sent nothing: the tasks the words fit were
    skipped as another unit's and the refusal named a status nobody had."""
    await published(player)
    await play(player, "@ 2021-09-22 09:00")
    repo = services(player).repo
    calls = await play(player, f"{ADMIN} > ghi thay cong an tinh da nop mau so 01 ban giay")
    out = texts(calls, ADMIN)
    assert "đã ở trạng thái" not in out[0], out
    assert POLICE in out[0] and ONE_OFF in out[0], out
    assert repo.current(ONE_OFF, POLICE) is None  # nothing before the press
    label = next(b for row in calls[-1]["buttons"] for b in row if ONE_OFF in b)
    out = texts(await play(player, f"{ADMIN} > [{label}]"), ADMIN)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 01 {ONE_OFF} ({POLICE}): Chưa bắt đầu → Hoàn thành"
    ), out
    assert "ghi thay Công an tỉnh" in out[0]
    change = repo.current(ONE_OFF, POLICE)
    assert change.new == "hoan_thanh" and change.behalf
    out = texts(await play(player, f"{ADMIN} > [Hoàn tác]"), ADMIN)
    assert out[0].startswith(
        f"↩️ Đã hoàn tác: Mẫu số 01 {ONE_OFF} ({POLICE}): Hoàn thành → Chưa bắt đầu"
    )
    assert repo.current(ONE_OFF, POLICE).new == "chua_bat_dau"


async def test_lichsu_of_a_monthly_tasks_id_shows_every_occurrence_newest_first(player):
    """`/lichsu tq-2021-09-28` said "chưa có cập nhật nào" after September and October were
    written: every write lands on an occurrence. A period alone in /capnhat names the one
    recurring task the unit owes; a unit that owes none is told so in one line."""
    await published(player)
    repo = services(player).repo
    await play(player, "@ 2021-09-27 08:30")
    out = texts(await play(player, "1102 > /capnhat tháng 9/2021 da nop"), 1102)
    sep, oct_ = f"{MONTHLY}@2021-09-28", f"{MONTHLY}@2021-10-28"
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 9/2021 {MONTHLY} tháng 9/2021 ({HAM_YEN}): Chưa bắt đầu "
        "→ Hoàn"
    ), out
    assert repo.current(sep, HAM_YEN).new == "hoan_thanh"
    await play(player, "@ 2021-10-20 08:30")
    await play(player, "1102 > /capnhat t10/2021 dang lam, dang tong hop")
    assert repo.current(oct_, HAM_YEN).new == "dang_thuc_hien"
    out = texts(await play(player, "1101 > /capnhat T9/2021 da nop"), 1101)
    assert out == [
        "«T9/2021» là một kỳ, nhưng không có nhiệm vụ định kỳ nào của Sở Y tế có kỳ này. Gõ mã "
        "nhiệm vụ trước kỳ, ví dụ /capnhat <mã nhiệm vụ> T9/2021 da nop. Không có gì thay đổi."
    ]
    # September rewritten five times more (ux37 #10): its first write was left out in silence
    now = player.clock.now()
    for i, status in enumerate(("dang_thuc_hien", "hoan_thanh") * 2 + ("dang_thuc_hien",)):
        repo.record(sep, HAM_YEN, Status(status), f"lần {i + 2}", 1102, now)
    for line in (f"{ADMIN} > /lichsu {MONTHLY}", "1102 > /lichsu mau 02"):
        [shown] = texts(await play(player, line), int(line.split()[0]))
        assert shown.startswith(
            f"Lịch sử {MONTHLY} — 2 kỳ có cập nhật: kỳ mới nhất trước, thay đổi trong mỗi kỳ "
            "theo thứ tự thời gian"
        ), shown
        october, september = (
            shown.index(f"{MONTHLY} tháng 10/2021"),
            shown.index(f"{MONTHLY} tháng 9/2021"),
        )
        assert october < september and "“dang tong hop”" in shown
        told = f"… 1 thay đổi cũ hơn không hiện ở đây: gõ /lichsu {MONTHLY} tháng 9/2021."
        assert told in shown and shown.index("“lần 2”") < shown.index("“lần 6”")
    # the command it names shows the September write left out, before the later ones
    [shown] = texts(await play(player, f"1102 > /lichsu {MONTHLY} tháng 9/2021"), 1102)
    assert "Chưa bắt đầu → Hoàn thành" in shown
    assert shown.index("Chưa bắt đầu") < shown.index("lần 2")


async def test_a_corrected_file_with_no_caption_is_offered_as_the_next_version(player):
    """A file sent with no caption when the unit owes none was refused "Chưa rõ tệp này nộp
    cho nhiệm vụ nào": the task it sent a file for lately is offered, kept only on the press."""
    await published(player)
    subs = services(player).submissions
    await play(player, "@ 2021-09-15 08:05")
    await player.upload(1101, "syt_mau01.pdf", PDF, name="Lê Thị Hoa")
    out = texts(await play(player, f"1101 > [Nộp: Mẫu số 01 ({ONE_OFF})]"), 1101)
    assert out[0].startswith("✅ Đã nhận tệp syt_mau01.pdf"), out
    await play(player, "@ 2021-10-04 08:00")
    # a corrected file: other bytes (the same bytes again are a double send, ux36 #7)
    calls = await player.upload(1101, "syt_bosung.pdf", PDF + b"\n%bo sung", name="Lê Thị Hoa")
    [offer] = texts(calls, 1101)
    # the task sent lately first; a document may also be a late 2021 dossier, offered after it
    assert offer.startswith("Nộp tệp syt_bosung.pdf cho nhiệm vụ nào?"), offer
    assert calls[-1]["buttons"] == [
        [f"Nộp: Mẫu số 01 ({ONE_OFF})"],
        ["Nộp: Biểu 02 (tq-2021-04-20)"],
        ["Nộp: Phụ lục I–IV (tq-2021-05-20)"],
    ]
    assert [s.version for s in subs.submissions(task=ONE_OFF, agency=HEALTH)] == [1]
    out = texts(await play(player, f"1101 > [Nộp: Mẫu số 01 ({ONE_OFF})]"), 1101)
    assert "lần nộp 2" in out[0], out
    [latest] = subs.submissions(task=ONE_OFF, agency=HEALTH)
    assert (latest.version, latest.file_name) == (2, "syt_bosung.pdf")


async def test_a_correction_keeps_no_particle_and_nham_file_tells_how_to_resend(player):
    """ "nhầm, 406-22 la vuong mac chu, chua co kinh phi" kept "chu," in the note; after an
    undone file, "nham file, gui lai" was "Tôi chưa hiểu câu hỏi này"."""
    await published(player)
    repo = services(player).repo
    await play(player, "@ 2021-09-08 10:00\n1101 > 406-22 dang lam\n1101 > [#1]")
    calls = await play(player, "1101 > nham, 406-22 la vuong mac chu, chua co kinh phi")
    out = texts(calls, 1101)
    assert "Ghi chú: chua co kinh phi\n" in out[0], out
    await play(player, "1101 > [#1]")
    change = repo.current("406-22", HEALTH)
    assert (change.new, change.note) == ("vuong_mac", "chua co kinh phi")
    await play(player, "@ 2021-09-27 08:00")
    await player.upload(1102, "hamyen_t9.pdf", PDF, name="Nguyễn Văn Bình")
    await play(player, "1102 > [#1]\n1102 > [Hoàn tác]")
    subs = services(player).submissions
    assert subs.submissions(task=f"{MONTHLY}@2021-09-28", agency=HAM_YEN) == []
    out = texts(await play(player, "1102 > nham file, gui lai"), 1102)
    assert out == [
        f"Gửi lại tệp cho {MONTHLY} tháng 9/2021: gửi tệp mới vào đây (hoặc gõ /nop {MONTHLY} "
        "tháng 9/2021 rồi gửi tệp). Lần nộp 1 (hamyen_t9.pdf) đã hoàn tác: chưa có tệp nào được "
        "tính."
    ]
    # the next file is that task's (ux30 #1), kept with its receipt
    out = texts(await player.upload(1102, "hamyen_t9_dung.pdf", PDF), 1102)
    assert out[0].startswith("✅ Đã nhận tệp hamyen_t9_dung.pdf"), out
    assert [
        s.file_name for s in subs.submissions(task=f"{MONTHLY}@2021-09-28", agency=HAM_YEN)
    ] == ["hamyen_t9_dung.pdf"]
