"""ux34 #5: a note about a report just sent was lost: after the file was accepted, "đã gửi kèm
bản giấy qua bưu điện" got "Tôi chưa hiểu câu hỏi này", and "ghi chú: bản giấy …" asked for a key
the officer could not guess. Now, within minutes of the officer's own write, a sentence that asks
nothing is offered as that write's note by a button, and "ghi chú: …" naming no item is the
note of the last write (with none that day, of the open item pressed); nothing is written
before the press, and the press is undone as any write is. The coordinator's "nhầm rồi, đây
là file của <unit>" right after a ghi thay offers that file's undo and its re-record for the
unit named, by buttons. The database is checked after every write and non-write."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_tryout_2023 import MONTHLY, SEPTEMBER, play, services
from tests.e2e.test_unnamed_files import (
    CONTACTS,
    DOCX,
    HAM_YEN,
    SEPTEMBER_BUTTON,
    published,
)

YEN_SON = "UBND huyện Yên Sơn"
NOTE_BUTTON = "Ghi chú cho Mẫu số 02 — tháng 9/2023?"
FILED = "Đã nộp tệp bc_t9.docx"


async def test_a_sentence_after_a_file_is_offered_as_its_note_and_written_on_the_press(player):
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    repo = services(player).repo
    # "ghi chú: …" with no write to attach it to: the unit's open items, one button each
    calls = await play(player, "1002 > ghi chú: danh sách cán bộ gửi qua email")
    labels = [row[0] for row in calls[-1]["buttons"]]
    assert labels[0].startswith("Ghi chú cho Cử 01 lãnh đạo"), texts(calls, 1002)
    assert NOTE_BUTTON[:-1] in labels and repo.current(CONTACTS, HAM_YEN) is None
    await play(player, "1002 > [#1]")
    noted = repo.current(CONTACTS, HAM_YEN)  # the note, with the status the item stood at
    assert (noted.new, noted.note) == ("chua_bat_dau", "danh sách cán bộ gửi qua email")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    await player.upload(1002, "bc_t9.docx", DOCX)
    await play(player, f"1002 > [{SEPTEMBER_BUTTON}]")
    assert repo.current(SEPTEMBER, HAM_YEN).note.startswith(FILED)
    calls = await play(player, "1002 > đã gửi kèm bản giấy qua bưu điện")
    out = texts(calls, 1002)
    assert "«đã gửi kèm bản giấy qua bưu điện»" in out[0] and "Tôi chưa hiểu" not in out[0], out
    assert calls[-1]["buttons"] == [[NOTE_BUTTON]]
    assert repo.current(SEPTEMBER, HAM_YEN).note.startswith(FILED)  # nothing before the press
    out = texts(await play(player, f"1002 > [{NOTE_BUTTON}]"), 1002)
    assert out[0].startswith("✅ Đã ghi"), out
    noted = repo.current(SEPTEMBER, HAM_YEN)
    assert (noted.new, noted.note) == ("hoan_thanh", "đã gửi kèm bản giấy qua bưu điện")
    calls = await play(player, "1002 > công văn mới nhất")  # a question, not the write's note
    assert texts(calls, 1002)[0].startswith("📨 Công văn số"), texts(calls, 1002)
    # undone as any write: the note before it stands again
    out = texts(await play(player, "1002 > [Hoàn tác]"), 1002)
    assert out[0].startswith("↩️"), out
    assert repo.current(SEPTEMBER, HAM_YEN).note.startswith(FILED)
    # "ghi chú: …" naming no item: the last write's note, offered the same way
    calls = await play(player, "1002 > ghi chú: bản giấy gửi bưu điện ngày 14/9")
    assert calls[-1]["buttons"] == [[NOTE_BUTTON]], texts(calls, 1002)
    assert repo.current(SEPTEMBER, HAM_YEN).note.startswith(FILED)
    # a letter asked about right after the write is answered, never offered as its note
    calls = await play(player, "1002 > công văn mới nhất")
    assert texts(calls, 1002)[0].startswith("📨 Công văn số"), texts(calls, 1002)
    assert all(NOTE_BUTTON not in str(c["buttons"]) for c in calls), texts(calls, 1002)
    # long after the last write, a sentence is no note of it: nothing offered, nothing written
    await play(player, "@ 2023-09-15 09:00")
    calls = await play(player, "1002 > đã gửi kèm bản giấy qua bưu điện")
    assert all(NOTE_BUTTON not in str(c["buttons"]) for c in calls), texts(calls, 1002)
    assert repo.current(SEPTEMBER, HAM_YEN).note.startswith(FILED)

    # the coordinator keeps a file for the wrong unit, and says so: offered, not written
    await play(player, f"{ADMIN} > /nop {MONTHLY} yen son")
    await player.upload(ADMIN, "bc_hy.docx", DOCX)
    subs = services(player).submissions

    def kept(unit: str) -> list[str]:
        return [s.file_name for s in subs.submissions(task=SEPTEMBER, agency=unit)]

    assert kept(YEN_SON) == ["bc_hy.docx"]
    calls = await play(player, f"{ADMIN} > nhầm rồi, đây là file của huyện Hàm Yên")
    assert calls[-1]["buttons"] == [[f"Ghi cho {HAM_YEN}"], ["Hoàn tác"]], texts(calls, ADMIN)
    assert kept(YEN_SON) == ["bc_hy.docx"] and kept(HAM_YEN) == ["bc_t9.docx"]
    out = texts(await play(player, f"{ADMIN} > [Ghi cho {HAM_YEN}]"), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác") and f"của {HAM_YEN} (lần nộp 2" in out[0], out
    assert kept(YEN_SON) == [] and kept(HAM_YEN)[-1] == "bc_hy.docx"
    assert repo.current(SEPTEMBER, YEN_SON).new != "hoan_thanh"
    # u51 #3: an old "Ghi cho" pressed after the unit meant kept a file of its own: one line,
    # nothing changed (it undid the ghi thay and replaced the unit's own file)
    await play(player, f"{ADMIN} > /nop {MONTHLY} yen son")
    await player.upload(ADMIN, "bc_ys.docx", DOCX)
    await play(player, f"{ADMIN} > nhầm rồi, đây là file của huyện Hàm Yên")
    await play(player, f"1002 > /nop {MONTHLY}")
    out = texts(await player.upload(1002, "bc_hy_moi.docx", DOCX), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_hy_moi.docx"), out
    before = (kept(YEN_SON), kept(HAM_YEN))
    out = texts(await play(player, f"{ADMIN} > [Ghi cho {HAM_YEN}]"), ADMIN)
    assert out == [
        f"{HAM_YEN} đã có tệp bc_hy_moi.docx cho {MONTHLY} tháng 9/2023 sau tệp này: không ghi "
        "đè. Không có gì thay đổi."
    ]
    assert (kept(YEN_SON), kept(HAM_YEN)) == before and before[0][-1] == "bc_ys.docx"
    # past the undo's 10 minutes the choice is spent: named by its own button, nothing changed
    await play(player, f"{ADMIN} > /nop {MONTHLY} yen son")
    await player.upload(ADMIN, "bc_ys2.docx", DOCX)
    await play(player, f"{ADMIN} > nhầm rồi, đây là file của huyện Hàm Yên")
    await play(player, "@ 2023-09-15 09:20")
    before = (kept(YEN_SON), kept(HAM_YEN))
    out = texts(await play(player, f"{ADMIN} > [Ghi cho {HAM_YEN}]"), ADMIN)
    assert out == [
        f"Nút «Ghi cho {HAM_YEN}» chỉ dùng được trong 10 phút sau khi ghi thay tệp "
        "bc_ys2.docx. Không có gì thay đổi."
    ]
    assert (kept(YEN_SON), kept(HAM_YEN)) == before and before[0][-1] == "bc_ys2.docx"
