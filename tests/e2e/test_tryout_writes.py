"""What officers and the coordinator tried, replayed end to end: writes named loosely or two at
once, a one-row patch, a reply to a reminder, /giao on a task, a file too big, a status said right
after a write."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_tryout import BOSS, LETTER_PUBLISHED, play, services


async def test_capnhat_with_a_row_named_loosely_offers_the_write_for_a_press(player):
    """ "/capnhat gpxd xong" only explained the form, although free text "gpxd xong" offers the
    write; now the same offer, and nothing written before the press."""
    await play(
        player,
        f"""
        1001 Nguyễn Văn An > /dangky so xay dung
        {ADMIN} {BOSS} > /duyet 1001
        """,
    )
    calls = await player.line("1001 > /capnhat gpxd xong roi a")
    assert texts(calls, 1001)[0].startswith(
        "Bạn muốn ghi 406-14 (Cấp giấy phép xây dựng nhà ở riêng lẻ) → Hoàn thành?"
    )
    assert [b for c in calls for b in c["buttons"] or []] == [["Ghi 406-14 → Hoàn thành?"]]
    assert services(player).repo.current("406-14", "Sở Xây dựng") is None
    out = texts(await player.line("1001 > [Ghi 406-14 → Hoàn thành?]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành")
    assert services(player).repo.current("406-14", "Sở Xây dựng").new == "hoan_thanh"
    # a row of another agency, or no row at all: the form explained, nothing offered
    for line in ("/capnhat giay phep lai xe xong", "/capnhat abc xong"):
        out = texts(await player.line(f"1001 > {line}"), 1001)
        assert out[0].startswith("Cú pháp: /capnhat"), (line, out)
    assert [c.key for c in services(player).repo.history()] == ["406-14"]


async def test_two_rows_in_one_capnhat_are_offered_both(player):
    """ "/capnhat 406-14 406-15 xong" offered 406-14's status buttons ("Chưa rõ trạng thái")
    and said nothing of 406-15; then each was refused ("Mỗi lần một mục"). A list of whole
    keys is offered row by row, one press for all (ux26 #6); nothing before a press."""
    await play(
        player,
        f"""
        1001 Nguyễn Văn An > /dangky so xay dung
        {ADMIN} {BOSS} > /duyet 1001
        """,
    )
    for line in ("/capnhat 406-14 406-15 xong", "/capnhat 406-14 va 406-15 xong"):
        calls = await player.line(f"1001 > {line}")
        [said] = texts(calls, 1001)
        assert said.startswith("Tin nhắn nêu 2 mục.") and "• 406-14 (" in said, said
        assert [c["buttons"] for c in calls if c["buttons"]] == [
            [
                ["Ghi 406-14 → Hoàn thành"],
                ["Ghi 406-15 → Hoàn thành"],
                ["✅ Ghi cả 2 → Hoàn thành"],
            ]
        ]
    assert services(player).repo.history() == []


async def test_a_one_row_patch_shows_what_merging_it_changes_first(player, tmp_path):
    """A one-row file uploaded in chat was answered with the whole-table difference: two
    messages listing every other agency's rows as dropped, the merge's effect in the last
    line. Now what "Áp dụng các dòng này" changes, then the whole-table apply in a line."""
    patch = tmp_path / "sua_406-14.csv"
    patch.write_text(
        "Mục,Chủ trì,Phối hợp,Thời hạn\n406-14,Sở Xây dựng,Sở TN&MT,Tháng 9/2021\n",
        encoding="utf-8",
    )
    calls = await player.line(f"{ADMIN} {BOSS} < {patch}")
    out = texts(calls, ADMIN)
    assert len(out) == 1, out
    lines = out[0].splitlines()
    assert lines[0].startswith("Tệp sua_406-14.csv, các dòng trong tệp ghép vào bảng: 43 mục.")
    assert lines[1] == "thêm 0, bỏ 0, đổi 1, giữ nguyên 42."
    # the row's whole change in one line: a coordinator gained beside the deadline moved
    assert (
        "  đổi 406-14: phối hợp — → Sở Tài nguyên và Môi trường; hạn Tháng 5/2021 → Tháng 9/2021"
        in lines
    )
    assert "  thêm: 406-14 (phối hợp)" in lines  # Sở Tài nguyên và Môi trường
    assert not [line for line in lines if line.startswith("  bỏ:")]
    assert lines[-1].startswith("⚠️ Bảng mới thiếu 42 mục đang có: “Thay cả bảng, bỏ 42 mục…” dùng")
    assert lines[-1].endswith("và 30 mục nữa (bot hỏi lại trước khi bỏ).")
    assert [c["buttons"] for c in calls if c["buttons"]] == [
        [["Áp dụng các dòng này"], ["Thay cả bảng, bỏ 42 mục…"]]
    ]
    await player.line(f"{ADMIN} > [Áp dụng các dòng này]")
    assignments = services(player).province.assignments
    assert assignments["406-14"].coordinate == ("Sở Tài nguyên và Môi trường",)
    assert len(assignments) == 43 and assignments["406-22"].lead == (
        "Sở Giao thông vận tải",
        "Sở Y tế",
    )


async def test_a_reply_to_a_reminder_is_about_what_it_reminds(player):
    """ "đã nộp rồi ạ" in reply to the reminder of the 20/4 dossier answered "Tôi chưa hiểu câu
    hỏi này". Now the write of that task is offered for a press; a reminder of several rows
    offers each (tests/e2e/test_reminder_replies.py)."""
    await play(
        player,
        f"""
        @ 2021-04-13 07:00
        1001 Nguyễn Văn An > /dangky so xay dung
        {ADMIN} {BOSS} > /duyet 1001
        @ 2021-04-16 08:05
        """,
    )
    calls = await player.line("1001 >> đã nộp rồi ạ")
    assert texts(calls, 1001)[0].startswith(
        "Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành, tức là"
    )
    assert services(player).repo.current("tq-2021-04-20", "Sở Xây dựng") is None
    await player.line("1001 > [Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    assert services(player).repo.current("tq-2021-04-20", "Sở Xây dựng").new == "hoan_thanh"
    # 2/6: the reminder names tq-2021-05-20, 406-14 and 406-15
    await player.line("@ 2021-06-02 08:05")
    calls = await player.line("1001 >> xong roi")
    assert texts(calls, 1001)[0].startswith("Tin nhắn bạn trả lời nhắc 3 mục. Mục nào đã Hoàn")
    # the most recently due first: 31/5, then 20/5 (ux14b item 4)
    assert [row for c in calls if c["buttons"] for row in c["buttons"]] == [
        ["Ghi 406-14 → Hoàn thành"],
        ["Ghi 406-15 → Hoàn thành"],
        ["Ghi tq-2021-05-20 → Hoàn thành"],
    ]
    out = texts(await player.line("1001 >> 406-15 dang lam"), 1001)
    assert out[0].startswith("Bạn muốn ghi 406-15 (") and "→ Đang thực hiện?" in out[0]
    # a question in reply is still answered as a question
    out = texts(await player.line("1001 >> gpxd han khi nao"), 1001)
    assert out[0].startswith("406-14 · Cấp giấy phép xây dựng nhà ở riêng lẻ")
    assert [c.key for c in services(player).repo.history()] == ["tq-2021-04-20"]


async def test_giao_on_a_task_says_it_edits_the_table_rows_only(player):
    """ "/giao tq-2021-04-20 han 25/4" answered that "25/4" did not read, as if a full date
    would have done; a task is no row of the assignment table."""
    for line in ("/giao tq-2021-04-20 han 25/4", "/giao 20/4 han 30/4/2021"):
        out = texts(await player.line(f"{ADMIN} {BOSS} > {line}"), ADMIN)
        assert out == [
            "tq-2021-04-20 là nhiệm vụ của công văn, không phải một mục của bảng phân công: "
            "/giao chỉ sửa các mục 406/411 (chủ trì, phối hợp, hạn). Không có gì thay đổi."
        ], (line, out)
    assert services(player).tables.load("tuyen-quang") is None  # no version applied
    out = texts(await player.line(f"{ADMIN} > /giao 406-14 han thang 9/2021"), ADMIN)
    assert out[0].startswith("Sửa mục 406-14 trong bảng phân công đang dùng")


async def test_a_file_too_big_is_said_so_before_asking_which_task_it_is_for(player, tmp_path):
    """A 12 MB PDF sent without naming its task was told to be sent again with "/nop <mã>" as
    its caption, and only then refused for its size."""
    big = tmp_path / "bao_cao.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (12 * 1024 * 1024))
    await play(
        player,
        LETTER_PUBLISHED,
    )
    calls = await player.line(f"1001 < {big}")
    assert texts(calls, 1001) == ["Tệp bao_cao.pdf quá lớn (tối đa 10 MB). Không có gì được lưu."]
    assert not [c for c in calls if c["method"] == "getFile"]  # not even downloaded
    # within bounds, not named: offered (Sở Y tế's file, its late dossiers), kept on a press
    small = tmp_path / "bao_cao_nho.pdf"
    small.write_bytes(b"%PDF-1.4\n")
    out = texts(await player.line(f"1001 < {small}"), 1001)
    assert out[0].startswith("Nộp tệp bao_cao_nho.pdf cho nhiệm vụ nào? Đơn vị đang phải nộp 3")
    assert services(player).submissions.submissions() == []


async def test_a_status_said_alone_right_after_a_write_is_about_that_row(player):
    """ "xong rồi" typed right after `/capnhat 406-14 đang làm` answered with the agency's
    overview, as if asked "Sở Xây dựng"; now the row just written is offered (nothing written
    before the press). Once the undo's window is over, which row is asked instead."""
    await play(
        player,
        f"""
        @ 2021-04-13 08:00
        1001 Nguyễn Văn An > /dangky so xay dung
        {ADMIN} {BOSS} > /duyet 1001
        1001 > /capnhat 406-14 dang lam
        """,
    )
    out = texts(await player.line("1001 > xong roi"), 1001)
    assert out[0].startswith("Bạn muốn ghi 406-14 (Cấp giấy phép xây dựng nhà ở riêng lẻ)")
    assert "→ Hoàn thành?" in out[0]
    assert services(player).repo.current("406-14", "Sở Xây dựng").new == "dang_thuc_hien"
    await player.line("1001 > [Ghi 406-14 → Hoàn thành?]")
    assert services(player).repo.current("406-14", "Sở Xây dựng").new == "hoan_thanh"
    await player.line("@ 2021-04-13 08:30")
    # which item, by a button for each the unit still owes (ux19 #6); a test is a row's, so
    # no task's document is offered for it
    out = texts(await player.line("1001 > dang kiem thu a"), 1001)
    assert out[0].startswith("Bạn chưa nêu mục nào; đây là 3 việc đơn vị chưa xong")
    assert "406-15" in out[0] and "406-14" not in out[0] and "tq-2021-04-20" not in out[0]
    assert [c.new for c in services(player).repo.history()] == ["dang_thuc_hien", "hoan_thanh"]
    # "đã nộp rồi" after a row (no document to send): which of the unit's documents; "xong"
    # after an undo: which of its items
    await player.line("1001 > /capnhat 406-15 dang lam")
    out = texts(await player.line("1001 > đã nộp rồi"), 1001)
    assert out[0].startswith("Bạn báo đã nộp hồ sơ nào? Đơn vị còn 2 hồ sơ")
    assert "406-15" not in out[0]
    await player.line("1001 > [Hoàn tác]")
    out = texts(await player.line("1001 > xong roi"), 1001)
    assert out[0].startswith("Bạn chưa nêu mục nào") and "406-15" in out[0]
    assert services(player).repo.current("406-15", "Sở Xây dựng").new == "chua_bat_dau"
