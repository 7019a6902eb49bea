"""ux34 #2: a meeting invitation ("GIẤY MỜI … dự họp chi bộ") sent by an officer was put forward
👉 as the Phụ lục I–IV dossier (its "họp" read as the "hợp" of "tổng hợp chi tiết") and kept as
a late submission on one press. Now a file's words name a task only by whole words of its title
or form; a paper titled by another kind of document, with no form or period, is said to look
like no report or form, is put forward for nothing, kept only on a press (even after `/nop`)
and said so again in the receipt. The database is checked after every write and non-write."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_file_heads_e2e import titled_docx

SXD = "Sở Xây dựng"
APRIL, MAY = "tq-2021-04-20", "tq-2021-05-20"
INVITATION = titled_docx("GIẤY MỜI", "Mời đồng chí dự họp chi bộ lúc 14h ngày 15/5/2021.")
UNLIKE = "⚠️ Tệp ghi «GIẤY MỜI»: tệp không giống báo cáo/biểu mẫu nào."
MAY_BUTTON = f"Nộp: Phụ lục I–IV ({MAY})"


def _kept(player) -> list[tuple[str, str]]:
    subs = player.app.bot_data["services"].submissions.submissions(agency=SXD)
    return [(s.task, s.file_name) for s in subs]


async def test_a_meeting_invitation_is_put_forward_for_nothing_and_kept_only_on_purpose(player):
    await register(player)
    repo = player.app.bot_data["services"].repo
    await player.line("@ 2021-05-15 09:00")  # Biểu 02 late, Phụ lục I–IV owed
    calls = await player.upload(1001, "giaymoi_hop.docx", INVITATION)
    out = texts(calls, 1001)
    assert "👉" not in out[0] and "khớp nhiệm vụ" not in out[0], out
    assert "⚠️ Tệp giaymoi_hop.docx ghi «GIẤY MỜI»: tệp không giống báo cáo/biểu mẫu nào." in out[0]
    assert [MAY_BUTTON] in calls[-1]["buttons"] and len(calls[-1]["buttons"]) == 2
    assert _kept(player) == [] and repo.current(MAY, SXD) is None  # nothing kept unpressed
    # pressed all the same: kept, and the receipt says again what it looks like, by the undo
    out = texts(await player.line(f"1001 > [{MAY_BUTTON}]"), 1001)
    assert out[0].startswith("✅ Đã nhận tệp giaymoi_hop.docx") and UNLIKE in out[0], out
    assert _kept(player) == [(MAY, "giaymoi_hop.docx")]
    assert repo.current(MAY, SXD).new == "hoan_thanh"
    # the task named first (`/nop`): such a paper is asked about, not kept at once
    await player.line("1001 > /nop bieu02")
    out = texts(await player.upload(1001, "giaymoi_hop.docx", INVITATION), 1001)
    assert not out[0].startswith("✅") and "tệp không giống báo cáo/biểu mẫu nào" in out[0], out
    assert _kept(player) == [(MAY, "giaymoi_hop.docx")] and repo.current(APRIL, SXD) is None
