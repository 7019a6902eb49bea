"""A prompt that waits for input ends on any other command; nothing is written from a message
meant for something else."""

from __future__ import annotations

from tests.botkit import register, texts


async def test_another_command_ends_a_waiting_note(player):
    await register(player)
    out = texts(await player.send(1001, "/capnhat 406-14 vuong"), 1001)
    assert "cần ghi chú" in out[-1]
    out = texts(await player.send(1001, "/tiendo"), 1001)
    assert out[0] == "Đã bỏ ghi chú đang chờ cho 406-14; không có gì được ghi."
    assert out[1].startswith("Tiến độ Sở Xây dựng")
    # The next free text is a question again, not the old note.
    out = texts(await player.send(1001, "gpxd han khi nao"), 1001)
    assert out[-1].startswith("406-14 · Cấp giấy phép xây dựng")
    svc = player.app.bot_data["services"]
    assert svc.repo.history() == []
    assert svc.repo.peek_pending(1001, 1001) is None


async def test_a_new_update_replaces_the_waiting_one(player):
    await register(player)
    await player.send(1001, "/capnhat 406-14 vuong")
    out = texts(await player.send(1001, "/capnhat 406-15 dang lam"), 1001)
    assert out[0] == "Đã bỏ ghi chú đang chờ cho 406-14; không có gì được ghi."
    assert "406-15" in out[1] and "Đang thực hiện" in out[1]
    history = player.app.bot_data["services"].repo.history()
    assert [(c.key, c.new) for c in history] == [("406-15", "dang_thuc_hien")]


async def test_huy_ends_it_and_says_so_once(player):
    await register(player)
    await player.send(1001, "/capnhat 406-14 vuong")
    out = texts(await player.send(1001, "/huy"), 1001)
    assert out == ["Đã bỏ ghi chú đang chờ cho 406-14; không có gì được ghi."]
    out = texts(await player.send(1001, "/huy"), 1001)
    assert out == ["Không có thao tác nào đang dở; không có gì thay đổi."]


