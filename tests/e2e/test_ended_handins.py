"""`/nop` naming a task whose tracking the coordinator ended (u47 #1): it said "gửi tệp …" and
waited for a file, as for a task still owed. Now the officer hears that it ended, when and by
whom, nothing is awaited, and a file sent next is answered with the same line, never kept."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TASK = "tq-2021-08-20"  # Mẫu số 01, collected as a file
PDF = b"%PDF-1.4\n" + b"0" * 2000


async def test_a_hand_in_of_an_ended_task_is_refused_and_nothing_kept(player):
    services = player.app.bot_data["services"]
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1001, "Sở Y tế", "An")
    await player.line(f"{ADMIN} < {EXAMPLES}/letter_2021-08.txt")
    await player.line(f"{ADMIN} > [Công bố]")
    await player.line("@ 2021-08-10 09:00")
    # still tracked: the file is awaited
    assert "Gửi tệp" in texts(await player.send(1001, f"/nop {TASK}"), 1001)[0]
    await player.send(1001, "/huy")
    await player.send(ADMIN, f"/ketthuc {TASK}")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")

    for words in (TASK, "mau so 01"):
        (said,) = texts(await player.send(1001, f"/nop {words}"), 1001)
        assert said.startswith(f"⏹ {TASK} Mẫu số 01: Sở Thông tin và Truyền thông đã kết thúc")
        assert "từ 10/8/2021 — không phải nộp" in said and "Không có gì thay đổi" in said
        assert "Gửi tệp" not in said and "/molai" not in said  # the officer cannot reopen it
    # a file sent next is not kept for the ended task, nor marked sent; with the command as
    # its caption, refused the same way; with none, never offered for it
    (said,) = texts(await player.upload(1001, "bc_syt.pdf", PDF), 1001)
    assert "không được lưu" in said and "đã kết thúc theo dõi" in said
    await player.send(1001, "/nopbai")  # any message ends that wait
    calls = await player.upload(1001, "mau01_syt.pdf", PDF)
    labels = [label for c in calls if c["buttons"] for row in c["buttons"] for label in row]
    assert labels and not [x for x in labels if TASK in x], labels
    (said,) = texts(await player.upload(1001, "bc_syt.pdf", PDF, caption=f"/nop {TASK}"), 1001)
    assert said.startswith(f"⏹ {TASK} Mẫu số 01: Sở Thông tin và Truyền thông đã kết thúc")
    assert services.submissions.submissions(task=TASK) == []
    assert services.repo.current(TASK, "Sở Y tế") is None
    # the coordinator keeping a unit's file hears the same, with how to track it again
    (said,) = texts(await player.send(ADMIN, f"/nop {TASK} so y te"), ADMIN)
    assert "đã kết thúc theo dõi từ 10/8/2021" in said and f"/molai {TASK}" in said
    await player.upload(ADMIN, "bc_syt.pdf", PDF)
    assert services.submissions.submissions(task=TASK) == []
