"""What a new officer and the coordinator met trying a season through the demo, typed the way
people type, end to end through the real Application and the emulator; the database is
asserted after every write."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

BOSS = "Trần Điều Phối"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Sở Y tế's officer approved and the August 2021 letter (its "Mẫu số 01") published.
LETTER_PUBLISHED = f"""
        @ 2021-08-02 08:00
        1001 Lê Văn Cường > /dangky so y te
        {ADMIN} {BOSS} > /duyet 1001
        {ADMIN} < {EXAMPLES}/letter_2021-08.txt
        {ADMIN} > [Công bố]
        """


def services(player):
    return player.app.bot_data["services"]


async def play(player, script: str) -> list[dict]:
    calls: list[dict] = []
    for line in script.strip().splitlines():
        calls += await player.line(line)
    return calls


async def test_a_name_given_once_stays_and_an_old_button_can_still_be_pressed(player):
    """A script names a person on their first line only, as Telegram knows the name of an
    account; a person scrolls up and presses the status button of an earlier message."""
    calls = await play(
        player,
        """
        1001 Nguyễn Văn An > chao bot
        1001 > /dangky so xay dung
        """,
    )
    (request,) = [t for t in texts(calls, ADMIN) if t.startswith("Yêu cầu đăng ký")]
    assert "Nguyễn Văn An (id 1001)" in request
    await player.line(f"{ADMIN} {BOSS} > /duyet 1001")
    await play(
        player,
        """
        1001 > /capnhat 406-14
        1001 > /tiendo
        """,
    )
    assert services(player).repo.current("406-14", "Sở Xây dựng") is None
    # the /tiendo answer has a button of its own; the status buttons are one message up
    out = texts(await player.line("1001 > [Hoàn thành]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành")
    assert services(player).repo.current("406-14", "Sở Xây dựng").new == "hoan_thanh"


async def test_not_eligible_typed_short_is_read_and_asks_for_its_reason(player):
    """ "ko du dk": "không" shortened as officers type it on a phone."""
    await play(
        player,
        f"""
        1001 Nguyễn Văn An > /dangky so xay dung
        {ADMIN} {BOSS} > /duyet 1001
        """,
    )
    out = texts(await player.line("1001 > /capnhat 406-14 ko du dk"), 1001)
    assert "“Không đủ điều kiện” cho 406-14 cần lý do" in out[0], out
    out = texts(await player.line("1001 > chua co CSDL chuyen nganh"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Không đủ điều kiện")
    change = services(player).repo.current("406-14", "Sở Xây dựng")
    assert (change.new, change.note) == ("khong_du_dieu_kien", "chua co CSDL chuyen nganh")


async def test_a_letters_form_named_as_people_type_it_takes_the_file(player):
    """ "/nop mau 01" for a letter's "Mẫu số 01": the task waits for its file (it answered «Không
    có biểu «mau 01»», and the file sent next was refused as for no task)."""
    await play(
        player,
        LETTER_PUBLISHED,
    )
    for typed in ("mau 01", "mẫu 1", "Mau so 01"):
        out = texts(await player.line(f"1001 > /nop {typed}"), 1001)
        assert out[-1].startswith("Gửi tệp (.xlsx, .docx hoặc .pdf) của Sở Y tế"), (typed, out)
        assert "Mẫu số 01" in out[-1]
    out = texts(await player.line(f"1001 < {EXAMPLES}/mau01_so_y_te.pdf"), 1001)
    assert out[0].startswith("✅ Đã nhận tệp mau01_so_y_te.pdf"), out
    task = next(t for t in services(player).province.tasks if t.form == "Mẫu số 01")
    assert services(player).repo.current(task.id, "Sở Y tế").new == "hoan_thanh"


async def test_a_long_task_title_is_shortened_at_a_word_and_says_so(player):
    """The publish quote and the edit prompt cut a letter's titles at 100 and 120 characters
    in the middle of a word ("… (theo Mẫu s — hạn"), with nothing to say it was cut."""
    calls = await play(
        player,
        f"""
        @ 2021-08-02 08:00
        {ADMIN} {BOSS} < {EXAMPLES}/letter_2021-08.txt
        {ADMIN} > [Sửa 1]
        {ADMIN} > [Sửa hạn]
        """,
    )
    asked = texts(calls, ADMIN)[-1]
    head = asked.splitlines()[0]
    assert head.startswith("Nhiệm vụ 1: Rà soát, đánh giá") and head.endswith("…"), head
    assert len(head) <= len("Nhiệm vụ 1: ") + 121
    await player.line(f"{ADMIN} > /huy")
    out = texts(await player.line(f"{ADMIN} > [Công bố]"), ADMIN)[-1]
    first = next(line for line in out.splitlines() if line.startswith("• 📌"))
    title = first.split(" ", 3)[3].split(" — hạn ")[0]
    assert title.endswith("…") and len(title) <= 101, first
    # every word kept is a word of the title, whole
    words = "Rà soát, đánh giá mức độ an toàn thông tin của các hệ thống thông tin do đơn vị"
    assert title.startswith(words)
    full = (
        words + " quản lý; lập báo cáo kết quả rà soát (theo Mẫu số 01) gửi về Sở Thông tin và "
        "Truyền thông"
    )
    assert full.startswith(title[:-1]) and full[len(title) - 1] in " ,;", title


async def test_the_admin_approves_the_mornings_requests_in_one_command(player):
    """ "/duyet 1001 1002" answered "Cần id người dùng" although it gave two."""
    await play(
        player,
        """
        1001 Nguyễn Văn An > /dangky so xay dung
        1002 Lê Thị Bình > /dangky so y te
        1003 Phạm Văn Cường > /dangky stp
        """,
    )
    out = texts(await player.line(f"{ADMIN} {BOSS} > /duyet 1001, 1002"), ADMIN)
    assert out == ["Đã duyệt Nguyễn Văn An — Sở Xây dựng.", "Đã duyệt Lê Thị Bình — Sở Y tế."]
    officers = services(player).repo
    assert [officers.officer(u).state for u in (1001, 1002, 1003)] == [
        "approved",
        "approved",
        "pending",
    ]
    out = texts(await player.line(f"{ADMIN} > /tuchoi 1003 Sở Tư pháp"), ADMIN)
    assert out == ["Cần id người dùng, ví dụ /tuchoi 1001."]
    assert officers.officer(1003).state == "pending"


async def test_a_first_person_question_while_the_request_waits_says_it_waits(player):
    """ "bên em phải làm gì" after /dangky, before approval, answered "Tôi chưa biết bạn thuộc
    cơ quan nào. Gõ /dangky …" as to someone who never asked. It is answered for the unit asked
    to join, saying so and that the request waits (ux30 #10: the province's list was given)."""
    await player.line("1001 Nguyễn Văn An > /dangky so xay dung")
    out = texts(await player.line("1001 > ben em phai lam gi"), 1001)
    assert out[0].startswith(
        "ℹ️ Trả lời cho Sở Xây dựng — đơn vị bạn xin đăng ký (đang chờ duyệt).\n\nSở Xây dựng"
    )
    assert "Gõ /dangky" not in out[0] and "406-14" in out[0]
    # someone who never asked is still told how to register
    out = texts(await player.line("1002 > ben em phai lam gi"), 1002)
    assert out[0].startswith("Tôi chưa biết bạn thuộc cơ quan nào")


async def test_a_file_of_no_kind_the_bot_reads_is_told_in_the_senders_terms(player, tmp_path):
    """The coordinator's .exe was answered with the officers' line about forms ("Để nộp biểu:
    /baocao …"); an officer's letter was "không phải mẫu biểu", with no word of whose it is."""
    odd = tmp_path / "caidat.exe"
    odd.write_bytes(b"MZ\x90\x00")
    letter = tmp_path / "cv415.txt"
    letter.write_text("Kính gửi: Các Sở, ban, ngành\nV/v báo cáo\n", encoding="utf-8")
    out = texts(await player.line(f"{ADMIN} {BOSS} < {odd}"), ADMIN)
    assert out == [
        "Bot không đọc được loại tệp .exe. Bot đọc công văn (.docx, .pdf, .txt), bảng phân công "
        "(.xlsx, .csv, .tsv) và mẫu biểu đã điền (.xlsx). Không có gì được lưu."
    ]
    await play(
        player,
        f"""
        1001 Nguyễn Văn An > /dangky so xay dung
        {ADMIN} > /duyet 1001
        """,
    )
    out = texts(await player.line(f"1001 < {letter}"), 1001)
    assert "công văn và bảng phân công do quản trị viên (Sở TT&TT) gửi cho bot đọc" in out[0]
    assert services(player).letters.drafts() == []  # nothing read, nothing kept
    # the same file from the coordinator goes to the letter reader, which finds too few of a
    # letter's parts in it to keep a draft
    out = texts(await player.line(f"{ADMIN} < {letter}"), ADMIN)
    assert out[0].startswith("Tệp cv415.txt không phải công văn")
    assert services(player).letters.drafts() == []


async def test_a_group_follows_several_agencies_named_at_once(player):
    """ "/theodoi sxd, syt" followed Sở Xây dựng only, and said so, Sở Y tế dropped."""
    out = texts(await player.line(f"g-500 {ADMIN} {BOSS} > /theodoi sxd, syt"), -500)
    assert out[0].startswith("Nhóm sẽ nhận nhắc hạn của Sở Xây dựng, Sở Y tế"), out
    reminders = services(player).reminders
    assert sorted(reminders.followed(-500)) == ["Sở Xây dựng", "Sở Y tế"]
    # a name with a comma of its own is one agency; one already followed is said so
    out = texts(
        await player.line(f"g-500 {ADMIN} > /theodoi Sở Lao động, Thương binh và Xã hội"), -500
    )
    assert out[0].startswith("Nhóm sẽ nhận nhắc hạn của Sở Lao động, Thương binh và Xã hội")
    out = texts(await player.line(f"g-500 {ADMIN} > /theodoi syt; cong an tinh"), -500)
    assert out[0].startswith("Nhóm sẽ nhận nhắc hạn của Công an tỉnh vào các ngày làm việc.")
    assert "Nhóm đã theo dõi Sở Y tế rồi." in out[0]
    assert len(reminders.followed(-500)) == 4
    # a part the register does not read: nothing followed, and which part is said
    out = texts(await player.line(f"g-500 {ADMIN} > /theodoi so tu phap, so xyz"), -500)
    assert out == ["Không nhận ra cơ quan “so xyz” (đọc được: Sở Tư pháp). Không có gì thay đổi."]
    assert "Sở Tư pháp" not in reminders.followed(-500)
