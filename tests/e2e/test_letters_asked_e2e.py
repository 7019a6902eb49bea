"""u46, through the emulator with the real Application, the database read after each step:
1. a letter asked about by its month, sender or as the newest ("văn bản tháng 4 của sở tttt",
   "công văn mới nhất") gets the letters that fit with their tasks, not a period's list of the
   sender's catalogue rows; a month no letter is dated in says so and lists the letters;
2. a seed letter's task is renamed by a sentence naming its id, pressed, told, listed in
   /congvan lichsu with its key and old → new title, and undone; its deadline by a sentence is
   /doihan's plan; its units by a sentence are one line saying why not and what instead;
3. /capnhat naming a monthly report's occurrence by its own date reads it as that occurrence;
   done said of a month not begun is never written: said, and the due month offered."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_letters_e2e import LETTER

SEED = "tq-2021-04-20"  # the seed letter of 4/2021's dossier (Biểu 02)
MONTHLY = "tq-2021-09-25"  # letter 512's monthly district report, from 9/2021
DISTRICT, UNIT = 1002, "UBND huyện Hàm Yên"


async def published(player) -> None:
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    out = texts(await player.send(ADMIN, "[Công bố]"), ADMIN)
    assert out[0].startswith("✅ Đã công bố"), out


async def test_letters_are_asked_about_by_month_sender_and_newest(player):
    await player.line("@ 2021-08-10 09:00")
    await register(player, 1001, "Sở Y tế", "Lê Thị Hoa")
    await published(player)

    [said] = texts(await player.send(1001, "van ban thang 4 cua so tttt"), 1001)
    assert "(tháng 4/2021) của Sở Thông tin và Truyền thông" in said, said
    assert SEED in said and "Việc của Sở Y tế" in said, said
    assert "Không có mục nào" not in said and "512/STTTT-CNTT" not in said, said

    # "có cv mới không" is the same question (ux37 #11), and so is "… chưa" (issue 20 #3):
    # no list of what the unit has not sent
    for asked in ("công văn mới nhất", "co cv moi ko a", "có cv mới chưa"):
        [said] = texts(await player.send(1001, asked), 1001)
        assert said.startswith("📨 Công văn số 512/STTTT-CNTT ngày 2/8/2021"), said
        assert "tq-2021-08-20" in said and SEED not in said, said

    # a letter's text forwarded (ux37 #9): no question; the task in force it names, by its id
    page = LETTER.with_suffix(".txt").read_text(encoding="utf-8")
    forwarded = "Fwd: " + page[page.index("Kính gửi") : page.index("2. UBND")]
    [said] = texts(await player.send(1001, forwarded), 1001)
    assert said.startswith("📄 Tin nhắn này giống nội dung một công văn"), said
    assert "📌 tq-2021-08-20 Mẫu số 01" in said, said
    # pasted by the coordinator: the letter's file makes the draft, nothing is read from it
    [said] = texts(await player.send(ADMIN, page), ADMIN)
    assert "gửi công văn dưới dạng tệp (.docx, .pdf hoặc .txt)" in said, said

    [said] = texts(await player.send(1001, "cv thang 7 yeu cau gi"), 1001)
    assert said.startswith("Không có công văn nào đang theo dõi (tháng 7/2021)."), said
    assert "(tháng 4/2021)" in said and "512/STTTT-CNTT" in said, said
    assert player.app.bot_data["services"].repo.current(SEED, "Sở Y tế") is None


async def test_a_seed_task_is_renamed_by_a_sentence_listed_and_undone(player):
    await player.line("@ 2021-04-13 09:00")
    await register(player, 1001, "Sở Y tế", "Lê Thị Hoa")
    services = player.app.bot_data["services"]
    was = services.province.task_at(SEED)[0].title
    new = "Hồ sơ đăng ký DVCTT"

    calls = await player.send(ADMIN, f"sua ten {SEED} thanh {new}")
    [shown] = texts(calls, ADMIN)
    assert shown.startswith(f"Đổi tên nhiệm vụ\n📌 {SEED}") and f"Tên mới: {new}" in shown
    assert services.letters.renamed() == {} and services.letters.in_force_number() == 0

    said = texts(await player.send(ADMIN, "[✏️ Đổi tên]"), ADMIN)[-1]
    assert said.startswith("✅ Đã đổi tên nhiệm vụ (phiên bản 1)"), said
    assert services.letters.renamed() == {SEED: (new, was)}
    assert services.province.task_at(SEED)[0].title == new
    [told] = [t for t in texts(player.emulator.calls, 1001) if "Đổi tên nhiệm vụ" in t]
    assert SEED in told and f"Tên mới: {new}" in told, told

    await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert services.letters.renamed() == {} and services.letters.in_force_number() == 2
    assert services.province.task_at(SEED)[0].title == was
    [history] = texts(await player.send(ADMIN, "/congvan lichsu"), ADMIN)
    line = next(x for x in history.splitlines() if x.startswith("1 · "))
    assert f"đổi tên nhiệm vụ {SEED}: «{was[:40]}" in line and f"→ «{new}»" in line, history

    # the deadline by a sentence: /doihan's plan, nothing moved before its press
    [plan] = texts(await player.send(ADMIN, f"doi han {SEED} thanh 30/4/2021"), ADMIN)
    assert plan.startswith("Đổi hạn nhiệm vụ") and "20/4/2021 → 30/4/2021" in plan, plan
    assert services.province.task_at(SEED)[0].due.isoformat() == "2021-04-20"
    # its units: why not, and what the coordinator may do instead; nothing changed
    [why] = texts(await player.send(ADMIN, f"đổi đơn vị {SEED} thành Sở Y tế"), ADMIN)
    assert "công văn khởi tạo" in why and f"/ketthuc {SEED}" in why, why
    assert services.letters.in_force_number() == 2


async def test_capnhat_names_an_occurrence_by_its_date_and_not_a_month_ahead(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, DISTRICT, UNIT, "Lê Thị Bình")
    await published(player)
    repo = player.app.bot_data["services"].repo
    # the task's own id, before its first month: that first occurrence, not begun, not written
    out = texts(await player.send(DISTRICT, f"/capnhat {MONTHLY} đã nộp"), DISTRICT)
    assert out == [
        f"{MONTHLY} tháng 9/2021: kỳ tháng 9/2021 chưa bắt đầu (từ 1/9/2021), chưa ghi. "
        "Không có gì thay đổi."
    ], out
    assert repo.current(f"{MONTHLY}@2021-09-25", UNIT) is None
    await player.line("@ 2021-10-20 09:00")

    out = texts(await player.send(DISTRICT, "/capnhat tq-2021-10-25 đang làm"), DISTRICT)
    assert out[0].startswith(f"✅ Đã ghi: Mẫu số 02 — tháng 10/2021 {MONTHLY} tháng 10/2021"), out
    assert repo.current(f"{MONTHLY}@2021-10-25", UNIT).new == "dang_thuc_hien"

    calls = await player.send(DISTRICT, "/capnhat tq-2021-11-25 đã nộp")
    [said] = texts(calls, DISTRICT)
    assert said.startswith(f"{MONTHLY} tháng 11/2021: kỳ tháng 11/2021 chưa bắt đầu"), said
    assert repo.current(f"{MONTHLY}@2021-11-25", UNIT) is None
    assert repo.current(f"{MONTHLY}@2021-10-25", UNIT).new == "dang_thuc_hien"
    [[label]] = calls[-1]["buttons"]
    assert f"{MONTHLY} tháng 10/2021" in label, label

    out = texts(await player.send(DISTRICT, f"[{label}]"), DISTRICT)
    assert out[0].startswith("✅ Đã ghi") and "25 tháng 10/2021" in out[0], out
    assert repo.current(f"{MONTHLY}@2021-10-25", UNIT).new == "hoan_thanh"
    assert repo.current(f"{MONTHLY}@2021-11-25", UNIT) is None
