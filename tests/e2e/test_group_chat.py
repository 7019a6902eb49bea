"""A group that follows agencies, end to end through the real Application and the emulator, as
the round-13 tester met it: every agency a /theodoi names followed, /tiendo and /quahan about
the agencies followed, one reminder a day for the whole group, and a reply to that reminder
handled as in a private chat."""

from __future__ import annotations

import pytest

from tests.botkit import ADMIN, texts

GROUP = -500
SXD, SYT, HAM_YEN = "Sở Xây dựng", "Sở Y tế", "UBND huyện Hàm Yên"


def followed(player, chat=GROUP):
    return sorted(player.app.bot_data["services"].reminders.followed(chat))


async def test_every_agency_a_theodoi_names_is_followed_and_quoted(player):
    """ "/theodoi sxd syt" followed Sở Xây dựng only; "so y te va so xay dung" Sở Y tế only;
    "ham yen" was not read."""
    out = texts(await player.line(f"g-800 {ADMIN} > /theodoi sxd syt"), -800)
    assert out[0].startswith(f"Nhóm sẽ nhận nhắc hạn của {SXD}, {SYT}"), out
    assert followed(player, -800) == [SXD, SYT]
    out = texts(await player.line(f"g-801 {ADMIN} > /theodoi so y te va so xay dung"), -801)
    assert out[0].startswith(f"Nhóm sẽ nhận nhắc hạn của {SYT}, {SXD}"), out
    assert followed(player, -801) == [SXD, SYT]
    out = texts(await player.line(f"g-700 {ADMIN} > /theodoi ham yen"), -700)
    assert out[0].startswith(f"Nhóm sẽ nhận nhắc hạn của {HAM_YEN}"), out
    assert followed(player, -700) == [HAM_YEN]
    # a place in two names is no unit: nothing followed, the words said back
    out = texts(await player.line(f"g-701 {ADMIN} > /theodoi syt tuyen quang"), -701)
    assert out == [
        "Không nhận ra cơ quan “tuyen quang” (đọc được: Sở Y tế). Không có gì thay đổi."
    ]
    assert followed(player, -701) == []


async def test_tiendo_and_quahan_in_a_group_are_about_the_agencies_it_follows(player):
    """ "/tiendo" in a group following Sở Y tế answered a member who is no officer "Bạn chưa là
    cán bộ được duyệt"; "/quahan tinh" worked. Without an argument, both are about the agencies
    the group follows; with one, as before."""
    await player.line(f"g-500 {ADMIN} > /theodoi syt")
    await player.line("@ 2021-04-22 08:00")
    out = texts(await player.line("g-500 5555 Khách > /tiendo"), GROUP)
    assert out and out[0].startswith(f"Tiến độ {SYT} — "), out
    assert "chưa là cán bộ" not in "\n".join(out)
    out = texts(await player.line("g-500 5555 > /quahan"), GROUP)
    assert out and SYT in out[0] and "tq-2021-04-20" in out[0], out
    assert SXD not in out[0]
    # two agencies followed: each shown, one chart button each
    await player.line(f"g-500 {ADMIN} > /theodoi sxd")
    calls = await player.line("g-500 5555 > /tiendo")
    out = texts(calls, GROUP)
    joined = "\n".join(out)
    assert f"Tiến độ {SXD} — " in joined and f"Tiến độ {SYT} — " in joined
    labels = [b for c in calls if c.get("buttons") for row in c["buttons"] for b in row]
    assert f"📊 {SXD}" in labels and f"📊 {SYT}" in labels
    # an argument still names what is shown; in a private chat nothing changed
    out = texts(await player.line("g-500 5555 > /tiendo tinh"), GROUP)
    assert not out[0].startswith(("Tiến độ Sở Xây dựng", "Tiến độ Sở Y tế")), out[0][:80]
    out = texts(await player.line("5555 > /tiendo"), 5555)
    assert "chưa là cán bộ" in out[0]


def repo(player):
    return player.app.bot_data["services"].repo


SETUP = f"""
    1001 Nguyễn Văn An > /dangky so xay dung
    {ADMIN} Trần Điều Phối > /duyet 1001
    4001 Lê Y Tế > /dangky syt
    {ADMIN} > /duyet 4001
    g-500 {ADMIN} > /theodoi sxd, syt
"""


async def play(player, script):
    calls = []
    for line in script.strip().splitlines():
        calls += await player.line(line.strip())
    return calls