async def test_never_mind_typed_to_a_waiting_note_cancels_it_and_writes_nothing(player):
    """ "thôi không cần", "huy" typed as the next message are /huy: not the note (which would
    write the status with "thôi không cần" as its note), nor a question about the services
    whose titles start with "Hủy"."""
    await register(player)
    svc = player.app.bot_data["services"]
    for typed in ("thoi khong can", "huỷ", "bỏ qua ạ"):
        await player.send(1001, "/capnhat 406-14 vuong mac")
        out = texts(await player.send(1001, typed), 1001)
        assert out == ["Đã bỏ ghi chú đang chờ cho 406-14; không có gì được ghi."], typed
        assert svc.repo.history() == [] and svc.repo.peek_pending(1001, 1001) is None
    out = texts(await player.send(1001, "huy"), 1001)
    assert out == ["Không có thao tác nào đang dở; không có gì thay đổi."]
    # a real note still goes through, and a service named "Hủy …" is still a question
    await player.send(1001, "/capnhat 406-14 vuong mac")
    out = texts(await player.send(1001, "thiếu chữ ký số"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14") and "Ghi chú: thiếu chữ ký số" in out[0]
    out = texts(await player.send(1001, "huỷ bỏ hiệu lực văn bằng bảo hộ"), 1001)
    assert "406-36" in out[-1]


async def test_the_row_buttons_name_their_rows(player):
    await register(player)
    calls = await player.send(1001, "/capnhat")
    [message] = [c for c in calls if c["buttons"]]
    labels = [row[0] for row in message["buttons"]]
    assert "406-14 · Cấp giấy phép xây dựng nhà ở riêng lẻ" in labels
    assert any(label.startswith("tq-2021-04-20 · Biểu 02") for label in labels)


async def test_a_joined_command_reads_its_caller_and_runs_in_one_trip(player, monkeypatch):
    """/tiendo and /lichsu in a private chat read the caller inside their own use case's unit:
    one trip to a worker thread, not two; the answer is the same. /capnhat, which writes, reads
    its caller first, outside SQLite's write lock: two trips."""
    from usecases import runner

    await register(player)
    trips = []
    real = runner.WORKERS.run

    async def counted(fn):
        trips.append(fn)
        return await real(fn)

    monkeypatch.setattr(runner.WORKERS, "run", counted)
    out = texts(await player.send(1001, "/tiendo"), 1001)
    assert "Tiến độ Sở Xây dựng" in out[-1]
    assert len(trips) == 1
    trips.clear()
    out = texts(await player.send(1001, "/capnhat 406-14 dang lam"), 1001)
    assert "406-14" in out[-1] and "Đang thực hiện" in out[-1]
    assert len(trips) == 2
    trips.clear()
    out = texts(await player.send(1001, "/lichsu 406-14"), 1001)
    assert "Đang thực hiện" in out[-1]
    assert len(trips) == 1
    svc = player.app.bot_data["services"]
    assert [c.new for c in svc.repo.history()] == ["dang_thuc_hien"]


async def test_a_joined_command_that_fails_still_ends_the_waiting_prompt(player, monkeypatch):
    """The handler reads the caller with its use case; when that trip fails, the last handler
    group still reads the caller and ends the prompt the chat waited for."""
    from usecases import progress

    await register(player)
    await player.send(1001, "/capnhat 406-14 vuong")

    def broken(desk, caller, arg):
        raise RuntimeError("the view failed")

    monkeypatch.setattr(progress, "progress", runner_use_case(broken))
    out = texts(await player.send(1001, "/tiendo"), 1001)
    assert "Đã bỏ ghi chú đang chờ cho 406-14; không có gì được ghi." in out
    svc = player.app.bot_data["services"]
    assert svc.repo.peek_pending(1001, 1001) is None
    assert svc.repo.history() == []


def runner_use_case(fn):
    from usecases.runner import use_case

    return use_case(writes=False)(fn)


async def test_a_proposals_skip_typed_skips_the_step_and_huy_typed_ends_it(player):
    """ "bỏ qua" typed at a step whose button is "Bỏ qua" dropped the whole proposal (the
    cancel words read first); it is the step's answer, and only "huỷ", "thôi" end it."""
    await register(player)
    await player.send(1001, "/dexuat")
    await player.send(1001, "[➕ Đề xuất dịch vụ mới]")
    await player.send(1001, "Cấp giấy phép hành nghề dược")
    out = texts(await player.send(1001, "bỏ qua"), 1001)
    assert out[0].startswith("(3/8)")
    out = texts(await player.send(1001, "huỷ"), 1001)
    assert out == ["Đã bỏ đề xuất đang nhập dở; không có gì được ghi."]
    assert player.app.bot_data["services"].repo.peek_pending(1001, 1001) is None


async def test_huy_typed_right_after_a_write_offers_that_writes_undo(player):
    """ "huỷ" with nothing waiting, right after a write, answered "Không có thao tác nào đang
    dở" while the write could still be undone (review): its undo is offered, by a press."""
    await register(player)
    await player.line("@ 2021-04-13 09:00")
    await player.send(1001, "/capnhat 406-14 dang lam")
    calls = await player.send(1001, "huỷ")
    out = texts(calls, 1001)
    assert out[0].startswith("Thay đổi gần nhất bạn ghi:") and "406-14" in out[0]
    assert [b for c in calls for b in c["buttons"] or []] == [["Hoàn tác"]]
    repo = player.app.bot_data["services"].repo
    assert repo.current("406-14", "Sở Xây dựng").new == "dang_thuc_hien"
    await player.line("@ 2021-04-13 09:30")
    out = texts(await player.send(1001, "huỷ"), 1001)
    assert out == ["Không có thao tác nào đang dở; không có gì thay đổi."]


async def test_a_status_said_alone_to_a_waiting_note_is_no_note(player):
    """ "xong rồi" typed while "vướng mắc" waited for its note was written as the note, with the
    status Vướng mắc (review): it is a new status, so the note prompt ends, nothing written."""
    await register(player)
    await player.send(1001, "/capnhat 406-14 vuong mac")
    out = texts(await player.send(1001, "xong roi"), 1001)
    assert out[0].startswith("Đã bỏ ghi chú đang chờ cho 406-14 (tin nhắn vừa gửi là cập nhật")
    assert player.app.bot_data["services"].repo.history() == []


async def test_a_look_up_keeps_what_was_typed_and_says_how_to_go_on(player):
    """ux19 #8: /tiendo in the middle of /nop pl2 ends it, keeping the typed line as a draft
    that /nop pl2 takes up; a note prompt ended by /quahan, its note typed next is offered with
    the status that waited, by a button, not read as a service question."""
    await register(player)
    await player.send(1001, "/nop pl2")
    await player.send(1001, "tỉnh; Xây dựng; Cấp giấy phép xây dựng; 4")
    out = texts(await player.send(1001, "/tiendo"), 1001)
    assert out[0] == (
        "Đã dừng nộp Phụ lục II; 1 dòng bạn đã gõ vẫn được giữ: gõ /nop pl2 để tiếp tục."
    )
    out = texts(await player.send(1001, "/nop pl2"), 1001)
    assert out[0].startswith("📝 Tiếp tục bản nháp Phụ lục II lưu lúc ")
    assert "1. Cấp tỉnh · lĩnh vực Xây dựng · Cấp giấy phép xây dựng · mức 4" in out[0]
    await player.send(1001, "/huy")
    await player.send(1001, "/capnhat 406-14 vuong")
    await player.send(1001, "/quahan")
    out = texts(await player.send(1001, "chua co kinh phi"), 1001)
    assert out[0].startswith("Ghi vướng mắc cho 406-14 với ghi chú «chua co kinh phi»?")
    out = texts(await player.send(1001, "[Ghi 406-14 → Vướng mắc]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14") and "Ghi chú: chua co kinh phi" in out[0]
    svc = player.app.bot_data["services"]
    assert svc.submissions.submissions() == []  # a draft is never sent


async def test_a_note_after_a_glance_at_tiendo_goes_with_the_unpressed_offer(player):
    """ux20 #8: "406-22 vuong mac" offered Vướng mắc by a button; the officer looked at /tiendo
    before pressing, then typed the note. The offer's wait ended on the command, as every prompt
    does, but the note is offered with the status the unpressed offer waited for, by a button,
    never read as a service question ("không có trong danh mục")."""
    await register(player, agency="Sở Y tế")
    out = texts(await player.send(1001, "406-22 vuong mac"), 1001)
    assert "→ Vướng mắc?" in out[0]
    await player.send(1001, "/tiendo")
    out = texts(await player.send(1001, "chua co huong dan cua bo gtvt"), 1001)
    assert out[0].startswith(
        "Ghi vướng mắc cho 406-22 với ghi chú «chua co huong dan cua bo gtvt»?"
    )
    assert not any("không có trong danh mục" in t for t in out)
    svc = player.app.bot_data["services"]
    assert svc.repo.history() == []  # never a silent write
    out = texts(await player.send(1001, "[Ghi 406-22 → Vướng mắc]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-22")
    [change] = svc.repo.history()
    assert (change.key, change.agency, change.new, change.note) == (
        "406-22",
        "Sở Y tế",
        "vuong_mac",
        "chua co huong dan cua bo gtvt",
    )


async def test_a_note_is_not_kept_past_another_write_begun(player):
    """The unpressed offer's note is kept for a glance at a view, not past another write begun
    (/capnhat's buttons for another row): a line typed then is no note of the first offer."""
    await register(player, agency="Sở Y tế")
    await player.send(1001, "406-22 vuong mac")
    await player.send(1001, "/capnhat 406-11/Y tế")  # its status buttons: another write
    await player.send(1001, "/tiendo")
    out = texts(await player.send(1001, "chua co huong dan cua bo gtvt"), 1001)
    assert not any("Ghi vướng mắc cho 406-22" in t for t in out)
    assert player.app.bot_data["services"].repo.history() == []
