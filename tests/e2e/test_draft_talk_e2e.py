"""A correction typed to the draft under review is applied, or answered with the shapes the bot
reads and its "Sửa n" buttons, never as a service question (UX report 12, item 9): supporting
units added and removed in the words letters use ("hỗ trợ", "phối hợp"), the units named in any
spelling the register's tolerant lookup reads ("vien thong", "ham yen"). Through the emulator
with the real Application, on the test's database."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.txt"
# a bare date typed keeps the letter's wording and says the correction beside it (l29)
CORRECTED = "trước ngày 20/8/2021 (đã sửa: 15/9/2021)"
TELECOM = "Viễn thông Tuyên Quang"
UNREAD = "Chưa hiểu câu sửa bản nháp"


def _stored(player):
    found = player.app.bot_data["services"].letters
    assert found is not None
    (draft,) = found.drafts(limit=5)
    return draft


async def _say(player, text: str) -> str:
    return texts(await player.send(ADMIN, text), ADMIN)[-1]


async def test_supporting_units_are_corrected_in_words(player):
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    assert _stored(player).draft.tasks[0].supporting == (TELECOM,)

    out = await _say(player, "bo vien thong khoi ho tro nv 1")
    assert out.startswith(f"Đã sửa nhiệm vụ 1: phối hợp: bỏ {TELECOM} (còn 0)")
    assert _stored(player).draft.tasks[0].supporting == ()
    out = await _say(player, f"them {TELECOM} vao ho tro nv 1")
    assert out.startswith(f"Đã sửa nhiệm vụ 1: phối hợp: thêm {TELECOM} (còn 1)")
    out = await _say(player, "thêm ham yen vào phối hợp nv 1")
    assert out.startswith("Đã sửa nhiệm vụ 1: phối hợp: thêm UBND huyện Hàm Yên (còn 2)")
    stored = _stored(player)
    assert stored.revision == 3
    assert set(stored.draft.tasks[0].supporting) == {"UBND huyện Hàm Yên", TELECOM}
    assert stored.draft.tasks[1].supporting == (TELECOM,)  # the other task untouched
    # a unit that delivers task 2, made a support, leaves its units: both lists quoted
    out = await _say(player, "them ham yen vao ho tro nv 2")
    assert out.startswith(
        "Đã sửa nhiệm vụ 2: phối hợp: thêm UBND huyện Hàm Yên (còn 2); "
        "đơn vị phải nộp: bỏ UBND huyện Hàm Yên (còn 6)."
    )
    assert "UBND huyện Hàm Yên" not in _stored(player).draft.tasks[1].units


async def test_a_correction_not_understood_is_said_so_never_a_service(player):
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    for text in (
        "chuyển Sở Y tế sang phối hợp nv 1",  # a task named, in a shape not read
        f"thêm {TELECOM} vào hỗ trợ",  # a correction's verb and a field, no task
        "sửa hạn nv 2 thành 25/9 được không",  # asked about a task
        "thêm Sở Du lịch Vũ trụ vào phối hợp nv 1",  # no such unit: the register says so
    ):
        out = await _say(player, text)
        assert "danh mục" not in out and "Các mục gần nhất" not in out, text
        assert "Không có gì thay đổi" in out, text
        assert (UNREAD in out) != ("Không có trong danh sách đơn vị" in out), text
    assert UNREAD in out or "Sở Du lịch Vũ trụ" in out
    assert _stored(player).revision == 0  # nothing written
    # a question opening with such a verb is still a question
    out = await _say(player, "đổi giấy phép lái xe hạn khi nào")
    assert UNREAD not in out and "giấy phép lái xe" in out.lower()


async def test_a_correction_after_publishing_points_to_the_tracked_tasks_commands(player):
    """ux22 #5: "Công bố" pressed before correcting; the corrections typed then are said to
    find the letter published, with /doihan and /ketthuc of the task the number names, and
    nothing is written (no draft, no move, no end)."""
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "[✅ Công bố]")
    letters = player.app.bot_data["services"].letters
    versions = len(letters.history())
    tasks = player.app.bot_data["services"].province.tasks
    once = next(t for t in tasks if t.form == "Mẫu số 01")
    monthly = next(t for t in tasks if t.form == "Mẫu số 02")
    head = "Công văn 512/STTTT-CNTT đã công bố, không còn bản nháp nào chờ duyệt."

    out = await _say(player, "sua han nv 1 thanh 25/8/2021")
    assert out.startswith(head) and f"/doihan {once.id} 25/8/2021" in out, out
    assert "Mẫu số 01: Rà soát" in out and out.endswith("Không có gì thay đổi.")
    out = await _say(player, "bo nv 2")
    assert f"/ketthuc {monthly.id}" in out and f"/ketthuc {monthly.id} tháng 9/2021" in out, out
    out = await _say(player, "sua han nv 2 thanh 28/9")
    assert f"/doihan {monthly.id} tháng 9/2021 28/9" in out, out
    out = await _say(player, "bo nv 5")
    assert out == f"{head} Công văn có 2 nhiệm vụ. Không có gì thay đổi."
    assert len(letters.history()) == versions and letters.moved() == {}
    assert letters.drafts(limit=5) == [] and letters.ended() == {}


async def test_a_date_typed_after_the_deadline_prompt_was_cut_asks_which_task(player):
    """ux22 #7: with no task chosen, the date alone asks which task's deadline, with the line
    to type and the draft's buttons, never Phụ lục I's figures; the draft unchanged. With the
    prompt waiting, the date is its answer as before."""
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "/nopbai tinh")
    calls = await player.send(ADMIN, "15/9/2021")
    out = texts(calls, ADMIN)[-1]
    assert out.startswith(
        "«15/9/2021»: hạn mới của nhiệm vụ nào trong bản nháp letter_2021-08.txt (nhiệm vụ "
        "1–2)? Gõ sửa hạn nv 1 thành 15/9/2021"
    ), out
    assert "Phụ lục" not in out.split("\n", 1)[0]
    assert ["Sửa 1", "Sửa 2"] in [c["buttons"] for c in calls if c["buttons"]][-1]
    stored = _stored(player)
    assert stored.revision == 0 and stored.draft.tasks[0].deadline_text == "trước ngày 20/8/2021"
    await player.send(ADMIN, "[Sửa 1]")
    await player.send(ADMIN, "[Sửa hạn]")
    out = await _say(player, "15/9/2021")
    assert out.startswith("Đã sửa nhiệm vụ 1: hạn 20/8/2021 → 15/9/2021")
    # a bare date typed keeps the letter's wording and says the correction beside it
    assert _stored(player).draft.tasks[0].deadline_text == CORRECTED


async def test_a_date_typed_after_sua_n_edits_that_task(player):
    """ux24 #10: after [Sửa 1], "han 30/6/2021" asked "hạn mới của nhiệm vụ nào…?" and printed
    the whole draft again, though task 1 was just chosen. The chosen task is the context, also
    across a restart, until a command cuts its "Sửa hạn" prompt (ux37 #12); the edit is quoted
    with its undo, and the draft's other task is untouched."""
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    second = _stored(player).draft.tasks[1]
    await player.send(ADMIN, "[Sửa 1]")
    out = await _say(player, "han 15/9/2021")
    assert out.startswith("Đã sửa nhiệm vụ 1: hạn 20/8/2021 → 15/9/2021"), out
    stored = _stored(player)
    assert stored.revision == 1 and stored.draft.tasks[0].deadline_text == CORRECTED
    assert stored.draft.tasks[1] == second
    await player.send(ADMIN, "[Sửa 2]")
    await player.send(ADMIN, "[Sửa hạn]")
    # a command ends the prompt for good, and its task with it (ux37 #12: said dropped, then
    # applied): a date typed next asks whose, nothing changed
    await player.send(ADMIN, "/nopbai tinh")
    out = await _say(player, "hạn 25/9/2021")
    assert "hạn mới của nhiệm vụ nào" in out and _stored(player).draft.tasks[1] == second, out
    await player.send(ADMIN, "[Sửa 2]")  # chosen again: kept across a restart
    await player.line("! restart")
    out = await _say(player, "hạn 25/9/2021")
    assert out.startswith("Đã sửa nhiệm vụ 2: hạn"), out
    stored = _stored(player)
    assert stored.draft.tasks[0].deadline_text == CORRECTED
    assert stored.draft.tasks[1].deadline_text.endswith("(đã sửa: 25/9/2021)")
