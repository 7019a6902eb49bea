"""Tasks named the way officers name them, found walking the chat after a 2022 letter was
published (tests/data/letter_2022-03.txt, 415/STTTT-CNTT: the districts' own "Biểu số 02" by
31/3/2022, the Sở, ban, ngành's "Mẫu số 03" by 15/4/2022): a form two letters ask for, a letter
by its number, a status stated about a form, and `/nop` by a task's words. End to end through
the real Application and the emulator; the database is checked after every write."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts
from tests.e2e.test_tryout import BOSS, EXAMPLES, LETTER_PUBLISHED, play, services

LETTER_2022 = Path(__file__).resolve().parents[1] / "data" / "letter_2022-03.txt"
DISTRICT = "UBND huyện Hàm Yên"
# a district's officer (1002) and Sở Y tế's (1003) approved, the 2022 letter published
PUBLISHED_2022 = f"""
        @ 2022-03-14 08:00
        1002 Lê Thị Bình > /dangky ubnd huyen ham yen
        {ADMIN} {BOSS} > /duyet 1002
        1003 Hà Văn Cư > /dangky so y te
        {ADMIN} > /duyet 1003
        {ADMIN} < {LETTER_2022}
        {ADMIN} > [Công bố]
        """


def buttons(calls, chat):
    return [
        label for c in calls if c["chat_id"] == chat for row in c["buttons"] or [] for label in row
    ]


async def test_a_form_two_letters_ask_for_answers_the_askers_own(player):
    """ "bieu so 02 nop khi nao" gave a district the 2021 dossier it does not owe."""
    await play(player, PUBLISHED_2022)
    out = texts(await player.line("1002 > bieu so 02 nop khi nao"), 1002)
    assert out[0].startswith("📌 Rà soát các thủ tục hành chính cấp huyện"), out
    assert "(tq-2022-03-31)" in out[0] and "UBND huyện Hàm Yên: thuộc đối tượng phải" in out[0]
    out = texts(await player.line("1003 > bieu 02 han khi nao a"), 1003)
    assert "(tq-2021-04-20)" in out[0] and "Sở Y tế: thuộc đối tượng phải thực hiện" in out[0]
    # June: both dates past and the coordinator owes neither: a question back, with buttons
    await player.line("@ 2022-06-14 08:00")
    calls = await player.line(f"{ADMIN} > bieu so 02 nop khi nao")
    assert texts(calls, ADMIN)[-1].startswith("Câu hỏi khớp 2 nhiệm vụ. Có phải bạn hỏi…")
    labels = buttons(calls, ADMIN)
    assert [label.split(" · ")[0] for label in labels] == ["tq-2021-04-20", "tq-2022-03-31"]
    out = texts(await player.line(f"{ADMIN} > [#2]"), ADMIN)
    assert (
        out[0].startswith("📌 Rà soát các thủ tục hành chính cấp huyện") and "31/3/2022" in out[0]
    )


async def test_a_letter_named_by_its_number_lists_its_tasks_and_the_units_standing(player):
    await play(player, PUBLISHED_2022)
    out = texts(await player.line("1002 > cv 415 nop gi"), 1002)
    assert out[0].startswith("📨 Công văn số 415/STTTT-CNTT ngày 10/3/2022"), out
    mine = out[0].split("Việc của UBND huyện Hàm Yên")[1].split("Nhiệm vụ khác")[0]
    assert "tq-2022-03-31" in mine and "▫️ chưa nộp" in mine and "tq-2022-04-15" not in mine
    await player.line("1002 > /capnhat tq-2022-03-31 da nop")
    assert services(player).repo.current("tq-2022-03-31", DISTRICT).new == "hoan_thanh"
    out = texts(await player.line("1002 > công văn 415/STTTT-CNTT yêu cầu gửi gì"), 1002)
    assert "✅ đã nộp" in out[0].split("Nhiệm vụ khác")[0]
    # a number no letter in force has is not read as one
    out = texts(await player.line("1003 > cv 999 nop gi"), 1003)
    assert not out[0].startswith("📨")


async def test_a_form_stated_sent_offers_the_write_and_writes_only_on_the_press(player):
    """ "ben em nop bieu 02 roi", typed without replying to anything, was answered as a
    question about the 2021 dossier."""
    await play(player, PUBLISHED_2022)
    repo = services(player).repo
    calls = await player.line("1002 > ben em nop bieu 02 roi")
    assert texts(calls, 1002)[0].startswith(
        "Bạn muốn ghi Biểu số 02 tq-2022-03-31 → Hoàn thành, tức là"
    )
    assert buttons(calls, 1002) == ["Đã gửi ngoài bot: ghi tq-2022-03-31 → Hoàn thành"]
    assert repo.current("tq-2022-03-31", DISTRICT) is None  # nothing written before the press
    out = texts(
        await player.line("1002 > [Đã gửi ngoài bot: ghi tq-2022-03-31 → Hoàn thành]"), 1002
    )
    assert out[0].startswith(
        "✅ Đã ghi: Biểu số 02 tq-2022-03-31 (UBND huyện Hàm Yên): Chưa bắt đầu → "
    )
    assert repo.current("tq-2022-03-31", DISTRICT).new == "hoan_thanh"
    # Sở Y tế's "phụ lục": its own Phụ lục I–IV task; another message lapses the offer
    out = texts(await player.line("1003 > đã gửi phụ lục rồi"), 1003)
    assert out[0].startswith("Bạn muốn ghi Phụ lục I–IV tq-2021-05-20 → Hoàn thành, tức là")
    await player.line("1003 > /tiendo")
    await player.line("1003 > [Đã gửi ngoài bot: ghi tq-2021-05-20 → Hoàn thành]")
    assert repo.current("tq-2021-05-20", "Sở Y tế") is None
    # June: "báo cáo" fits two reports Sở Y tế owes, both late: asked which, one button each,
    # nothing written before a press; the press writes that one only
    await player.line("@ 2022-06-14 08:00")
    calls = await player.line("1003 > da gui bao cao roi")
    out = texts(calls, 1003)
    assert out[-1].startswith("Câu này khớp 2 nhiệm vụ. Mục nào đã Hoàn thành?")
    assert buttons(calls, 1003) == [  # the most recently due first (ux14b item 4)
        "Ghi tq-2022-04-15 → Hoàn thành",
        "Ghi tq-2021-05-20 → Hoàn thành",
    ]
    assert [c.key for c in repo.history()] == ["tq-2022-03-31"]
    out = texts(await player.line("1003 > [Ghi tq-2022-04-15 → Hoàn thành]"), 1003)
    assert out[0].startswith("✅ Đã ghi: Mẫu số 03 tq-2022-04-15")
    assert repo.current("tq-2022-04-15", "Sở Y tế").new == "hoan_thanh"
    assert repo.current("tq-2021-05-20", "Sở Y tế") is None


async def test_nop_finds_the_task_by_its_words_and_offers_a_choice_as_buttons(player):
    """ "/nop bao cao thang 8", "/nop ho so de xuat" answered «Không có biểu …»."""
    await play(player, LETTER_PUBLISHED)
    out = texts(await player.line("1001 > /nop bao cao thang 8"), 1001)
    assert out[-1].startswith("Gửi tệp (.xlsx, .docx hoặc .pdf) của Sở Y tế cho nhiệm vụ:")
    assert "tq-2021-08-20" in out[-1]
    out = texts(await player.line(f"1001 < {EXAMPLES}/mau01_so_y_te.pdf"), 1001)
    assert out[0].startswith("✅ Đã nhận tệp mau01_so_y_te.pdf"), out
    assert services(player).repo.current("tq-2021-08-20", "Sở Y tế").new == "hoan_thanh"
    (sent,) = [s for s in services(player).submissions.submissions() if s.agency == "Sở Y tế"]
    assert (sent.task, sent.form) == ("tq-2021-08-20", "tep")
    # the seed dossier by its words: its BIỂU 02, filled from the unit's proposals
    out = texts(await player.line("1001 > /nop ho so de xuat"), 1001)
    assert out[0].startswith("Sở Y tế chưa có đề xuất nào trong bot cho tq-2021-04-20 (Biểu 02).")
    # a task of four forms: a button each; pressed, that form is filled in the chat
    calls = await player.line("1001 > /nop danh sach ra soat")
    assert texts(calls, 1001)[-1].startswith("Nhiệm vụ này có nhiều biểu mẫu. Nộp biểu nào?")
    assert buttons(calls, 1001) == ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"]
    out = texts(await player.line("1001 > [Phụ lục I]"), 1001)
    assert out[-1].startswith("(1/3) Phụ lục I"), out
    await player.line("1001 > /huy")
    # in August "báo cáo" is the report due on 20/8; after it, two of Sở Y tế's tasks fit as
    # well and both are past: one button a task, nothing started
    await player.line("@ 2021-08-25 08:00")
    calls = await player.line("1001 > /nop bao cao")
    assert "khớp 2 nhiệm vụ. Nộp cho nhiệm vụ nào?" in texts(calls, 1001)[-1]
    keys = [label.split(" · ")[0] for label in buttons(calls, 1001)]
    assert keys == ["tq-2021-05-20", "tq-2021-08-20"]
    out = texts(await player.line("1001 > [#2]"), 1001)
    assert out[-1].startswith("Gửi tệp (.xlsx, .docx hoặc .pdf) của Sở Y tế cho nhiệm vụ:")
    assert len(services(player).submissions.submissions()) == 1  # nothing more kept yet


async def test_one_form_of_several_said_sent_names_that_form_and_not_the_task(player):
    """ "đã gửi phụ lục 3 rồi" offered to mark the whole Phụ lục I–IV task sent."""
    await play(
        player,
        f"""
        @ 2021-05-12 08:00
        1003 Hà Văn Cư > /dangky so y te
        {ADMIN} {BOSS} > /duyet 1003
        """,
    )
    repo = services(player).repo
    for typed in ("đã gửi phụ lục 3 rồi", "da gui pl3 roi a", "bên em nộp PL III rồi"):
        calls = await player.line(f"1003 > {typed}")
        assert texts(calls, 1003) == [
            "Phụ lục III là một trong các biểu của tq-2021-05-20 (Phụ lục I–IV); nhiệm vụ chỉ "
            "xong khi đủ cả. Nộp Phụ lục III qua bot: /nop pl3.\nNếu đơn vị đã gửi đủ Phụ lục "
            "I–IV, bấm nút để ghi cả nhiệm vụ → Hoàn thành; không bấm thì không có gì thay đổi."
        ], typed
        assert buttons(calls, 1003) == ["Đã gửi đủ Phụ lục I–IV: ghi tq-2021-05-20 → Hoàn thành"]
    assert repo.current("tq-2021-05-20", "Sở Y tế") is None  # nothing written before the press
    # the officer confirms every form was sent: then the task, and only then
    out = texts(
        await player.line("1003 > [Đã gửi đủ Phụ lục I–IV: ghi tq-2021-05-20 → Hoàn thành]"), 1003
    )
    assert out[0].startswith(
        "✅ Đã ghi: Phụ lục I–IV tq-2021-05-20 (Sở Y tế): Chưa bắt đầu → Hoàn thành"
    )
    assert repo.current("tq-2021-05-20", "Sở Y tế").new == "hoan_thanh"