@pytest.mark.daily_ticks  # the reminders of each day, sent on their day
async def test_a_group_gets_one_reminder_a_day_with_what_works_in_a_group(player):
    """A group following Sở Xây dựng and Sở Y tế got two near-identical reminders each morning,
    each saying "/capnhat … xong" and "/nhacnho tat", which are refused in a group."""
    await play(player, SETUP)
    calls = await player.line("@ 2021-04-16 08:00")
    # Thursday 15/4's, 3 working days before 20/4, on its day (ux34 #6: it came on 16/4)
    sent = texts(calls, GROUP)
    assert len(sent) == 1, sent
    (reminder,) = sent
    assert reminder.startswith(f"⏰ Nhắc hạn — {SXD}, {SYT} (Thứ Năm, 15/4/2021)")
    assert f"🏢 {SXD}" in reminder and f"🏢 {SYT}" in reminder
    assert "/capnhat" not in reminder and "/nhacnho" not in reminder
    assert "trả lời tin nhắn này" in reminder and "/botheodoi" in reminder
    # a person's own chat keeps its commands
    own = texts(calls, 1001)[-1]
    assert "/capnhat tq-2021-04-20 đã nộp" in own and "/nop bieu02" in own


async def test_a_reply_in_the_group_is_offered_and_written_on_the_officers_press(player):
    """ "da nop roi" and "syt nop roi nhe" in reply to the group's reminder got no answer at all;
    the digest still said "đã nộp 0/19"."""
    await play(player, SETUP)
    await player.line("@ 2021-04-16 08:00")
    # Sở Y tế's officer: "syt" names the unit; an offer, nothing written before the press
    calls = await player.line("g-500 4001 >> syt nop roi nhe")
    (offer,) = texts(calls, GROUP)
    assert offer.startswith(f"Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành cho {SYT}, tức là")
    assert repo(player).current("tq-2021-04-20", SYT) is None
    # another member pressing it: told alone, nothing written
    calls = await player.line("g-500 1001 > [Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    assert texts(calls, GROUP) == []
    alerts = [c.get("text") for c in calls if c["method"] == "answerCallbackQuery"]
    assert alerts == ["Nút này dành cho người vừa báo trạng thái. Không có gì thay đổi."]
    assert repo(player).current("tq-2021-04-20", SYT) is None
    # the officer's press writes Sở Y tế's, quoted back with its undo
    calls = await player.line("g-500 4001 > [Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    (done,) = texts(calls, GROUP)
    assert done.startswith(
        f"✅ Đã ghi: Biểu 02 tq-2021-04-20 ({SYT}): Chưa bắt đầu → Hoàn thành"
    ), done
    assert any(["Hoàn tác"] in (c.get("buttons") or []) for c in calls)
    assert repo(player).current("tq-2021-04-20", SYT).new == "hoan_thanh"
    assert repo(player).current("tq-2021-04-20", SXD) is None
    # a member who is no officer: one line, why and how; nothing offered
    calls = await player.line("g-500 5555 Khách >> da nop roi")
    assert texts(calls, GROUP) == [
        "Chưa ghi gì: chỉ cán bộ đã được duyệt của cơ quan báo được trạng thái. Đăng ký: nhắn "
        "riêng cho bot (bấm vào tên bot rồi Nhắn tin) /dangky <cơ quan>, rồi trả lời lại tin "
        "nhắc."
    ]
    assert not any(c.get("buttons") for c in calls)
    # other talk in reply is the members' own
    assert texts(await player.line("g-500 1001 >> ok a"), GROUP) == []
    # Sở Xây dựng's officer naming Sở Y tế: refused; naming the task, offered for Sở Xây dựng
    (refused,) = texts(await player.line("g-500 1001 >> syt nop roi"), GROUP)
    assert refused.startswith(f"Bạn là cán bộ của {SXD}: chỉ cán bộ của {SYT}"), refused
    (offer,) = texts(await player.line("g-500 1001 >> tq-2021-04-20 da nop roi"), GROUP)
    assert offer.startswith(f"Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành cho {SXD}, tức là")
    assert repo(player).current("tq-2021-04-20", SXD) is None
    await player.line("g-500 1001 > [Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    assert repo(player).current("tq-2021-04-20", SXD).new == "hoan_thanh"
    # the undo in the group: not by someone who may not write; by the writer
    calls = await player.line("g-500 5555 > [Hoàn tác]")
    alerts = [c.get("text") for c in calls if c["method"] == "answerCallbackQuery"]
    assert alerts == [
        "Chỉ cán bộ đã được duyệt hoặc quản trị viên bấm được nút này. Không có gì thay đổi."
    ]
    assert repo(player).current("tq-2021-04-20", SXD).new == "hoan_thanh"
    (undone,) = texts(await player.line("g-500 1001 > [Hoàn tác]"), GROUP)
    assert "Hoàn tác" in undone or "hoàn tác" in undone, undone
    assert repo(player).current("tq-2021-04-20", SXD).new != "hoan_thanh"


async def test_a_reply_with_nop_before_the_document_is_offered_as_in_private(player):
    """ "nop bc quy 4 roi nhe", "so y te nop phu luc roi" in reply to the group's reminder got
    silence, while the same text in a private chat got the offer (ux21 #6)."""
    await play(player, SETUP)
    await player.line("@ 2021-04-16 08:00")
    for said in ("nop bieu 02 roi nhe", "syt nop bieu 02 roi a"):
        calls = await player.line(f"g-500 4001 >> {said}")
        (offer,) = texts(calls, GROUP)
        assert offer.startswith(f"Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành cho {SYT}")
        assert any(c.get("buttons") for c in calls if c["chat_id"] == GROUP)
    assert repo(player).current("tq-2021-04-20", SYT) is None


async def test_the_coordinators_nudge_in_a_group_suggests_what_works_there(player):
    """ "Nhắc các đơn vị chưa nộp" reached the group following Sở Y tế saying /nop, /baocao and
    /capnhat, which a group refuses; a reply to it from the officer is offered."""
    await play(player, SETUP)
    await player.line("@ 2021-04-22 09:00")
    await player.line(f"{ADMIN} > /nopbai tinh")
    await player.line(f"{ADMIN} > [🔔 Nhắc các đơn vị chưa nộp]")
    calls = await player.line(f"{ADMIN} > [Gửi nhắc]")
    # both units the group follows are missing the dossier: one message for both
    (nudge,) = [t for t in texts(calls, GROUP) if "Nhắc nộp hồ sơ" in t]
    assert nudge.startswith(f"🔔 Nhắc nộp hồ sơ — {SXD}, {SYT}") and f"🏢 {SYT}" in nudge
    assert "/capnhat" not in nudge and "/nopbai" not in nudge and "trả lời tin nhắn này" in nudge
    (own,) = [t for t in texts(calls, 4001) if "Nhắc nộp hồ sơ" in t]
    assert "/capnhat tq-2021-04-20" in own  # a person's chat keeps its commands
    (offer,) = texts(await player.line("g-500 4001 >> da nop roi"), GROUP)
    assert offer.startswith(f"Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành cho {SYT}, tức là")
    assert repo(player).current("tq-2021-04-20", SYT) is None


async def test_a_reply_to_a_group_reminder_of_several_items_offers_each(player):
    """On Monday 24/5 the group's reminder holds both agencies' late dossiers and Sở Xây dựng's
    rows due 31/5: "đã nộp rồi" from Sở Xây dựng's officer offers one button a document of Sở
    Xây dựng's (not its rows, which are integrated, not sent: ux14b item 4), the most recently
    due first, none of Sở Y tế's; a press writes that one."""
    await play(player, SETUP)
    await player.line("@ 2021-05-24 08:00")
    calls = await player.line("g-500 1001 >> da nop roi")
    (offer,) = texts(calls, GROUP)
    assert offer.startswith(f"Tin nhắn bạn trả lời nhắc 2 mục. Mục nào của {SXD} đã Hoàn thành?")
    labels = [b for c in calls if c.get("buttons") for row in c["buttons"] for b in row]
    assert labels == [f"Ghi {key} → Hoàn thành" for key in ("tq-2021-05-20", "tq-2021-04-20")]
    assert repo(player).current("tq-2021-05-20", SXD) is None
    await player.line("g-500 1001 > [Ghi tq-2021-05-20 → Hoàn thành]")
    assert repo(player).current("tq-2021-05-20", SXD).new == "hoan_thanh"
    assert repo(player).current("tq-2021-04-20", SXD) is None


async def test_one_message_even_when_a_chats_reminders_span_two_claims(player, monkeypatch):
    """Reminders are claimed in batches ordered by chat: a group whose two agencies' reminders
    fell on either side of a batch's end got two messages. The chat a full batch ends in is
    sent with the next one."""
    from bot import reminder_jobs

    await play(player, SETUP)
    monkeypatch.setattr(reminder_jobs, "CLAIM_BATCH", 1)
    calls = await player.line("@ 2021-04-16 08:00")
    (reminder,) = texts(calls, GROUP)
    assert f"🏢 {SXD}" in reminder and f"🏢 {SYT}" in reminder
    assert len(texts(calls, 1001)) == 1 and len(texts(calls, 4001)) == 1
    log = player.app.bot_data["services"].reminders.log()
    assert {r.state for r in log if r.chat_id == GROUP} == {"sent"}


async def test_a_reply_from_who_may_not_write_here_gets_one_line(player):
    """An officer of an agency the group does not follow, one still waiting for approval, and
    the coordinator (who writes for a unit in a private chat): one line each, nothing offered,
    nothing written."""
    await play(player, SETUP)
    await player.line("3001 Tư Pháp > /dangky so tu phap")
    await player.line(f"{ADMIN} > /duyet 3001")
    await player.line("3002 Chờ Duyệt > /dangky so y te")
    await player.line("@ 2021-04-16 08:00")
    lines = []
    for user in (3001, 3002, ADMIN):
        calls = await player.line(f"g-500 {user} >> da nop roi")
        assert not any(c.get("buttons") for c in calls if c["chat_id"] == GROUP)
        lines += texts(calls, GROUP)
    justice, waiting, admin = lines
    assert justice.startswith("Nhóm này không nhận nhắc hạn của Sở Tư pháp")
    assert waiting.startswith("Chưa ghi gì: Yêu cầu đăng ký của bạn (Sở Y tế")
    assert admin.startswith("Quản trị viên ghi thay cho đơn vị trong tin nhắn riêng với bot")
    assert repo(player).history() == []


async def test_a_file_sent_in_the_group_is_answered_and_not_stored(player):
    """A filled Phụ lục I sent in the group as a reply to the reminder got no answer at all, and
    the unit believed it had handed it in. Files are taken in the private chat: the sender is
    told so in one line, nothing is stored; a stranger's file that answers nothing is theirs."""
    from tests.e2e.test_submissions import repo, saved, template_of

    await player.line(f"1002 {SYT.replace('Sở ', 'Cán bộ ')} > /dangky {SYT}")
    await player.line(f"{ADMIN} > /duyet 1002")
    await player.line(f"g-500 {ADMIN} > /theodoi syt")
    book = await template_of(player, 1002, "Mẫu Phụ lục I")
    book["Phụ lục I"]["B7"] = 3
    await player.line("@ 2021-05-13 08:00")  # the group's reminder of the 20/5 forms
    reminder = player.latest(GROUP)
    assert "tq-2021-05-20" in reminder["text"]
    said = "Tệp pl1.xlsx chưa được lưu: bot chỉ nhận biểu và tệp nộp trong tin nhắn riêng"
    out = texts(
        await player.upload(1002, "pl1.xlsx", saved(book), GROUP, reply_to=reminder), GROUP
    )
    assert len(out) == 1 and out[0].startswith(said)
    out = texts(await player.upload(1002, "pl1.xlsx", saved(book), GROUP), GROUP)  # not a reply
    assert len(out) == 1 and out[0].startswith(said)
    assert texts(await player.upload(5555, "anh.xlsx", saved(book), GROUP), GROUP) == []
    assert repo(player).submissions(task="tq-2021-05-20") == []
    # the same file in the private chat is taken
    out = texts(await player.upload(1002, "pl1.xlsx", saved(book)), 1002)
    assert "Đã nhận Phụ lục I của Sở Y tế" in out[0]


async def test_a_status_or_question_typed_in_the_group_gets_one_line_on_where(player):
    """ux24 #9: "406-15 xong roi" typed in a group (not in reply to the bot) got no answer, and
    the officer believed they had reported; "gpxd han khi nao" was silence too. Now one line
    each: where to report (the private chat, the exact /capnhat) or how to ask (/hoi); nothing
    is written from the group, and the members' own talk still gets nothing."""
    await player.send(1002, "/dangky so xay dung", name="Trần Thị Lan")
    await player.send(ADMIN, "/duyet 1002")
    await player.line(f"g-500 {ADMIN} > /theodoi sxd")
    out = texts(await player.line("g-500 1002 > 406-15 xong roi"), GROUP)
    assert out == [
        "Chưa ghi gì: báo trạng thái trong chat riêng với bot (hoặc trả lời tin nhắc hạn của "
        "bot ngay trong nhóm): /capnhat 406-15 hoàn thành"
    ]
    calls = await player.line("g-500 1002 > 406-15 xong roi")
    [sent] = [c for c in calls if c["method"] == "sendMessage"]
    assert f'href="https://t.me/{player.app.bot.username}"' in sent["text"]
    svc = player.app.bot_data["services"]
    assert svc.repo.history() == [] and svc.repo.peek_pending(GROUP, 1002) is None
    out = texts(await player.line("g-500 1007 Người Lạ > gpxd han khi nao"), GROUP)
    assert out == [
        "Hỏi bot: gõ /hoi gpxd han khi nao để bot trả lời trong nhóm, hoặc hỏi trong chat "
        "riêng với bot."
    ]
    # the line's own advice works: /hoi answers in the group
    out = texts(await player.line("g-500 1007 > /hoi gpxd han khi nao"), GROUP)
    assert out[0].startswith("406-14 · Cấp giấy phép xây dựng")
    for talk in ("chiều nay họp lúc mấy giờ", "họp xong rồi", "ok anh", "đi ăn trưa không"):
        assert texts(await player.line(f"g-500 1007 > {talk}"), GROUP) == [], talk
    assert svc.repo.history() == []
